"""A reference list in every format: its entries keep the document's italics and links, so the parser reads an
italic title with commas in it, or a family-first entry, as it reads them in a note.

The document is written here in Markdown; pandoc turns it into the other formats and LibreOffice prints the PDF
(skipped where it is not installed), with its link annotations. The expected fields are those of the entries as written below; the plain
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


@pytest.fixture(scope="module")
def pdf_cache(request: pytest.FixtureRequest) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; `make system-tools` installs it (as root, with apt-get)")
    return Path(request.config.cache.mkdir("pdf-fixtures"))


def test_reference_list_entries_in_a_pdf(pdf_cache: Path) -> None:
    """The PDF LibreOffice prints: italics from the fonts, the link's address from its annotation."""
    assert _entries(make_pdf(SOURCE, "reflist", "default", pdf_cache)) == EXPECTED


#: A footnote whose link shows other text than its address, and one whose address LibreOffice breaks over lines.
LONG = "https://strategy2050.kz/ru/news/glava-gosudarstva-pozdravil-diplomatov-s-professionalnym-prazdnikom/"
LINKED_NOTES = f"""Text with a note.[^1] And another.[^2]

[^1]: Maya K. Peterson, *Pipe Dreams* (London: Polity, 2019), [publisher's page]({URL}).

[^2]: "Glava gosudarstva pozdravil diplomatov," Strategy2050.kz, <{LONG}>.
"""


def test_pdf_link_annotations_reach_the_notes(pdf_cache: Path) -> None:
    notes = extract_document(read(make_pdf(LINKED_NOTES, "links", "default", pdf_cache))).notes
    assert [(note.text[link.start : link.end], link.target) for note in notes for link in note.links] == [
        ("publisher's page", URL),
        (LONG, LONG),
    ]
    assert [note.references[0].url for note in notes] == [URL, LONG]


#: Notes typed as a numbered list under a heading (pandoc writes it as each format's own list: Word's numbering,
#: an OpenDocument list style, `<ol>`), marked "[1]" in the text.
TYPED_NOTES = """Water divides the region.\\[1\\] Borders too.\\[2\\]

# Notes

1.  Emma Hartley, *Water, Power and Borders: Essays* (London: Polity, 2019), 45.
2.  Ibid., 52.
"""


def _written(markdown: str, path: Path) -> Path:
    """The Markdown as `path`'s format: itself for .md, else as pandoc writes it."""
    pypandoc = pytest.importorskip("pypandoc", reason="pandoc (pypandoc-binary, a test extra) writes the formats")
    ext = path.suffix[1:]
    if ext == "md":
        path.write_text(markdown, encoding="utf-8")
    else:
        extra = ["--standalone"] if ext == "html" else []
        pypandoc.convert_text(markdown, ext, format="markdown", outputfile=str(path), extra_args=extra)
    return path


@pytest.mark.parametrize("ext", FORMATS)
def test_a_notes_list_keeps_the_numbers_its_format_shows(tmp_path: Path, ext: str) -> None:
    notes = extract_document(read(_written(TYPED_NOTES, tmp_path / f"notes.{ext}"))).notes
    assert [(n.label, n.context, n.text) for n in notes] == [
        (
            "1",
            "Water divides the region.",
            "Emma Hartley, Water, Power and Borders: Essays (London: Polity, 2019), 45.",
        ),
        ("2", "Borders too.", "Ibid., 52."),
    ]
    assert notes[0].references[0].title == "Water, Power and Borders: Essays"


#: Two reading lists, each under a part heading that holds commas and has no full stop, as an entry's line might.
PART_HEADINGS = """# Working bibliography

## Reading list 1: water, land and the Aral Sea basin

### References

Micklin, P. (2007). The Aral Sea disaster. *Annual Review of Earth and Planetary Sciences*, 35, 47-72

## Reading list 2: Islam, gender and the Soviet state

### Bibliography

Northrop, Douglas. 2004. *Veiled Empire: Gender and Power in Stalinist Central Asia*. Ithaca: Cornell University Press.
"""


@pytest.mark.parametrize("ext", FORMATS)
def test_a_part_heading_after_a_list_is_no_entry_of_it(tmp_path: Path, ext: str) -> None:
    entries = [note.text for note in extract_document(read(_written(PART_HEADINGS, tmp_path / f"lists.{ext}"))).notes]
    assert [text.split(".")[0] for text in entries] == ["Micklin, P", "Northrop, Douglas"]
