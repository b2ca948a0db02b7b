"""English and Russian full notes and reference entries (Chicago, MHRA, the seeds' journal style):

Ivan A. Safranchuk, …, “The Dilemma…”, *Russia in Global Affairs*, Vol. 20, No. 3, 2022, p. 117.
Andrew F. Cooper, “Niche Diplomacy”, in Andrew F. Cooper ed., *Niche Diplomacy*, London: Macmillan, 1997, pp. 1–24.
David Cooper, …, *Relocating Middle Powers*, Vancouver: UBC Press, 1993.
Jane Roe, “Title,” *Journal* 12, no. 3 (2020): 45–67.          (Chicago)
Jane Roe, ‘Title’, *Journal*, 12.3 (2020), 45–67 (p. 50).      (MHRA)
Jane Roe, *Title* (London: Routledge, 2019), p. 23.            (Chicago/MHRA book)
Иванов И. И. Название // Журнал. 2020. № 3. С. 45–67.          (GOST)
"""

from __future__ import annotations

import regex

from cite.names import is_organisation
from cite.refs.normalize.dates import MONTHS
from cite.refs.styles.draft import Draft, unwrap

NAME = "western"

#: The first title: quoted “…”, "…", ‘…’, «…», or emphasised *…* / _…_.
TITLE = regex.compile(
    r"“(?P<q>[^”]+)”|\"(?P<q>[^\"]+)\"|‘(?P<q>(?:[^’]|’\w)+)’|«(?P<q>[^»]+)»|\*(?P<e>[^*]+)\*|(?<!\w)_(?P<e>[^_]+)_(?!\w)"
)
#: An emphasised container after a quoted title: ", *Russia in Global Affairs*", ". _International Affairs_".
EMPHASIS = regex.compile(r"\*(?P<c>[^*]+)\*|(?<!\w)_(?P<c>[^_]+)_(?!\w)")
#: "in Andrew F. Cooper ed., *Book*", "in *Book*, ed. by Jane Roe", "In: Book".
IN_BOOK = regex.compile(r"^[\s,.]*(?:in|In)\s*:?\s+(?:(?P<editor>[^*_,]{3,80}?)\s*(?:\(?eds?\.?\)?|\(ed\.\))\s*,?\s*)?")
#: GOST container: "// Журнал".
GOST_CONTAINER = regex.compile(r"//\s*(?P<c>[^.]+?)\s*\.")
VOLUME = regex.compile(r"\b(?:Vol|vol|Т|т|Bd)\.?\s*(?P<v>\d+)")
ISSUE = regex.compile(r"\b(?:No|no|Nr|Iss|iss)\.?\s*(?P<i>\d+)|№\s*(?P<i>\d+)|\bissue\s+(?P<i>\d+)")
#: Chicago/MHRA volume right after the container: "* 12, no. 3 (2020)", "*, 12.3 (2020)", "* 7 (2011)".
VOLUME_AFTER = regex.compile(r"^\s*,?\s*(?P<v>\d{1,4})(?:\.(?P<i>\d{1,3}))?\s*(?=[,(]|,?\s*no\.)")
PAGES = regex.compile(r"\b(?:pp?|С|с|S)\.\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)")
#: Chicago pages after the year: "(2020): 45–67".
COLON_PAGES = regex.compile(r"\)\s*:\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)")
#: MHRA pages after the year: "(2020), 45–67".
COMMA_PAGES = regex.compile(r"\)\s*,\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)")
#: Place and publisher: "London: Macmillan", "Vancouver: UBC Press", "М.: Наука".
PLACE_PUBLISHER = regex.compile(
    r"(?:^\s*|[,(.]\s*)(?P<place>[\p{Lu}\p{Han}](?:[\p{L}' -]|\.(?!\s)){0,40}?(?:,\s*[A-Z]{2})?)\s*[:：]\s*(?P<publisher>[^,():;]{2,80}?)"
    r"\s*,\s*(?:\d{1,2}\s+\p{L}+\s+|\p{L}+\.?\s+(?:\d{1,2},\s*)?)?(?:\d{4}|n\.d\.)"
)
#: An institution that publishes a report or hosts a thesis: "Nazarbayev University, 2023".
INSTITUTION = regex.compile(
    r"(?:^|,\s*)(?P<inst>(?:the\s+|The\s+)?[^,]*?(?:University|College|School|Institute|Program(?:me)?|Centre|Center|"
    r"Council|Foundation|OECD|Bank|Agency|Ministry|Commission|Office|Университет|Институт)[^,]*?)\s*,\s*"
    r"(?:\p{L}+\.?\s+)?\d{4}"
)
#: The words one of which INSTITUTION needs (it is case-sensitive): "Bank" in "World Bank, 2023".
INSTITUTION_WORDS = (
    "University", "College", "School", "Institute", "Program", "Centre", "Center", "Council", "Foundation", "OECD",
    "Bank", "Agency", "Ministry", "Commission", "Office", "Университет", "Институт",
)  # fmt: skip
#: A thesis in parentheses: "(PhD thesis, University of Oxford, 2017)", "(unpublished 博士学位论文, 兰州大学, 2019)".
THESIS_PARENS = regex.compile(
    r"\(?(?P<degree>[^,()]*(?:thesis|dissertation|diss\.|论文|Диссертац)[^,()]*)\s*,\s*(?P<school>[^,()]+?)\s*,"
    r"\s*(?:\p{L}+\s+)?(?P<year>\d{4})\)?",
    regex.IGNORECASE,
)
#: The words THESIS_PARENS needs, looked for first: that pattern tries every start of a long text.
THESIS_WORDS = regex.compile(r"thesis|dissertation|diss\.|论文|Диссертац", regex.IGNORECASE)
#: Editors or translators after a title: ", ed. Rosa Delgado and Samuel H. Kim (", ", ed. by 刘晓东 (", ", trans. Helen Marsh".
ROLE_AFTER = regex.compile(
    r"(?:^|[,，.])\s*(?P<role>eds?\.|[Ee]dited|trans\.|[Tt]ranslated)(?:\s+by)?\s+"
    r"(?P<names>[^()*_,]+?)\s*(?=[(,]|(?<!\b\p{Lu})\.(?:\s|$)|$)"
)
#: A head of names with a role: "Rosa Delgado and Samuel H. Kim, eds." / "刘晓东, ed.".
ROLE_HEAD = regex.compile(r"^(?P<names>.+?)\s*,\s*(?P<role>eds?|trans)\.?$")
#: A full date after a newspaper's name: "*The Guardian*, May 19, 2023", "*Коммерсантъ*, 12 July 2022".
NEWS_DATE = regex.compile(r"^\s*,\s*(?:\p{L}+\.?\s+\d{1,2},\s*|\d{1,2}\s+\p{L}+\s+)(?:19|20)\d\d")
#: MHRA's cited page after a range: "pp. 45–68 (p. 50)".
CITED_PAGE = regex.compile(r"\((?:pp?\.)\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)\)")
THESIS = regex.compile(
    r"\b(?:PhD|Ph\.D\.|doctoral|master'?s|MA|MPhil)\s+(?:diss\.|dissertation|thesis)|dissertation|диссертац",
    regex.IGNORECASE,
)
REPORT = regex.compile(r"\b(?:report|working paper|policy brief|white paper|доклад)\b", regex.IGNORECASE)
#: Words (lower case) one of which REPORT needs, looked for first.
REPORT_WORDS = ("report", "working paper", "policy brief", "white paper", "доклад")
#: A bare organisation name with a year: "OECD, 2023".
ACRONYM_PUBLISHER = regex.compile(r",\s*(?P<publisher>[A-Z]{2,10})\s*,\s*\d{4}")
YEAR_PAREN = regex.compile(r"\((?:[^()]*?\s)?(?P<y>(?:19|20)\d\d)\)")
YEAR = regex.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?!\d)")


#: OSCOLA's journal after a quoted title: the year in brackets, the volume, the journal's abbreviation, the first
#: page and the pinpoint: " (2006) 115 Yale LJ 1346, 1360", " [1997] PL 467, 470".
LAW_JOURNAL = regex.compile(
    r"^\s*[(\[](?P<year>(?:1[5-9]|20)\d\d)[)\]]\s+(?:(?P<volume>\d{1,4})\s+)?(?P<c>\p{Lu}[\p{L}.&' ]{0,60}?)\s+"
    r"(?P<page>\d+)(?:\s*,\s*(?P<locator>\d+(?:\s*[-–]\s*\d+)?))?\s*$"
)
#: A journal in plain text after a quoted title: ", Central Asian Survey 38, no. 2 (2019)", ", 世界经济与政治, no. 11
#: (2016)", ", Journal of Arid Environments 180 (2020)", ", Central Asian Survey, 38.2 (2019)".
PLAIN_JOURNAL = regex.compile(
    r"^\s*[,.]?\s*(?P<c>[^,(\d“”\"*_][^,(“”\"]{1,80}?)\s*,?\s*(?:(?P<volume>\d{1,4})(?:\.(?P<issue>\d{1,3}))?\s*"
    r"(?:,\s*no\.\s*(?P<issue>\d+))?|no\.\s*(?P<issue>\d+))\s*[,(]\s*(?:[^()]*\s)?(?:19|20)\d\d\)?"
)
#: A book in plain text: "Margaret Whitfield, Empires of the Steppe: Russia… (Cambridge: Cambridge University Press, 2016)",
#: or in OSCOLA, with no place: "Paul Craig, Administrative Law (8th edn, Sweet & Maxwell 2016)".
PUBLICATION_PARENS = regex.compile(
    r"\s*\((?=[^()]{0,200}[:：][^()]{0,200}\d{4}\))|\s*\((?=(?:[^():,]{0,40},\s*)?[^():,\d]{2,80}\s(?:1[5-9]|20)\d\d\))"
)
#: OSCOLA's publication facts, a publisher and year with no place, and the page after them: "(8th edn, Sweet &
#: Maxwell 2016) 45", "(CUP 2018)".
PUBLISHER_YEAR = regex.compile(
    r"\G\s*\((?:[^():,]{0,40},\s*)?(?P<publisher>[^():,\d]{2,80}?)\s(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*$)?"
)
#: One name of an author list in plain text: "Margaret Whitfield", "and Timur Nazarov", "赵永刚" (at most 4 words).
LIST_NAME = regex.compile(
    r"^(?:(?:and|&)\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}|\p{Han}{2,4}|\p{Han}+(?:·\p{Han}+)+)$"
)
#: Words that begin or fill titles, never names: "The Shanghai Cooperation Organisation".
TITLE_WORDS = frozenset({"The", "A", "An", "Of", "In", "On", "For", "To", "At", "By", "With", "From", "Between"})
#: " and " between two names of one comma part: "Rosa Delgado and Samuel H. Kim".
AND_BETWEEN = regex.compile(r"\s+(?:and|&)\s+")
#: A role word standing as a comma part after the names: "eds.", "ed.", "trans.".
ROLE_PART = regex.compile(r"^(?P<role>eds?|trans)\.?$")
#: An edition or series after a plain-text title: ", 2nd ed., Routledge Studies in Central Asia", ", 2 版".
EDITION_TAIL = regex.compile(
    r",\s*(?:\d+(?:st|nd|rd|th)\s+(?:ed|edn)\.?|rev\.\s+ed\.|\d+\s*版)(?:,.*)?$", regex.IGNORECASE
)
#: A sentence end inside a plain bibliography entry, not after an initial or abbreviation: "Margaret. Empires".
SENTENCE = regex.compile(r"(?<!\b\p{Lu})(?<!\b(?:ed|eds|trans|no|vol|pp|p|Vol|No|St|Dr))\.\s+(?=\S)")
#: An author sentence that ends with a role: "刘晓东, ed. ", "Delgado, Rosa, and Samuel H. Kim, eds. ".
ROLE_SENTENCE = regex.compile(r"^(?P<head>(?:[^.]|(?<=\b\p{Lu})\.)+?,\s*(?:eds?|trans)\.)\s+")
#: A name list ending with an initial: "Smith, J. A.", "Jones, K.".
FINAL_INITIAL = regex.compile(r"\b\p{Lu}\.$")
#: An author sentence that ends with an initial, which SENTENCE cannot cut at: "Jones, K. ", "Smith, J. A. ".
INITIALS_SENTENCE = regex.compile(r"^(?P<head>[\p{Lu}][\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3})\s*(?=[\p{Lu}\p{Han}“\"‘*_])")
#: The author sentence of a bibliography entry: "Hartley, Eleanor, and Timur Nazarov", "赵永刚", "刘晓东, ed".
BIB_AUTHORS = regex.compile(
    r"^(?:[\p{Lu}][\p{L}'’-]+,\s[\p{Lu}][\p{L}.'’ -]*(?:,?\s(?:and|&)\s(?:[^.]|(?<=\b\p{Lu})\.)+|,\s(?:[^.]|(?<=\b\p{Lu})\.)+)?|[\p{Han}·]{2,12}(?:[,，、]\s*[\p{Han}·]{2,12})*)"
    r"(?:,\s*eds?\.?)?$"
)
#: A chapter's book in plain text: "In Great Powers in Central Asia, edited by …", "in Niche Diplomacy, ed. …".
IN_PLAIN = regex.compile(r"^[\s,.]*(?:in|In)\s*:?\s+(?P<c>[^*_,]{3,}?)(?=,\s*(?:ed\.|eds\.|edited by)|\.\s|,\s*\d)")
#: A web site named after the title: ", Caspian Policy Center, June 2, 2021" / ", КТК".
SITE = regex.compile(r"^\s*[,.]?\s*(?P<site>[^,\d(:][^,:]{1,60}?)\s*(?:,|$)")
#: An author written with initials first, as Russian and Kazakh journals do: "К.Н. Мақашева*", "A. B. Smith".
INITIALS_NAME = regex.compile(r"^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'-]+\*?$")
#: A site or publisher after a bracketed tag: "[Electronic resource]: Strategy2050.kz, 2020".
SITE_AFTER_TITLE = regex.compile(
    r"^(?P<title>[^:]{3,}?)\s*:\s*(?P<container>[^,:]{2,60}?)\s*,\s*(?P<year>(?:19|20)\d\d)\b"
)
#: A GOST container and what follows it, after the authors: " // Вестник КазНУ. 2021".
GOST_TAIL = regex.compile(r"\s*//.*$")
#: A school among publishing institutions, so the work is a thesis: "Nazarbayev University", "Университет".
SCHOOL = regex.compile(r"University|College|School|Университет")
#: A comma between fields of a bare comma list, not one inside «…»: ", " in "А.Д. Назикбаева, Қазақстан".
COMMA_OUTSIDE_GUILLEMETS = regex.compile(r"\s*,\s*(?![^«»]{0,200}»)")
#: The journal opening a comma list's rest: "Серия «История. Философия»", "Вестник КазНУ" (up to a dot).
COMMA_LIST_CONTAINER = regex.compile(r"(?P<c>.+?»|[^.]+)")
#: A year after a slash: "No2(102)/2021", "/ 2019".
SLASH_YEAR = regex.compile(r"/\s*(?P<y>(?:19|20)\d\d)\b")


#: One person given first, as a note names them: "Adeeb Khalid", "Martha Brill Olcott", "M. E. Sharpe", "Jane de
#: Roe" (two to five words, each capitalised but a particle; not "The Shanghai Cooperation Organisation").
NOTE_PERSON = r"(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|al-\p{L}+)){1,4}"
#: An organisation as the only author: "International Crisis Group", "Bank for International Settlements".
NOTE_ORGANISATION = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the)){1,6}"
#: A Chicago or Turabian full note for a book, the whole note, italics or none: "Adeeb Khalid, Central Asia: A New
#: History (Princeton, NJ: Princeton University Press, 2021), 112–14.", "Jane Roe and John Doe, *Salt* (London:
#: Routledge, 2001)"; the names' list has an "and" before its last ("A B, C D, and E F"), so the title starts after
#: the first comma that closes no such list ("Alexander Cooley, Great Games, Local Rules: …").
BOOK_NOTE = regex.compile(
    rf"^(?P<author>{NOTE_PERSON}(?:(?:,\s+{NOTE_PERSON})*,?\s+(?:and|&|et|und|и)\s+{NOTE_PERSON})?|{NOTE_ORGANISATION}),\s+"
    r"(?P<title>[^()]{3,300}?)\s+"
    r"\((?P<place>[^():;,]{2,40}(?:,\s*\p{Lu}{2,3}\.?)?):\s*(?P<publisher>[^():;,]{2,80}),\s*(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s*(?:pp?\.\s*)?(?P<page>\d+(?:n\d+)?(?:\s*[-–—]\s*\d+)?))?\s*\.?$"
)
#: What closes a note's title part and is none of the title: a numbered series named as one (no italics tell it otherwise;
#: not a title's own "…, Year Zero: The Famine of 1932"),
#: ", Asia Report no. 233", ", Papers 33"; an edition, ", 2nd edn", ", 3rd ed.", ", rev. ed.".
TITLE_PART_TAIL = regex.compile(
    r",\s+\p{Lu}[^,:]{0,80}?\b(?:Reports?|Papers?|Series|Studies|Briefs?|Monographs?)\s(?:no\.\s*)?\d{1,4}$"
    r"|,\s+(?:\d+(?:st|nd|rd|th)|rev\.)\s+(?:edn|ed)\.?$"
)
#: What makes a title part something else: a chapter's "in" after a quoted title, a role ("ed.", "trans. by",
#: "edited by"), a volume ("vol. 2").
NOT_A_BOOK_TITLE = regex.compile(
    r"^[“‘\"']|(?:,[”’\"']?|[”’\"'],)\s+in\s|\b(?:eds?|trans|comp|vols?)\.|\b(?:edited|translated|compiled)\s+by\b",
    regex.IGNORECASE,
)


def parse_book_note(text: str) -> Draft | None:
    """A Chicago full note for a book (`BOOK_NOTE`), or None: where the whole note has that form the title is what
    stands between the names and the publication's brackets, commas and all, with or without its italics (an exact
    rule, which a plain-text note, without the italics that tell the labeller the title, needs)."""
    match = BOOK_NOTE.match(text) if " (" in text and ":" in text else None
    if not match or NOT_A_BOOK_TITLE.search(match["title"]):
        return None
    title = match["title"]
    if title.startswith(("*", "_")) and (italic := EMPHASIS.match(title)):
        title = italic["c"]  # a series after the italic title is none of it: "*Title*, Asia Report no. 233"
    title = TITLE_PART_TAIL.sub("", title)
    draft: Draft = {
        "author": match["author"],
        "title": unwrap(title),
        "publisher_place": match["place"],
        "publisher": match["publisher"].strip(),
        "year": match["year"],
        "genre": "report" if is_organisation(match["author"]) else "book",  # "World Bank, *Title* (…)"
    }
    if match["page"]:
        draft["page"] = match["page"]
    return draft


#: An IEEE thesis, the whole reference (its number, if left, apart): "J. Roe, “Title,” Ph.D. dissertation, Dept. Geol., Univ. Leeds, Leeds, U.K.,
#: 2011.", "… M.S. thesis, MIT, Cambridge, MA, USA, 2019": the school, then its place, then the year.
IEEE_THESIS = regex.compile(
    r"^(?:\[\d{1,4}\]\s*)?(?P<author>[^“”\"\[\]]{2,200}?),\s+[“\"](?P<title>[^”\"]{2,300}?),?[”\"]\s+"
    r"(?:Ph\.\s?D\.?|M\.\s?(?:S|A|Sc|Phil)\.?|B\.\s?(?:S|A|Sc)\.?|[Mm]aster['’]s|[Dd]octoral)\s+(?:dissertation|thesis),\s+"
    r"(?P<where>[^“”\"]{2,200}?),\s+(?P<year>(?:1[5-9]|20)\d\d)\.?$"
)


#: A US state's postal code in an IEEE place: "MA" in "Cambridge, MA, USA".
US_STATE = regex.compile(r"[A-Z]{2}")


def parse_ieee_thesis(text: str) -> Draft | None:
    """An IEEE thesis (`IEEE_THESIS`): the school, not a container, and the place after it (the last two of three
    or more parts, "Leeds, U.K."; the last of two), or None."""
    if "thesis" not in text and "dissertation" not in text:
        return None
    match = IEEE_THESIS.match(text)
    if not match:
        return None
    parts = [part.strip() for part in match["where"].split(", ")]
    cut = 1 if len(parts) < 3 else len(parts) - 2
    if len(parts) >= 4 and US_STATE.fullmatch(parts[-2]):  # "MIT, Cambridge, MA, USA": city, state, country
        cut = len(parts) - 3
    draft: Draft = {"author": match["author"], "title": match["title"], "year": match["year"], "genre": "thesis"}
    draft["publisher"] = ", ".join(parts[:cut])
    if parts[cut:]:
        draft["publisher_place"] = ", ".join(parts[cut:])
    return draft


def parse(text: str, has_url: bool = False) -> Draft | None:
    """Parse a Western-style reference; always returns a draft (it is the fallback family)."""
    if listed := _comma_list(text):
        return listed
    title = TITLE.search(text)
    if title is None:
        return _untitled(text, has_url)
    draft = _head(text[: title.start()])
    draft["title"] = unwrap(title["q"] or title["e"])
    rest = text[title.end() :]
    quoted = title["q"] is not None
    if quoted:
        _container(rest, draft, has_url)
    _roles_and_details(rest, draft)
    if quoted and "container_title" not in draft and draft.get("publisher") and draft.get("genre") != "thesis":
        draft["genre"] = "report"  # a quoted title published on its own is an unpublished or grey work
    return draft


def _head(head: str) -> Draft:
    """Authors (or editors, translators) written before the title."""
    head = head.strip(" ,:")
    if role := ROLE_HEAD.match(head.rstrip()):
        return {"translator" if role["role"].startswith("trans") else "editor": role["names"]}
    if head.strip("."):
        # keep the full stop of a closing initial ("Smith, J. A."), drop a sentence's ("Roe, Jane.")
        authors = head.strip(" ") if FINAL_INITIAL.search(head.strip(" ")) else head.strip(" .")
        return {"author": GOST_TAIL.sub("", authors)}
    return {}


def _container(rest: str, draft: Draft, has_url: bool) -> None:
    """The journal, book, newspaper or site after a quoted title, italic or (in plain text) not."""
    book = IN_BOOK.match(rest)
    italic = EMPHASIS.search(rest)
    if book and book.group().strip():
        if book["editor"]:
            draft["editor"] = book["editor"]
        draft["genre"] = "chapter"
    if italic and (italic.start() < 12 or book):
        draft["container_title"] = unwrap(italic["c"])
        after = rest[italic.end() :]
        if volume := VOLUME_AFTER.match(after):
            draft["volume"] = volume["v"]
            if volume["i"]:
                draft["issue"] = volume["i"]
        elif NEWS_DATE.match(after):
            draft["genre"] = "article-newspaper"
    elif law := LAW_JOURNAL.match(rest):
        draft.update({k: v for k, v in law.groupdict().items() if v and k != "c"}, container_title=law["c"])
    elif gost := GOST_CONTAINER.search(rest):
        draft["container_title"] = unwrap(gost["c"])
    elif (in_plain := IN_PLAIN.match(rest)) and in_plain["c"]:
        draft.update(container_title=in_plain["c"].strip(), genre="chapter")
    elif (plain := PLAIN_JOURNAL.match(rest)) and not _is_month(plain["c"]):
        # plain text loses the italics: "“Title,” Central Asian Survey 38, no. 2 (2019): 217"
        draft["container_title"] = plain["c"].strip()
        draft.update({k: plain[k] for k in ("volume", "issue") if plain[k]})
    elif (site := SITE.match(rest)) and not _is_month(site["site"]):
        after = rest[site.end() :]
        if not has_url and NEWS_DATE.match("," + after):
            draft.update(container_title=site["site"].strip(), genre="article-newspaper")
        elif has_url:
            # "“Title,” Caspian Policy Center, June 2, 2021, <URL>": the site is the container
            draft.update(container_title=site["site"].strip(), genre="webpage")


def _roles_and_details(rest: str, draft: Draft) -> None:
    for role in ROLE_AFTER.finditer(rest):
        draft.setdefault("translator" if role["role"].lower().startswith("trans") else "editor", role["names"])
    if THESIS_WORDS.search(rest) and (thesis := THESIS_PARENS.search(rest)):
        draft.update(genre="thesis", publisher=thesis["school"].strip(), year=thesis["year"])
    _details(rest, draft)


def _is_month(text: str) -> bool:
    """ "June 2" or "December": a date, not the name of a journal or site."""
    words = text.split()
    return bool(words) and words[0].rstrip(".").casefold() in MONTHS


def _details(rest: str, draft: Draft) -> None:
    if "locator" in draft:  # the whole tail was read by one pattern (LAW_JOURNAL)
        return
    if "volume" not in draft and (match := VOLUME.search(rest)):
        draft["volume"] = match["v"]
    if "issue" not in draft and (match := ISSUE.search(rest)):
        draft["issue"] = match["i"]
    match = CITED_PAGE.search(rest) or PAGES.search(rest) or COLON_PAGES.search(rest) or COMMA_PAGES.search(rest)
    if match:
        draft["page"] = match["p"]
    year = YEAR_PAREN.search(rest) or YEAR.search(rest)
    if year:
        draft["year"] = year["y"]
    lowered = rest.lower()
    if any(word in lowered for word in ("diss", "thesis", "диссертац")) and THESIS.search(rest):
        draft["genre"] = "thesis"
    elif any(word in lowered for word in REPORT_WORDS) and REPORT.search(rest):
        draft.setdefault("genre", "report")
    if "container_title" in draft and draft.get("genre") != "chapter":
        return
    if draft.get("genre") == "thesis" and draft.get("publisher"):
        return
    # both patterns try every start of the text: the colon and the institution word they need are looked for first
    if (":" in rest or "：" in rest) and (match := PLACE_PUBLISHER.search(rest)):
        draft.update(publisher_place=match["place"].strip(), publisher=match["publisher"].strip())
    elif any(word in rest for word in INSTITUTION_WORDS) and (match := INSTITUTION.search(rest)):
        draft["publisher"] = match["inst"].strip()
        if "container_title" not in draft:
            is_school = SCHOOL.search(match["inst"])
            draft.setdefault("genre", "thesis" if is_school else "report")


def _comma_list(text: str) -> Draft | None:
    """Authors, title and journal separated by bare commas, no title marks (Kazakh/Russian journals):
    "К.Н. Мақашева*, А.Д. Назикбаева,Қазақстан мен …,Серия «История. Философия». No2(102)/2021"."""
    if text.lstrip()[1:2] != ".":  # the first name starts with an initial and its full stop: "А.", as INITIALS_NAME
        return None
    parts = [p.strip() for p in COMMA_OUTSIDE_GUILLEMETS.split(text)]
    authors = []
    for part in parts:
        if not INITIALS_NAME.match(part):
            break
        authors.append(part)
    if not authors or len(parts) < len(authors) + 2:
        return None
    title, rest = parts[len(authors)], ", ".join(parts[len(authors) + 1 :])
    draft: Draft = {"author": ", ".join(authors), "title": unwrap(title)}
    container = COMMA_LIST_CONTAINER.match(rest)
    if container:
        draft["container_title"] = unwrap(container["c"])
    _details(rest, draft)
    if year := SLASH_YEAR.search(rest):
        draft["year"] = year["y"]
    return draft


def _untitled(text: str, has_url: bool = False) -> Draft:
    """No title marks: a plain-text note or bibliography entry, a report, or a bare source name."""
    draft: Draft = {}
    if book := _plain_book(text):
        return book
    if entry := _plain_bibliography(text, has_url):
        return entry
    if site := SITE_AFTER_TITLE.match(text):
        return {
            "title": unwrap(site["title"]),
            "container_title": site["container"],
            "year": site["year"],
            "genre": "webpage",
        }
    publisher = ACRONYM_PUBLISHER.search(text) or (any(w in text for w in INSTITUTION_WORDS) and INSTITUTION.search(text))
    if publisher:
        draft["title"] = unwrap(text[: publisher.start()])
        draft["publisher"] = (publisher.groupdict().get("publisher") or publisher["inst"]).strip()
        draft["genre"] = "report"
        _details(text[publisher.start() :], draft)
        draft.pop("publisher_place", None)
    elif text.strip(" ,.，。"):
        draft["title"] = unwrap(text)
    return draft


def _plain_book(text: str) -> Draft | None:
    """A book note in plain text: "Margaret Whitfield, Empires of the Steppe (Cambridge: CUP, 2016), 45.", OSCOLA's
    "Tom Bingham, The Rule of Law (Allen Lane 2010) 37."

    The names are the leading comma-separated parts that look like names; the title runs to the
    publication parentheses. Written without a regex over the whole list, so long lists stay linear.
    """
    parens = PUBLICATION_PARENS.search(text)
    if not parens:
        return None
    parts = text[: parens.start()].split(", ")
    count = 0
    while count < len(parts) - 1 and _is_name_part(parts[count]):
        count += 1
    if count == 0 and not ROLE_AFTER.search(text[: parens.start()]):
        return None
    title, role = _plain_title(parts, count)
    if (
        not unwrap(ROLE_AFTER.sub("", title)).strip() and count > 1
    ):  # "Orhan Pamuk, Snow, trans. …": "Snow" is the title
        count -= 1
        title, role = _plain_title(parts, count)
    names = ", ".join(parts[:count])
    draft: Draft = {"title": unwrap(title)}
    if names:
        draft["translator" if role and role["role"] == "trans" else "editor" if role else "author"] = names
    for role in ROLE_AFTER.finditer(title):
        draft["translator" if role["role"].lower().startswith("trans") else "editor"] = role["names"]
        draft["title"] = unwrap(title[: role.start()])
    _details(text[parens.start() :], draft)
    if "publisher" not in draft and (facts := PUBLISHER_YEAR.match(text, parens.start())):
        if _is_month(facts["publisher"]):  # "(June 2015)": a date, not a book's publication facts
            return None
        draft.update({k: v.strip() for k, v in facts.groupdict().items() if v})
    # an organisation that publishes its own work under a plain title: a report
    draft.setdefault("genre", "report" if names and is_organisation(names) else "book")
    return draft


def _plain_title(parts: list[str], count: int) -> tuple[str, regex.Match | None]:
    """The title after `count` name parts of a plain-text note, and the role part between them ("eds.")."""
    role = ROLE_PART.match(parts[count]) if count < len(parts) - 1 else None
    return EDITION_TAIL.sub("", ", ".join(parts[count + 1 if role else count :])), role


def _is_name_part(part: str) -> bool:
    """One comma part of a plain-text author list: names joined by "and", or an organisation."""
    if is_organisation(part):
        return True
    return all(
        LIST_NAME.match(name) and not any(word in TITLE_WORDS for word in name.split()[1:] + name.split()[:1])
        for name in AND_BETWEEN.split(part)
    )


def _plain_bibliography(text: str, has_url: bool) -> Draft | None:
    """A bibliography entry in sentences: "Whitfield, Margaret. Empires of the Steppe. Cambridge: CUP, 2016."."""
    head = ROLE_SENTENCE.match(text) or INITIALS_SENTENCE.match(text)
    sentences = [head["head"], *SENTENCE.split(text[head.end() :])] if head else SENTENCE.split(text)
    if len(sentences) < 3 or not BIB_AUTHORS.match(sentences[0]):
        return None
    draft = _head(sentences[0])
    draft["title"] = unwrap(sentences[1])
    rest = ". ".join(sentences[2:])
    _container(rest, draft, has_url)
    _roles_and_details(rest, draft)
    if "container_title" not in draft and draft.get("publisher"):
        draft.setdefault("genre", "book")
    return draft
