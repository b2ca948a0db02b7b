"""export stage: one writer per output format, found by format name or by file extension.

Every writer takes the sources in the order wanted (the caller sorts) and returns the file text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Protocol

from cite.export import biblatex, bibtex, csl_json, csvfile, jsonl, ris
from cite.model import Source


class Writer(Protocol):
    """Turns sources into the text of one export file."""

    def __call__(self, sources: Sequence[Source], /) -> str: ...


#: Format name -> writer.
WRITERS: dict[str, Writer] = {
    "bibtex": bibtex.write,
    "biblatex": biblatex.write,
    "csl-json": csl_json.write,
    "ris": ris.write,
    "csv": csvfile.write,
    "jsonl": jsonl.write,
}

#: File extension -> format name; `.bib` is classic BibTeX, which biblatex/biber read as well.
EXTENSIONS = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".json": "csl-json",
    ".ris": "ris",
    ".csv": "csv",
    ".jsonl": "jsonl",
}


def format_for(path: str) -> str | None:
    """The format name for an output file name, or None for an unknown extension."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())
