"""PDF: the body as paragraphs and the footnotes of each page's footnote zone, with their marks and pages.

Characters come from pypdfium2 (PDFium, the PDF engine of Chromium; Apache-2.0/BSD-3-Clause): for each one its
advance box, baseline, size and font, and the page's thin horizontal strokes (footnote separators). It reads a
30-page PDF several times faster than pdfminer.six/pdfplumber (see bench/pdf.py and the README). The layout work is
in `pdf_layout`. Untrusted input is bounded: file size, page count and characters per page.
"""

from __future__ import annotations

import ctypes
import itertools
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from cite.model import FOOTNOTE, Document, Italic, Link, Marker, NoteBody
from cite.readers import pdf_layout as layout
from cite.readers.errors import ReadError
from cite.readers.pdf_layout import Char, Line, Page, Piece, Rule, ZoneNote

#: Budget for untrusted files: bytes, pages, and characters read per page.
MAX_BYTES = 200 * 2**20
MAX_PAGES = 2000
MAX_PAGE_CHARS = 50_000

#: A first line set in by this many ems starts a paragraph: LibreOffice's two Chinese characters, pdfLaTeX's
#: 1em of two columns (10 pt) and 15 pt of one.
INDENT = 0.8

#: Space between two lines beyond their usual distance, in ems, that sets paragraphs apart (a bibliography's entries
#: 3 pt apart in 10 pt type; LibreOffice's Latin and Chinese lines differ by up to 2 pt in 12 pt).
PARAGRAPH_SPACE = 0.25

#: A label an entry's first line hangs from, and the space after it: "[12] ", "12. ", "12) "; a bracketed one
#: also with a tab, which the text does not show ("(12)Whitesides", as LibreOffice prints a list "(12)").
HANGING_LABEL = regex.compile(r"(?:\[\d{1,4}\]|\(\d{1,4}\))\s*|\d{1,4}[.)]\s+")

#: The start of a reference-list entry: a label, "Family, G…", Vancouver's "Family AB," or an organisation's name
#: before its year: "[3] ", "(3) ", "3. ", "Olcott, M. B.", "Jones Luong, Pauline", "Small I, van", "Murray PR. ",
#: "Asian Development Bank. (2021", GB/T's "Сыроежкин К Л, 2010", Chinese names "李兴, 耿捷".
ENTRY_START = regex.compile(
    r"\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.\s"
    r"|\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?,\s\p{Lu}"
    r"|\p{Lu}[\p{L}’'-]+\s\p{Lu}(?:\s?\p{Lu}){0,2}[,.]\s"
    r"|\p{Han}{2,4}[,，、]"
    r"|\p{Lu}[\p{L}’' -]{1,60}\.\s\(\d{4}"
)

#: A bracketed label with a letter right after it, as a tab leaves it in the text: "(12)W", "[3]A".
GLUED_LABEL = regex.compile(r"(?:\[\d{1,4}\]|\(\d{1,4}\))(?=\p{L})")

#: Link annotations read per page (a hostile file may hold millions).
MAX_PAGE_LINKS = 2000

#: Digits to superscript digits: "12" -> "¹²".
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

#: A soft hyphen drawn at a line end, where a word was hyphenated: read as "-" (the joining undoes it).
SOFT_HYPHEN = 0xAD
#: Latin ligatures some fonts map to one character ("ﬁ" in "Whitﬁeld"), as their letters.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}

#: Opening brackets a Chinese line may not end with: "（" of "（2021）" goes to the next line with what it opens.
NO_LINE_END = "（《「『【〔“‘"
#: Punctuation a Chinese line may not start with, so it goes to the next line with the character before it.
NO_LINE_START = "。，、；：？！）》」』】〕”’…—.,;:?!)"
#: Latin punctuation that holds on to the Latin letters or digits after it ("院,2010年", "日,http://", "文)[EB/OL]."): a line
#: breaks neither before it nor between it and them.
LATIN_INFIX = ",.:;)]"

CONVENTION = "pdf"
PART = "footnotes"

#: PDF font flag "italic" (PDF 32000-1, table 123, bit 7).
ITALIC_FLAG = 1 << 6
#: How far a slanted (synthetic italic) text matrix leans: LibreOffice slants by tan 15° = 0.27.
SLANT = 0.1
#: Font names that say italic: "DejaVuSans-Oblique", "TimesNewRomanPS-ItalicMT", "Minion-It".
ITALIC_NAME = ("italic", "oblique", "-it")


@dataclass(frozen=True)
class LinkArea:
    """A link annotation's rectangle (PDF units) and the address it opens."""

    left: float
    bottom: float
    right: float
    top: float
    address: str

    def holds(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Read a PDF into a Document; an encrypted, scanned, oversized or broken file raises ReadError."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"{path}: PDF of {len(data) // 2**20} MB is over the {MAX_BYTES // 2**20} MB limit; not read")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError(
                f"{path}: the PDF is encrypted (password-protected); save a copy without a password"
            ) from err
        raise ReadError(f"{path}: not a readable PDF ({err})") from err
    try:
        if len(pdf) > MAX_PAGES:
            raise ReadError(f"{path}: {len(pdf)} pages is over the {MAX_PAGES}-page limit; not read")
        pages = [_page(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as err:
        raise ReadError(f"{path}: damaged PDF ({err})") from err
    finally:
        pdf.close()
    return document_of(pages, path, name)


def _page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage.raw, _link_areas(pdf, page))
        finally:
            textpage.close()
        rules, images = _graphics(page)
    finally:
        page.close()
    return Page(index + 1, width, height, layout.lines_of(chars), rules, images)


def _link_areas(pdf: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[LinkArea]:
    """The page's link annotations to an address (URI actions; not links inside the document), up to the budget."""
    areas: list[LinkArea] = []
    position, link, rect = ctypes.c_int(0), pdfium_c.FPDF_LINK(), pdfium_c.FS_RECTF()
    while len(areas) < MAX_PAGE_LINKS and pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
        address = buffer.value.decode("utf-8", "replace").strip()
        if address and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            areas.append(LinkArea(rect.left, rect.bottom, rect.right, rect.top, address))
    return areas


def _chars(textpage, links: list[LinkArea]) -> list[Char]:
    """The page's characters in content-stream order (up to the budget), each with its font's italic flag and the
    address of the link it stands in."""
    count = min(pdfium_c.FPDFText_CountChars(textpage), MAX_PAGE_CHARS)
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium_c.FS_RECTF()
    unicode, origin, loose_box = (
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetCharOrigin,
        pdfium_c.FPDFText_GetLooseCharBox,
    )
    font_size, text_object = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetTextObject
    italic_of: dict[int, bool] = {}  # by text object: a run of text in one font
    chars = []
    for index in range(count):
        code = unicode(textpage, index)
        if code < 32:
            if pdfium_c.FPDFText_IsHyphen(textpage, index) != 1:
                continue  # line breaks PDFium inferred
            code = ord("-")  # PDFium gives a line-ending hyphen as a control code (to join the word)
        origin(textpage, index, x, y)
        loose_box(textpage, index, box)
        size = font_size(textpage, index)
        if code == 32 and pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
            chars.append(Char(" ", box.left, box.right, y.value, size, False, True))
            continue
        run = text_object(textpage, index)
        key = ctypes.addressof(run.contents) if run else 0
        if key not in italic_of:
            italic_of[key] = _italic(textpage, index)
        text = LIGATURES.get(code) or ("-" if code == SOFT_HYPHEN else chr(code))
        address = _address(links, (box.left + box.right) / 2, y.value + 0.3 * size) if links else ""
        chars.append(Char(text, box.left, box.right, y.value, size, italic_of[key], link=address))
    return chars


def _address(links: list[LinkArea], x: float, y: float) -> str:
    """The address of the link annotation holding the point, or ""."""
    return next((area.address for area in links if area.holds(x, y)), "")


def _italic(textpage, index: int) -> bool:
    """Whether the character is set in italics: by its font's flags or name, or slanted by its text matrix (how
    word processors set Chinese "italics", the CJK fonts having no italic face)."""
    flags = ctypes.c_int(0)
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
    lowered = name.value.decode("latin-1").lower()
    if flags.value & ITALIC_FLAG or any(word in lowered for word in ITALIC_NAME):
        return True
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
    area = abs(matrix.a * matrix.d - matrix.b * matrix.c) or 1.0
    return abs(matrix.a * matrix.c + matrix.b * matrix.d) / area > SLANT  # a shear, not a rotation


def _graphics(page: pdfium.PdfPage) -> tuple[list[Rule], int]:
    """The page's thin horizontal strokes and how many images it draws."""
    rules, images = [], 0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE), max_depth=4):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            continue
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= 2 and right - left >= 20:
            rules.append(Rule(left, right, (top + bottom) / 2))
    return rules, images


def document_of(pages: list[Page], path: str, name: str) -> Document:
    """The Document of laid-out pages: body paragraphs (blank lines between them) and the footnotes."""
    if not any(line.text.strip() for page in pages for line in page.lines):
        if any(page.images for page in pages):
            raise ReadError(f"{path}: the PDF has no text layer (scanned pages?); cite does not do OCR")
        raise ReadError(f"{path}: the PDF holds no text")
    warnings = []
    scanned = [page.number for page in pages if page.images and not page.lines]
    if scanned:
        which = f"page {scanned[0]} has" if len(scanned) == 1 else f"pages {_ranges(scanned)} have"
        warnings.append(f"{name}: {which} no text layer (scanned?); not read")
    layout.drop_line_numbers(pages)  # first: a line's number alone on a header's baseline is no page number
    layout.drop_running_lines(pages)
    body_size = _body_size(pages)
    vocabulary = layout.vocabulary_of(line for page in pages for line in page.lines)
    zone_notes: list[ZoneNote] = []
    body: list[tuple[Page, list[Line], float | None]] = []
    for page in pages:
        ordered, gutter = layout.reading_order(page, body_size)
        previous = zone_notes[-1] if zone_notes and zone_notes[-1].last_page == page.number - 1 else None
        zone = layout.footnote_zone(page, ordered, body_size, previous, gutter)
        layout.notes_of_zone(zone, page, zone_notes, vocabulary)
        in_zone = {id(line) for line in zone}
        body.append((page, [line for line in ordered if id(line) not in in_zone], gutter))
    zone_notes = [note for note in zone_notes if note.label]
    labels = {note.label for note in zone_notes}
    marks = {id(line): _unglued(layout.marks_of(line), labels) for _, lines, _ in body for line in lines}
    marked = {(page.number, label) for page, lines, _ in body for line in lines for _, _, label in marks[id(line)]}
    refs = _refs(zone_notes, marked)
    lines, italics, links, markers = _paragraphs(body, marks, set(refs.values()), vocabulary)
    notes = []
    for note in zone_notes:
        text, italic, _, note_links = layout.true_addresses(*layout.tidy(note.piece))
        notes.append(
            NoteBody(
                label=note.label,
                line=0,
                end_line=0,
                text=text,
                convention=CONVENTION,
                where=FOOTNOTE,
                ref=refs[id(note)],
                italic=italic,
                links=tuple(Link(*link) for link in note_links),
                page=note.page.printed,
                part=PART,
            )
        )
    return Document(
        path=path,
        name=name,
        lines=tuple(lines),
        warnings=tuple(warnings),
        notes=tuple(notes),
        markers=tuple(markers),
        line_italic=tuple(italics) if any(italics) else (),
        line_links=tuple(links) if any(links) else (),
    )


def _body_size(pages: list[Page]) -> float:
    """The size most of the text is set in, counted on the upper part of the pages (the notes, however long,
    stand below the body)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.chars) if line.baseline > 0.4 * page.height else 0
    return max(sizes, key=lambda size: (sizes[size], size))


def _unglued(marks: list[tuple[int, int, str]], labels: set[str]) -> list[tuple[int, int, str]]:
    """The marks, one set in a single superscript for a run of consecutive notes split into its notes' marks: "56"
    is notes 5 and 6 when no note is 56 (adjacent footnote references, as Word and LibreOffice print them)."""
    split = []
    for start, end, label in marks:
        parts = [] if label in labels or not label.isdigit() else _consecutive(label, labels)
        if not parts and not layout.GLUED_LABELS.fullmatch(label):  # digits that are no notes are no mark
            split.append((start, end, label))
        for part in parts:
            split.append((start, start + len(part), part))
            start += len(part)
    return split


def _consecutive(digits: str, labels: set[str]) -> list[str]:
    """`digits` read as two or more consecutive numbers, each a note's label: "56" -> ["5", "6"], "91011" -> ["9",
    "10", "11"]; empty when there is no such reading."""
    for width in range(1, len(digits)):
        parts, rest, number = [], digits, int(digits[:width])
        while rest.startswith(str(number)):
            parts.append(str(number))
            rest, number = rest[len(str(number)) :], number + 1
        if not rest and len(parts) > 1 and all(part in labels for part in parts):
            return parts
    return []


def ref_of(page: int, label: str) -> str:
    """How a note and its mark are paired: the label and the page the mark stands on."""
    return f"{page}:{label}"


def _refs(notes: list[ZoneNote], marked: set[tuple[int, str]]) -> dict[int, str]:
    """Each note's ref (by `id`): the page of its mark and its label. Numbered through the document, a note
    pairs with the mark of its label on any page; numbered per page, with the mark on its own page, or on the
    page before when that page's mark has no note there (a note the layout pushed onto the next page)."""
    labels = [note.label for note in notes]
    if len(set(labels)) == len(labels):
        mark_page = {label: page for page, label in sorted(marked, reverse=True)}
        return {id(note): ref_of(mark_page.get(note.label, note.page.number), note.label) for note in notes}
    noted = {(note.page.number, note.label) for note in notes}
    refs = {}
    restarted: set[int] = set()  # pages whose numbering has begun again (at 1 or ①)
    for note in notes:
        page = note.page.number
        if layout.number(note.label) == 1:
            restarted.add(page)
        before = (page - 1, note.label)
        pushed = (page, note.label) not in marked or page not in restarted  # ⑫ above the page's ①
        if pushed and before in marked and before not in noted:
            page -= 1
        refs[id(note)] = ref_of(page, note.label)
    return refs


def _paragraphs(
    body, marks: dict[int, list[tuple[int, int, str]]], refs: set[str], vocabulary: frozenset[str]
) -> tuple[list[str], list[tuple[Italic, ...]], list[tuple[Link, ...]], list[Marker]]:
    """Body lines joined into paragraphs (a blank line after each), the italics and links of each, and the marks
    of the notes (`refs`) in them; `vocabulary` holds the document's words that decide a line-end hyphen
    (`pdf_layout.separator`)."""
    pieces: list[Piece] = []
    previous: tuple[Line, float] | None = None  # the line before and the right edge of its column
    hanging = False  # the paragraph is set with a hanging indent (its lines after the first set in)
    in_list = False  # the paragraphs since the last change of size are entries set with hanging indents
    previous_inset = 0.0  # how far the line before is set in from its column's left edge
    first_inset = 0.0  # how far the paragraph's first line is
    spaced = 0  # paragraphs in a row set apart by space (as word processors set a reference list)
    hangs = _sets_hanging_indents(body)
    pitches = _pitches(body)
    for page, lines, gutter in body:
        edges = _edges(lines, gutter)
        same_page = False
        for index, line in enumerate(lines):
            left, right = edges[_column(line, gutter)]
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and _column(following, gutter) != _column(line, gutter):
                following = None  # the foot of a column
            starts = previous is None or _breaks(
                *previous, line, left, same_page, following, pitches.get(line.size), hangs
            )
            if previous is not None and abs(previous[0].size - line.size) > 0.5:
                in_list = False  # a heading, or the body again
            inset = line.x0 - left - previous_inset  # how far in from the line before, each from its column's edge
            flush = line.x0 - left < first_inset + INDENT * line.size  # as far out as the paragraph's first line
            if not starts and hanging and inset < -INDENT * line.size and flush:
                starts = True  # flush again after a hanging indent: the next entry (not a line still set in on a
                # page whose edge, with no body text, is the list's labels)
            if not starts and in_list and not hanging and inset < 0.5 * line.size:
                starts = True  # flush under an entry's flush first line (across a page break): the next entry
            gap = previous[0].baseline - line.baseline if previous is not None else 0.0
            moved_on = previous is not None and (not same_page or gap <= 0)  # to the top of a page or column
            if not starts and moved_on and spaced >= 2 and _entry_ends(previous[0], line):
                starts = True  # after paragraphs set apart by space, an entry ended at the foot of the column
            if starts:
                first_inset = line.x0 - left
                if previous is not None and not moved_on:
                    spaced_apart = pitches.get(line.size, gap) + PARAGRAPH_SPACE * line.size < gap
                    spaced = spaced + 1 if spaced_apart else 0
                pieces.append(Piece())
                hanging = False
            elif inset > INDENT * line.size or (hangs and line.x0 - left > INDENT * line.size):
                hanging = True  # set in under the line before (or, all its lines, from the column's edge: the
                in_list = hangs  # first entry after a heading, which TeX does not outdent), yet no paragraph
            keyed = [(start, end, ref_of(page.number, label)) for start, end, label in marks[id(line)]]
            paired = [mark for mark in keyed if mark[2] in refs]
            layout.append_line(pieces[-1], _unpaired_raised(line.chars, keyed, refs), paired, vocabulary)
            if starts:
                _space_label(pieces[-1])
            previous, previous_inset, same_page = (line, right), line.x0 - left, True
    lines: list[str] = []
    italics: list[tuple[Italic, ...]] = []
    links: list[tuple[Link, ...]] = []
    markers: list[Marker] = []
    for piece in pieces:
        text, italic, found, linked = layout.true_addresses(*layout.tidy(piece))
        lines.append(text)
        markers.extend(Marker(text[s:e], len(lines), s, e, CONVENTION, key) for s, e, key in found)
        lines.append("")
        italics.extend((italic, ()))
        links.extend((tuple(Link(*link) for link in linked), ()))
    return lines, italics, links, markers


def _entry_ends(last: Line, line: Line) -> bool:
    """Whether a reference-list entry ends with `last` at the foot of a column, `line` at the top of the next
    starting the next entry: `last` ends with a full stop and `line` opens as an entry does."""
    return last.text.rstrip().endswith(".") and ENTRY_START.match(line.text) is not None


def _space_label(piece: Piece) -> None:
    """Put a space after the bracketed label an entry starts with where a tab set it off ("(12)Whitesides": no
    space in the text), as typed; the marks and links after it move with the text."""
    label = GLUED_LABEL.match(piece.text)
    if label is None:
        return
    at = label.end()
    piece.chars.insert(at, (" ", False))
    piece.marks[:] = [(a + (a >= at), b + (b >= at), ref) for a, b, ref in piece.marks]
    piece.links[:] = [(a + (a >= at), b + (b >= at), address) for a, b, address in piece.links]


def _unpaired_raised(chars: list[Char], marks: list[tuple[int, int, str]], refs: set[str]) -> list[Char]:
    """The line's characters with the digits of marks no footnote answers written as superscripts ("¹²"), the
    form the endnote finder links to a closing notes list."""
    chars = list(chars)
    for start, end, ref in marks:
        if ref not in refs:
            for index in range(start, end):
                chars[index] = replace(chars[index], text=chars[index].text.translate(TO_SUPERSCRIPT))
    return chars


def _edges(lines: list[Line], gutter: float | None) -> dict[int, tuple[float, float]]:
    """Left and right edge of each column (0 left or single, 1 right, 2 full width) on a page; lines set well
    in from the left (a centred title or header) do not count for the right edge."""
    columns: dict[int, list[Line]] = {}
    for line in lines:
        columns.setdefault(_column(line, gutter), []).append(line)
    edges = {}
    for column, members in columns.items():
        left = min(line.x0 for line in members)
        flush = [line for line in members if line.x0 <= left + 3 * line.size] or members
        edges[column] = (left, _right_edge(flush))
    if 0 in edges and 2 in edges:  # a full-width line starts where the left column does (an address run over too)
        edges[2] = (min(edges[0][0], edges[2][0]), edges[2][1])
    return edges


def _right_edge(lines: list[Line]) -> float:
    """Where a column's lines end: the margin most lines end at when the text is justified (a third of them within
    a point of it), else the longest line's end unless it sticks out more than two ems past the next longest (an
    address TeX could not break runs into the margin)."""
    margins = Counter(round(line.x1) for line in lines)
    margin, count = margins.most_common(1)[0]
    if count >= 3 and count * 3 >= len(lines):
        return max(line.x1 for line in lines if abs(line.x1 - margin) <= 1)
    ends = sorted((line.x1 for line in lines), reverse=True)
    size = max(line.size for line in lines)
    while len(ends) > 1 and ends[0] - ends[1] > 2 * size:
        ends.pop(0)
    return ends[0]


def _column(line: Line, gutter: float | None) -> int:
    if gutter is None or line.x1 <= gutter:
        return 0
    return 1 if line.x0 >= gutter else 2


def _breaks(
    previous: Line,
    right: float,
    line: Line,
    left: float,
    same_page: bool,
    following: Line | None = None,
    pitch: float | None = None,
    hangs: bool = False,
) -> bool:
    """Whether `line` starts a new paragraph after `previous` (whose column ends at `right`; `following` is the
    line after `line`, None at the foot of a page or column; `pitch` the document's usual baseline distance for
    the size of `line`; `hangs`: the document sets hanging indents): another size, a
    wider gap (than 1.6 lines, or a quarter of an em more than the usual distance: the space between a
    bibliography's entries), an indent, or room left on `previous` for the first word of `line`."""
    if abs(previous.size - line.size) > 0.5 or _room(previous, line, right):
        return True
    gap = previous.baseline - line.baseline  # negative at the top of the next column
    size = max(previous.size, line.size)
    if same_page and (gap > 1.6 * size or (pitch is not None and gap > pitch + PARAGRAPH_SPACE * size)):
        return True
    indented = line.x0 > left + INDENT * line.size and previous.x0 <= left + 0.5 * line.size
    return indented and not _hangs_under(line, previous) and not (hangs and _hanging_indent(line, right, following))


def _pitches(body) -> dict[float, float]:
    """The usual distance between the baselines of two lines of one size, by size: the smallest (to a tenth of a
    point) of those found between a tenth or more of the consecutive lines of a column on a page (in a list of
    one-line entries the space between entries may be the commonest)."""
    gaps: dict[float, Counter[float]] = {}
    for _, lines, gutter in body:
        for before, line in itertools.pairwise(lines):
            gap = before.baseline - line.baseline
            same_column = _column(before, gutter) == _column(line, gutter)
            if before.size == line.size and 0 < gap < 3 * line.size and same_column:
                gaps.setdefault(line.size, Counter())[round(gap, 1)] += 1
    # no gap at a tenth of them (an OCR layer's jittery baselines): the commonest one
    return {
        size: min(
            (gap for gap, count in counts.items() if count * 10 >= counts.total()), default=counts.most_common(1)[0][0]
        )
        for size, counts in gaps.items()
    }


def _sets_hanging_indents(body) -> bool:
    """Whether the document sets some paragraphs with a hanging indent: twice or more, a full flush line is
    followed by a line set in that is full with a line set in as far after it (a paragraph's second line is never
    set in), or that ends its paragraph before a flush line (an entry of two lines: a paragraph's set-in first
    line after a full line, the paragraph then ending, is rare) or before a flush line that opens as an entry does
    (`ENTRY_START`: the entry's last line may be full too)."""
    seen = 0
    for _, lines, gutter in body:
        edges = _edges(lines, gutter)
        for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
            left, right = edges[_column(line, gutter)]
            if not (
                before.x0 <= left + 0.5 * line.size < left + INDENT * line.size < line.x0
                and before.size == line.size == after.size
                and not _room(before, line, right)
            ):
                continue
            if abs(after.x0 - line.x0) < 0.3 * line.size:
                seen += not _room(line, after, right)
            elif after.x0 <= left + 0.5 * line.size:
                seen += _room(line, after, right) or ENTRY_START.match(after.text) is not None
            if seen >= 2:
                return True
    return False


def _room(line: Line, after: Line, right: float) -> bool:
    """Whether `line` left room for the first word of the line `after` it (so it ended its paragraph)."""
    return line.x1 + _first_word(after) < right - 0.5 * after.size


def _hanging_indent(line: Line, right: float, following: Line | None) -> bool:
    """Whether a set-in `line` after a full, flush line is the second line of an entry set with a hanging indent
    (the first line flush, the others set in: Zotero's and biblatex's bibliographies), not a paragraph's set-in
    first line, in a document that sets hanging indents: the line after it is set in as far while `line` is full,
    or is flush (the entry's last line), or there is none on the page (`following` None: the entry ends or goes
    on at the top of the next)."""
    if following is None:
        return True
    if abs(following.size - line.size) > 0.5:
        return False
    if abs(following.x0 - line.x0) < 0.3 * line.size:
        return not _room(line, following, right)
    return following.x0 < line.x0 - INDENT * line.size


def _hangs_under(line: Line, previous: Line) -> bool:
    """Whether `line` goes on an entry that `previous` opened with a label hanging in the margin ("[1] Hartley,
    …" over "says. London: …", as pdfLaTeX's thebibliography and numbered lists set them): it starts where the
    text after the label starts."""
    label = HANGING_LABEL.match(previous.text)
    if label is None or label.end() >= len(previous.chars):
        return False
    return abs(previous.chars[label.end()].x0 - line.x0) < 0.3 * line.size


def _first_word(line: Line) -> float:
    """The width of what a line could not have left behind on the line before: its first word and a space or,
    in Chinese, its first character with the marks and closing punctuation that may not start a line ("盟¹⁰。") and
    the Latin letters or digits a Latin comma or stop ties to them ("院,2010"), or a bracket opening a short run of
    Latin letters and digits, kept with it ("（2021）")."""
    chars = line.chars
    if layout.CJK.match(chars[0].text):
        end = 1
        if chars[0].text in NO_LINE_END:
            while end < min(len(chars), 12) and not layout.CJK.match(chars[end].text):
                end += 1
        while end < len(chars) and (line.raised(chars[end]) or chars[end].text in NO_LINE_START):
            end += 1
        if chars[end - 1].text in LATIN_INFIX:  # "院,2010年": no break inside "院,2010" (UAX #14, as browsers)
            while end < len(chars) and not (chars[end].text.isspace() or layout.CJK.match(chars[end].text)):
                end += 1
        return chars[end - 1].x1 - line.x0
    for char in chars:
        if char.text.isspace() or layout.CJK.match(char.text):
            return char.x0 - line.x0 + 0.3 * line.size
    return line.x1 - line.x0 + 0.3 * line.size


def _ranges(numbers: list[int]) -> str:
    """1, 2, 3, 7 -> "1-3, 7"."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
