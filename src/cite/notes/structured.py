"""Notes a structured reader hands over (Word's footnotes part, an HTML notes list, Markdown footnotes).

The reader knows each note and where its reference mark stands in the body, paired by `ref`; here they
become `Note`s with the citing sentence around the mark, and take their place in reading order among
the notes the text finders found in the same lines (a `【来源】` line, circled notes typed as text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cite.model import FOOTNOTE, Document, Marker, Note, NoteBody
from cite.notes.link import Linked, citing_sentences

#: Parts whose notes are printed where their mark is (footnotes); others (endnotes) after the body.
AT_MARK = {"", "footnotes"}


def merge(doc: Document, linked: Linked, bodies: Sequence[NoteBody], markers: Sequence[Marker]) -> Linked:
    """The finders' notes (`linked`, from `bodies`/`markers`) and the reader's `doc.notes`, in reading order
    and numbered again."""
    mark_of: dict[str, Marker] = {}
    warnings = list(linked.warnings)
    known = {body.ref for body in doc.notes}
    for marker in doc.markers:
        if marker.ref in known:
            mark_of.setdefault(marker.ref, marker)
        else:
            warnings.append(f"{_where(doc, marker.line)}: marker {marker.label!r} has no note")
    marks = [mark_of[body.ref] for body in doc.notes if body.ref in mark_of]
    sentence_of = dict(zip(marks, citing_sentences(doc, marks, bodies, markers), strict=True))
    after_body = len(doc.lines) + 1
    placed: list[tuple[tuple[int, int, int], Note]] = [
        ((note.line or 0, -1, index), note) for index, note in enumerate(linked.notes)
    ]
    for index, body in enumerate(doc.notes):
        mark = mark_of.get(body.ref)
        note_warnings = list(body.warnings)
        if mark is None and body.where == FOOTNOTE:
            note_warnings.append(f"{_where(doc, body.line)}: note {body.label!r} has no marker in the text")
        key = (mark.line, mark.start, index) if mark and body.part in AT_MARK else (after_body, 0, index)
        note = Note(
            doc=doc.name,
            seq=0,
            label=body.label,
            page=body.page,
            line=body.line or None,
            text=body.text,
            where=body.where,
            context=sentence_of[mark] if mark else "",
            warnings=tuple(note_warnings),
            italic=body.italic,
            links=body.links,
            part=body.part,
        )
        placed.append((key, note))
    placed.sort(key=lambda pair: pair[0])
    notes = tuple(replace(note, seq=seq) for seq, (_, note) in enumerate(placed, start=1))
    return Linked(notes, tuple(warnings))


def _where(doc: Document, line: int) -> str:
    """A place for a message: "paper.md:12" where the format has source lines, else "paper.docx: paragraph 12"
    (a mark's paragraph) or just the document (a note of the notes part)."""
    if any(body.line for body in doc.notes):
        return f"{doc.name}:{line}"
    return f"{doc.name}: paragraph {line}" if line else doc.name
