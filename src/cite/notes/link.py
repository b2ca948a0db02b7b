"""Linking: give each note body its marker, page, reading-order number and citing sentence.

Bodies and markers come from the finders; here they become `Note`s. Where labels restart on every
printed page (circled numbers), a page is a block of note-body lines separated only by blank lines,
and a marker belongs to the first block after it — so a paragraph cut by a page's notes still links
to the right page. Elsewhere labels are unique and link directly.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from cite.model import FOOTNOTE, Document, Marker, Note, NoteBody
from cite.text import collapse, last_match

#: Conventions whose labels restart on each printed page.
PAGED = {"circled"}
#: Conventions whose note bodies stand on lines of their own, so they make page blocks.
LINE_BASED = {"circled", "superscript"}

#: Characters that end a sentence: "。", "！", "？", "!", "?", and "." before a space or the end.
SENTENCE_END = regex.compile(r"[。！？!?；]|\.(?=\s|$)")
#: Closing quotes and brackets that may follow the end of a sentence: "。”", ".)".
CLOSERS = "”’」』）)\"'》"
#: The run of closers right after a sentence end: "”）" in "。”）".
CLOSING_RUN = regex.compile(rf"[{regex.escape(CLOSERS)}]*")
#: Marks that end a clause inside a sentence: "，", ",", "；", ";", "：", ":", "、".
CLAUSE_END = regex.compile(r"[，,；;：:、]")
#: Word's bookmark residue: "[bookmark: _GoBack]".
BOOKMARK = regex.compile(r"\[bookmark: [^\]]*\]")
#: A line that starts a paragraph of its own: a list item "- x", "* x", "1. x", a table row "| x |", a heading "## x".
ITEM_START = regex.compile(r"(?:[-*+•]|\d{1,3}[.)])\s|\||#{1,6}\s")
#: The bullet or number opening a list item, dropped from its context: "- " in "- Item one".
LIST_BULLET = regex.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
#: Conventions whose lines are whole paragraphs (a Word paragraph is one line of the export): no reaching over lines.
PARAGRAPH_PER_LINE = {"word"}
#: How far a context reads on either side of its marker, in characters.
MAX_REACH = 400
#: The longest context: a longer sentence is cut to the clause around the marker.
MAX_CONTEXT = 400


@dataclass(frozen=True)
class Linked:
    """Notes of a document plus the warnings that belong to no note (markers with no note)."""

    notes: tuple[Note, ...]
    warnings: tuple[str, ...]


def link(doc: Document, bodies: Sequence[NoteBody], markers: Sequence[Marker]) -> Linked:
    """Turn found bodies and markers into numbered, paged, linked notes with their context."""
    ordered = sorted(bodies, key=lambda b: (b.line, b.spans[0].start if b.spans else 0))
    pages = _pages(doc, ordered)
    marker_of: dict[int, Marker] = {}
    warnings: list[str] = []
    by_label: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, body in enumerate(ordered):
        by_label[(body.convention, body.label)].append(index)
    first_lines = {key: [ordered[i].line for i in indices] for key, indices in by_label.items()}
    for marker in sorted(markers, key=lambda m: (m.line, m.start)):
        key = (marker.convention, marker.label)
        index = _match(marker, by_label.get(key, []), first_lines.get(key, []), pages, marker_of)
        if index is None:
            warnings.append(f"{doc.name}:{marker.line}: marker {marker.label!r} has no note")
        else:
            marker_of.setdefault(index, marker)
    text = RunningText(doc, ordered, markers)
    notes = []
    for index, body in enumerate(ordered):
        marker = marker_of.get(index)
        note_warnings = list(body.warnings)
        same_label = by_label[(body.convention, body.label)]
        if body.convention not in PAGED and body.where == FOOTNOTE and same_label[0] != index:
            note_warnings.append(
                f"{doc.name}:{body.line}: note {body.label!r} is defined twice (first at line "
                f"{ordered[same_label[0]].line})"
            )
        if body.where == FOOTNOTE and marker is None:
            note_warnings.append(f"{doc.name}:{body.line}: note {body.label!r} has no marker in the text")
        notes.append(
            Note(
                doc=doc.name,
                seq=index + 1,
                label=body.label,
                page=pages.get(index),
                line=body.line,
                text=body.text,
                where=body.where,
                context=text.sentence(marker) if marker else "",
                warnings=tuple(note_warnings),
                italic=body.italic,
                links=body.links,
            )
        )
    return Linked(tuple(notes), tuple(warnings))


def _pages(doc: Document, bodies: Sequence[NoteBody]) -> dict[int, int]:
    """Page number of each line-based body, when the document uses page-restarting labels."""
    if not any(b.convention in PAGED for b in bodies):
        return {}
    pages: dict[int, int] = {}
    page, last_end = 0, None
    for index, body in enumerate(bodies):
        if body.convention not in LINE_BASED:
            continue
        between = doc.lines[last_end : body.line - 1] if last_end is not None else ("x",)
        if any(line.strip() for line in between):
            page += 1
        pages[index] = page
        last_end = body.end_line
    return pages


#: How many same-label notes on either side a marker may reach when its own page lacks its label.
NEARBY = 8


def _match(
    marker: Marker, candidates: list[int], lines: list[int], pages: dict[int, int], taken: dict[int, Marker]
) -> int | None:
    """Index of the body this marker points to among the bodies with its label (their first `lines`), or None.

    Labels restarting by page: the marker's page is that of the first note block after it, so prefer a free
    note with its label there, then the nearest free one. Bisecting keeps a long document linear.
    """
    if not candidates:
        return None
    if marker.convention not in PAGED:
        return next((i for i in candidates if i not in taken), candidates[0])
    position = bisect.bisect_right(lines, marker.line)
    if position < len(candidates):
        page = pages.get(candidates[position])
        for k in range(position, len(candidates)):
            index = candidates[k]
            if pages.get(index) != page:
                break
            if index not in taken:
                return index
    nearby = range(max(0, position - NEARBY), min(len(candidates), position + NEARBY))
    free = [k for k in nearby if candidates[k] not in taken]
    if free:
        return candidates[min(free, key=lambda k: abs(lines[k] - marker.line))]
    return candidates[position] if position < len(candidates) else None


def citing_sentences(
    doc: Document, markers: Sequence[Marker], bodies: Sequence[NoteBody] = (), others: Sequence[Marker] = ()
) -> list[str]:
    """The citing sentence of each of `markers`, for notes linked outside `link` (a structured reader's);
    `bodies` and `others` (further markers) are blanked out of the running text as `link` does."""
    text = RunningText(doc, bodies, (*markers, *others))
    return [text.sentence(marker) for marker in markers]


class RunningText:
    """The document's running text with note bodies and markers cut out, for finding the citing sentence.

    Every line is cut once (a body becomes one space, a marker nothing, so "甲^①乙^②。" reads "甲乙。"; a space
    after a full stop), and a
    context reads at most MAX_REACH characters on either side of its marker: a document of any layout costs
    time in proportion to its size, and a context is a sentence, or the clause around the marker when the
    sentence is longer than MAX_CONTEXT.
    """

    def __init__(self, doc: Document, bodies: Sequence[NoteBody], markers: Sequence[Marker]) -> None:
        cuts: dict[int, list[tuple[int, int, Marker | None]]] = defaultdict(list)
        for body in bodies:
            for span in body.spans:
                cuts[span.line].append((span.start, span.end, None))
        for marker in markers:
            cuts[marker.line].append((marker.start, marker.end, marker))
        self.doc = doc
        self.lines: dict[int, str] = {}
        self.columns: dict[tuple[int, int], int] = {}
        for number, line_cuts in cuts.items():
            self.lines[number] = self._cut(number, line_cuts)
        self._stripped: dict[int, str] = {}
        self._crossings: dict[tuple[int, int], tuple[int, bool, bool]] = {}

    def _cut(self, number: int, line_cuts: list[tuple[int, int, Marker | None]]) -> str:
        """Line `number` with its cuts taken out; records where each marker now stands."""
        line = self.doc.lines[number - 1]
        pieces: list[str] = []
        size = covered = 0
        for start, end, marker in sorted(line_cuts, key=lambda cut: (cut[0], cut[2] is not None)):
            if start > covered:
                pieces.append(line[covered:start])
                size += start - covered
            if marker is None and end > covered:
                pieces.append(" ")
                size += 1
            if marker is not None:
                if line[start - 1 : start] == "." and end > covered:
                    # "…为4.0%.[footnoteRef:39]虽然": the full stop still ends its sentence
                    pieces.append(" ")
                    size += 1
                self.columns[(number, marker.start)] = size
            covered = max(covered, end)
        pieces.append(line[covered:])
        return "".join(pieces)

    def _visible(self, number: int) -> str:
        """Line `number` as running text, stripped (computed once per line)."""
        stripped = self._stripped.get(number)
        if stripped is None:
            stripped = self._stripped[number] = self.lines.get(number, self.doc.lines[number - 1]).strip()
        return stripped

    def sentence(self, marker: Marker) -> str:
        """The sentence (or clause) that carries the marker, markers removed."""
        line, column = self.lines[marker.line], self.columns[(marker.line, marker.start)]
        alone = marker.convention in PARAGRAPH_PER_LINE
        before = line[max(0, column - MAX_REACH) : column]
        after = line[column : column + MAX_REACH]
        # a marker at the start or end of its line meets the next line's text at a line break
        at_break = not before.strip() or not after.strip()
        if not alone:
            before = self._reach(marker.line, before, step=-1)
        if _ends_sentence(before):
            # "…可能会追随强者。[footnoteRef:1]": the marker closes the sentence before it
            return self._clean(_clause(_last_sentence(before), "", at_break))
        if not alone:
            after = self._reach(marker.line, after, step=1)
        end = SENTENCE_END.search(after)
        tail = after[: end.end()] if end else after
        closers = CLOSING_RUN.match(after, len(tail))
        return self._clean(_clause(_last_sentence(before), tail + closers.group(), at_break))

    def _reach(self, number: int, text: str, step: int) -> str:
        """Extend `text` over neighbouring lines of the same paragraph until a sentence end, MAX_REACH at most.

        A paragraph goes on over a line break without a blank line, and over a page's notes (blank lines
        around a note block) when the text before them does not end a sentence; a list item, table row or
        heading starts a paragraph of its own.
        """
        count = len(self.doc.lines)
        n = number
        while len(text) < MAX_REACH and not _has_inner_end(text, step):
            if step < 0 and ITEM_START.match(self._visible(n)):
                break
            n, crossed_notes, saw_blank = self._cross(n + step, step)
            if not 1 <= n <= count or (saw_blank and not crossed_notes):
                break
            neighbour = self._visible(n)
            if step < 0 and (_ends_sentence(neighbour) or len(neighbour) < SHORT_LINE):
                break
            if step > 0 and ITEM_START.match(neighbour):
                break
            if step < 0:
                text = _glue(neighbour[-MAX_REACH:], text)
            else:
                text = _glue(text, neighbour[:MAX_REACH])
        return text

    def _cross(self, n: int, step: int) -> tuple[int, bool, bool]:
        """From line `n`, the first line with running text in direction `step`, and whether the lines crossed
        held notes / were blank (remembered, so markers beside one long note block cross it once in all)."""
        count = len(self.doc.lines)
        if not 1 <= n <= count or self._visible(n):
            return n, False, False
        key = (n, step)
        if key not in self._crossings:
            crossed_notes = saw_blank = False
            while 1 <= n <= count and not self._visible(n):
                blank = not self.doc.lines[n - 1].strip()
                crossed_notes |= not blank
                saw_blank |= blank
                n += step
            self._crossings[key] = (n, crossed_notes, saw_blank)
        return self._crossings[key]

    def _clean(self, text: str) -> str:
        text = BOOKMARK.sub("", text.replace("\x00", ""))
        return LIST_BULLET.sub("", collapse(_strip_markers(text)))


#: Any marker form, to remove from a context: "^①", "^{*}", "[footnoteRef:3]", "[^1]", "[3]".
ANY_MARKER = regex.compile(
    r"\^?[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\^\{[^{}\s]{1,8}\}|\[\[?footnoteRef:\d+\]\]?|\[\^[^\]\s]+\]"
    r"|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
)


#: A line shorter than this that ends without punctuation is a heading, not part of a paragraph.
SHORT_LINE = 40
#: A Latin letter or digit, to decide whether two joined lines need a space between them.
LATIN = regex.compile(r"[\p{Latin}\d,;:]")


def _glue(left: str, right: str) -> str:
    """Join two stretches of one paragraph; Chinese text joins without a space."""
    if left and right and (LATIN.match(left[-1]) or LATIN.match(right[0])):
        return left.rstrip() + " " + right.lstrip()
    return left + right


def _ends_sentence(text: str) -> bool:
    core = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(core) and bool(SENTENCE_END.match(core[-1]))


def _has_inner_end(text: str, step: int) -> bool:
    """Whether `text` holds a sentence end other than the one that closes it (looking back)."""
    core = text.rstrip().rstrip(CLOSERS).rstrip()
    if step < 0 and core and SENTENCE_END.match(core[-1]):
        core = core[:-1]
    return bool(SENTENCE_END.search(core))


def _clause(head: str, tail: str, at_break: bool) -> str:
    """`head + tail` (the sentence before and after the marker, glued as two lines when the marker stands at a
    line break), or when that is longer than MAX_CONTEXT, the clause around the marker, MAX_CONTEXT at most."""
    join = _glue if at_break else str.__add__
    if len(head) + len(tail) <= MAX_CONTEXT:
        return join(head, tail)
    last = last_match(CLAUSE_END, head)
    if last:
        head = head[last.end() :]
    first = CLAUSE_END.search(tail)
    if first:
        tail = tail[: first.end()]
    half = MAX_CONTEXT // 2
    return join(head[-max(half, MAX_CONTEXT - len(tail)) :], tail[: max(half, MAX_CONTEXT - len(head))])[:MAX_CONTEXT]


def _strip_markers(text: str) -> str:
    return ANY_MARKER.sub("", text)


def _last_sentence(text: str) -> str:
    """The last sentence of `text`, including its end mark, or the whole fragment after the last one."""
    body = text.rstrip()
    trailing = len(body) - len(body.rstrip(CLOSERS))
    search_in = body[: len(body) - trailing] if trailing else body
    # drop the sentence's own end mark before looking for the previous one
    if search_in and SENTENCE_END.match(search_in[-1]):
        search_in = search_in[:-1]
    last = last_match(SENTENCE_END, search_in)
    start = last.end() if last else 0
    while start < len(body) and body[start] in CLOSERS:
        start += 1
    return body[start:]
