"""A thesis's degree, read once from the words of its reference, for every writer's genre or type field."""

from __future__ import annotations

import re

from cite.model import Reference

#: A thesis for a master's degree, as the reference says it: "硕士学位论文", "Master's thesis", "магистер".
MASTERS = re.compile(r"硕士|master|магистер|магистрлік|\bM\.?A\.?\s+thesis", re.IGNORECASE)

#: A doctoral thesis, as the reference says it: "博士学位论文", "PhD thesis", "dissertation", "диссертация".
DOCTORAL = re.compile(r"博士|ph\.?\s?d|doctora|dissertation|диссертац|кандидат|доктор", re.IGNORECASE)

#: (degree, language) -> the genre as a reader prints it; "*" is any other language.
GENRES = {
    ("masters", "zh"): "硕士学位论文",
    ("doctoral", "zh"): "博士学位论文",
    ("masters", "*"): "Master's thesis",
    ("doctoral", "*"): "PhD thesis",
}

#: What a thesis of unknown degree is called, by the language of its reference ("*": any other).
THESIS = {"zh": "学位论文", "*": "Thesis"}


def degree(ref: Reference) -> str:
    """ "masters", "doctoral" or "" (the reference does not say)."""
    if MASTERS.search(ref.raw):
        return "masters"
    return "doctoral" if DOCTORAL.search(ref.raw) else ""


def genre(ref: Reference) -> str:
    """The genre of a thesis whose reference states its degree ("硕士学位论文", "PhD thesis"); else ""."""
    if ref.type != "thesis" or not (found := degree(ref)):
        return ""
    return GENRES.get((found, ref.language), GENRES[(found, "*")])


def thesis_type(ref: Reference) -> str:
    """The type written for a thesis in the .bib files: its genre, else "学位论文" or "Thesis" (degree not given).

    Zotero's BibTeX import takes `type` as the thesis type as written, so it is the words a reader prints,
    never biblatex's keys (`mathesis`, which Zotero would show as is).
    """
    return genre(ref) or THESIS.get(ref.language, THESIS["*"])
