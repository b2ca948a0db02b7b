"""Cases and statutes as legal styles cite them (OSCOLA, Bluebook): a case's name holds " v ", then its report.

*Donoghue v Stevenson* [1932] AC 562 (HL) 580.        (OSCOLA: [year] volume? report first-page (court) pinpoint)
R (Miller) v Prime Minister [2019] UKSC 41 [50].       (OSCOLA neutral citation)
Brown v. Board of Education, 347 U.S. 483, 495 (1954). (Bluebook: volume report first-page, pinpoint (year))
Constitutional Reform Act 2005, s 1.                   (a statute: its short title holds its year)

The schema has no type for either, so both are `document`; the report's name is the container and its first page
the page, as CSL's legal_case has them.
"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import Draft, unwrap

NAME = "legal"

#: A case's name, parties either side of "v": "Donoghue v Stevenson", "R (Miller) v Prime Minister", "Brown v. Board".
CASE_NAME = r"(?P<title>[*_]?\p{Lu}[^\[\]()]{0,120}?(?:\([^()]{1,40}\)[^\[\]()]{0,40}?)?\sv\.?\s[^\[\]]{1,120}?[*_]?)"
#: A law report: "AC", "1 QB", "UKSC", "WLR", "U.S.", "F. Supp. 2d".
REPORT = r"(?P<c>\p{Lu}[\p{L}.&]*(?:\s(?:\p{Lu}[\p{L}.&]*|\d+[a-z]{1,2}))*)"
#: OSCOLA: "[1932] AC 562 (HL) 580", "(1996) 72 P & CR 13", "[2019] UKSC 41 [50]".
OSCOLA_CASE = regex.compile(
    CASE_NAME
    + r"\s*,?\s*[\[(](?P<year>1[5-9]\d\d|20\d\d)[\])]\s+(?:(?P<volume>\d{1,4})\s+)?"
    + REPORT
    + r"\s+(?P<page>\d+)(?:\s*\([^()]{1,30}\))?(?:\s*,?\s*(?P<locator>\[\d+\]|\d+(?:\s*[-–]\s*\d+)?))?\s*$"
)
#: Bluebook: "Brown v. Board of Education, 347 U.S. 483, 495 (1954)".
BLUEBOOK_CASE = regex.compile(
    CASE_NAME + r",\s+(?P<volume>\d{1,4})\s+" + REPORT + r"\s+(?P<page>\d+)"
    r"(?:,\s*(?P<locator>\d+(?:\s*[-–]\s*\d+)?))?\s*\((?:[^()]*\s)?(?P<year>1[5-9]\d\d|20\d\d)\)\s*$"
)
#: A statute by its short title, with a section or schedule: "Human Rights Act 1998, s 3", "Climate Change Act 2008".
STATUTE = regex.compile(
    r"^(?P<title>\p{Lu}[\p{L}'’()-]*(?:\s+(?:\p{Lu}[\p{L}'’()-]*|of|and|the|for|on|to|\(\p{L}+\)))*\s+Act\s+(?:1[5-9]|20)\d\d)"
    r"(?:\s*,?\s+(?:s|ss|sch|pt|art|reg)\.?\s+\S+(?:\s*\S+)?)?\s*$"
)


def parse(text: str) -> Draft | None:
    """A case or a statute, or None when the text is neither."""
    if " v" in text and (case := OSCOLA_CASE.match(text) or BLUEBOOK_CASE.match(text)):
        draft: Draft = {k: v.strip() for k, v in case.groupdict().items() if v and k not in ("c", "locator")}
        if case["locator"] and not case["locator"].startswith("["):  # "[50]" is a paragraph, not a page
            draft["locator"] = case["locator"]
        draft.update(title=unwrap(case["title"].strip()), container_title=case["c"], genre="legal_case")
        return draft
    if "Act " in text and (statute := STATUTE.match(text)):
        return {"title": statute["title"], "genre": "legislation"}
    return None
