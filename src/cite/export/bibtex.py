"""BibTeX writer: the classic entry types and fields, which BibTeX styles, biber, Zotero, JabRef and pandoc all read.

Where each reader looks: the access date is `urldate` (Zotero, JabRef, pandoc, biblatex and `gbt7714`
read it). The classic styles (`plain`, `plainnat`, `apalike`) print no `urldate`: for them
`access_note=True` (`cite export --access-note`) repeats it as `note = {Accessed …}`, which Zotero would
import as a child note, so it is not written by default. `url` is written once: no
`howpublished = {\\url{…}}` copy, which Zotero and plainnat read as a second URL. The language goes in
`langid` as babel names it (pandoc, biber, `gbt7714`) and in `language` as its ISO code (Zotero keeps it as
written; classic styles do not print it). A thesis is `@mastersthesis` or `@phdthesis` by the degree the note
states, with the `type` a reader prints (`硕士学位论文`, which Zotero takes as the thesis type); classic BibTeX
has no `@thesis`, so a thesis of unknown degree is `@phdthesis` with `type = {Thesis}` (or `学位论文`), which
every style prints instead of "PhD thesis".
A web page is `@online` (Zotero, pandoc, JabRef and `gbt7714` know it; Zotero imports `@misc` as a document;
classic styles print it as `@misc`, with a warning). Given names are written so that BibTeX's byte-wise initials stay valid UTF-8 (`cite.export.latex`).
"""

from __future__ import annotations

from collections.abc import Sequence

from cite.export import genre, latex
from cite.model import Source

#: CSL name -> BibTeX field(s) (entry types below rename a few).
FIELDS: dict[str, str | tuple[str, ...]] = {
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
    "accessed": "urldate",
    "language": "langid",
}

#: CSL type -> BibTeX entry type, and the fields that type names differently.
TYPES: dict[str, tuple[str, dict[str, str | tuple[str, ...]]]] = {
    "article-journal": ("article", {}),
    "article-newspaper": ("article", {}),
    "book": ("book", {"container-title": "series"}),
    "chapter": ("incollection", {"container-title": "booktitle"}),
    "paper-conference": ("inproceedings", {"container-title": "booktitle"}),
    "thesis": ("phdthesis", {"publisher": "school"}),
    "report": ("techreport", {"publisher": "institution"}),
    "webpage": ("online", {"container-title": "organization"}),
    "document": ("misc", {"container-title": "organization"}),
}


def write(sources: Sequence[Source], access_note: bool = False) -> str:
    """The sources as a BibTeX file, in the order given; `access_note` adds the classic styles' `note`."""
    return latex.write(_entry(source, access_note) for source in sources)


def _entry(source: Source, access_note: bool) -> tuple[str, str, dict[str, str]]:
    ref = source.reference
    kind, renamed = TYPES.get(ref.type, TYPES["document"])
    values = latex.fields(ref.csl(), FIELDS | renamed, bibtex_initials=True)
    if kind == "phdthesis":
        kind = "mastersthesis" if genre.degree(ref) == "masters" else kind
        values["type"] = genre.thesis_type(ref)
    if "langid" in values:
        values["language"] = ref.language
    if access_note and "urldate" in values:
        values["note"] = f"Accessed {values['urldate']}"
    return kind, source.key, values
