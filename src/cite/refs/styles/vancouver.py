"""Vancouver (ICMJE/NLM) references, as medical and public-health lists print them:

Roe J, Doe AB, et al. Title of the article. J Abbrev Med. 2019 Mar;12(3):45-9.
Roe J. Title of the article? Glob Abbrev. 2014;7:24978.
Roe J. Title of the chapter. In: Doe A, Lee K, editors. Title of the book. London: Publisher; 2001. p. 45-67.
Roe J, Doe A, editors. Title of the book. 2nd ed. Oxford: Publisher; 2002.
World Health Organization. Title of the report. Geneva: WHO; 2020.
Roe J. Title of the thesis [dissertation]. Leeds: University of Leeds; 2018.
Ministry of Health. Title of the page [Internet]. Place: Publisher; 2020 [cited 2020 Jun 15]. Available from: URL

The cue is exact: names written "Family AB" (or an organisation's name) as the first sentence, and either the
journal's "YYYY[ Mon];volume(issue):pages" or the book's "Place: Publisher; YYYY" at the end. The access date and
the URL are taken out before (refs/parse.py's `_peel`).
"""

from __future__ import annotations

import regex

from cite.names import is_organisation
from cite.refs.styles.draft import Draft

NAME = "vancouver"

#: One person as Vancouver writes them: "Roe J", "Hill PS", "van der Berg AB", "Jones Luong P", "Winter K-U".
PERSON = r"(?:(?:van|von|de|der|den|da|di|du|la|le)\s)*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?\s\p{Lu}{1,3}(?:-\p{Lu})?"
#: The word after editors' names: "editors", "editor", "editor(s)", "eds".
EDITORS = r"(?:editors?(?:\(s\))?|eds?)"
#: The names that head the reference and their sentence: "Roe J, Doe AB, et al. ", "Roe J, Doe A, editors. ".
AUTHORS = regex.compile(
    rf"^(?P<names>{PERSON}(?:,\s+{PERSON})*)(?:,?\s+et\s+al)?(?:,\s+(?P<edited>{EDITORS}))?\.\s+(?=\S)"
)
#: An organisation's name as the first sentence: letters and spaces only ("World Health Organization", "Ministry of
#: Health of the Republic of Kazakhstan"), no number or script without capitals (which the names did not match).
ORGANISATION = regex.compile(r"^\p{Lu}[\p{L}'’&,() -]{2,150}$")
#: A list's entry number left before the names: "12. ", "[12] ", "12- ".
ENTRY_NUMBER = regex.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)-]?)\s+")
#: A journal's date, volume, issue and pages closing the reference: "2012 Jul;27(4):281-7", "2014;7:24978",
#: "2006;3(10):e384", "2016 Apr 3;133:57-62", supplements: "2019;12 Suppl 1:S3", "1999; Suppl 3: 22-9" (volume 3),
#: "2010;76(3 Suppl):S10", "1996;240(suppl 738):3-60" (the issue's number).
JOURNAL_END = regex.compile(
    r"\.?\s+(?P<year>(?:1[5-9]|20)\d\d)(?:\s+\p{Lu}\p{Ll}{2}(?:-\p{Lu}\p{Ll}{2})?(?:\s+\d{1,2})?)?\s*;\s*"
    r"(?:(?P<volume>\d+)(?:\s+Suppl\s*\d*)?|Suppl\.?\s*(?P<volume>\d+))?"
    r"(?:\s*\(\s*(?:[Ss]uppl\.?\s*)?(?P<issue>\d+)(?:\s*[Ss]uppl\.?\s*\d*)?\s*\)|\s*\((?P<issue>[^()]+)\))?"
    r"(?:\s*:\s*(?P<page>\p{L}?\d+(?:-\p{L}?\d+)?))?$"
)
#: A book's publication area closing the reference, its page range after: "London: Publisher; 2001. p. 45-67",
#: "…, Lanham, MD: Publisher; 1997, p. 4-27", "Place: Publisher; 2020" (a publisher's initials, "W. B. Saunders",
#: are no sentence end; "In: …" is no place).
BOOK_END = regex.compile(
    r"[.,]\s+(?!In:)(?P<publisher_place>[^.:;,]{2,40}?(?:,\s*\p{Lu}{2,3})?):\s*"
    r"(?P<publisher>(?:[^:;.]|(?<=\b\p{Lu})\.|\.(?!\s)){2,100}?);\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
    r"(?:\s*[.,]?\s*pp?\.?\s*(?P<page>\d+(?:\s*[-–‑]\s*\d+)?))?[^;:]*?$"
)
#: The sentence end in the title area: after "." or "?" ("…outcomes? Glob Health Action"), before anything but a
#: small letter (a Chinese title's sentence too).
SENTENCE = regex.compile(r"(?<=[.?!])\s+(?=[^\s\p{Ll}])")
#: A journal's abbreviated word that SENTENCE split off, one word and its full stop: "Am." and "J." of "Am. J. Public
#: Health".
ABBREVIATED_WORD = regex.compile(r"\p{Lu}\p{L}{0,5}\.")
#: A chapter's book: "In: Doe A, Lee K, editors. Title of the book".
IN_BOOK = regex.compile(
    rf"^In:\s+(?:(?P<editor>{PERSON}(?:,\s+{PERSON})*)(?:,?\s+et\s+al)?,\s+{EDITORS}\.\s+)?(?P<book>.+)$"
)
#: A sentence naming a book's editors: "Doe A, Lee K, editors."
EDITOR_SENTENCE = regex.compile(rf"^(?P<editor>{PERSON}(?:,\s+{PERSON})*)(?:,?\s+et\s+al)?,\s+{EDITORS}\.?$")
#: The kind of work in brackets after a title: "[dissertation]", "[master's thesis]", "[Internet]".
MEDIUM = regex.compile(r"\s*\[(?P<medium>[^\]]{3,40})\]")
#: An edition as a sentence of its own: "2nd ed.", "4th edn", "3rd ed. rev".
EDITION = regex.compile(r"^\d+(?:st|nd|rd|th)\s+edn?\b")


def parse(text: str, has_url: bool = False) -> Draft | None:
    """Parse a Vancouver reference, or None when it lacks either the names or the journal's or book's end."""
    if ";" not in text:  # both ends have one: most references are ruled out at once
        return None
    text = ENTRY_NUMBER.sub("", text.rstrip(" ."), count=1)
    authors = AUTHORS.match(text)
    journal = JOURNAL_END.search(text)
    if journal and " In: " in text[: journal.start()]:
        journal = None  # a chapter's book whose volume and pages end it: "…; 1995; 1:619-635"
    end = journal or BOOK_END.search(text)
    if not end:
        return None
    body, draft = text[: end.start()], _found(end)
    if authors:
        body = body[authors.end() :]
        draft["editor" if authors["edited"] else "author"] = authors["names"]
    parts = SENTENCE.split(body)
    if not authors:  # an organisation as author: its name is the first sentence, the title's and journal's after
        organisation = parts[0].rstrip(".")
        if len(parts) < (3 if journal else 2) or not (ORGANISATION.match(organisation) and is_organisation(organisation)):
            return None
        draft["author"], parts = organisation, parts[1:]
    if journal:
        while len(parts) > 2 and ABBREVIATED_WORD.fullmatch(parts[-2]):  # "Am." + "J." + "Public Health"
            parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
        if len(parts) < 2:
            return None
        draft.update(title=" ".join(parts[:-1]).rstrip("."), container_title=parts[-1].rstrip("."))
        draft["genre"] = "article-journal"
        return draft
    return _book(parts, draft, has_url)


def _found(match: regex.Match) -> Draft:
    return {key: value.strip() for key, value in match.groupdict().items() if value}


def _book(parts: list[str], draft: Draft, has_url: bool) -> Draft | None:
    """A book, chapter, thesis, report or web page from the sentences before its publication area: the title,
    then "In: editors. Book", or the editors, or (with a page range) the book the work is part of."""
    parts = [part for part in parts if not EDITION.match(part)]
    starts_book = next((k for k, part in enumerate(parts) if part.startswith("In: ")), None)
    if starts_book is not None:
        in_book = IN_BOOK.match(" ".join(parts[starts_book:]))
        if not in_book or not starts_book:
            return None
        if in_book["editor"]:
            draft["editor"] = in_book["editor"]
        draft["container_title"], parts = in_book["book"], parts[:starts_book]
    elif len(parts) > 1 and (editors := EDITOR_SENTENCE.match(parts[-1])):
        draft["editor"], parts = editors["editor"], parts[:-1]
    elif len(parts) > 1 and draft.get("page"):  # "Title. Papers of the Congress. Place: Publisher; 1987. p. 9-15"
        draft["container_title"], parts = parts[-1], parts[:-1]
    mediums = [m["medium"].lower() for m in MEDIUM.finditer(" ".join(parts))]
    if container := draft.get("container_title"):
        draft["container_title"] = MEDIUM.sub("", str(container)).rstrip(" .")
        draft["genre"] = "chapter"
    title = MEDIUM.sub("", " ".join(parts)).rstrip(" .")
    if not title:
        return None
    draft["title"] = title
    if any("dissertation" in m or "thesis" in m for m in mediums):
        draft["genre"] = "thesis"
    elif "internet" in mediums and has_url and not container:
        draft["genre"] = "webpage"
    elif not container and draft.get("author") and is_organisation(str(draft["author"])):
        draft["genre"] = "report"
    else:
        draft.setdefault("genre", "book")
    return draft
