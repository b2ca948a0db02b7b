"""Italics and links of a structured document's lines reach the notes and reference-list entries the text
finders read from them (notes/styled.py)."""

from cite.model import BODY, Document, Link, NoteBody, Span
from cite.notes import find_notes
from cite.notes.styled import with_line_styles

TITLE = "Water, Power and Borders: Essays"
ENTRY = f"Hartley, Emma. {TITLE}. London: Polity, 2019."
URL = "https://example.org/roe"


def _doc(lines: list[str], italic: dict[int, tuple], links: dict[int, tuple] | None = None) -> Document:
    """A Document as a structured reader makes it: `italic`/`links` keyed by 0-based line."""
    return Document(
        "t.docx",
        "t.docx",
        tuple(lines),
        line_italic=tuple(italic.get(n, ()) for n in range(len(lines))),
        line_links=tuple((links or {}).get(n, ()) for n in range(len(lines))),
        paragraph_lines=True,
    )


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_a_reference_list_entry_keeps_its_italic_title_and_is_parsed_with_it() -> None:
    doc = _doc(["Essay.", "", "Bibliography", "", ENTRY], {4: (_span(ENTRY, TITLE),)})
    (entry,) = find_notes(doc).notes
    assert entry.where == BODY and entry.text == ENTRY
    assert [entry.text[s:e] for s, e in entry.italic] == [TITLE]


def test_a_numbered_entry_loses_its_label_and_keeps_its_italics_and_link() -> None:
    line = f"[1]  Roe, Jane. *Steppe Roads*. Online:  {URL}"
    plain = line.replace("*", "")
    links = {4: (Link(*_span(plain, "Online"), URL),)}
    doc = _doc(["Essay.", "", "References", "", plain], {4: (_span(plain, "Steppe Roads"),)}, links)
    (entry,) = find_notes(doc).notes
    assert entry.text == "Roe, Jane. Steppe Roads. Online: " + URL  # label gone, spaces folded
    assert [entry.text[s:e] for s, e in entry.italic] == ["Steppe Roads"]
    assert [(entry.text[link.start : link.end], link.target) for link in entry.links] == [("Online", URL)]


def test_an_italic_stretch_wrapped_over_two_lines_stays_one() -> None:
    lines = ["Hartley, Emma. Water, Power", "and Borders: Essays. London: Polity, 2019."]
    italic = {0: (_span(lines[0], "Water, Power"),), 1: (_span(lines[1], "and Borders: Essays"),)}
    body = NoteBody("", 1, 2, ENTRY, "endnote", BODY, (Span(1, 0, len(lines[0])), Span(2, 0, len(lines[1]))))
    styled = with_line_styles(_doc(lines, italic), body)
    assert [styled.text[s:e] for s, e in styled.italic] == [TITLE]


def test_a_body_whose_text_is_not_its_lines_text_is_left_alone() -> None:
    lines = ["Hartley, Emma. Water."]
    body = NoteBody("", 1, 1, "Something else.", "endnote", BODY, (Span(1, 0, len(lines[0])),))
    assert with_line_styles(_doc(lines, {0: ((15, 20),)}), body) is body
