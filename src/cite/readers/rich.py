"""What the structured readers share: text built from runs that keeps italics, links and note marks.

A reader feeds a `Runs` builder the runs of one paragraph or one note (text, whether it is italic, the link
it belongs to, where a note's reference mark stands); `Runs.finish` collapses the whitespace as the footnote
record wants it and moves every offset with it. `assemble` turns the finished body paragraphs and notes into
the `Document` the note finders and `notes.structured` read.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from cite.model import FOOTNOTE, Document, Italic, Link, Marker, NoteBody

#: A run of whitespace of any kind, including no-break and full-width spaces and the zero-width space.
SPACE_RUN = regex.compile(r"[\s\u200b\ufeff]+")


@dataclass(frozen=True)
class Mark:
    """A note's reference mark at `offset` of a finished text: the label the document shows, the note's ref."""

    label: str
    ref: str
    offset: int


@dataclass(frozen=True)
class Rich:
    """A finished paragraph or note: whitespace collapsed, italics/links/marks as offsets into `text`."""

    text: str
    italic: tuple[Italic, ...] = ()
    links: tuple[Link, ...] = ()
    marks: tuple[Mark, ...] = ()
    heading: bool = False  # a heading of the document (`Document.headings`)


@dataclass
class Runs:
    """A paragraph or note being built run by run."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    italic: list[list[int]] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)
    marks: list[tuple[str, str, int]] = field(default_factory=list)
    heading: bool = False

    def add(self, text: str, italic: bool = False, target: str = "") -> None:
        """Append a run; consecutive italic runs (and runs of one link target) join into one stretch."""
        if not text:
            return
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if italic:
            if self.italic and self.italic[-1][1] == start:
                self.italic[-1][1] = self.length
            else:
                self.italic.append([start, self.length])
        if target:
            if self.links and self.links[-1][1] == start and self.links[-1][2] == target:
                self.links[-1] = (self.links[-1][0], self.length, target)
            else:
                self.links.append((start, self.length, target))

    def mark(self, label: str, ref: str) -> None:
        """A note's reference mark here (it takes no room in the text)."""
        self.marks.append((label, ref, self.length))

    def finish(self) -> Rich:
        """Collapse whitespace runs to one space, strip the ends, and carry every offset over."""
        raw = "".join(self.parts)
        pieces: list[str] = []
        old_starts: list[int] = []  # where each piece of the new text starts in the old one ...
        new_starts: list[int] = []  # ... and in the new one
        size, position = 0, 0
        for space in SPACE_RUN.finditer(raw):
            for start, piece in ((position, raw[position : space.start()]), (space.start(), " ")):
                if piece == " " and (not size or space.end() == len(raw)):
                    continue  # no space at either end
                old_starts.append(start)
                new_starts.append(size)
                pieces.append(piece)
                size += len(piece)
            position = space.end()
        if position < len(raw):
            old_starts.append(position)
            new_starts.append(size)
            pieces.append(raw[position:])
            size += len(raw) - position
        text = "".join(pieces)

        def at(old: int) -> int:
            index = bisect.bisect_right(old_starts, old) - 1
            if index < 0:
                return 0
            return min(new_starts[index] + min(old - old_starts[index], len(pieces[index])), size)

        italic = tuple(_trimmed(text, at(s), at(e)) for s, e in self.italic)
        links = tuple(Link(*_trimmed(text, at(s), at(e)), target) for s, e, target in self.links)
        return Rich(
            text,
            tuple(span for span in italic if span[0] < span[1]),
            tuple(link for link in links if link.start < link.end),
            tuple(Mark(label, ref, at(offset)) for label, ref, offset in self.marks),
            self.heading,
        )


def inherited(own: dict[str, bool | None], parent: dict[str, str]) -> dict[str, bool | None]:
    """Each style's setting (italic or not), taken from the nearest ancestor that sets it where the style itself
    does not (None: no style in the chain says); a loop in the chain ends the walk."""
    resolved: dict[str, bool | None] = {}
    for name in own:
        current, seen = name, set()
        while own.get(current) is None and current in parent and current not in seen:
            seen.add(current)
            current = parent[current]
        resolved[name] = own.get(current)
    return resolved


def drop_head(rich: Rich, size: int) -> Rich:
    """The text without its first `size` characters (a label typed at the head of a note), offsets moved."""
    runs = Runs()
    runs.add(rich.text[size:])
    runs.italic = [[max(s - size, 0), e - size] for s, e in rich.italic if e > size]
    runs.links = [(max(link.start - size, 0), link.end - size, link.target) for link in rich.links if link.end > size]
    return runs.finish()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A stretch without spaces at its ends (`* Title*` would not read as italics)."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


@dataclass(frozen=True)
class ReadNote:
    """A note a reader found: its ref (pairing it with its mark), label, part, and finished text."""

    ref: str
    label: str
    part: str
    rich: Rich
    line: int = 0
    page: int | None = None


def assemble(
    path: str, name: str, paragraphs: list[Rich], notes: list[ReadNote], convention: str, paragraph_lines: bool = True
) -> Document:
    """The Document of a structured file: one line per body paragraph (or per source line, `paragraph_lines`
    False), with its italics, links and marks, and its notes."""
    markers = tuple(
        Marker(mark.label, number, mark.offset, mark.offset, convention, ref=mark.ref)
        for number, paragraph in enumerate(paragraphs, start=1)
        for mark in paragraph.marks
    )
    bodies = tuple(
        NoteBody(
            label=note.label,
            line=note.line,
            end_line=note.line,
            text=note.rich.text,
            convention=convention,
            where=FOOTNOTE,
            ref=note.ref,
            italic=note.rich.italic,
            links=note.rich.links,
            page=note.page,
            part=note.part,
        )
        for note in notes
    )
    return Document(
        path,
        name,
        tuple(p.text for p in paragraphs),
        notes=bodies,
        markers=markers,
        line_italic=tuple(p.italic for p in paragraphs) if any(p.italic for p in paragraphs) else (),
        line_links=tuple(p.links for p in paragraphs) if any(p.links for p in paragraphs) else (),
        paragraph_lines=paragraph_lines,
        headings=frozenset(number for number, p in enumerate(paragraphs, start=1) if p.heading),
    )
