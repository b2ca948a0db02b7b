"""What line-based finders share: bodies that start on a line of their own, markers everywhere else."""

from __future__ import annotations

from collections.abc import Callable

import regex

from cite.model import Document, Marker, NoteBody, Span
from cite.notes.text import join_lines


def whole_lines(lines: tuple[str, ...], start: int, end: int) -> tuple[Span, ...]:
    """Spans covering lines `start`..`end` (1-based, inclusive) entirely."""
    return tuple(Span(k, 0, len(lines[k - 1])) for k in range(start, end + 1))


def line_bodies(
    doc: Document,
    claimed: frozenset[int],
    body_line: regex.Pattern,
    body_end: Callable[[tuple[str, ...], int], int],
    convention: str,
) -> list[NoteBody]:
    """Bodies whose first line matches `body_line` (groups `label`, `text`); `body_end` gives the last line."""
    lines = doc.lines
    bodies: list[NoteBody] = []
    n = 1
    while n <= len(lines):
        match = body_line.match(lines[n - 1]) if n not in claimed else None
        if not match:
            n += 1
            continue
        end = body_end(lines, n)
        text = join_lines([match["text"], *lines[n:end]])
        bodies.append(NoteBody(match["label"], n, end, text, convention, spans=whole_lines(lines, n, end)))
        n = end + 1
    return bodies


def markers_outside(
    doc: Document, claimed: frozenset[int], bodies: list[NoteBody], marker: regex.Pattern, convention: str
) -> tuple[Marker, ...]:
    """Every `marker` match (group `label`) on lines that are neither claimed nor part of a body."""
    taken = {span.line for body in bodies for span in body.spans}
    return tuple(
        Marker(m["label"], n, m.start(), m.end(), convention)
        for n, line in enumerate(doc.lines, 1)
        if n not in claimed and n not in taken
        for m in marker.finditer(line)
    )
