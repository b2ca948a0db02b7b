"""Property-based fuzzing of the pipeline on hostile text: random Unicode with note markers, brackets and
truncated note bodies of every convention.

For any such document `extract_document` does not raise; every note body a finder detects comes out as a note;
`seq` runs 1..n; every note's `text` is in the source once whitespace is folded. `make test` runs a bounded,
derandomised number of examples; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs many more with fresh randomness.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cite.notes
from cite.model import Document
from cite.pipeline import extract_document
from cite.readers import ReadError
from cite.readers.text import from_bytes

settings.register_profile(
    "default", max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

#: Characters the note conventions are made of, mixed into the random text so that it collides with them.
SYNTAX = "^[]{}()【】<>/:：.。,，;；*-–—_|#!" + "①②③④⑤⑥⑦⑧⑨⑩" + "¹²³⁴⁵" + "0123456789" + " \t\u3000"
#: Words of the scripts the tool reads, and a few that make trouble (RTL, combining marks, emoji, NUL).
WORDS = [
    "王凯",
    "外交",
    "Ibid.",
    "同上",
    "Safranchuk",
    "Қазақстан",
    "Россия",
    "שלום",
    "é",
    "e\u0301",
    "🙂",
    "\x00",
    "2019",
    "第4期",
    "pp. 116–133",
    "https://e.x/1",
    "《题名》",
    "“标题”",
    "[D]",
    "[J]",
    "Notes",
    "注释",
]

fragment = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
    st.text(alphabet=SYNTAX, max_size=6),
    st.sampled_from(WORDS),
)
phrase = st.lists(fragment, max_size=6).map("".join)
label = st.one_of(st.integers(0, 30).map(str), st.sampled_from(["*", "a", "note", "①", "⑩"]))
circled = st.sampled_from("①②③④⑤⑥⑦⑧⑨⑩")

#: A body line with a marker of some convention inside it.
marked = st.builds(
    lambda before, marker, after: before + marker + after,
    phrase,
    st.one_of(
        circled.map(lambda c: "^" + c),
        circled,
        label.map(lambda x: "^{" + x + "}"),
        label.map(lambda x: f"[footnoteRef:{x}]"),
        label.map(lambda x: f"[[footnoteRef:{x}]]"),
        label.map(lambda x: f"[^{x}]"),
        label.map(lambda x: f"[{x}]"),
        st.sampled_from(["¹", "²³", "<sup>1</sup>", "[1-3]"]),
    ),
    phrase,
)
#: A note body line of some convention.
body = st.builds(
    lambda head, text: head + text,
    st.one_of(
        circled,
        circled.map(lambda c: "^" + c),
        label.map(lambda x: "^{" + x + "} "),
        label.map(lambda x: f"[{x}:  "),
        label.map(lambda x: f"[{x}: [] "),
        label.map(lambda x: f"[^{x}]: "),
        label.map(lambda x: f"[{x}] "),
        label.map(lambda x: f"{x}. "),
        label.map(lambda x: f"({x}) "),
        st.sampled_from(["【来源】", "资料来源：", "Source: ", "    ", ""]),
    ),
    phrase.map(lambda t: t + "]") | phrase,
)
heading = st.sampled_from(["注释", "Notes", "Endnotes", "参考文献", "References", "---", "", ""])
line = st.one_of(phrase, marked, body, heading)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Lines of the kinds above, the whole text possibly cut at any point (a truncated note)."""
    text = "\n".join(draw(st.lists(line, max_size=25)))
    if text and draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return Document(path="fuzz.txt", name="fuzz.txt", lines=tuple(text.split("\n")))


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def detected(monkeypatch: pytest.MonkeyPatch) -> list:
    """The note bodies the finders hand to linking, recorded as `find_notes` passes them on."""
    seen: list = []
    real_link = cite.notes.link

    def recording_link(doc, bodies, *rest):
        seen[:] = list(bodies)
        return real_link(doc, bodies, *rest)

    monkeypatch.setattr(cite.notes, "link", recording_link)
    return seen


@given(doc=documents())
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extraction_keeps_every_detected_note_and_only_source_text(doc: Document, detected: list) -> None:
    extraction = extract_document(doc)  # does not raise
    notes = extraction.notes
    assert [n.seq for n in notes] == list(range(1, len(notes) + 1))
    source = _fold("\n".join(doc.lines))
    for note in notes:
        assert _fold(note.text) in source, note
    texts = [_fold(n.text) for n in notes]
    for found in detected:
        assert _fold(found.text) in texts, found
    assert len(notes) >= len(detected)


@given(data=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-16")))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        doc = from_bytes(data, "fuzz.bin", "fuzz.bin")
    except ReadError:
        return
    extract_document(doc)
