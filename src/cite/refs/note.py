"""A note's references: classify the note, split it, parse each piece, share a closing access date."""

from __future__ import annotations

from dataclasses import replace

from cite.model import BODY, CITATION, COMMENT, FOOTNOTE, Italic, Note, Reference
from cite.refs.classify import is_comment
from cite.refs.parse import parse_reference
from cite.refs.split import split_references


def parse_note(note: Note) -> Note:
    """The note with its kind and parsed references (none for a comment)."""
    if note.where == FOOTNOTE and is_comment(note.text):  # a source line or list entry always cites
        return replace(note, kind=COMMENT, references=())
    pieces = split_references(note.text)
    entry = note.where == BODY  # a reference-list entry or source line: never a short repeat
    references = [parse_reference(p, i, entry=entry) for p, i in zip(pieces, _piece_italics(note, pieces), strict=True)]
    references = _share_access_date(references)
    warnings = list(note.warnings)
    if not references:
        warnings.append(f"{note.doc}:{note.line}: no reference could be read from the note")
    return replace(note, kind=CITATION, references=tuple(references), warnings=tuple(warnings))


def _share_access_date(references: list[Reference]) -> list[Reference]:
    """One access date closing a list of web sources applies to those of them that have none."""
    dated = [r.accessed for r in references if r.accessed]
    if not dated:
        return references
    closing = dated[-1]
    return [replace(r, accessed=closing) if r.url and not r.accessed else r for r in references]


def _piece_italics(note: Note, pieces: list[str]) -> list[tuple[Italic, ...]]:
    """The note's italic ranges inside each reference piece, as offsets into that piece."""
    if not note.italic:
        return [()] * len(pieces)
    out, cursor = [], 0
    for piece in pieces:
        start = note.text.find(piece, cursor)
        if start < 0:
            out.append(())
            continue
        cursor = end = start + len(piece)
        out.append(tuple((max(a, start) - start, min(b, end) - start) for a, b in note.italic if a < end and b > start))
    return out
