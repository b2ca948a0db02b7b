import csv
import io

from cite.export import csvfile
from cite.model import Reference, Source

from .samples import SOURCES, SPECIALS

HEADER = (
    "key,type,author,editor,translator,title,container-title,publisher,publisher-place,year,volume,issue,"
    "page,URL,DOI,accessed,language,mentions"
).split(",")


def rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == HEADER
    return list(reader)


def test_one_row_per_source_in_the_order_given() -> None:
    table = rows(csvfile.write(SOURCES))
    assert [row["key"] for row in table] == [source.key for source in SOURCES]
    assert [row["mentions"] for row in table] == [str(len(source.mentions)) for source in SOURCES]


def test_values_parse_back() -> None:
    for source, row in zip(SOURCES, rows(csvfile.write(SOURCES)), strict=True):
        record = source.reference.csl()
        for column in HEADER[1:-1]:
            value = record.get(column, "")
            assert row[column] == ("; ".join(value) if isinstance(value, list) else value), column


def test_quoting_of_commas_quotes_and_line_breaks() -> None:
    reference = Reference(raw="", title='He said, "no"\nthen left', author=("Smith, Jane", "周明"))
    text = csvfile.write([Source("k", reference)])
    assert '"He said, ""no""\nthen left"' in text
    (row,) = rows(text)
    assert (row["title"], row["author"]) == (reference.title, "Smith, Jane; 周明")


def test_rows_end_with_crlf() -> None:
    text = csvfile.write([Source("k", SPECIALS)])
    assert text.count("\r\n") == 2 and "\n" not in text.replace("\r\n", "")


def test_bom_only_for_excel() -> None:
    assert not csvfile.write(SOURCES).startswith("\ufeff")
    text = csvfile.write(SOURCES, excel=True)
    assert text.startswith("\ufeff")
    assert rows(text.encode("utf-8").decode("utf-8-sig")) == rows(csvfile.write(SOURCES))
