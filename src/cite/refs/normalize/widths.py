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


#: A GB/T 7714 type code typed in full-width forms, as word processors and CNKI give them: "［J］", "［EB／OL］".
FULL_WIDTH_CODE = regex.compile(r"［[Ａ-ＺA-Z]{1,2}(?:[／/][ＯO][ＬL])?］")
#: Every full-width form of an ASCII character (U+FF01-FF5E) to that character: "［J］．…（4）：12－20" -> "[J]. …".
ASCII_FORMS = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def half_width(text: str) -> str:
    """The text with full-width punctuation made half-width, unless it is written in a CJK script; a GB/T entry
    typed in full-width forms throughout ("李明，王强．题名［J］．期刊，2020，38（4）：12－20．") is made ASCII-width
    whatever its script, so its type code and numbers read as GB/T's."""
    if "［" in text and FULL_WIDTH_CODE.search(text):
        return text.translate(ASCII_FORMS)
    if not FULL_WIDTH.search(text) or CJK.search(text):
        return text
    return text.translate(HALF_WIDTH)
