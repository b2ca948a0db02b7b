"""Full-width punctuation in a reference written in Latin or Cyrillic letters, as Chinese authors type it
("Alexander Cooley，Great Games，New York：Oxford University Press，2012"), read as the half-width marks of its
own script. Each mark is replaced by one character, so offsets (italics) stay valid."""

from __future__ import annotations

import regex

#: A character of a CJK script: such a reference keeps its full-width marks ("王缉思：《大国关系》，").
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: Full-width marks and their half-width counterparts.
HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "。": "."})
#: A full-width mark that HALF_WIDTH replaces: "，".
FULL_WIDTH = regex.compile(r"[，：；（）。]")


def half_width(text: str) -> str:
    """The text with full-width punctuation made half-width, unless it is written in a CJK script."""
    if not FULL_WIDTH.search(text) or CJK.search(text):
        return text
    return text.translate(HALF_WIDTH)
