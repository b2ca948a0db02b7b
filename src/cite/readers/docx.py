"""Word .docx/.docm/.dotx: footnotes and endnotes from their package parts, linked to their reference marks.

The main document, footnotes, endnotes, styles and settings parts are found through the package's
relationships, as Word does. A note's label is the number Word shows: counted over the reference marks in
body order, in the format and from the start the settings or the section set (`w:footnotePr`: decimal,
roman, letters, circled, Chinese…), restarting per section or per page where the file says so; a custom
mark (`w:customMarkFollows`) is shown as written and takes no number. Separator and continuation notes are
not notes. Runs keep italics (direct or through a character/paragraph style) and hyperlink targets
(relationship targets and HYPERLINK fields). A numbered list paragraph of the body starts with the number Word
shows (numbering.xml), so a notes list typed as a Word list is found as in plain text.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

import regex
from lxml import etree

from cite.model import Document
from cite.readers.errors import ReadError
from cite.readers.numbering import format_number
from cite.readers.package import Package
from cite.readers.rich import ReadNote, Rich, Runs, assemble, drop_head, inherited

NAME = "docx"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: Relationship types end in these names: ".../relationships/footnotes".
OFFICE_DOCUMENT = "officeDocument"

#: Note types that hold no note: the rule above the notes and its continuation.
NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
#: Inline containers whose content is read as if it stood in the paragraph.
TRANSPARENT = {
    W + name for name in ("ins", "smartTag", "customXml", "sdt", "sdtContent", "moveTo", "dir", "bdo", "fldSimple")
}
#: Block containers holding paragraphs: tables, rows, cells, content controls.
BLOCKS = {W + name for name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "txbxContent")}
#: A HYPERLINK field's target: `HYPERLINK "https://…" \o "tip"`.
HYPERLINK_FIELD = regex.compile(r'^\s*HYPERLINK\s+(?:\\[a-z]\s+"[^"]*"\s+)*"(?P<target>[^"]+)"')
#: Values of an on/off property that mean off: `<w:i w:val="0"/>`.
OFF = {"0", "false", "off", "none"}
#: A heading's paragraph style id, as Word and LibreOffice name them: "Heading2", "Title", "Subtitle".
HEADING_STYLE = regex.compile(r"^(?:Heading|Title|Subtitle)\d*$", regex.IGNORECASE)
#: A level's number in a list level's text: "%1" of "%1.", "[%1]", "%1.%2".
LEVEL_NUMBER = regex.compile(r"%(?P<level>[1-9])")
#: Word's defaults where the file sets nothing: footnotes 1, 2, 3…; endnotes i, ii, iii….
DEFAULT_FORMAT = {"footnote": "decimal", "endnote": "lowerRoman"}


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Read the package in `data`."""
    return read(Package(data, path), path, name)


def read(package: Package, path: str, name: str) -> Document:
    """The Document of a Word package: body paragraphs, their note marks, and the notes."""
    main = _main_part(package)
    parts = _related(package, main)
    styles = _italic_styles(package.xml(parts["styles"])) if "styles" in parts else {}
    settings = package.xml(parts["settings"]) if "settings" in parts else None
    body = package.xml(main).find(W + "body")
    if body is None:
        raise ReadError(f"{path}: damaged file: {main} has no document body")
    numbering = {kind: Numbering(kind, settings, body) for kind in ("footnote", "endnote")}
    lists = ListNumbers.of(package.xml(parts["numbering"])) if "numbering" in parts else None
    reader = PartReader(styles, _hyperlinks(package, main), numbering, lists)
    paragraphs = reader.blocks(body)
    notes: list[ReadNote] = []
    for kind in ("footnote", "endnote"):
        if f"{kind}s" in parts:
            part = parts[f"{kind}s"]
            notes.extend(_notes(package.xml(part), kind, PartReader(styles, _hyperlinks(package, part)), reader))
    return assemble(path, name, paragraphs, notes, NAME)


def _notes(root: etree._Element, kind: str, reader: PartReader, body: PartReader) -> list[ReadNote]:
    """The notes of a footnotes/endnotes part, labelled as their marks in the body were."""
    notes = []
    for element in root.iter(W + kind):
        if element.get(W + "type") in NOT_NOTES:
            continue
        ref = f"{kind}:{element.get(W + 'id')}"
        runs = Runs()
        reader.blocks(element, into=runs)
        rich = runs.finish()
        label, page = body.labels.get(ref, ("", None))
        if label and label in body.custom and rich.text.startswith(label):
            rich = drop_head(rich, len(label))  # a custom mark is typed at the head of its note
        notes.append(ReadNote(ref, label, f"{kind}s", rich, page=page))
    return notes


@dataclass
class Numbering:
    """How Word numbers one kind of note: format, start and restart, from the settings and each section."""

    kind: str
    settings: etree._Element | None
    body: etree._Element
    sections: list[tuple[str, int, str]] = field(init=False)
    count: int = 0
    section: int = -1
    page: int = -1

    def __post_init__(self) -> None:
        default = (DEFAULT_FORMAT[self.kind], 1, "continuous")
        document = _note_properties(self._find(self.settings), default)
        self.sections = [_note_properties(self._find(sect), document) for sect in self.body.iter(W + "sectPr")]
        self.sections = self.sections or [document]

    def _find(self, parent: etree._Element | None) -> etree._Element | None:
        return parent.find(f"{W}{self.kind}Pr") if parent is not None else None

    def label(self, section: int, page: int) -> str:
        """The label of the next numbered mark, standing in `section` on `page` (both 0-based)."""
        number_format, start, restart = self.sections[min(section, len(self.sections) - 1)]
        if (restart == "eachSect" and section != self.section) or (restart == "eachPage" and page != self.page):
            self.count = 0
        self.section, self.page = section, page
        self.count += 1
        return format_number(start + self.count - 1, number_format)

    def restarts_per_page(self, section: int) -> bool:
        return self.sections[min(section, len(self.sections) - 1)][2] == "eachPage"


def _note_properties(element: etree._Element | None, inherited: tuple[str, int, str]) -> tuple[str, int, str]:
    """(format, start, restart) of a `w:footnotePr`/`w:endnotePr`, each value inherited where not set."""
    if element is None:
        return inherited
    number_format, start, restart = inherited
    if (node := element.find(W + "numFmt")) is not None:
        number_format = node.get(W + "val", number_format)
    if (node := element.find(W + "numStart")) is not None and (node.get(W + "val") or "").isdigit():
        start = int(node.get(W + "val"))
    if (node := element.find(W + "numRestart")) is not None:
        restart = node.get(W + "val", restart)
    return number_format, start, restart


@dataclass
class ListNumbers:
    """The numbers Word shows before numbered list paragraphs: each list's levels (format, start, text such as
    "%1." or "[%1]") from numbering.xml, and its counters as the paragraphs come. Lists (`w:num`) of one abstract
    numbering count on from one another, as Word counts them, except at a level whose start a list overrides,
    where its first paragraph starts again (LibreOffice writes a list "(5) … (6) …" so: the first paragraph in a
    list starting at 5, the others in one of the same abstract numbering)."""

    levels: dict[str, dict[int, tuple[str, int, str]]]  # numId -> level -> (format, start, text)
    counters: dict[str, list[int]] = field(default_factory=dict)  # by abstract numbering (or numId)
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    restarts: set[tuple[str, int]] = field(default_factory=set)  # (numId, level) whose start is overridden, unused

    @classmethod
    def of(cls, root: etree._Element) -> ListNumbers:
        abstract = {node.get(W + "abstractNumId"): _list_levels(node) for node in root.iter(W + "abstractNum")}
        levels, abstract_of, restarts = {}, {}, set()
        for num in root.iter(W + "num"):
            num_id, ref = num.get(W + "numId", ""), num.find(W + "abstractNumId")
            abstract_id = ref.get(W + "val") if ref is not None else None
            own = dict(abstract.get(abstract_id, {}))
            for override in num.iter(W + "lvlOverride"):
                level, start = _integer(override.get(W + "ilvl"), 0), override.find(W + "startOverride")
                if level in own and start is not None:
                    own[level] = (own[level][0], _integer(start.get(W + "val"), own[level][1]), own[level][2])
                    restarts.add((num_id, level))
            levels[num_id] = own
            if abstract_id is not None:
                abstract_of[num_id] = abstract_id
        return cls(levels, abstract_of=abstract_of, restarts=restarts)

    def label(self, num_id: str, level: int) -> str:
        """The number of the next paragraph of list `num_id` at `level` ("" for bullets and no list)."""
        own = self.levels.get(num_id, {})
        if level not in own or own[level][0] in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(self.abstract_of.get(num_id, num_id), [0] * 9)
        if (num_id, level) in self.restarts:
            self.restarts.discard((num_id, level))
            counts[level] = own[level][1]
        else:
            counts[level] = counts[level] + 1 if counts[level] else own[level][1]
        counts[level + 1 :] = [0] * (8 - level)

        def shown(match: regex.Match) -> str:
            at = int(match["level"]) - 1
            number_format, start, _ = own.get(at, ("decimal", 1, ""))
            return format_number(counts[at] or start, number_format)

        return LEVEL_NUMBER.sub(shown, own[level][2]).strip()


def _list_levels(abstract: etree._Element) -> dict[int, tuple[str, int, str]]:
    levels = {}
    for lvl in abstract.iter(W + "lvl"):
        number_format, start, text = lvl.find(W + "numFmt"), lvl.find(W + "start"), lvl.find(W + "lvlText")
        levels[_integer(lvl.get(W + "ilvl"), 0)] = (
            number_format.get(W + "val", "decimal") if number_format is not None else "decimal",
            _integer(start.get(W + "val") if start is not None else None, 1),
            text.get(W + "val", "") if text is not None else "",
        )
    return levels


def _integer(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


class PartReader:
    """Reads the paragraphs of one part (body, footnotes or endnotes) into finished `Rich` texts.

    In the body it also labels each note mark (`labels`: ref -> (label, page)) as Word numbers them.
    """

    def __init__(
        self,
        styles: dict[str, bool | None],
        links: dict[str, str],
        numbering: dict[str, Numbering] | None = None,
        lists: ListNumbers | None = None,
    ) -> None:
        self.styles = styles
        self.links = links
        self.numbering = numbering or {}
        self.lists = lists
        self.labels: dict[str, tuple[str, int | None]] = {}
        self.custom: set[str] = set()
        self.section = 0
        self.page = 0
        self.page_has_text = False  # Word writes a rendered page break right after an explicit one: count one
        self.fields: list[list] = []  # open complex fields: [instruction, showing its result]
        self.pending = ""  # the ref of a custom mark whose text follows

    def blocks(self, container: etree._Element, into: Runs | None = None) -> list[Rich]:
        """Every paragraph under `container`, in order, tables and content controls included; with `into`,
        all of them run on into that one text (a note's paragraphs), separated by spaces."""
        out: list[Rich] = []
        stack = [iter(container)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif child.tag == W + "p" and into is not None:
                into.add(" ")
                self.paragraph(child, into)
            elif child.tag == W + "p":
                runs = Runs()
                self.paragraph(child, runs)
                out.append(runs.finish())
            elif child.tag in BLOCKS:
                stack.append(iter(child))
        return out

    def paragraph(self, paragraph: etree._Element, runs: Runs) -> None:
        properties = paragraph.find(W + "pPr")
        style_italic = False
        if properties is not None:
            style = properties.find(W + "pStyle")
            style_italic = style is not None and bool(self.styles.get(style.get(W + "val", "")))
            heading = style is not None and HEADING_STYLE.match(style.get(W + "val", ""))
            level = properties.find(W + "outlineLvl")  # 0-8 a heading's level; 9 is Word's "body text"
            runs.heading = bool(heading) or (level is not None and _integer(level.get(W + "val"), 9) < 9)
            if (node := properties.find(W + "pageBreakBefore")) is not None and node.get(W + "val") not in OFF:
                self._new_page()
            listed = properties.find(W + "numPr")
            if listed is not None and self.lists is not None:
                level, num_id = listed.find(W + "ilvl"), listed.find(W + "numId")
                label = self.lists.label(
                    num_id.get(W + "val", "") if num_id is not None else "",
                    _integer(level.get(W + "val") if level is not None else None, 0),
                )
                if label:
                    runs.add(f"{label} ")
        self._inline(paragraph, runs, "", style_italic)
        if properties is not None and properties.find(W + "sectPr") is not None:
            self.section += 1
            self._new_page()  # a section starts a new page unless it is continuous; good enough for restarts

    def _inline(self, element: etree._Element, runs: Runs, target: str, style_italic: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self._run(child, runs, target, style_italic)
            elif tag == W + "hyperlink":
                anchor = child.get(W + "anchor")
                link = self.links.get(child.get(R + "id", ""), "") or (f"#{anchor}" if anchor else "")
                self._inline(child, runs, link or target, style_italic)
            elif tag in TRANSPARENT:
                instruction = HYPERLINK_FIELD.match(child.get(W + "instr", "")) if tag == W + "fldSimple" else None
                self._inline(child, runs, instruction["target"] if instruction else target, style_italic)

    def _run(self, run: etree._Element, runs: Runs, target: str, style_italic: bool) -> None:
        italic = self._italic(run.find(W + "rPr"), style_italic)
        for child in run:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                if self.pending:
                    self._custom_mark(text, runs)
                elif not self.fields or self.fields[-1][1]:
                    runs.add(text, italic, target or self._field_target())
                    self.page_has_text = self.page_has_text or bool(text.strip())
            elif tag in (W + "tab", W + "br", W + "cr"):
                runs.add(" ")
                if tag == W + "br" and child.get(W + "type") == "page":
                    self._new_page()
            elif tag == W + "noBreakHyphen":
                runs.add("-", italic)
            elif tag == W + "sym":
                runs.add(_symbol(child.get(W + "char", "")), italic)
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                self._mark(child, runs)
            elif tag == W + "lastRenderedPageBreak":
                self._new_page()
            elif tag == W + "fldChar":
                self._field(child.get(W + "fldCharType"))
            elif tag == W + "instrText" and self.fields and not self.fields[-1][1]:
                self.fields[-1][0] += child.text or ""

    def _mark(self, reference: etree._Element, runs: Runs) -> None:
        kind = "footnote" if reference.tag == W + "footnoteReference" else "endnote"
        ref = f"{kind}:{reference.get(W + 'id')}"
        if reference.get(W + "customMarkFollows") in ("1", "true", "on"):
            self.pending = ref
            return
        numbering = self.numbering.get(kind)
        if numbering is None:
            return
        label = numbering.label(self.section, self.page)
        page = self.page + 1 if numbering.restarts_per_page(self.section) else None
        self.labels.setdefault(ref, (label, page))
        runs.mark(label, ref)

    def _new_page(self) -> None:
        if self.page_has_text:
            self.page += 1
            self.page_has_text = False

    def _custom_mark(self, text: str, runs: Runs) -> None:
        ref, self.pending = self.pending, ""
        label = text.strip()
        self.labels.setdefault(ref, (label, None))
        self.custom.add(label)
        runs.mark(label, ref)

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(["", False])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _field_target(self) -> str:
        for instruction, showing in reversed(self.fields):
            if showing and (match := HYPERLINK_FIELD.match(instruction)):
                return match["target"]
        return ""

    def _italic(self, properties: etree._Element | None, style_italic: bool) -> bool:
        if properties is None:
            return style_italic
        node = properties.find(W + "i")
        if node is not None:
            return node.get(W + "val", "1") not in OFF
        style = properties.find(W + "rStyle")
        own = self.styles.get(style.get(W + "val", "")) if style is not None else None
        return style_italic if own is None else own


def _symbol(code: str) -> str:
    """A `w:sym` character; symbol-font codes (private use F000-F0FF) have no Unicode meaning here."""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return "" if 0xF000 <= value <= 0xF0FF or value < 0x20 else chr(value)


def _italic_styles(styles: etree._Element) -> dict[str, bool | None]:
    """Style id -> whether text in that style is italic (None: the style does not say), following `w:basedOn`."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        style_id = style.get(W + "styleId", "")
        node = style.find(f"{W}rPr/{W}i")
        own[style_id] = None if node is None else node.get(W + "val", "1") not in OFF
        if (parent := style.find(W + "basedOn")) is not None:
            based[style_id] = parent.get(W + "val", "")
    return inherited(own, based)


def _main_part(package: Package) -> str:
    """The main document part named by the package relationships (`word/document.xml` as a rule)."""
    if package.has("_rels/.rels"):
        for rel in package.xml("_rels/.rels").iter(PACKAGE_REL + "Relationship"):
            if rel.get("Type", "").endswith("/" + OFFICE_DOCUMENT):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _relationships(package: Package, part: str) -> list[etree._Element]:
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    return list(package.xml(rels).iter(PACKAGE_REL + "Relationship")) if package.has(rels) else []


def _related(package: Package, part: str) -> dict[str, str]:
    """Relationship type name -> part path, for the parts of the main document (footnotes, styles, …)."""
    folder = posixpath.dirname(part)
    out = {}
    for rel in _relationships(package, part):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if package.has(path):
            out.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], path)
    return out


def _hyperlinks(package: Package, part: str) -> dict[str, str]:
    """Relationship id -> hyperlink target of one part."""
    return {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in _relationships(package, part)
        if rel.get("Type", "").endswith("/hyperlink")
    }
