"""A note's references: classify the note, split it, parse each piece, share a closing access date."""

from __future__ import annotations

from dataclasses import replace

from cite.model import CITATION, COMMENT, FOOTNOTE, Note, Reference
from cite.refs.classify import is_comment
from cite.refs.parse import parse_reference
from cite.refs.split import split_references

#: A note longer than this is kept, text and all, but not read for references: no real note is this long,
#: and some rule patterns take time quadratic in the length of a run of one character (a pasted blob).
MAX_NOTE_CHARS = 4_000
#: A piece of a note longer than this is not one reference: it is kept as raw text with a warning.
MAX_REFERENCE_CHARS = 1_000


def parse_note(note: Note) -> Note:
    """The note with its kind and parsed references (none for a comment)."""
    if len(note.text) > MAX_NOTE_CHARS:
        too_long = f"{note.doc}:{note.line}: note of {len(note.text):,} characters: too long to read references from"
        return replace(note, kind=COMMENT, references=(), warnings=(*note.warnings, too_long))
    if note.where == FOOTNOTE and is_comment(note.text):  # a source line or list entry always cites
        return replace(note, kind=COMMENT, references=())
    references = [_reference(piece) for piece in split_references(note.text)]
    references = _share_access_date(references)
    warnings = list(note.warnings)
    if not references:
        warnings.append(f"{note.doc}:{note.line}: no reference could be read from the note")
    return replace(note, kind=CITATION, references=tuple(references), warnings=tuple(warnings))


def _reference(piece: str) -> Reference:
    if len(piece) > MAX_REFERENCE_CHARS:
        return Reference(raw=piece, warnings=(f"{len(piece):,} characters: too long for one reference, not parsed",))
    return parse_reference(piece)


def _share_access_date(references: list[Reference]) -> list[Reference]:
    """One access date closing a list of web sources applies to those of them that have none."""
    dated = [r.accessed for r in references if r.accessed]
    if not dated:
        return references
    closing = dated[-1]
    return [replace(r, accessed=closing) if r.url and not r.accessed else r for r in references]
