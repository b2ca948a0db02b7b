"""Word packages: the labels Word shows, custom marks, and refusing what an untrusted file must not do.

The documents are pandoc's .docx of the development set (tests/formats.py); a test changes one setting in
them with lxml, as Word would write it (`w:footnotePr` in settings.xml or a section, a page break, a custom
mark), and checks the labels against what Word shows for that setting.
"""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from cite.pipeline import extract_document
from cite.readers import ReadError, read
from cite.readers.numbering import format_number
from tests.formats import soffice, written_notes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STYLE = "chicago-fullnote-bibliography"


def _changed(source: Path, target: Path, edits: dict[str, Callable[[etree._Element], None]]) -> Path:
    """A copy of a Word package with some parts edited as XML trees."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in edits:
                root = etree.fromstring(data)
                edits[info.filename](root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            new.writestr(info, data)
    return target


def _footnote_properties(*settings: tuple[str, str]) -> etree._Element:
    properties = etree.Element(f"{{{W}}}footnotePr")
    for name, value in settings:
        etree.SubElement(properties, f"{{{W}}}{name}").set(f"{{{W}}}val", value)
    return properties


def _labels(path: Path) -> list[str]:
    return [n.label for n in extract_document(read(path)).notes if n.where == "footnote"]


@pytest.mark.parametrize(
    ("number_format", "start", "expected"),
    [
        ("decimalEnclosedCircle", "1", ["①", "②", "③", "④", "⑤"]),
        ("lowerRoman", "5", ["v", "vi", "vii", "viii", "ix"]),
        ("upperLetter", "1", ["A", "B", "C", "D", "E"]),
        ("chicago", "1", ["*", "†", "‡", "§", "**"]),
        ("chineseCounting", "9", ["九", "十", "十一", "十二", "十三"]),
    ],
)
def test_labels_follow_the_number_format_of_the_settings(
    converted: Path, tmp_path: Path, number_format: str, start: str, expected: list[str]
) -> None:
    def number(settings: etree._Element) -> None:
        settings.insert(0, _footnote_properties(("numFmt", number_format), ("numStart", start)))

    path = _changed(converted / f"{STYLE}.docx", tmp_path / "n.docx", {"word/settings.xml": number})
    labels = _labels(path)
    assert labels[:5] == expected and len(labels) == 50


def test_a_section_overrides_the_settings(converted: Path, tmp_path: Path) -> None:
    def number(document: etree._Element) -> None:
        document.find(f"{{{W}}}body/{{{W}}}sectPr").insert(0, _footnote_properties(("numFmt", "upperRoman")))

    path = _changed(converted / f"{STYLE}.docx", tmp_path / "s.docx", {"word/document.xml": number})
    assert _labels(path)[:4] == ["I", "II", "III", "IV"]


def test_numbering_restarts_on_each_page(converted: Path, tmp_path: Path) -> None:
    before: list[int] = []

    def page_break(document: etree._Element) -> None:
        references = list(document.iter(f"{{{W}}}footnoteReference"))
        paragraph = next(references[6].iterancestors(f"{{{W}}}p"))
        before.append(next(i for i, r in enumerate(references) if paragraph in r.iterancestors()))
        paragraph.addprevious(etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:br w:type="page"/></w:r></w:p>'))
        # Word also marks where it last laid out the new page: one page break, not two
        next(paragraph.iter(f"{{{W}}}r")).insert(0, etree.Element(f"{{{W}}}lastRenderedPageBreak"))
        # pandoc's section restarts notes per section; make it per page
        section = document.find(f"{{{W}}}body/{{{W}}}sectPr")
        section.remove(section.find(f"{{{W}}}footnotePr"))
        section.insert(0, _footnote_properties(("numRestart", "eachPage")))

    path = _changed(converted / f"{STYLE}.docx", tmp_path / "p.docx", {"word/document.xml": page_break})
    notes = [n for n in extract_document(read(path)).notes if n.where == "footnote"]
    first_page = before[0]
    assert [n.label for n in notes] == [str(k) for k in range(1, first_page + 1)] + [
        str(k) for k in range(1, 50 - first_page + 1)
    ]
    assert {n.page for n in notes[:first_page]} == {1} and {n.page for n in notes[first_page:]} == {2}


def test_a_custom_mark_is_its_label_and_takes_no_number(converted: Path, tmp_path: Path) -> None:
    def mark(document: etree._Element) -> None:
        reference = next(document.iter(f"{{{W}}}footnoteReference"))
        reference.set(f"{{{W}}}customMarkFollows", "1")
        etree.SubElement(reference.getparent(), f"{{{W}}}t").text = "†"

    def typed(footnotes: etree._Element) -> None:
        first = next(n for n in footnotes.iter(f"{{{W}}}footnote") if n.get(f"{{{W}}}type") is None)
        own_number = next(first.iter(f"{{{W}}}footnoteRef"))
        own_number.getparent().replace(own_number, etree.fromstring(f'<w:t xmlns:w="{W}">†</w:t>'))

    original = extract_document(read(converted / f"{STYLE}.docx")).notes
    path = _changed(
        converted / f"{STYLE}.docx", tmp_path / "c.docx", {"word/document.xml": mark, "word/footnotes.xml": typed}
    )
    notes = extract_document(read(path)).notes
    assert [n.label for n in notes[:3]] == ["†", "1", "2"]
    assert [n.text for n in notes] == [n.text for n in original]
    assert "†" not in notes[0].context


def test_italics_of_a_paragraph_style_hold_over_a_character_style_that_does_not_say(
    converted: Path, tmp_path: Path
) -> None:
    def italic_notes(styles: etree._Element) -> None:
        style = next(s for s in styles.iter(f"{{{W}}}style") if s.get(f"{{{W}}}styleId") == "FootnoteText")
        run_properties = style.find(f"{{{W}}}rPr")
        if run_properties is None:
            run_properties = etree.SubElement(style, f"{{{W}}}rPr")
        etree.SubElement(run_properties, f"{{{W}}}i")

    source = converted / "modern-humanities-research-association.docx"
    path = _changed(source, tmp_path / "i.docx", {"word/styles.xml": italic_notes})
    note = extract_document(read(path)).notes[0]
    assert note.links  # its DOI link is a run in the "Hyperlink" character style, which sets no italics
    assert note.italic == ((0, len(note.text)),)


@pytest.mark.parametrize(
    ("number", "number_format", "shown"),
    [
        (4, "lowerRoman", "iv"),
        (1994, "upperRoman", "MCMXCIV"),
        (27, "lowerLetter", "aa"),
        (21, "decimalEnclosedCircle", "㉑"),
        (3, "decimalFullWidth", "３"),
        (20, "chineseCounting", "二十"),
        (3, "ideographTraditional", "丙"),
        (7, "bogus", "7"),
    ],
)
def test_number_formats(number: int, number_format: str, shown: str) -> None:
    assert format_number(number, number_format) == shown


# --- untrusted packages -----------------------------------------------------------------------------


def _with_part(source: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == name else old.read(info))
    return target


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("part", [BILLION_LAUGHS, XXE])
def test_entities_and_dtds_are_refused(converted: Path, tmp_path: Path, part: bytes) -> None:
    path = _with_part(converted / f"{STYLE}.docx", tmp_path / "evil.docx", "word/document.xml", part)
    started = time.process_time()
    with pytest.raises(ReadError, match="DTD") as error:
        read(path)
    assert "root:" not in str(error.value)
    assert time.process_time() - started < 5  # refused, not expanded (a generous bound, not a speed test)


def test_a_zip_bomb_is_refused(converted: Path, tmp_path: Path) -> None:
    bomb = b"<w:document/>" + b" " * 30_000_000  # 30 MB of spaces pack into ~30 kB
    path = _with_part(converted / f"{STYLE}.docx", tmp_path / "bomb.docx", "word/document.xml", bomb)
    with pytest.raises(ReadError, match="zip bomb"):
        read(path)


def test_a_damaged_package_is_one_clear_error(converted: Path, tmp_path: Path) -> None:
    data = (converted / f"{STYLE}.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    (tmp_path / "empty.docx").write_bytes(b"")
    with pytest.raises(ReadError, match=r"cut\.docx: damaged"):
        read(tmp_path / "cut.docx")
    with pytest.raises(ReadError, match=r"empty\.docx: damaged"):
        read(tmp_path / "empty.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/styles.xml", "<w:styles xmlns:w='x'/>")
    (tmp_path / "nobody.docx").write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match=r"nobody\.docx: damaged file: part word/document.xml is missing"):
        read(tmp_path / "nobody.docx")


# --- Word documents written by LibreOffice ----------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("note_class", ["footnote", "endnote"])
def test_libreoffice_word_documents_footnotes_and_endnotes(converted: Path, tmp_path: Path, note_class: str) -> None:
    """LibreOffice writes its own .docx (from pandoc's .odt; made endnotes by the ODT's note class, which
    LibreOffice numbers i, ii, iii by default and writes as `w:endnotePr lowerRoman`)."""

    def endnotes(content: etree._Element) -> None:
        for note in content.iter("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}note"):
            note.set("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}note-class", note_class)

    source = _changed(converted / f"{STYLE}.odt", tmp_path / f"{note_class}s.odt", {"content.xml": endnotes})
    notes = extract_document(read(soffice(source, "docx", tmp_path))).notes
    written = written_notes(converted / f"{STYLE}.plain")
    assert [n.text for n in notes] == [text for _, text in written]
    labels = (
        [label for label, _ in written]
        if note_class == "footnote"
        else [format_number(k, "lowerRoman") for k in range(1, 51)]
    )
    assert [n.label for n in notes] == labels
    assert {n.part for n in notes} == {f"{note_class}s"} and all(n.context for n in notes)


@pytest.mark.parametrize(
    ("level_text", "number_format", "start", "shown"),
    [("[%1]", "decimal", 1, ["[1]", "[2]"]), ("%1)", "lowerLetter", 3, ["c)", "d)"]), ("%1.", "bullet", 1, ["", ""])],
)
def test_list_numbers_as_word_shows_them(level_text: str, number_format: str, start: int, shown: list[str]) -> None:
    from cite.readers.docx import ListNumbers

    lists = ListNumbers({"5": {0: (number_format, start, level_text)}})
    assert [lists.label("5", 0), lists.label("5", 0)] == shown
    assert lists.label("6", 0) == ""  # a list numbering.xml does not define


def test_lists_of_one_abstract_numbering_count_on_from_one_another() -> None:
    """LibreOffice writes a list "(5) … (6) … (7) …" as a first paragraph in a list (w:num) starting at 5 and the
    others in a second list of the same abstract numbering: Word counts them on, 5, 6, 7; a list overriding its
    start begins again there."""
    from cite.readers.docx import ListNumbers

    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
        "</w:lvlOverride></w:num>"
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        "</w:lvlOverride></w:num></w:numbering>"
    )
    lists = ListNumbers.of(numbering)
    assert [lists.label(num_id, 0) for num_id in ("3", "1", "1", "4", "1")] == ["(5)", "(6)", "(7)", "(1)", "(2)"]


def _docx_of(paragraphs: list[tuple[str, str | None]], path: Path) -> Path:
    """A minimal Word package: one paragraph per (text, outline level or None), nothing else."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    outline = '<w:pPr><w:outlineLvl w:val="{}"/></w:pPr>'
    levels = {level: "" if level is None else outline.format(level) for _, level in paragraphs}
    body = "".join(f"<w:p>{levels[level]}<w:r><w:t>{text}</w:t></w:r></w:p>" for text, level in paragraphs)
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        package.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return path


def test_an_outline_level_marks_a_heading_and_level_9_is_body_text(tmp_path: Path) -> None:
    path = _docx_of(
        [
            ("References", "1"),
            ("Micklin, P. (2007). The Aral Sea disaster. Annual Review of Earth and Planetary Sciences, 35, 47-72", None),
            ("Reading list 2: Islam, gender and the Soviet state", "1"),
            ("Bibliography", "1"),
            ("Northrop, Douglas. 2004. Veiled Empire. Ithaca: Cornell University Press.", "9"),  # Word's "body text"
        ],
        tmp_path / "levels.docx",
    )
    document = read(path)
    assert document.headings == frozenset({1, 3, 4})
    assert [note.text[:8] for note in extract_document(document).notes] == ["Micklin,", "Northrop"]
