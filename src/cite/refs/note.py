"""A note's references: classify the note, split it, parse each piece, share a closing access date."""

from __future__ import annotations

from dataclasses import replace

from cite.model import CITATION, COMMENT, FOOTNOTE, Note, Reference
from cite.refs.classify import is_comment
from cite.refs.locator import split_locator
from cite.refs.parse import parse_reference
from cite.refs.split import split_references


def parse_note(note: Note) -> Note:
    """The note with its kind and parsed references (none for a comment)."""
    if note.where == FOOTNOTE and is_comment(note.text):  # a source line or list entry always cites
        return replace(note, kind=COMMENT, references=())
    references = [split_locator(parse_reference(piece), note.where) for piece in split_references(note.text)]
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
