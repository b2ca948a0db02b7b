import pytest

from cite.library.keys import citation_keys
from cite.model import Reference

from .samples import KEYS, REFERENCES


def ref(author: str = "", year: str = "", title: str = "") -> Reference:
    return Reference(raw="", author=(author,) if author else (), year=year, title=title)


@pytest.mark.parametrize(
    ("reference", "key"),
    [
        (ref("周明", "2024", "追求战略自主"), "zhou2024zhuiqiu"),
        (ref("Ivan A. Safranchuk", "2022", "The dilemma of Central Asia"), "safranchuk2022dilemma"),
        (ref("Safranchuk, Ivan", "2022", "On the dilemma"), "safranchuk2022dilemma"),
        (ref("Сафранчук И. А.", "2023", "Центральная Азия и Россия"), "safranchuk2023tsentralnaya"),
        (ref("Иван Сафранчук", "2023", "В поисках баланса"), "safranchuk2023poiskakh"),
        (ref("Ludwig van Beethoven", "1801", "Sonata"), "beethoven1801sonata"),
        (ref("欧阳修", "1053", "新五代史"), "ouyang1053xinwu"),
        (ref("亨利·基辛格", "2015", "世界秩序"), "jixinge2015shijie"),
        (ref("中国社会科学院俄罗斯东欧中亚研究所", "2021", "中亚国家发展报告（2021）"), "zhongguo2021zhongya"),
        (ref("新华社", "2022", "习近平会见哈萨克斯坦总统"), "xinhua2022xijin"),
        (ref("International Crisis Group", "2019", "The Rise of Central Asia"), "international2019rise"),
        (ref("Müller, Jörg", "2020", "Über Grenzen"), "muller2020uber"),
        (ref("Қасым-Жомарт Тоқаев", "2021", "Тәуелсіздік"), "toqaev2021tauelsizdik"),
        (ref("周明", "2024", "“一带一路”倡议"), "zhou2024yidai"),
        (ref("", "2024", "《追求…》"), "zhuiqiu2024"),
        (ref("Ivan A. Safranchuk", "", "The dilemma"), "safranchukdilemma"),
        (ref("Ivan A. Safranchuk", "2022年", ""), "safranchuk2022"),
        (ref(), "anon"),
    ],
)
def test_key(reference: Reference, key: str) -> None:
    assert citation_keys([reference]) == [key]


def test_an_edited_book_is_keyed_by_its_editor() -> None:
    edited = Reference(raw="", editor=("王缉思",), year="2018", title="中国国际战略评论2018")
    both = Reference(raw="", author=("杨成",), editor=("邢广程",), year="2017", title="后苏联空间")
    assert citation_keys([edited, both]) == ["wang2018zhongguo", "yang2017housu"]


def test_equal_keys_get_letters_in_input_order() -> None:
    same = ref("周明", "2024", "追求战略自主")
    other = ref("Ivan A. Safranchuk", "2022", "The dilemma")
    assert citation_keys([same, other, same, same, other]) == [
        "zhou2024zhuiqiu",
        "safranchuk2022dilemma",
        "zhou2024zhuiqiua",
        "zhou2024zhuiqiub",
        "safranchuk2022dilemmaa",
    ]


def test_a_letter_never_repeats_a_key_already_taken() -> None:
    lettered = ref("Smith", "2020", "À")  # title word "a": "smith2020a"
    plain = ref("Smith", "2020", "")
    assert citation_keys([lettered, plain, plain]) == ["smith2020a", "smith2020", "smith2020b"]


def test_keys_are_ascii_and_unique_for_many_references() -> None:
    keys = citation_keys([ref("周明", "2024", "追求")] * 30)
    assert len(set(keys)) == 30
    assert keys[27] == "zhou2024zhuiqiuaa"
    assert all(key.isascii() and key.isalnum() and key.islower() for key in keys)


def test_keys_of_the_samples() -> None:
    assert citation_keys(REFERENCES) == list(KEYS)
