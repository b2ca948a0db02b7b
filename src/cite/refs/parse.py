"""One reference string -> `Reference`: peel URL/DOI/access date, decide who reads it, normalise fields.

Two readers: the rule parsers (refs/styles/) and the learned labeller (refs/labeller/). The decision (`_decide`)
trusts the rules where their cue is exact (an Ibid. word or "同1", a GB/T 7714 type code `[J]`, Chinese title
marks `《》`, a quoted title next to a URL) and the labeller for everything else, unless the labeller found no
title nor container, or nothing that tells the type (no container, publisher, genre), and the Western rules'
parse looks whole; for the second, the rules must also keep the labeller's authors and find the container or
publisher, or the reference have a URL (a site's name before it, which the rules know): otherwise their reading
measured worse than the labeller's, on real references and on unseen styles alike.
Other combinations (`READERS`) are kept for measurement; which is best was measured on styles neither was
built or trained on (bench/labeller.py), see the README.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from typing import TypeVar

import regex

from cite.model import Italic, Reference
from cite.refs import labeller
from cite.refs.labeller.features import PLACE_WORDS
from cite.refs.labeller.fields import INSTITUTION, PUBLISHING_HOUSE, draft_of
from cite.refs.normalize.dates import iso_date, year
from cite.refs.normalize.language import language
from cite.refs.normalize.names import names
from cite.refs.normalize.pages import RANGE_DASH, pages
from cite.refs.normalize.places import place
from cite.refs.normalize.urls import URL, clean_url, doi_of
from cite.refs.normalize.widths import half_width
from cite.refs.styles import archive, chinese, gbt7714, gost, legal, repeat, vancouver, web, western
from cite.refs.styles.draft import Draft, unwrap
from cite.text import collapse

#: A labelled access date: "访问时间：2023年10月28日", "(access date: 06.08.2021)", "accessed 5 May 2023",
#: "[accessed 28 October 2023]", "дата обращения: 06.08.2021", GB/T "[2023-10-28]" after a date, Vancouver's
#: "[cited 2020 Jun 15]".
ACCESSED = regex.compile(
    r"[(\[（]?\s*(?:访问时间|访问日期|访问于|引用日期|检索日期|浏览日期|获取日期|access(?:ed)?(?:\s+(?:date|on))?|"
    r"retrieved(?:\s+on)?|last accessed|viewed|cited|дата обращения|дата доступа|қаралған күні)\s*[:：]?\s*"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s*\d{4}|\d{4}\s+\p{L}{3,9}\.?\s+\d{1,2})\s*[)\]）]?",
    regex.IGNORECASE,
)
#: Words (lower case) one of which ACCESSED needs, looked for first: its optional opening bracket makes it try
#: every start of the text.
ACCESS_WORDS = (
    "访问",
    "引用日期",
    "检索日期",
    "浏览日期",
    "获取日期",
    "access",
    "retrieved",
    "viewed",
    "cited",
    "дата",
    "қаралған",
)
#: "URL:" / "URL：" / "Режим доступа:" / APA's "Retrieved from" labels and the "[Electronic resource]" tag before a URL.
URL_LABEL = regex.compile(
    r"(?:(?:URL|Режим доступа|Available (?:at|from))\s*[:：]|Retrieved from)\s*$|\[(?:Electronic resource|Электронный ресурс)\]",
    regex.IGNORECASE,
)
#: Words (lower case) one of which URL_LABEL needs, looked for first.
URL_LABEL_WORDS = ("url", "режим доступа", "available", "retrieved from", "electronic resource", "электронный ресурс")
#: An unlabelled date closing the reference right after its URL: "，1998年10月4日".
DATE_AFTER_URL = regex.compile(r"[>”\"]?\s*[,，]\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")
#: GB/T 7714 web dates: "(2023-05-01)[2023-10-28]".
GB_WEB_DATES = regex.compile(r"(?:\((?P<issued>\d{4}(?:-\d{1,2}){0,2})\)\s*)?\[(?P<accessed>\d{4}-\d{1,2}-\d{1,2})\]")
#: A short repeat by reference to an earlier note: "前引", "op. cit.", GB/T "同1: 230".
OP_CIT = regex.compile(r"\bop\.\s*cit\b\.?|前引|前揭|上引|\bloc\.\s*cit\b\.?|^同\s*\d+\s*[:：]", regex.IGNORECASE)
#: Literal parts (lower case) one of which OP_CIT needs, looked for first.
OP_CIT_WORDS = ("op.", "前引", "前揭", "上引", "loc.", "同")
#: Whether every repeat pattern counts as exact (for measurement: CITE_EXACT_REPEATS=1).
EXACT_REPEATS = os.environ.get("CITE_EXACT_REPEATS") == "1"
#: The "see earlier" word before a short form's author: "前引王名扬：《…》" -> "王名扬：《…》".
OP_CIT_PREFIX = regex.compile(r"^\s*(?:参见)?(?:前引|前揭|上引)(?:书|文)?\s*")
#: A Cyrillic letter, which a GOST reference has: "И".
CYRILLIC = regex.compile(r"\p{Cyrillic}")
GB_CODE = regex.compile(r"\[[A-Z]{1,2}(?:/OL)?\]")
#: Chinese title marks, or Japanese ones for a book or journal: "《大国关系》", "『中央アジアの歴史』".
HAN_TITLE = regex.compile(r"《[^》]+》|『[^』]+』")
#: A web item: the text starts with a quote (or has no words at all) and a URL stands beside it.
WEB_START = regex.compile(r"^\s*[“\"‘«]")
#: Western bracketed translation after a transliterated title: "… [Head of State congratulates …]" (not a law
#: report's year, "[1997] PL 467").
BRACKETED = regex.compile(r"\s*\[(?!(?:1[5-9]|20)\d\d\])[^\]]+\]")

#: A preprint's server or the word itself: "arXiv:1304.7229", "arXiv :1705.08453", "preprint, arXiv:…", "bioRxiv".
PREPRINT = regex.compile(r"\b(?:arXiv|bioRxiv|medRxiv|preprint)\b", regex.IGNORECASE)

#: Markers a parser sets under "genre" that decide the type outright.
GENRES = {
    "thesis",
    "report",
    "chapter",
    "webpage",
    "article-journal",
    "book",
    "paper-conference",
    "article-newspaper",
    "document",
}

#: A newspaper's name: "人民日报", "环球时报", "The New York Times", "Коммерсантъ-газета" (not "…学报").
NEWSPAPER = regex.compile(r"(?<!学)报$|Times$|Post$|Herald$|Gazette$|Газета$|газета$")
#: A bare site name before a URL: "世界银行网", "哈通社官网", "Kremlin.ru", "Astana Times website".
#: A site named, then what it says described rather than titled: "中华人民共和国外交部网站关于哈萨克斯坦…的概况".
SITE_DESCRIBED = regex.compile(r"^(?P<site>[^\s,，。《》“”]{2,30}?(?:网站|网|官网))(?:关于|上关于|发布的|有关)")
SITE_NAME = regex.compile(
    r"^[^\s,，。.“”《》]{2,20}(?:网|网站|官网|门户|社)$|^\S+\.(?:com|org|ru|kz|cn|net|gov)$|\bwebsite$",
    regex.IGNORECASE,
)
#: The word "doi" anywhere: "doi: 10.1000/xyz", "DOI 10.1000/xyz".
DOI_WORD = regex.compile(r"\bdoi\b", regex.I)
#: A labelled DOI left in the text: "doi: 10.1000/xyz", "DOI：10.1000/xyz", "doi 10.1000/xyz".
DOI_LABEL = regex.compile(r"\bdoi\s*[:：]?\s*10\.\S+", regex.I)
#: Empty angle brackets left where a URL was taken out: " < > ", "<>".
EMPTY_ANGLES = regex.compile(r"\s*<\s*>\s*")
#: A numbered list's entry number, which the rules read past (the labeller labels it): "[1] ", "[23]", "5) ",
#: "12. " (not a year, "2019. Title", nor a number that goes on, "1.5").
ENTRY_NUMBER = regex.compile(r"^(?:\[\d{1,4}\]|\d{1,3}[.)](?=\s+\D))\s*")
#: Markdown emphasis around a title: "*Steppe Empires*", "_Journal_" (not inside words: "snake_case").
MD_EMPHASIS = regex.compile(r"\*(?P<inner>[^*\s][^*]*)\*|(?<!\w)_(?P<inner>[^_\s][^_]*)_(?!\w)")
#: Marks of a printed source, not a web item: "*Journal*", "_Book_", "Vol. 3", "vol. 3", "pp. 45", "p. 5".
PRINT_CUE = regex.compile(r"\*[^*]+\*|_[^_]+_|\bVol\.|\bvol\.|\bpp?\.\s*\d")
#: A container that is a conference: "Proceedings of …", "Proc. ICLR Workshop", "… Conference", "… Symposium",
#: "Paper presented at the Annual Meeting of …", "…会议", "…论文集", "…研讨会".
CONFERENCE_CONTAINER = regex.compile(
    r"Proceedings|\bProc\b|Conference|Workshop|Symposium|Congress|\bMeeting\b|[Pp]resented at|会议|论文集|研讨会"
)
#: The words before a conference a paper or poster was given at: "Paper presented at", "Poster session presented at".
PRESENTED_AT = regex.compile(r"\G(?:(?:Paper|Poster|Talk)(?:\s+session)?\s+)?presented\s+at\b", regex.IGNORECASE)
#: A full date, day and month, that a newspaper prints and a journal does not: "12 March", "March 4, 2021".
DAY_AND_MONTH = regex.compile(
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}\b(?!\s*[-–])"
)

WEB_DATE_WARNING = "unlabelled date beside the URL read as access date"
T = TypeVar("T")
#: A parse step that may yield a labeller request and be sent back its spans and confidence, then returns a T.
Parse = Generator[labeller.Request, tuple[list[labeller.Span], float], T]
UNKNOWN_STYLE_WARNING = "fits no known citation style; only the title was read"

#: Who reads a reference: "rules" only, the "labeller" only, "combined" (rules where their cue is exact, else the
#: labeller), "covered" (also the Western rules when their fields cover the string) or "fallback" (also the
#: Western rules unless their parse looks broken, `_looks_whole`) or "agree" (also the Western rules when they
#: find the labeller's title and first author) or "confident" (the labeller, except where it is unsure of its
#: reading, `CONFIDENCE`, and the Western rules' parse looks whole); see `_decide`.
READERS = ("rules", "labeller", "combined", "covered", "fallback", "agree", "confident")
#: Fields that tell a reference's type; a labelling with none of them gives way to a whole-looking rule parse.
TYPING_FIELDS = ("container_title", "publisher", "genre", "short", "ibid")
#: Below this probability of its whole labelling, the labeller gives way to a whole-looking Western rule parse.
CONFIDENCE = float(os.environ.get("CITE_CONFIDENCE", "0.5"))
#: The reader used when none is asked for; the CITE_READER environment variable picks another, for measurement.
READER = os.environ.get("CITE_READER", "combined")
#: The share of a string's letters and digits a Western rule parse must account for to be trusted over the labeller.
COVERAGE = 0.8
#: Letters and digits, the characters coverage counts: "Smith", "2019", "北京".
ALNUM = regex.compile(r"[\p{L}\p{N}]")
#: A year inside a title, the mark of a title that swallowed the rest: "Poole, David (1988). A logical…", "1991. Thematic".
YEAR_IN_TITLE = regex.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)|\b(?:1[5-9]|20)\d\d[a-z]?\.\s")
#: A year among names, which no name holds: "Aladin, N. V. (2008)", "Jones, Philip. 2011".
YEAR_IN_NAMES = regex.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: Words a rule parse reads but does not keep as a field: "In", "ed.", "pp.", "Vol.", "No.", "edited by", "第…页".
CONNECTIVES = regex.compile(
    r"\b(?:in|ed|eds|edn|edited|by|trans|translated|pp?|vol|no|nos|and|et al|accessed|available|at|from|"
    r"retrieved|online|url|doi|of|the|thesis|diss|PhD|MA)\b\.?|第|页|年|期|卷|版|№|С\.|Т\.|под ред|ред|пер",
    regex.IGNORECASE,
)


def parse_reference(
    raw: str, italic: tuple[Italic, ...] = (), reader: str | None = None, entry: bool = False
) -> Reference:
    """Parse and normalise one reference string; `italic` are offsets into `raw` (from the document).

    `entry`: the string is a reference-list entry, which is never a short repeat ("Dowty, David. 1991. …").
    """
    return parse_references([(raw, italic, entry)], reader)[0]


#: What `parse_references` parses: a reference string, its italics and whether it is a list entry.
Piece = tuple[str, tuple[Italic, ...], bool]


def parse_references(pieces: Sequence[Piece], reader: str | None = None) -> list[Reference]:
    """Parse many reference strings as `parse_reference` does each; the labeller labels all those the exact
    rules do not take in one batch, which is many times faster than one by one (labeller/decode.py)."""
    with _no_cycle_collection():
        return _parsed_together(pieces, reader or READER)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while a batch is parsed: the batch holds its tokens, features and drafts until
    it ends (hundreds of thousands of objects), which the collector would walk again and again, 10-14% of the
    batch's time (2026-12-02); the parse makes no reference cycles, so reference counting frees all it drops."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parsed_together(pieces: Sequence[Piece], reader: str) -> list[Reference]:
    steps = [_parse(raw, italic, reader, entry) for raw, italic, entry in pieces]
    out: dict[int, Reference] = {}
    waiting = dict(enumerate(steps))
    answers: dict[int, tuple[list[labeller.Span], float]] = {}
    while waiting:  # each round, every parse runs until it needs a labelling or is done
        requests: dict[int, labeller.Request] = {}
        for index, step in waiting.items():
            try:
                requests[index] = step.send(answers.get(index))
            except StopIteration as done:
                out[index] = done.value
        if requests:  # none with the rules alone: the model is never opened
            answers = dict(zip(requests, labeller.label_many(list(requests.values())), strict=True))
        waiting = {index: steps[index] for index in requests}
    return [out[index] for index in range(len(steps))]


def _parse(raw: str, italic: tuple[Italic, ...], reader: str, entry: bool) -> Parse[Reference]:
    """`parse_reference` as a generator that yields its labeller request, if any, and is sent the labelling."""
    source = half_width(raw)  # "Alexander Cooley，Great Games，New York：…" read with its own script's marks
    text, url, doi, accessed, gb_issued = _peel(source)
    draft = yield from _decide(source, text, url, italic, reader)
    warnings: list[str] = []
    if draft is None:
        return Reference(raw=raw, url=url, doi=doi, accessed=accessed, warnings=("could not parse reference",))
    draft = _without_idem_author(source, draft)
    if entry or url or accessed or _preprint(text):  # a list entry, a reference with a URL, access date or preprint
        # identifier: never a short form
        draft.pop("short", None)
    if draft.get("web_date"):
        if accessed:
            draft.setdefault("year", year(str(draft["web_date"])))
        else:
            accessed = iso_date(str(draft["web_date"]))
            warnings.append(WEB_DATE_WARNING)
    if gb_issued:
        draft.setdefault("year", gb_issued[:4])
    fields = _normalise(with_abbreviation_dot(text, draft))
    kind = _type(draft, fields, url, text)
    if not draft.get("ibid") and not draft.get("short"):
        if not fields.get("title") and not url:
            warnings.append("no title found")
        elif kind == "document" and draft.get("genre") != "document":  # not a GB/T [S], [P], [A] or [Z]
            warnings.append(UNKNOWN_STYLE_WARNING)
    lang = str(draft.get("language") or language(str(fields["title"]))) if fields.get("title") else ""
    return Reference(
        raw=raw,
        type="" if draft.get("ibid") or draft.get("short") else kind,
        url=url,
        doi=doi,
        accessed=accessed,
        language="" if draft.get("ibid") or draft.get("short") else lang,
        ibid=bool(draft.get("ibid")),
        short=bool(draft.get("short")),
        warnings=tuple(warnings),
        **fields,
    )


#: A journal's name abbreviated word by word, with full stops (ISO 4, as ACS, IEEE, Nature and APA typists write
#: it): "J. " of "J. Environ. Radioact", "Nat. " of "Nat. Commun" (not NLM's "Health Policy Plan", no stops).
ABBREVIATED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}{0,8}\.\s")
#: What shows that a full stop after a journal's name is its last abbreviation's, not the reference's punctuation:
#: a comma right after it ("Mach. Learn., vol. 45"), the end of the italics it is in ("*Nat. Commun.* **10**"), or
#: the year or volume and a comma that ACS and Nature print after the name ("Chem. Rev. 2018, 118", "Nat. Commun.
#: 10, 264"); not "Am. J. Public Health. 2019;109", Vancouver's stop after an unabbreviated last word.
ABBREVIATION_STOP = regex.compile(r"\.(?:,|[*_]|\s+\d{1,4},\s*\d)")


def with_abbreviation_dot(text: str, draft: Draft) -> Draft:
    """The draft marked to keep its journal's last full stop (`_normalise` puts it back), where the name is
    abbreviated word by word and the stop is the last abbreviation's (`ABBREVIATION_STOP`): "J. Environ. Radioact."
    as the name is written, which the parsers strip as punctuation."""
    container = str(draft.get("container_title", "")).rstrip(" *_.")  # "Environ. Int. *" of a cut title
    if not container or not container[-1:].isalpha() or not ABBREVIATED_WORD.search(container):
        return draft
    at = text.find(container)
    if at < 0 or not ABBREVIATION_STOP.match(text, at + len(container)):
        return draft
    return {**draft, "abbreviation_stop": True}


def _without_idem_author(source: str, draft: Draft) -> Draft:
    """The draft without its author where that is the "Id.," / "Idem," the reference opens with
    (`repeat.IDEM_WITH_WORK`): the author just cited, of another work cited here in full, which is a reference with
    no author of its own ("Id., *China and Inner Asia* (London: …, 1975), 143"), not one by "Idem". The word stays
    in the text the readers read: in an author's place, it keeps the rest read as a full reference."""
    match = repeat.IDEM_WITH_WORK.match(source)
    if match and str(draft.get("author", "")).strip(" .,") == match.group().strip(" .,"):
        return {key: value for key, value in draft.items() if key != "author"}
    return draft


def _preprint(text: str) -> bool:
    """Whether the text names a preprint, which a short form never does: "arXiv:1304.7229", "preprint"."""
    lowered = text.lower()
    return ("arxiv" in lowered or "preprint" in lowered) and PREPRINT.search(text) is not None


def _peel(raw: str) -> tuple[str, str, str, str, str]:
    """Take the URL, DOI and labelled access date out of the text; return what is left and them."""
    text = collapse(raw).rstrip("。.；;，,")
    text = ENTRY_NUMBER.sub("", text) if text[:1] == "[" or text[:1].isdigit() else text
    gb_issued = ""
    if "[" in text and (match := GB_WEB_DATES.search(text)):
        gb_issued = match["issued"] or ""
        text = text[: match.start()] + f" [accessed {match['accessed']}]" + text[match.end() :]
    accessed = ""
    lowered = text.lower()
    if any(word in lowered for word in ACCESS_WORDS) and (match := ACCESSED.search(text)):
        accessed = iso_date(match["date"])
        if accessed:
            text = text[: match.start()] + text[match.end() :]
    urls = list(URL.finditer(text)) if "http" in lowered or "www." in lowered else []
    labelled = any(word in lowered for word in URL_LABEL_WORDS)
    url = clean_url(urls[0].group()) if urls else ""
    if urls and not accessed and (after := DATE_AFTER_URL.match(text, urls[-1].end())):
        # 《中国社会科学》 style: "…，1998年8月16日，http://…，1998年10月4日。" — the date after the URL is the access date
        accessed = iso_date(after["date"])
        text = text[: after.start()] + text[after.end() :]
    doi = doi_of(url) if "doi" in url.lower() else doi_of(text) if "doi" in lowered and DOI_WORD.search(text) else ""
    for match in reversed(urls):
        before = text[: match.start()].rstrip('<“" ')
        before = URL_LABEL.sub("", before) if labelled else before
        text = before + text[match.end() :].lstrip('>”"')
    text = DOI_LABEL.sub("", text) if "doi" in lowered else text
    text = EMPTY_ANGLES.sub(" ", text) if "<" in text else text
    text = URL_LABEL.sub("", text) if labelled else text
    return text.strip(" ,，.。;；:："), url, doi, accessed, gb_issued


def _decide(raw: str, text: str, url: str, italic: tuple[Italic, ...], reader: str) -> Parse[Draft | None]:
    """The draft of whichever reader is trusted for this reference (see the module docstring)."""
    if reader == "labeller":
        return (yield from _labelled(raw, italic))[0] if labeller.available() else _choose(text, bool(url), raw)[1]
    lazy = reader == "combined" and labeller.available()  # the Western rules run only if the labeller falls short
    exact, draft = _choose(text, bool(url), raw, western_too=not lazy)
    if reader == "rules" or exact or not labeller.available():
        return draft
    if reader == "covered" and draft is not None and _coverage(text, draft) >= COVERAGE:
        return draft
    if reader == "fallback" and draft is not None and _looks_whole(text, draft):
        return draft
    labelled, confidence = yield from _labelled(raw, italic, reader == "confident")
    if reader == "agree" and draft is not None and _agree(draft, labelled):
        return draft
    if reader == "confident" and confidence < CONFIDENCE and draft is not None and _looks_whole(text, draft):
        return draft
    if draft is not None and draft.get("short") and labelled.get("short") and _fewer_names(labelled, draft):
        return draft  # both read a short form; the rules found the title (or author) the labeller ran together
    if _incomplete(labelled) or (labelled.get("short") and labelled.get("year")):
        if draft is None and lazy:
            draft = _western(text, bool(url))
        if draft is not None and _looks_whole(text, draft) and not (labelled.get("short") and draft.get("short")):
            # the labeller found no title or nothing that tells the type, or read a dated short form, where a
            # whole-looking rule parse found the work ("Paul Craig, Administrative Law (8th edn, Sweet & Maxwell 2016) 45")
            if labelled.get("short"):
                if _has_source(draft) and draft.get("year"):
                    return draft
            elif url or (_has_source(draft) and _same_authors(draft, labelled)):
                return draft
            elif not _named(labelled) and not (_initialled(labelled) and not _same_authors(draft, labelled)):
                return draft  # not where the rules lose names the labeller found ("H.-W. Hammer, C. Ji, arXiv:…")
    return labelled


def _same_authors(rules: Draft, labelled: Draft) -> bool:
    """Whether the rules read the labeller's authors: where they do not, their names ran into the title ("C. Misner,
    K. Thorne" + "and J. Wheeler" as the title), and a labelling that only lacks what tells the type is the better."""
    return names(str(rules.get("author", ""))) == names(str(labelled.get("author", "")))


def _initialled(labelled: Draft) -> bool:
    """Whether the labeller read names, each with an initial and its full stop (`INITIAL`: "L. Chen, H.-X. Wang,
    L. Wang, and W. Li"), which the title a rule parse reads in their place never is."""
    found = names(str(labelled.get("author", "")))
    return bool(found) and all(INITIAL.search(name) for name in found)


def _fewer_names(labelled: Draft, rules: Draft) -> bool:
    """Whether the labeller's short form lacks a title, an author or the page that the rules' short form has
    ("Jones, *Beta*, 9." labelled as one author "Jones, Beta"; "Collins, Clan Politics, 51" without its page)."""
    return any(rules.get(key) and not labelled.get(key) for key in ("title", "author", "page"))


def _incomplete(labelled: Draft) -> bool:
    """A labelling with no title (nor a dated container), unless a repeat, or with nothing that tells the type."""
    if labelled.get("short") or labelled.get("ibid"):
        return False
    return not _named(labelled) or not any(labelled.get(k) for k in TYPING_FIELDS)


def _named(labelled: Draft) -> bool:
    """Whether a labelling names the work: a title, or a container with its year or volume (a journal reference
    with no title, "J. Am. Chem. Soc. 103")."""
    return bool(
        labelled.get("title") or (labelled.get("container_title") and (labelled.get("year") or labelled.get("volume")))
    )


def _agree(rules: Draft, labelled: Draft) -> bool:
    """Whether the rules and the labeller read the same title and the same first author (or none)."""
    title = unwrap(str(rules.get("title", ""))).casefold()
    if not title or title != unwrap(str(labelled.get("title", ""))).casefold():
        return False
    first = [names(str(d["author"]))[:1] if d.get("author") else [] for d in (rules, labelled)]
    return first[0] == first[1]


def _labelled(raw: str, italic: tuple[Italic, ...], with_confidence: bool = False) -> Parse[tuple[Draft, float]]:
    """The labeller's draft (the labelling yielded for, `parse_references`); Markdown emphasis (`*Title*`,
    `_Title_`) is read as italics, as the corpus marks it."""
    text = collapse(raw)
    if text != raw:  # offsets of `italic` are into `raw`; collapsing whitespace moves them
        italic = ()
    if "*" in text or "_" in text:
        text, italic = _emphasis_to_italic(text, italic)
    spans, confidence = yield text, italic, with_confidence
    spans = _names_before_italic(text, _one_field_per_italic(spans, italic), italic)
    spans = _series_after_italic_title(text, spans, italic)
    return draft_of(text, _repaired(text, _web_page_dated(text, spans))), confidence


#: Access words (lower case) of ACCESS_WORDS and of other languages: French "consulté", Spanish "consulta", "accedido",
#: Italian "consultato", German "abgerufen", "zugegriffen".
ACCESS_WORDS_ANY_LANGUAGE = (*ACCESS_WORDS, "consult", "acced", "abgerufen", "zugegriffen")


def _web_page_dated(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A web page's date before its URL that no access word labels is its date, not the access date (which
    follows the URL); and the body that publishes a page with a quoted title, no place and no container is its site
    ("Roe, “Title,” Steppe Water Watch, June 17, 2021, https://…"; one named as an institution or a publishing house
    stays the publisher, `_site_name`)."""
    labels = [label for *_, label in spans]
    if "url" not in labels:
        return spans
    url_start = next(start for start, _, label in spans if label == "url")
    out: list[labeller.Span] = []
    for start, end, label in spans:
        before = text[max(0, start - 25) : start].lower()
        if label == "accessed" and end <= url_start and not any(word in before for word in ACCESS_WORDS_ANY_LANGUAGE):
            label = "date"
        out.append((start, end, label))
    titled = any(label == "title" and WEB_START.match(text[start - 1 : end]) for start, end, label in out if start)
    if titled and "publisher-place" not in labels and "container-title" not in labels:
        out = [(start, end, "container-title" if label == "publisher" and _site_name(text, start, end) else label)
               for start, end, label in out]  # fmt: skip
    return out


def _site_name(text: str, start: int, end: int) -> bool:
    """Whether a publisher span may name a web site: not an institution nor a publishing house ("Brookings
    Institution", "Cambridge University Press" stay publishers)."""
    found = PUBLISHING_HOUSE.search(text, start, end) or INSTITUTION.search(text, start, end)
    return not (found or INSTITUTION_LAST.search(text, start, end))


def _series_after_italic_title(text: str, spans: list[labeller.Span], italic: tuple[Italic, ...]) -> list[labeller.Span]:
    """A title that is an italic stretch and runs on past it, through a comma, into plain words ends with the
    stretch: the words are the series the work is in, as is a number read as the issue right after them, where
    there is no journal ("*Water in the Steppe*, Asia Report no. 12 (…)", "*Title*, Country Economic Memorandum")."""
    for start, end in italic:
        index = next((k for k, (a, b, label) in enumerate(spans) if label == "title" and a == start and b > end), -1)
        if index < 0 or not text[end : spans[index][1]].lstrip().startswith(","):
            continue
        replaced = [(start, end, "title"), (end, spans[index][1], "collection-title")]
        after = spans[index + 1 : index + 2]
        numbered = bool(after) and after[0][2] == "issue" and all(label != "container-title" for *_, label in spans)
        if numbered:
            replaced.append((after[0][0], after[0][1], "collection-title"))
        spans = [*spans[:index], *replaced, *spans[index + 1 + numbered :]]
    return spans


#: Opening quotes and the closing quote each one needs: ‘…’ (not an apostrophe, "Kazakhstan’s"), “…”, «…», "…".
QUOTE_PAIRS = {
    "‘": regex.compile(r"’(?!\p{L})"),
    "“": regex.compile("”"),
    "«": regex.compile("»"),
    '"': regex.compile('"'),
}


#: A quote that opens a title after a name list's sentence end or comma: ". “" in "Levy, Steven. “Great Minds".
QUOTE_AFTER_NAMES = regex.compile(r"[.,]\s+(?=[“\"‘«])")


def _quoted_title_in_names(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """The first name list holds no quoted title: where it runs on over one ("Levy, Steven. “Great Minds, Great
    Ideas.” Newsweek 27 May 2002", its words read as names), the names end before the quote, the quoted words are
    the title, and a "title" right after it, with no container, is the container the quoted title is in."""
    index = next((i for i, (_, _, label) in enumerate(spans) if label in NAME_LABELS), None)
    if index is None or not any(mark in text for mark in QUOTE_PAIRS):
        return spans
    start, end, label = spans[index]
    if not (cut := QUOTE_AFTER_NAMES.search(text, start, end)) or cut.start() == start:
        return spans
    opening = cut.end()
    closing = QUOTE_PAIRS[text[opening]].search(text, opening + 1)
    if closing is None or closing.start() <= opening + 1:
        return spans
    inside = [span for span in spans[index + 1 :] if span[0] < closing.start()]
    rest = spans[index + 1 + len(inside) :]
    if rest and rest[0][2] == "title" and all(lab != "container-title" for _, _, lab in spans):
        rest[0] = (rest[0][0], rest[0][1], "container-title")
    title_end = closing.start() - 1 if text[closing.start() - 1] in ".," else closing.start()
    return [*spans[:index], (start, cut.start(), label), (opening + 1, title_end, "title"), *rest]


def _title_to_its_closing_quote(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A title that opens with a quote mark runs to the quote that closes it, over quotes nested inside: the
    labeller cut "‘Genealogy, Class, and “Tribal Policy”" + " in Soviet Turkmenistan’" at the inner quote."""
    for index, (start, end, label) in enumerate(spans):
        if label != "title" or start == 0 or text[start - 1] not in QUOTE_PAIRS:
            continue
        opener = start - 1
        while opener and text[opener - 1] in QUOTE_PAIRS:  # a title that opens with a quotation: ‘“Applied …” in …’
            opener -= 1
        closing = QUOTE_PAIRS[text[opener]].search(text, start)
        if closing and (closing.start() > end or opener < start - 1):
            inside = [span for span in spans[index + 1 :] if span[0] < closing.start()]
            if all(span[1] <= closing.start() for span in inside):
                rest = spans[index + 1 + len(inside) :]
                return [*spans[:index], (opener + 1, closing.start(), "title"), *rest]
        return spans
    return spans


#: A quoted word inside a title, not a quoted title: its closing quote is followed by a word ("“blood” in Kazakhstan").
QUOTE_INSIDE = regex.compile(r"[”’\"]\s+(?=\p{L})")
#: The end of the sentence a title runs to: ". Seattle", or the end.
SENTENCE_END = regex.compile(r"\.(?:\s+|$)|$")


def _title_over_quoted_words(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A title cut at a quoted word inside it runs on to its sentence end: "Modern clan politics: The power of
    “blood" + "” in " + "Kazakhstan and beyond" + ". Seattle" is one title; a title in quotes, to its closing
    quote: "‘The Monumental and the Miniature: Imagining “Modernity" + "” in Astana’" + ", *Social …*"."""
    for index, (start, end, label) in enumerate(spans):
        value = text[start:end]
        if label != "title" or value.count("“") <= value.count("”") or not QUOTE_INSIDE.match(text, end):
            continue
        stop = SENTENCE_END.search(text, end).start()
        closer = QUOTE_PAIRS.get(text[start - 1]) if start else None
        if closer and (closing := closer.search(text, end + 1, stop)):
            stop = closing.start()
        return [*spans[:index], (start, stop, "title"), *(s for s in spans[index + 1 :] if s[0] >= stop)]
    return spans


#: The role between a book and its editors: ", ed. by ", ", edited by ", ", eds ".
ROLE_BETWEEN = regex.compile(r"\s*,\s*(?:eds?\.?|edited)(?:\s+by)?\s*$", regex.IGNORECASE)
#: The role in brackets between editors and their book: " (ed.), ", " (Eds.), ", " (Hg.): ".
ROLE_IN_BRACKETS = regex.compile(r"\s*\((?:[Ee]ds?|[Ee]ditors?|[Hh]rsg|[Hh]g)\.?\)\s*[,:.]?\s*")


def _book_named_as_genre(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A "genre" right after "in" is the book a chapter is in, with the bracketed year its name holds:
    "in 中亚发展报告（2020）, ed. 刘晓东" (报告 is "report"); so are "editors" right after "in" whose role
    follows them before more editors ("in A State of Nations, ed. by Ronald Grigor Suny and Terry Martin"), and
    the "editors" or "title" after editors right after "in" and their bracketed role, with the words run on
    after them ("in D. C. Greetham (ed.), " + "Scholarly Editing: A Guide" + " " + "to Research")."""
    if any(label == "container-title" for _, _, label in spans):
        return spans
    for index, ((start, end, label), after) in enumerate(pairwise(spans)):
        if label != "editor" or not IN_BEFORE.search(text, 0, start):
            continue
        if after[2] == "editor" and ROLE_BETWEEN.match(text[end : after[0]]):
            return [*spans[:index], (start, end, "container-title"), *spans[index + 1 :]]
        if after[2] in ("editor", "title") and ROLE_IN_BRACKETS.fullmatch(text, end, after[0]):
            book_end, rest = after[1], spans[index + 2 :]
            while rest and rest[0][2] in ("editor", "title", "note") and not text[book_end : rest[0][0]].strip():
                book_end, rest = rest[0][1], rest[1:]
            return [*spans[: index + 1], (after[0], book_end, "container-title"), *rest]
    for index, (start, end, label) in enumerate(spans):
        if label == "genre" and IN_BEFORE.search(text, 0, start):
            year = BRACKETED_YEAR.match(text, end)
            book_end = year.end() if year else end
            return [
                *spans[:index],
                (start, book_end, "container-title"),
                *(s for s in spans[index + 1 :] if s[0] >= book_end),
            ]
    return spans


def _names_before_italic(text: str, spans: list[labeller.Span], italic: tuple[Italic, ...]) -> list[labeller.Span]:
    """A title span that starts before its italic title, right after the authors, holds the authors' end:
    "David Cooper, Richard Higgott" + ", " + "Andrew Fenton and Kim Richard Nossal, *Relocating Middle Powers*"."""
    for start, _ in italic:
        for index, (a, b, label) in enumerate(spans):
            if label != "title" or not a < start < b or not index or spans[index - 1][2] != "author":
                continue
            head = text[a:start].rstrip()
            if head.endswith(",") and not any(mark in head for mark in '“"‘«:'):
                spans[index - 1 : index + 1] = [(spans[index - 1][0], a + len(head) - 1, "author"), (start, b, label)]
            break
    return spans


#: Labels of name lists, which never run across a sentence end.
NAME_LABELS = ("author", "editor", "translator")
#: A sentence end inside a labelled name list: a full stop after a word ("Cooley, Alexander. Great Games"; not
#: after an initial, "Jr." or "St.") or after the dashes that repeat the last entry's authors ("———. Dom Casmurro",
#: "______. On Christian Doctrine"), or, in a name written family-first, after its given names and initials
#: when a capitalised word follows with no separator ("Peterson, Maya K. Pipe Dreams", "…; Green, R. A. Palladium").
NAMES_SENTENCE_END = regex.compile(
    r"(?<=\p{Ll}{2}|(?:^|\s)(?:[—_]+|[-–]{2,}))\.\s+(?=\p{Lu})|"
    r"(?:\G|[;&]\s*|,\s(?:and\s|&\s)?)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s"
    r"(?:\p{Lu}[\p{L}'’-]*\.?[\s-])*?\p{Lu}\.\K"
    r"\s+(?=(?!(?:Jr|Sr)\b)\p{Lu}\p{Ll}++(?![,.]?\s*(?:,|and\b|&)))"
)
#: The sentence end after a Vancouver name, a family name then run-together initials: "Wilhelm MP. Vancomycin",
#: "…, Lubben J, Schellekens H. Cloning".
VANCOUVER_END = regex.compile(r"(?<=\b\p{Lu}\p{Ll}[\p{L}'’-]*\s(?P<initials>\p{Lu}{1,3}(?:-\p{Lu})?))\.\s+(?=\p{Lu})")
#: A whole name in Vancouver's form: "Lubben J", "van der Meide PH", "Winter K-U".
VANCOUVER_NAME = regex.compile(r"(?:\p{L}[\p{L}'’-]*\s)+\p{Lu}{1,3}(?:-\p{Lu})?")
#: A part of a name list that begins with an article, so begins the title: ", The Hungry Steppe" (no name does).
ARTICLE_PART = regex.compile(r",\s+(?=(?:The|A|An)\s+\p{Lu})")
#: Particles before a family name: "von Feilitzsch", "de Landázuri", "St George-Hyslop".
PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|la|le|vanden|St)\s)*"
#: A name in a list: family name first with run-together initials, Vancouver's ("Subbiah MTR", "St George-Hyslop
#: PH", "vanden Brand J F J", "Ettinger WH Jr"), or given names first ("Fei-fei Li", "H.-X. Wang", "E. MARHAM",
#: "F. von Feilitzsch").
LIST_NAME = (
    rf"(?P<vancouver>{PARTICLES}\p{{Lu}}[\p{{L}}'’]+(?:-\p{{L}}[\p{{L}}'’]*)*\s(?:\p{{Lu}}{{1,3}}|\p{{Lu}}(?:\s\p{{Lu}}){{1,2}})"
    rf"(?:\s(?:Jr|Sr))?(?=[,.:\s]))|"
    rf"(?P<given>(?:\p{{Lu}}\.(?:\s?-?\p{{Lu}}\.)*\s?|\p{{Lu}}\p{{Ll}}+(?:-\p{{L}}\p{{Ll}}*)?\s)+)"
    rf"{PARTICLES}\p{{Lu}}[\p{{L}}'’]*(?:-\p{{L}}[\p{{L}}'’]*)*"
)
#: The rest of a name list that the labeller read as the start of the title, up to the list's sentence end (". ",
#: Vancouver's ": "): "Nityananda Jayadevaprakash, Bangpeng Yao, and Fei-fei Li. Novel dataset …", "Subbiah MTR.
#: Plasma …", "E. MARHAM et A. PRICE. Org. Synth.".
NAMES_HEAD = regex.compile(
    rf"\G(?:(?:and|&|et)\s+)?(?:{LIST_NAME})(?:(?:,\s*|,?\s+(?P<joined>and|&|et)\s+)(?:{LIST_NAME}))*\K[.:]\s+(?=\p{{Lu}})"
)
#: What stands between two parts of one name list: ", ", ", and ", " & ", " et ".
NAME_LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:(?:and|&|et)\s+)?|\s(?:and|&|et)\s+)$")
#: An initial the labeller left its full stop outside of: "Adams, Laura L" + ".", "Cheng, X.-M" + ".".
OPEN_INITIAL = regex.compile(r"(?:^|[\s.-])\p{Lu}$")
#: The first sentence end in a span: ". " in "Amination of Aryl Halides. Org. React".
SPAN_SENTENCE_END = regex.compile(r"\.\s+")


#: A given name left unlabelled after the family name, up to the names' full stop: ", Ann" in "Miller, Ann. 2019.".
GIVEN_NAME_AFTER = regex.compile(
    r"\G,\s+(?!(?:Vols?|Nos?|Nr|Bd|Eds?|Hrsg|Trans|Pt|Suppl)\.)\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)*(?=\.\s)"
)


#: The full stop after a given name and the space before the title: ". " in "Rainsford, Dominic. Authorship".
GIVEN_NAME_STOP = regex.compile(r"\.\s+")


def _given_name_left_out(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """The first names span takes the given name the labeller left out after it, when nothing else was labelled
    there ("Miller" + ", Ann" + ". 2019. …": "Ann." reads like the abbreviation of "Annals"), or read as the
    title's first word after a lone family name ("Rainsford" + ", " + "Dominic. Authorship, ethics and …")."""
    for index, (start, end, label) in enumerate(spans):
        if label == "citation-number":
            continue
        given = GIVEN_NAME_AFTER.match(text, end) if label in NAME_LABELS else None
        following = spans[index + 1] if given and index + 1 < len(spans) else None
        if given and (following is None or following[0] >= given.end()):
            spans = [*spans[:index], (start, given.end(), label), *spans[index + 1 :]]
        elif given and following and following[2] == "title" and end < following[0] < given.end() < following[1]:
            title_start = GIVEN_NAME_STOP.match(text, given.end())
            lone = not any(mark in text[start:end] for mark in ",.")  # a family name alone, no initials
            if lone and title_start and title_start.end() < following[1]:
                title = (title_start.end(), following[1], "title")
                spans = [*spans[:index], (start, given.end(), label), title, *spans[index + 2 :]]
        break
    return spans


#: The bare "in" between a title and words the labeller took for editors: " in " of "A Study in Canon, Ritual".
IN_BETWEEN = regex.compile(r"\s+in\s+")


def _title_in_words(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no editor's role word in the text, "editors" right after the title with a bare "in" between are the
    title's own words: "The Rise of Musical Classics …: A Study" + " in " + "Canon, Ritual, and Ideology"."""
    for index, ((start, end, label), after) in enumerate(pairwise(spans)):
        if label == "title" and after[2] == "editor" and IN_BETWEEN.fullmatch(text, end, after[0]):
            return [*spans[:index], (start, after[1], "title"), *spans[index + 2 :]]
    return spans


def _role_list_run_on(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """Names after the title (or the book's) that go on from a translator's or editor's list, with nothing or a
    list's comma or "and" between, are more of that list: "Translated by " + "Robert Hurley, Helen R" + ". Lane, and
    Mark Seem", "ed. by " + "Nicola Di Cosmo" + ", " + "Allen J. Frank and Peter B. Golden" (read as authors)."""
    titled = False
    for index, ((_, end, label), (start, after_end, after)) in enumerate(pairwise(spans)):
        titled = titled or label in ("title", "container-title")
        if titled and label in ("translator", "editor") and after == "author" and NAMES_BETWEEN.fullmatch(text, end, start):
            return [*spans[:index], (spans[index][0], after_end, label), *spans[index + 2 :]]
    return spans


#: The word "In" a title begins with, right before the span: "In " of "In the Wake of Chaos" (not "In: ").
TITLE_IN_WORD = regex.compile(r"\bIn\s+$")


def _title_beginning_with_in(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """The first work's name right after the names or the date, with "In " before it, is the work's own title
    beginning with "In" when a book's publisher or place follows and no editor or volume is named: "Stephen H.
    Kellert, " + "In " + "the Wake of Chaos: …, University of Chicago Press" (ACS names a chapter's book, not its
    title, after "In": "K. Pace. In *Railway Diplomacy*; Woods, R. D., Ed.; …")."""
    if "In " not in text:  # the word, looked for before the labels and the role words
        return spans
    labels = [label for _, _, label in spans]
    if "volume" in labels or not {"publisher", "publisher-place"} & set(labels) or EDITOR_ROLE.search(text):
        return spans
    for index, (start, end, label) in enumerate(spans):
        if label in ("title", "container-title"):
            before = spans[index - 1] if index else (0, 0, "")
            if before[2] in ("author", "date") and (word := TITLE_IN_WORD.search(text, before[1], start)):
                return [*spans[:index], (word.start(), end, "title"), *spans[index + 1 :]]
            return spans
    return spans


#: What joins a title's start to the rest of it: ": ", ", ", " ".
TITLE_JOIN = regex.compile(r"\s*[:,]?\s*")
#: Between the names of a list: ", ", " and " ("U. Frisch, A. N. Kolmogorov and S. B. Pope").
NAME_LIST_PARTS = regex.compile(r",\s*|\s+and\s+")
#: An initial with its full stop, which every name in a list of initialled names has: "U." in "U. Frisch".
INITIAL = regex.compile(r"\b\p{Lu}\.")
#: The last part of a name span that is no name: capitalised words with no initial nor full stop, not a
#: suffix or "et al": "Turbulence", "Majestic Lights", "Collective Phenomena" (not "Jr", "III").
NAMELESS_TAIL = regex.compile(r"(?!(?:Jr|Sr|II|III|IV|et al)\b)\p{Lu}[^.,;&()]*")


def _title_at_the_end_of_the_names(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """The last part of the first names span, after a comma, with no initial where every name before it has
    one, is the title's start, or the journal's before a volume: "U. Frisch, Turbulence" + ": " + "The Legacy of
    A. N. Kolmogorov", "S. B. Pope, Turbulent Flows" + ", Cambridge Univ. Press", "Y. Takahashi and H. Umezawa,
    Collective Phenomena" + " 2, 55 (1975)"."""
    index = next((i for i, (_, _, label) in enumerate(spans) if label != "citation-number"), None)
    if index is None or spans[index][2] != "author" or "," not in text[spans[index][0] : spans[index][1]]:
        return spans
    start, end, _ = spans[index]
    cut = text.rfind(", ", start, end)
    tail = NAMELESS_TAIL.fullmatch(text, cut + 2, end) if cut > start else None
    names = NAME_LIST_PARTS.split(text[start:cut])
    if tail is None or " and " in tail.group():
        return spans
    after = spans[index + 1] if index + 1 < len(spans) else None
    if not all(INITIAL.search(name) for name in names):
        return spans
    if "et al" in text[start:cut]:  # "C. Amsler et al., Particle Data Group": a collaboration after "et al."
        return spans
    head = (start, cut, "author")
    between = text[end : after[0]] if after else ""
    if after and (after[2] == "title" or (after[2] == "container-title" and between.strip() == ":")):
        if TITLE_JOIN.fullmatch(between):  # "Majestic Lights" + ": " + "The Aurora in Science, …"
            return [*spans[:index], head, (cut + 2, after[1], "title"), *spans[index + 2 :]]
    if after and after[2] == "title":
        return spans
    label = "container-title" if after and after[2] == "volume" else "title"
    return [*spans[:index], head, (cut + 2, end, label), *spans[index + 1 :]]


def _names_run_into_title(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A title that goes on from the names before it with only a comma or "and" between begins with the rest of
    the name list, up to its sentence end ("Aditya Khosla" + ", " + "Nityananda Jayadevaprakash, …, and Fei-fei Li.
    Novel dataset …", Vancouver "Arshad MAQ, Bhadra S, Cohen RM" + ", " + "Subbiah MTR. Plasma …"): those names
    are the authors'. Names with neither initials nor Vancouver's form must be a list, with commas and a closing
    "and" (a title may begin with capitalised words: "Great Games, Local Rules.", "Oil Wealth and Soviet Policy:
    Migrants")."""
    for index, ((start, end, label), (title_start, title_end, title_label)) in enumerate(pairwise(spans)):
        if label not in NAME_LABELS or title_label != "title" or not NAME_LIST_JOIN.match(text[end:title_start]):
            continue
        head = NAMES_HEAD.match(text, title_start, title_end)
        listed = head and head["joined"] and "," in text[title_start : head.start()]  # "Bangpeng Yao, and Fei-fei Li."
        if head and (head.captures("vancouver") or listed or any("." in g for g in head.captures("given"))):
            spans[index : index + 2] = [(start, head.start(), label), (head.end(), title_end, "title")]
        break
    return spans


#: What is left of a date once its year was labelled: "May 5)", "June 3".
DATE_REMNANT = regex.compile(
    r"\G(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?(?:\s+\d{1,2})?\)?$", regex.IGNORECASE
)
#: The rest of an APA date at the start of a title that follows the year: "May 5). " in "May 5). Water wars are
#: coming", "December 9). ".
DATE_REMNANT_HEAD = regex.compile(
    r"\G(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?(?:\s+\d{1,2})?\)\.?\s+(?=\S)", regex.IGNORECASE
)
#: APA's mark of a work with no date, right after the author: ". (n.d.)", " (n. d.)".
NO_DATE_NEXT = regex.compile(r"\.?\s*\(\s*n\.\s?d\.?\s*\)")
#: A quoted title right after a span: ", “Fergana Valley Border Disputes".
QUOTED_TITLE_NEXT = regex.compile(r"\s*,\s*[“\"‘«]")
#: An institution's name, by its last word: "… Silk Road Studies Program", "Asian Development Bank".
INSTITUTION_LAST = regex.compile(
    r"\b(?:Institute|Institution|Program|Programme|Centre|Center|Council|Foundation|Bank|Agency|Ministry|Commission|"
    r"Office|University|College|School)$"
)
#: A year in brackets that is part of a book's name: "（2020）" in "中亚发展报告（2020）".
BRACKETED_YEAR = regex.compile(r"[（(]\d{4}[）)]")
#: The "in" of a chapter or paper before its book: "in *Handbook*", "In: ".
IN_BEFORE = regex.compile(r"\b[Ii]n:?\s+\S*$")
#: An editor's role word, without which no name is an editor's: "ed.", "eds", "(Ed.)", "edited by", "Hrsg.", French
#: "(dir.)", "编".
EDITOR_ROLE = regex.compile(
    r"\b(?:(?-i:[Ee]ds?|EDS)|edited|editors?|hrsg|hg|comp|compiled|éds?)\b|\(dirs?\.\)|sous la dir|под\s+ред|\bред\.|"
    r"\bсост\.|编|主编",
    regex.IGNORECASE,
)
#: A name's initials the labeller left out of a name list, taking them for a role word: " ED" of "Crandall ED.".
TRAILING_INITIALS = regex.compile(r"\G\s+\p{Lu}{1,3}\b")
#: An editor's role word right after the names, or ending them: "Leach, Neil, ed.", "Gershorn, I. and J. A. Bell,
#: eds.", "Bonchev, D., & Rouvray, D. H. (Eds.)", "Irmtraud Schnell Hrsg.", "M. C. Ferris and J.-S. Pang (editors".
ROLE_AFTER_NAMES = regex.compile(r"[\s,]*\(?\b(?:[Ee]ds?|[Ee]ditors?|edd|[Hh]rsg|[Hh]g)\b\.?\)?(?:[\s.,:;]|$)")
#: How far from the names' end a role word reaches: ", (editors)." and a little more.
ROLE_REACH = 14
#: Literal parts (lower case) one of which ROLE_AFTER_NAMES needs, looked for first.
ROLE_LETTERS = ("ed", "hrsg", "hg")
#: What stands between the parts of one name list, no "in" among it: ", ", " and ", " & ", "; ".
NAMES_BETWEEN = regex.compile(r"[\s,;]*(?:(?:and|&|et)\s+)?")


def _editors_by_their_role(
    text: str, spans: list[labeller.Span], labels: list[str]
) -> tuple[list[labeller.Span], list[str]]:
    """Names before the title that an editor's role word follows (or ends) are the editors, of an edited book,
    all of them where the labeller read some as authors: "Leach, Neil, ed. Rethinking Architecture", "Bonchev, D.,
    & Rouvray, D. H. (Eds.). (1990).", "Gershorn, I. and J. A. Bell, eds. 2013."."""
    before_title = labels.index("title") if "title" in labels else len(labels)
    names_at = [i for i in range(before_title) if labels[i] in ("author", "editor")]
    if not names_at or "author" not in (labels[i] for i in names_at):
        return spans, labels
    if any(not NAMES_BETWEEN.fullmatch(text, spans[a][1], spans[b][0]) for a, b in pairwise(names_at)):
        return spans, labels  # "Pierce, in Crawford and Rodriguez (eds)": an author, then a book's editors
    start, end, _ = spans[names_at[-1]]
    near = max(start, end - ROLE_REACH)  # the role word ends the names or follows them
    around = text[near : end + ROLE_REACH].lower()
    if not any(word in around for word in ROLE_LETTERS):
        return spans, labels
    role = ROLE_AFTER_NAMES.match(text, end) or next(
        (m for m in ROLE_AFTER_NAMES.finditer(text, near, end) if m.end() >= end), None
    )
    if role is None or IN_BEFORE.search(text, 0, spans[names_at[0]][0]):
        return spans, labels
    labels = ["editor" if i in names_at else label for i, label in enumerate(labels)]
    return [(a, b, label) for (a, b, _), label in zip(spans, labels, strict=True)], labels


#: A title's sentence end inside a container span, after at least three words with no full stop (so not an
#: abbreviated journal, "J. Am. Chem. Soc.") ending in three small letters: "Arsenic in groundwater of
#: Karakalpakstan. Sci Total Environ".
TITLE_IN_CONTAINER = regex.compile(r"\G(?:[^\s.]+\s+){2,}[^\s.]*\p{Ll}{3}\K\.\s+(?=\p{Lu})")


#: A title's end, then its sentence end, at the start of a journal span: words with no full stop, the last of
#: small letters (so not an abbreviated journal, "Proc. Natl. Acad. Sci."): "Utah and Colorado. " in "Utah and
#: Colorado. Med Care".
TITLE_END_IN_CONTAINER = regex.compile(r"\G[^.]*\s[^.\s]*\p{Ll}{3}\K\.\s+(?=\p{Lu})")
#: Marks that close a title: a full stop, a closing quote or bracket.
TITLE_CLOSED = regex.compile(r"[.”’\"»)]")


def _title_end_in_container(text: str, spans: list[labeller.Span], labels: list[str]) -> list[labeller.Span]:
    """A journal span right after a title that has not ended (no full stop or closing quote between them) holds
    the title's end up to its sentence end: Vancouver "Incidence of adverse events and negligent care" + " in " + "Utah and
    Colorado. Med Care 2000; 38:261-71"."""
    index = labels.index("container-title")
    if not index or labels[index - 1] != "title":
        return spans
    title_start, title_end, _ = spans[index - 1]
    start, end, _ = spans[index]
    if TITLE_CLOSED.search(text, title_end, start) or not (cut := TITLE_END_IN_CONTAINER.match(text, start, end)):
        return spans
    return [*spans[: index - 1], (title_start, cut.start(), "title"), (cut.end(), end, "container-title"), *spans[index + 1 :]]


#: A journal after a title's sentence end, before the year or volume: "Catalysis at Scale. ACS Catal" (at most five
#: words after the last full stop that follows three small letters).
CONTAINER_IN_TITLE = regex.compile(r"\p{Ll}{3}\K\.\s+(?=\p{Lu}\S*(?:\s+\S+){0,4}$)")
#: A publisher after the title's sentence end, closing the reference (as APA 7 prints a book) or before the place:
#: "Thinking, fast and slow. Farrar, Straus and Giroux" (at most six words after the last full stop).
PUBLISHER_IN_TITLE = regex.compile(r"\p{Ll}{2}\K\.\s+(?=\p{Lu}[^.\s]*(?:\s+[^.\s]+){0,5}$)")
#: A place and its colon closing a title's last sentence, and the publisher after them if the title holds it:
#: ". Malakoff : FOUCHER", ". White River Junction (VT" (before "): Chelsea Green"); the place's words capitalised,
#: at most four.
IMPRINT_IN_TITLE = regex.compile(
    r"\p{Ll}{2}\K\.\s+(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+[\p{Lu}(][\p{L}'’().-]*){0,3})"
    r"(?:\s*:\s*(?P<publisher>\p{Lu}[^.:;]*))?$"
)
#: What stands between a place and its publisher: ": ", "): ".
PLACE_COLON = regex.compile(r"\)?\s*:\s*")


def _imprint_in_title(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no place labelled, a title whose last sentence is a place and its colon holds the imprint: APA 6's
    "Edupunks, … of Higher Education. White River Junction (VT)" + ": " + "Chelsea Green", or the publisher too,
    "Processus inflammatoires … pour réviser. Malakoff : FOUCHER" (when no publisher was labelled)."""
    labels = [label for _, _, label in spans]
    index = labels.index("title")
    start, end, _ = spans[index]
    imprint = IMPRINT_IN_TITLE.search(text, start, end)
    if imprint is None:
        return spans
    title = (start, imprint.start(), "title")
    place = (imprint.start("place"), imprint.end("place"), "publisher-place")
    if imprint["publisher"] and "publisher" not in labels:
        publisher = (imprint.start("publisher"), end, "publisher")
        return [*spans[:index], title, place, publisher, *spans[index + 1 :]]
    after = spans[index + 1] if index + 1 < len(spans) else None
    if not imprint["publisher"] and after and after[2] == "publisher" and PLACE_COLON.fullmatch(text, end, after[0]):
        return [*spans[:index], title, place, *spans[index + 1 :]]
    return spans


#: A publisher and its place in one span, the place last, a capitalised word in small letters (not a state's
#: code, "Armonk, NY", nor a company's word, "Dover Publications, Incorporated"): "AMS, Providence", "Freeman, San
#: Francisco", "AMS,Providence".
PUBLISHER_THEN_PLACE = regex.compile(
    r"(?P<publisher>[^,]+?)\s*,\s*(?!(?:Inc|Incorporated|Ltd|Limited|Co|Corp|GmbH|Press)\b)"
    r"(?P<place>\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})"
)
#: An opening bracket and spaces before a span: "(", "( ".
OPENED = regex.compile(r"\(\s*$")
#: A sentence end between two spans: ". ".
SENTENCE_BETWEEN = regex.compile(r"\.\s+")


def _imprint_in_brackets(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """The one publisher or place span, right after an opening bracket and before the date, that holds a comma
    holds both, publisher first, as physics books print them: "Gravitation (" + "Freeman, San Francisco" + ", 1973)";
    and of two publishers, the first, between the title and a comma and the place after a sentence end, is the
    title's second half: "Easter Island" + ", " + "Earth Island" + ". " + "New York" + ": Thames and Hudson"."""
    labels = [label for _, _, label in spans]
    imprint = [index for index, label in enumerate(labels) if label in ("publisher", "publisher-place")]
    if len(imprint) == 1 and (index := imprint[0]) + 1 < len(spans) and labels[index + 1] == "date":
        start, end, _ = spans[index]
        both = PUBLISHER_THEN_PLACE.fullmatch(text, start, end)
        if both and OPENED.search(text, 0, start) and COMMA_BETWEEN.fullmatch(text, end, spans[index + 1][0]):
            publisher = (start, both.end("publisher"), "publisher")
            return [*spans[:index], publisher, (both.start("place"), end, "publisher-place"), *spans[index + 1 :]]
    if labels.count("publisher") == 2 and len(imprint) == 3 and imprint[0] and labels[imprint[0] - 1] == "title":
        index = imprint[0]
        title, (start, end, label), after = spans[index - 1], spans[index], spans[index + 1]
        if label == "publisher" and after[2] == "publisher-place" and COMMA_BETWEEN.fullmatch(text, title[1], start):
            if SENTENCE_BETWEEN.fullmatch(text, end, after[0]):
                return [*spans[: index - 1], (title[0], end, "title"), *spans[index + 1 :]]
    return spans


#: IEEE's editors at the end of a book's name, before ", Ed.": "Handbook of Pattern Recognition, C. Chen".
EDITORS_AT_END = regex.compile(
    r",\s+(?P<names>(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+(?:(?:,\s|,?\s(?:and|&)\s)(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+)*)$"
)
#: The role after IEEE's editors: ", Ed.", ", Eds.".
IEEE_EDITOR_ROLE = regex.compile(r"\s*,\s*Eds?\.")


#: A page span that holds the volume before it, as physics and chemistry journals print them: "8, 491", "33, 84-90".
VOLUME_AND_PAGE = regex.compile(r"(?P<volume>\d+)\s*,\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)")
#: Words that name a volume or issue, which are no journal's name: "vol.", "Vol", "no.", "Bd.", "t.".
VOLUME_WORD = regex.compile(r"(?:vols?|volume|v|t|bd|band|no|nos|nr|n°|№|issue|iss)\.?", regex.IGNORECASE)
#: A comma between two numbers, no bracket: ", " in "786, 88" (not "91 (457)", a page and its pinpoint).
COMMA_BETWEEN = regex.compile(r"\s*,\s*")
#: What stands between a place and its publisher: ", " in "Paris, Maisonneuve et Larose", ": " in "Bristol: Multilingual".
IMPRINT_JOIN = regex.compile(r"\s*[,:]?\s*")
#: The colon between a volume and its pages: ":" in "162:117-124", ": " in "5: 625-754".
COLON_BETWEEN = regex.compile(r"\s*:\s*")
#: A number closing a journal's name right before the colon of the pages, which is its volume: " 5" in "Z. Wiss 5".
NUMBER_AT_END = regex.compile(r"(?<=\p{L}\.?)\s+(?P<number>\d{1,4})$")


#: A volume in Roman numerals after its word, or before "/" and the issue: "Vol. XV", "vol. I", "t. IV", "Bd. II",
#: "lxxii/5" (the letters Roman numerals are written with; no span may hold them).
ROMAN_VOLUME = regex.compile(
    r"\b(?:[Vv]ol|VOL|[Tt]|Bd|Т|т)\.\s*(?P<roman>[IVXLC]{1,7})\b|\b(?P<roman>[ivxlc]{1,7}|[IVXLC]{1,7})/(?=\d)"
)


def _roman_volume(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A Roman volume no span holds, which the labeller leaves out ("The porphyrins. Vol. I. Academic Press",
    "Econometrica, Vol. XV (April, 1947)", "法学研究, lxxii/5 (2007)"), is the volume."""
    if not (match := ROMAN_VOLUME.search(text)):
        return spans
    start, end = match.span("roman")
    if any(a < end and start < b for a, b, _ in spans):
        return spans
    return sorted([*spans, (start, end, "volume")])


def _volume_before_page(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no volume labelled, a page span holding two numbers holds the volume first, and a bare number read as
    the page before another page or pinpoint, a comma between, is the volume: ACS "Opt. Lett. 1983, 8, 491",
    "*Nature* **2006**, 442, 368–373", "Astrophys. J., 786, 88"; so is a bare pinpoint or the journal's last number
    before the colon of the pages ("Planta (1984) 162:117-124", "Z. Wiss 5: 625-754")."""
    index = next((i for i, (_, _, label) in enumerate(spans) if label == "page"), None)
    if index is None:
        return spans
    start, end, _ = spans[index]
    if both := VOLUME_AND_PAGE.fullmatch(text, start, end):
        volume, page = (start, both.end("volume"), "volume"), (both.start("page"), end, "page")
        return [*spans[:index], volume, page, *spans[index + 1 :]]
    if index + 1 < len(spans) and text[start:end].strip("*").isdigit() and spans[index + 1][2] in ("page", "locator"):
        after_start, after_end, _ = spans[index + 1]
        if BOLD_COMMA_BETWEEN.fullmatch(text, end, after_start):  # "*37*, 435–442": an italic mark left in
            spans[index : index + 2] = [(start, end, "volume"), (after_start, after_end, "page")]
        return spans
    if index and COLON_BETWEEN.fullmatch(text, spans[index - 1][1], start):
        before_start, before_end, before = spans[index - 1]
        if before == "locator" and text[before_start:before_end].isdigit():  # "Planta (1984) 162:117-124"
            spans[index - 1] = (before_start, before_end, "volume")
        elif before == "container-title" and (number := NUMBER_AT_END.search(text, before_start, before_end)):
            # "Z. Wiss 5: 625-754": the journal's name, then its volume
            spans[index - 1 : index] = [(before_start, number.start(), before), (number.start("number"), before_end, "volume")]
    return spans


#: A volume written before its issue with a full stop, as MHRA does: "11." of "11.8", "40." of "40.3".
VOLUME_DOT = regex.compile(r"(?<![\d.])(?P<volume>\d{1,4})\.$")
#: The comma between a bold volume and its page, the bold's closing mark left in the text: "*, " of "*10*, 264".
BOLD_COMMA_BETWEEN = regex.compile(r"\**\s*,\s*")
#: A volume set in one italic run with its journal, as APA typists do: ", 34" of "*The Rangeland Journal, 34*(2)".
VOLUME_IN_CONTAINER = regex.compile(r",\s*(?P<volume>\d{1,4})$")


def _volume_beside_its_issue(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no volume labelled, the number right before an issue is the volume: MHRA "11.8" (the labeller read
    only "8"), or the journal's last number before a bracketed issue (APA "*The Rangeland Journal, 34*(2)"); an
    "issue" right after the journal's name, a comma and the page after it, is the volume (Nature's
    "*Nat. Commun.* **10**, 264 (2019)")."""
    for index, (start, end, label) in enumerate(spans):
        if label != "issue":
            continue
        if dotted := VOLUME_DOT.search(text, max(start - 6, 0), start):
            if not index or spans[index - 1][1] <= dotted.start():
                return [*spans[:index], (dotted.start(), dotted.end("volume"), "volume"), *spans[index:]]
        if not index or spans[index - 1][2] != "container-title":
            break
        before_start, before_end, before = spans[index - 1]
        between = text[before_end:start]
        if between.strip() in "(" and (number := VOLUME_IN_CONTAINER.search(text, before_start, before_end)):
            volume = (number.start("volume"), number.end("volume"), "volume")
            return [*spans[: index - 1], (before_start, number.start(), before), volume, *spans[index:]]
        page_next = index + 1 < len(spans) and spans[index + 1][2] == "page"
        if page_next and not between.strip(" .*") and BOLD_COMMA_BETWEEN.fullmatch(text, end, spans[index + 1][0]):
            spans[index] = (start, end, "volume")  # Nature "Nat. Commun. 10, 264"
        break
    return spans


#: A range of numbers in brackets: "(63–78)", "(1257-1319)".
BRACKETED_RANGE = regex.compile(r"(?<=\()\d+\s*[-–]\s*\d+(?=\))")


def _pages_in_brackets(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no page labelled, a bracketed range read as the volume is the pages, as APA prints a chapter's after
    its book: "In J. Cornelius-White (Ed.), *Handbook of the Approach* (63–78). New York: Springer"."""
    out = []
    for start, end, label in spans:
        if label == "volume" and (pages := BRACKETED_RANGE.match(text, start)) and pages.end() == end:
            label = "page"
        out.append((start, end, label))
    return out


#: A volume span that holds the pages after a colon, as Vancouver prints them: "256:H1127-H1133", "12:33-41".
VOLUME_COLON_PAGES = regex.compile(r"\d+\s*:\s*(?P<pages>\p{Lu}?\d+(?:\s*[-–]\s*\p{Lu}?\d+)?)")
#: A page range cut after its dash: "644-", "29--", "19–".
OPEN_RANGE = regex.compile(r"\d[-–]+$")


def _second_volume(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no page labelled, a second bare volume after the first and a comma is the page: a reference has one
    volume ("Astrophys. J." + " " + "786" + ", " + "88" + " (2014)")."""
    for index, ((_, end, label), (after_start, after_end, after)) in enumerate(pairwise(spans)):
        if label == after == "volume" and COMMA_BETWEEN.fullmatch(text, end, after_start):
            if text[after_start:after_end].isdigit():
                spans[index + 1] = (after_start, after_end, "page")
            break
    return spans


def _pages_in_volume(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no page labelled, a volume span holding the pages after a colon ends with them: "256:H1127-H1133"."""
    for index, (start, end, label) in enumerate(spans):
        if label == "volume" and (held := VOLUME_COLON_PAGES.match(text, start)) and held.end() == end:
            pages = (held.start("pages"), end, "page")
            return [*spans[:index], (start, held.start("pages"), label), pages, *spans[index + 1 :]]
    return spans


def _page_range_cut(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A page range the labeller cut after its dash runs on over the number next to it: "29--" + "39"."""
    for index, ((start, end, label), (after_start, after_end, _)) in enumerate(pairwise(spans)):
        if label == "page" and OPEN_RANGE.search(text, start, end) and text[after_start:after_end].isdigit():
            if not text[end:after_start].strip():
                return [*spans[:index], (start, after_end, "page"), *spans[index + 2 :]]
    return spans


def _place_next(text: str, spans: list[labeller.Span], index: int) -> bool:
    """Whether the place follows the span after a comma, and no publisher after it but perhaps its country: "…
    Charles Griffin" + ", " + "London" (+ ", United Kingdom")."""
    place = spans[index + 1]
    rest = [label for _, _, label in spans[index + 2 :]]
    return place[2] == "publisher-place" and COMMA_BETWEEN.fullmatch(text, spans[index][1], place[0]) is not None and (
        rest in ([], ["publisher"])
    )


def _place_with_its_country(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A publisher read after the place, a comma between, once the publisher was found before it, is the place's
    country or state: "Charles Griffin, London" + ", " + "United Kingdom"."""
    for index, ((start, end, label), after) in enumerate(pairwise(spans)):
        if label == "publisher-place" and after[2] == "publisher" and COMMA_BETWEEN.fullmatch(text, end, after[0]):
            return [*spans[:index], (start, after[1], label), *spans[index + 2 :]]
    return spans


def _place_and_publisher(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """Two places with a colon between and no publisher are a place and its publisher: the one that is no known
    place (the labeller's lexicon) is the publisher, else the second, as "Place: Publisher" is commoner than ACS's
    "Publisher: Place" ("Backhuys: Leiden" read as two places)."""
    if any(label == "publisher" for _, _, label in spans):
        return spans
    for index, ((start, end, label), (after_start, after_end, after)) in enumerate(pairwise(spans)):
        if label == after == "publisher-place" and COLON_BETWEEN.fullmatch(text, end, after_start):
            first_is_place = _known_place(text[start:end])
            publisher = index + 1 if first_is_place or not _known_place(text[after_start:after_end]) else index
            spans[publisher] = (*spans[publisher][:2], "publisher")
            break
    return spans


#: A word of a place's name, as the labeller's lexicon holds it: "new", "york", "st.", "nur-sultan".
PLACE_NAME_WORD = regex.compile(r"[\p{L}.'-]+")


def _known_place(value: str) -> bool:
    """Whether every word of a place is in the labeller's lexicon of places: "Leiden", "New York" (not "Backhuys")."""
    words = PLACE_NAME_WORD.findall(value.casefold())
    return bool(words) and all(word.rstrip(".") in PLACE_WORDS or word in PLACE_WORDS for word in words)


#: What joins the parts of one publisher's name: ", " and "&" in "Sampson Low, Marston, Searle & Rivington".
PUBLISHER_JOIN = regex.compile(r"\s*(?:,|&|and)\s*")


def _one_publisher(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """Publisher spans in a row with only a comma or "&" between are one publisher's name, which the labeller cut
    ("Sampson Low" + ", " + "Marston, Searle & Rivington"): the draft keeps a label's first span only."""
    out: list[labeller.Span] = []
    for start, end, label in spans:
        if out and label == "publisher" == out[-1][2] and PUBLISHER_JOIN.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


#: A US state's code (or "DC") after a place, before a comma, colon, bracket or the end: ", IN" of "Bloomington, IN,".
STATE_AFTER_PLACE = regex.compile(r",\s*(?:[A-Z]{2}|D\.\s?C\.)(?=\s*[,:;)\]]|\s*$)")


def _place_with_its_state(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A place runs on over the US state's code the labeller left out (it reads "IN" as the word "in"):
    "(Bloomington, IN, 1997)", "Princeton, NJ:"; not over a span of its own."""
    out = []
    for index, (start, end, label) in enumerate(spans):
        if label == "publisher-place" and (state := STATE_AFTER_PLACE.match(text, end)):
            if index + 1 == len(spans) or state.end() <= spans[index + 1][0]:
                end = state.end()
        out.append((start, end, label))
    return out


#: A capital letter and a letter after it, as a journal's name has: "Or" in "Org. Synth.".
CAPITALISED = regex.compile(r"\p{Lu}\p{L}")


def _journal_left_unlabelled(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """With no container, words the labeller left unlabelled right before the volume are the journal's name:
    "A. W. JOHNSON, E. MARHAM et A. PRICE." + " Org. Synth. " + "42"."""
    index = next(i for i, (_, _, label) in enumerate(spans) if label == "volume")
    gap_start = spans[index - 1][1] if index else 0
    gap = text[gap_start : spans[index][0]]
    name = gap.strip(" ,.;:")
    if not name or not CAPITALISED.search(name) or VOLUME_WORD.fullmatch(name.split()[-1]):
        return spans
    start = gap_start + gap.index(name)
    return [*spans[:index], (start, start + len(name), "container-title"), *spans[index:]]


#: Labels that say a work is in a journal or an edited book, not published on its own: a volume, an issue, pages,
#: editors.
IN_A_JOURNAL_OR_BOOK = frozenset({"volume", "issue", "page", "editor"})
#: A closing quote, with the comma or full stop a title ends with: ",”", "”.", "\"", "»".
CLOSING_QUOTE = regex.compile(r"\s*[,.]?\s*[”\"»’]\s*[,.]?\s*$")


def _publisher_or_journal(
    text: str, spans: list[labeller.Span], labels: list[str]
) -> tuple[list[labeller.Span], list[str]]:
    """The one source right after a title, when a reference names either a container or a publisher, by what
    stands around it: a "container" with no journal numbers nor editors that a genre follows, or a place after an
    unquoted title, is the publisher ("Refugees and regional settlement. Brotherhood of St Laurence, Melbourne.",
    "“Title,” NASA, Tech. Rep., 1988"; not a conference's "Proceedings of …, Gothenburg", nor a book after "in");
    a "publisher" right after a quoted title, with no place nor genre and no publishing house's nor institution's
    word, is the journal or conference ("“From contours to regions,” CVPR, 2009": a quoted title is an article's);
    a "container" right after the place, a comma or colon between, is the publisher ("Paris, Maisonneuve et Larose,
    2006", "Bristol: Multilingual Matters, 2008")."""
    if "volume" not in labels and "issue" not in labels and "container-title" in labels:
        index = labels.index("container-title")
        start, end, _ = spans[index]
        start = IMPRINT_JOIN.match(text, start, end).end()  # the span may hold the colon: ": Multilingual Matters"
        if index and labels[index - 1] == "publisher-place" and IMPRINT_JOIN.fullmatch(text, spans[index - 1][1], start):
            spans[index], labels[index] = (start, end, "publisher"), "publisher"  # "Paris, Maisonneuve et Larose"
            return spans, labels
    if not IN_A_JOURNAL_OR_BOOK.isdisjoint(labels):
        return spans, labels
    for index, (start, end, label) in enumerate(spans):
        if label not in ("container-title", "publisher"):
            continue
        if not index or labels[index - 1] != "title":
            break
        quoted = CLOSING_QUOTE.search(text, spans[index - 1][1], start) is not None
        after = labels[index + 1] if index + 1 < len(labels) else ""
        if label == "container-title" and (after == "genre" or (after == "publisher-place" and not quoted)):
            if not CONFERENCE_CONTAINER.search(text, start, end) and not IN_BEFORE.search(text, 0, start):
                spans[index], labels[index] = (start, end, "publisher"), "publisher"
        elif label == "publisher" and quoted and not {"publisher-place", "genre"} & set(labels):
            if not PUBLISHING_HOUSE.search(text, start, end) and not INSTITUTION.search(text, start, end):
                spans[index], labels[index] = (start, end, "container-title"), "container-title"
        break
    return spans, labels


#: The words that open a retrieval statement, which closes a reference, before a span or at its start, up to the
#: span's end: "Retrieved January 22", "Retrieved from", "Accessed 3 May", "Available at ", "Available from ".
RETRIEVAL = regex.compile(r"\b(?:Retrieved|Accessed|Available\s+(?:at|from))\b[^.]*$")


def _retrieval_statement(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """A retrieval statement after the work is a note, all of it: the labeller read its date as the date and its
    database or site as the publisher or a title ("… 23, 194. Retrieved January 22, 2010, from LexisNexis AU.",
    "Retrieved from ProQuest Dissertations and Theses database. (UMI No. 3001234)", "Available at SSRN 2247043")."""
    for index, (start, _, label) in enumerate(spans):
        if label != "citation-number" and index and any(lab == "title" for _, _, lab in spans[:index]):
            if RETRIEVAL.search(text, spans[index - 1][1], start) or RETRIEVAL.match(text, start, spans[index][1]):
                kept = ("url", "doi", "note", "date")  # a date after it is the access date or the work's own
                return [*spans[:index], *((a, b, lab if lab in kept else "note") for a, b, lab in spans[index:])]
    return spans


def _repaired(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """Spans whose places in the reference say they were mislabelled, relabelled by those places:

    * a retrieval statement is a note, all of it but a date (`_retrieval_statement`, "Retrieved …, from LexisNexis");
    * names (`_given_name_left_out`, `_names_where_names_stand`, `_names_run_into_title`, `_role_list_run_on`);
      editors before the title where no role word says so are authors ("Rosa Delgado et al., *Rivers of Sand*";
      not "In Keane et al. [4]"), and names before it that a role word follows are editors
      (`_editors_by_their_role`, "Leach, Neil, ed."); "editors" after a bare " in " with no role word are the
      title's words (`_title_in_words`); a last part with no initial after initialled names is the title's start
      or the journal (`_title_at_the_end_of_the_names`, "U. Frisch, Turbulence: The Legacy of …");
    * a publisher first, before the date (or APA's "(n.d.)") and a title, or a publisher or container first right
      before a quoted title, is the author (APA "Asian Development Bank. (2021).", Chicago "International Crisis Group, “Title,”");
    * a "genre" right after "in", or what follows editors and their bracketed role after "in", is the book a chapter
      is in (`_book_named_as_genre`); a book's title may begin
      with "In" (`_title_beginning_with_in`, "Stephen H. Kellert, In the Wake of Chaos");
    * a "container" named as an institution (its last word "Institute", "Program", …), with no volume or issue and
      no "in" before it, is a publisher ("*Title*, The Central Asia – Caucasus Institute and Silk Road Studies
      Program, December 2015"); the one source right after a title is a publisher or a journal by what stands
      around it (`_publisher_or_journal`: "… settlement. Brotherhood of St Laurence, Melbourne", "“Title,” CVPR"),
      and a "publisher" that opens "Paper presented at" is the conference;
    * journal numbers: a page span "8, 491", or a bare page, a comma and a page, are the volume and its page (ACS
      "*Nature* **2006**, 442, 368–373"); with no page, a bracketed range read as the volume is the pages
      (`_pages_in_brackets`), a second volume after a comma is the page (`_second_volume`) and a volume
      "256:H1127-H1133" holds them; a range cut after its dash runs on; words
      left unlabelled before the volume, with no title nor container, are the journal ("Org. Synth. 42, 75");
    * of two titles and no container, a second unquoted after a quoted first, before a volume, is the container
      (IEEE "“Random forests,” Mach. Learn., vol. 45"); a "title" that is the month and day of the date before it is that date, and a
      "container" with no volume after it then the title (APA "(2020, May 5). Water wars are coming"), and a title
      that starts with them starts after them;
    * a "title" before the date and another after it, with no names, are the author and the title
      (APA "United Nations Development Programme. (2019). Human development report.");
    * with no title, a container that holds a sentence end starts with the title (Vancouver "Arsenic in
      groundwater of Karakalpakstan. Sci Total Environ 2018;615:100-8"); with no container, a title whose last
      sentence, a few words, stands right before the date or volume ends with the journal (ACS "Catalysis at
      Scale. ACS Catal. 2020, 10"), or, after the date, closing the reference or before the place, with the
      publisher (APA 7 "… fast and slow. Farrar, Straus and Giroux."); a container right after a title that has
      not ended holds the title's end (`_title_end_in_container`); with no place, a title whose last sentence is a
      place and its colon holds the imprint (`_imprint_in_title`, "… Education. White River Junction (VT): …");
    * a bracketed "publisher" or "place" holding a comma before the date holds both (`_imprint_in_brackets`,
      "(Freeman, San Francisco, 1973)"), and a first of two publishers between the title and the place is the
      title's second half ("Easter Island, Earth Island. New York: Thames and Hudson");
    * a publisher holding a ";" right after the title holds the title's end (ACS "Title: Theory and Practice;
      Oxford University Press: New York"), and a title holding one before the place holds the publisher
      ("Classics II; Wiley-VCH: Weinheim");
    * a container ending with names, then ", Ed.", ends with its editors (IEEE "in *Handbook*, C. Chen, Ed.").
    """
    if "Retrieved" in text or "Accessed" in text or "Available" in text:  # RETRIEVAL's words
        spans = _retrieval_statement(text, spans)
    spans = _names_where_names_stand(text, _given_name_left_out(text, _quoted_title_in_names(text, spans)))
    spans = _names_run_into_title(text, spans)
    spans = _title_at_the_end_of_the_names(text, spans)
    spans = _role_list_run_on(text, spans)
    spans = _title_to_its_closing_quote(text, _title_beginning_with_in(text, spans))
    spans = _book_named_as_genre(text, _title_over_quoted_words(text, spans))
    labels = [label for _, _, label in spans]
    if "editor" in labels and not EDITOR_ROLE.search(text):
        before_title = labels.index("title") if "title" in labels else len(labels)
        labels = ["author" if i < before_title and label == "editor" else label for i, label in enumerate(labels)]
        spans = [
            (start, initials.end() if was != label and (initials := TRAILING_INITIALS.match(text, end)) else end, label)
            for (start, end, was), label in zip(spans, labels, strict=True)
        ]
        spans = _title_in_words(text, spans)
        labels = [label for _, _, label in spans]
    elif "author" in labels:
        spans, labels = _editors_by_their_role(text, spans, labels)
    first = next((i for i, label in enumerate(labels) if label != "citation-number"), None)
    if first is not None and labels[first] in ("publisher", "container-title") and "title" in labels[first:]:
        quoted_title_next = QUOTED_TITLE_NEXT.match(text, spans[first][1])
        undated = "n.d" in text and NO_DATE_NEXT.match(text, spans[first][1])  # APA "Ministry of Ecology. (n.d.)."
        if not any(label in NAME_LABELS for label in labels) and ("date" in labels[first:] or quoted_title_next or undated):
            spans[first] = (spans[first][0], spans[first][1], "author")
            labels[first] = "author"
    for index, (start, end, label) in enumerate(spans if "container-title" in labels else ()):
        if label == "container-title" and INSTITUTION_LAST.search(text, start, end):
            if not any(lab in ("volume", "issue") for lab in labels) and not IN_BEFORE.search(text, 0, start):
                spans[index] = (start, end, "publisher")  # "*Title*, The Central Asia – Caucasus Institute …"
    if "publisher" in labels and "presented" in text:  # PRESENTED_AT's literal word
        # APA "Paper presented at the Annual Meeting of …": the event the paper was given at, not a publisher
        event = {index for index, (a, _, lab) in enumerate(spans) if lab == "publisher" and PRESENTED_AT.match(text, a)}
        spans = [(a, b, "container-title" if i in event else lab) for i, (a, b, lab) in enumerate(spans)]
        labels = [label for _, _, label in spans]
    if ("container-title" in labels) != ("publisher" in labels):
        spans, labels = _publisher_or_journal(text, spans, labels)
    if labels.count("title") == 2 and "container-title" not in labels:
        first, second = _first_and_last(labels, "title")
        journal_next = second + 1 < len(labels) and labels[second + 1] in ("volume", "issue")
        quoted_first = spans[first][0] and text[spans[first][0] - 1] in QUOTE_PAIRS
        ieee = journal_next and quoted_first and text[spans[second][0] - 1] not in QUOTE_PAIRS  # "“Title,” Mach. Learn."
        if ieee or _book_of_a_chapter(text, spans, labels, first, second):
            spans[second] = (spans[second][0], spans[second][1], "container-title")
            labels[second] = "container-title"  # before a bracketed "volume" becomes pages: "In Handbook (63–78)"
    if "volume" not in labels:
        spans = _volume_before_page(text, _volume_beside_its_issue(text, _roman_volume(text, spans)))
        labels = [label for _, _, label in spans]
    if "page" not in labels and "volume" in labels:
        spans = _pages_in_volume(text, _second_volume(text, _pages_in_brackets(text, spans)))
        labels = [label for _, _, label in spans]
    elif "page" in labels:
        spans = _page_range_cut(text, spans)
        labels = [label for _, _, label in spans]
    if "container-title" not in labels and "title" not in labels and "volume" in labels:
        spans = _journal_left_unlabelled(text, spans)
        labels = [label for _, _, label in spans]
    dated = "date" in labels  # the two loops below look for a title right after the date
    for index, (start, end, label) in enumerate(spans if dated else ()):
        if label == "title" and index and labels[index - 1] == "date" and (day := DATE_REMNANT_HEAD.match(text, start, end)):
            spans[index] = (day.end(), end, label)  # APA "(2020, May 5). Water wars are coming": the title's own start
            break
    for index, (start, end, label) in enumerate(spans if dated else ()):
        if label == "title" and index and labels[index - 1] == "date" and DATE_REMNANT.match(text, start, end):
            spans[index] = (start, end, "date")  # APA "(2020, May 5)": the day of the date, not a title
            labels[index] = "date"
            if "title" not in labels and (
                following := labels.index("container-title") if "container-title" in labels else 0
            ):
                if not any(label in ("volume", "issue") for label in labels):
                    spans[following] = (spans[following][0], spans[following][1], "title")
                    labels[following] = "title"
            break
    if labels.count("title") == 2 and not any(label in NAME_LABELS for label in labels):
        first, second = _first_and_last(labels, "title")
        dated = "date" in labels and first < labels.index("date") < second
        if dated or ("n.d" in text and NO_DATE_NEXT.match(text, spans[first][1])):
            spans[first] = (spans[first][0], spans[first][1], "author")  # APA "Ministry of Ecology. (n.d.). Title"
    if "title" not in labels and labels.count("container-title") > 1:
        first, second = _first_and_last(labels, "container-title")
        if IN_BEFORE.search(text, spans[first][1], spans[second][0]):  # "Titel. Untertitel, in: Osteuropa 51"
            spans[first], labels[first] = (*spans[first][:2], "title"), "title"
    if "title" not in labels and "container-title" in labels:
        index = labels.index("container-title")
        start, end, _ = spans[index]
        if cut := TITLE_IN_CONTAINER.search(text, start, end):
            spans[index : index + 1] = [(start, cut.start(), "title"), (cut.end(), end, "container-title")]
    elif "title" in labels and "container-title" in labels:
        spans = _title_end_in_container(text, spans, labels)
    if "publisher" in labels or "publisher-place" in labels:
        spans = _one_publisher(text, _place_and_publisher(text, _place_with_its_state(text, _imprint_in_brackets(text, spans))))
        labels = [label for _, _, label in spans]
    if "title" in labels and "publisher-place" not in labels and ":" in text:  # IMPRINT_IN_TITLE's colon
        spans = _imprint_in_title(text, spans)  # before a journal is looked for in the title's last sentence
        labels = [label for _, _, label in spans]
    if "title" in labels and "container-title" not in labels and "editor" not in labels:
        index = labels.index("title")
        start, end, _ = spans[index]
        after = labels[index + 1] if index + 1 < len(labels) else ""
        if after in ("date", "volume") and (cut := CONTAINER_IN_TITLE.search(text, start, end)):
            spans[index : index + 1] = [(start, cut.start(), "title"), (cut.end(), end, "container-title")]
        elif index and labels[index - 1] == "date" and "publisher" not in labels[:index]:
            # APA 7 "(2011). Thinking, fast and slow. Farrar, …"; "1982. Title. Charles Griffin, London, …"
            closing = not after or _place_next(text, spans, index)
            if closing and (cut := PUBLISHER_IN_TITLE.search(text, start, end)):
                spans[index : index + 1] = [(start, cut.start(), "title"), (cut.end(), end, "publisher")]
                spans = _place_with_its_country(text, spans)
    for index, (start, end, label) in enumerate(spans if ";" in text else ()):  # both repairs cut at a ";"
        if (
            label == "publisher"
            and index
            and spans[index - 1][2] == "title"
            and (cut := text.find(";", start, end)) > 0
        ):
            # ACS "*Title: Theory and Practice*; Oxford University Press:": no publisher's name holds a ";"
            spans[index - 1 : index + 1] = [(spans[index - 1][0], cut, "title"), (cut + 1, end, label)]
            break
        if (
            label in ("title", "container-title")
            and "publisher" not in labels
            and index + 1 < len(spans)
            and spans[index + 1][2] == "publisher-place"
            and text[end : spans[index + 1][0]].strip() == ":"
            and (cut := text.rfind(";", start, end)) > start
        ):
            # ACS "Classics in Total Synthesis II; Wiley-VCH: Weinheim": the publisher before its place and colon
            spans[index : index + 1] = [(start, cut, "title"), (cut + 1, end, "publisher")]
            break
    for index, (start, end, label) in enumerate(spans if "Ed" in text else ()):  # IEEE_EDITOR_ROLE's literal
        if label == "container-title" and IEEE_EDITOR_ROLE.match(text, end):
            if named := EDITORS_AT_END.search(text, start, end):
                spans[index : index + 1] = [(start, named.start(), label), (named.start("names"), end, "editor")]
                break
    return spans


#: The "in" before the book a chapter is in: "In: ", " in ".
IN_WORD = regex.compile(r"\b[Ii]n\b:?")


def _first_and_last(labels: list[str], label: str) -> tuple[int, int]:
    """The indexes of the first and the last span with that label."""
    return labels.index(label), len(labels) - 1 - labels[::-1].index(label)


def _book_of_a_chapter(text: str, spans: list[labeller.Span], labels: list[str], first: int, second: int) -> bool:
    """Of two titles (`first`, `second`) and no container, whether the second is the book the first is in: an "in"
    or the book's editors stand between them ("里海地区的政治转型问题. In: 姜娜, 徐志强, editor(s). 试析…研究. 济南"),
    or its editors, with their role word, follow it ("“近代安全合作史”, “一带一路”建设：…的经验, ed. 牛建国, 北京")."""
    editors_after = second + 1 < len(labels) and labels[second + 1] == "editor"
    return bool(
        IN_WORD.search(text[spans[first][1] : spans[second][0]])
        or "editor" in labels[first + 1 : second]
        or (editors_after and EDITOR_ROLE.search(text, spans[second][1], spans[second + 1][0]))
    )


def _names_where_names_stand(text: str, spans: list[labeller.Span]) -> list[labeller.Span]:
    """Name lists end where their sentence ends, or at a part that begins with an article ("Sarah Cameron, The
    Hungry Steppe: Famine, …"): the rest of a name span that ran on is the title (joined to the
    title that follows it, or running on into the next span up to its sentence end), and a closing initial keeps
    its full stop ("Peterson, Maya K." not "Peterson, Maya K"). Names after a place and its colon are the
    publisher's ("Rotterdam: A. A. Balkema")."""
    out: list[labeller.Span] = []
    for index, (start, end, label) in enumerate(spans):
        if label in NAME_LABELS and out and out[-1][2] == "publisher-place" and text[out[-1][1] : start].strip() == ":":
            label = "publisher"  # "Rotterdam: A. A. Balkema": what follows a place and its colon is the publisher
        if label not in NAME_LABELS:
            out.append((start, end, label))
            continue
        if text[end : end + 1] == "." and OPEN_INITIAL.search(text, start, end):
            end += 1
        # each pattern needs its literal mark inside the span: a full stop, a comma (cheaper looked for first)
        stop = (
            (text.find(".", start, end) >= 0 and (NAMES_SENTENCE_END.search(text, start, end) or _vancouver_end(text, start, end)))
            or (text.find(",", start, end) >= 0 and ARTICLE_PART.search(text, start, end))
        )
        if not stop or any(lab == "title" for _, _, lab in spans[:index]):
            out.append((start, end, label))
            continue
        out.append((start, stop.start(), label))
        rest = stop.end()
        following = spans[index + 1] if index + 1 < len(spans) else None
        between = text[end : following[0]] if following else "."
        if following and following[2] == "title" and not between.strip(" ,:"):
            spans[index + 1] = (rest, following[1], "title")  # "Great Games" + ", " + "Local Rules: …"
        elif following and not between.strip() and (cut := SPAN_SENTENCE_END.search(text, following[0], following[1])):
            # the title runs on into the next span up to its sentence end: "Palladium-Catalyzed" + " Amination …."
            out.append((rest, cut.start(), "title"))
            spans[index + 1] = (cut.end(), following[1], following[2])
        else:
            out.append((rest, end, "title"))
    return out


def _vancouver_end(text: str, start: int, end: int) -> regex.Match | None:
    """The sentence end after a Vancouver name inside a name span: after two or three run-together initials
    ("Wilhelm MP. Vancomycin"), or after one where the names before it are Vancouver's too ("Lubben J,
    Schellekens H. Cloning"; not "Mary K. Smith", a middle initial)."""
    stop = VANCOUVER_END.search(text, start, end)
    if stop is None or len(stop["initials"]) > 1:
        return stop
    before = text[start : stop.start()].split(", ")[:-1]
    return stop if before and all(VANCOUVER_NAME.fullmatch(name) for name in before) else None


#: Fields an italic stretch stands for as a whole: a book's or a journal's name (never half a title, half a name).
ITALIC_FIELDS = ("title", "container-title", "collection-title")


def _one_field_per_italic(spans: list[labeller.Span], italic: tuple[Italic, ...]) -> list[labeller.Span]:
    """An italic stretch is one field: where the labeller split one between fields (`*Great Games, Local Rules*`
    read as an author "Great Games" and a title), the whole stretch takes the title-like label that covers most
    of it (at least a third)."""
    for start, end in italic:
        inside = [(a, b, label) for a, b, label in spans if a < end and b > start]
        if len({label for _, _, label in inside}) < 2:
            continue
        share: dict[str, int] = {}
        for a, b, label in inside:
            share[label] = share.get(label, 0) + min(b, end) - max(a, start)
        titled = {label: chars for label, chars in share.items() if label in ITALIC_FIELDS}
        label = max(titled, key=titled.__getitem__) if titled else ""
        if not label or 3 * titled[label] < end - start:  # title-like for at least a third of the stretch
            continue
        outside = [(a, b, other) for a, b, other in spans if b <= start or a >= end]
        cut = [(a, start, other) for a, b, other in inside if a < start] + [
            (end, b, other) for a, b, other in inside if b > end
        ]
        spans = sorted([*outside, *cut, (start, end, label)])
    return spans


def _emphasis_to_italic(text: str, italic: tuple[Italic, ...]) -> tuple[str, tuple[Italic, ...]]:
    """The text without Markdown emphasis marks, and the emphasised stretches as italic ranges."""
    if italic:
        return text, italic
    out, ranges, cursor = [], [], 0
    for match in MD_EMPHASIS.finditer(text):
        out.append(text[cursor : match.start()])
        start = sum(map(len, out))
        out.append(match["inner"])
        ranges.append((start, start + len(match["inner"])))
        cursor = match.end()
    out.append(text[cursor:])
    return "".join(out), tuple(ranges)


def _looks_whole(text: str, draft: Draft) -> bool:
    """Whether a Western rule parse looks like the whole reference: a title that is not the whole string and
    holds no year, authors that hold none either (APA's "Aladin, N. V. (2008)", "Jones, Philip. 2011."), and something beside it (a
    container, publisher, year, or a short form's page)."""
    title = str(draft.get("title", ""))
    if not title or YEAR_IN_TITLE.search(title) or len(title) > 0.8 * len(text) > 40:
        return False
    if YEAR_IN_NAMES.search(str(draft.get("author", ""))):
        return False
    issued = year(str(draft.get("year", "")))
    if issued and any(issued in str(draft.get(key, "")) for key in ("container_title", "publisher")):
        return False  # the source ran on over the date: "Oxford 1951", "Gravitation (Freeman, San Francisco, 1972)"
    return bool(draft.get("short") or any(draft.get(k) for k in ("container_title", "publisher", "year")))


def _coverage(text: str, draft: Draft) -> float:
    """The share of the text's letters and digits that the draft's fields (or connective words) account for."""
    covered = bytearray(len(text))
    folded = text.casefold()
    for value in draft.values():
        if isinstance(value, str) and value:
            start = folded.find(unwrap(value).casefold())
            if start >= 0:
                covered[start : start + len(unwrap(value))] = b"\1" * len(unwrap(value))
    for match in CONNECTIVES.finditer(text):
        covered[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    total = hit = 0
    for index in (m.start() for m in ALNUM.finditer(text)):
        total += 1
        hit += covered[index]
    return hit / total if total else 1.0


def _choose(text: str, has_url: bool, raw: str, western_too: bool = True) -> tuple[bool, Draft | None]:
    """Pick the style family by cues and parse; True first when the cue is exact (the rules are trusted).

    Without `western_too`, a reference no exact cue claims gets None instead of the Western parse (`_western`)."""
    if draft := archive.parse(text):
        return True, draft  # "“Report,” 14 March 1932, TsGA RK, f. 5, op. 12, d. 103, ll. 4–6."
    if draft := western.parse_ieee_thesis(text):
        return True, draft  # "J. Roe, “Title,” Ph.D. dissertation, Univ. Leeds, Leeds, U.K., 2011."
    if draft := western.parse_book_note(text):
        return True, draft  # "Adeeb Khalid, Central Asia: A New History (Princeton, NJ: Princeton UP, 2021), 112–14."
    if draft := repeat.parse(text, raw.rstrip().endswith((".", "。"))):
        # Ibid./同上 and "同1"/"同注①" are exact; an author short form ("Whitfield, 52.") is a pattern like any other
        exact = EXACT_REPEATS or bool(draft.get("ibid") or repeat.exact(text))
        if not exact and (full := _western(text, has_url)) and full.get("year") and _has_source(full):
            return False, full  # "Kessler, ‘Title’ (2015) 64 ICLQ 233, 240": a journal and a year, no short form
        return exact, draft
    if "[" in text and GB_CODE.search(text) and (draft := gbt7714.parse(text)):
        return True, _mark_short(text, draft)
    if CYRILLIC.search(text) and (draft := gost.parse(text, has_url)):  # "Иванов И. И. Название. М.: Наука, 2015."
        return True, draft
    if draft := vancouver.parse(text, has_url):  # "Roe J. Title. J Abbrev. 2019;12(3):45-9." (exact: see there)
        return True, draft
    if WEB_START.match(text) and not HAN_TITLE.match(text) and (draft := web.parse(text, has_url)) is not None:
        if not PRINT_CUE.search(text):
            return True, draft
    if not text and has_url:
        return True, {}
    if has_url and (described := SITE_DESCRIBED.match(text)):
        # "中华人民共和国外交部网站关于…的概况，<URL>": a site and a description, no title
        return True, {"container_title": described["site"], "genre": "webpage"}
    if has_url and SITE_NAME.search(text):
        return True, {"container_title": text, "genre": "webpage"}
    if HAN_TITLE.search(text) and (draft := chinese.parse(OP_CIT_PREFIX.sub("", text), has_url)):
        return True, _mark_short(text, draft)
    if ": " in text and (draft := chinese.parse_western_book(text)):
        return True, draft  # "Robert O. Keohane, After Hegemony: …, Princeton: Princeton University Press, 1984, p. 57"
    if (" v" in text or "Act " in text) and (draft := legal.parse(text)):
        return True, draft  # a case with its law report ("Donoghue v Stevenson [1932] AC 562") or a statute
    return False, _western(text, has_url) if western_too else None


def _has_source(draft: Draft) -> bool:
    """Whether a draft names where the work appeared: a container or a publisher."""
    return bool(draft.get("container_title") or draft.get("publisher"))


def _western(text: str, has_url: bool) -> Draft | None:
    """The Western rule parse, the fallback family."""
    return _mark_short(text, western.parse(BRACKETED.sub("", text), has_url))


def _mark_short(text: str, draft: Draft | None) -> Draft | None:
    """A reference with a title and a page but no container, publisher, year or URL is a short repeat."""
    if draft is None:
        return None
    lowered = text.lower()
    if any(word in lowered for word in OP_CIT_WORDS) and OP_CIT.search(text):
        draft["short"] = True
    details = ("container_title", "publisher", "year", "volume", "issue", "web_date", "editor", "translator")
    if draft.get("title") and draft.get("page") and not any(draft.get(k) for k in details):
        draft["short"] = True
    return draft


def _normalise(draft: Draft) -> dict[str, object]:
    """Run each field's normaliser; fields the draft lacks stay out."""
    out: dict[str, object] = {}
    for key in ("author", "editor", "translator"):
        if draft.get(key):
            out[key] = tuple(names(str(draft[key])))
    for key in ("title", "container_title"):
        if draft.get(key):
            out[key] = _closed_bracket(unwrap(str(draft[key])).replace("\\$", "$"))
    if draft.get("abbreviation_stop") and str(out.get("container_title", ""))[-1:].isalpha():
        out["container_title"] = f"{out['container_title']}."  # the last abbreviation's (`with_abbreviation_dot`)
    if draft.get("publisher_place"):
        out["publisher_place"] = _closed_bracket(place(str(draft["publisher_place"])))  # "White River Junction (VT)"
    if draft.get("publisher"):
        out["publisher"] = str(draft["publisher"]).strip(" ,，.。")
    for key in ("volume", "issue"):
        if draft.get(key):
            out[key] = RANGE_DASH.sub("-", str(draft[key]).strip(" ,，.。"))  # "1–2" -> "1-2", as pages are
    if draft.get("year"):
        out["year"] = year(str(draft["year"]))
    for key in ("page", "locator"):
        if draft.get(key):
            out[key] = pages(str(draft[key]))
    return {k: v for k, v in out.items() if v}


def _closed_bracket(value: str) -> str:
    """A field whose closing bracket was cut off with the punctuation around it gets it back: "… (ICLR" -> "… (ICLR)",
    "中亚国家发展报告（2021" -> "中亚国家发展报告（2021）"."""
    for opener, closer in (("(", ")"), ("（", "）")):
        if value.count(opener) == value.count(closer) + 1 and value.rfind(opener) > value.rfind(closer):
            return value + closer
    return value


def _type(draft: Draft, fields: dict[str, object], url: str, text: str) -> str:
    """The CSL type from the parser's genre or, failing that, from the fields present (and, for a newspaper
    without a known name, the day and month it prints)."""
    genre = str(draft.get("genre", ""))
    container = str(fields.get("container_title", ""))
    if genre in ("thesis", "chapter", "paper-conference", "article-newspaper", "webpage"):
        return genre
    if genre in ("legal_case", "legislation"):
        return "document"  # the schema has no type for cases and statutes
    if container and CONFERENCE_CONTAINER.search(container):
        return "paper-conference"
    if container and not (fields.get("volume") or fields.get("issue")):
        if NEWSPAPER.search(container) or (not url and DAY_AND_MONTH.search(text)):
            return "article-newspaper"
    if container and fields.get("editor") and not fields.get("issue"):
        return "chapter"  # a book with editors, not a journal: "in *The Anthropology of Borders*, ed. …, 2 vols"
    if container and (fields.get("volume") or fields.get("issue") or fields.get("page")):
        return "article-journal"
    if genre in GENRES:
        return genre
    # a title in quotes published on its own is a grey work, where a book's is in italics (or unmarked)
    quoted = any(f"{mark}{fields.get('title', '')}" in text for mark in '“"‘«') if fields.get("title") else False
    if fields.get("publisher"):
        return "report" if quoted else "book"
    if url:
        return "webpage"
    if fields.get("publisher_place") and fields.get("year") and fields.get("title") and not (container or quoted):
        return "book"  # the place and year alone, as MHRA and Oxford notes may give them: "*Title* (London, 2000)"
    if container:
        return "article-journal"
    return "document"
