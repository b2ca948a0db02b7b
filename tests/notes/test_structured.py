"""Notes a structured reader hands over: paired with their marks, placed in reading order, given contexts."""

from dataclasses import replace

from cite.model import Link, Marker, NoteBody
from cite.notes import find_notes
from tests.conftest import doc_of


def _body(ref: str, label: str, text: str, part: str = "footnotes", **extra) -> NoteBody:
    return NoteBody(label, 0, 0, text, "docx", ref=ref, part=part, **extra)


def test_reader_notes_pair_with_their_marks_by_ref_in_reading_order() -> None:
    doc = doc_of("第一句话。能源通道已成为外交工具，影响深远。\n第二段的句子。")
    marks = (Marker("1", 1, 16, 16, "docx", ref="7"), Marker("2", 2, 6, 6, "docx", ref="3"))
    # the part lists the note of the second paragraph first: reading order follows the marks
    notes = (_body("3", "2", "注二。"), _body("7", "1", "注一。", italic=((0, 1),)))
    got = find_notes(replace(doc, notes=notes, markers=marks)).notes
    assert [(n.seq, n.label, n.text, n.context) for n in got] == [
        (1, "1", "注一。", "能源通道已成为外交工具，影响深远。"),
        (2, "2", "注二。", "第二段的句子。"),
    ]
    assert got[0].italic == ((0, 1),) and got[0].line is None and got[0].part == "footnotes"
    assert got[0].record()["part"] == "footnotes" and got[0].record()["line"] is None


def test_endnotes_follow_the_body_and_text_conventions_still_found() -> None:
    doc = doc_of("正文一句。\n【来源】王凯：《题名》，《东南亚研究》2022年第4期。\n末句。")
    marks = (Marker("i", 1, 5, 5, "docx", ref="e1"), Marker("1", 3, 2, 2, "docx", ref="f1"))
    notes = (_body("e1", "i", "尾注。", part="endnotes"), _body("f1", "1", "脚注。"))
    got = find_notes(replace(doc, notes=notes, markers=marks)).notes
    assert [(n.seq, n.where, n.text[:3]) for n in got] == [
        (1, "body", "王凯："),
        (2, "footnote", "脚注。"),
        (3, "footnote", "尾注。"),
    ]
    assert got[2].context == "正文一句。"


def test_unpaired_notes_and_marks_are_warned_about() -> None:
    doc = doc_of("一句话。")
    got = find_notes(replace(doc, notes=(_body("9", "1", "孤注。"),), markers=(Marker("2", 1, 2, 2, "docx", ref="5"),)))
    assert "has no marker" in got.notes[0].warnings[0]
    assert got.warnings and "marker '2' has no note" in got.warnings[0]


def test_links_reach_the_note() -> None:
    doc = doc_of("句子。")
    link = Link(0, 4, "https://a.kz/x")
    got = find_notes(replace(doc, notes=(_body("1", "1", "Site, 2020.", links=(link,)),), markers=())).notes
    assert got[0].links == (link,)
