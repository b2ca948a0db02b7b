"""Superscript notes as Markdown/LaTeX exports write them: `^{*}` or `^{1}` markers and bodies.

The body is a line that starts with the marker (`^{*} 本文系国家社科基金项目…`); it runs on over
the following non-blank lines.
"""

from __future__ import annotations

import regex

from cite.model import Document, Found, Marker, NoteBody, Span
from cite.notes.text import is_blank, join_lines

NAME = "superscript"

#: A superscript marker: "^{*}", "^{12}", "^{†}" (no spaces or braces inside, at most 8 characters).
MARKER = regex.compile(r"\^\{(?P<label>[^{}\s]{1,8})\}")

#: A body line: "^{*} 本文系…".
BODY_LINE = regex.compile(r"^[ \t\u3000]*\^\{(?P<label>[^{}\s]{1,8})\}[ \t\u3000]*(?P<text>\S.*)$")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find `^{x}` bodies at line starts and `^{x}` markers elsewhere."""
    lines = doc.lines
    bodies: list[NoteBody] = []
    body_lines: set[int] = set()
    n = 1
    while n <= len(lines):
        match = BODY_LINE.match(lines[n - 1]) if n not in claimed else None
        if not match:
            n += 1
            continue
        end = n
        while end < len(lines) and not is_blank(lines[end]) and not BODY_LINE.match(lines[end]):
            end += 1
        text = join_lines([match["text"], *lines[n:end]])
        spans = tuple(Span(k, 0, len(lines[k - 1])) for k in range(n, end + 1))
        bodies.append(NoteBody(match["label"], n, end, text, NAME, spans=spans))
        body_lines.update(range(n, end + 1))
        n = end + 1
    markers = tuple(
        Marker(m["label"], n, m.start(), m.end(), NAME)
        for n, line in enumerate(lines, 1)
        if n not in claimed and n not in body_lines
        for m in MARKER.finditer(line)
    )
    return Found(tuple(bodies), markers)
