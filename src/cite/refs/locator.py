"""A note's pinpoint apart from a work's pages: the one place that decides `page` vs `locator`.

The style parsers put whatever page numbers a reference prints into `page`. What those numbers are
depends on the style's grammar, the type of work and where the reference stands:

* a range followed by a pinpoint (MHRA `215–38 (p. 217)`, `pp. 975-993, at 980`): the range is the
  work's `page`, the pinpoint its `locator`;
* in a full note (a footnote or endnote), a single page (`p. 117`, `第38页`, Chicago's `: 217`) is the page
  the note cites: `locator`;
* in a full note citing a whole work (a book, thesis, report, web page), a range is cited pages too
  (`第179-180页`): such a work has no range inside a container. An article's, chapter's or paper's range
  (`pp. 975 – 993`) stays its `page`, except where a Chicago note prints its pinpoint: after the year in
  brackets (`(2021): 115–16`), or for a chapter after the publication facts without "pp." (`(Bloomington:
  Indiana University Press, 2017), 150–52`; MHRA writes `pp.` there), when it spans fewer than `PINPOINT_SPAN`
  pages (`(2017): 73–92` there is the article's own range);
* a newspaper article's page is where it stands (`p. 3`, `第3版`): `page`; so is a case's first page in its law
  report, or any other `document` in a container (`[1893] 1 QB 256`);
* reference-list and bibliography entries and source lines (`where == "body"`) print the work's own range:
  `page` as given;
* Ibid. and short repeats keep `page` as the footnote schema asks (`{"ibid": true, "page": "116-133"}`);
* a reference whose `locator` a parser already set is left alone.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from cite.model import BODY, PAGED_TYPES, Reference
from cite.refs.normalize.pages import pages

#: A pinpoint page or range, as each pattern below captures it: "217", "115–16", "5 - 6".
PIN = r"(?P<pin>\d+(?:\s*[-‐‑–—]\s*\d+)?)"

#: A range, then the pinpoint in brackets or after "at" (German "hier S."): "215–38 (p. 217)", "pp. 975-993, at 980",
#: "266–88 at 270", "S. 33–56, hier S. 40", "1–24 (pp. 5–6)"; not a year in brackets after the pages (Nature's
#: "171–179 (2015)"), nor the tail of a date, as in a GB/T newspaper's "2021-06-12(3)", where "(3)" is the page (版)
#: of that day's issue.
#: (The range's first number starts at a number's start and has at most six digits, so a run of digits is read
#: in linear time.)
RANGE_THEN_PINPOINT = regex.compile(
    r"(?<![\d‐‑–—-])(?P<range>\d{1,6}\s*[-‐‑–—]\s*\d+)\s*(?:\(\s*(?:pp?\.\s*|(?!(?:1[5-9]|20)\d\d\s*\)))" + PIN
    + r"\s*\)|,?\s*(?:at\s+|hier\s+S\.\s*)" + PIN + ")"
)

#: Chicago's pinpoint after the year in brackets: "(2021): 115–16", "(July 2021): 1110".
CHICAGO_ARTICLE_PIN = regex.compile(r"\((?:[^()]*\s)?\d{4}\)\s*:\s*" + PIN)
#: Chicago's pinpoint after a chapter's publication facts, with no "pp.": "(Bloomington: IUP, 2017), 150–52".
CHICAGO_CHAPTER_PIN = regex.compile(r"\d{4}\),\s*" + PIN)

#: A page value that is one page, not a range or a list: "117", "38".
SINGLE_PAGE = regex.compile(r"^\w+$")

#: Types whose pinpoint Chicago prints after the publication facts.
CHAPTERS = frozenset({"chapter", "paper-conference"})


def split_locator(ref: Reference, where: str) -> Reference:
    """The reference with a pinpoint moved from `page` to `locator` by the rules of the module docstring."""
    if ref.locator or ref.ibid or ref.short:
        return ref
    if match := RANGE_THEN_PINPOINT.search(_without_addresses(ref)):
        return replace(ref, page=pages(match["range"]), locator=pages(match["pin"]))
    if (
        not ref.page
        or where == BODY
        or ref.type == "article-newspaper"
        or (ref.type == "document" and ref.container_title)
    ):
        return ref
    if SINGLE_PAGE.match(ref.page) or ref.type not in PAGED_TYPES or _chicago_pinpoint(ref):
        return replace(ref, page="", locator=ref.page)
    return ref


def _without_addresses(ref: Reference) -> str:
    """The reference's text without its URL and DOI, whose digits are no pages: "…/1051-0761(2000)010[1318:…]"."""
    text = ref.raw
    for address in (ref.url, ref.doi):
        text = text.replace(address, " ") if address else text
    return text


def _chicago_pinpoint(ref: Reference) -> bool:
    """Whether the reference's range is printed where a Chicago note puts the page it cites, and is short enough
    to be cited pages (`PINPOINT_SPAN`): "(2016): 120–21" is, "(2017): 73–92" is the article's own range."""
    match = CHICAGO_ARTICLE_PIN.search(ref.raw) or (ref.type in CHAPTERS and CHICAGO_CHAPTER_PIN.search(ref.raw))
    return bool(match) and pages(match["pin"]) == ref.page and _span(ref.page) < PINPOINT_SPAN


#: A cited range spans fewer pages than this; one of this many or more, where Chicago prints its pinpoint, is the
#: article's or chapter's own range as typists paste it ("(2013): 753–70"); the writers of three blind checks agree.
PINPOINT_SPAN = 12


def _span(page: str) -> int:
    """The number of pages a "first-last" range covers (1 for a page or anything else)."""
    first, _, last = page.partition("-")
    return int(last) - int(first) + 1 if first.isdigit() and last.isdigit() else 1
