"""Pages: "pp. 975 – 993" -> "975-993", "第179-180页" -> "179-180", "第95，111页" -> "95,111"."""

from __future__ import annotations

import regex

#: Any dash or "to" between range ends, with spaces: "975 – 993", "1—24", "165–181".
RANGE_DASH = regex.compile(r"\s*[-‐‑‒–—―~～－]+\s*")
#: A comma list of pages: "95，111" or "95, 111".
LIST_COMMA = regex.compile(r"\s*[,，、]\s*")
#: A page word before the number: "pp. ", "p. ", "第", "С. ", "с. ", Kazakh "Б. ", "S. ".
PAGE_PREFIX = regex.compile(r"^(?:pp?\.|第|С\.|с\.|Б\.|S\.)\s*")
#: The page word after the number: Chinese or Japanese "页" in "第179-180页", " 页", "頁" in "1—30頁", or a book's
#: count of pages: "360 pp", "218 p.", "248p", Slovak and Czech "634 s.", Russian "264 с.".
PAGE_SUFFIX = regex.compile(r"\s*[页頁]$|(?<=\d)\s*(?:pp?|s|с|стр)\.?$")


#: A range whose end is abbreviated, as Chicago and MHRA print it: "152-53", "1795-805".
SHORT_END = regex.compile(r"(?P<start>\d+)-(?P<end>\d+)")


def _expand(match: regex.Match) -> str:
    start, end = match["start"], match["end"]
    if len(end) < len(start) and int(start[-len(end) :]) < int(end):
        end = start[: len(start) - len(end)] + end
    return f"{start}-{end}"


def pages(text: str) -> str:
    """Normalise a page or page range."""
    text = PAGE_PREFIX.sub("", text.strip())
    text = PAGE_SUFFIX.sub("", text)
    text = RANGE_DASH.sub("-", text)
    text = SHORT_END.sub(_expand, text)
    return LIST_COMMA.sub(",", text).strip(" .,")
