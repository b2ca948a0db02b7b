"""Places of publication: edge punctuation off, but the full stop of an abbreviation kept ("М.", "СПб.")."""

from __future__ import annotations

import regex

#: A place abbreviated as GOST writes the big cities: "М.", "СПб.", "Л.", "К.", "Н. Новгород" keeps its own; or
#: closing with an initialism's full stop: "Washington, D.C.", "Washington D.C.".
ABBREVIATED = regex.compile(r"^\p{Lu}\p{L}{0,2}\.$|(?:^|[\s,])\p{Lu}\.\s?\p{Lu}\.$")


#: An initialism whose closing full stop a reader took for the separator after it: "Washington, D.C" of "D.C.:".
CUT_INITIALISM = regex.compile(r"(?:^|[\s,])\p{Lu}\.\s?\p{Lu}$")


def place(text: str) -> str:
    """The place as written, without the separators around it ("London," -> "London"; "М." stays)."""
    text = text.strip(" ,，。:：")
    if CUT_INITIALISM.search(text):
        return f"{text}."
    return text if ABBREVIATED.search(text) else text.strip(" ,，.。")
