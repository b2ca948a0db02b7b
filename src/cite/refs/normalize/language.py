"""Language of a title from its script: zh (Han), kk (Cyrillic with Kazakh letters), ru, en."""

from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: Letters Kazakh has and Russian lacks: "ә ғ қ ң ө ұ ү һ і" (and the Latin schwa "ə" some fonts substitute).
KAZAKH = regex.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІə]")
LATIN = regex.compile(r"\p{Latin}")


def language(title: str) -> str:
    """Main language of a title, or "" when it has no letters."""
    if HAN.search(title):
        return "zh"
    if CYRILLIC.search(title):
        return "kk" if KAZAKH.search(title) else "ru"
    if LATIN.search(title):
        return "en"
    return ""
