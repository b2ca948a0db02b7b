import re

import pytest

from cite.export import ris
from cite.model import REFERENCE_TYPES, Reference, Source

from .samples import (
    CHINESE_TRANSLATED_BOOK,
    CONFERENCE_PAPER,
    ENGLISH_ARTICLE,
    ENGLISH_CHAPTER,
    RUSSIAN_WEBPAGE,
    SOURCES,
    THESIS,
)

#: A RIS line: two-character tag, two spaces, dash, space: "TY  - JOUR".
TAGGED_LINE = re.compile(r"^[A-Z][A-Z0-9]  - ")


def tags(reference: Reference) -> list[tuple[str, str]]:
    lines = ris.write([Source("k", reference)]).split("\r\n")
    return [(line[:2], line[6:]) for line in lines if line]


def test_every_line_is_tagged_or_empty() -> None:
    text = ris.write(SOURCES)
    lines = text.split("\r\n")
    assert lines[-1] == ""  # the text ends with a line ending
    assert all(TAGGED_LINE.match(line) or line == "" for line in lines)


def test_lines_end_with_crlf_only() -> None:
    text = ris.write(SOURCES)
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_records_start_with_ty_and_end_with_er() -> None:
    text = ris.write(SOURCES)
    records = [record for record in text.split("\r\n\r\n") if record]
    assert len(records) == len(SOURCES)
    assert text.count("ER  - \r\n") == len(SOURCES)
    for record, source in zip(records, SOURCES, strict=True):
        lines = record.split("\r\n")
        assert lines[0].startswith("TY  - ")
        assert lines[1] == f"ID  - {source.key}"
        assert lines[-1] == "ER  - "


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            ENGLISH_ARTICLE,
            [
                ("TY", "JOUR"),
                ("ID", "k"),
                ("AU", "Vanderhill, Rachel"),
                ("AU", "Joireman, Sandra F."),
                ("AU", "Tulepbayeva, Roza"),
                ("TI", ENGLISH_ARTICLE.title),
                ("T2", "International Affairs"),
                ("PY", "2020"),
                ("VL", "96"),
                ("IS", "4"),
                ("SP", "975"),
                ("EP", "993"),
                ("DO", "10.1093/ia/iiaa061"),
                ("LA", "en"),
                ("ER", ""),
            ],
        ),
        (
            CHINESE_TRANSLATED_BOOK,
            [
                ("TY", "BOOK"),
                ("ID", "k"),
                ("AU", "亨利·基辛格"),
                ("A4", "胡利平"),
                ("A4", "林华"),
                ("TI", "世界秩序"),
                ("PB", "中信出版社"),
                ("CY", "北京"),
                ("PY", "2015"),
                ("LA", "zh"),
                ("ER", ""),
            ],
        ),
    ],
)
def test_record(reference: Reference, expected: list[tuple[str, str]]) -> None:
    assert tags(reference) == expected


@pytest.mark.parametrize(
    ("reference", "tag", "value"),
    [
        (ENGLISH_CHAPTER, "A2", "Laruelle, Marlene"),
        (ENGLISH_CHAPTER, "T2", "Russia and Central Asia"),
        (ENGLISH_CHAPTER, "BT", "Russia and Central Asia"),
        (ENGLISH_CHAPTER, "SP", "117"),
        (THESIS, "M3", "硕士学位论文"),
        (Reference(raw="Jane Roe, *Title* (PhD diss., Oxford, 2001)", type="thesis"), "M3", "PhD thesis"),
        (RUSSIAN_WEBPAGE, "UR", RUSSIAN_WEBPAGE.url),
        (RUSSIAN_WEBPAGE, "Y2", "2023/05/17"),
        (RUSSIAN_WEBPAGE, "AU", "Сафранчук, И. А."),
        (Reference(raw="", type="report", editor=("Jane Smith",)), "ED", "Smith, Jane"),
        (Reference(raw="", title="Two\nlines"), "TI", "Two lines"),
    ],
)
def test_tag(reference: Reference, tag: str, value: str) -> None:
    assert (tag, value) in tags(reference)


@pytest.mark.parametrize(
    ("csl_type", "ty"),
    [
        ("article-journal", "JOUR"),
        ("book", "BOOK"),
        ("chapter", "CHAP"),
        ("thesis", "THES"),
        ("webpage", "ELEC"),
        ("article-newspaper", "NEWS"),
        ("report", "RPRT"),
        ("paper-conference", "CONF"),
        ("document", "GEN"),
        ("no-such-type", "GEN"),
    ],
)
def test_type(csl_type: str, ty: str) -> None:
    assert tags(Reference(raw="", type=csl_type))[0] == ("TY", ty)


def test_every_schema_type_has_a_ris_type() -> None:
    assert set(ris.TYPES) == set(REFERENCE_TYPES)


def test_proceedings_are_the_proceedings_title_not_the_conference_name() -> None:
    record = dict(tags(CONFERENCE_PAPER))  # Zotero and EndNote: CONF's T2 is the conference, C3 the proceedings
    assert record["C3"] == record["BT"] == "Proceedings of the 5th Eurasian Studies Conference"
    assert "T2" not in record


def test_no_abbreviation_and_no_number_of_pages() -> None:
    assert "JO" not in dict(tags(ENGLISH_ARTICLE))
    book = Reference(raw="", type="book", title="T", page="179-180")  # a book's page would read as numPages
    assert "SP" not in dict(tags(book)) and "EP" not in dict(tags(book))
