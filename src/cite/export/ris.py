"""RIS writer: tagged lines `TAG  - value` with CRLF endings, each record closed by `ER  - `.

Names are written "Family, Given" as the RIS specification asks; Chinese names and organisations as
written. The record's `ID` is the source key, so reference managers and pandoc keep it. Tags as the
RIS specification and Zotero's and EndNote's tag tables read them: `T2` is the journal, book, site or
newspaper (`JO` would be its abbreviation, which cite does not know, so it is not written); a chapter's
book is also `BT` (JabRef's tag); a conference paper's proceedings are `C3` (Zotero's and EndNote's
"Proceedings Title"; their `T2` is the conference's name, which cite does not know) and `BT`; `SP`/`EP` are only a work's own range inside a container (a book's
`SP` is read as its number of pages); `Y2` the access date; `M3` a thesis's degree ("硕士学位论文").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cite import names
from cite.export import genre
from cite.model import PAGED_TYPES, Source

#: CSL name -> RIS tags (entry types below rename a few).
FIELDS: dict[str, tuple[str, ...]] = {
    "author": ("AU",),
    "editor": ("ED",),
    "translator": ("A4",),
    "title": ("TI",),
    "container-title": ("T2",),
    "publisher": ("PB",),
    "publisher-place": ("CY",),
    "year": ("PY",),
    "volume": ("VL",),
    "issue": ("IS",),
    "page": ("SP", "EP"),
    "URL": ("UR",),
    "DOI": ("DO",),
    "accessed": ("Y2",),
    "language": ("LA",),
}

#: CSL type -> RIS type (TY), and the tags that type uses instead.
TYPES: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "article-journal": ("JOUR", {}),
    "book": ("BOOK", {}),
    "chapter": ("CHAP", {"editor": ("A2",), "container-title": ("T2", "BT")}),
    "thesis": ("THES", {}),
    "webpage": ("ELEC", {}),
    "article-newspaper": ("NEWS", {}),
    "report": ("RPRT", {}),
    "paper-conference": ("CONF", {"container-title": ("C3", "BT")}),
    "document": ("GEN", {}),
}

#: A page range, split into start and end page: "975-993", "975 – 993".
PAGE_RANGE = re.compile(r"^\s*(?P<start>[^-‐‑–—\s]+)\s*[-‐‑–—]+\s*(?P<end>\S+)\s*$")

#: An ISO date, rewritten with the slashes of RIS: "2023-05-17" -> "2023/05/17".
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

EOL = "\r\n"


def write(sources: Sequence[Source]) -> str:
    """The sources as an RIS file, in the order given; a blank line after each record."""
    return "".join(EOL.join(_lines(source)) + EOL + EOL for source in sources)


def _lines(source: Source) -> list[str]:
    ref = source.reference
    kind, renamed = TYPES.get(ref.type, TYPES["document"])
    lines = [_line("TY", kind), _line("ID", source.key)]
    record = ref.csl()
    for csl_name, tags in (FIELDS | renamed).items():
        value = record.get(csl_name)
        if not value or (csl_name == "page" and ref.type not in PAGED_TYPES):
            continue
        if csl_name == "page":
            lines.extend(_line(tag, end) for tag, end in zip(tags, _page_ends(value), strict=False))
            continue
        lines.extend(_line(tag, text) for tag in tags for text in _texts(csl_name, value))
    if degree := genre.genre(ref):
        lines.append(_line("M3", degree))
    lines.append("ER  - ")
    return lines


def _page_ends(page: str) -> list[str]:
    """Start and end page of a range (SP, EP); a single page alone."""
    match = PAGE_RANGE.match(page)
    return [match["start"], match["end"]] if match else [page]


def _texts(csl_name: str, value: str | list[str]) -> list[str]:
    """One text per line: each name inverted, the access date with slashes, anything else as is."""
    if isinstance(value, list):
        return [names.inverted(v) for v in value]
    if csl_name == "accessed":
        return [ISO_DATE.sub(r"\1/\2/\3", value)]
    return [str(value)]


def _line(tag: str, value: str) -> str:
    """One tagged line; a line break inside the value would end it, so whitespace is collapsed."""
    return f"{tag}  - {' '.join(value.split())}"
