"""GB/T 7714 (the Chinese national standard), recognised by its type codes:

王凯. 纳扎尔巴耶夫外交思想探析[D].新疆大学,2019.
周明, 李琼. 题名[J]. 俄罗斯东欧中亚研究, 2024, 12(3): 45-67.
SMITH J, DOE A. Title[M]. 2nd ed. London: Routledge, 2019: 23-25.
张三. 题名[C]//李四. 论文集. 北京: 出版社, 2020: 1-10.
题名[EB/OL]. (2023-05-01)[2023-10-28]. https://…
邓铭江, 龙爱华, 等, 2010. 题名[J]. 地球科学进展, 25(12): 1347-1356.   (著者-出版年制: the year after the names)
"""

from __future__ import annotations

import regex

from cite.names import is_organisation
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
    "A": "document",  # 档案 in GB/T 7714-2015; the 2005 edition's part of a book, which "[A]//" still gives
    "DB": "document",
    "CP": "document",
}

#: Everything before the type code, then the code: "HARTLEY E. NAZAROV T. Water Diplomacy[J/OL]".
HEAD = regex.compile(r"^(?P<front>[^\[]+?)\s*\[(?P<code>[A-Z]{1,2})(?:/OL)?\]\s*")
#: One name as GB/T writes it: "王凯", "谢尔盖·彼得罗夫", a body "全国信息与文献标准化技术委员会", "昂温 P S", "HARTLEY E", "KIM S H", "ИВАНОВ А", "Жильцов С С", "等", "et al".
NAME = regex.compile(
    r"^(?:[\p{Han}·]{2,40}|[\p{Han}·]{1,12}\s+\p{Lu}(?:\s+\p{Lu}){0,2}|等|et al|[\p{Lu}][\p{Lu}'’ -]*[\p{Lu}](?:\s+[\p{Lu}]{1,3})+|[\p{Lu}][\p{L}'’-]+,?\s+[\p{Lu}]\.?(?:\s?[\p{Lu}]\.?){0,2})$"
)
#: An organisation author in capitals: "INTERNATIONAL CRISIS GROUP", "РОССИЙСКИЙ СОВЕТ ПО МЕЖДУНАРОДНЫМ ДЕЛАМ", "ISO".
CAPITALS = regex.compile(r"^[\p{Lu}][\p{Lu}\s'’&-]{2,}$")
#: A segment separator inside the part before the code: ". " or "。", or a full stop between Han characters (or
#: before a quoted or bracketed Han title), as entries typed without spaces have it: "李明,王强.中亚能源合作研究",
#: "李兴,耿捷.“一带一路”与…".
SEGMENT = regex.compile(r"(?<=[^\s.])[.。]\s+|(?<=\p{Han})[.。](?=[“‘《（(]?\p{Han})")
#: A report's, standard's or patent's number closing the title, which GB/T writes as other title information:
#: "…Escalation: 321", "信息与文献 参考文献著录规则: GB/T 7714—2015", "全智能节电器: 200610171314.3", "…: ISO 690:2010";
#: Latin letters and digits only, so a Chinese subtitle stays in the title: "现场总线规范: 第1部分", "2019年回顾与展望".
NUMBER = regex.compile(r"[:：]\s*(?:[A-Z]{2,5}(?:/[A-Z])?\s+)?[A-Za-z0-9_-]*\d[A-Za-z0-9_.—–-]*(?::(?:19|20)\d\d)?$")
#: The type codes whose title may close with such a number: report, standard, patent.
NUMBERED = ("R", "S", "P")
#: A volume closing a book's title: "习近平谈治国理政: 第3卷", "国史旧闻: 第1卷" (GB/T 7714-2015, 8.1.3).
TITLE_VOLUME = regex.compile(r"\s*[:：]\s*第\s*(?P<volume>\d+)\s*[卷册]$")
#: A date alone after the code, as a patent's publication date: "[P]. 2006-12-13".
DATE_ONLY = regex.compile(r"^\(?(?P<year>\d{4})-\d{1,2}-\d{1,2}\)?")
#: A translator after the code: "MARSH H, 译. ", "马丽, 译. ".
TRANSLATOR = regex.compile(r"^(?P<translator>[^.。]+?)\s*[,，]?\s*(?:译|trans)\.?\s*[.。]\s*")
#: A role after the names, as GB/T writes an editor: "SMITH J, ed", "GRAHAM G, eds", "李四, 主编", "王五, 译".
ROLE = regex.compile(r"^(?:eds?\.?|trans\.?|主编|编|编著|译)$")
#: An editor's role closing the names, which GB/T may print (2015, 8.1.1): "邢广程, 主编", "邢广程主编", "SMITH J, ed".
EDITED = regex.compile(r"(?:主编|(?<![编著])编|\beds?\.?)$")
#: A comma between names in a segment: ", " in "HARTLEY E, NAZAROV T", "，" in "王凯，李明".
NAME_COMMA = regex.compile(r"\s*[,，]\s*")


#: The year closing the names in 著者-出版年制: ", 2010" in "邓铭江, 龙爱华, 等, 2010", ", 2019a" in "SMITH J, 2019a".
#: The year as a segment of its own after the names, as GB/T 7714-2005 writes author-date entries: "1992".
BARE_YEAR = regex.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)[a-z]?$")
AUTHOR_YEAR = regex.compile(r"\s*[,，]\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?$")


def split_names(front: str, keep: int = 1) -> tuple[str, str, str]:
    """(authors, rest, year): the leading ". "-separated segments that are names, what follows them, and the
    year an author-year list writes after the names. The last `keep` segments are never names."""
    segments = SEGMENT.split(front)
    names: list[str] = []
    published = ""
    for segment in segments[: len(segments) - keep]:
        if names and (bare := BARE_YEAR.match(segment)):
            published = bare["year"]  # GB/T 7714-2005 author-date: "唐云. 1992. 题名[M]"
            return ", ".join(names), ". ".join(segments[len(names) + 1 :]), published
        if dated := AUTHOR_YEAR.search(segment):
            segment, published = segment[: dated.start()], dated["year"]
        parts = [p.strip() for p in NAME_COMMA.split(segment) if p.strip()]
        whole_name = NAME.match(segment)  # "Smith, J" written family-first
        listed = parts and all(NAME.match(p) or ROLE.match(p) for p in parts) and not all(ROLE.match(p) for p in parts)
        # an author-year list's first segment is its 主要责任者 whatever the names look like: "World Bank, 2020"; so
        # is a body's name before the title: "World Bank. Belt and Road economics[R]", "Министерство … Казахстан."
        body = not names and (CAPITALS.match(segment) or published or is_organisation(segment))
        if whole_name or listed or body:
            names.append(segment)
            if published:
                break  # the year closes the list of names
        else:
            published = ""
            break
    return ", ".join(names), ". ".join(segments[len(names) :]), published


#: Journal details: "俄罗斯东欧中亚研究, 2024, 12(3): 45-67", "Journal, 2020(4): 5-9"; in an author-year list,
#: where the year stands after the names, "地球科学进展, 25(12): 1347-1356", or with no volume "Вопросы экономики(3):
#: 45-60" (but "兰州大学学报(社会科学版), 2014(1)" keeps its bracket).
JOURNAL = regex.compile(
    r"^(?P<container>[^,，]+?)\s*(?:[,，]\s*(?:(?P<year>\d{4})\s*(?:[,，]\s*|(?=[(（]|$)))?|(?=[(（][^)）]+[)）]\s*(?:[:：]|$)))"
    r"(?P<volume>\d+)?\s*"
    r"(?:[(（]\s*(?P<issue>[^)）]+?)\s*[)）])?\s*(?:[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
#: Publication details: "London: Routledge, 2019: 23-25", "新疆大学,2019" (a publisher has a letter: "London:
#: 101-123" is a place and pages).
PUBLICATION_DETAILS = (
    r"(?:(?P<publisher_place>[^:：,，.]{2,40}?(?:,\s*[A-Z]{2})?)\s*[:：]\s*)?(?P<publisher>(?=[^:：,，]*\p{L})[^:：,，\s][^:：,，]{0,79}?)\s*{year}"
    r"(?:\s*[:：]\s*(?P<page>[\d\s\-–—,+]+))?"
)
PUBLICATION = regex.compile(PUBLICATION_DETAILS.replace("{year}", r"[,，]\s*(?P<year>\d{4})"))
#: The same in an author-year list, whose year stands after the names: "北京: 北京大学出版社: 88-96", "London: X".
PUBLICATION_UNDATED = regex.compile(PUBLICATION_DETAILS.replace("{year}", "") + r"\s*$")
#: The colon after the place of publication: "北京: 出版社", "London: X" (not "Title: Subtitle", which has a space).
PLACE_COLON = regex.compile(r"^[^:：\s]{2,40}\s*[:：]")
#: Newspaper: "人民日报, 2023-05-01(3)", or with the date as Chinese writes it: "人民日报, 2023年5月18日(6)".
NEWSPAPER = regex.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:[(（](?P<page>[^)）]+)[)）]|[:：]\s*(?P<page>\d+))?"
)


def parse(text: str) -> Draft | None:
    """Parse a GB/T 7714 reference, or None when it carries no type code."""
    head = HEAD.match(text)
    if not head:
        return None
    code = head["code"]
    authors, title, published = split_names(head["front"].strip())
    genre = TYPES.get(code, "document")
    if code in NUMBERED:
        title = NUMBER.sub("", title)
    draft: Draft = {"title": unwrap(title), "genre": genre}
    if volume := TITLE_VOLUME.search(title):
        draft.update(title=unwrap(title[: volume.start()]), volume=volume["volume"])
    if authors:
        draft["editor" if EDITED.search(authors) else "author"] = authors
    rest = text[head.end() :].lstrip(".。 ")
    if rest.startswith("//") and genre == "webpage":
        # "[EB/OL]//Site. (date)[accessed]"
        container, _, rest = rest[2:].partition(". ")
        draft["container_title"] = unwrap(container)
    elif rest.startswith("//"):
        # "[C]//Editor. Book title. Place: Publisher, Year: pages": the book's responsible persons, its title, its
        # publication; the segment before the publication is the title even when it looks like a name
        whole = rest[2:]
        last = SEGMENT.split(whole)[-1]
        keep = 2 if PUBLICATION.search(last) or PLACE_COLON.search(last) else 1
        editors, book, _ = split_names(whole, keep)
        if not editors and len(SEGMENT.split(whole)) > keep:
            # a body responsible for the proceedings: "//American Society of Mechanical Engineers. Symposium on …"
            editors, _, book = book.partition(". ")
        book, _, rest = book.partition(". ")
        draft.update(editor=editors, container_title=unwrap(book))
        draft["genre"] = "chapter" if genre == "book" or code == "A" else genre
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
    elif match := PUBLICATION.search(rest) or (published and PUBLICATION_UNDATED.search(rest)):
        draft.update({k: v.strip() for k, v in match.groupdict().items() if v})
    elif match := DATE_ONLY.match(rest):
        draft["year"] = match["year"]
    if published:
        draft["year"] = published
    return draft
