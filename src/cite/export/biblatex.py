"""BibLaTeX writer: biblatex's own types and fields (`journaltitle`, `location`, `date`, `urldate`, `langid`).

`url` and `doi` are verbatim fields in biblatex, so they are written as given.
"""

from __future__ import annotations

from collections.abc import Sequence

from cite.export import latex
from cite.model import Source

#: CSL name -> BibLaTeX field (entry types below rename a few).
FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "journaltitle",
    "publisher": "publisher",
    "publisher-place": "location",
    "year": "date",
    "volume": "volume",
    "issue": "number",
    "page": "pages",
    "URL": "url",
    "DOI": "doi",
    "accessed": "urldate",
    "language": "langid",
}

#: CSL type -> BibLaTeX entry type, the fields that type names differently, and fixed fields it needs.
TYPES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "article-journal": ("article", {}, {}),
    "article-newspaper": ("article", {}, {"entrysubtype": "newspaper"}),
    "book": ("book", {"container-title": "series"}, {}),
    "chapter": ("incollection", {"container-title": "booktitle"}, {}),
    "paper-conference": ("inproceedings", {"container-title": "booktitle"}, {}),
    "thesis": ("thesis", {"publisher": "institution"}, {"type": "phdthesis"}),
    "report": ("report", {"publisher": "institution"}, {"type": "techreport"}),
    "webpage": ("online", {"container-title": "organization"}, {}),
    "document": ("misc", {"container-title": "organization"}, {}),
}


def write(sources: Sequence[Source]) -> str:
    """The sources as a BibLaTeX file, in the order given."""
    return latex.write(_entry(source) for source in sources)


def _entry(source: Source) -> tuple[str, str, dict[str, str]]:
    ref = source.reference
    kind, renamed, fixed = TYPES.get(ref.type, TYPES["document"])
    values = latex.fields(ref.csl(), FIELDS | renamed) | fixed
    if kind == "thesis" and latex.MASTERS.search(ref.raw):
        values["type"] = "mathesis"
    return kind, source.key, values
