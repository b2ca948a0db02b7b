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

#: Everything before the type code, then the code: "HARTLEY E. NAZAROV T. Water Diplomacy[J/OL]".
HEAD = regex.compile(r"^(?P<front>[^\[]+?)\s*\[(?P<code>[A-Z]{1,2})(?:/OL)?\]\s*")
#: One name as GB/T writes it: "王凯", "谢尔盖·彼得罗夫", "HARTLEY E", "KIM S H", "ИВАНОВ А", "等", "et al".
NAME = regex.compile(
    r"^(?:[\p{Han}·]{2,12}|等|et al|[\p{Lu}][\p{Lu}'’ -]*[\p{Lu}](?:\s+[\p{Lu}]{1,3})+|[\p{Lu}][\p{L}'’-]+,?\s+[\p{Lu}](?:\.\s?[\p{Lu}])*\.?)$"
)
#: An organisation author in capitals: "INTERNATIONAL CRISIS GROUP", "РОССИЙСКИЙ СОВЕТ ПО МЕЖДУНАРОДНЫМ ДЕЛАМ".
CAPITALS = regex.compile(r"^[\p{Lu}][\p{Lu}\s'’&-]{3,}$")
#: A segment separator inside the part before the code: ". " or "。".
SEGMENT = regex.compile(r"(?<=[^\s.])[.。]\s+")
#: A report number glued to the title: "…Escalation: 321".
REPORT_NUMBER = regex.compile(r"[:：]\s*[\w-]*\d[\w-]*$")
#: A translator after the code: "MARSH H, 译. ", "马丽, 译. ".
TRANSLATOR = regex.compile(r"^(?P<translator>[^.。]+?)\s*[,，]?\s*(?:译|trans)\.?\s*[.。]\s*")
#: A comma between names in a segment: ", " in "HARTLEY E, NAZAROV T", "，" in "王凯，李明".
NAME_COMMA = regex.compile(r"\s*[,，]\s*")


def split_names(front: str) -> tuple[str, str]:
    """(authors, rest): the leading ". "-separated segments that are names, and what follows them."""
    segments = SEGMENT.split(front)
    names: list[str] = []
    for segment in segments[:-1]:
        parts = [p.strip() for p in NAME_COMMA.split(segment) if p.strip()]
        whole_name = NAME.match(segment)  # "Smith, J" written family-first
        if whole_name or (parts and all(NAME.match(p) for p in parts)) or (not names and CAPITALS.match(segment)):
            names.append(segment)
        else:
            break
    return ", ".join(names), ". ".join(segments[len(names) :])


#: Journal details: "俄罗斯东欧中亚研究, 2024, 12(3): 45-67" or "Journal, 2020(4): 5-9".
JOURNAL = regex.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<year>\d{4})\s*(?:[,，]\s*(?P<volume>\d+))?\s*"
    r"(?:[(（]\s*(?P<issue>[^)）]+?)\s*[)）])?\s*(?:[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
#: Publication details: "London: Routledge, 2019: 23-25", "新疆大学,2019".
PUBLICATION = regex.compile(
    r"(?:(?P<publisher_place>[^:：,，.]{2,40}?(?:,\s*[A-Z]{2})?)\s*[:：]\s*)?(?P<publisher>[^:：,，]{2,80}?)\s*[,，]\s*(?P<year>\d{4})"
    r"(?:\s*[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
#: Newspaper: "人民日报, 2023-05-01(3)".
NEWSPAPER = regex.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*(?:\((?P<page>[^)]+)\)|[:：]\s*(?P<page>\d+))?"
)


def parse(text: str) -> Draft | None:
    """Parse a GB/T 7714 reference, or None when it carries no type code."""
    head = HEAD.match(text)
    if not head:
        return None
    code = head["code"]
    authors, title = split_names(head["front"].strip())
    genre = TYPES.get(code, "document")
    if genre == "report":
        title = REPORT_NUMBER.sub("", title)
    draft: Draft = {"title": unwrap(title), "genre": genre}
    if authors:
        draft["author"] = authors
    rest = text[head.end() :].lstrip(".。 ")
    if rest.startswith("//"):
        # "[M]//Editor. Book title. Place: Publisher, Year: pages" or "[EB/OL]//Site. (date)[accessed]"
        container, _, rest = rest[2:].partition(". ")
        if genre == "webpage":
            draft["container_title"] = unwrap(container)
        else:
            editors, book = split_names(f"{container}. {rest}")
            book, _, rest = book.partition(". ")
            draft.update(editor=editors, container_title=unwrap(book))
            draft["genre"] = "chapter" if genre in ("book", "chapter") else genre
    if match := TRANSLATOR.match(rest):
        draft["translator"] = match["translator"]
        rest = rest[match.end() :]
    if genre == "article-journal" and (match := JOURNAL.match(rest)):
        draft.update({k: v for k, v in match.groupdict().items() if v})
        draft["container_title"] = unwrap(match["container"])
    elif genre == "article-newspaper" and (match := NEWSPAPER.match(rest)):
        draft.update(container_title=unwrap(match["container"]), year=match["date"][:4])
        if match["page"]:
            draft["page"] = match["page"]
    elif match := PUBLICATION.search(rest):
        draft.update({k: v.strip() for k, v in match.groupdict().items() if v})
    return draft
