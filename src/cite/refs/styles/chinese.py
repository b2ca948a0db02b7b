"""Chinese note style (《中国社会科学》, GB/T 7714 notes as journals print them):

孙通、刘昌明：《题名》，载《世界经济与政治论坛》2021 年第 7 期。
倪峰，达巍等：“题名”，《国际经济评论》，2022年第3期，第38页。
斯蒂芬·沃尔特：《联盟的起源》，上海：上海人民出版社， 2018年，第179-180页。
[美] 兹比格纽·布热津斯基:《大棋局…》, 中国国际问题研究所译, 上海人民出版社 1998 年版, 第 55 页。
傅简单：《题名》，战略支援部队信息工程大学硕士学位论文，2021年，第25-36页。
《哈萨克斯坦简史》，第242页。   (a short repeat)

and Japanese items inside such notes, with 「」 for an article and 『』 for a book or journal:
山内昌之『中央アジアの歴史』東京:講談社,1995年,20頁。
宇山智彦「カザフスタンの権威主義体制」『スラヴ研究』第52号、2005年、1—30頁。

and Western books as these journals' guides write them, commas only, the place and publisher unbracketed:
Robert O. Keohane, After Hegemony: Cooperation and Discord, Princeton: Princeton University Press, 1984, p. 57.
"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import CN_ISSUE, CN_PAGES, CN_VOLUME, CN_YEAR, CN_YEAR_ISSUE, Draft, unwrap

NAME = "chinese"

#: Authors before a colon and a title mark: "孙通、刘昌明：《", "[美] 兹比格纽·布热津斯基:《", "倪峰，达巍等：“"; in Japanese
#: right before the mark: "山内昌之『", "宇山智彦編「"; a body named after its paper keeps the paper's marks:
#: "《人民日报》评论员：《", "《中国社会科学》编辑部：《".
AUTHORS = regex.compile(
    r"^(?P<authors>(?:《[^《》]{1,20}》(?=\p{Han}))?[^《“\"：:『「]{1,80}?)\s*[：:]\s*(?=[《“\"‘『「])"
    r"|^(?P<authors>[^《“\"：:『「，,。]{2,40}?)(?=[『「])"
)
#: The title: "《…》" (books, articles) or "“…”" (articles), Japanese "『…』" (books) or "「…」" (articles); nested
#: marks inside are kept.
TITLE = regex.compile(
    r"《(?P<title>(?:[^《》]|《[^《》]*》)+)》|[“\"](?P<title>(?:[^“”\"]|“[^“”]*”)+)[”\"’]"
    r"|『(?P<title>[^『』]+)』|「(?P<title>[^「」]+)」"
)
#: The container after the title: "，载《…》", "，载于 X 主编：《…》", "，《…》".
CONTAINER = regex.compile(
    r"^\s*[，,、]?\s*(?:载于?|收入|见)?\s*(?:(?P<editor>[^《『，,：:]{1,60}?)\s*(?:主编|编|编著|編)\s*[：:，,]?\s*)?"
    r"(?:《(?P<container>(?:[^《》]|《[^《》]*》)+)》|『(?P<container>[^『』]+)』)"
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
#: A conference paper, then perhaps where it was held: "全球化与亚太区域化国际研讨会论文，天津，2000年6月" (《中国社会科学》:
#: 会议名称，会议地点，召开时间).
CONFERENCE = regex.compile(
    r"(?P<event>[^，,。：:]{2,60}?(?:会议|研讨会|论坛|年会))(?:论文|发言|报告)(?:\s*[，,]\s*(?P<place>\p{Han}{2,8})(?=\s*[，,]\s*\d))?"
)
REPORT = regex.compile(r"研究报告|报告|白皮书|蓝皮书")
#: Roles written after names before the colon: "列宁著，中共中央编译局译", "王缉思主编", Japanese "宇山智彦編", "訳".
ROLE_SUFFIX = regex.compile(r"^(?P<names>.+?)\s*(?P<role>主编|编著|编|著|译|等译|合著|編著|編|監修|訳)$")
ROLE_FIELDS = {
    "編著": "author",
    "編": "editor",
    "監修": "editor",
    "訳": "translator",
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
#: A site named as a website, not a news outlet: "哈萨克斯坦外交部网站", "商务部官网".
WEBSITE = regex.compile(r"(?:网站|官网)$")
#: A newspaper page: "第3版".
CN_EDITION_PAGE = regex.compile(r"第\s*(?P<page>\d+)\s*版")
#: A journal's year and issue as GB/T writes them, in a Chinese note: "2019(3)", "2019（3）".
YEAR_BRACKET_ISSUE = regex.compile(r"(?P<year>(?:19|20)\d\d)\s*[(（]\s*(?P<vol>)(?P<issue>\d+)\s*[)）]")
#: A year without 年 between commas or closing the reference: "，社会科学文献出版社，2020。", "…出版社，2004，第77页".
BARE_YEAR = regex.compile(r"[，,]\s*(?P<year>(?:1[5-9]|20)\d\d)\s*(?:[，,。.]|$)")
#: The place in brackets before a publisher: "(北京)" in "(北京)中信出版社".
BRACKETED_PLACE = regex.compile(r"^[(（](?P<place>\p{Han}{2,8})[)）]")
#: Japanese pages, issue and volume: "20頁", "1—30頁", "第52号", "第3巻".
JA_PAGES = regex.compile(r"(?P<page>\d+(?:\s*[-–—~～]\s*\d+)?)\s*頁")
JA_ISSUE = regex.compile(r"第?\s*(?P<issue>\d+)\s*号")
JA_VOLUME = regex.compile(r"第?\s*(?P<vol>\d+)\s*巻")
#: A Japanese publisher: "講談社", "中央公論新社", "岩波書店", "東京大学出版会", "ミネルヴァ書房" (not the series before it:
#: "(講談社現代新書)講談社").
JA_PUBLISHER = regex.compile(
    r"(?P<publisher>[^\s、，,。：:\d『』「」()（）]{1,20}?(?:出版会|出版社|書店|書房|社))(?=\s*[、，,。]|\s*\d|$)"
)
#: Prose before the names, saying where the source comes from: "这一数据来自", "转引自", "参见", "详见", "见".
LEAD_IN = regex.compile(
    r"^\s*(?:[^、，,：:《》]{0,16}?(?:来自|来源于|引自|出自|源自|参见|详见|参阅|参看|另见|又见)|见)\s*[:：]?\s*(?=\S{2})"
)
#: A separator before the last part when it carries a role: "，" in "列宁著，中共中央编译局译".
ROLE_SEPARATOR = regex.compile(r"\s*[，,；;]\s*(?=[^，,；;]+(?:著|译|编)$)")


def parse(text: str, has_url: bool = True) -> Draft | None:
    """Parse a Chinese-style reference, or None when there is no title mark to anchor on. Without a URL (`has_url`
    False) a site or agency named after the title is a newspaper's place of the item, its date the publication's."""
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
    japanese = title.group().startswith(("『", "「"))
    container = CONTAINER.match(rest)
    if not container and (site := SITE.match(rest)):
        draft["container_title"] = site["site"].strip()
        rest = rest[site.end() :]
        if (date := CN_DATE.search(rest)) and has_url:
            draft["web_date"] = date.group()
        elif not has_url:  # "新华社:《…》,新华网,2022年9月14日。": news, dated, no link; "…，外交部网站，…": a web page
            draft["genre"] = "webpage" if WEBSITE.search(draft["container_title"]) else "article-newspaper"
    if container:
        draft["container_title"] = unwrap(container["container"])
        if container["editor"]:
            draft.update(editor=container["editor"], genre="chapter")
        rest = rest[container.end() :]
    _details(rest, draft)
    if japanese:
        _japanese_details(rest, draft)
        if title.group().startswith("『") or (container and container.group().rstrip().endswith("』")):
            draft["language"] = "ja"  # 『』 mark Japanese titles, in kanji only too: "『北方領土問題』"
    return draft


def _japanese_details(rest: str, draft: Draft) -> None:
    """Pages, issue, volume and publisher as Japanese prints them: "第52号、2005年、1—30頁", "講談社、1995年"."""
    for key, pattern, word, group in (
        ("page", JA_PAGES, "頁", "page"),
        ("issue", JA_ISSUE, "号", "issue"),
        ("volume", JA_VOLUME, "巻", "vol"),
    ):
        if key not in draft and word in rest and (match := pattern.search(rest)):
            draft[key] = match[group]
    journal = "issue" in draft or "volume" in draft
    if "publisher" not in draft and not journal and (match := JA_PUBLISHER.search(rest)):
        draft["publisher"] = match["publisher"]


def _details(rest: str, draft: Draft) -> None:
    """Year, volume, issue, pages, publisher, place, translator, thesis school from the tail."""
    journal = draft.get("container_title") and ("(" in rest or "（" in rest)
    if match := CN_YEAR_ISSUE.search(rest) or (journal and YEAR_BRACKET_ISSUE.search(rest)):
        draft.update(year=match["year"], issue=match["issue"])
        if match["vol"]:
            draft["volume"] = match["vol"]
    else:
        if match := CN_ISSUE.search(rest):
            draft["issue"] = match["issue"]
        if match := CN_YEAR.search(rest) or BARE_YEAR.search(rest):
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
        if match["place"]:
            draft["publisher_place"] = match["place"]
    elif (":" in rest or "：" in rest) and (match := PLACE_PUBLISHER.search(rest)):
        draft.update(publisher_place=match["place"], publisher=match["publisher"].strip())
    elif ("出版" in rest or "书" in rest) and (match := PUBLISHER.search(rest)):
        draft["publisher"] = match["publisher"]
        if place := BRACKETED_PLACE.match(match["publisher"]):  # "(北京)中信出版社"
            draft.update(publisher_place=place["place"], publisher=match["publisher"][place.end() :])
    if REPORT.search(rest):
        draft.setdefault("genre", "report")
    if draft.get("container_title") and draft.get("publisher") and "genre" not in draft:
        draft["genre"] = "chapter"  # "《文章》，《论文集》，香港：宏业书局，1980年": a part of a published book


def _roles(authors: str, draft: Draft) -> None:
    """Authors, editors and translators from "甲著，乙译" / "丙主编" / "丁、戊"; a prose lead-in is not a name."""
    for part in ROLE_SEPARATOR.split(LEAD_IN.sub("", authors)):
        role = ROLE_SUFFIX.match(part)
        if role:
            key = ROLE_FIELDS[role["role"]]
            draft[key] = f"{draft[key]}、{role['names']}" if key in draft else role["names"]
        else:
            draft["author"] = f"{draft['author']}、{part}" if "author" in draft else part


#: A name written given name first: "Robert O. Keohane", "Tang Shiping", "Е. М. Примаков", "Jaap de Wilde", "Joseph
#: S. Nye, Jr." (two to four words or initials, the last a word, perhaps after a particle, perhaps with a suffix).
_GIVEN_FIRST = (
    r"(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}'’-]+\s)(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}'’-]+\s){0,2}"
    r"(?:(?:de|van|von|der|den|du|da|di|le|la|bin|ibn|al)\s){0,2}\p{Lu}[\p{Ll}'’-]+(?:,\s(?:Jr|Sr)\.)?"
)
#: A place of publication, perhaps with its state: "New York", "Washington, D.C.", "Boulder, CO", "Cambridge, Mass.".
_PLACE = r"\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}(?:,\s?(?:\p{Lu}{2}|\p{Lu}\.\s?\p{Lu}\.|\p{Lu}\p{Ll}{1,4}\.))?"
#: Names joined by "and" before the last: "Samuel Charap and Timothy J. Colton", "Barry Buzan, Ole Wæver and …".
_NAMES = rf"{_GIVEN_FIRST}(?:(?:,\s{_GIVEN_FIRST})*,?\s(?:and|и)\s{_GIVEN_FIRST})?"
#: A Western book in a Chinese journal's note: "Samuel Charap and Timothy J. Colton, Everyone Loses: The Ukraine
#: Crisis, London: Routledge, 2017, p. 9." (names, perhaps ", ed.", the title, perhaps its translator, edition or
#: report series — ", trans. George Schwab", ", 5th ed.", ", Europe and Central Asia Report No. 233", ", Working Paper" — then "Place:
#: Publisher, Year" and the page; the place may be two: "New Haven and London").
WESTERN_BOOK = regex.compile(
    rf"^(?P<names>{_NAMES}(?:\set\sal\.)?)(?:,\s(?P<role>eds?\.?|ред\.))?,\s(?P<title>[^,“”‘’'\"«(][^“”\"«»()]*?)"
    rf"(?:,\s(?:trans\.|translated\sby)\s(?P<translator>{_NAMES}))?"
    r"(?:,\s(?:\d+(?:st|nd|rd|th)\s(?:ed\.|edn\.?|edition)|[Rr]ev\.\sed\.))?"
    r"(?:,\s(?P<series>[^,]{0,80}?\b(?:Report|Paper|Briefing|Brief)(?:\s(?:No\.\s?)?\d+)?))?,\s"
    rf"(?P<place>{_PLACE}(?:\s(?:and|&)\s{_PLACE})?):\s(?P<publisher>[^,:;()]{{2,80}}?),\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:,\s(?:pp?\.|[Сс]\.)\s?(?P<page>\d+(?:\s?[-–—]\s?\d+)?))?\s?[.。]?$"
)
#: Words that say a stretch is more than a title: an edition, translator, volume or number ("3rd ed.", "trans.",
#: "Vol. 2", "No. 5"), as IEEE's "S. Haykin, Neural Networks…, 3rd ed. Upper Saddle River, NJ, USA: Pearson, 2009".
NOT_TITLE = regex.compile(r"\b(?:eds?|edn|trans|tr|vol|vols|no|nos)\.|\bedition\b|\bedited\b", regex.IGNORECASE)
#: A sentence's full stop inside the title, which these notes' commas-only form never has: the title then ran over
#: another style's ". Place" ("Rethinking state building. Lanham, MD: …", "…, 3. bs., …"); not an initial's ("U.S. Policy").
SENTENCE_STOP = regex.compile(r"(?<!\b\p{Lu})\.\s")
#: A name, or names joined by a conjunction, before the title's first comma: the title may then be the next author of
#: a list written without "and" ("Kenneth White, Haley Andrews, The Soviet Networks…", "…, Peter Perry e Samantha
#: Dominguez, …"), which the labeller reads better.
NAME_BEFORE_COMMA = regex.compile(
    rf"^(?:{_GIVEN_FIRST})(?:\s(?:and|e|y|und|et|ve|og|i|и)\s(?:{_GIVEN_FIRST}))?,\s"
)


def parse_western_book(text: str) -> Draft | None:
    """A Western book as Chinese journals write it (WESTERN_BOOK), or None."""
    match = WESTERN_BOOK.match(text)
    if not match or any(p.search(match["title"]) for p in (NOT_TITLE, SENTENCE_STOP, NAME_BEFORE_COMMA)):
        return None
    draft: Draft = {"editor" if match["role"] else "author": match["names"]}
    draft["genre"] = "report" if match["series"] else "book"
    draft.update({k: match[k] for k in ("title", "translator", "publisher", "year", "page") if match[k]})
    draft["publisher_place"] = match["place"]
    return draft
