import pytest

from cite.names import Name, inverted, is_organisation, split


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ivan A. Safranchuk", Name(family="Safranchuk", given="Ivan A.")),
        ("Safranchuk, Ivan A.", Name(family="Safranchuk", given="Ivan A.")),
        ("Сафранчук И. А.", Name(family="Сафранчук", given="И. А.")),
        ("Сафранчук И.А.", Name(family="Сафранчук", given="И.А.")),
        ("И. А. Сафранчук", Name(family="Сафранчук", given="И. А.")),
        ("Ludwig van Beethoven", Name(family="van Beethoven", given="Ludwig")),
        ("Plato", Name(family="Plato")),
        ("  Rachel   Vanderhill ", Name(family="Vanderhill", given="Rachel")),
        ("周明", Name(literal="周明")),
        ("亨利·基辛格", Name(literal="亨利·基辛格")),
        ("中国社会科学院", Name(literal="中国社会科学院")),
        ("International Crisis Group", Name(literal="International Crisis Group")),
        ("Министерство иностранных дел РФ", Name(literal="Министерство иностранных дел РФ")),
    ],
)
def test_split(written: str, name: Name) -> None:
    assert split(written) == name


@pytest.mark.parametrize(
    ("written", "organisation"),
    [
        ("中国社会科学院俄罗斯东欧中亚研究所", True),
        ("新华社", True),
        ("外交部", True),
        ("兰州大学", True),
        ("周明", False),
        ("欧阳修", False),
        ("亨利·基辛格", False),
        ("Chatham House", True),
        ("Harvard University Press", True),
        ("Ivan A. Safranchuk", False),
        ("Институт экономики РАН", True),
        ("Сафранчук И. А.", False),
    ],
)
def test_is_organisation(written: str, organisation: bool) -> None:
    assert is_organisation(written) is organisation


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("Ivan A. Safranchuk", "Safranchuk, Ivan A."),
        ("Сафранчук И. А.", "Сафранчук, И. А."),
        ("Plato", "Plato"),
        ("周明", "周明"),
        ("World Bank", "World Bank"),
    ],
)
def test_inverted(written: str, text: str) -> None:
    assert inverted(written) == text
