"""Word exports (pandoc/Word-to-text): `[footnoteRef:N]` with `[N:  text]` bodies, and
`[[footnoteRef:N]]` with `[N: [] text]` bodies.

A body is found by matching brackets, not by a regex, because notes contain brackets of their own
(`[D]`, `[Head of State …]`, `[Electronic resource]`) and may run over several lines. A body whose
closing bracket never comes is cut before the next body or marker and reported, not dropped.
"""

from __future__ import annotations

import bisect

import regex

from cite.model import Document, Found, Marker, NoteBody, Span
from cite.text import collapse

NAME = "word"

#: A marker: "[footnoteRef:3]" or "[[footnoteRef:3]]".
MARKER = regex.compile(r"\[\[footnoteRef:(?P<label>\d+)\]\]|\[footnoteRef:(?P<label>\d+)\]")

#: The opening of a body: "[3:  " or "[3: [] " (the empty "[]" is Word's placeholder for the marker), at the
#: start of a line or after a space, so a verse or ratio in the text ("[2:255]") is not a note.
BODY_OPEN = regex.compile(r"(?<=^|\s)\[(?P<label>\d+):(?:[ \t]*\[\][ \t]*|[ \t]+)")
#: A square bracket, the only characters the bracket matcher needs to look at.
BRACKET = regex.compile(r"[\[\]]")
#: A paragraph break, where an unclosed body is cut: "…text\n\nNext paragraph".
PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find Word-export bodies and markers; only documents with footnoteRef markers are searched."""
    text = "\n".join(doc.lines)
    markers_found = list(MARKER.finditer(text))
    if not markers_found:
        return Found()
    line_starts = _line_starts(doc.lines)
    bodies: list[NoteBody] = []
    position = 0
    while match := BODY_OPEN.search(text, position):
        end, closed = _closing_bracket(text, match.end())
        start_line = _line_of(line_starts, match.start())
        end_line = _line_of(line_starts, end if closed else max(end - 1, match.start()))
        body_warnings = (
            ()
            if closed
            else (f"{doc.name}:{start_line}: unclosed [{match['label']}: block, body cut at line {end_line}",)
        )
        bodies.append(
            NoteBody(
                match["label"],
                start_line,
                end_line,
                collapse(text[match.end() : end]),
                NAME,
                spans=_spans(line_starts, doc.lines, match.start(), end + (1 if closed else 0)),
                warnings=body_warnings,
            )
        )
        position = end + 1 if closed else end
    markers = tuple(
        Marker(m["label"], _line_of(line_starts, m.start()), *_columns(line_starts, m), NAME) for m in markers_found
    )
    return Found(tuple(bodies), markers)


def _closing_bracket(text: str, start: int) -> tuple[int, bool]:
    """Index of the bracket closing a body opened just before `start`, and whether it was found.

    An unclosed body stops at its first paragraph break, else before the next body opening or marker, or at the
    end of the text, so it does not swallow the rest of the document.
    """
    depth = 1
    for bracket in BRACKET.finditer(text, start):
        index, char = bracket.start(), bracket.group()
        if char == "[":
            if BODY_OPEN.match(text, index) or MARKER.match(text, index):
                return _unclosed_end(text, start, index), False
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index, True
    return _unclosed_end(text, start, len(text)), False


def _unclosed_end(text: str, start: int, stop: int) -> int:
    """Where an unclosed body ends: its first paragraph break before `stop`, else `stop`."""
    paragraph = PARAGRAPH_BREAK.search(text, start, stop)
    return _trim_end(text, start, paragraph.start() if paragraph else stop)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _line_starts(lines: tuple[str, ...]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def _line_of(line_starts: list[int], offset: int) -> int:
    """1-based line number of a text offset (binary search over line starts)."""
    return bisect.bisect_right(line_starts, offset)


def _columns(line_starts: list[int], match: regex.Match) -> tuple[int, int]:
    base = line_starts[_line_of(line_starts, match.start()) - 1]
    return match.start() - base, match.end() - base


def _spans(line_starts: list[int], lines: tuple[str, ...], start: int, end: int) -> tuple[Span, ...]:
    """The per-line spans a body covers, so the running text around it stays intact."""
    spans = []
    for number in range(_line_of(line_starts, start), _line_of(line_starts, max(end - 1, start)) + 1):
        base = line_starts[number - 1]
        spans.append(Span(number, max(start - base, 0), min(end - base, len(lines[number - 1]))))
    return tuple(spans)
