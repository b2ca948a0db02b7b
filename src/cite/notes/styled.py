"""Italics and links of the lines a text finder read a body from, moved into the body's text.

A structured reader gives each line's italics and link targets (`Document.line_italic`, `line_links`); a finder
that reads a reference-list entry or a numbered note from those lines builds its text by dropping a label and
folding whitespace. The body's characters other than whitespace are then one run of the lines' characters other
than whitespace, so each of them takes the italics and link of the character it came from, and the parser sees
an entry's `*Title*` as it sees a note's.
"""

from __future__ import annotations

from dataclasses import replace

from cite.model import Document, Italic, Link, NoteBody

#: What a character of a line carries: whether it is italic, and the link target it belongs to ("" none).
Style = tuple[bool, str]
PLAIN: Style = (False, "")


def with_line_styles(doc: Document, body: NoteBody) -> NoteBody:
    """The body with the italics and links of its lines (unchanged where its lines have none, or where its text
    is not the lines' text less a label and whitespace)."""
    if body.italic or body.links or not body.spans or not (doc.line_italic or doc.line_links):
        return body
    source: list[str] = []
    styles: list[Style] = []
    for span in body.spans:
        line_styles = _line_styles(doc, span.line - 1)
        for index in range(span.start, min(span.end, len(doc.lines[span.line - 1]))):
            char = doc.lines[span.line - 1][index]
            if not char.isspace():
                source.append(char)
                styles.append(line_styles[index])
    if not any(style != PLAIN for style in styles):
        return body
    kept = [index for index, char in enumerate(body.text) if not char.isspace()]
    at = "".join(source).find("".join(body.text[index] for index in kept))
    if at < 0 or not kept:
        return body
    of_char = [PLAIN] * len(body.text)
    for offset, index in enumerate(kept):
        of_char[index] = styles[at + offset]
    for index, char in enumerate(body.text):  # a space inside one italic stretch or one link belongs to it
        if char.isspace() and 0 < index < len(body.text) - 1:
            before, after = of_char[index - 1], of_char[index + 1]
            of_char[index] = (before[0] and after[0], before[1] if before[1] == after[1] else "")
    return replace(body, italic=_stretches([style[0] for style in of_char]), links=_links(of_char))


def _line_styles(doc: Document, index: int) -> list[Style]:
    """Each character's style on one line (0-based `index`)."""
    italic = doc.line_italic[index] if index < len(doc.line_italic) else ()
    links = doc.line_links[index] if index < len(doc.line_links) else ()
    styles = [PLAIN] * len(doc.lines[index])
    for start, end in italic:
        for k in range(start, min(end, len(styles))):
            styles[k] = (True, styles[k][1])
    for link in links:
        for k in range(link.start, min(link.end, len(styles))):
            styles[k] = (styles[k][0], link.target)
    return styles


def _stretches(flags: list[bool]) -> tuple[Italic, ...]:
    """[start, end) of each run of True: [F, T, T, F, T] -> (1, 3), (4, 5)."""
    spans: list[Italic] = []
    for index, flag in enumerate(flags):
        if flag and spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        elif flag:
            spans.append((index, index + 1))
    return tuple(spans)


def _links(styles: list[Style]) -> tuple[Link, ...]:
    """One `Link` per run of characters of one target."""
    links: list[Link] = []
    for index, (_, target) in enumerate(styles):
        if not target:
            continue
        if links and links[-1].end == index and links[-1].target == target:
            links[-1] = replace(links[-1], end=index + 1)
        else:
            links.append(Link(index, index + 1, target))
    return tuple(links)
