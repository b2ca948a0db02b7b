"""Text helpers every stage may use."""

from __future__ import annotations

import regex

#: A run of whitespace of any kind, including full-width spaces: "a \u3000 b" -> "a b".
WHITESPACE = regex.compile(r"\s+")


def collapse(text: str) -> str:
    """Collapse inner whitespace to single spaces and strip the ends."""
    return WHITESPACE.sub(" ", text).strip()


def last_match(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The last match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop's last value is the answer
        pass
    return found


def printable(name: str) -> str:
    """A file name as text every output takes: bytes of the name that are not UTF-8 (which Python keeps as lone
    surrogates, refused by UTF-8 output and by SQLite) become U+FFFD."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that came from elsewhere than a file name's bytes
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")
