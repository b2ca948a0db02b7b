"""Superscript notes as Markdown/LaTeX exports write them: `^{*}` or `^{1}` markers and bodies.

The body is a line that starts with the marker (`^{*} 本文系国家社科基金项目…`); it runs on over
the following non-blank lines.
"""

from __future__ import annotations

import regex

from cite.model import Document, Found
from cite.notes.lines import line_bodies, markers_outside
from cite.notes.text import is_blank

NAME = "superscript"

#: A superscript marker: "^{*}", "^{12}", "^{†}" (no spaces or braces inside, at most 8 characters).
MARKER = regex.compile(r"\^\{(?P<label>[^{}\s]{1,8})\}")

#: A body line: "^{*} 本文系…".
BODY_LINE = regex.compile(r"^[ \t\u3000]*\^\{(?P<label>[^{}\s]{1,8})\}[ \t\u3000]*(?P<text>\S.*)$")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find `^{x}` bodies at line starts and `^{x}` markers elsewhere."""
    if "^{" not in "\n".join(doc.lines):
        return Found()  # most documents: one scan instead of a match per line
    bodies = line_bodies(doc, claimed, BODY_LINE, _body_end, NAME)
    return Found(tuple(bodies), markers_outside(doc, claimed, bodies, MARKER, NAME))


def _body_end(lines: tuple[str, ...], start: int) -> int:
    """A body runs on over the following non-blank lines that start no other body."""
    end = start
    while end < len(lines) and not is_blank(lines[end]) and not BODY_LINE.match(lines[end]):
        end += 1
    return end
