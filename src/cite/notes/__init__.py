"""Finding notes: one finder per convention, run in order, then linking.

Each finder sees the lines earlier finders claimed as note bodies and leaves them alone, so a
document mixing conventions (a `^{*}` note among circled numbers) is read once, correctly.
"""

from __future__ import annotations

from collections.abc import Callable

from cite.model import Document, Found, Marker, NoteBody
from cite.notes import circled, endnotes, markdown, sources, structured, superscript, word
from cite.notes.link import Linked, link
from cite.notes.styled import with_line_styles

Finder = Callable[[Document, frozenset[int]], Found]

#: Finders in the order they run: exact markup first, loose numbered lists and source lines last.
FINDERS: tuple[tuple[str, Finder], ...] = (
    (word.NAME, word.find),
    (markdown.NAME, markdown.find),
    (superscript.NAME, superscript.find),
    (circled.NAME, circled.find),
    (endnotes.NAME, endnotes.find),
    (sources.NAME, sources.find),
)


def find_notes(doc: Document) -> Linked:
    """All notes of a document, linked to their markers: the finders' and those a structured reader gave."""
    bodies, markers = find_bodies_and_markers(doc)
    linked = link(doc, bodies, markers)
    return structured.merge(doc, linked, bodies, markers) if doc.notes or doc.markers else linked


def find_bodies_and_markers(doc: Document) -> tuple[list[NoteBody], list[Marker]]:
    """What every finder sees in a document, before linking (the benchmark times the two apart)."""
    bodies: list[NoteBody] = []
    markers: list[Marker] = []
    claimed: set[int] = set()
    for _, finder in FINDERS:
        found = finder(doc, frozenset(claimed))
        bodies.extend(with_line_styles(doc, body) for body in found.bodies)
        markers.extend(found.markers)
        claimed.update(span.line for body in found.bodies for span in body.spans if _whole_line(doc, span))
    return bodies, markers


def _whole_line(doc: Document, span) -> bool:
    return span.start == 0 and span.end >= len(doc.lines[span.line - 1].rstrip())
