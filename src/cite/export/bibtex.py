"""BibTeX writer: the classic entry types and fields, which BibTeX styles, biber, Zotero and pandoc all read.

`url` and `doi` are plain fields; `@misc` entries also get `howpublished = {\\url{…}}` for styles that
print no `url`, and the access date goes into `note`, since classic BibTeX has no `urldate`.
BibTeX ignores `langid`; it is written because pandoc, biber and Zotero read it (without it pandoc
title-cases a Russian title as if it were English).
"""

from __future__ import annotations

from collections.abc import Sequence

from cite.export import latex
from cite.model import Source

#: CSL name -> BibTeX field (entry types below rename a few).
FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "journal",
    "publisher": "publisher",
    "publisher-place": "address",
    "year": "year",
    "volume": "volume",
    "issue": "number",
    "page": "pages",
    "URL": "url",
    "DOI": "doi",
    "accessed": "note",
    "language": "langid",
}

#: CSL type -> BibTeX entry type, and the fields that type names differently.
TYPES: dict[str, tuple[str, dict[str, str]]] = {
    "article-journal": ("article", {}),
    "article-newspaper": ("article", {}),
    "book": ("book", {"container-title": "series"}),
    "chapter": ("incollection", {"container-title": "booktitle"}),
    "paper-conference": ("inproceedings", {"container-title": "booktitle"}),
    "thesis": ("phdthesis", {"publisher": "school"}),
    "report": ("techreport", {"publisher": "institution"}),
    "webpage": ("misc", {"container-title": "organization"}),
    "document": ("misc", {"container-title": "organization"}),
}


def write(sources: Sequence[Source]) -> str:
    """The sources as a BibTeX file, in the order given."""
    return latex.write(_entry(source) for source in sources)


def _entry(source: Source) -> tuple[str, str, dict[str, str]]:
    ref = source.reference
    kind, renamed = TYPES.get(ref.type, TYPES["document"])
    if kind == "phdthesis" and latex.MASTERS.search(ref.raw):
        kind = "mastersthesis"
    values = latex.fields(ref.csl(), FIELDS | renamed)
    if "note" in values:
        values["note"] = f"Accessed {values['note']}"
    if kind == "misc" and ref.url:
        values["howpublished"] = latex.url_command(ref.url)
    return kind, source.key, values
