"""A note's references: classify the note, split it, parse each piece, share a closing access date.

Where a reader kept italics and hyperlinks (`Note.italic`, `Note.links`), the parser is given the note's text
with them written in: italics as `*…*` (the cue the style parsers read in Markdown), a link's target after its
shown text when the text does not show it (`Title <https://…>`), and a DOI shown as the text of its resolver
link labelled `doi:` so it is read as one. Each reference's `raw` stays the plain substring of the note.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

import regex

from cite.model import BODY, CITATION, COMMENT, FOOTNOTE, Note, Reference
from cite.refs.classify import is_comment
from cite.refs.locator import split_locator
from cite.refs.normalize.urls import DOI, URL, doi_of
from cite.refs.parse import parse_references
from cite.refs.split import split_references

#: A note longer than this is kept, text and all, but not read for references: no real note is this long,
#: and some rule patterns take time quadratic in the length of a run of one character (a pasted blob).
MAX_NOTE_CHARS = 4_000
#: A piece of a note longer than this is not one reference: it is kept as raw text with a warning.
MAX_REFERENCE_CHARS = 1_000
#: Link targets the parser can use: "https://doi.org/10.3969/x", "http://kz.mofcom.gov.cn/…" (not "#fn1", "mailto:").
WEB_TARGET = regex.compile(r"^(?:https?|ftp)://", regex.IGNORECASE)


def parse_note(note: Note) -> Note:
    """The note with its kind and parsed references (none for a comment)."""
    return parse_notes([note])[0]


def parse_notes(notes: Sequence[Note]) -> list[Note]:
    """Each note with its kind and parsed references; all the notes' references are parsed in one batch
    (`parse_references`: the labeller labels them together, many times faster than one by one)."""
    readings = [_reading(note) for note in notes]
    batch = [
        (piece, (), reading.entry)
        for reading in readings
        if isinstance(reading, _Reading)
        for piece, _ in reading.pieces
        if len(piece) <= MAX_REFERENCE_CHARS
    ]
    parsed = iter(parse_references(batch))
    return [reading.finish(parsed) if isinstance(reading, _Reading) else reading for reading in readings]


class _Reading(NamedTuple):
    """A note being read: its marked text, its pieces (with where each starts) and whether they are list entries."""

    note: Note
    marked: MarkedText
    pieces: list[tuple[str, int]]
    entry: bool

    def finish(self, parsed: Iterator[Reference]) -> Note:
        """The note with its references, taking its pieces' from `parsed` in order."""
        references = [
            split_locator(replace(_reference(piece, parsed), raw=self.marked.plain(piece, start)), self.note.where)
            for piece, start in self.pieces
        ]
        return _with_references(self.note, references)


def _reading(note: Note) -> _Reading | Note:
    """The note to read, or the note finished when it is a comment or too long to read."""
    if len(note.text) > MAX_NOTE_CHARS:
        too_long = f"{note.doc}:{note.line}: note of {len(note.text):,} characters: too long to read references from"
        return replace(note, kind=COMMENT, references=(), warnings=(*note.warnings, too_long))
    marked = MarkedText.of(note)
    if note.where == FOOTNOTE and is_comment(marked.text):  # a source line or list entry always cites
        return replace(note, kind=COMMENT, references=())
    entry = note.where == BODY  # a reference-list entry or source line: never a short repeat
    # and one reference, whatever ";" it holds (ACS "In *Book*; Kostianoy, A. G., Eds.; Springer: Berlin, 2010")
    pieces = [marked.text.strip(" ，,;；")] if entry else split_references(marked.text)
    return _Reading(note, marked, marked.locate(pieces), entry)


def _with_references(note: Note, references: list[Reference]) -> Note:
    references = _share_access_date(references)
    warnings = list(note.warnings)
    if not references:
        warnings.append(f"{note.place()}: no reference could be read from the note")
    return replace(note, kind=CITATION, references=tuple(references), warnings=tuple(warnings))


def _reference(piece: str, parsed: Iterator[Reference]) -> Reference:
    """One piece's reference: the next one parsed, or none for a piece too long to be one reference."""
    if len(piece) > MAX_REFERENCE_CHARS:
        return Reference(raw=piece, warnings=(f"{len(piece):,} characters: too long for one reference, not parsed",))
    return next(parsed)


class MarkedText:
    """A note's text with its italics and link targets written in, and which characters were added."""

    def __init__(self, pieces: list[tuple[str, bool]]) -> None:
        self.text = "".join(text for text, _ in pieces)
        self.added = [added for text, added in pieces for _ in text]

    @classmethod
    def of(cls, note: Note) -> MarkedText:
        if not note.italic and not note.links:
            return cls([(note.text, False)])
        before: dict[int, list[str]] = defaultdict(list)  # offset in note.text -> text added before it
        for start, end in note.italic:
            before[start].append("*")
            before[end].insert(0, "*")
        for link in note.links:
            shown = note.text[link.start : link.end]
            if not WEB_TARGET.match(link.target) or link.target.rstrip("/") in note.text:
                continue
            shown = shown.strip()
            if DOI.fullmatch(shown) and doi_of(link.target) == shown:
                before[link.start].append("doi: ")  # "[10.3969/x](https://doi.org/10.3969/x)"
            elif not (URL.fullmatch(shown) and shown.split("://")[-1].rstrip("/") in link.target):
                before[link.end].append(f" <{link.target}>")  # not "[www.a.kz/x](http://www.a.kz/x)"
        pieces: list[tuple[str, bool]] = []
        for index, char in enumerate(note.text):
            pieces.extend((added, True) for added in before.get(index, ()))
            pieces.append((char, False))
        pieces.extend((added, True) for added in before.get(len(note.text), ()))
        return cls(pieces)

    def locate(self, pieces: list[str]) -> list[tuple[str, int]]:
        """Each piece split from `text` with where it starts there (pieces are substrings, in order)."""
        located, cursor = [], 0
        for piece in pieces:
            start = self.text.find(piece, cursor)
            located.append((piece, start))
            cursor = start + len(piece) if start >= 0 else cursor
        return located

    def plain(self, piece: str, start: int) -> str:
        """The piece as it stands in the note's own text: the added characters left out."""
        if start < 0 or not any(self.added):
            return piece
        return "".join(char for char, added in zip(piece, self.added[start:], strict=False) if not added)


def _share_access_date(references: list[Reference]) -> list[Reference]:
    """One access date closing a list of web sources applies to those of them that have none."""
    dated = [r.accessed for r in references if r.accessed]
    if not dated:
        return references
    closing = dated[-1]
    return [replace(r, accessed=closing) if r.url and not r.accessed else r for r in references]
