"""Standalone body citations: a `【来源】` / `资料来源：` / `Source:` line that names a source.

Such a line has no marker: it says which article a text is based on, or where a table's data come
from. A line that names no source (`资料来源：作者根据互联网资料汇编而成`) is not a citation. The
citation may wrap over the following short lines, as hard-wrapped Markdown does.
"""

from __future__ import annotations

import regex

from cite.model import BODY, Document, Found, NoteBody
from cite.notes.lines import whole_lines
from cite.notes.text import is_blank
from cite.text import collapse

NAME = "source"

#: A source line: "**【来源】** Vanderhill, …", "\t资料来源：世界银行网 https://…", "Source: IMF (2023)".
SOURCE_LINE = regex.compile(
    r"^[\s>*_]*(?:【(?:来源|资料来源|数据来源|出处|原文|原文来源|文章来源)】|"
    r"(?:资料来源|数据来源|来源|出处|原文来源|文章来源|Sources?|Data source|Источники?|Дереккөз)\s*[:：])"
    r"[\s*_]*(?P<text>.*)$",
    regex.IGNORECASE,
)

#: Words (lower case) one of which a source line has, looked for in the whole document first.
SOURCE_WORDS = ("来源", "出处", "原文", "source", "источник", "дереккөз")
#: Text that names no source: "作者根据互联网资料汇编而成", "笔者自制", "Author's own calculations".
NO_SOURCE = regex.compile(
    r"^(?:本文)?(?:作者|笔者|编者)|(?:作者|笔者)(?:根据|自制|整理|汇编|绘制|计算|自行)|"
    r"^(?:the\s+)?authors?['’]?s?\s+(?:own\s+)?(?:calculation|compilation|elaboration|estimate)"
    r"|compiled by the author",
    regex.IGNORECASE,
)

#: A line short enough to be a hard-wrapped continuation rather than a paragraph of its own.
WRAP_WIDTH = 100


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find source lines that name a source."""
    lines = doc.lines
    text = "\n".join(lines).lower()
    if not any(word in text for word in SOURCE_WORDS):
        return Found()  # most documents: one scan instead of a match per line
    bodies: list[NoteBody] = []
    for n, line in enumerate(lines, 1):
        match = SOURCE_LINE.match(line) if n not in claimed else None
        if not match:
            continue
        end = n
        while (
            end < len(lines)
            and end + 1 not in claimed
            and not is_blank(lines[end])
            and len(lines[end - 1].strip()) < WRAP_WIDTH
            and len(lines[end].strip()) < WRAP_WIDTH
        ):
            end += 1
        text = collapse(" ".join([match["text"], *lines[n:end]]))
        if not text or NO_SOURCE.search(text):
            continue
        spans = whole_lines(lines, n, end)
        bodies.append(NoteBody("", n, end, text, NAME, BODY, spans))
    return Found(tuple(bodies))
