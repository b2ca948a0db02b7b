"""A learned sequence labeller for reference strings (a CRF over tokens, as AnyStyle and GROBID use).

`label(text, italic)` returns labelled spans, `label_many` those of many strings at once (labelled together by
decode.py from the weights exported beside the model, model.npz; crfsuite gives the probability of a labelling).
The model files ship beside this module and are loaded on first use only, so importing `cite` or running
`cite --help` never reads them (nor imports numpy).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from cite.refs.labeller.features import token_features
from cite.refs.labeller.tokens import tokenize

MODEL = Path(__file__).with_name("model.crfsuite")
OTHER = "other"

Span = tuple[int, int, str]
#: What `label_many` labels: a text, its italic ranges and whether the labelling's probability is wanted.
Request = tuple[str, tuple[tuple[int, int], ...], bool]


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


@cache
def _decoder():
    """The batch decoder with the exported weights (once per process)."""
    from cite.refs.labeller import decode, weights  # numpy is imported here only: loading stays lazy

    return decode.Decoder(weights.read())


def label(text: str, italic: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """Labelled spans of `text`, [start, end) offsets, consecutive tokens of one label merged; "other" left out."""
    return label_many([(text, italic, False)])[0][0]


def label_many(requests: Sequence[Request]) -> list[tuple[list[Span], float]]:
    """Each request's spans (as `label`) and the model's probability of that whole labelling (0-1; 1.0 when not
    asked for). The ones without probability are labelled in one batch, which is what makes the labeller fast."""
    tagger = _tagger()
    tokenized = [tokenize(text) for text, _, _ in requests]
    if tagger is None:
        return [([], 0.0) for _ in requests]
    batch = [i for i, tokens in enumerate(tokenized) if tokens and not requests[i][2]]
    decoded = _decoder().tag([(tokenized[i], *requests[i][:2]) for i in batch]) if batch else []
    tags = dict(zip(batch, decoded, strict=True))
    out: list[tuple[list[Span], float]] = []
    for index, ((text, italic, with_confidence), tokens) in enumerate(zip(requests, tokenized, strict=True)):
        if not tokens:
            out.append(([], 0.0))
        elif with_confidence:
            found = tagger.tag(token_features(tokens, text, italic, encoded=True))
            out.append((_spans(tokens, found), tagger.probability(found)))
        else:
            out.append((_spans(tokens, tags[index]), 1.0))
    return out


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
