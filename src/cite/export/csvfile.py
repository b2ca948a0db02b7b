"""CSV writer: one row per source for spreadsheets, RFC 4180 quoting, CRLF line endings.

Names are joined with "; ", and `mentions` is the number of places the source is cited.
`excel=True` prepends a UTF-8 byte order mark, without which Excel reads the file as ANSI.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from cite.model import Source

#: Column -> CSL name of the model (`key` and `mentions` come from the source itself).
COLUMNS = {
    "key": "",
    "type": "type",
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container-title",
    "publisher": "publisher",
    "publisher-place": "publisher-place",
    "year": "year",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "URL": "URL",
    "DOI": "DOI",
    "accessed": "accessed",
    "language": "language",
    "mentions": "",
}

BOM = "\ufeff"


def write(sources: Sequence[Source], excel: bool = False) -> str:
    """The sources as CSV with a header row, in the order given."""
    out = io.StringIO()
    table = csv.writer(out, lineterminator="\r\n")
    table.writerow(COLUMNS)
    for source in sources:
        table.writerow(_row(source))
    return (BOM if excel else "") + out.getvalue()


def _row(source: Source) -> list[str]:
    record = source.reference.csl()
    row = []
    for column, csl_name in COLUMNS.items():
        value = record.get(csl_name, "")
        if column == "key":
            value = source.key
        elif column == "mentions":
            value = str(len(source.mentions))
        elif isinstance(value, list):
            value = "; ".join(value)
        row.append(value)
    return row
