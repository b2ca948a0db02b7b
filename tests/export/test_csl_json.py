import json
from importlib.resources import files

import jsonschema
import pytest

from cite.export import csl_json
from cite.model import Reference, Source

from .samples import RUSSIAN_WEBPAGE, SOURCES, THESIS

SCHEMA = json.loads((files("cite") / "data" / "csl-data.json").read_text(encoding="utf-8"))


def test_output_is_valid_against_the_csl_data_schema() -> None:
    items = json.loads(csl_json.write(SOURCES))
    jsonschema.validate(items, SCHEMA, cls=jsonschema.Draft7Validator)
    assert [item["id"] for item in items] == [source.key for source in SOURCES]


def test_every_variable_written_is_in_the_schema() -> None:
    assert set(csl_json.FIELDS.values()) <= set(SCHEMA["items"]["properties"])


def test_an_unknown_variable_would_fail_the_schema() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "k", "type": "book", "year": "2020"}], SCHEMA)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Rachel Vanderhill", {"family": "Vanderhill", "given": "Rachel"}),
        ("Сафранчук И. А.", {"family": "Сафранчук", "given": "И. А."}),
        ("Plato", {"family": "Plato"}),
        ("周明", {"literal": "周明"}),
        ("中国社会科学院", {"literal": "中国社会科学院"}),
        ("International Crisis Group", {"literal": "International Crisis Group"}),
    ],
)
def test_name(written: str, name: dict[str, str]) -> None:
    assert csl_json.name(written) == name


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024", {"date-parts": [[2024]]}),
        ("2023-05-17", {"date-parts": [[2023, 5, 17]]}),
        ("2023-05", {"date-parts": [[2023, 5]]}),
        ("spring 2020", {"literal": "spring 2020"}),
    ],
)
def test_date(text: str, date: dict) -> None:
    assert csl_json.date(text) == date


def test_item_of_a_webpage() -> None:
    item = csl_json.item(Source("k", RUSSIAN_WEBPAGE))
    assert item == {
        "id": "k",
        "citation-key": "k",
        "type": "webpage",
        "author": [{"family": "Сафранчук", "given": "И. А."}],
        "title": "Центральная Азия и Россия: новые вызовы",
        "container-title": "Россия в глобальной политике",
        "issued": {"date-parts": [[2023]]},
        "URL": "https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part",
        "accessed": {"date-parts": [[2023, 5, 17]]},
        "language": "ru",
    }


def test_flags_and_unknown_types_stay_within_the_schema() -> None:
    reference = Reference(raw="", type="no-such-type", title="T", ibid=True, short=True)
    items = json.loads(csl_json.write([Source("k", reference)]))
    jsonschema.validate(items, SCHEMA)
    assert items == [{"id": "k", "citation-key": "k", "type": "document", "title": "T"}]


def test_a_thesis_has_its_degree_as_genre() -> None:
    assert csl_json.item(Source("k", THESIS))["genre"] == "硕士学位论文"
    assert "genre" not in csl_json.item(Source("k", Reference(raw="王凯. 题名[D].新疆大学,2019.", type="thesis")))


def test_text_stays_utf8() -> None:
    text = csl_json.write(SOURCES)
    assert "周明" in text and "Сафранчук" in text and "\\u" not in text
