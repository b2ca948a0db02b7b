"""The seeds against the gold table a person built by reading them (tests/gold/seeds.jsonl)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from cite.pipeline import extract_paths
from tests.conftest import ROOT, SEEDS
from tests.scoring import Score

GOLD = [json.loads(line) for line in (ROOT / "tests/gold/seeds.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def notes() -> dict[tuple, object]:
    return {(n.doc, n.line, n.label): n for e in extract_paths([SEEDS]) for n in e.notes}


@pytest.fixture(scope="module")
def extractions() -> list:
    return list(extract_paths([SEEDS]))


def test_counts_per_document(extractions: list) -> None:
    counts = {e.document.name[:3]: Counter(n.where for n in e.notes) for e in extractions}
    assert counts == {
        "000": Counter(footnote=90, body=1),
        "001": Counter(body=1),
        "002": Counter(footnote=57, body=1),
        "003": Counter(footnote=4),
        "004": Counter(),
    }


def test_every_gold_note_is_found_with_label_page_kind_and_text(notes: dict) -> None:
    assert len(notes) == len(GOLD)
    for gold in GOLD:
        note = notes[(gold["doc"], gold["line"], gold["label"])]
        assert (note.page, note.where, note.kind, note.text) == (
            gold["page"],
            gold["where"],
            gold["kind"],
            gold["text"],
        )


def test_seq_is_reading_order(extractions: list) -> None:
    for extraction in extractions:
        assert [n.seq for n in extraction.notes] == list(range(1, len(extraction.notes) + 1))
        assert [n.line for n in extraction.notes] == sorted(n.line for n in extraction.notes)


def test_every_marker_is_linked_and_every_note_has_context(extractions: list) -> None:
    for extraction in extractions:
        assert extraction.warnings == ()
        for note in extraction.notes:
            assert not note.warnings, note.warnings
            assert bool(note.context) == (note.where == "footnote")


def test_tricky_notes(notes: dict) -> None:
    last = notes[("000_cbf80e3ee01449f9.txt", 395, "③")]  # last line, no trailing newline
    assert last.page == 24 and last.text.startswith("“The Strategy for Development”")
    spanning = notes[("003_dffed8fbcc6b80c3.txt", 14, "3")]  # closing bracket on the next line
    assert spanning.text.endswith("(access date: 06.08.2021)")
    cut = notes[("000_cbf80e3ee01449f9.txt", 49, "①")]  # its marker is in a paragraph cut by page 3's notes
    assert cut.context.startswith("建构主义则视中等强国为一种") and cut.page == 4


def test_reference_fields_f1_at_least_095(notes: dict) -> None:
    score = Score()
    for gold in GOLD:
        got = [r.csl() for r in notes[(gold["doc"], gold["line"], gold["label"])].references]
        for index in range(max(len(got), len(gold["references"]))):
            expected = gold["references"][index] if index < len(gold["references"]) else {}
            score.add((gold["doc"], gold["line"], index), expected, got[index] if index < len(got) else {})
    assert score.f1 >= 0.95, score.errors[:20]


def test_ibid_and_short_forms_link_to_the_full_reference(notes: dict) -> None:
    ibid = notes[("000_cbf80e3ee01449f9.txt", 27, "④")].references[0]
    assert (ibid.ibid, ibid.page, ibid.see.seq, ibid.see.ref) == (True, "116-133", 4, 0)
    short = notes[("002_14648caa620776ea.txt", 14, "5")].references[0]
    assert (short.short, short.title, short.page, short.see.seq) == (True, "哈萨克斯坦简史", "242", 3)
    safranchuk = notes[("000_cbf80e3ee01449f9.txt", 345, "②")].references[0]
    assert safranchuk.short and safranchuk.see.seq == 4


def test_seeds_copy_matches_shared_seeds() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("no ../shared/seeds beside this checkout")
    for path in shared.iterdir():
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()
    assert sorted(p.name for p in SEEDS.iterdir()) == sorted(p.name for p in shared.iterdir())
