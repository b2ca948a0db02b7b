"""Refactoring guard: the labeller's features (and so the shipped model's labels) did not change with speed-ups.

The expected values in fixtures/features-guard.jsonl are recorded outputs, the one legitimate use of
them: they were computed by running the implementation of commit 9e4d159 (before the speed-up) over 59 varied
strings (English, Chinese, Japanese, Russian; italic ranges whole, partial and cutting tokens; nested brackets,
URLs, DOIs, role words, GB/T codes). Each record keeps the SHA-256 of the JSON of the feature sequence given to
the tagger and the tags the model gave; any change to a feature key or value changes the digest.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cite.refs import labeller
from cite.refs.labeller.features import token_features
from cite.refs.labeller.tokens import tokenize

GUARD = Path(__file__).parents[2] / "fixtures" / "features-guard.jsonl"  # not under labeller/: no corpus
RECORDS = [json.loads(line) for line in GUARD.read_text(encoding="utf-8").splitlines()]


def _features(record: dict) -> list[list[str]]:
    text = record["text"]
    return token_features(tokenize(text), text, tuple(tuple(r) for r in record["italic"]))


@pytest.mark.parametrize("record", RECORDS, ids=[r["text"][:30] for r in RECORDS])
def test_features_are_those_of_the_old_implementation(record: dict) -> None:
    digest = hashlib.sha256(json.dumps(_features(record), ensure_ascii=False).encode()).hexdigest()
    assert digest == record["features_sha256"]


@pytest.mark.skipif(not labeller.available(), reason="no labeller model installed")
@pytest.mark.parametrize("record", RECORDS, ids=[r["text"][:30] for r in RECORDS])
def test_labels_are_those_of_the_old_implementation(record: dict) -> None:
    features = _features(record)
    assert (labeller._tagger().tag(features) if features else []) == record["tags"]


def test_the_guard_covers_scripts_and_italics() -> None:
    texts = [r["text"] for r in RECORDS]
    assert any("《" in t for t in texts) and any("Вестник" in t for t in texts) and any("カ" in t for t in texts)
    assert sum(bool(r["italic"]) for r in RECORDS) >= 10


@pytest.mark.parametrize("record", RECORDS, ids=[r["text"][:30] for r in RECORDS])
def test_encoded_features_are_the_same_features_as_bytes(record: dict) -> None:
    text, italic = record["text"], tuple(tuple(r) for r in record["italic"])
    for _ in range(2):  # the second time from the caches
        encoded = token_features(tokenize(text), text, italic, encoded=True)
        assert encoded == [[feature.encode() for feature in token] for token in _features(record)]


@pytest.mark.skipif(not labeller.available(), reason="no labeller model installed")
def test_the_labeller_tags_the_encoded_features_as_the_old_implementation() -> None:
    for record in RECORDS:
        spans = labeller.label(record["text"], tuple(tuple(r) for r in record["italic"]))
        tokens = tokenize(record["text"])
        assert spans == labeller._spans(tokens, record["tags"]), record["text"]
