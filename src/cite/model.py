"""The one data model every stage shares.

Stages only exchange these plain dataclasses: a reader makes a `Document`, finders make `Marker`s and
`NoteBody`s, linking makes `Note`s, the reference stage fills `Note.references` with `Reference`s,
and the library groups references into `Source`s with their `Mention`s. Field names of `Reference`
follow CSL-JSON (see `CSL_KEYS`), so every writer maps from one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

FOOTNOTE = "footnote"
BODY = "body"
CITATION = "citation"
COMMENT = "note"

#: Reference types of the footnote schema (CSL names).
REFERENCE_TYPES = (
    "article-journal",
    "book",
    "chapter",
    "thesis",
    "webpage",
    "article-newspaper",
    "report",
    "paper-conference",
    "document",
)

#: Types printed inside a container (a journal, newspaper, book or proceedings), whose `page` is their own range;
#: other works (a book, thesis, report, web page) have no range of their own, only pages a note cites.
PAGED_TYPES = frozenset({"article-journal", "article-newspaper", "chapter", "paper-conference", "document"})


#: A stretch of a note's `text` in italics (emphasis), as 0-based [start, end) character offsets.
Italic = tuple[int, int]


@dataclass(frozen=True)
class Link:
    """A hyperlink inside a note's `text`: [start, end) character offsets and the target it points to."""

    start: int
    end: int
    target: str


@dataclass(frozen=True)
class Document:
    """A decoded input file: its body as lines (one paragraph or text line each, without the newline).

    Text formats give only `lines`; the finders look for note conventions in them. Structured formats
    (.docx, .html, .pdf, Markdown parsed as Markdown) also hand over the notes they know (`notes`) and
    their reference marks in `lines` (`markers`), paired by `NoteBody.ref` == `Marker.ref`. They also give each
    line's italics and links (`line_italic`, `line_links`: offsets into that line, one tuple per line), so a
    reference-list entry the text finders read from the lines keeps them as a note does; `paragraph_lines` says
    that every line is a whole paragraph (.docx, .html, .odt, .epub: an unnumbered list has one entry per line);
    `headings` are the lines (1-based) the format marks as headings, which end a list of notes or references
    ("Reading list 4: glaciers, remote sensing and power systems" after a list is no entry of it).
    """

    path: str
    name: str
    lines: tuple[str, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    notes: tuple[NoteBody, ...] = ()
    markers: tuple[Marker, ...] = ()
    line_italic: tuple[tuple[Italic, ...], ...] = ()
    line_links: tuple[tuple[Link, ...], ...] = ()
    paragraph_lines: bool = False
    headings: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Marker:
    """An in-text note marker such as `^①`, `[footnoteRef:3]` or `[^1]`; columns are 0-based, end exclusive."""

    label: str
    line: int
    start: int
    end: int
    convention: str
    ref: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of a line that belongs to a note body, not to the running text (kept out of contexts)."""

    line: int
    start: int
    end: int


@dataclass(frozen=True)
class NoteBody:
    """A note body as a finder or a structured reader saw it: label, first and last line, cleaned text.

    `ref` pairs it with its `Marker` where a reader knows both (a Word footnote id); `italic` and `links`
    are offsets into `text`; `page` is the printed page a PDF note stands on; `part` is the part of a
    structured document the note was read from ("footnotes", "endnotes"), empty for text finders; a
    structured reader gives `line` 0 where its format has no source lines (.docx, .pdf).
    """

    label: str
    line: int
    end_line: int
    text: str
    convention: str
    where: str = FOOTNOTE
    spans: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()
    ref: str = ""
    italic: tuple[Italic, ...] = ()
    links: tuple[Link, ...] = ()
    page: int | None = None
    part: str = ""


@dataclass(frozen=True)
class Found:
    """What one finder returns for one document."""

    bodies: tuple[NoteBody, ...] = ()
    markers: tuple[Marker, ...] = ()


@dataclass(frozen=True)
class See:
    """Where the full form of an Ibid./short reference is: footnote `seq`, reference index `ref`."""

    seq: int
    ref: int


@dataclass(frozen=True)
class Reference:
    """One cited source, fields named after CSL-JSON; empty values mean 'not given by the source'."""

    raw: str
    type: str = "document"
    author: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()
    translator: tuple[str, ...] = ()
    title: str = ""
    container_title: str = ""
    publisher: str = ""
    publisher_place: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    page: str = ""
    locator: str = ""
    url: str = ""
    doi: str = ""
    accessed: str = ""
    language: str = ""
    ibid: bool = False
    short: bool = False
    see: See | None = None
    warnings: tuple[str, ...] = ()

    def csl(self) -> dict[str, Any]:
        """The schema's reference record: CSL keys, only the values the source gives."""
        record: dict[str, Any] = {}
        for name, key in _CSL_FIELDS:
            value = getattr(self, name)
            if value in ("", (), False, None):
                continue
            record[key] = list(value) if isinstance(value, tuple) else value
        return record

    def record(self) -> dict[str, Any]:
        """`csl()` plus the keys the tool adds: `raw`, `see`, `warnings`."""
        out = self.csl()
        out["raw"] = self.raw
        if self.see is not None:
            out["see"] = {"seq": self.see.seq, "ref": self.see.ref}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


#: Python attribute name -> CSL-JSON key.
CSL_KEYS = {f.name: f.name.replace("_", "-") for f in fields(Reference)} | {"url": "URL", "doi": "DOI"}
#: (attribute, CSL key) of the fields `Reference.csl` writes, in order (looked up once, not per reference).
_CSL_FIELDS = tuple((name, key) for name, key in CSL_KEYS.items() if name not in ("raw", "see", "warnings"))


@dataclass(frozen=True)
class Note:
    """A linked footnote, endnote or standalone body citation of one document.

    `italic` and `links` are offsets into `text`, carried from the reader so the reference parser can use them;
    `part` names the document part a structured reader took the note from (recorded only when set).
    """

    doc: str
    seq: int
    label: str
    page: int | None
    line: int | None
    text: str
    where: str = FOOTNOTE
    kind: str = COMMENT
    context: str = ""
    references: tuple[Reference, ...] = ()
    warnings: tuple[str, ...] = ()
    italic: tuple[Italic, ...] = ()
    links: tuple[Link, ...] = ()
    part: str = ""

    def place(self) -> str:
        """Where the note is, for messages: "paper.txt:12", or "paper.docx: note 3" where a format has no lines."""
        return f"{self.doc}:{self.line}" if self.line else f"{self.doc}: note {self.label or self.seq}"

    def record(self) -> dict[str, Any]:
        """The footnote record of `shared/footnote-schema.md`, in its key order (+ `part` where known)."""
        record = {
            "doc": self.doc,
            "seq": self.seq,
            "label": self.label,
            "page": self.page,
            "text": self.text,
            "kind": self.kind,
            "references": [r.record() for r in self.references],
            "where": self.where,
            "line": self.line,
            "context": self.context,
            "warnings": list(self.warnings),
        }
        if self.part:
            record["part"] = self.part
        return record


@dataclass(frozen=True)
class Mention:
    """One place a source is cited: document, note, the page cited there (`locator`), and the citing sentence."""

    doc: str
    seq: int
    label: str
    line: int | None
    context: str
    locator: str = ""
    ref_index: int = 0


@dataclass(frozen=True)
class Source:
    """A work cited once or many times: its fullest reference, a citation key, and every mention.

    `warnings` are what the library decided for the exports that the notes do not say (a title supplied).
    """

    key: str
    reference: Reference
    mentions: tuple[Mention, ...] = field(default=())
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """The result of the pipeline over one document: its notes and any document-level warnings."""

    document: Document
    notes: tuple[Note, ...]
    warnings: tuple[str, ...] = ()
