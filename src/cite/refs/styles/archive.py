"""Archival files cited by fond, opis, delo and leaves (Russian and Soviet archives, in transliteration or Cyrillic):

“Report on the auls,” 14 March 1932, TsGA RK, f. 5, op. 12, d. 103, ll. 4–6.
Jane Roe to John Doe, 3 May 1921, RGASPI, f. 17, op. 3, d. 45, l. 12ob.
Докладная записка. 1932. ЦГА РК. Ф. 5. Оп. 12. Д. 103. Л. 4–6.

The cue is exact: the archive's "f./op./d." (fond, opis, delo) closing the note. The leaves are the place cited
(`locator`); the archive's name and its numbers belong to no field, and none of them is a volume, an issue or an
author.
"""

from __future__ import annotations

import regex

from cite.refs.normalize.dates import year
from cite.refs.styles.draft import Draft, unwrap

NAME = "archive"

#: The archive's name and its file, closing the note: ", TsGA RK, f. 5, op. 12, d. 103, ll. 4–6", ". ЦГА РК. Ф. 5.
#: Оп. 12. Д. 103. Л. 4–6", "f. R-1, op. 1, d. 7, l. 3ob." (a fond's letter; "ob." the leaf's back).
FILE = regex.compile(
    r"[,.]\s*(?:(?P<archive>[^,.]{2,40})[,.]\s*)?(?:f|F|ф|Ф)\.\s*(?:\p{Lu}-?)?\d+\s*[,.]\s*(?:op|Op|оп|Оп)\.\s*\d+\s*[,.]"
    r"\s*(?:d|D|д|Д)\.\s*\d+(?:\s*[,.]\s*(?:ll?|Ll?|лл?|Лл?)\.\s*(?P<leaves>\d+(?:\s*[-–—]\s*\d+)?)(?:\s*(?:ob|об)\.?)?)?"
    r"\s*\.?\s*$"
)
#: Where an unquoted title ends: at a comma or a full stop ("Докладная записка. 1932. ЦГА РК…"), not an initial's
#: ("A. Ivanov to the Central Committee, 3 May 1921").
PART_END = regex.compile(r"(?<!\b\p{Lu})[,.]\s")
#: A title in quotes: “…”, "…", «…».
QUOTED = regex.compile(r"“(?P<title>[^”]+)”|\"(?P<title>[^\"]+)\"|«(?P<title>[^»]+)»")


def parse(text: str) -> Draft | None:
    """An archival file's title (quoted, or the first part), names before it, date and leaves, or None."""
    lowered = text.lower()
    if "op." not in lowered and "оп." not in lowered:
        return None
    found = FILE.search(text)
    if not found:
        return None
    head = text[: found.start()]
    quoted = QUOTED.search(head)
    title, names = (quoted["title"], head[: quoted.start()]) if quoted else (PART_END.split(head, 1)[0], "")
    draft: Draft = {"title": unwrap(title), "genre": "document"}
    if names.strip(" ,"):
        draft["author"] = names.strip(" ,")
    if dated := year(head[quoted.end() :] if quoted else head):
        draft["year"] = dated
    if found["leaves"]:
        draft["locator"] = found["leaves"]
    return draft if draft["title"] else None
