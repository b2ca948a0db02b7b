"""Circled-number footnotes: `^①` markers in the text, `①`/`^①` bodies at the start of a line.

Chinese journals number notes ①②③ afresh on every printed page, so labels repeat; the linker
groups bodies into pages (blocks of note lines separated only by blank lines) to pair them.
Line-start circled numbers count as notes only in a document where some block of them is marked as
notes (a leading `^`, or circled markers in the text before it), so an enumerated list `①…；②…` in a
document without circled notes is left alone.
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

#: Any circled number anywhere, to skip documents without them at once.
ANY_CIRCLED = regex.compile(CIRCLED)
#: A marker inside the text: "…道路”^①。" or "…力量①，".
MARKER = regex.compile(rf"\^?(?P<label>{CIRCLED})")


def find(doc: Document, claimed: frozenset[int]) -> Found:
    """Find circled-number note bodies and markers in a document."""
    lines = doc.lines
    if not ANY_CIRCLED.search("\n".join(lines)):
        return Found()  # most documents: one scan instead of a match per line
    candidates = [n for n, line in enumerate(lines, 1) if n not in claimed and BODY_LINE.match(line)]
    if not candidates:
        return Found()
    blocks = _blocks(lines, candidates)
    previous_ends = [0, *(block[-1][1] for block in blocks[:-1])]
    if not any(_is_marked(lines, claimed, block, after) for block, after in zip(blocks, previous_ends, strict=True)):
        return Found()
    # the document uses circled notes: a page whose text lacks markers still has notes (reported unlinked)
    bodies = [_body(lines, start, end) for block in blocks for start, end in block]
    return Found(tuple(bodies), markers_outside(doc, claimed, bodies, MARKER, NAME))


def _is_marked(lines: tuple[str, ...], claimed: frozenset[int], block: list[tuple[int, int]], after: int) -> bool:
    """A block is surely notes if a body carries a caret or the text since the previous block has markers."""
    if any(BODY_LINE.match(lines[start - 1])["caret"] for start, _ in block):
        return True
    return any(MARKER.search(lines[n - 1]) for n in range(after + 1, block[0][0]) if n not in claimed)


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
