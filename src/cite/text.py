"""Text helpers every stage may use."""

from __future__ import annotations

import regex


def collapse(text: str) -> str:
    """Collapse inner whitespace of any kind (full-width spaces too: "a \u3000 b" -> "a b") to single spaces and
    strip the ends.

    `str.split` does it in C, six times as fast as a regex substitution; it also counts the ASCII separators
    U+001C-U+001F as whitespace, which no text means as characters.
    """
    return " ".join(text.split())


def last_match(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The last match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop's last value is the answer
        pass
    return found
