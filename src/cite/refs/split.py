"""Split a note into the references it cites.

References are separated by `；`/`;` outside quotes and brackets, except the `;` of a journal's year and
volume (`J Neurosurg 2001; 95: 233-41`), of a publisher and year (`McGraw-Hill; 2002`), between ACS authors
(`Corey, E. J.; Cheng, X.-M.`) and before an ACS book's publisher (`*Title*; Wiley: New York, 1989`); a commentary lead-in before
`参见：`, `可参见：`, `See`, `cf.` is dropped; a run of web sources written one after another
(`“T1”. <URL1>, “T2”. <URL2>`) is cut before each new title.
"""

from __future__ import annotations

import regex

from cite.refs.normalize.urls import DOI, URL
from cite.text import last_match

#: A "see" lead-in before a reference: "关于……，可参见：", "请参见：", "数据来源可参见", "另见 ", "详见 ",
#: "See also ", "See generally ", "See, for example, ", "See, e.g., ", "For a Russian perspective, see ", "cf. ",
#: "См. также "; a short clause ending in "see" at the start ("On this point see ", "On the Soviet period, see
#: also "); the "and" that joins the next source after a ";" ("; and Sébastien …").
LEAD_IN = regex.compile(
    r"(?:可|请|另|也可|亦可)?参见[:：]?|(?:数据|资料)来源(?:可参见|参见|于)?[:：]?|详见[:：]?|参阅[:：]?|参看[:：]?|另见|"
    r"(?:(?<=^|[.;,:。；，]\s?)(?:[Ss]ee(?:,?\s+(?:also|generally|e\.g\.,?|for\s+example,|for\s+instance,|"
    r"especially|in\s+particular,?))?|[Cc]f\.|См\.(?:\s+также)?:?)\s)|"
    r"^\s*\p{Lu}\p{Ll}*(?:\s[\p{L}-]+){1,7},?\ssee(?:\s+also)?\s|^\s*(?:and|und|et|и)\s(?=\p{Lu})"
)
#: Words (lower case) one of which LEAD_IN needs, looked for before its matches are run through.
LEAD_IN_WORDS = ("参见", "来源", "详见", "参阅", "参看", "另见", "see", "cf.", "см.", "and ", "und ", "et ", "и ")
#: "转引自" (quoted from): the note cites the original and, after it, the work it was taken from.
QUOTED_FROM = regex.compile(r"[，,]?\s*转引自[:：]?\s*")
#: Who said what is quoted, before "转引自", which names no work: "亨廷顿语", "列宁的话", "基辛格指出".
QUOTED_SPEAKER = regex.compile(r"^\s*[^《》“”「」『』\d，,。]{1,20}?(?:语|的话|所言|之言|的观点|的说法|指出|认为|称)\s*$")
#: Pairs that protect separators inside them: quotes, book-title marks, brackets.
OPENERS = {"“": "”", "《": "》", "(": ")", "（": "）", "[": "]", "«": "»", "‘": "’"}
#: Any opening or closing mark of OPENERS, or a separator: what `_split_outside_pairs` looks at.
PAIR_OR_SEPARATOR = regex.compile("[" + regex.escape("".join(OPENERS) + "".join(OPENERS.values()) + "；;") + "]")
#: "，等。" closing a list of sources.
TRAILING_ETC = regex.compile(r"[，,]\s*等[。.]?\s*$")
#: What follows the `;` inside one Vancouver/AMA journal reference: volume, then issue or pages, not a new reference:
#: "2001; 95: 233-41", "2012;4(2):e12", "1998 Jan;12 Suppl 2:S45".
VOLUME_AFTER_SEMICOLON = regex.compile(r"\s*\d+[A-Za-z]?\s*(?:\([^()]{1,12}\)|Suppl\s*\d*)?\s*[:(]")
#: A Vancouver book's year after the publisher, not a new reference: "Cambridge University Press; 2019.",
#: "McGraw-Hill; 2002. p. 93-113.", "Geneva: WHO; 2022 [cited 2023 Mar 8]. Available from: …".
YEAR_AFTER_SEMICOLON = regex.compile(r"\s*(?:1[5-9]|20)\d\d[a-z]?(?:\s*\[[^\[\]]{0,40}\])?\s*(?:[.。]|$)")
#: An ACS book's publication facts after its title's `;`: "*Title*; Wiley: New York, 1989." (nothing else follows
#: but the pages: "; pp 44–49").
PUBLISHER_AFTER_SEMICOLON = regex.compile(
    r"\s*[^;:]{2,60}:\s*[^;:]{2,60},\s*(?:1[5-9]|20)\d\d[a-z]?\s*(?:[.。]|;\s*pp?\.?\s*\d[^;]*)?\s*$"
)
#: Pages alone after a `;`, which are no reference of their own: ACS "…, 2001; pp 44–49.".
PAGES_AFTER_SEMICOLON = regex.compile(r"\s*pp?\.?\s*\d+(?:\s*[-–]\s*\d+)?\s*[.。]?\s*$")
#: An ACS author list, whose names a ";" separates: "Corey, E. J.; Cheng, X.-M.", "Zhang, Y.; et al." (a name
#: with initials before the ";", and one or "et al." after it).
INITIALS_BEFORE = regex.compile(r"\p{L},\s(?:\p{Lu}\.[\s-]?)+$")
NAME_WITH_INITIALS_AFTER = regex.compile(r"\s*(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}\.|et\s+al\b)")
#: A new quoted title right after a URL: ", “Title" / "，“Title".
AFTER_URL_TITLE = regex.compile(r"(?<=\S)[,，]\s*(?=[“\"])")


def split_references(text: str) -> list[str]:
    """The reference strings of a note, in order, each trimmed of separators."""
    text = TRAILING_ETC.sub("", text)
    pieces: list[str] = []
    for part in (p for chunk in _split_outside_pairs(text) for p in _quoted_from(chunk)):
        lowered = part.lower()
        lead = last_match(LEAD_IN, part) if any(word in lowered for word in LEAD_IN_WORDS) else None
        if lead is not None:
            part = part[lead.end() :]
        pieces.extend(_split_web_run(part))
    return [p.strip(" ，,;；") for p in pieces if p.strip(" ，,;；。.")]


def _quoted_from(chunk: str) -> list[str]:
    """The work quoted and the work it was quoted from ("A，转引自B"), less a speaker named instead of a work."""
    parts = QUOTED_FROM.split(chunk) if "转引自" in chunk else [chunk]
    return parts[1:] if len(parts) > 1 and QUOTED_SPEAKER.match(parts[0]) else parts


def _address_span(match: regex.Match) -> tuple[int, int]:
    """Where a URL or DOI stands, less the punctuation closing it: "10.1080/1060586X.2020.1761847" of "…1847; Next"."""
    return match.start(), match.start() + len(match.group().rstrip(".,;:"))


#: What a URL or DOI needs, looked for before their patterns run: "http", "www.", "10.".
ADDRESS_HINT = regex.compile(r"http|www\.|10\.")


def _split_outside_pairs(text: str) -> list[str]:
    """Cut at "；"/";" outside quotes and brackets and addresses (a DOI may hold one: "…2.0.CO;2"); only the marks
    themselves are visited, not every character."""
    parts, depth_stack, start = [], [], 0
    addresses = [_address_span(m) for m in (*URL.finditer(text), *DOI.finditer(text))] if ADDRESS_HINT.search(text) else []
    for found in PAIR_OR_SEPARATOR.finditer(text):
        char, index = found.group(), found.start()
        if addresses and any(low <= index < high for low, high in addresses):
            continue
        if depth_stack and char == depth_stack[-1]:
            depth_stack.pop()
        elif char in OPENERS and not (char == "‘" and depth_stack):
            depth_stack.append(OPENERS[char])
        elif (
            char in "；;"
            and not depth_stack
            and not VOLUME_AFTER_SEMICOLON.match(text, index + 1)
            and not YEAR_AFTER_SEMICOLON.match(text, index + 1)
            and not PUBLISHER_AFTER_SEMICOLON.match(text, index + 1)
            and not PAGES_AFTER_SEMICOLON.match(text, index + 1)
            and not (INITIALS_BEFORE.search(text, start, index) and NAME_WITH_INITIALS_AFTER.match(text, index + 1))
        ):
            parts.append(text[start:index])
            start = index + 1
        if len(depth_stack) > 3:  # unbalanced marks: stop protecting
            depth_stack.clear()
    parts.append(text[start:])
    return parts


def _split_web_run(part: str) -> list[str]:
    """Cut a chunk holding several URLs before each title that follows a URL."""
    if len(URL.findall(part)) < 2:
        return [part]
    pieces, start = [], 0
    for url in URL.finditer(part):
        following = AFTER_URL_TITLE.match(part, url.end()) or AFTER_URL_TITLE.match(part, url.end() + 1)
        if following:
            pieces.append(part[start : following.start()])
            start = following.end()
    pieces.append(part[start:])
    return pieces
