"""Numbered endnotes and reference lists in plain text.

A list of notes (`[1] text`, `1. text`, `1 text`, `(1) text`, `¹ text`) under a heading (注释, 注,
Notes, Endnotes, …) or after a rule, or a run of numbered entries that closes the document, with
`[1]`/`¹` markers in the text before it. Entries wrap over several lines. A reference list
(参考文献, References, Bibliography, …) is read the same way, its entries being body citations.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cite.model import BODY, FOOTNOTE, Document, Found, Marker, NoteBody
from cite.notes.lines import whole_lines
from cite.notes.text import is_blank, join_lines

NAME = "endnote"

#: A notes heading: "注释", "## Notes", "**Endnotes:**", "Примечания".
NOTES_HEADING = regex.compile(
    r"^[#*\s]*(?:注释|注|尾注|附注|注释与说明|Notes|Endnotes|Footnotes|Примечания|Ескертпелер)[*\s:：]*$",
    regex.IGNORECASE,
)

#: A section number before a heading's words: "7. ", "3.2 ", "IV. ", "A. " (of "## 7. References").
HEADING_NUMBER = r"(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])[.)]?\s+)?"

#: A reference-list heading at any level, numbered or not, with an optional colon: "参考文献", "# References",
#: "## Reference list", "**Works Cited:**", "7. Bibliography", "Список литературы", "Пайдаланылған әдебиеттер".
REFERENCES_HEADING = regex.compile(
    rf"^[#*\s]*{HEADING_NUMBER}(?:"
    r"(?:主要|中文|英文|外文)?参考(?:文献|资料|書目|书目)|引用文献|参考資料|文献|"
    r"(?:(?:Select(?:ed)?|Annotated)\s+)?Bibliograph(?:y|ies)|Bibliographie|Bibliograf[íi]a|Literaturverzeichnis|"
    r"(?:List\s+of\s+)?References|Reference\s+list|Works\s+(?:Cited|Consulted)|Sources(?:\s+Cited)?|"
    r"Literature(?:\s+Cited)?|Further\s+Reading|"
    r"(?:Список\s+(?:использованной\s+)?)?литературы|Литература|Библиография|"
    r"Список\s+(?:использованных\s+)?источников|Источники(?:\s+и\s+литература)?|"
    r"(?:Пайдаланылған\s+)?әдебиеттер(?:\s+тізімі)?"
    r")[*\s:：.]*$",
    regex.IGNORECASE,
)

#: A horizontal rule that often separates endnotes from the text: "---", "______", "* * *".
RULE = regex.compile(r"^\s*(?:-{3,}|_{3,}|(?:\*\s*){3,}|—{2,}|={3,})\s*$")

#: A Markdown heading that ends a notes section: "## Appendix".
ANY_HEADING = regex.compile(r"^#{1,6}\s")

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: An entry: "[12] Author, Title", "12. Author", "12 Author", "(12) Author", "12) Author", "¹² Author".
ENTRY = regex.compile(
    r"^\s*(?:\[(?P<n>\d{1,5})\]|［(?P<n>\d{1,5})］|(?P<n>\d{1,4})[.．、)）](?!\d)|[(（](?P<n>\d{1,4})[)）]"
    rf"|(?P<n>\d{{1,3}})(?=\s)|(?P<sup>[{SUPERSCRIPT_DIGITS}]{{1,3}}))\s*(?P<text>\S.*)$"
)

#: (Spaces around a list's separators are bounded, so a long run of spaces in brackets is read in linear time.)
#: A marker in the text: "[3]", "[3, 5]", "[3-5]", "³", "<sup>3</sup>" (not a Markdown link "[3](…)"), or "(3)"
#: glued to a word ("…的成果(3)。"), but not an enumeration opening a clause ("：（1）在谈判过程中").
MARKER = regex.compile(
    r"\[(?P<list>\d{1,5}(?:\s{0,2}[,，–-]\s{0,2}\d{1,5})*)\](?![(:])"
    rf"|<sup>(?P<list>\d{{1,4}})</sup>|(?<=\S)(?P<sup>[{SUPERSCRIPT_DIGITS}]{{1,3}})"
    r"|(?<=[^\s：:；;，,、(（\d])[(（](?P<list>\d{1,4})[)）](?=[\s。.，,；;！!？?”’)]|$)"
)


#: Back-links a web page's notes list keeps when printed or copied: pandoc's closing "↩︎" (one or more), and
#: Wikipedia's opening "^" with the letters of each mark after it ("^ a b Micklin, …"; two letters or more, so
#: "^ a study" keeps its article).
BACK_LINKS = regex.compile(r"\s*(?:↩[\ufe0e\ufe0f]?\s*)+$|^\^\s+(?:a(?:\s+[b-z])+\s+)?")
#: Links to search services a journal's page prints after each reference, read as words when the page is printed
#: or copied: "… 2007;35:47-72. Google Scholar Crossref".
SERVICE_LINKS = regex.compile(
    r"(?:\s+(?:Google\s+Scholar|Crossref|CrossRef|PubMed(?:\s+Central)?|Web\s+of\s+Science|Scopus))+\s*$"
)
#: A web page's own lines after its reference list, no entry: "© 2026 JCAS. All rights reserved.", "Back to top",
#: "This page was last edited on 3 March 2024.", "Related articles", "Retrieved from "https://…"".
WEB_CHROME = regex.compile(
    r"^\s*(?:©|\(c\)\s|Copyright\s+©|Back\s+to\s+top\b|This\s+page\s+was\s+last\s+edited\b|Related\s+articles\b|"
    r"Retrieved\s+from\s+[\"“]?https?://)",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Section:
    start: int  # first line after the heading (1-based)
    end: int  # last line (1-based, inclusive)
    where: str


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find endnote lists and reference lists; link only endnotes to markers."""
    lines = doc.lines
    bodies: list[NoteBody] = []
    last_notes_start = 0
    for section, entries in _sections(lines, claimed, doc.paragraph_lines, doc.headings):
        for label, start, end, text in entries:
            spans = whole_lines(lines, start, end)
            is_note = section.where == FOOTNOTE
            bodies.append(NoteBody(label if is_note else "", start, end, text, NAME, section.where, spans))
        if section.where == FOOTNOTE:
            last_notes_start = section.start
    if not any(b.where == FOOTNOTE for b in bodies):
        return Found(tuple(bodies))
    # markers stand in the text before the last notes section (chapters may each end with their notes)
    entry_lines = {span.line for body in bodies for span in body.spans}
    markers = tuple(
        Marker(label, n, m.start(), m.end(), NAME)
        for n, line in enumerate(lines[: last_notes_start - 1], 1)
        if n not in claimed and n not in entry_lines
        for m in MARKER.finditer(line)
        for label in _labels(m)
    )
    return Found(tuple(bodies), markers)


Entry = tuple[str, int, int, str]  # label, first line, last line, text


def _sections(
    lines: tuple[str, ...], claimed: frozenset[int], paragraph_lines: bool = False, headings: frozenset[int] = frozenset()
) -> list[tuple[Section, list[Entry]]]:
    """Headed sections, rule-introduced sections, or else a closing run of numbered entries.

    A section runs to the next heading or rule, so sections never overlap and the lines are read once;
    `paragraph_lines`: every line is a paragraph of its own (see `_paragraphs`); `headings`: the lines the
    format marks as headings (`Document.headings`), each a boundary whatever it says.
    """
    sections: list[Section] = []
    body_starts = _front_matter_end(lines) + 1
    opened: tuple[int, str] | None = None
    for n, line in enumerate(lines, 1):
        marked = n in headings
        if not marked and not _may_be_boundary(line):
            continue
        where = FOOTNOTE if NOTES_HEADING.match(line) or RULE.match(line) else None
        where = BODY if where is None and REFERENCES_HEADING.match(line) else where
        if where is None and not marked and not ANY_HEADING.match(line):
            continue
        if opened is not None:
            end = _end_before_title(lines, n, opened[0], opened[1]) if where else n - 1
            sections.append(Section(opened[0], end, opened[1]))
        opened = (n + 1, where) if where is not None and n not in claimed and n >= body_starts else None
    if opened is not None:
        sections.append(Section(opened[0], len(lines), opened[1]))
    if not sections:
        closing = _closing_run(lines, claimed)
        return [closing] if closing else []
    with_entries = [
        (s, _entries(lines, s, claimed) if s.where == FOOTNOTE else _references(lines, s, claimed, paragraph_lines))
        for s in sections
    ]
    return [(s, entries) for s, entries in with_entries if entries]


#: The longest line a notes or references heading can be ("**Список использованной литературы:**" and some).
HEADING_WIDTH = 60
#: Characters a rule line starts with: "---", "___", "* * *", "——", "===".
RULE_START = "-_*—="


def _may_be_boundary(line: str) -> bool:
    """Whether a line can be a heading or rule at all: short, a Markdown heading, or a rule's characters (so the
    four boundary patterns run on few lines)."""
    stripped = line.strip()
    return len(stripped) <= HEADING_WIDTH or stripped[:1] in "#" + RULE_START


#: A part's title before its own notes or references heading: "Part two: health (Vancouver)", "Chapter 3" (short,
#: no sentence end, no year, and, as `_end_before_title` checks, no comma nor a note's number: not an entry's last
#: line, "2. Ibid., 45", "Interview with the author, Almaty").
PART_TITLE = regex.compile(r"^(?!.*\b\d{4}\b)(?!.*https?://).{1,60}(?<![.。!?！？])$")


def _end_before_title(lines: tuple[str, ...], heading: int, first: int, where: str) -> int:
    """The last line of a section (of notes or, `where` BODY, references) that the notes or references heading on
    line `heading` closes: the line before it, or before the title of the part that heading belongs to ("Part two"
    above its "References"), which is no entry of the list before. A comma keeps a notes list's last line ("2.
    Ibid., 45", "Interview with the author, Almaty"), not a reference list's, whose entries have a year."""
    end = heading - 1
    while end >= first and is_blank(lines[end - 1]):
        end -= 1
    last = lines[end - 1].strip() if end > first else ""
    if last and PART_TITLE.match(last) and (where == BODY or "," not in last) and not ENTRY.match(last):
        return end - 1
    return heading - 1


def _front_matter_end(lines: tuple[str, ...]) -> int:
    """Last line of a YAML front-matter block ("---" … "---" at the top), or 0."""
    if lines and lines[0].strip() == "---":
        for n in range(2, len(lines) + 1):
            if lines[n - 1].strip() in ("---", "..."):
                return n
    return 0


def _closing_run(lines: tuple[str, ...], claimed: frozenset[int]) -> tuple[Section, list[Entry]] | None:
    """The last run of entries numbered 1, 2, 3… that reaches the end of the document, if marked, with its entries."""
    for n in range(len(lines), 0, -1):
        match = ENTRY.match(lines[n - 1])
        if not match or n in claimed or _number(match) != 1:
            continue
        section = Section(n, len(lines), FOOTNOTE)
        entries = _entries(lines, section, claimed)
        numbers = [int(label) for label, *_ in entries]
        reaches_end = all(is_blank(x) for x in lines[entries[-1][2] :])
        if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) and reaches_end:
            marked = {label for k in range(n - 1) for m in MARKER.finditer(lines[k]) for label in _labels(m)}
            if sum(str(x) in marked for x in numbers) * 2 >= len(numbers):
                return section, entries
        return None
    return None


def _entries(lines: tuple[str, ...], section: Section, claimed: frozenset[int]) -> list[Entry]:
    """The entries of a section; lines that start no entry continue the one before, up to a blank line.

    Inside an entry, a line that starts with a number starts the next entry only if it is the next number,
    so a wrapped line such as "2016), 45–47." stays part of its note, or if it reads as an entry out of
    sequence (see `_starts_out_of_sequence`), which then stands alone and is reported by the linker.
    """
    entries: list[Entry] = []
    current: list[str] = []
    label, start, last = "", 0, 0
    for n in range(section.start, section.end + 1):
        line = lines[n - 1]
        match = ENTRY.match(line) if n not in claimed else None
        if match and current and _number(match) != int(label) + 1 and not _starts_out_of_sequence(match, current):
            match = None
        if match:
            if current:
                entries.append((label, start, last, join_lines(current)))
            label, start, last, current = str(_number(match)), n, n, [match["text"]]
        elif _numbers_the_next_line(lines, n, section, claimed):
            if current:
                entries.append((label, start, last, join_lines(current)))
            label, start, last, current = BARE_NUMBER.match(line)["n"], n, n + 1, [lines[n]]
        elif n == last and current:
            continue  # the text of a number that stands alone on the line before
        elif current and not is_blank(line) and n not in claimed:
            current.append(line)
            last = n
        elif current and is_blank(line):
            entries.append((label, start, last, join_lines(current)))
            current = []
    if current:
        entries.append((label, start, last, join_lines(current)))
    return [(label, start, last, _without_links(text)) for label, start, last, text in entries]


def _without_links(text: str) -> str:
    """An entry's text without the back-links and search-service links of the web page it was printed from."""
    return SERVICE_LINKS.sub("", BACK_LINKS.sub("", text))


#: An entry's number alone on its line, its text on the next: "7." (an HTML list's number), "[7]".
BARE_NUMBER = regex.compile(r"^\s*(?:\[(?P<n>\d{1,5})\]|(?P<n>\d{1,4})[.)])\s*$")


def _numbers_the_next_line(lines: tuple[str, ...], n: int, section: Section, claimed: frozenset[int]) -> bool:
    """Whether line `n` is an entry's number alone whose text is the next line (a number, never an entry, of its
    own: an HTML reader writes an ordered list's numbers so)."""
    if n in claimed or n + 1 in claimed or n >= section.end or not BARE_NUMBER.match(lines[n - 1]):
        return False
    following = lines[n]
    return not is_blank(following) and not ENTRY.match(following) and not BARE_NUMBER.match(following)


def _references(
    lines: tuple[str, ...], section: Section, claimed: frozenset[int], paragraph_lines: bool = False
) -> list[Entry]:
    """Every entry of a reference list in the order written: numbered ones (Vancouver, IEEE, GB/T) and, in the
    paragraphs they leave, unnumbered ones (APA, Harvard), so a list that mixes both loses none."""
    numbered = _entries(lines, section, claimed)
    taken = claimed | {n for _, start, end, _ in numbered for n in range(start, end + 1)}
    return sorted([*numbered, *_paragraphs(lines, section, taken, paragraph_lines)], key=lambda entry: entry[1])


#: An entry number that cannot be a wrapped line's year or page: "10. A stray…", "[10] ", not "2016), 45".
OUT_OF_SEQUENCE_NUMBER = regex.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+\S")
#: The end of a finished entry: "336–52.", "同上。", "2019).".
ENTRY_END = regex.compile(r"[.。!?！？][)”’\"']?\s*$")


def _starts_out_of_sequence(match: regex.Match, current: list[str]) -> bool:
    """A numbered line with the wrong number after an entry that has ended ("…336–52." then "10. A stray
    number…") is an entry of its own, not the end of the one before."""
    return bool(OUT_OF_SEQUENCE_NUMBER.match(match.string) and ENTRY_END.search(current[-1]))


#: The close of a reference-list line that ends an entry: a full stop, or a URL or DOI, which APA 7 and Vancouver
#: print last with no full stop after it: "…, 2019.", "… https://doi.org/10.1111/amet.12036", "doi:10.1353/jod.6".
LINE_ENDS_ENTRY = regex.compile(r"(?:[.。]|\bhttps?://\S+|\bdoi:\s*\S+|\b10\.\d{4,9}/\S+)\s*$", regex.IGNORECASE)


def _paragraphs(
    lines: tuple[str, ...], section: Section, skipped: frozenset[int], paragraph_lines: bool = False
) -> list[Entry]:
    """Unnumbered reference-list entries (Chicago, MHRA, APA bibliographies): one per paragraph, or one per
    line when every line of a paragraph ends an entry (`LINE_ENDS_ENTRY`) or when every line is a paragraph of its
    own (`paragraph_lines`: a .docx or HTML list, whose entries MHRA ends without a full stop)."""
    entries: list[Entry] = []
    block: list[int] = []
    for n in [*range(section.start, section.end + 1), 0]:
        if n and not is_blank(lines[n - 1]) and n not in skipped:
            block.append(n)
            continue
        if block:
            texts = [lines[k - 1].strip() for k in block]
            if len(block) > 1 and (paragraph_lines or all(LINE_ENDS_ENTRY.search(t) for t in texts)):
                entries.extend(("", k, k, join_lines([t])) for k, t in zip(block, texts, strict=True))
            else:
                entries.extend(_entries_of_block(block, texts))
            block = []
    return [
        (label, start, end, _without_links(text)) for label, start, end, text in entries if not WEB_CHROME.match(text)
    ]


#: The head of an unnumbered entry: its authors, as a list typed one entry a line starts each line: APA/Harvard's
#: "Roe, J. (2019)", "Roe, J. and Doe, A. (2019)", "World Health Group. (2019)"; Chicago author-date's "Roe, Jane.
#: 2019."; Vancouver's "Roe J, Doe AB. Title"; GOST's "Роева Е. А. Название"; "Roe, J., & …" (not "Washington,
#: D.C.: …", a wrapped publisher; nor "In J. Smith (Ed.), Handbook …", a chapter's book wrapped onto its own line).
ENTRY_HEAD = regex.compile(
    r"^(?!(?:In|Retrieved|Available|Edited|Paper|Presented)\b)(?:\p{Lu}[^\d()\[\]\"“”‘’«»:;]{0,200}?\.\s\((?:\d{4}[a-z]?|n\.\s?d\.)\)"
    r"|\p{Lu}[\p{L}'’-]+,\s[^\d():;]{1,80}?\.\s\d{4}[a-z]?\."
    r"|\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}(?:,\s\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3})*(?:,\set\sal)?\.\s"
    r"|(?:\p{Lu}[\p{L}'’-]+\s)?\p{Lu}[\p{L}'’-]+,?\s(?:\p{Lu}\.\s?){1,3}(?=[,&(]|\s(?:&|and|\()|\s\p{Lu}))"
)
#: The end of a line that an entry's authors wrap after: "Roe, J., &", "Roe, J. and", "Roe, J.,".
WRAPS_AUTHORS = regex.compile(r"(?:[,&;]|\band)\s*$")


def _entries_of_block(block: list[int], texts: list[str]) -> list[Entry]:
    """A paragraph of a reference list as entries: one, wrapped over its lines, unless it starts with an entry's
    head and other lines start with one too (`ENTRY_HEAD`: a list typed one entry a line, some of whose entries
    lack their full stop); then each such line starts an entry and the lines after it continue it."""
    heads = [
        k == 0 or (ENTRY_HEAD.match(text) is not None and not WRAPS_AUTHORS.search(texts[k - 1]))
        for k, text in enumerate(texts)
    ]
    if not ENTRY_HEAD.match(texts[0]) or sum(heads) < 2:
        return [("", block[0], block[-1], join_lines(texts))]
    starts = [k for k, head in enumerate(heads) if head]
    return [
        ("", block[first], block[last - 1], join_lines(texts[first:last]))
        for first, last in zip(starts, [*starts[1:], len(texts)], strict=True)
    ]


#: Superscript digits to ASCII digits: "¹²" -> "12".
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

#: A range inside a bracket marker: "3-5", "3 – 5".
RANGE = regex.compile(r"(?P<low>\d{1,5})\s{0,2}[–-]\s{0,2}(?P<high>\d{1,5})")
#: A separator in a bracket marker's list: ", " in "[3, 5]", "，" in "[3，5]".
LIST_SEPARATOR = regex.compile(r"\s{0,2}[,，]\s{0,2}")
#: Everything from the first non-digit of a list item on: "a" in "12a", "–90" in "3–90" (too long to expand).
NON_DIGIT_TAIL = regex.compile(r"\D.*")


def _number(match: regex.Match) -> int:
    return int(match["sup"].translate(FROM_SUPERSCRIPT)) if match["sup"] else int(match["n"])


def _labels(match: regex.Match) -> list[str]:
    """Labels a marker stands for: "[3-5]" -> 3, 4, 5; "[3, 5]" -> 3, 5; "³" -> 3."""
    if match["sup"]:
        return [str(int(match["sup"].translate(FROM_SUPERSCRIPT)))]
    labels: list[str] = []
    for part in LIST_SEPARATOR.split(match["list"]):
        span = RANGE.fullmatch(part)
        if span and 0 <= int(span["high"]) - int(span["low"]) < 50:
            labels.extend(str(x) for x in range(int(span["low"]), int(span["high"]) + 1))
        else:
            labels.append(str(int(NON_DIGIT_TAIL.sub("", part) or 0)))
    return labels
