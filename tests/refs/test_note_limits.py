"""Notes and references too long to be real are kept unparsed, with a warning (no pattern runs on them)."""

from __future__ import annotations

from cite.model import Note
from cite.refs.note import MAX_NOTE_CHARS, MAX_REFERENCE_CHARS, parse_note


def _note(text: str) -> Note:
    return Note(doc="d.md", seq=1, label="1", page=None, line=3, text=text)


def test_a_pasted_blob_is_kept_as_text_and_not_parsed() -> None:
    blob = "QUJD" * 25_000  # 100,000 characters of base64 pasted into a footnote
    note = parse_note(_note(blob))
    assert note.text == blob and note.references == () and note.kind == "note"
    assert note.warnings == ("d.md:3: note of 100,000 characters: too long to read references from",)


def test_an_overlong_piece_is_kept_raw_beside_the_real_references() -> None:
    long_piece = "x" * (MAX_REFERENCE_CHARS + 1)
    text = f"王凯：《纳扎尔巴耶夫外交思想探析》，新疆大学2019年博士学位论文；{long_piece}"
    assert len(text) <= MAX_NOTE_CHARS
    note = parse_note(_note(text))
    assert [r.title for r in note.references] == ["纳扎尔巴耶夫外交思想探析", ""]
    assert note.references[1].raw == long_piece
    assert note.references[1].warnings == ("1,001 characters: too long for one reference, not parsed",)
