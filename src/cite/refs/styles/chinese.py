"""Chinese note style (《中国社会科学》, GB/T 7714 notes as journals print them):

孙通、刘昌明：《题名》，载《世界经济与政治论坛》2021 年第 7 期。
倪峰，达巍等：“题名”，《国际经济评论》，2022年第3期，第38页。
斯蒂芬·沃尔特：《联盟的起源》，上海：上海人民出版社， 2018年，第179-180页。
[美] 兹比格纽·布热津斯基:《大棋局…》, 中国国际问题研究所译, 上海人民出版社 1998 年版, 第 55 页。
傅简单：《题名》，战略支援部队信息工程大学硕士学位论文，2021年，第25-36页。
《哈萨克斯坦简史》，第242页。   (a short repeat)
"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import CN_ISSUE, CN_PAGES, CN_VOLUME, CN_YEAR, CN_YEAR_ISSUE, Draft, unwrap

NAME = "chinese"

#: Authors before a colon and a title mark: "孙通、刘昌明：《", "[美] 兹比格纽·布热津斯基:《", "倪峰，达巍等：“".
AUTHORS = regex.compile(r"^(?P<authors>[^《“\"：:]{1,80}?)\s*[：:]\s*(?=[《“\"‘])")
#: The title: "《…》" (books, articles) or "“…”" (articles); nested marks inside are kept.
TITLE = regex.compile(r"《(?P<title>(?:[^《》]|《[^《》]*》)+)》|[“\"](?P<title>(?:[^“”\"]|“[^“”]*”)+)[”\"’]")
#: The container after the title: "，载《…》", "，载于 X 主编：《…》", "，《…》".
CONTAINER = regex.compile(
    r"^\s*[，,]?\s*(?:载于?|收入|见)?\s*(?:(?P<editor>[^《，,：:]{1,60}?)\s*(?:主编|编|编著)\s*[：:，,]?\s*)?"
    r"《(?P<container>(?:[^《》]|《[^《》]*》)+)》"
)
#: Place and publisher: "上海：上海人民出版社", "北京: 社会科学文献出版社".
PLACE_PUBLISHER = regex.compile(r"(?P<place>\p{Han}{2,8})\s*[：:]\s*(?P<publisher>[^，,。：:\d]{2,40})")
#: A publisher without a place: "上海人民出版社 1998 年版", "，中华书局，".
PUBLISHER = regex.compile(r"(?P<publisher>[^\s，,。：:]{2,30}(?:出版社|书局|书店|印书馆|出版公司|出版集团|出版中心))")
#: A translator: "中国国际问题研究所译", "张三、李四译", "王五 译".
TRANSLATOR = regex.compile(r"[，,]\s*(?P<translator>[^，,。：:《》]{2,40}?)\s*(?:译|翻译|译校|编译)\s*(?=[，,。]|$)")
#: A thesis: "外交学院博士毕业论文", "新疆大学硕士学位论文".
THESIS = regex.compile(
    r"(?P<school>[^\s，,。：:]{2,40}?)\s*(?P<degree>博士|硕士)(?:学位)?(?:毕业)?论文"
    r"|(?P<degree>博士|硕士)(?:学位)?(?:毕业)?论文\s*[，,]\s*(?P<school>[^，,。：:\d]{2,40})"
)
#: A conference paper: "全球化与亚太区域化国际研讨会论文，天津，2000年6月".
CONFERENCE = regex.compile(r"(?P<event>[^，,。：:]{2,60}?(?:会议|研讨会|论坛|年会))(?:论文|发言|报告)")
REPORT = regex.compile(r"研究报告|报告|白皮书|蓝皮书")
#: Roles written after names before the colon: "列宁著，中共中央编译局译", "王缉思主编".
ROLE_SUFFIX = regex.compile(r"^(?P<names>.+?)\s*(?P<role>主编|编著|编|著|译|等译|合著)$")
ROLE_FIELDS = {
    "主编": "editor",
    "编著": "author",
    "编": "editor",
    "著": "author",
    "译": "translator",
    "等译": "translator",
    "合著": "author",
}
#: A site, agency or newspaper named right after the title, perhaps after a note on the title: "，新华网，",
#: "，哈通社，", "（全文），哈萨克斯坦驻华使馆网站，".
SITE = regex.compile(
    r"^\s*(?:[（(][^（）()]{1,12}[）)])?\s*[，,]\s*(?P<site>[^，,。《》\d：:]{2,24}?(?:网|网站|官网|(?<!出版)社|客户端|新闻|电视台))\s*(?=[，,。]|$)"
)
#: A full date: "2023年5月19日".
CN_DATE = regex.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: A newspaper page: "第3版".
CN_EDITION_PAGE = regex.compile(r"第\s*(?P<page>\d+)\s*版")
#: A separator before the last part when it carries a role: "，" in "列宁著，中共中央编译局译".
ROLE_SEPARATOR = regex.compile(r"\s*[，,；;]\s*(?=[^，,；;]+(?:著|译|编)$)")


def parse(text: str) -> Draft | None:
    """Parse a Chinese-style reference, or None when there is no title mark to anchor on."""
    authors = AUTHORS.match(text)
    title_at = authors.end() if authors else 0
    title = TITLE.match(text, title_at) if authors else TITLE.search(text)
    if not title:
        return None
    draft: Draft = {}
    if authors:
        _roles(authors["authors"], draft)
    elif title.start() > 0 and text[: title.start()].strip(" ，,。."):
        # a headline that contains a title: "托卡耶夫批准《2020-2030年外交政策纲要》"
        head = text[: title.end()].strip()
        if not text[title.end() :].strip(" ，,。.") or "《" not in text[title.end() :]:
            draft["title"] = head
            _details(text[title.end() :], draft)
            return draft
    draft["title"] = title["title"]
    rest = text[title.end() :]
    container = CONTAINER.match(rest)
    if not container and (site := SITE.match(rest)):
        draft["container_title"] = site["site"].strip()
        rest = rest[site.end() :]
        if date := CN_DATE.search(rest):
            draft["web_date"] = date.group()
    if container:
        draft["container_title"] = unwrap(container["container"])
        if container["editor"]:
            draft.update(editor=container["editor"], genre="chapter")
        rest = rest[container.end() :]
    _details(rest, draft)
    return draft


def _details(rest: str, draft: Draft) -> None:
    """Year, volume, issue, pages, publisher, place, translator, thesis school from the tail."""
    if match := CN_YEAR_ISSUE.search(rest):
        draft.update(year=match["year"], issue=match["issue"])
        if match["vol"]:
            draft["volume"] = match["vol"]
    else:
        if match := CN_ISSUE.search(rest):
            draft["issue"] = match["issue"]
        if match := CN_YEAR.search(rest):
            draft["year"] = match["year"]
    if "volume" not in draft and (match := CN_VOLUME.search(rest)):
        draft["volume"] = match["vol"]
    if match := CN_PAGES.search(rest) or CN_EDITION_PAGE.search(rest):
        draft["page"] = match["page"]
    # each pattern below tries every start of the text, so a word it cannot match without is looked for first
    if "译" in rest and (match := TRANSLATOR.search(rest)):
        draft["translator"] = match["translator"]
    if "论文" in rest and (match := THESIS.search(rest)):
        draft.update(publisher=match["school"].strip(), genre="thesis")
    elif ("会" in rest or "论坛" in rest) and (match := CONFERENCE.search(rest)):
        draft.update(container_title=match["event"].strip(), genre="paper-conference")
    elif (":" in rest or "：" in rest) and (match := PLACE_PUBLISHER.search(rest)):
        draft.update(publisher_place=match["place"], publisher=match["publisher"].strip())
    elif ("出版" in rest or "书" in rest) and (match := PUBLISHER.search(rest)):
        draft["publisher"] = match["publisher"]
    if REPORT.search(rest):
        draft.setdefault("genre", "report")
    if draft.get("container_title") and draft.get("publisher") and "genre" not in draft:
        draft["genre"] = "chapter"  # "《文章》，《论文集》，香港：宏业书局，1980年": a part of a published book


def _roles(authors: str, draft: Draft) -> None:
    """Authors, editors and translators from "甲著，乙译" / "丙主编" / "丁、戊"."""
    for part in ROLE_SEPARATOR.split(authors):
        role = ROLE_SUFFIX.match(part)
        if role:
            key = ROLE_FIELDS[role["role"]]
            draft[key] = f"{draft[key]}、{role['names']}" if key in draft else role["names"]
        else:
            draft["author"] = f"{draft['author']}、{part}" if "author" in draft else part
