"""PDF test documents made with real tools: pandoc writes a .docx from Markdown, LibreOffice prints it to PDF.

Smart punctuation is off, as in tests/formats.py, so the notes show the characters of the Markdown source and of
pandoc's plain rendering (`written`).

Page set-ups are pandoc's default reference.docx with a few settings changed (`LAYOUTS`): a journal page (footnotes
set smaller, a running header, page numbers in the footer starting at 117), Chinese notes numbered ①②… again on
every page, the two together as Chinese journals print them, two columns, and notes set smaller with no
separator line (the separator notes taken out of the .docx). Pandoc takes styles, headers, footers and section settings from the reference
document. PDFs are cached by the hash of their inputs, so a test session converts each once.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pypandoc

from tests.formats import written_notes

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "tests" / "fixtures" / "styles"

#: A header and a footer holding the page number, as word processors write them.
HEADER = (
    '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/>'
    "</w:pPr><w:r><w:t>Journal of Central Asian Studies · Vol. 12</w:t></w:r></w:p></w:hdr>"
)
FOOTER = (
    '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/>'
    '</w:pPr><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
)
HEADER_RELS = (
    '<Relationship Id="rIdCiteHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"'
    ' Target="header1.xml"/><Relationship Id="rIdCiteFooter" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
)
HEADER_TYPES = (
    '<Override PartName="/word/header1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
)

#: Section settings (inside <w:sectPr>) and footnote-text run properties of each page set-up.
LAYOUTS: dict[str, dict[str, str]] = {
    "default": {},
    "journal": {
        "section": '<w:headerReference w:type="default" r:id="rIdCiteHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdCiteFooter"/><w:pgNumType w:start="117"/>',
        "footnote_size": "18",  # half-points: 9 pt under 12 pt body text
    },
    "circled": {"footnotes": '<w:numFmt w:val="decimalEnclosedCircle"/><w:numRestart w:val="eachPage"/>'},
    "chinese-journal": {  # as Chinese journals print: ① … per page in small type, a running header, page numbers
        "section": '<w:headerReference w:type="default" r:id="rIdCiteHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdCiteFooter"/><w:pgNumType w:start="33"/>',
        "footnotes": '<w:numFmt w:val="decimalEnclosedCircle"/><w:numRestart w:val="eachPage"/>',
        "footnote_size": "18",
        # justified, first lines indented by two characters, no space between paragraphs
        "paragraph": '<w:pPr><w:jc w:val="both"/><w:ind w:firstLineChars="200" w:firstLine="480"/></w:pPr>',
    },
    "columns": {"section": '<w:cols w:num="2" w:space="567"/>', "footnote_size": "18"},
    "no-rule": {"footnote_size": "18", "no_separator": "yes"},  # notes set smaller, no separator line above them
}
#: The separator notes of a .docx: without them LibreOffice draws no line above the footnotes.
SEPARATORS = re.compile(r"<w:separator\s*/>|<w:continuationSeparator\s*/>")


def pandoc() -> str:
    return pypandoc.get_pandoc_path()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def reference_docx(layout: str) -> bytes:
    """Pandoc's default reference.docx with the settings of `layout`."""
    default = subprocess.run(
        [pandoc(), "--print-default-data-file", "reference.docx"], check=True, capture_output=True
    ).stdout
    settings = LAYOUTS[layout]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(default)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item).decode("utf-8") if item.filename.endswith((".xml", ".rels")) else source.read(item)
            if item.filename == "word/document.xml":
                footnotes = settings.get("footnotes", '<w:numRestart w:val="eachSect"/>')
                data = re.sub(
                    r"<w:sectPr>.*</w:sectPr>",
                    f"<w:sectPr>{settings.get('section', '')}<w:footnotePr>{footnotes}</w:footnotePr></w:sectPr>",
                    data,
                    flags=re.DOTALL,
                )
            elif item.filename == "word/styles.xml":
                data = _styles(data, settings)
            elif item.filename == "word/_rels/document.xml.rels" and "section" in settings:
                data = data.replace("</Relationships>", HEADER_RELS + "</Relationships>")
            elif item.filename == "[Content_Types].xml" and "section" in settings:
                data = data.replace("</Types>", HEADER_TYPES + "</Types>")
            target.writestr(item, data)
        if "section" in settings:
            target.writestr("word/header1.xml", HEADER)
            target.writestr("word/footer1.xml", FOOTER)
    return out.getvalue()


def written_by_pandoc(style: str, folder: Path) -> list[tuple[str, str]]:
    """(label, text) of each footnote of a style fixture as pandoc renders it in plain text."""
    plain = folder / f"{style}.plain"
    if not plain.exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                pandoc(),
                str(STYLES / f"{style}.md"),
                "-f",
                "markdown-smart",
                "-t",
                "plain",
                "--wrap=none",
                "-o",
                str(plain),
            ],
            check=True,
        )
    return written_notes(plain)


def _styles(styles: str, settings: dict[str, str]) -> str:
    """styles.xml with the footnote text size and the body paragraphs' settings of a page set-up."""
    if "footnote_size" in settings:
        size = settings["footnote_size"]
        styles = styles.replace(
            '<w:next w:val="FootnoteText" />',
            f'<w:next w:val="FootnoteText" /><w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
            1,
        )
    if "paragraph" in settings:
        styles = styles.replace('<w:spacing w:before="180" w:after="180" />', '<w:spacing w:before="0" w:after="0" />')
        for style in ("BodyText", "FirstParagraph"):
            styles = re.sub(
                rf'(<w:style [^>]*w:styleId="{style}">.*?)(<w:pPr>.*?</w:pPr>)?(\s*</w:style>)',
                lambda m: m[1] + settings["paragraph"] + m[3],
                styles,
                count=1,
                flags=re.DOTALL,
            )
    return styles


def cached_pdf(cache: Path, name: str, source: str, script: Path, build: Callable[[Path], Path]) -> Path:
    """The PDF `build` makes in a scratch folder (returning its path there), kept in `cache` under a hash of its
    `source` and of the `script` that sets it, so a change to either makes a new one."""
    key = hashlib.sha256(f"{source}\n{script.read_text(encoding='utf-8')}".encode()).hexdigest()[:16]
    target = cache / f"{name}.{key}.pdf"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        shutil.move(build(Path(work)), target)
    return target


def make_pdf(markdown: str, name: str, layout: str, cache: Path) -> Path:
    """The PDF LibreOffice prints from the .docx pandoc writes from `markdown` (cached in `cache`)."""
    office = soffice()
    if office is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")

    def build(folder: Path) -> Path:
        (folder / "reference.docx").write_bytes(reference_docx(layout))
        (folder / "doc.md").write_text(markdown, encoding="utf-8")
        subprocess.run(
            [pandoc(), "doc.md", "-f", "markdown-smart", "-o", f"{name}.docx", "--reference-doc", "reference.docx"],
            cwd=folder,
            check=True,
        )
        if LAYOUTS[layout].get("no_separator"):
            _without_separators(folder / f"{name}.docx")
        subprocess.run(
            [
                office,
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                f"{name}.docx",
            ],
            cwd=folder,
            check=True,
            capture_output=True,
            timeout=300,
        )
        return folder / f"{name}.pdf"

    return cached_pdf(cache, name, f"{layout}\n{markdown}", Path(__file__), build)


def _without_separators(docx: Path) -> None:
    """Empty the separator notes pandoc writes into word/footnotes.xml."""
    with zipfile.ZipFile(docx) as source:
        parts = [(item, source.read(item)) for item in source.infolist()]
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in parts:
            if item.filename == "word/footnotes.xml":
                data = SEPARATORS.sub("", data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)
