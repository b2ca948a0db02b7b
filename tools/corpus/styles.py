"""Label CSL renderings by construction: rewrite a style so every field it prints is fenced by marker characters.

Every `<text>`, `<number>`, `<date>` and `<names>` element that prints a variable gets private-use marker
characters at the inner edge of its own affixes (prefix + OPEN[label], CLOSE[label] + suffix), so the
style's own "pp. ", "(" and ")" stay outside the field, and the quotes it puts around a title are trimmed
later (record.py). A `<label>` inside `<names>` ("ed.", "trans.", "编") is fenced as "other", the `ibid`
term as "ibid"; the citation number keeps its brackets ("[3]"), so its markers sit outside its affixes.
Markers nest (a title that substitutes for an author is inside the author's fence): the innermost wins.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

from tools.corpus.record import LABELS, Segment

CSL_NS = "http://purl.org/net/xbiblio/csl"
OTHER = "other"
MARKER_LABELS = [*sorted(LABELS), OTHER]
OPEN = {label: chr(0xE000 + i) for i, label in enumerate(MARKER_LABELS)}
CLOSE = {label: chr(0xE100 + i) for i, label in enumerate(MARKER_LABELS)}
MARKER_OF = {c: (label, True) for label, c in OPEN.items()} | {c: (label, False) for label, c in CLOSE.items()}

# CSL variables -> our labels; any other variable a style prints (number, medium, archive ...) is "note"
VARIABLE_LABELS = {
    "author": "author",
    "composer": "author",
    "director": "author",
    "interviewer": "author",
    "original-author": "author",
    "editor": "editor",
    "collection-editor": "editor",
    "editorial-director": "editor",
    "container-author": "author",
    "editortranslator": "editor",
    "translator": "translator",
    "title": "title",
    "title-short": "title",
    "container-title": "container-title",
    "container-title-short": "container-title",
    "collection-title": "collection-title",
    "collection-number": "collection-title",
    "edition": "edition",
    "publisher": "publisher",
    "publisher-place": "publisher-place",
    "event-place": "publisher-place",
    "issued": "date",
    "year-suffix": "date",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "page-first": "page",
    "locator": "locator",
    "genre": "genre",
    "URL": "url",
    "DOI": "doi",
    "accessed": "accessed",
    "citation-number": "citation-number",
    "citation-label": "citation-number",
}
FENCED = {"text", "number", "date", "names"}
CLOSING_MARKERS = frozenset(CLOSE.values())
CLOSING_QUOTES = "”’"
DOUBLED = ".,"  # a full stop or comma printed twice across a marker is printed once


def variable_label(variables: str) -> str:
    """The label of an element printing `variables` ("editor translator" -> the first one's)."""
    return VARIABLE_LABELS.get(variables.split()[0], "note")


def _fence(element: ET.Element, label: str, *, outside: bool = False) -> None:
    prefix, suffix = element.get("prefix", ""), element.get("suffix", "")
    if outside:  # a group around the element would do the same: its affixes are inside the fence
        element.set("prefix", OPEN[label] + prefix)
        element.set("suffix", suffix + CLOSE[label])
    else:
        element.set("prefix", prefix + OPEN[label])
        element.set("suffix", CLOSE[label] + suffix)


def _split_names(root: ET.Element) -> None:
    """`<names variable="editor translator">` -> a group of one `<names>` per variable, so each list gets its
    own label (the editor-and-translator merge of identical lists is lost; a names with a substitute stays)."""
    for parent in list(root.iter()):
        for index, names in enumerate(list(parent)):
            variables = (names.get("variable") or "").split()
            if names.tag != f"{{{CSL_NS}}}names" or len(variables) < 2 or names.find(f"{{{CSL_NS}}}substitute") is not None:
                continue
            group = ET.Element(f"{{{CSL_NS}}}group", {k: names.get(k) for k in ("prefix", "suffix") if names.get(k)})
            group.set("delimiter", names.get("delimiter", ""))  # pandoc's default between the lists
            for variable in variables:
                single = copy.deepcopy(names)
                single.set("variable", variable)
                for k in ("prefix", "suffix", "delimiter"):
                    single.attrib.pop(k, None)
                group.append(single)
            parent.remove(names)
            parent.insert(index, group)


def rewrite_style(xml: bytes) -> bytes:
    """The style with every printed variable fenced by its label's markers."""
    ET.register_namespace("", CSL_NS)
    root = ET.fromstring(xml)
    _split_names(root)
    parent_of = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in FENCED and element.get("variable"):
            label = variable_label(element.get("variable"))
            _fence(element, label, outside=label == "citation-number")
        elif tag == "text" and element.get("term") == "ibid":
            _fence(element, "ibid")
        elif tag == "label" and parent_of.get(element) is not None and parent_of[element].tag.endswith("}names"):
            _fence(element, OTHER, outside=True)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def decode_markers(pieces: list[tuple[str, bool]], punctuation_in_quote: bool = False) -> list[Segment]:
    """Segments of a rendering whose text carries markers; pieces are the (text, italic) runs of the HTML.

    Each fence is one field (its italic and roman runs share a field id); a fence that closes and
    reopens with the same label at once ("2001" + year-suffix "a") continues the same field. Two things
    citeproc would have done but the markers kept it from are redone: a full stop or comma after a closing
    quote moves inside it when the locale wants that (“Title,”), and a doubled full stop or comma across
    a marker ("et al.⟩." ) is printed once."""
    chars = [(c, italic) for text, italic in pieces for c in text]
    if punctuation_in_quote:
        _move_punctuation_into_quotes(chars)
    segments: list[Segment] = []
    stack: list[tuple[str, int]] = []  # open fences: (label, field id)
    fields = 0
    just_closed: tuple[str, int] | None = None  # the fence closed with no character printed since
    previous, crossed_marker = "", False
    for char, italic in chars:
        marker = MARKER_OF.get(char)
        if marker is None:
            if crossed_marker and char in DOUBLED and (previous == char or (previous in "?!" and char == ".")):
                continue
            previous, crossed_marker, just_closed = char, False, None
            label, field = stack[-1] if stack else (OTHER, -1)
            if label == OTHER:
                label, field = None, None
            last = segments[-1] if segments else None
            if last and (last.label, last.italic, last.field) == (label, italic, field):
                segments[-1] = Segment(last.text + char, label, italic, field)
            else:
                segments.append(Segment(char, label, italic, field))
            continue
        crossed_marker = True
        label, opening = marker
        if opening:
            if just_closed and just_closed[0] == label:
                stack.append(just_closed)
            else:
                fields += 1
                stack.append((label, fields))
            just_closed = None
        elif stack:
            just_closed = stack.pop()
    return segments


def _move_punctuation_into_quotes(chars: list[tuple[str, bool]]) -> None:
    """“Title”⟩, -> “Title,”⟩ in place (the quote, then only closing markers, then a comma or full stop)."""
    for i, (char, _) in enumerate(chars):
        if char not in ",." or i == 0:
            continue
        j = i - 1
        while j > 0 and chars[j][0] in CLOSING_MARKERS:
            j -= 1
        if j < i - 1 and chars[j][0] in CLOSING_QUOTES:
            if j > 0 and chars[j - 1][0] in ",.!?":  # “Title,” and a full stop after it: citeproc prints one
                chars[i] = ("", chars[i][1])
            else:
                chars[j : i + 1] = [chars[i], chars[j], *chars[j + 1 : i]]
    chars[:] = [c for c in chars if c[0]]
