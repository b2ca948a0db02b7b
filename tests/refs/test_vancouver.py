"""Vancouver references (refs/styles/vancouver.py) through the parser: expected values read off each string."""

from __future__ import annotations

import pytest

from cite.refs.parse import parse_reference
from cite.refs.styles import vancouver


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the title ends with "?", the journal runs on with no full stop inside; an article number as page
            "Orlova T, Brandt KL. Does rural clinic size change outcomes? Scand Rural Med. 2017;9:31052.",
            {"type": "article-journal", "author": ["Orlova T", "Brandt KL"],
             "title": "Does rural clinic size change outcomes?", "container-title": "Scand Rural Med",
             "year": "2017", "volume": "9", "issue": None, "page": "31052", "publisher": None},
        ),
        (  # a journal abbreviated with full stops, whose words a sentence split would take for the title's
            "Kerimova A, Lund P. Salt in the steppe diet. Am. J. Public Health. 2019;109(3):45-9.",
            {"type": "article-journal", "title": "Salt in the steppe diet", "container-title": "Am. J. Public Health",
             "volume": "109", "issue": "3", "page": "45-49"},
        ),
        (  # a month after the year, an abbreviated range, "et al."
            "Haddad R, Lindqvist E, Ponce MA, et al. Salt intake in coastal towns. Coast Health Rev. 2015 Sep;"
            "41(2):118-24.",
            {"type": "article-journal", "author": ["Haddad R", "Lindqvist E", "Ponce MA"],
             "title": "Salt intake in coastal towns", "container-title": "Coast Health Rev", "year": "2015",
             "volume": "41", "issue": "2", "page": "118-124", "publisher": None},
        ),
        (  # a chapter: "In: …, editors." names the book's editors
            "Mbeki JT. Water and cholera. In: Sato H, Varga L, editors. Rivers and public health. Leeds: Heron Books;"
            " 2009. p. 77-102.",
            {"type": "chapter", "author": ["Mbeki JT"], "editor": ["Sato H", "Varga L"],
             "title": "Water and cholera", "container-title": "Rivers and public health", "publisher-place": "Leeds",
             "publisher": "Heron Books", "year": "2009", "page": "77-102"},
        ),
        (  # the publication area after a comma, a state code in the place, a page range after a comma
            "Quist B. Ferries. In: Aalto R, editor. Northern crossings, Duluth, MN: Lakehead Press; 1994, p. 5–19.",
            {"type": "chapter", "author": ["Quist B"], "editor": ["Aalto R"], "title": "Ferries",
             "container-title": "Northern crossings", "publisher-place": "Duluth, MN", "publisher": "Lakehead Press",
             "year": "1994", "page": "5-19"},
        ),
        (  # a supplement's number in brackets is the issue; an edition is left out
            "Quist B. Ferries and winter. Arct Med J. 2011;58(4 Suppl):S22-S30.",
            {"type": "article-journal", "container-title": "Arct Med J", "volume": "58", "issue": "4",
             "page": "S22-S30"},
        ),
        (
            "Aalto R, editor. Northern crossings. 3rd ed. Duluth: W. B. Lakehead; 1994.",
            {"type": "book", "editor": ["Aalto R"], "title": "Northern crossings", "publisher-place": "Duluth",
             "publisher": "W. B. Lakehead", "year": "1994"},
        ),
        (  # an edited book
            "Sato H, Varga L, editors. Rivers and public health. Leeds: Heron Books; 2009.",
            {"type": "book", "author": None, "editor": ["Sato H", "Varga L"], "title": "Rivers and public health",
             "publisher-place": "Leeds", "publisher": "Heron Books", "year": "2009"},
        ),
        (  # an organisation as author, not part of the title: a report
            "National Institute of Coastal Health. Annual survey of harbour clinics 2019. Bergen: NICH Press; 2020.",
            {"type": "report", "author": ["National Institute of Coastal Health"],
             "title": "Annual survey of harbour clinics 2019", "publisher-place": "Bergen",
             "publisher": "NICH Press", "year": "2020"},
        ),
        (
            "Petrosyan A. Night shifts and sleep among nurses [dissertation]. Yerevan: Yerevan State Medical "
            "University; 2016.",
            {"type": "thesis", "author": ["Petrosyan A"], "title": "Night shifts and sleep among nurses",
             "publisher-place": "Yerevan", "publisher": "Yerevan State Medical University", "year": "2016"},
        ),
        (  # a web page: "[Internet]" and the URL; "[cited …]" is the access date
            "Department of Rural Water. Well testing results [Internet]. Dodoma: The Department; 2021 [cited 2022 "
            "Feb 3]. Available from: https://water.example.org/wells",
            {"type": "webpage", "author": ["Department of Rural Water"], "title": "Well testing results",
             "publisher-place": "Dodoma", "publisher": "The Department", "year": "2021", "accessed": "2022-02-03",
             "URL": "https://water.example.org/wells"},
        ),
    ],
)  # fmt: skip
def test_vancouver_references(text: str, expected: dict) -> None:
    got = parse_reference(text, entry=True).csl()
    assert {key: got.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orlova, T. (2017). Does rural clinic size change outcomes? Scand Rural Med, 9, 31052.",  # APA
        "Orlova, Tamara. 2017. Rivers. Leeds: Heron Books.",  # Chicago author-date
        "Annual survey of harbour clinics. Bergen: NICH Press; 2020.",  # no authors, and no organisation first
        "T. Orlova, “Rivers,” Scand. Rural Med., vol. 9, pp. 1-9, 2017.",  # IEEE
    ],
)
def test_other_styles_are_not_read_as_vancouver(text: str) -> None:
    assert vancouver.parse(text) is None
