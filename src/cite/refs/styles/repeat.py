"""Repeats: `Ibid., pp. 116 – 133.`, `同上，第5页。`, `Там же. С. 12.` — the previous source again; and works cited
before by name: `同1: 230`, `同注①`, `Иванов И. И. Указ. соч. С. 56.`"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import CN_PAGES, Draft

NAME = "ibid"

#: "Ibid.", "Ibid, p. 5", "Ibidem", Spanish "Ibíd.", "Id.", German "Ebd." / "Ebenda", Turkish "A.g.e." (adı geçen
#: eser) / "a.g.m." (makale; written so, not as initials, "A. G. M. Jones"), "同上", "同前注", "Там же", Kazakh
#: "Сонда": then an optional page.
IBID = regex.compile(
    r"^\s*(?:Ib[ií]d(?:em)?|Id|Ebd|Ebenda|(?-i:[Aa]\.g\.[em]))\b\.?|^\s*(?:同上|同前注?)|^\s*(?:Там\s+же|Сонда)\b\.?",
    regex.IGNORECASE,
)
#: "Id." (idem, the same author) before a title: a new work of the author just cited, not an Ibid.: "Id., *China
#: and Inner Asia* (London, 1975), 143", "Idem, “Title,” …", "Eadem, …", "Iidem, …", German "Ders., …" / "Dies., …"
#: (not "Id. at 45", "Id., 45").
IDEM_WITH_WORK = regex.compile(
    r"^\s*(?:(?:Id(?:em)?|Eadem|Iidem|Eidem|Eaedem)\.?|(?:Ders|Dies)\.),?\s+(?=[*“\"‘«_„]|\p{Lu}\p{Ll}+\s+\p{L})"
)
#: A page after a repeat, perhaps after a short label word: "pp. 116 – 133", "p. 5", "С. 12", Kazakh "Б. 12",
#: "str. 356", "chap. 9", "S. 35", "第45页", Japanese "、25頁", Bluebook's "Id. at 45", or bare: ", 52", "52" (as in
#: "同上52."); not a volume ("Ibid., vol. 2, p. 45", "Bd. 2", "t. 3").
PAGE = regex.compile(
    r"^[\s,，、.:：]*(?:(?!(?i:vols?|bd|t|tom|т|том)\.)\p{L}{1,5}\.\s*|at\s+|第\s*)?(?P<page>\d+(?:\s*[-–—]\s*\d+)?)"
)
#: GOST's "the work cited", after its author and before the page: "Иванов И. И. Указ. соч. С. 56.",
#: "Указ. соч.", "Цит. соч.", Kazakh "Нұрланова Ә. Көрсетілген еңбек. Б. 12." / "Аталған еңбек".
CITED_WORK = regex.compile(
    r"^\s*(?P<author>[^.]{2,40}?(?:\s+\p{Lu}\.(?:\s?\p{Lu}\.)?)?)?\s*(?:Указ\.|Цит\.)\s*соч\.|"
    r"^\s*(?P<author>[^.]{2,40}?(?:\s+\p{Lu}\.(?:\s?\p{Lu}\.)?)?)?\s*(?:Көрсетілген|Аталған)\s+еңбек\.?"
)
#: A whole note that is one family name and a full stop, as Chicago and MHRA shorten "王." / "Абдуллаев.".
BARE_NAME = regex.compile(r"^\s*(?:[\p{Lu}][\p{Ll}'’-]+|\p{Han}{1,2})\s*$")
#: A back-reference to an earlier note by its number, then perhaps a page: GB/T "同1: 230", "同 23"; Chinese notes'
#: "同①，第60页", "同注①", "同前注③", "同上注③" (circled numbers ① … ⑳, ㉑ … ㊿).
SAME_AS_NOTE = regex.compile(
    r"^\s*同\s*(?:[前上]?\s*注\s*)?(?P<note>\d+|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*"
    r"(?:[:：,，]\s*(?:第\s*)?(?P<page>\d+(?:\s*[-–—]\s*\d+)?)\s*页?)?\s*[。.]?\s*$"
)
def exact(text: str) -> bool:
    """Whether a repeat that is not an Ibid. is told by an exact cue: a note number ("同1"), GOST's "Указ. соч.", a
    Chinese "前引书" with no title."""
    return bool(("同" in text and SAME_AS_NOTE.match(text)) or _cited(text))


#: Literal parts one of which CITED_WORK or CITED_BOOK needs, looked for first: both try many starts of a name.
CITED_WORDS = ("соч.", "еңбек", "前引", "上引", "前揭", "前掲")


def _cited(text: str) -> regex.Match | None:
    """GOST's "Указ. соч." or a Chinese/Japanese "前引书" repeat, by CITED_WORK or CITED_BOOK."""
    if not any(word in text for word in CITED_WORDS):
        return None
    return CITED_WORK.match(text) or CITED_BOOK.match(text)


#: A Chinese "the book cited above" with no title, perhaps after its author: "王缉思:前引书,第45页。", "上引书，第12页",
#: "前引王缉思书，第45页", "前揭文", "李侃如、王缉思：前引书", Japanese "前掲書、30頁", "宇山、前掲論文、5頁". (With a title, "前引王缉思：《大国关系》", it is a short form of the Chinese style.)
CITED_BOOK = regex.compile(
    r"^\s*(?:参见|见)?\s*(?:前引|上引|前揭)\s*(?P<author>[^，,、：:。；;\d《》“”]{2,12}?)\s*(?:书|文)"
    r"|^\s*(?:参见|见)?\s*(?:(?P<author>[^，,、：:。；;\d《》“”]{2,20}?(?:、[^，,、：:。；;\d《》“”]{2,20}?)*)\s*[：:，,、]?\s*)?"
    r"(?:前引|上引|前揭|前掲)"
    r"(?:书|文|论文|書|論文)?(?=\s*[，,、：:]?\s*(?:第\s*\d|\d|[。.]?\s*$))"
)


#: A name as a short form starts it: "Whitfield", "Hartley and Nazarov", "杨 et al.", "Wei Li and others", "王".
_NAME = r"[\p{L}][\p{L}'’·.-]*(?:\s[\p{L}][\p{L}'’·.-]*){0,3}"
#: An author short form: "Whitfield, 52.", "Hartley and Nazarov, “Water Diplomacy…,” 230.", "Кузнецов, pp. 152–53.",
#: "Смирнова, *Евразийский…*, 140.", "Абдуллаев, “Трудовая миграция…”", "王."
SHORT = regex.compile(
    rf"^\s*(?P<author>{_NAME}(?:\s+(?:and|&|и)\s+{_NAME})?(?:\s+(?:et al\.?|and others|等))?)"
    r"(?:\s*[,，]\s*(?P<title>“[^”]+”|‘[^’]+’|\*[^*]+\*|《[^》]+》|[^,，“”*\d][^,，“”*]{2,150}(?=\s*[,，]\s*(?:pp?\.\s*)?\d)))?"
    r"(?:\s*[,，]?\s*(?:(?:pp?|С|с)\.\s*)?(?P<page>\d+(?:\s*[-–—]\s*\d+)?))?\s*[.。]?\s*$"
)


#: Marks a short form can end with, other than a page's digit or a name's letter (before its full stop): a name's
#: "'’·.-", a title's closing "”", "’", "*", "》".
SHORT_LAST_MARKS = "'’·.-”*》"
#: Marks that open a quoted title, after the comma that follows the author: ", “Water Diplomacy…,” 230".
TITLE_OPENERS = ("“", "‘", "*", "《")
#: At most how many words SHORT's names take (four and four, "and", "et al."), and with its page (", p. 45 - 67 .").
SHORT_NAME_WORDS = 11
SHORT_WORDS = SHORT_NAME_WORDS + 6
#: SHORT's longest unquoted title.
SHORT_TITLE_CHARS = 151


def _may_be_short(text: str) -> bool:
    """Whether SHORT can match, told without it (it tries every split of a long reference): a short form ends with
    a page, a name or a closing quote; its names come first, up to the first comma, with no digit; they and an
    unquoted title hold no comma, so with no quoted title right after the first comma ("Hartley, “Water, Land,”
    230"), it is a few names and a page, or names, a comma, a title of at most SHORT_TITLE_CHARS, a comma, a page."""
    tail = text.rstrip()
    tail = tail[:-1].rstrip() if tail.endswith((".", "。")) else tail
    if not tail or not (tail[-1].isalnum() or tail[-1] in SHORT_LAST_MARKS):
        return False
    first = min((at for at in (text.find(","), text.find("，")) if at >= 0), default=-1)
    names = text[:first] if first >= 0 else text
    if not names.lstrip()[:1].isalpha():
        return False
    if first < 0:
        return len(text.split()) <= SHORT_WORDS
    if len(names.split()) > SHORT_NAME_WORDS or DIGIT.search(names):
        return False
    if text[first + 1 :].lstrip().startswith(TITLE_OPENERS):
        return True
    count = text.count(",") + text.count("，")
    if count == 1:
        return len(text.split()) <= SHORT_WORDS
    if count > 2:
        return False
    second = min(at for at in (text.find(",", first + 1), text.find("，", first + 1)) if at >= 0)
    return len(text[first + 1 : second].strip()) <= SHORT_TITLE_CHARS


def parse(text: str, ends_sentence: bool = False) -> Draft | None:
    """An Ibid.-style repeat or an author short form with its new page, or None."""
    # before IBID, whose "同前注" would take "同前注③" for the previous note; only a text with its "同" tried
    if "同" in text and (match := SAME_AS_NOTE.match(text)):
        return {"short": True, "page": match["page"]} if match["page"] else {"short": True}
    if match := _cited(text):
        draft = {"short": True}
        if match["author"]:
            draft["author"] = match["author"].strip()
        if page := PAGE.match(text[match.end() :]):
            draft["page"] = page["page"]
        return draft
    if IDEM_WITH_WORK.match(text):
        return None  # "Id., *China and Inner Asia* (London: …)": the same author's other work, cited in full
    if match := IBID.match(text):
        draft: Draft = {"ibid": True}
        rest = text[match.end() :]
        if page := PAGE.match(rest) or CN_PAGES.search(rest):
            draft["page"] = page["page"]
        return draft
    if BARE_NAME.match(text) and ends_sentence:
        return {"short": True, "author": text.strip()}
    match = SHORT.match(text) if _may_be_short(text) else None
    if (
        match
        and (match["page"] or match["title"] or text.strip().endswith("."))
        and not YEAR_ONLY.match(match["page"] or "")
        and _is_short_name(match["author"])
    ):
        draft = {"short": True, "author": match["author"]}
        if match["title"] and not CITED_ABBREVIATION.match(match["title"]):
            draft["title"] = match["title"]
        if match["page"]:
            draft["page"] = match["page"]
        return draft
    return None


#: Latin's "the work cited" in a short form's place of its title: "Roe, op. cit., p. 61", "loc. cit.", "art. cit.".
CITED_ABBREVIATION = regex.compile(r"^(?:op|loc|art|ouvr)\.\s*cit\.?$", regex.IGNORECASE)
#: Between the names of a short form: " and ", " & ", " и "; or a closing " et al." / " and others".
NAME_SEPARATOR = regex.compile(r"\s+(?:and|&|и)\s+|\s+(?:et al\.?|and others)$")
#: A digit, which no family name has: "2" in "OECD 2023".
DIGIT = regex.compile(r"\d")


def _is_short_name(author: str) -> bool:
    """A short form names authors by family name only: one or two words each, no sentence."""
    words = NAME_SEPARATOR.split(author)
    return all(0 < len(w.split()) <= 2 for w in words if w) and not DIGIT.search(author)


#: A four-digit year, which after a name is a date ("OECD, 2023"), not a page.
YEAR_ONLY = regex.compile(r"^(?:1[5-9]|20)\d\d$")
