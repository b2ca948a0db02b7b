"""The batch entries (`parse_references`, `parse_notes`) give what one string, one note at a time give."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from cite.model import BODY, FOOTNOTE, Note
from cite.refs import parse_note, parse_notes
from cite.refs.labeller.corpus import read_corpus
from cite.refs.note import MAX_REFERENCE_CHARS
from cite.refs.parse import READERS, parse_reference, parse_references

REAL = [record.text for record in read_corpus(Path(__file__).parents[1] / "fixtures" / "labeller")]
#: Strings each reader takes its own way: an Ibid., GB/T and GOST references (exact rules), a Chinese title mark,
#: real references the labeller reads, an empty string and a short repeat.
PIECES = [
    "Ibid., 45.",
    "王芳. 中亚能源合作研究[J]. 国际问题研究, 2020(3): 15-30.",
    "Иванов И. И. Название книги. М.: Наука, 2015. 200 с.",
    "王凯主编：《大国关系》，北京：人民出版社2019年版，第5页。",
    "",
    "Collins, Clan Politics, 51.",
    *REAL[:60],
]


@pytest.mark.parametrize("reader", READERS)
def test_a_batch_parses_each_piece_as_it_is_parsed_alone(reader: str) -> None:
    pieces = [(text, (), index % 2 == 0) for index, text in enumerate(PIECES)]
    alone = [parse_reference(text, italic, reader, entry) for text, italic, entry in pieces]
    assert parse_references(pieces, reader) == alone


def test_italics_reach_the_parser_in_a_batch() -> None:
    text = "Emma Hartley, Water, Power and Borders: Essays (London: Routledge, 2019), 217."
    start = text.index("Water")
    italic = ((start, start + len("Water, Power and Borders: Essays")),)
    assert parse_references([(text, italic, False), (text, (), False)]) == [
        parse_reference(text, italic),
        parse_reference(text),
    ]


def test_notes_parsed_together_are_the_notes_parsed_one_by_one() -> None:
    notes = [
        Note("d.txt", seq, str(seq), None, seq, text, where=where)
        for seq, (text, where) in enumerate(
            [
                (f"{REAL[0]}; {REAL[1]}", FOOTNOTE),
                ("See the discussion above.", FOOTNOTE),  # a comment: no references
                (REAL[2], BODY),  # a list entry: never a short repeat
                ("x" * (MAX_REFERENCE_CHARS + 1), FOOTNOTE),  # too long for one reference
                ("Ibid., 12.", FOOTNOTE),
            ],
            1,
        )
    ]
    assert parse_notes(notes) == [parse_note(note) for note in notes]
    assert [len(note.references) for note in parse_notes(notes)][1] == 0


@pytest.mark.parametrize("reader", READERS)
def test_a_batch_leaves_no_reference_cycles_and_the_collector_as_it_was(reader: str) -> None:
    """The batch turns the cycle collector off (its walks cost 10-14% of a batch): that is safe only if the
    parse makes no cycles, which the collector would then never find."""
    pieces = [(text, (), index % 2 == 0) for index, text in enumerate(PIECES * 3)]
    gc.collect()
    gc.disable()
    try:
        parse_references(pieces, reader)
        assert not gc.isenabled()  # left off, as it was
        assert gc.collect() == 0
    finally:
        gc.enable()
    parse_references(pieces[:3], reader)
    assert gc.isenabled()


def test_a_lone_surrogate_in_one_reference_leaves_the_batch_parsed() -> None:
    """A PDF with a broken ToUnicode map can hand over a lone surrogate; the batch's other references still parse."""
    pieces = [("Roe, J. 2019. Title \ud800 of things. London: Press.", (), False), (REAL[0], (), False)]
    assert parse_references(pieces) == [parse_reference(text, italic, entry=entry) for text, italic, entry in pieces]
