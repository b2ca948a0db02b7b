"""Page layout of a PDF, from positioned characters to body paragraphs and footnotes; no PDF library here.

`cite.readers.pdf` turns each page into `Char`s and `Rule`s with pypdfium2; everything after that is plain
geometry on those, so it is tested on pages built by hand as well as on PDFs LibreOffice wrote:

* characters (in content-stream order) become text lines: a character that overlaps the line's band and
  goes on to the right belongs to it, so a raised, smaller footnote mark stays in its line;
* running headers and footers (the same text at the top or bottom of several pages) and page numbers are
  dropped; the page numbers printed there give each page its printed number;
* two columns are read column by column (a gutter no line crosses), full-width lines in between;
* the footnote zone is what stands under a short rule near the foot of the page, or, without a rule, the
  closing lines set smaller than the body when a mark in the body answers one of them; a zone line starting with a label (superscript, circled number,
  or the next number in sequence) starts a note, other lines continue it, a zone that starts without a label
  continues the last note of the page before;
* lines are joined without a space where a word, number, URL or DOI was broken or between Chinese
  characters, and English hyphenation is undone.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex


@dataclass(frozen=True, slots=True)
class Char:
    """One character as drawn: its advance box in x, its baseline `y` (PDF units, y grows upwards), its size."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    italic: bool = False
    generated: bool = False  # a space the PDF library inferred from a gap, not one the file holds
    link: str = ""  # the address of the link annotation the character stands in


@dataclass(frozen=True, slots=True)
class Rule:
    """A thin horizontal stroke (a footnote separator, or a table border)."""

    x0: float
    x1: float
    y: float


@dataclass
class Line:
    """A text line: its characters left to right, with the size and baseline of its main text, its extent and
    its text (worked out by `settle` once the line is complete)."""

    chars: list[Char]
    size: float = 0.0
    baseline: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    text: str = ""

    def __post_init__(self) -> None:
        self.settle()

    def settle(self) -> None:
        """Size and baseline of the line's main text (the commonest size, the larger on a tie, and the baseline of its characters),
        its left and right edge (of its last visible character) and its text."""
        sized = [c for c in self.chars if not c.text.isspace()] or self.chars
        counts = Counter(c.size for c in sized)
        self.size = max(counts, key=lambda size: (counts[size], size))  # a tie ("34 王."): not the raised mark
        self.baseline = statistics.median(c.y for c in sized if c.size == self.size)
        self.x0 = self.chars[0].x0
        self.x1 = max(c.x1 for c in sized)
        self.text = "".join(c.text for c in self.chars)

    @property
    def top(self) -> float:
        return self.baseline + 0.8 * self.size

    def raised(self, char: Char) -> bool:
        """Whether a character is set as a superscript: smaller and raised, or clearly raised."""
        lift = char.y - self.baseline
        return (char.size < 0.85 * self.size and lift > 0.12 * self.size) or lift > 0.3 * self.size


@dataclass
class Page:
    """One page: its physical number (1-based), printed number, size, lines, rules, and image count."""

    number: int
    width: float
    height: float
    lines: list[Line]
    rules: list[Rule] = field(default_factory=list)
    images: int = 0
    printed: int | None = None


@dataclass
class Piece:
    """A note or paragraph being assembled: characters with their italic flag, and the marks found in it."""

    chars: list[tuple[str, bool]] = field(default_factory=list)
    marks: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label) in the text
    links: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, address) in the text

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


@dataclass
class ZoneNote:
    """A footnote read from a page's footnote zone."""

    label: str
    page: Page
    piece: Piece
    raised: bool = False  # its label was set as a superscript
    last_page: int = 0  # the physical page its text last stood on (a long note goes on over several)

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page.number


# --- lines -----------------------------------------------------------------------------------------


def lines_of(chars: Iterable[Char]) -> list[Line]:
    """Text lines from characters in content-stream order (how PDF writers emit them: line by line)."""
    lines: list[Line] = []
    current: Line | None = None
    for char in chars:
        if char.text in "\r\n" or (char.generated and not char.text.isspace()):
            continue
        if current is not None and _continues(current, char):
            current.chars.append(char)
            if char.size > current.size + 0.05:
                current.settle()
            continue
        if char.text.isspace():  # a line never starts with a space
            continue
        current = Line([char])
        lines.append(current)
    for line in lines:
        while line.chars[-1].generated:  # a line starts with a character of the file, so this stops
            line.chars.pop()
        line.settle()
    return _with_later_runs(lines)


#: How many lines back a run drawn later may find the line it belongs to (a footnote has a few lines).
LATER_RUN_REACH = 6
#: The most characters a merged line may hold: a printed line has a few hundred at most; past that, pieces stay
#: apart, which bounds the work (a sort per merge) on a hostile page drawn one character at a time from the right.
MAX_MERGED_CHARS = 400


def _with_later_runs(lines: list[Line]) -> list[Line]:
    """Lines with the runs drawn apart from them put back in place: a PDF writer draws the characters a font lacks
    (the kanji of Japanese in a Chinese font: "歴", "東", "書") in a fallback font before or after the rest of their
    line, so they start a "line" of their own on the same baseline, inside the other's extent or right where it
    ends ("10 帯" then "谷知可編著…"); such pieces are merged in x order, the inferred spaces of a run drawn inside
    another dropped, and the merged line is checked again against the lines before it."""
    out: list[Line] = []
    for line in lines:
        out.append(line)
        while len(out) > 1 and (host := _piece_of(out[-1], out[-LATER_RUN_REACH - 1 : -1])) is not None:
            _merge(host, out.pop())
            out.remove(host)
            out.append(host)
    return out


def _piece_of(line: Line, candidates: list[Line]) -> Line | None:
    """The nearest earlier line that `line` is a piece of (see `_with_later_runs`), or None."""
    return next(
        (
            h
            for h in reversed(candidates)
            if len(h.chars) + len(line.chars) <= MAX_MERGED_CHARS
            and (_runs_inside(line, h) or _runs_inside(h, line) or _adjoins(h, line) or _adjoins(line, h))
        ),
        None,
    )


def _merge(host: Line, line: Line) -> None:
    """Put `line`'s characters into `host` in x order; a run drawn inside the other loses its inferred spaces."""
    run = line if _runs_inside(line, host) else host if _runs_inside(host, line) else None
    chars = [c for piece in (host, line) for c in piece.chars if piece is not run or not c.generated]
    host.chars = sorted(chars, key=lambda c: c.x0)
    host.settle()


def _runs_inside(line: Line, host: Line) -> bool:
    """Whether `line` starts inside `host`'s extent, on its baseline and at its size (a run drawn later), not in
    another column or a line above or below."""
    return (
        abs(line.baseline - host.baseline) < 0.2 * host.size
        and abs(line.size - host.size) < 0.2 * host.size
        and host.x0 < line.x0 < host.x1 - 0.1 * host.size
    )


def _adjoins(line: Line, after: Line) -> bool:
    """Whether `after` starts right where `line`'s last character ends, on that character's baseline and at its
    size (so a line whose raised label outnumbers its first character, "10 帯", is still joined)."""
    last, first = line.chars[-1], after.chars[0]
    return (
        abs(first.x0 - last.x1) < 0.5 * first.size
        and abs(after.baseline - last.y) < 0.2 * first.size
        and abs(first.size - last.size) < 0.2 * first.size
    )


def _continues(line: Line, char: Char) -> bool:
    """Whether `char` goes on `line`: their bands overlap and it stands to the right, not across a gutter."""
    last = line.chars[-1]
    larger, smaller = (char.size, line.size) if char.size > line.size else (line.size, char.size)
    backwards = char.x0 < last.x0 - 0.5 and char.x0 < last.x1 - 0.5 * larger  # a ligature's 2nd letter: same x0
    if backwards or char.x0 - last.x1 > 2.5 * larger:
        return False
    high, char_high = line.baseline + 0.8 * line.size, char.y + 0.8 * char.size
    low, char_low = line.baseline - 0.25 * line.size, char.y - 0.25 * char.size
    return (high if high < char_high else char_high) - (low if low > char_low else char_low) > 0.3 * smaller


# --- running headers, footers and page numbers ------------------------------------------------------

#: A printed page number standing alone: "12", "- 12 -", "— 3 —", "第 3 页", "Page 4", "4 / 30", "xii".
PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-–—]\s*)?(?:第\s*)?(?:page\s+|p\.\s*)?(?P<n>\d{1,4}|[ivxlc]{1,6})(?:\s*页)?(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    regex.IGNORECASE,
)
#: A page number out of the page count, as browsers print it at the foot of the page: "1/9", "3 / 12".
PAGE_OF_COUNT = regex.compile(r"^\s*\d{1,4}\s*/\s*(?P<count>\d{1,4})\s*$")
#: A number: running headers are compared with their numbers blanked ("Vol. 38, p. 217" ~ "Vol. 38, p. 218").
DIGITS = regex.compile(r"\d+")


def drop_running_lines(pages: Sequence[Page]) -> None:
    """Remove page numbers and running headers/footers (repeated on pages, or a browser's, whose footer counts the
    pages); set each page's printed number from its page numbers."""
    seen: Counter[tuple[str, str]] = Counter()
    edges: list[list[tuple[str, Line]]] = []
    for page in pages:
        page_edges = _edge_lines(page)
        edges.append(page_edges)
        seen.update({(where, _shape(line.text)) for where, line in page_edges})
    repeated = max(2, round(0.3 * len(pages)))
    offsets: Counter[int] = Counter()
    for page, page_edges in zip(pages, edges, strict=True):
        printed = any(_page_of_count(line.text, len(pages)) for where, line in page_edges if where == "bottom")
        # a page number and text on one baseline: a header or footer ("Received …; doi …" beside "117")
        numbered = {where for where, line in page_edges if PAGE_NUMBER.match(line.text)}
        for where, line in page_edges:
            number = PAGE_NUMBER.match(line.text)
            running = printed or where in numbered or seen[(where, _shape(line.text))] >= repeated
            running = running or _number_apart(line)
            if number or running or (where == "top" and _ruled_off(page, line)):
                page.lines.remove(line)
            if number and number["n"].isdigit():
                offsets[int(number["n"]) - page.number] += 1
    offset = offsets.most_common(1)[0][0] if offsets and offsets.most_common(1)[0][1] * 2 >= len(pages) else 0
    for page in pages:
        page.printed = page.number + offset


#: Line numbers a page must carry in one column (their right ends lined up) to be read as line numbers.
MIN_LINE_NUMBERS = 5


def drop_line_numbers(pages: Sequence[Page]) -> None:
    """Remove the line numbers of a journal's or a draft's page (lineno, Word's line numbering): small numbers,
    not raised, in front of the text lines, their right ends in one column, five or more on a page; alone on a line
    or at the head of the line they number (a footnote's raised label is none)."""
    for page in pages:
        sizes = Counter(line.size for line in page.lines)
        common = max(sizes, key=lambda size: (sizes[size], size)) if sizes else 0.0
        found = [(line, count) for line in page.lines if (count := _leading_number(line, common))]
        ends = Counter(round(line.chars[count - 1].x1) for line, count in found)
        if not ends or ends.most_common(1)[0][1] < MIN_LINE_NUMBERS:
            continue
        column = ends.most_common(1)[0][0]
        for line, count in found:
            if abs(line.chars[count - 1].x1 - column) > 1.5:
                continue
            rest = _strip_leading(line.chars[count:])
            if rest:
                line.chars[:] = rest
                line.settle()
            else:
                page.lines.remove(line)


def _leading_number(line: Line, common: float) -> int:
    """How many characters of a line's head are a line number: up to four digits on the line's baseline, set
    smaller than the text after them (or than the page's commonest size, alone on the line), a space or gap after."""
    count = 0
    while count < min(len(line.chars), 4) and line.chars[count].text.isdigit():
        count += 1
    if not count:
        return 0
    digits, rest = line.chars[:count], _strip_leading(line.chars[count:])
    size = rest[0].size if rest else common
    if any(char.size > 0.8 * size or abs(char.y - digits[0].y) > 0.01 for char in digits):
        return 0
    if rest and (abs(digits[0].y - rest[0].y) > 0.15 * size or rest[0].x0 - digits[-1].x1 < 0.25 * size):
        return 0  # raised (a note's label), or set close to the word after it
    return count


def _number_apart(line: Line) -> bool:
    """Whether an edge line starts or ends with a number set two ems or more apart from its other words: a header's
    or footer's page number beside its text ("Received …; © 2026 The Authors.        117", a first page's footer)."""
    chars = [char for char in line.chars if not char.text.isspace()]
    for ordered in (chars, chars[::-1]):
        count = 0  # the number's digits, from the line's end inwards, while they touch
        while (
            count < min(len(ordered) - 1, 4)
            and ordered[count].text.isdigit()
            and (
                count == 0
                or abs(ordered[count].x0 - ordered[count - 1].x1) < 0.1 * line.size
                or abs(ordered[count - 1].x0 - ordered[count].x1) < 0.1 * line.size
            )
        ):
            count += 1
        if count and count < len(ordered):  # what stands beside it, two ems away
            first, outer = ordered[count - 1], ordered[count]
            if max(first.x0 - outer.x1, outer.x0 - first.x1) >= 2 * line.size:
                return True
    return False


def _page_of_count(text: str, count: int) -> bool:
    """Whether a footer line is a browser's "page/count" of this document: then the lines at the page's edges are
    the browser's header and footer (date, title, address), even on a document of one page."""
    found = PAGE_OF_COUNT.match(text)
    return found is not None and int(found["count"]) == count


def _edge_lines(page: Page) -> list[tuple[str, Line]]:
    """The lines at the very top and bottom of a page, apart from the text below/above them: a line and a half of
    the larger size away, or, set smaller than that text, a line and a half of their own size (a browser's header
    and footer stand close to the text: date and title, address and "1/9")."""
    if not page.lines:
        return []
    ordered = sorted(page.lines, key=lambda line: -line.baseline)
    edges = []
    for where, lines in (("top", ordered), ("bottom", ordered[::-1])):
        line = lines[0]
        # the next line not on the edge line's baseline (a header's left and right parts share it)
        neighbour = next((other for other in lines if abs(other.baseline - line.baseline) >= 1), None)
        if neighbour is None:
            continue
        apart = 1.5 * (line.size if line.size < 0.85 * neighbour.size else max(line.size, neighbour.size))
        if abs(line.baseline - neighbour.baseline) >= apart:
            edges.extend((where, other) for other in page.lines if abs(other.baseline - line.baseline) < 1)
    return edges


def _ruled_off(page: Page, line: Line) -> bool:
    """Whether a long rule stands right under a line at the top of the page (a running header's rule), so that
    it is a header even on a page of its own."""
    below = max((other.top for other in page.lines if other.baseline < line.baseline - 1), default=0.0)
    return any(below < rule.y < line.baseline and rule.x1 - rule.x0 > 0.5 * page.width for rule in page.rules)


def _shape(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.split()))


# --- columns -------------------------------------------------------------------------------------


def reading_order(page: Page, body_size: float = 0.0) -> tuple[list[Line], float | None]:
    """The page's lines in reading order (top to bottom; two columns left then right, between full-width
    lines), and the x of the gutter between the columns (None: one column). The gutter is looked for among
    lines of the body's size (`body_size`), so that full-width footnotes set smaller do not hide it, then among
    all (the last page of two columns, its right column holding a line of the body and the notes under it)."""
    lines = sorted(page.lines, key=lambda line: (-line.baseline, line.x0))
    body = [line for line in lines if line.size >= body_size - 0.5]
    gutter = _gutter(page, body if len(body) >= 8 else lines) or _gutter(page, lines)
    lines = _gaps_closed(lines, gutter)
    if gutter is None:
        return lines, None
    ordered: list[Line] = []
    band: list[Line] = []
    right_baselines = [line.baseline for line in lines if line.x0 >= gutter]
    for line in lines:
        # an address run over the gutter, beside a line of the right column (less than a line above or below it)
        overfull = any(abs(line.baseline - baseline) < 0.9 * line.size for baseline in right_baselines)
        if line.x0 < gutter < line.x1 and not overfull:  # full width: closes the band above it
            ordered.extend(sorted(band, key=lambda ln: (ln.x0 > gutter, -ln.baseline)))
            ordered.append(line)
            band = []
        else:
            band.append(line)
    ordered.extend(sorted(band, key=lambda ln: (ln.x0 > gutter, -ln.baseline)))
    return ordered, gutter


#: The widest space, in ems, that justification stretches between two words of a narrow column's line.
WIDEST_SPACE = 6.0


def _gaps_closed(lines: list[Line], gutter: float | None) -> list[Line]:
    """The lines (in order of baseline, then x) with the pieces of one line that a wide justified space cut in two
    ("Asian Development Bank." … "(2021," in a narrow column) joined again: on one baseline, in one size, up to
    `WIDEST_SPACE` apart and on one side of the gutter."""
    closed: list[Line] = []
    for line in lines:
        last = closed[-1] if closed else None
        if (
            last is not None
            and abs(last.baseline - line.baseline) < 0.2 * line.size
            and abs(last.size - line.size) < 0.5
            and 0 <= line.x0 - last.x1 <= WIDEST_SPACE * line.size
            and (gutter is None or (last.x1 <= gutter) == (line.x1 <= gutter))
        ):
            closed[-1] = Line(last.chars + line.chars)
        else:
            closed.append(line)
    return closed


def _gutter(page: Page, lines: Sequence[Line]) -> float | None:
    """The x of a gap between two columns in the middle third of the page that few lines cross: the middle of
    the widest stretch crossed by the fewest lines."""
    if len(lines) < 8:
        return None
    steps = [page.width / 3 + 2.0 * i for i in range(int(page.width / 6) + 1)]
    crossing = [sum(1 for line in lines if line.x0 < x < line.x1) for x in steps]
    fewest = min(crossing)
    runs: list[list[float]] = []
    for x, count in zip(steps, crossing, strict=True):
        if count != fewest:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(x)
        else:
            runs.append([x])
    widest = max(runs, key=len)
    x = (widest[0] + widest[-1]) / 2
    left = sum(1 for line in lines if line.x1 <= x)
    right = sum(1 for line in lines if line.x0 >= x)
    if fewest > 0.1 * len(lines) or min(left, right) < 4:
        return None
    return x


# --- footnote zone -------------------------------------------------------------------------------

#: Circled numbers ① to ⑳, ㉑ to ㉟ and ㊱ to ㊿, as Chinese journals number notes.
CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
#: One circled number: "①".
CIRCLED_CHAR = regex.compile(f"[{CIRCLED}]")
#: A label set as a superscript: "1", "12", "*", "†", "①", "a".
RAISED_LABEL = regex.compile(rf"^(?:\d{{1,3}}|[*†‡§¶]{{1,3}}|[{CIRCLED}]|[a-z])$")
#: A label written on the line: "①", "[12]", "12.", "12)", "(12)", "12 ", "*".
LINE_LABEL = regex.compile(
    rf"^\s*(?:(?P<label>[{CIRCLED}])|\[(?P<label>\d{{1,3}})\]|\((?P<label>\d{{1,3}})\)|(?P<label>\d{{1,3}})[.)]?(?=\s|\p{{Han}})|(?P<label>[*†‡]{{1,3}}))\s*"
)
#: Words and figures a note ends with (a page number, a full stop, a closing bracket) rather than breaks off.
NOTE_END = regex.compile(r"[.。!?！？)）\]】>»”\"'’]\s*$")


#: Several marks in one superscript: "1,2", "3, 4", "5，6".
MARK_LIST = regex.compile(r"\d{1,3}(?:[,，]\s?\d{1,3})+")
#: Digits too many for one label, which may be the labels of adjacent notes in one superscript: "1011" (notes 10, 11).
GLUED_LABELS = regex.compile(r"\d{4,8}")


def marks_of(line: Line) -> list[tuple[int, int, str]]:
    """Note marks in a body line: raised labels ("region.¹") and circled numbers (any size), as
    (start, end, label) character ranges of the line."""
    marks = []
    index = 0
    chars = line.chars
    while index < len(chars):
        char = chars[index]
        if line.raised(char) and not char.text.isspace():
            end = index
            while end < len(chars) and line.raised(chars[end]) and not chars[end].text.isspace():
                end += 1
            label = "".join(c.text for c in chars[index:end])
            if RAISED_LABEL.match(label):
                marks.append((index, end, label))
            elif MARK_LIST.fullmatch(label):  # "1,2": two notes
                marks.extend((index + m.start(), index + m.end(), m.group()) for m in DIGITS.finditer(label))
            elif GLUED_LABELS.fullmatch(label):  # "1011": notes 10 and 11, once the notes are known
                marks.append((index, end, label))
            index = end
            continue
        if CIRCLED_CHAR.match(char.text):
            marks.append((index, index + 1, char.text))
        index += 1
    return marks


def footnote_zone(
    page: Page, ordered: Sequence[Line], body_size: float, previous: ZoneNote | None, gutter: float | None = None
) -> list[Line]:
    """The lines of the page's footnote zones (one per column), in reading order; empty when it has none.

    A separator is a short rule, or a longer one with smaller text under it (not a running header's rule).
    `previous` is the last note of the page before, which a zone starting without a label continues: always
    under a separator rule (also the right column's, going on with the left column's last note, as LaTeX sets
    notes in two columns); without one, when that note breaks off or the body marks a note of the zone."""
    zone: dict[int, Line] = {}
    for rule in sorted(page.rules, key=lambda rule: rule.x0):  # the left column's first
        if not _alone(rule, page.rules, body_size):
            continue
        below = [
            line
            for line in ordered
            if line.top <= rule.y + 1
            and line.x0 >= rule.x0 - 0.5 * line.size
            and (gutter is None or (line.x0 < gutter) == (rule.x0 < gutter))
        ]
        if not below or max(line.size for line in below) > body_size + 0.5:
            continue
        short = rule.x1 - rule.x0 <= 0.5 * page.width  # a separator, not a header's or a table's full-width rule
        if not short and max(line.size for line in below) > body_size - 0.5:
            continue
        if previous is not None or zone or _label(below[0], 0) is not None:
            zone.update((id(line), line) for line in below)
    if zone:
        return [line for line in ordered if id(line) in zone]
    closing: list[Line] = []
    for line in sorted(ordered, key=lambda ln: ln.baseline):  # from the bottom up
        if line.size > body_size - 0.8:
            break
        closing.append(line)
    zone = [line for line in ordered if line in closing]
    labels = {found[0] for found in (_label(line, 0) for line in zone) if found}
    body = [line for line in ordered if line not in closing]
    marked = any(label in labels for line in body for _, _, label in marks_of(line))
    if previous is not None and (marked or ends_open(previous)):
        return zone  # lines before the first label go on with the note of the page before
    while zone and _label(zone[0], 0) is None:
        zone.pop(0)
    return zone if marked else []  # small type without a rule: notes only if the body marks one of them


def _alone(rule: Rule, rules: Sequence[Rule], body_size: float) -> bool:
    """Whether no other rule touches this one or runs just above or below it, as a table's cell borders do
    (the two columns' separators, side by side with a gutter between, are each alone)."""
    for other in rules:
        if other is rule or abs(other.y - rule.y) > 2.5 * body_size:
            continue
        if other.x0 < rule.x1 + 0.5 * body_size and rule.x0 < other.x1 + 0.5 * body_size:
            return False
    return True


def _label(line: Line, expected: int, plain: bool = True) -> tuple[str, int, bool] | None:
    """The note label a zone line starts with, how many characters it takes and whether it is raised, or None.

    A superscript or circled label always counts; a plain number only when it is the one expected next
    (`expected` 0: any), so that a line continuing a note with "47." is not taken for note 47, and not at all
    where `plain` is false (the notes so far had raised labels: "2 版. London" goes on note 10)."""
    chars = line.chars
    raised = 0
    while raised < len(chars) and line.raised(chars[raised]) and not chars[raised].text.isspace():
        raised += 1
    if raised:
        label = "".join(c.text for c in chars[:raised])
        return (label, raised, True) if RAISED_LABEL.match(label) else None
    match = LINE_LABEL.match(line.text)
    if match is None:
        return None
    label = match["label"]
    if label.isdigit() and (not plain or (expected and int(label) not in (expected, 1))):
        return None  # a circled label (or "*") always counts
    return label, match.end(), False


def notes_of_zone(
    zone: Sequence[Line], page: Page, notes: list[ZoneNote], vocabulary: frozenset[str] = frozenset()
) -> None:
    """Split a zone into notes (appended to `notes`); a zone that starts without a label continues the last.
    `vocabulary` holds the document's words that decide a line-end hyphen (see `separator`)."""
    for line in zone:
        expected = number(notes[-1].label) + 1 if notes else 0
        found = _label(line, expected, plain=not (notes and notes[-1].raised))
        if found is None and notes:
            append_line(notes[-1].piece, line.chars, vocabulary=vocabulary)
            notes[-1].last_page = page.number
            continue
        label, taken, raised = found if found else ("", 0, False)
        note = ZoneNote(label, page, Piece(), raised)
        append_line(note.piece, _strip_leading(line.chars[taken:]), vocabulary=vocabulary)
        notes.append(note)


def number(label: str) -> int:
    """A label's number ("12" -> 12, "⑫" -> 12); 0 for labels that are not numbers ("*")."""
    if label.isdecimal():
        return int(label)
    return int(unicodedata.numeric(label)) if len(label) == 1 and CIRCLED_CHAR.match(label) else 0


def _strip_leading(chars: Sequence[Char]) -> list[Char]:
    start = 0
    while start < len(chars) and chars[start].text.isspace():
        start += 1
    return list(chars[start:])


def ends_open(note: ZoneNote) -> bool:
    """Whether a note breaks off (it may go on at the top of the next page's zone)."""
    return not NOTE_END.search(note.piece.text)


# --- joining lines -------------------------------------------------------------------------------

#: Chinese, Japanese and full-width characters and punctuation, between which no space is written.
#: (and the kana's "・" and "ー", of no script of their own)
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]")
#: Opening brackets and quotes: a line ending with one goes on without a space ("<" + "https://a.kz>").
OPENING = "<([{“‘«（《「『【〔"
#: Latin punctuation that a space follows in Chinese notes too ("[J]. 世界经济", "北京: 社会科学文献出版社").
ASCII_PUNCTUATION = ".,:;!?)]"
#: GB/T's publication date closed and the access date opened, written together: "(2023-10)[2024".
DATE_THEN_ACCESS = regex.compile(r"\d\)\[\d")
#: The start of a URL or DOI still running at the end of a line: "https://doi.org/10.1080/0263", "DOI:10.3969/j.".
OPEN_ADDRESS = regex.compile(r"(?:https?://|www\.|\b10\.\d{4,9}/)\S*$", regex.IGNORECASE)
#: A bare DOI (not inside an address) broken between two lower-case letters by a hyphen at the end of a line, as
#: TeX hyphenates a DOI typed as text: "doi: 10.1038/na-" (of "nature14539"). A DOI's own hyphens stand between
#: digits or capitals ("10.1111/j.1468-0335", "10.1175/JCLI-D-11").
HYPHENATED_DOI = regex.compile(r"(?<![/\w.])10\.\d{4,9}/\S*[a-z]-$")
#: An English word broken by a hyphen at the end of a line: "connec-" (a lower-case Latin letter before it).
HYPHENATED = regex.compile(r"(?P<word>[A-Za-z]*[a-z])-$")
#: The start of the line after it: "tivity" of "tivity of".
WORD_START = regex.compile(r"[a-z]+")
#: Prefixes English joins to a word with a hyphen of its own ("self-rated", "non-state", "well-being"), which
#: TeX's hyphenation does not break after (it breaks such a compound only at its hyphen): their hyphen is kept.
HYPHEN_PREFIXES = frozenset({"self", "non", "well", "cross", "half", "quasi"})
#: A word written with a hyphen inside a line: "non-alignment", "state-owned".
COMPOUND = regex.compile(r"\b[A-Za-z]+-[a-z]+\b")
#: A Cyrillic word broken by a hyphen at the end of a line, and the start of the next line: "Казах-" + "стан".
#: Kazakh typed with the Latin schwa "ə" (U+0259, "Тəжік") counts as Cyrillic.
CYRILLIC_HYPHENATED = regex.compile(r"(?P<word>[\p{Cyrillic}əƏ]+)-$")
CYRILLIC_START = regex.compile(r"[\p{Cyrillic}əƏ]+")
#: A Cyrillic word written whole, or with a hyphen, inside a line: "Казахстан", "политико-правовые".
CYRILLIC_WORD = regex.compile(r"\b[\p{Cyrillic}əƏ]{4,}(?:-[\p{Cyrillic}əƏ]+)?\b")


def vocabulary_of(lines: Iterable[Line]) -> frozenset[str]:
    """The words of a document that decide a hyphen at a line end, lower-cased: the English words it writes with a
    hyphen within its lines (a break at their hyphen keeps it), and its Cyrillic words, whole or hyphenated (a
    break inside a word written whole elsewhere drops the hyphen)."""
    words = set()
    for line in lines:
        words.update(word.lower() for word in COMPOUND.findall(line.text))
        words.update(word.lower() for word in CYRILLIC_WORD.findall(line.text))
    return frozenset(words)


def separator(before: str, after: str, vocabulary: frozenset[str] = frozenset()) -> str | None:
    """What joins two lines: " ", "" (a broken word, number or address; Chinese), or None to drop the
    hyphen `before` ends with: English hyphenation, unless the document writes that word with a hyphen elsewhere
    (`vocabulary`: "non-alignment") or it follows a prefix that takes one ("self-" + "rated"), and a Cyrillic word
    the document writes whole elsewhere ("Казах-" + "стан", "Казахстан"; "политико-" + "правовые" keeps its hyphen)."""
    if not before or not after:
        return ""
    if before[-1].isspace():
        return ""
    last, first = before[-1], after[0]
    if last in OPENING:
        return ""  # "<" + "https://…": a line breaks after an opening bracket only inside what it opens
    if CJK.match(last) or CJK.match(first):
        return " " if last in ASCII_PUNCTUATION else ""  # "北京: " + "社会科学文献出版社"
    if HYPHENATED_DOI.search(before) and first.islower():
        return None  # "doi: 10.1038/na-" + "ture14539": TeX's hyphenation of a DOI typed as text
    if OPEN_ADDRESS.search(before):
        ended = last in ".,;:" and not (first.islower() or first.isdigit())
        return " " if ended or first in "[(<“‘\"'" else ""
    if (broken := HYPHENATED.search(before)) and first.islower():
        rest, word = WORD_START.match(after), broken["word"].lower()
        return "" if word in HYPHEN_PREFIXES or f"{word}-{rest.group() if rest else ''}" in vocabulary else None
    if (broken := CYRILLIC_HYPHENATED.search(before)) and first.islower() and (rest := CYRILLIC_START.match(after)):
        head, tail = broken["word"].lower(), rest.group().lower()
        return None if head + tail in vocabulary and f"{head}-{tail}" not in vocabulary else ""
    if DATE_THEN_ACCESS.search(before[-12:] + after[:3]):
        return ""
    if last in "-–—" and before[-2:-1].isspace():
        return " "  # a dash set between spaces, as GOST sets its areas: "Иванов. –" + "М.: Наука", "2001. —" + "280 с."
    if last.isdigit() and first in "-–—":
        return ""  # "GB/T 7714" + "—2015"
    return "" if last in "-–—" or (last.isdigit() and first.isdigit()) else " "


def append_line(
    piece: Piece,
    chars: Sequence[Char],
    line_marks: Sequence[tuple[int, int, str]] = (),
    vocabulary: frozenset[str] = frozenset(),
) -> None:
    """Add a line's characters to a note or paragraph, joined as `separator` says (given the document's
    hyphenated words); `line_marks` are (start, end, ref) character ranges of the line, kept as ranges of the piece."""
    chars = list(chars)
    while chars and chars[-1].text.isspace() and chars[-1].generated:
        chars.pop()
    if not chars:
        return
    tail = "".join(c for c, _ in piece.chars[-200:])  # enough for a URL; the whole text would be quadratic
    join = separator(tail, "".join(c.text for c in chars[:20]), vocabulary) if piece.chars else ""
    if join is None:
        piece.chars.pop()
    elif join:
        piece.chars.append((join, False))
    at: list[int] = []  # index in the piece of each of the line's characters
    for index, char in enumerate(chars):
        at.append(len(piece.chars))
        if not char.text.isspace():
            if index and _gap(chars[index - 1], char):
                piece.chars.append((" ", False))
            piece.chars.extend((letter, char.italic) for letter in char.text)  # "fi" from a ligature: two
        elif piece.chars and not piece.chars[-1][0].isspace() and not (char.generated and _by_cjk(chars, index)):
            piece.chars.append((" ", False))
    at.append(len(piece.chars))
    piece.marks.extend((at[start], at[end], ref) for start, end, ref in line_marks)
    for index in [index for index, char in enumerate(chars) if char.link]:
        char = chars[index]
        last = piece.links[-1] if piece.links else None
        if last and last[2] == char.link and last[1] >= at[index] - 1:  # the same link, or its next line
            piece.links[-1] = (last[0], at[index + 1], char.link)
        else:
            piece.links.append((at[index], at[index + 1], char.link))


def _gap(before: Char, char: Char) -> bool:
    """Whether two characters stand a word space apart with no space character between them (TeX sets a
    footnote mark and the next word so: "disputes.¹ Imperial")."""
    if before.text.isspace() or (CJK.match(before.text) and CJK.match(char.text)):
        return False
    return char.x0 - before.x1 >= 0.25 * max(before.size, char.size)


def _by_cjk(chars: Sequence[Char], index: int) -> bool:
    """Whether an inferred space is only the gap set between Chinese characters, or between Chinese and Latin
    ("同上52" printed 同上 52 with a fifth of an em between), not a space of the text (a third of an em)."""
    if index == 0 or index + 1 >= len(chars):
        return False
    before, after = chars[index - 1], chars[index + 1]
    if CJK.match(before.text) and CJK.match(after.text):
        return True
    return bool(CJK.match(before.text) or CJK.match(after.text)) and after.x0 - before.x1 < 0.25 * after.size


def tidy(
    piece: Piece,
) -> tuple[str, tuple[tuple[int, int], ...], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The piece's text with spaces collapsed and trimmed, its italic spans
    (offsets into that text), and its marks and links moved to match."""
    kept: list[tuple[str, bool]] = []
    moved: dict[int, int] = {}
    chars = piece.chars
    for index, (char, italic) in enumerate(chars):
        moved[index] = len(kept)
        if char.isspace():
            nxt = chars[index + 1][0] if index + 1 < len(chars) else ""
            prev = kept[-1][0] if kept else ""
            if not prev or not nxt or prev == " " or nxt.isspace():
                continue
            kept.append((" ", False))
        else:
            kept.append((char, italic))
    moved[len(chars)] = len(kept)
    while kept and kept[-1][0] == " ":
        kept.pop()
    text = "".join(c for c, _ in kept)
    spans: list[tuple[int, int]] = []
    for index, (_, italic) in enumerate(kept):
        if not italic:
            continue
        if spans and (spans[-1][1] == index or (spans[-1][1] == index - 1 and kept[index - 1][0] == " ")):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    marks = [(moved[start], moved[end], label) for start, end, label in piece.marks]
    links = [(moved[start], min(moved[end], len(text)), address) for start, end, address in piece.links]
    return text, tuple(spans), marks, [(start, end, address) for start, end, address in links if start < end]


#: What a line break adds to or takes from an address as printed: a space, a hyphen, a soft hyphen.
BREAK_CHARACTERS = regex.compile(r"[\s\-\u00ad\u2010]")
#: An address's scheme: "https://" of "https://a.kz/x".
SCHEME = regex.compile(r"^[a-z][a-z0-9+.-]*://", regex.IGNORECASE)

Offsets = list[tuple[int, int, str]]


def true_addresses(
    text: str, italic: tuple[tuple[int, int], ...], marks: Offsets, links: Offsets
) -> tuple[str, tuple[tuple[int, int], ...], Offsets, Offsets]:
    """The text with each link that shows its own address broken at a line end ("https://a.kz/pipe- dreams"
    joined as "…/pipedreams" or "…/pipe- dreams") showing the address its annotation holds instead, offsets
    moved to match: where a line break cut an address, the annotation is what the address is."""
    for start, end, address in sorted(links, reverse=True):
        shown = text[start:end]
        bare_shown, bare_address = BREAK_CHARACTERS.sub("", shown), BREAK_CHARACTERS.sub("", address)
        if shown == address or not bare_shown:
            continue
        if bare_shown == bare_address:
            true = address
        elif not SCHEME.match(shown) and bare_shown == SCHEME.sub("", bare_address):  # shown without "https://"
            true = SCHEME.sub("", address)
        else:
            continue
        if shown == true:
            continue
        text = text[:start] + true + text[end:]
        delta = len(true) - len(shown)

        def moved(offset: int, end: int = end, delta: int = delta) -> int:
            return offset + delta if offset >= end else offset

        italic = tuple((moved(s), moved(e)) for s, e in italic)
        marks = [(moved(s), moved(e), label) for s, e, label in marks]
        links = [(moved(s), moved(e), target) if s != start else (s, s + len(true), target) for s, e, target in links]
    return text, italic, marks, links
