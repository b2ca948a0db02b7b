"""The batch decoder (decode.py) labels as crfsuite's own tagger does, on real references and variants of them."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from cite.refs import labeller
from cite.refs.labeller import decode, weights
from cite.refs.labeller.corpus import read_corpus
from cite.refs.labeller.features import token_context, token_features
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
    """Past `MAX_KEPT` distinct words the decoder forgets their sums and works them out again."""
    items = [(tokenize(text), text, italic) for text, italic in _items()[:300]]
    distinct = len({token[0::3] for tokens, _, _ in items for token in tokens})
    decoder = decode.Decoder(weights.read())
    rows_at_start = len(decoder.own)
    monkeypatch.setattr(decode, "MAX_KEPT", 50)
    monkeypatch.setattr(decode, "START_ROWS", 64)
    first = decoder.tag(items)
    assert decoder.word_count < distinct  # restarted with the last chunk, not kept growing
    assert decoder.word_count == sum(map(len, decoder.words.values()))
    assert len(decoder.own) < rows_at_start  # and its tables shrank back
    assert first == decoder.tag(items) == labeller._decoder().tag(items)


#: Strings with every context feature: role words before and after names, several years, quotes in brackets,
#: 《》 in 【】, „…“, a GB/T code, a URL holding brackets, an unclosed quote, marks nested past four, an initial.
CONTEXTS = [
    ("Roe, J., ed. “Water (and Power),” in *Rivers*, trans. A. Doe (London: Routledge, 2019), 2020.", ((30, 38),)),
    ("王凯主编：【《大国关系》】，北京：人民出版社，2019年版，第5页。", ()),
    ("Иванов И. И. „Название“ // Вестник. 2015. № 3. С. 12 [Электронный ресурс].", ((14, 24),)),
    ("张三. 中亚研究[J/OL]. 学报, 2020(3): 1-9. https://x.org/a(b)[c] “open", ()),
    ("((([[“«deep»”]])))) ‘q’ (x", ((0, 4), (10, 12))),
    ("J.", ((0, 2),)),
]


@pytest.mark.parametrize(("text", "italic"), CONTEXTS + [(r.text, r.italic) for r in REAL[:40]])
def test_the_decoder_sums_the_context_features_token_context_writes(text: str, italic) -> None:
    """The decoder works the context features out for a whole chunk with numpy; each token's sum must be that of
    the rows `token_context` writes for it, added in its order (so the very same floating-point sum)."""
    decoder = decode.Decoder(weights.read())
    tokens = tokenize(text)
    decoder.tag([(tokens, text, italic)])  # the words get their rows and flags
    rows = np.array([decoder.words[kind][word][1] for word, _, _, kind in tokens])
    words = [decoder.words[kind][word][0] for word, _, _, kind in tokens]
    expected, in_italic = token_context(tokens, text, italic, words, decoder.literal)
    starts, ends = [t[1] for t in tokens], np.array([t[2] for t in tokens])
    context, italics = decoder._context([(tokens, text, italic)], rows, starts, ends, np.array([len(tokens)]))
    for token, features, got in zip(tokens, expected, context, strict=True):
        total = decoder.state[features[0]].copy()
        for row in features[1:]:
            total += decoder.state[row]
        assert np.array_equal(total, got), token
    assert italics.tolist() == in_italic
