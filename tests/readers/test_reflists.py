"""A reference list in every format: its entries keep the document's italics and links, so the parser reads an
italic title with commas in it, or a family-first entry, as it reads them in a note.

The document is written here in Markdown; pandoc turns it into the other formats and LibreOffice prints the PDF
(skipped where it is not installed). The expected fields are those of the entries as written below; the plain
text (no italics) misreads the first two: `Hartley, Emma. Water` as the author, `Peterson` as a web page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cite.model import BODY
from cite.pipeline import extract_document
from cite.readers import read
from tests.pdf_fixtures import make_pdf, soffice

URL = "https://example.org/books/pipe-dreams"
SOURCE = f"""# Borders

An essay on water and borders.

# Bibliography

Hartley, Emma. *Water, Power and Borders: Essays*. London: Polity, 2019.

Peterson, Maya K. *Pipe Dreams*. London: Polity, 2019. [Publisher's page]({URL}).

Okafor, Chidi. "Roads, Rails and Rivers." *Steppe, Sand and Snow: A Review* 12, no. 3 (2020): 45--67.
"""
#: The fields of each entry as the source above writes them.
EXPECTED = [
    {"type": "book", "author": ["Hartley, Emma"], "title": "Water, Power and Borders: Essays", "publisher": "Polity"},
    {"type": "book", "author": ["Peterson, Maya K."], "title": "Pipe Dreams", "URL": URL},
    {
        "type": "article-journal",
        "author": ["Okafor, Chidi"],
        "title": "Roads, Rails and Rivers",
        "container-title": "Steppe, Sand and Snow: A Review",
        "volume": "12",
        "page": "45-67",
    },
]
FORMATS = ("md", "docx", "html", "odt", "epub")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The document in every format pandoc writes (`<ext>` files in one folder)."""
    pypandoc = pytest.importorskip("pypandoc", reason="pandoc (pypandoc-binary, a test extra) writes the formats")
    folder = tmp_path_factory.mktemp("reflists")
    (folder / "list.md").write_text(SOURCE, encoding="utf-8")
    for ext in FORMATS[1:]:
        extra = ["--standalone"] if ext == "html" else []
        pypandoc.convert_file(
            str(folder / "list.md"), ext, format="markdown", outputfile=str(folder / f"list.{ext}"), extra_args=extra
        )
    return folder


def _entries(path: Path) -> list[dict]:
    notes = extract_document(read(path)).notes
    assert all(note.where == BODY for note in notes)
    return [
        {key: note.references[0].csl().get(key) for key in want} for note, want in zip(notes, EXPECTED, strict=True)
    ]


@pytest.mark.parametrize("ext", FORMATS)
def test_reference_list_entries_are_parsed_with_their_italics_and_links(written: Path, ext: str) -> None:
    assert _entries(written / f"list.{ext}") == EXPECTED


def test_reference_list_entries_in_a_pdf(request: pytest.FixtureRequest) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; `make system-tools` installs it (as root, with apt-get)")
    pdf = make_pdf(SOURCE, "reflist", "default", Path(request.config.cache.mkdir("pdf-fixtures")))
    assert _entries(pdf) == [
        EXPECTED[0],
        EXPECTED[1] | {"URL": None},  # link annotations: see test_pdf's link tests
        EXPECTED[2],
    ]
