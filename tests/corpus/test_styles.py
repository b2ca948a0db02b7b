"""The style rewriter and marker decoding: labels by construction land on the characters the style printed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.corpus.html import read_rendering
from tools.corpus.record import Segment, build_record
from tools.corpus.render import (
    BACK_REFERENCE,
    IBID_WORDS,
    TYPE_CODE,
    choose_styles,
    label_appended_locator,
    label_in_other,
    read_style,
)
from tools.corpus.split import split_styles, style_group
from tools.corpus.styles import CLOSE, OPEN, decode_markers, rewrite_style

TINY_STYLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "tiny-style.csl"
ITEMS = [
    {"id": "a", "type": "chapter", "author": [{"family": "Lee", "given": "Kim"}], "title": "Big Book",
     "editor": [{"family": "Ray", "given": "Ann"}], "translator": [{"family": "Ng", "given": "Bo"}],
     "container-title": "Collected Things", "page": "12-15", "issued": {"date-parts": [[2001]]}},
    {"id": "b", "type": "book", "editor": [{"family": "Wu", "given": "Tao"}], "title": "Edited Volume",
     "issued": {"date-parts": [[1999]]}},
]


def fenced(label: str, text: str) -> str:
    return OPEN[label] + text + CLOSE[label]


def fields(record: dict) -> list[tuple[str, str]]:
    return [(label, record["text"][s:e]) for s, e, label in record["spans"]]


def record_of(pieces, punctuation_in_quote=False) -> dict:
    segments = decode_markers(pieces, punctuation_in_quote)
    return build_record(segments, id="t", source="csl", style="t", form="bibliography", lang="en", trim="light")


def test_the_innermost_fence_wins_and_a_names_label_is_other():
    marked = fenced("author", fenced("editor", "Wu, T.")) + ", " + fenced("editor", "A. Ray" + fenced("other", " (ed.)"))
    assert fields(record_of([(marked, False)])) == [("editor", "Wu, T."), ("editor", "A. Ray")]


def test_a_field_split_by_italics_is_one_span_and_a_reopened_fence_continues_it():
    marked = fenced("title", "On ") + "x"
    pieces = [(OPEN["title"] + "Big ", False), ("Book", True), (CLOSE["title"] + ", ", False),
              (fenced("date", "2001") + fenced("date", "a"), False)]
    record = record_of(pieces)
    assert record["text"] == "Big Book, 2001a"
    assert fields(record) == [("title", "Big Book"), ("date", "2001a")]
    assert record["italic"] == [[4, 8]]
    assert fields(record_of([(marked, False)])) == [("title", "On")]


def test_punctuation_doubled_across_a_marker_is_printed_once_and_moves_into_quotes_when_the_locale_wants():
    names = fenced("author", "Dunn, S.") + ". " + fenced("title", "“Rethinking Trade”") + ", 2008."
    plain = record_of([(names, False)])
    assert plain["text"] == "Dunn, S. “Rethinking Trade”, 2008."
    american = record_of([(names, False)], punctuation_in_quote=True)
    assert american["text"] == "Dunn, S. “Rethinking Trade,” 2008."
    assert fields(american) == [("author", "Dunn, S."), ("title", "Rethinking Trade")]
    last = record_of([(fenced("title", "“Trade”") + ", " + fenced("title", "“Rethinking”") + ".", False)], True)
    assert last["text"] == "“Trade,” “Rethinking.”"
    ended = record_of([(fenced("title", "“Trade”") + ",.", False)], True)
    assert ended["text"] == "“Trade,”"


@pytest.fixture
def pandoc() -> str:
    pypandoc = pytest.importorskip("pypandoc")
    path = pypandoc.get_pandoc_path()
    if not path or not shutil.which(path):
        pytest.skip("pandoc (pypandoc-binary) is not installed")
    return path


def test_a_rewritten_style_labels_what_pandoc_prints(tmp_path, pandoc):
    style = tmp_path / "tiny.csl"
    style.write_bytes(rewrite_style(TINY_STYLE.read_bytes()))
    items = tmp_path / "items.json"
    items.write_text(json.dumps(ITEMS), encoding="utf-8")
    html = subprocess.run(
        [pandoc, "-f", "markdown", "-t", "html", "--citeproc", "--csl", str(style), "--bibliography", str(items)],
        input="---\nnocite: '[@*]'\n---\n", capture_output=True, text=True, check=True,
    ).stdout
    entries, notes = read_rendering(html)
    assert notes == []
    chapter, book = record_of(entries["a"]), record_of(entries["b"])
    assert chapter["text"] == "[1] Lee, K., (2001), ‘Big Book’, in A. Ray (ed.), B. Ng (trans.), Collected Things, pp. 12–15."
    assert fields(chapter) == [
        ("citation-number", "[1]"),
        ("author", "Lee, K."),
        ("date", "2001"),
        ("title", "Big Book"),
        ("editor", "A. Ray"),
        ("translator", "B. Ng"),
        ("container-title", "Collected Things"),
        ("page", "12–15"),
    ]
    start = chapter["text"].index("Collected")
    assert chapter["italic"] == [[start, start + len("Collected Things")]]
    assert fields(book)[1] == ("editor", "Wu, T.")  # the editor standing in for the missing author


def test_gbt_type_codes_are_genre_and_a_locator_pandoc_appended_is_labelled():
    segments = [Segment("王", "author"), Segment(". "), Segment("书名", "title"), Segment("[M]. "),
                Segment("北京", "publisher-place"), Segment(", chap. 3.")]
    labelled = label_in_other(label_appended_locator(segments, "chap. 3"), TYPE_CODE, "genre")
    record = build_record(labelled, id="t", source="csl", style="t", form="note", lang="zh", trim="light")
    assert record["text"] == "王. 书名[M]. 北京, chap. 3."
    assert fields(record) == [("author", "王"), ("title", "书名"), ("genre", "[M]"), ("publisher-place", "北京"),
                              ("locator", "3")]
    assert label_in_other([Segment("[12] ")], TYPE_CODE, "genre") == [Segment("[12] ")]


def test_styles_are_split_with_their_near_copies_and_the_heldout_styles_are_test():
    styles = [{"id": i, "family": "note", "locale": "en-US"} for i in (
        "chicago-fullnote-bibliography", "chicago-fullnote-bibliography-with-ibid", "oscola", "oscola-no-ibid",
        "journal-of-a", "journal-of-b", "harvard-x", "elsevier-harvard", "modern-language-association",
        "modern-language-association-7th-edition")]
    split = split_styles(styles)
    assert {"chicago-fullnote-bibliography-with-ibid", "oscola-no-ibid"} <= set(split["test"])
    assert style_group("harvard-x") == style_group("elsevier-harvard") == "harvard"
    assert style_group("journal-of-a") != style_group("journal-of-b")
    ids = frozenset(s["id"] for s in styles)
    assert style_group("modern-language-association-7th-edition", ids) == "modern-language-association"
    assert ("modern-language-association" in split["test"]) == ("modern-language-association-7th-edition" in split["test"])
    assert sorted(split["train"] + split["test"]) == sorted(s["id"] for s in styles)


@pytest.mark.parametrize(
    ("printed", "label", "field"),
    [
        ("«\u00a0Le titre\u00a0»", "title", "Le titre"),
        ("„Der Titel“", "title", "Der Titel"),
        ("“A Title,”", "title", "A Title"),
        ("(1989)", "date", "1989"),
        (". 2013", "date", "2013"),
        ("1991.", "date", "1991"),
        ("consulté le 20 mars 2023", "accessed", "20 mars 2023"),
        ("Lee, K.", "author", "Lee, K."),
        ("“一带一路”建设研究", "title", "“一带一路”建设研究"),
    ],
)
def test_a_fenced_field_loses_only_what_the_style_put_inside_its_fence(printed, label, field):
    record = record_of([("See " + fenced(label, printed) + " here", False)])
    assert fields(record) == [(label, field)]


def test_a_fence_around_nothing_but_punctuation_is_no_field():
    record = record_of([(fenced("title", "Big") + " " + fenced("author", "(") + "x" + fenced("author", ")"), False)])
    assert fields(record) == [("title", "Big")]


def test_styles_are_chosen_independent_only_with_every_note_and_popular_style(tmp_path):
    tiny = TINY_STYLE.read_text(encoding="utf-8")
    (tmp_path / "apa.csl").write_text(tiny, encoding="utf-8")
    (tmp_path / "some-journal.csl").write_text(tiny, encoding="utf-8")
    (tmp_path / "a-note-style.csl").write_text(
        tiny.replace("<title>", '<category citation-format="note"/><title>'), encoding="utf-8")
    (tmp_path / "an-alias.csl").write_text(
        tiny.replace("<title>", '<link href="http://www.zotero.org/styles/apa" rel="independent-parent"/><title>'),
        encoding="utf-8")
    styles = [s for s in map(read_style, sorted(tmp_path.glob("*.csl"))) if s]
    assert [s.id for s in styles] == ["a-note-style", "apa", "some-journal"]
    assert [s.family for s in styles] == ["note", "author-date", "author-date"]
    assert [s.id for s in choose_styles(styles, 1)] == ["a-note-style", "apa"]
    assert styles[1].locale == "en-GB" and not styles[1].punctuation_in_quote


def test_ibid_words_a_style_prints_as_text_are_ibid_and_op_cit_is_note():
    segments = [Segment("A.g.e., s. "), Segment("41", "locator")]
    assert label_in_other(segments, IBID_WORDS, "ibid")[0] == Segment("A.g.e.", "ibid")
    later = [Segment("Hughes", "author"), Segment(", op. cit., p. "), Segment("18", "locator")]
    assert [s.text for s in label_in_other(later, BACK_REFERENCE, "note") if s.label == "note"] == ["op. cit."]
    assert label_in_other([Segment("Idaho, ibidem")], IBID_WORDS, "ibid")[1] == Segment("ibidem", "ibid")
