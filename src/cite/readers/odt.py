"""OpenDocument text (.odt, as LibreOffice and pandoc write it): notes stand inline in `content.xml`.

A `text:note` is its reference mark and its body at once: the mark's label is the `text:note-citation`
the file shows, the body is read into its own text. Italics come from the text and paragraph styles
(automatic ones in content.xml, named ones in styles.xml, following parent styles); links from `text:a`. A
numbered list item of the body starts with the number its list style shows, as in .docx.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from cite.model import Document
from cite.readers.numbering import format_number
from cite.readers.package import Package
from cite.readers.rich import ReadNote, Rich, Runs, assemble, inherited

NAME = "odt"

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

PARAGRAPHS = {TEXT + "p", TEXT + "h"}
#: Containers of paragraphs: lists, sections, tables.
CONTAINERS = {TEXT + name for name in ("list", "list-item", "list-header", "section", "index-body", "deletion")} | {
    TABLE + name for name in ("table", "table-row", "table-cell", "table-header-rows", "table-rows")
}
#: OpenDocument's number formats as Word names them (for `format_number`); others are shown as decimal.
ODF_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
#: A list level's numbering: (format, prefix, suffix, start).
Level = tuple[str, str, str, int]
#: Inline elements that are not text: comments, tracked deletions.
SKIPPED = {OFFICE + "annotation", TEXT + "tracked-changes", TEXT + "note-citation"}


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Read the package in `data`."""
    return read(Package(data, path), path, name)


def read(package: Package, path: str, name: str) -> Document:
    content = package.xml("content.xml")
    styles = _italic_styles(content, package.xml("styles.xml") if package.has("styles.xml") else None)
    reader = ContentReader(
        styles, _list_styles(content, package.xml("styles.xml") if package.has("styles.xml") else None)
    )
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    paragraphs = reader.blocks(body) if body is not None else []
    return assemble(path, name, paragraphs, reader.notes, NAME)


class ContentReader:
    """Reads paragraphs into finished texts; each note met on the way goes to `notes`, its mark stays."""

    def __init__(self, styles: dict[str, bool | None], lists: dict[str, dict[int, Level]] | None = None) -> None:
        self.styles = styles
        self.lists = lists or {}
        self.counts: dict[etree._Element, int] = {}  # a list -> the number of its last item so far
        self.notes: list[ReadNote] = []

    def blocks(self, container: etree._Element, into: Runs | None = None) -> list[Rich]:
        out: list[Rich] = []
        stack = [iter(container)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif child.tag in PARAGRAPHS:
                runs = into if into is not None else Runs()
                runs.add(" ")
                if into is None and (label := self._item_label(child)):
                    runs.add(f"{label} ")
                runs.heading |= into is None and child.tag == TEXT + "h"
                self._inline(child, runs, self.styles.get(child.get(TEXT + "style-name", "")) or False, "")
                if into is None:
                    out.append(runs.finish())
            elif child.tag in CONTAINERS:
                stack.append(iter(child))
        return out

    def _item_label(self, paragraph: etree._Element) -> str:
        """The number shown before the first paragraph of a numbered list item ("" elsewhere)."""
        item = paragraph.getparent()
        if item is None or item.tag != TEXT + "list-item" or next(_paragraphs(item), None) is not paragraph:
            return ""
        lists = list(item.iterancestors(TEXT + "list"))
        name = next((found.get(TEXT + "style-name") for found in lists if found.get(TEXT + "style-name")), "")
        level = self.lists.get(name or "", {}).get(len(lists))
        if level is None:
            return ""
        number_format, prefix, suffix, start = level
        given = item.get(TEXT + "start-value") or ""
        number = int(given) if given.isdigit() else self.counts.get(lists[0], start - 1) + 1
        self.counts[lists[0]] = number
        return f"{prefix}{format_number(number, ODF_FORMATS.get(number_format, 'decimal'))}{suffix}"

    def _inline(self, element: etree._Element, runs: Runs, italic: bool, target: str) -> None:
        runs.add(element.text or "", italic, target)
        for child in element:
            tag = child.tag
            if tag == TEXT + "span":
                own = self.styles.get(child.get(TEXT + "style-name", ""))
                self._inline(child, runs, italic if own is None else own, target)
            elif tag == TEXT + "a":
                self._inline(child, runs, italic, child.get(XLINK + "href", "") or target)
            elif tag in (TEXT + "s", TEXT + "tab", TEXT + "line-break"):  # spaces collapse anyway
                runs.add(" ")
            elif tag == TEXT + "note":
                self._note(child, runs)
            elif tag not in SKIPPED and isinstance(tag, str):
                self._inline(child, runs, italic, target)  # text:meta, text:bookmark-ref, fields…
            runs.add(child.tail or "", italic, target)

    def _note(self, note: etree._Element, runs: Runs) -> None:
        citation = note.find(TEXT + "note-citation")
        label = (citation.get(TEXT + "label") or citation.xpath("string()")).strip() if citation is not None else ""
        ref = f"note:{note.get(TEXT + 'id', len(self.notes))}"
        runs.mark(label, ref)
        body = Runs()
        if (content := note.find(TEXT + "note-body")) is not None:
            self.blocks(content, into=body)
        part = "endnotes" if note.get(TEXT + "note-class") == "endnote" else "footnotes"
        self.notes.append(ReadNote(ref, label, part, body.finish()))


def _paragraphs(item: etree._Element) -> Iterator[etree._Element]:
    return (child for child in item if child.tag in PARAGRAPHS)


def _list_styles(content: etree._Element, styles: etree._Element | None) -> dict[str, dict[int, Level]]:
    """Each list style's numbered levels (bullets have none), from content.xml and styles.xml."""
    found: dict[str, dict[int, Level]] = {}
    for root in (root for root in (styles, content) if root is not None):
        for style in root.iter(TEXT + "list-style"):
            levels = found.setdefault(style.get(STYLE + "name", ""), {})
            for level in style.iter(TEXT + "list-level-style-number"):
                start = level.get(TEXT + "start-value") or ""
                depth = level.get(TEXT + "level") or ""
                levels[int(depth) if depth.isdigit() else 1] = (
                    level.get(STYLE + "num-format", "1"),
                    level.get(STYLE + "num-prefix", ""),
                    level.get(STYLE + "num-suffix", ""),
                    int(start) if start.isdigit() else 1,
                )
    return found


def _italic_styles(content: etree._Element, styles: etree._Element | None) -> dict[str, bool | None]:
    """Style name -> italic (None: the style does not say), for text and paragraph styles, following
    `style:parent-style-name`."""
    own: dict[str, bool | None] = {}
    parent: dict[str, str] = {}
    for root in (styles, content):
        if root is None:
            continue
        for style in root.iter(STYLE + "style"):
            name = style.get(STYLE + "name", "")
            properties = style.find(STYLE + "text-properties")
            value = properties.get(FO + "font-style") if properties is not None else None
            own[name] = None if value is None else value in ("italic", "oblique")
            if style.get(STYLE + "parent-style-name"):
                parent[name] = style.get(STYLE + "parent-style-name")
    return inherited(own, parent)
