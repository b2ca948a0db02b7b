"""Labelled spans -> a `Draft` of raw field strings, the same value the rule parsers return.

The draft then goes through the same normalisers as a rule parse (refs/parse.py: names, dates, pages), so the
two paths differ only in how the fields were found.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cite.names import is_organisation
from cite.refs.labeller import Span
from cite.refs.styles.draft import Draft

#: Corpus labels -> draft keys; labels not listed (url, doi, accessed: the peel finds those exactly; note,
#: citation-number, edition, collection-title: no field of ours) are not carried.
DRAFT_KEYS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container_title",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "date": "year",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "locator": "locator",
    "genre": "genre",
}
#: Labels whose several spans are one list ("Smith, J." … "and" … "Lee, K." labelled author twice), when no
#: other field's span stands between them: a run after other fields is a stray ("… Film Comment 40.1 (January").
LIST_LABELS = frozenset({"author", "editor", "translator"})
#: A printed genre or GB/T type code -> the CSL type it decides: "PhD diss.", "博士学位论文", "[D]", "[EB/OL]".
GENRE_TYPES = (
    (regex.compile(r"diss|thesis|学位论文|博士论文|硕士论文|диссертац|дис\.|автореф|^\[?D\]?$", regex.I), "thesis"),
    (regex.compile(r"report|working paper|报告|доклад|^\[?R\]?$", regex.I), "report"),
    (regex.compile(r"^\[?J\]?$"), "article-journal"),
    (regex.compile(r"^\[?M\]?$"), "book"),
    (regex.compile(r"^\[?[CA]\]?$"), "paper-conference"),
    (regex.compile(r"^\[?N\]?$"), "article-newspaper"),
    (regex.compile(r"^\[?(?:EB|EB/OL|OL)\]?$"), "webpage"),
)
#: Fields whose presence makes a reference more than a short repeat (a year may stand in one: "Smith 2001, 45").
DETAILS = ("container_title", "publisher", "publisher_place", "volume", "issue", "editor", "translator")
#: A repeat by reference to an earlier note: "op. cit.", "cit.", "前引", "前揭", "loc. cit.".
OP_CIT = regex.compile(r"\b(?:op\.\s*|loc\.\s*)?cit\b\.?|前引|前揭|上引", regex.IGNORECASE)
#: Numbers in a volume/issue/date span: "Vol. 3" -> "3", "(2011)." -> "2011", "no. 4" -> "4", "第3期" -> "3", and a
#: supplement's letter with its number: "(S2)" -> "S2".
VOLUME_NUMBER = regex.compile(r"(?:\b[A-Z](?=\d))?\d+(?:\s*[-–/]\s*\d+)?|\b[IVXLC]+\b")
#: A volume span that holds its issue too, as AnyStyle's data labels it and the labeller learnt: "8(3)",
#: "19 (1-2)", "vol. 49, no. 2", "Т. 5, № 3", "第3卷第2期" -> the issue "3", "1-2", "2", "3", "2"
#: (not a year: "12 (2020)"); the span's closing bracket may be stripped already: "19 (1-2".
ISSUE_IN_VOLUME = regex.compile(
    r"\d\s*(?:\((?!(?:1[5-9]|20)\d\d\b)(?P<issue>[^()]{1,12})(?:\)|$)|,?\s*(?:no|nos|n°|№|issue|iss|вып)\.?\s*(?P<issue>\d[^,;]{0,10})|"
    r"卷\s*第?\s*(?P<issue>\d+)\s*期)",
    regex.IGNORECASE,
)
#: A span's edge punctuation: "(2011).", "Press,", "“Title,”" keeps its quotes for `unwrap`.
EDGE = " ,，.。;；:：()（）[]"
#: An institution that publishes reports or hosts theses: "Nazarbayev University", "OECD", "… Institute", "大学".
INSTITUTION = regex.compile(
    r"University|College|School|Institute|Institution|Program(?:me)?|Centre|Center|Council|Foundation|OECD|Bank|Agency|"
    r"Ministry|Commission|Office|Университет|Институт|大学|学院|研究所|研究院|研究中心"
)
#: ... and one among them that is a school, so the work is a thesis.
SCHOOL = regex.compile(r"University|College|School|Университет|大学|学院")
#: A publishing house, not an institution publishing its own work: "Cambridge University Press", "大学出版社".
PUBLISHING_HOUSE = regex.compile(r"Press|Verlag|Publish|出版|Издательство|Books", regex.IGNORECASE)
#: A bracketed translation after a transliterated title: "Glava gosudarstva … [Head of State congratulates …]".
TRANSLATED_TITLE = regex.compile(r"(?<=\S)\s+\[[^\[\]]{8,}\]$")
#: Closing marks -> their openers, for a field whose closing mark was labelled outside it.
CLOSERS = {")": "(", "）": "（", "»": "«", "”": "“", "’": "‘", "》": "《", "]": "["}
#: Opening marks -> closing marks that end them, for a field whose opening mark was labelled outside it: a closing
#: "’" is one no letter follows ("Politics’ and", not the apostrophe of "Kazakhstan’s").
OPENED_BY = {
    "(": regex.compile(r"\)"),
    "（": regex.compile("）"),
    "«": regex.compile("»"),
    "“": regex.compile("”"),
    "‘": regex.compile(r"’(?!\p{L})"),
    "《": regex.compile("》"),
    "[": regex.compile(r"\]"),
}
#: Names keep a closing full stop, the last initial's ("Reed, R. C."); titles keep their quotes and brackets.
NAME_EDGE = " ,，;；:：()（）"
TITLE_EDGE = " ,，;；:："
#: The sentence's full stop after a name's last word, which is no initial's: "Northrop, Douglas." (not "Reed, R. C.",
#: "King, Martin Luther, Jr.", "Smith et al.").
NAME_LIST_STOP = regex.compile(r"(?<=\b\p{Lu}\p{Ll}+)(?<!\b(?:Jr|Sr|St))\.$")


def draft_of(text: str, spans: Sequence[Span]) -> Draft:
    """The draft a labelled string gives; see the module docstring."""
    values: dict[str, list[str]] = {}
    previous = ""  # the label of the last span that gives a field
    for start, end, label in spans:
        key = DRAFT_KEYS.get(label)
        if key is None:
            continue
        if label in LIST_LABELS and label in values and previous != label:
            continue  # a second run of names after other fields ("Chang, Chris. “…” Film Comment 40.1 (January…")
        previous = label
        edge = NAME_EDGE if label in LIST_LABELS else TITLE_EDGE if label == "title" else EDGE
        start, end = _opened(text, start, end), _closed(text, start, end)
        value = text[start:end].strip(edge)
        if label == "title" and value.endswith("]"):  # the pattern's last mark, looked for before its many starts
            value = TRANSLATED_TITLE.sub("", value)
        elif label in LIST_LABELS:
            value = NAME_LIST_STOP.sub("", value)
        if value:
            values.setdefault(label, []).append(value)
    draft: Draft = {}
    for label, found in values.items():
        key = DRAFT_KEYS[label]
        draft[key] = ", ".join(found) if label in LIST_LABELS else found[0]
    if draft.get("volume") and not draft.get("issue") and (held := ISSUE_IN_VOLUME.search(str(draft["volume"]))):
        draft["issue"] = held["issue"]
    for key in ("volume", "issue"):
        if draft.get(key) and (number := VOLUME_NUMBER.search(str(draft[key]))):
            draft[key] = number.group()
    if genre := draft.pop("genre", None):
        kind = next((kind for pattern, kind in GENRE_TYPES if pattern.search(str(genre))), "")
        if kind:
            draft["genre"] = kind
    if draft.get("container_title") and not draft.get("title") and not (draft.get("volume") or draft.get("issue")):
        draft["title"] = draft.pop("container_title")  # an edited book's own title, not a container of it
    _place_page(draft)
    _institution_genre(draft)
    if any(label == "ibid" for _, _, label in spans):
        draft["ibid"] = True
    elif _is_short(text, draft):
        draft["short"] = True
    if (
        draft.get("container_title")
        and (draft.get("editor") or draft.get("publisher"))
        and not (draft.get("volume") or draft.get("issue") or draft.get("genre"))
    ):
        draft["genre"] = "chapter"
    return draft


def _opened(text: str, start: int, end: int) -> int:
    """The span's start, moved back over an opening mark it left outside: "‘" + "Multi-vector Politics’ and …",
    "«" + "Большая игра» с неизвестными правилами"; a title that begins with a quotation keeps its first quote."""
    while start > 0 and (closing := OPENED_BY.get(text[start - 1])):
        value = text[start:end]
        if len(closing.findall(value)) <= value.count(text[start - 1]):
            break
        start -= 1
    return start


def _closed(text: str, start: int, end: int) -> int:
    """The span's end, moved past a closing mark it left outside: "（2021" + "）", "партнёрство" + "?", "«…" + "»"."""
    while end < len(text):
        char = text[end]
        if char not in "?!？！":
            opener = CLOSERS.get(char)
            if not opener or text.count(opener, start, end) <= text.count(char, start, end):
                break
        end += 1
    return end


def _is_short(text: str, draft: Draft) -> bool:
    """A short repeat: author and/or title with a page ("Whitfield, 52."), author and year with a page ("Smith
    2001, 45"), an author and a title alone ("Gerhardt, Federal Appointments Process"), or "op. cit."; never
    with a container, publisher or volume, nor with both a title and a year (a full note missing its publisher)."""
    if any(draft.get(k) for k in DETAILS) or not (draft.get("author") or draft.get("title")):
        return False
    if OP_CIT.search(text):
        return True
    if draft.get("title") and draft.get("year"):
        return False
    return bool(draft.get("page") or draft.get("locator") or (draft.get("author") and draft.get("title")))


def _institution_genre(draft: Draft) -> None:
    """A work an organisation wrote, or one published by an institution with no container and no place: a report
    ("International Crisis Group, *Title* (Brussels: …)", "OECD", "… Institute"), or a thesis when the institution
    is a school ("Nazarbayev University, 2023"), as the Western rules read it."""
    publisher = str(draft.get("publisher", ""))
    if draft.get("genre") or draft.get("container_title") or not publisher:
        return
    if draft.get("author") and is_organisation(str(draft["author"])):
        draft["genre"] = "report"
    elif not draft.get("publisher_place") and INSTITUTION.search(publisher) and not PUBLISHING_HOUSE.search(publisher):
        draft["genre"] = "thesis" if SCHOOL.search(publisher) else "report"


def _place_page(draft: Draft) -> None:
    """The pinpoint, if any, goes in `page`, as the rule parsers give it: refs/locator.py, which runs after every
    parse, tells a pinpoint from a work's range by the reference's own text ("215–38 (p. 217)")."""
    if draft.get("locator"):
        draft["page"] = draft.pop("locator")
