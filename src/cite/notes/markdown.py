"""Markdown footnotes (pandoc, GitHub, MultiMarkdown): `[^label]` markers and `[^label]: text` bodies.

A body runs on over indented continuation lines (pandoc indents by four spaces) and over lazy
continuation lines that directly follow it; a blank line followed by unindented text ends it.
"""

from __future__ import annotations

import regex

from cite.model import Document, Found, Marker, NoteBody, Span
from cite.notes.text import is_blank, join_lines

NAME = "markdown"

#: A marker: "[^1]" or "[^note-a]" (not followed by ":" as a definition is).
MARKER = regex.compile(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")

#: A definition line: "[^1]: Ivan A. Safranchuk, …".
BODY_LINE = regex.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>.*)$")

#: A continuation line indented by a tab or at least two spaces: "    *Russia in Global Affairs* …".
INDENTED = regex.compile(r"^(?:\t| {2,})\S")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find Markdown footnote definitions and markers."""
    lines = doc.lines
    bodies: list[NoteBody] = []
    body_lines: set[int] = set()
    n = 1
    while n <= len(lines):
        match = BODY_LINE.match(lines[n - 1]) if n not in claimed else None
        if not match:
            n += 1
            continue
        end = _body_end(lines, n)
        text = join_lines([match["text"], *lines[n:end]])
        spans = tuple(Span(k, 0, len(lines[k - 1])) for k in range(n, end + 1))
        bodies.append(NoteBody(match["label"], n, end, text, NAME, spans=spans))
        body_lines.update(range(n, end + 1))
        n = end + 1
    if not bodies and not any(MARKER.search(line) for line in lines):
        return Found()
    markers = tuple(
        Marker(m["label"], n, m.start(), m.end(), NAME)
        for n, line in enumerate(lines, 1)
        if n not in claimed and n not in body_lines
        for m in MARKER.finditer(line)
    )
    return Found(tuple(bodies), markers)


def _body_end(lines: tuple[str, ...], start: int) -> int:
    """Last line (1-based) of the definition starting at `start`."""
    end = start
    while end < len(lines):
        following = lines[end]
        if BODY_LINE.match(following):
            break
        if is_blank(following):
            # a blank line continues the note only if an indented line follows it
            after = end + 1
            while after < len(lines) and is_blank(lines[after]):
                after += 1
            if after < len(lines) and INDENTED.match(lines[after]):
                end = after + 1
                continue
            break
        end += 1
    return end
