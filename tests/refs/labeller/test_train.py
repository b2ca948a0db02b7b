"""Training is deterministic: the same corpus gives the same model file, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from cite.refs.labeller.train import train

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "labeller" / "real-heldout.jsonl"


def test_the_same_corpus_gives_the_same_model(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # 40 records as a CSL style of their own, so they are training data (the real ones are held out)
    lines = [
        json.loads(line) | {"source": "csl", "style": "test-style"} for line in FIXTURE.read_text().splitlines()[:40]
    ]
    (corpus / "csl-bibliography.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    models = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.crfsuite"
        used = train(corpus, None, out)
        assert used == {"csl": 40}
        models.append(out.read_bytes())
    assert models[0] == models[1]


def _records(count: int, **fields) -> list[dict]:
    lines = FIXTURE.read_text().splitlines()[:count]
    return [json.loads(line) | {"source": "csl", "style": "test-style"} | fields for line in lines]


def test_italic_records_are_also_trained_as_plain_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = _records(10) + [r | {"italic": [[0, 3]]} for r in _records(4)]  # 4 with italics (a made-up range)
    (corpus / "csl-bibliography.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    assert train(corpus, None, tmp_path / "m.crfsuite", plain_copies=True) == {"csl": 14, "plain": 4}
    assert train(corpus, None, tmp_path / "m.crfsuite") == {"csl": 14}


def test_the_limit_per_style_spares_translators_and_doubles_for_note_forms(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    translated = [r | {"spans": [[0, 2, "translator"], *r["spans"][1:]]} for r in _records(3)]
    bibliography = _records(10) + translated  # 13 bibliography records: 5 kept, and the 3 naming a translator
    notes = _records(12, form="note")  # 12 note records: 10 kept
    (corpus / "csl-bibliography.jsonl").write_text("\n".join(json.dumps(r) for r in bibliography) + "\n")
    (corpus / "csl-note.jsonl").write_text("\n".join(json.dumps(r) for r in notes) + "\n")
    options = {"limit_per_style": 5, "note_weight": 2, "spare_translators": True}
    assert train(corpus, None, tmp_path / "m.crfsuite", **options) == {"csl": 8 + 10}
    assert train(corpus, None, tmp_path / "m.crfsuite", limit_per_style=5) == {"csl": 5 + 5}
