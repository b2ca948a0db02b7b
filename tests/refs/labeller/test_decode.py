"""The batch decoder (decode.py) labels as crfsuite's own tagger does, on real references and variants of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cite.refs import labeller
from cite.refs.labeller import decode, weights
from cite.refs.labeller.corpus import read_corpus
from cite.refs.labeller.features import token_features
from cite.refs.labeller.tokens import tokenize

pytestmark = pytest.mark.skipif(not labeller.available(), reason="no labeller model installed")

FIXTURES = Path(__file__).parents[2] / "fixtures"
REAL = list(read_corpus(FIXTURES / "labeller"))
GUARD = [json.loads(line) for line in (FIXTURES / "features-guard.jsonl").read_text(encoding="utf-8").splitlines()]

Item = tuple[str, tuple[tuple[int, int], ...]]


def _items() -> list[Item]:
    """The real references and the guard's strings as they are, then variants the corpus has too: the container
    (or title) in italics, the first half of the string only, two references run together, and edge cases."""
    items: list[Item] = [(r.text, r.italic) for r in REAL]
    items += [(r["text"], tuple(map(tuple, r["italic"]))) for r in GUARD]
    for record in REAL:
        named = [(start, end) for start, end, label in record.spans if label in ("container-title", "title")]
        items.append((record.text, tuple(named[-1:])))
        items.append((record.text[: len(record.text) // 2], ()))
    items += [(f"{a.text}; {b.text}", ()) for a, b in zip(REAL[::2], REAL[1::2], strict=False)]
    items += [("", ()), ("2019", ()), ("“", ()), ("Smith", ((0, 5),))]
    return items


def _crfsuite(text: str, italic) -> list[str]:
    tokens = tokenize(text)
    return labeller._tagger().tag(token_features(tokens, text, italic, encoded=True)) if tokens else []


def test_the_decoder_labels_as_crfsuite_does() -> None:
    items = _items()
    assert len(items) > decode.CHUNK * 3  # several chunks, and items of every length in each
    decoded = labeller._decoder().tag([(tokenize(text), text, italic) for text, italic in items])
    differ = [text for (text, italic), tags in zip(items, decoded, strict=True) if tags != _crfsuite(text, italic)]
    assert differ == []


def test_a_batch_labels_each_item_as_it_would_be_labelled_alone() -> None:
    items = _items()[:40]
    together = labeller.label_many([(text, italic, False) for text, italic in items])
    assert together == [labeller.label_many([(text, italic, False)])[0] for text, italic in items]


def test_a_request_for_confidence_gets_crfsuite_s_probability() -> None:
    text = REAL[0].text
    (spans, confidence), (plain, certain) = labeller.label_many([(text, (), True), (text, (), False)])
    assert spans == plain and certain == 1.0
    assert 0 < confidence < 1


def test_the_decoder_labels_the_same_once_its_tables_start_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past `MAX_KEPT` distinct words or contexts the decoder forgets their sums and works them out again."""
    items = [(tokenize(text), text, italic) for text, italic in _items()[:300]]
    distinct = len({token[0::3] for tokens, _, _ in items for token in tokens})
    decoder = decode.Decoder(weights.read())
    rows_at_start = len(decoder.own)
    monkeypatch.setattr(decode, "MAX_KEPT", 50)
    monkeypatch.setattr(decode, "START_ROWS", 64)
    first = decoder.tag(items)
    assert len(decoder.words) < distinct  # restarted with the last chunk, not kept growing
    assert len(decoder.own) < rows_at_start  # and its tables shrank back
    assert first == decoder.tag(items) == labeller._decoder().tag(items)
