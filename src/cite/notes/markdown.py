"""Markdown footnotes (pandoc, GitHub, MultiMarkdown): `[^label]` markers and `[^label]: text` bodies.

A body runs on over indented continuation lines (pandoc indents by four spaces) and over lazy
continuation lines that directly follow it; a blank line followed by unindented text ends it.
"""

from __future__ import annotations

import regex

from cite.model import Document, Found
from cite.notes.lines import line_bodies, markers_outside
from cite.notes.text import is_blank

NAME = "markdown"

#: A marker: "[^1]" or "[^note-a]" (not followed by ":" as a definition is).
MARKER = regex.compile(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")

#: A definition line: "[^1]: Ivan A. Safranchuk, …".
BODY_LINE = regex.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>.*)$")

#: A continuation line indented by a tab or at least two spaces: "    *Russia in Global Affairs* …".
INDENTED = regex.compile(r"^(?:\t| {2,})\S")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find Markdown footnote definitions and markers."""
    if "[^" not in "\n".join(doc.lines):
        return Found()  # most documents: one scan instead of a match per line
    bodies = line_bodies(doc, claimed, BODY_LINE, _body_end, NAME)
    if not bodies and not any(MARKER.search(line) for line in doc.lines):
        return Found()
    return Found(tuple(bodies), markers_outside(doc, claimed, bodies, MARKER, NAME))


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
