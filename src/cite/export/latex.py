"""What the BibTeX and BibLaTeX writers share: LaTeX escaping, name lists, pages, and the bibtexparser call.

Field values are escaped so that LaTeX, BibTeX, biber and bib parsers all read the text back unchanged;
Chinese and Cyrillic text stays UTF-8 as written. BibTeX counts every brace, escaped or not, so a brace
without its partner (`A lone } brace`) is written with an invisible partner, `{\\vphantom{\\{}}\\}`, which
keeps the value balanced; `--` is written `-{}-`, or TeX would print an en dash. URL and DOI values are
not escaped (BibTeX styles and biblatex read them verbatim); only braces, which would unbalance the value,
are percent-encoded.

Titles are case-protected as bibliography styles expect: a word capitalised after the first word, or
with a capital inside it (`UN`, `OECD`, `McCain`), is braced (`{Kazakhstan}`), so a sentence-case style
lowercases only the words that are not names; the whole title is never braced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import bibtexparser
from bibtexparser.model import Entry, Field

from cite import names
from cite.model import PAGED_TYPES

#: A character LaTeX reads as markup: "R&D" -> "R\&D", "100%" -> "100\%" (braces: see `escape`).
SPECIAL = re.compile(r"[\\&%$#_~^]")

#: The specials that have no backslash form, written as text commands instead.
TEXT_COMMANDS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}

#: A brace that has its partner in the value, and one that has none (balanced by an invisible partner).
PAIRED_BRACES = {"{": r"\{", "}": r"\}"}
LONE_BRACES = {"{": r"\{{\vphantom{\}}}", "}": r"{\vphantom{\{}}\}"}  # braced: pandoc's \vphantom takes 2 groups

#: The dash of a page range, with any spaces around it: "975-993", "975 – 993".
PAGE_DASH = re.compile(r"\s*[-‐‑–—]+\s*")

#: A word of a title, without the punctuation around it: "Kazakhstan’s", "UN" in "(UN)", "Dragon" in "Dragon:".
WORD = re.compile(r"\w(?:[\w’'-]*\w)?")

#: A word with a capital after its first character: "UN", "McCain", "iPhone".
INNER_CAPITAL = re.compile(r"^.+[A-Z]")

#: A dash between the parts of a given name, spaced or not: "Leif – Eric", "Jean-Paul".
NAME_DASH = re.compile(r"\s*[-‐‑–—]+\s*")

#: The first letter of a word (not of a command such as "\\textbackslash"): "Иван" -> "И".
WORD_START = re.compile(r"(?<![\w{\\])([^\W\d_])")

#: Initials written together: "К.Н." -> "К. Н.", so BibTeX abbreviates each.
GLUED_INITIALS = re.compile(r"(\w\.)(?=\w)")

#: CSL names whose values are identifiers, not text.
VERBATIM = ("URL", "DOI")

#: CSL names of the titles a style may change the case of.
TITLES = ("title", "container-title")

#: The word that separates the items of a bib list: "Central Asia and Caucasus Institute".
AND_WORD = re.compile(r"\band\b", re.IGNORECASE)

#: BibLaTeX literal lists (split at " and "), written as one braced item: "Central Asia and Caucasus Institute".
LITERAL_LISTS = ("publisher", "publisher-place")

#: Language code of the model -> babel/polyglossia name for `langid` and `language`; other codes are left out.
LANGIDS = {
    "zh": "chinese",
    "en": "english",
    "ru": "russian",
    "kk": "kazakh",
    "de": "ngerman",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "tr": "turkish",
}


def _lone_braces(text: str) -> set[int]:
    """Positions of the braces of `text` that have no partner."""
    opened: list[int] = []
    lone: set[int] = set()
    for index, char in enumerate(text):
        if char == "{":
            opened.append(index)
        elif char == "}":
            if opened:
                opened.pop()
            else:
                lone.add(index)
    return lone | set(opened)


def _escaped(text: str, lone: set[int], start: int = 0, end: int | None = None) -> str:
    """text[start:end] escaped; `lone` are the positions of the braces of `text` without a partner."""
    out = []
    for index in range(start, len(text) if end is None else end):
        char = text[index]
        if char in PAIRED_BRACES:
            out.append((LONE_BRACES if index in lone else PAIRED_BRACES)[char])
        elif char == "-" and text[index + 1 : index + 2] == "-":
            out.append("-{}")  # "--" would print as the ligature "–"
        else:
            out.append(TEXT_COMMANDS.get(char, "\\" + char) if SPECIAL.match(char) else char)
    return "".join(out)


def escape(text: str) -> str:
    """Escape the LaTeX specials of a text value; the result's braces are balanced whatever the text."""
    return _escaped(text, _lone_braces(text))


def protect_case(title: str) -> str:
    """The escaped title with each word braced that a style must not lowercase (see the module docstring)."""
    lone = _lone_braces(title)
    out, last = [], 0
    for index, match in enumerate(WORD.finditer(title)):
        word = match[0]
        capitalised = word[0].isupper() and index > 0
        if (capitalised or INNER_CAPITAL.search(word)) and any(c.isascii() and c.isalpha() for c in word):
            out.append(_escaped(title, lone, last, match.start()) + "{" + _escaped(title, lone, *match.span()) + "}")
            last = match.end()
    return "".join(out) + _escaped(title, lone, last)


def _bibtex_given(given: str) -> str:
    """A given name, escaped, as classic BibTeX abbreviates it safely.

    "Leif – Eric" -> "Leif-Eric", "И.А." -> "{И}. {А}.":
    BibTeX abbreviates by bytes, so the first letter of a non-ASCII word is braced (a brace group counts as
    one letter) and a spaced dash, which BibTeX takes for a word of its own, is closed up.
    """
    given = escape(GLUED_INITIALS.sub(r"\1 ", NAME_DASH.sub("-", given)))
    return WORD_START.sub(lambda m: m[1] if m[1].isascii() else "{" + m[1] + "}", given)


def name_list(values: Sequence[str], bibtex_initials: bool = False) -> str:
    """Names joined with " and ": people as "Family, Given", organisations braced so nobody splits them.

    `bibtex_initials` writes given names as `_bibtex_given` does, for classic BibTeX's byte-wise initials.
    """
    out = []
    for value in values:
        parts = names.split(value)
        if parts.literal:
            out.append("{" + escape(parts.literal) + "}" if names.is_organisation(value) else escape(parts.literal))
            continue
        given = _bibtex_given(parts.given) if bibtex_initials else escape(parts.given)
        out.append(escape(parts.family) + (", " + given if given else ""))
    return " and ".join(out)


def pages(page: str) -> str:
    """A page range with the en dash `--` of TeX: "975-993" -> "975--993"."""
    return "--".join(escape(part) for part in PAGE_DASH.split(page))


def url(value: str) -> str:
    """A URL or DOI for a verbatim field: as given, with braces percent-encoded."""
    return value.replace("{", "%7B").replace("}", "%7D")


def fields(
    record: Mapping[str, Any], table: Mapping[str, str | tuple[str, ...]], bibtex_initials: bool = False
) -> dict[str, str]:
    """Map a CSL record through `table` (CSL name -> bib field or fields), each value formatted for its kind.

    `page` is written only for a work printed inside a container (`cite.model.PAGED_TYPES`): a book's
    `pages` is read as its number of pages by Zotero and EndNote.
    """
    out: dict[str, str] = {}
    for csl_name, targets in table.items():
        value = record.get(csl_name)
        if csl_name == "language":
            value = LANGIDS.get(value or "")
        if not value or (csl_name == "page" and record.get("type") not in PAGED_TYPES):
            continue
        if isinstance(value, list):
            text = name_list(value, bibtex_initials)
        elif csl_name == "page":
            text = pages(value)
        elif csl_name in VERBATIM:
            text = url(value)
        elif csl_name in TITLES and not (csl_name == "container-title" and record.get("type") != "chapter"):
            text = protect_case(str(value))
        elif csl_name in LITERAL_LISTS and AND_WORD.search(str(value)):
            text = "{" + escape(str(value)) + "}"
        else:
            text = escape(str(value))
        for target in (targets,) if isinstance(targets, str) else targets:
            out[target] = text
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
