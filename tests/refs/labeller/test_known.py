"""The shipped model reads known reference strings right, through the whole reference parser.

Expected values are read off the strings themselves (the issue's examples and a few per language).
"""

from __future__ import annotations

import pytest

from cite.model import BODY, Note
from cite.refs import labeller
from cite.refs.note import parse_note
from cite.refs.parse import parse_reference

pytestmark = pytest.mark.skipif(not labeller.available(), reason="no trained model (make model)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tony Boobier, AI and the Future of Banking, Chichester: John Wiley & Sons, 2020, pp. 412-413.",
            {
                "type": "book",
                "author": ["Tony Boobier"],
                "title": "AI and the Future of Banking",
                "publisher": "John Wiley & Sons",
                "publisher-place": "Chichester",
                "year": "2020",
            },
        ),
        (
            "Poole, David (1988). A logical framework for default reasoning. Artificial Intelligence, 36(1), 27-47.",
            {
                "type": "article-journal",
                "author": ["Poole, David"],
                "title": "A logical framework for default reasoning",
                "container-title": "Artificial Intelligence",
                "year": "1988",
                "volume": "36",
                "issue": "1",
                "page": "27-47",
            },
        ),
        (
            "Dowty, David. 1991. Thematic proto-roles and argument selection. Language 67: 547-619.",
            {
                "type": "article-journal",
                "author": ["Dowty, David"],
                "title": "Thematic proto-roles and argument selection",
                "container-title": "Language",
                "year": "1991",
                "volume": "67",
                "page": "547-619",
            },
        ),
        (
            "Cluxton, R. J. J., Hunter, R. H. & Reed, R. C. (1995). Drug use in the elderly. Journal of Aging, 12(3), 45-60.",
            {
                "author": ["Cluxton, R. J. J.", "Hunter, R. H.", "Reed, R. C."],
                "year": "1995",
                "title": "Drug use in the elderly",
                "container-title": "Journal of Aging",
            },
        ),
        (
            "Smith JA, Lee K. Outcome of surgery. J Neurosurg 2001; 95: 233-41.",
            {
                "author": ["Smith JA", "Lee K"],
                "title": "Outcome of surgery",
                "container-title": "J Neurosurg",
                "year": "2001",
                "volume": "95",
                "page": "233-241",
            },
        ),
        (
            'A. Kumar and B. Singh, "Deep learning for citation parsing," IEEE Trans. Knowl. Data Eng., vol. 31, '
            "no. 4, pp. 712-725, 2019.",
            {
                "author": ["A. Kumar", "B. Singh"],
                "title": "Deep learning for citation parsing",
                "container-title": "IEEE Trans. Knowl. Data Eng.",
                "volume": "31",
                "issue": "4",
                "year": "2019",
            },
        ),
        (
            "Moses Maimonides, The Guide of the Perplexed, trans. Kalman P. Bland (Chicago: University of Chicago "
            "Press, 1963), 45.",
            {
                "author": ["Moses Maimonides"],
                "translator": ["Kalman P. Bland"],
                "title": "The Guide of the Perplexed",
                "publisher": "University of Chicago Press",
                "publisher-place": "Chicago",
                "year": "1963",
            },
        ),
        (  # the model reads the publisher as a second editor; a name after "Place:" is the publisher's
            "Sergey A. Yufin, ed., Geoecology and Computers, Rotterdam: A. A. Balkema, 2000, p. 8.",
            {
                "editor": ["Sergey A. Yufin"],
                "title": "Geoecology and Computers",
                "publisher": "A. A. Balkema",
                "publisher-place": "Rotterdam",
                "year": "2000",
            },
        ),
        (
            "Иванов И. И. Внешняя политика Казахстана. М.: Наука, 2015. 320 с.",
            {
                "type": "book",
                "author": ["Иванов И. И."],
                "title": "Внешняя политика Казахстана",
                "publisher-place": "М.",
                "publisher": "Наука",
                "year": "2015",
                "page": None,  # "320 с." is the book's number of pages
            },
        ),
    ],
)
def test_known_references(text: str, expected: dict) -> None:
    got = parse_reference(text).csl()
    assert {key: got.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gerhardt, Federal Appointments Process, 45.",
            {"short": True, "author": ["Gerhardt"], "title": "Federal Appointments Process", "page": "45"},
        ),
        ("Dowty, David. 1991. Thematic proto-roles and argument selection. Language 67: 547-619.", {"short": None}),
        ("Ibid., 45.", {"ibid": True, "page": "45"}),
        ("同上，第5页。", {"ibid": True, "page": "5"}),
    ],
)
def test_short_forms(text: str, expected: dict) -> None:
    got = parse_reference(text).csl()
    assert {key: got.get(key) for key in expected} == expected


def test_a_vancouver_list_entry_is_one_reference() -> None:
    note = Note("d.txt", 1, "1", None, 1, "Smith JA, Lee K. Outcome of surgery. J Neurosurg 2001; 95: 233-41.", BODY)
    references = parse_note(note).references
    assert len(references) == 1 and references[0].year == "2001" and references[0].author == ("Smith JA", "Lee K")
