"""Every format of the same documents gives the same notes: pandoc wrote them from the development set.

The notes must equal the notes written (pandoc's own plain rendering of them: labels, order, text), and the
fields parsed from .md, .docx and .html (and .odt, .epub) must be at least as good as from the plain-text
export of the same document (tests/fixtures/styles-plain/), where italics and links are lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.accuracy import FIXTURE_SETS, _run_style
from cite.pipeline import extract_document
from cite.readers import read
from tests.formats import STYLES, STYLES_DIR, convert, soffice, written_notes

#: The formats compared: the committed Markdown source, and what pandoc wrote from it.
EXTENSIONS = ("md", "pandoc.md", "docx", "html", "odt", "epub")


def _document(converted: Path, style: str, ext: str) -> Path:
    return STYLES_DIR / f"{style}.md" if ext == "md" else converted / f"{style}.{ext}"


@pytest.mark.parametrize("ext", EXTENSIONS)
@pytest.mark.parametrize("style", STYLES)
def test_notes_found_are_the_notes_written(converted: Path, style: str, ext: str) -> None:
    written = written_notes(converted / f"{style}.plain")
    extraction = extract_document(read(_document(converted, style, ext)))
    found = [(n.label, n.text) for n in extraction.notes if n.where == "footnote"]
    assert found == written
    # every note linked to its mark and its citing sentence
    assert all(n.context and not any("marker" in w for w in n.warnings) for n in extraction.notes)
    assert not extraction.warnings
    assert [n.seq for n in extraction.notes] == list(range(1, len(written) + 1))


@pytest.mark.parametrize("ext", EXTENSIONS)
@pytest.mark.parametrize("style", STYLES)
def test_fields_at_least_as_good_as_the_plain_text_export(converted: Path, style: str, ext: str) -> None:
    plain = _run_style(style, fixture_set="styles-plain").score.f1
    assert _run_style(style, document=_document(converted, style, ext)).score.f1 >= plain


#: The held-out set's styles (OSCOLA and New Hart's Rules among them): only the notes are compared here, never
#: the fields, so the set stays unused for tuning the parser.
HELDOUT_STYLES = FIXTURE_SETS["heldout"][1]


@pytest.fixture(scope="module")
def heldout_converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pypandoc", reason="pandoc (pypandoc-binary, a test extra) makes the format fixtures")
    folder = tmp_path_factory.mktemp("heldout-formats")
    return convert(folder, HELDOUT_STYLES, FIXTURE_SETS["heldout"][0], writers=("docx", "html", "markdown", "plain"))


@pytest.mark.parametrize("ext", ("docx", "html", "pandoc.md"))
@pytest.mark.parametrize("style", HELDOUT_STYLES)
def test_held_out_documents_give_the_notes_written(heldout_converted: Path, style: str, ext: str) -> None:
    found = [(n.label, n.text) for n in extract_document(read(heldout_converted / f"{style}.{ext}")).notes]
    assert found == written_notes(heldout_converted / f"{style}.plain")


def test_structured_notes_carry_italics_links_and_part(converted: Path) -> None:
    style = "modern-humanities-research-association"
    for ext in ("docx", "html", "odt", "epub", "pandoc.md"):
        note = extract_document(read(_document(converted, style, ext))).notes[0]
        # note 1: "…, ‘Water Diplomacy…’, *Central Asian Survey*, 38.2 (2019), 215–38 (p. 217) <https://doi.org/…>."
        assert [note.text[s:e] for s, e in note.italic] == ["Central Asian Survey"], ext
        assert [link.target for link in note.links] == ["https://doi.org/10.1080/02634937.2019.1587421"], ext
        assert note.part == "footnotes"
        assert note.record()["line"] is None if ext != "pandoc.md" else note.record()["line"] > 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("target", ["odt", "epub"])
def test_libreoffice_writes_the_same_notes(converted: Path, tmp_path: Path, target: str) -> None:
    """LibreOffice's own .odt and .epub writers (from pandoc's .docx), other markup than pandoc's."""
    style = "modern-humanities-research-association"
    notes = extract_document(read(soffice(converted / f"{style}.docx", target, tmp_path))).notes
    assert [(n.label, n.text) for n in notes] == written_notes(converted / f"{style}.plain")
    assert all(n.context for n in notes)
    assert [notes[0].text[s:e] for s, e in notes[0].italic] == ["Central Asian Survey"]
