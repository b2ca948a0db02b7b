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
