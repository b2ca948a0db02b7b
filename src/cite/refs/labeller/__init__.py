"""A learned sequence labeller for reference strings (a CRF over tokens, as AnyStyle and GROBID use).

`label(text, italic)` returns labelled spans; the model file ships beside this module and is loaded on first
use only, so importing `cite` or running `cite --help` never reads it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cite.refs.labeller.features import token_features
from cite.refs.labeller.tokens import tokenize

MODEL = Path(__file__).with_name("model.crfsuite")
OTHER = "other"

Span = tuple[int, int, str]


@cache
def _tagger(path: Path = MODEL):
    """The crfsuite tagger with the model opened (once per process); None when no model is installed."""
    if not path.exists():
        return None
    import pycrfsuite  # the only place the CRF library is imported: loading stays lazy

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def available() -> bool:
    """Whether a trained model is installed."""
    return _tagger() is not None


def label(text: str, italic: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """Labelled spans of `text`, [start, end) offsets, consecutive tokens of one label merged; "other" left out."""
    return label_with_confidence(text, italic, with_confidence=False)[0]


def label_with_confidence(
    text: str, italic: tuple[tuple[int, int], ...] = (), with_confidence: bool = True
) -> tuple[list[Span], float]:
    """`label`'s spans and the model's probability of that whole labelling (0-1; 1.0 when not asked for)."""
    tagger = _tagger()
    tokens = tokenize(text)
    if tagger is None or not tokens:
        return [], 0.0
    tags = tagger.tag(token_features(tokens, text, italic, encoded=True))
    return _spans(tokens, tags), tagger.probability(tags) if with_confidence else 1.0


def _spans(tokens, tags: list[str]) -> list[Span]:
    spans: list[Span] = []
    start = end = 0
    previous = OTHER
    for (_, token_start, token_end, _), tag in zip(tokens, tags, strict=True):
        begins = False
        if tag[1:2] == "-":  # a model trained with BIO labels ("B-title", "I-title"); no label has "-" there
            begins, tag = tag[0] == "B", tag[2:]
        if tag == previous and not begins:
            end = token_end  # the span goes on
            continue
        if previous != OTHER:
            spans.append((start, end, previous))
        start, end, previous = token_start, token_end, tag
    if previous != OTHER:
        spans.append((start, end, previous))
    return spans
