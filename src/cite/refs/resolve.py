"""Resolve repeats across a document's notes: Ibid. to the previous source, short forms to the full
reference they shorten (fuzzy match on title and author with rapidfuzz), and unlabelled dates beside
URLs to access dates when the document repeats them (retrieval dates recur, publication dates don't)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import regex

from cite.model import Note, Reference, See
from cite.refs.parse import UNKNOWN_STYLE_WARNING, WEB_DATE_WARNING
from cite.refs.styles.repeat import SAME_AS_NOTE

#: What a full reference gives beside its author and title; a note with none of them ("冯绍雷：《欧亚大陆的秩序重构》。")
#: that names an earlier source's author and title repeats it, as Chinese journals shorten a repeat.
DETAILS = ("container_title", "publisher", "year", "volume", "issue", "page", "locator", "url", "doi", "editor")
#: How alike two titles must be (0-100, rapidfuzz partial ratio on folded case) to be the same work.
TITLE_MATCH = 88
#: What parts a name: spaces, and the dots of a transliterated one ("埃里克·霍布斯鲍姆", "エリック・ホブズボーム").
NAME_PARTS = regex.compile(r"[\s·・]+")
#: A name written in Han or kana only, family name first: "宇山智彦".
CJK_NAME = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}]+$")
#: The colon that ends a main title before its subtitle: "中国的中亚外交：理论与实践", "Great Games: Local Rules".
MAIN_TITLE_END = regex.compile(r"[:：]")


def resolve(notes: Sequence[Note]) -> list[Note]:
    """Notes with `see` links on Ibid./short references and web dates settled."""
    notes = _settle_web_dates(notes)
    full: list[tuple[See, Reference]] = []
    previous: See | None = None
    out: list[Note] = []
    for note in notes:
        refs = list(note.references)
        for index, ref in enumerate(refs):
            here = See(note.seq, index)
            if ref.ibid:
                refs[index] = (
                    replace(ref, see=previous) if previous else _unresolved(ref, "Ibid. with no earlier source")
                )
                continue
            if ref.short:
                target = _earlier(ref, full, notes, note.seq)
                refs[index] = (
                    replace(ref, see=target) if target else _unresolved(ref, "short form matches no earlier source")
                )
                previous = target or here
                continue
            if _bare(ref) and (target := next((s for s, c in full if not _bare(c) and shortens(ref, c, True)), None)):
                warnings = tuple(w for w in ref.warnings if w != UNKNOWN_STYLE_WARNING)
                refs[index] = replace(ref, short=True, type="", language="", see=target, warnings=warnings)
                previous = target
                continue
            full.append((here, ref))
            previous = here
        out.append(
            replace(note, references=tuple(refs))
            if any(a is not b for a, b in zip(refs, note.references, strict=True))
            else note
        )
    return [_with_reference_warnings(note) for note in out]


def _bare(ref: Reference) -> bool:
    """Whether a reference gives an author and a title and nothing else (see DETAILS)."""
    return bool(ref.author and ref.title) and not any(getattr(ref, name) for name in DETAILS)


def _with_reference_warnings(note: Note) -> Note:
    """The note's warnings include its references' ("anything the parser was unsure of"), with file and line."""
    extra = tuple(f"{note.place()}: {warning}: {ref.raw[:70]}" for ref in note.references for warning in ref.warnings)
    return replace(note, warnings=note.warnings + extra) if extra else note


def _unresolved(ref: Reference, why: str) -> Reference:
    return replace(ref, warnings=(*ref.warnings, why))


def _earlier(ref: Reference, full: list[tuple[See, Reference]], notes: Sequence[Note], seq: int) -> See | None:
    """The earliest full reference this short form (in note `seq`) repeats, or None."""
    if match := SAME_AS_NOTE.match(ref.raw):
        # the nearest earlier note of that number: circled numbers restart on each page, and "同①" means this page's ①
        wanted = _note_number(match["note"])
        for note in reversed(notes):
            if note.seq < seq and note.references and _note_number(note.label) == wanted:
                return See(note.seq, 0)
    found = [(see, candidate) for see, candidate in full if shortens(ref, candidate)]
    # the same name written the same way first: "王凯：前引书" is 王凯's book, not an earlier one of 王凯旋's
    same = [see for see, candidate in found if ref.author[:1] == (candidate.author or candidate.editor)[:1]]
    return same[0] if same else found[0][0] if found else None


def shortens(short: Reference, full: Reference, whole: bool = False) -> bool:
    """True if a short form ("Cooley, *Great Games*, 80"; "赵华胜：《中国的中亚外交》") repeats a full reference:
    its title within the full title (rapidfuzz partial ratio) by the same author, or the same author when it gives
    no title. `whole`: the title must be the full one or its main title (before a colon), as a repeat with no page
    writes it: "王凯：《中国外交》" is another work than "王凯：《中国外交史研究》"."""
    from rapidfuzz import fuzz  # only when a document has short forms

    title, full_title = short.title.casefold(), full.title.casefold()
    if whole:
        titles = {full_title, MAIN_TITLE_END.split(full_title, maxsplit=1)[0].strip()}
        same = any(fuzz.ratio(title, candidate) >= TITLE_MATCH for candidate in titles)
    else:
        same = fuzz.partial_ratio(title, full_title) >= TITLE_MATCH
    people = full.author or full.editor  # "霍布斯鲍姆：前引书" repeats a book he edited
    if title and full_title and same:
        return not short.author or not people or _same_author(short.author[0], people[0])
    return not title and bool(short.author and people) and _same_author(short.author[0], people[0])


def _note_number(label: str) -> int | None:
    """A note's number from its label: "12" -> 12, "①" -> 1, "⑫" -> 12 (Chinese notes number with circled digits)."""
    label = label.strip()
    if label.isdecimal():
        return int(label)
    number = unicodedata.numeric(label, None) if len(label) == 1 else None
    return int(number) if number is not None else None


def _same_author(a: str, b: str) -> bool:
    """Whether a short form's name is the full reference's: alike, the same family name ("Cooley" of "Alexander
    Cooley", "霍布斯鲍姆" of "埃里克·霍布斯鲍姆"), or a Japanese family name alone ("宇山" of "宇山智彦")."""
    from rapidfuzz import fuzz

    if fuzz.token_set_ratio(a.casefold(), b.casefold()) >= 80:
        return True
    if NAME_PARTS.split(a.strip())[-1] == NAME_PARTS.split(b.strip())[-1]:
        return True
    return len(a) >= 2 and b.startswith(a) and bool(CJK_NAME.match(a + b))


def _settle_web_dates(notes: Sequence[Note]) -> list[Note]:
    """An unlabelled date beside a URL is an access date if the document repeats it, else a publication year."""
    counts = Counter(r.accessed for n in notes for r in n.references if WEB_DATE_WARNING in r.warnings)
    out = []
    for note in notes:
        if not any(WEB_DATE_WARNING in ref.warnings for ref in note.references):
            out.append(note)
            continue
        refs = []
        for ref in note.references:
            if WEB_DATE_WARNING in ref.warnings:
                rest = tuple(w for w in ref.warnings if w != WEB_DATE_WARNING)
                if counts[ref.accessed] >= 2:
                    ref = replace(ref, warnings=rest)
                else:
                    ref = replace(ref, year=ref.year or ref.accessed[:4], accessed="", warnings=rest)
            refs.append(ref)
        out.append(replace(note, references=tuple(refs)))
    return out
