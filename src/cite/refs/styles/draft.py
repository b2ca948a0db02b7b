"""The value a style parser returns: raw field strings keyed by `Reference` attribute names."""

from __future__ import annotations

import regex

Draft = dict[str, object]

#: Paired title wrappers: quotes, book-title marks, guillemets, corner brackets.
PAIRS = {"“": "”", "‘": "’", "《": "》", "«": "»", "「": "」", "『": "』", "〈": "〉"}
#: Wrappers that open and close with the same mark: straight quotes and Markdown emphasis.
SAME = "\"'*_"
#: "Title," / "Title." trailing separators.
TRAILING_PUNCT = " ,，.。:：;；"


def unwrap(text: str) -> str:
    """A title or container without its outer quote marks, book-title marks or emphasis.

    Only an unbalanced mark is taken off, so "‘Global Middle Powers’" inside a title keeps its quotes
    and "“无声的协调”：大国…" keeps its opening quote.
    """
    text = text.strip().strip(TRAILING_PUNCT)
    changed = True
    while changed and text:
        changed = False
        first, last = text[0], text[-1]
        if first in PAIRS and PAIRS[first] == last and _balanced(text[1:-1], first, last):
            text, changed = text[1:-1], True
        elif first in PAIRS and text.count(first) > text.count(PAIRS[first]):
            text, changed = text[1:], True
        elif last in PAIRS.values():
            opener = next(k for k, v in PAIRS.items() if v == last)
            if text.count(last) > text.count(opener):
                text, changed = text[:-1], True
        elif first in SAME and last == first and len(text) > 1:
            text, changed = text[1:-1], True
        elif first in SAME and text.count(first) == 1:
            text, changed = text[1:], True
        elif last in SAME and text.count(last) == 1:
            text, changed = text[:-1], True
        text = text.strip().strip(TRAILING_PUNCT)
    return text


def _balanced(inner: str, opener: str, closer: str) -> bool:
    """Whether the marks inside are balanced, so the outer pair really wraps the whole."""
    depth = 0
    for char in inner:
        depth += (char == opener) - (char == closer)
        if depth < 0:
            return False
    return depth == 0


#: Pages in the Chinese form: "第179-180页", "第 55 页", "第95，111页", and without 第 one page or range: "102页".
CN_PAGES = regex.compile(r"第\s*(?P<page>\d[\d\s\-–—~～,，、]*)\s*页|(?<!\d)(?P<page>\d+(?:\s*[-–—~～]\s*\d+)?)\s*页")
#: "2021 年第 7 期", "2022年第3期", "2014年3期".
CN_YEAR_ISSUE = regex.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:第\s*(?P<vol>\d+)\s*卷\s*)?第?\s*(?P<issue>\d+)\s*期")
#: "第 7 期" alone, "第3卷".
CN_ISSUE = regex.compile(r"第\s*(?P<issue>\d+)\s*期")
CN_VOLUME = regex.compile(r"第\s*(?P<vol>\d+)\s*卷")
#: "2018年", "1998 年版".
CN_YEAR = regex.compile(r"(?P<year>(?:1[5-9]|20)\d\d)\s*年")
