"""CSL-JSON writer: the JSON array that Zotero, pandoc and citeproc-js import (schema: `cite/data/csl-data.json`).

Names: a Western or Cyrillic name is split into `family` and `given` by the simple rule of
`cite.names` (last word is the family name, unless written "Family, Given" or family-first with
initials). Chinese names and organisations are written as `{"literal": "…"}`: CSL would otherwise
print a Chinese name given-first or split an institution into "given" and "family" words.
Dates are `{"date-parts": [[YYYY]]}`; the access date `{"date-parts": [[Y, M, D]]}`.
`citation-key` (CSL 1.0.2) repeats the `id`, which Zotero and citeproc-js would otherwise replace; a
thesis whose degree the note gives has its `genre` ("硕士学位论文", "PhD thesis").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from cite import names
from cite.export import genre
from cite.model import REFERENCE_TYPES, Source

#: CSL name of the model -> CSL-JSON variable.
FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container-title",
    "publisher": "publisher",
    "publisher-place": "publisher-place",
    "year": "issued",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "URL": "URL",
    "DOI": "DOI",
    "accessed": "accessed",
    "language": "language",
}

#: CSL-JSON variables holding dates.
DATES = ("issued", "accessed")

#: An ISO date or part of one: "2024", "2024-05", "2024-05-17".
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def write(sources: Sequence[Source]) -> str:
    """The sources as a CSL-JSON array, in the order given."""
    return json.dumps([item(source) for source in sources], ensure_ascii=False, indent=2) + "\n"


def item(source: Source) -> dict[str, Any]:
    """One CSL-JSON item; its `id` is the source key."""
    ref = source.reference
    out: dict[str, Any] = {
        "id": source.key,
        "citation-key": source.key,
        "type": ref.type if ref.type in REFERENCE_TYPES else "document",
    }
    if degree := genre.genre(ref):
        out["genre"] = degree
    record = ref.csl()
    for csl_name, variable in FIELDS.items():
        value = record.get(csl_name)
        if not value:
            continue
        if isinstance(value, list):
            out[variable] = [name(n) for n in value]
        elif variable in DATES:
            out[variable] = date(value)
        else:
            out[variable] = value
    return out


def name(value: str) -> dict[str, str]:
    """A CSL name object: `literal`, or `family` with `given` when there is one."""
    parts = names.split(value)
    if parts.literal:
        return {"literal": parts.literal}
    return {"family": parts.family, "given": parts.given} if parts.given else {"family": parts.family}


def date(value: str) -> dict[str, Any]:
    """A CSL date: date-parts from an ISO date, else the text as `literal`."""
    match = ISO_DATE.match(value)
    if not match:
        return {"literal": value}
    return {"date-parts": [[int(part) for part in match.groups() if part]]}
