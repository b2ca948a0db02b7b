"""Places of publication: edge punctuation off, but the full stop of an abbreviation kept ("М.", "СПб.")."""

from __future__ import annotations

import regex

#: A place abbreviated as GOST writes the big cities: "М.", "СПб.", "Л.", "К.", "Н. Новгород" keeps its own.
ABBREVIATED = regex.compile(r"^\p{Lu}\p{L}{0,2}\.$")


def place(text: str) -> str:
    """The place as written, without the separators around it ("London," -> "London"; "М." stays)."""
    text = text.strip(" ,，。:：")
    return text if ABBREVIATED.match(text) else text.strip(" ,，.。")
