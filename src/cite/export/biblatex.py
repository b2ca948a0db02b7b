"""BibLaTeX writer: biblatex's own types and fields (`journaltitle`, `location`, `date`, `urldate`, `langid`).

`url` and `doi` are verbatim fields in biblatex, so they are written as given. The language is in `langid`
(hyphenation, biber's case handling) and `language` (printed by biblatex, read by Zotero). A thesis is
`@thesis` with the `type` a reader prints (`{硕士学位论文}`, `{PhD thesis}`; `{Thesis}`/`{学位论文}` when the note
states no degree), not biblatex's keys (`mathesis`), which Zotero would keep as the thesis type.
Lists that biblatex splits at "and" (`publisher`, `institution`, `location`) are braced when a name has one.
"""

from __future__ import annotations

from collections.abc import Sequence

from cite.export import genre, latex
from cite.model import Source

#: CSL name -> BibLaTeX field (entry types below rename a few).
FIELDS: dict[str, str | tuple[str, ...]] = {
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
    "language": ("langid", "language"),
}

#: CSL type -> BibLaTeX entry type, the fields that type names differently, and fixed fields it needs.
TYPES: dict[str, tuple[str, dict[str, str | tuple[str, ...]], dict[str, str]]] = {
    "article-journal": ("article", {}, {}),
    "article-newspaper": ("article", {}, {"entrysubtype": "newspaper"}),
    "book": ("book", {"container-title": "series"}, {}),
    "chapter": ("incollection", {"container-title": "booktitle"}, {}),
    "paper-conference": ("inproceedings", {"container-title": "booktitle"}, {}),
    "thesis": ("thesis", {"publisher": "institution"}, {}),
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
    if kind == "thesis":  # biblatex requires a type
        values["type"] = genre.thesis_type(ref)
    return kind, source.key, values
