"""GB/T 7714 (the Chinese national standard), recognised by its type codes:

王凯. 纳扎尔巴耶夫外交思想探析[D].新疆大学,2019.
周明, 李琼. 题名[J]. 俄罗斯东欧中亚研究, 2024, 12(3): 45-67.
SMITH J, DOE A. Title[M]. 2nd ed. London: Routledge, 2019: 23-25.
张三. 题名[C]//李四. 论文集. 北京: 出版社, 2020: 1-10.
题名[EB/OL]. (2023-05-01)[2023-10-28]. https://…
"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import Draft, unwrap

NAME = "gbt7714"

#: Type code -> CSL type. [J] journal, [M] book, [D] thesis, [C] proceedings, [N] newspaper, [R] report, …
TYPES = {
    "J": "article-journal",
    "M": "book",
    "D": "thesis",
    "C": "paper-conference",
    "N": "article-newspaper",
    "R": "report",
    "EB": "webpage",
    "OL": "webpage",
    "Z": "document",
    "S": "document",
    "P": "document",
    "G": "book",
    "A": "chapter",
    "DB": "document",
    "CP": "document",
    "A/OL": "chapter",
}

#: "Authors. Title[J]" — authors end at the first ". " before the title; the title runs to the code.
HEAD = regex.compile(
    r"^(?:(?P<authors>[^.。\[]{1,200}?)[.。]\s*)?(?P<title>[^\[]+?)\s*\[(?P<code>[A-Z]{1,2})(?:/OL)?\]\s*"
)
#: Journal details: "俄罗斯东欧中亚研究, 2024, 12(3): 45-67" or "Journal, 2020(4): 5-9".
JOURNAL = regex.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<year>\d{4})\s*(?:[,，]\s*(?P<volume>\d+))?\s*"
    r"(?:[(（]\s*(?P<issue>[^)）]+?)\s*[)）])?\s*(?:[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
#: Publication details: "London: Routledge, 2019: 23-25", "新疆大学,2019".
PUBLICATION = regex.compile(
    r"(?:(?P<place>[^:：,，.]{2,40}?)\s*[:：]\s*)?(?P<publisher>[^:：,，]{2,80}?)\s*[,，]\s*(?P<year>\d{4})"
    r"(?:\s*[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
#: Newspaper: "人民日报, 2023-05-01(3)".
NEWSPAPER = regex.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*(?:\((?P<page>[^)]+)\))?"
)


def parse(text: str) -> Draft | None:
    """Parse a GB/T 7714 reference, or None when it carries no type code."""
    head = HEAD.match(text)
    if not head:
        return None
    code = head["code"]
    draft: Draft = {"title": unwrap(head["title"]), "genre": TYPES.get(code, "document")}
    if head["authors"]:
        draft["author"] = head["authors"]
    rest = text[head.end() :].lstrip(".。 ")
    if rest.startswith("//"):
        # "[C]//Editor. Book title. Place: Publisher, Year: pages"
        container = rest[2:].split(". ", 2)
        if len(container) >= 2:
            draft.update(editor=container[0], container_title=unwrap(container[1]))
            rest = container[2] if len(container) > 2 else ""
        if draft["genre"] == "book":
            draft["genre"] = "chapter"
    if draft["genre"] == "article-journal" and (match := JOURNAL.match(rest)):
        draft.update({k: v for k, v in match.groupdict().items() if v})
        draft["container_title"] = unwrap(match["container"])
    elif draft["genre"] == "article-newspaper" and (match := NEWSPAPER.match(rest)):
        draft.update(container_title=unwrap(match["container"]), year=match["date"][:4])
        if match["page"]:
            draft["page"] = match["page"]
    elif match := PUBLICATION.search(rest):
        draft.update({k: v.strip() for k, v in match.groupdict().items() if v})
    return draft
