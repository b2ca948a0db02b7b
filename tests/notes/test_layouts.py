"""The finders and the linker on the layouts that were once super-linear (bench/layouts.py): right notes,
bounded contexts. Speed itself is measured in bench/sweep.py, never asserted here."""

from __future__ import annotations

import pytest

from bench.layouts import LAYOUTS, markdown_bullets, word_inline, word_one_line
from cite.model import FOOTNOTE
from cite.notes import find_notes
from cite.notes.link import MAX_CONTEXT
from tests.conftest import doc_of

#: Notes per generated document: enough for every page, rule and run to repeat many times.
N = 250


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_note_found_in_order_with_its_marker(name: str) -> None:
    text, labels = LAYOUTS[name](N)
    notes = find_notes(doc_of(text)).notes
    assert [n.label for n in notes] == labels
    assert [n.seq for n in notes] == list(range(1, N + 1))
    footnotes = [n for n in notes if n.where == FOOTNOTE]
    assert all(not n.warnings for n in notes), next(n.warnings for n in notes if n.warnings)
    assert all(0 < len(n.context) <= MAX_CONTEXT for n in footnotes)


def test_a_thousand_item_bullet_list_gives_each_item_its_own_context() -> None:
    text, _ = markdown_bullets(1000)  # "- Item number 1 of the list[^1]" … with no sentence end anywhere
    notes = find_notes(doc_of(text)).notes
    assert [n.context for n in notes] == [f"Item number {k} of the list" for k in range(1, 1001)]


def test_one_note_per_word_paragraph_reads_only_its_paragraph() -> None:
    text, _ = word_inline(500)  # "句1[footnoteRef:1] [1:  “标题1”，通讯社，…]" one per line
    notes = find_notes(doc_of(text)).notes
    assert [n.context for n in notes] == [f"句{k}" for k in range(1, 501)]
    assert notes[41].text == "“标题42”，通讯社，2022年8月5日，https://e.x/42"


def test_many_markers_and_bodies_on_one_line() -> None:
    text, _ = word_one_line(400)  # "第1句。[footnoteRef:1] [1:  王1：《…》…] 第2句。…" on one line
    notes = find_notes(doc_of(text)).notes
    assert [n.context for n in notes] == [f"第{k}句。" for k in range(1, 401)]
    assert notes[-1].text.startswith("王400：《中亚外交研究第400卷》")


def test_a_sentence_longer_than_the_bound_gives_the_clause_around_the_marker() -> None:
    long_clause = "很长的从句" * 100
    text = f"开头一句。{long_clause}，这一分句引用了它^①，{long_clause}。\n\n① 注一。"
    (note,) = find_notes(doc_of(text)).notes
    assert note.context == "这一分句引用了它，"


def test_a_marker_at_a_line_end_meets_the_next_line_with_a_space() -> None:
    text = "The claim made in this hard-wrapped paragraph of English text[1]\ncontinues on the next line.\n\nNotes\n\n[1] A. B, Title (London: X, 2001)."
    (note,) = find_notes(doc_of(text)).notes
    assert note.context == "The claim made in this hard-wrapped paragraph of English text continues on the next line."


def test_markers_of_chapters_that_each_end_with_their_notes() -> None:
    text = "One claim.[1]\n\n---\n\n[1] A. B, Title One (London: X, 2001).\n\nTwo claim.[2]\n\n---\n\n[2] Ibid., 5."
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.context, n.warnings) for n in notes] == [("1", "One claim.", ()), ("2", "Two claim.", ())]
