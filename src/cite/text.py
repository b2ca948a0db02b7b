"""Text helpers every stage may use."""

from __future__ import annotations

import regex

#: A run of whitespace of any kind, including full-width spaces: "a \u3000 b" -> "a b".
WHITESPACE = regex.compile(r"\s+")


#: Whitespace that `collapse` would change: a run of two, or any space but " " (most texts have neither).
UNCOLLAPSED = regex.compile(r"\s\s|[^\S ]")


def collapse(text: str) -> str:
    """Collapse inner whitespace to single spaces and strip the ends."""
    return WHITESPACE.sub(" ", text).strip() if UNCOLLAPSED.search(text) else text.strip()


def last_match(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The last match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop's last value is the answer
        pass
    return found
