"""Circled-number footnotes: `^①` markers in the text, `①`/`^①` bodies at the start of a line.

Chinese journals number notes ①②③ afresh on every printed page, so labels repeat; the linker
groups bodies into pages (blocks of note lines separated only by blank lines) to pair them.
A run of line-start circled numbers counts as notes only if it is marked as such (a leading `^`)
or its page's text carries circled markers, so an enumerated list `①…；②…` in the text is left alone.
"""

from __future__ import annotations

import regex

from cite.model import Document, Found, NoteBody
from cite.notes.lines import markers_outside, whole_lines
from cite.notes.text import is_blank, join_lines

NAME = "circled"

#: One circled number: ①-⑳ (U+2460-2473), ㉑-㉟ (U+3251-325F), ㊱-㊿ (U+32B1-32BF), ❶-❿, ➀-➉.
CIRCLED = r"[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f\u2780-\u2789]"

#: A note body line: "① “Title”. <https://…>" or "^① 王琛：《…》".
BODY_LINE = regex.compile(rf"^[ \t\u3000]*(?P<caret>\^?)(?P<label>{CIRCLED})[ \t\u3000]*(?P<text>\S.*)$")

#: A marker inside the text: "…道路”^①。" or "…力量①，".
MARKER = regex.compile(rf"\^?(?P<label>{CIRCLED})")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find circled-number note bodies and markers in a document."""
    lines = doc.lines
    candidates = [n for n, line in enumerate(lines, 1) if n not in claimed and BODY_LINE.match(line)]
    if not candidates:
        return Found()
    blocks = _blocks(lines, candidates)
    bodies: list[NoteBody] = []
    previous_end = 0
    for block in blocks:
        segment = range(previous_end + 1, block[0][0])
        marked = any(BODY_LINE.match(lines[start - 1])["caret"] for start, _ in block)
        if marked or any(MARKER.search(lines[n - 1]) for n in segment if n not in claimed):
            bodies.extend(_body(lines, start, end) for start, end in block)
            previous_end = block[-1][1]
    return Found(tuple(bodies), markers_outside(doc, claimed, bodies, MARKER, NAME) if bodies else ())


def _blocks(lines: tuple[str, ...], candidates: list[int]) -> list[list[tuple[int, int]]]:
    """Group note lines into blocks: (start, end) ranges separated only by blank lines.

    A body continues on the following non-blank lines that start no other note (a wrapped note).
    """
    blocks: list[list[tuple[int, int]]] = []
    starts = set(candidates)
    last_end = -1
    for start in candidates:
        if start <= last_end:
            continue
        end = start
        while end < len(lines) and not is_blank(lines[end]) and end + 1 not in starts:
            end += 1
        between = lines[last_end : start - 1] if last_end > 0 else None
        if between is not None and all(is_blank(x) for x in between):
            blocks[-1].append((start, end))
        else:
            blocks.append([(start, end)])
        last_end = end
    return blocks


def _body(lines: tuple[str, ...], start: int, end: int) -> NoteBody:
    first = BODY_LINE.match(lines[start - 1])
    text = join_lines([first["text"], *lines[start:end]])
    return NoteBody(first["label"], start, end, text, NAME, spans=whole_lines(lines, start, end))
