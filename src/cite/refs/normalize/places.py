"""Places of publication: edge punctuation off, but the full stop of an abbreviation kept ("М.", "СПб.")."""

from __future__ import annotations

import regex

#: A place abbreviated as GOST writes the big cities: "М.", "СПб.", "Л.", "К.", "Н. Новгород" keeps its own; or
#: closing with an initialism's full stop: "Washington, D.C.", "Washington D.C.".
ABBREVIATED = regex.compile(r"^\p{Lu}\p{L}{0,2}\.$|(?:^|[\s,])\p{Lu}\.\s?\p{Lu}\.$")


def place(text: str) -> str:
    """The place as written, without the separators around it ("London," -> "London"; "М." stays)."""
    text = text.strip(" ,，。:：")
    return text if ABBREVIATED.search(text) else text.strip(" ,，.。")
