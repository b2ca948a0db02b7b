"""What the BibTeX and BibLaTeX writers share: LaTeX escaping, name lists, pages, and the bibtexparser call.

Field values are escaped so that both LaTeX and bib parsers read the text back unchanged; Chinese and
Cyrillic text stays UTF-8 as written. URL and DOI values are not escaped (BibTeX styles and biblatex
read them verbatim); only braces, which would unbalance the value, are percent-encoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import bibtexparser
from bibtexparser.model import Entry, Field

from cite import names

#: A character LaTeX reads as markup: "R&D" -> "R\&D", "{x}" -> "\{x\}", "100%" -> "100\%".
SPECIAL = re.compile(r"[\\&%$#_{}~^]")

#: The specials that have no backslash form, written as text commands instead.
TEXT_COMMANDS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}

#: The dash of a page range, with any spaces around it: "975-993", "975 – 993".
PAGE_DASH = re.compile(r"\s*[-‐‑–—]+\s*")

#: What must be escaped inside `\url{…}` given as an argument (howpublished): "a%20b#c" -> "a\%20b\#c".
URL_ARGUMENT = re.compile(r"[%#]")

#: CSL names whose values are identifiers, not text.
VERBATIM = ("URL", "DOI")

#: A thesis for a master's degree, as the reference says it: "硕士学位论文", "Master's thesis", "магистерская".
MASTERS = re.compile(r"硕士|master|магистер|магистрлік", re.IGNORECASE)

#: Language code of the model -> babel/polyglossia name for `langid`; other codes are left out.
LANGIDS = {"zh": "chinese", "en": "english", "ru": "russian", "kk": "kazakh"}


def escape(text: str) -> str:
    """Escape the LaTeX specials of a text value."""
    return SPECIAL.sub(lambda m: TEXT_COMMANDS.get(m[0], "\\" + m[0]), text)


def name_list(values: Sequence[str]) -> str:
    """Names joined with " and ": people as "Family, Given", organisations braced so nobody splits them."""
    out = []
    for value in values:
        name = escape(names.inverted(value))
        out.append(f"{{{name}}}" if names.is_organisation(value) else name)
    return " and ".join(out)


def pages(page: str) -> str:
    """A page range with the en dash `--` of TeX: "975-993" -> "975--993"."""
    return PAGE_DASH.sub("--", escape(page))


def url(value: str) -> str:
    """A URL or DOI for a verbatim field: as given, with braces percent-encoded."""
    return value.replace("{", "%7B").replace("}", "%7D")


def url_command(value: str) -> str:
    r"""`\url{…}` for `howpublished`, where `%` and `#` need a backslash."""
    return r"\url{" + URL_ARGUMENT.sub(lambda m: "\\" + m[0], url(value)) + "}"


def fields(record: Mapping[str, Any], table: Mapping[str, str]) -> dict[str, str]:
    """Map a CSL record through `table` (CSL name -> bib field), each value formatted for its kind."""
    out: dict[str, str] = {}
    for csl_name, target in table.items():
        value = record.get(csl_name)
        if csl_name == "language":
            value = LANGIDS.get(value or "")
        if not value:
            continue
        if isinstance(value, list):
            out[target] = name_list(value)
        elif csl_name == "page":
            out[target] = pages(value)
        elif csl_name in VERBATIM:
            out[target] = url(value)
        else:
            out[target] = escape(str(value))
    return out


def write(entries: Iterable[tuple[str, str, Mapping[str, str]]]) -> str:
    """Serialise (entry type, key, fields) triples with bibtexparser, in the order given.

    Keys must be unique (`cite.library.keys.citation_keys` makes them so); bibtexparser raises ValueError
    otherwise.
    """
    library = bibtexparser.Library(
        [Entry(kind, key, [Field(name, value) for name, value in values.items()]) for kind, key, values in entries]
    )
    style = bibtexparser.BibtexFormat()
    style.indent = "  "
    style.block_separator = "\n"
    return bibtexparser.write_string(library, bibtex_format=style)
