"""Cases and statutes (refs/styles/legal.py) through the note parser: expected values read off each string."""

from __future__ import annotations

import pytest

from cite.model import FOOTNOTE, Note
from cite.refs.note import parse_note
from cite.refs.styles import legal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "*Carlill v Carbolic Smoke Ball Co* [1893] 1 QB 256 (CA) 262.",
            {"type": "document", "title": "Carlill v Carbolic Smoke Ball Co", "year": "1893", "volume": "1",
             "container-title": "QB", "page": "256", "locator": "262"},
        ),
        (  # a neutral citation, a paragraph pinpoint (not a page)
            "R (Miller) v Prime Minister [2019] UKSC 41 [50].",
            {"type": "document", "title": "R (Miller) v Prime Minister", "year": "2019", "container-title": "UKSC",
             "page": "41", "locator": None},
        ),
        (  # Bluebook
            "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
            {"type": "document", "title": "Brown v. Board of Education", "year": "1954", "volume": "347",
             "page": "483", "locator": "495"},
        ),
        ("Climate Change Act 2008, s 1(1).", {"type": "document", "title": "Climate Change Act 2008", "year": None}),
    ],
)  # fmt: skip
def test_cases_and_statutes(text: str, expected: dict) -> None:
    references = parse_note(Note("law.txt", 1, "1", None, 1, text, FOOTNOTE)).references
    assert len(references) == 1
    got = references[0].csl()
    assert {key: got.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, *Smith v Jones Revisited* (Oxford: Hart, 2019), 4.",  # a book about a case
        "The Act 2005 changed little.",
    ],
)
def test_what_is_not_a_case_or_statute(text: str) -> None:
    assert legal.parse(text) is None
