"""The labelled corpus (format: CORPUS_FORMAT in the corpus builder's brief) as training examples.

Reads `corpus/*.jsonl` and `tools/corpus/split.json`; splits by style for leave-styles-out measurement and,
for the real data sets that are one "style" each (AnyStyle core, GROBID), holds out a fixed 20% of items by a
hash of their id (split.json's rule), so the same items are held out on every machine.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cite.refs.labeller.tokens import Token, tokenize

OTHER = "other"
#: Sources typed by people, one "style" each: held out by item, not by style.
REAL_SOURCES = ("anystyle-core", "grobid")
#: Percent of a real source's items held out from training.
REAL_HELDOUT_PERCENT = 20


@dataclass(frozen=True)
class Record:
    """One labelled reference string of the corpus."""

    id: str
    source: str
    style: str
    form: str
    lang: str
    text: str
    italic: tuple[tuple[int, int], ...]
    spans: tuple[tuple[int, int, str], ...]


def read_corpus(directory: Path) -> Iterator[Record]:
    """Every record of every `*.jsonl` file under `directory`, files in name order."""
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    item = json.loads(line)
                    yield Record(
                        id=item["id"],
                        source=item.get("source", ""),
                        style=item.get("style", ""),
                        form=item.get("form", ""),
                        lang=item.get("lang", ""),
                        text=item["text"],
                        italic=tuple((a, b) for a, b in item.get("italic", ())),
                        spans=tuple((a, b, label) for a, b, label in item.get("spans", ())),
                    )


def is_real_heldout(record: Record) -> bool:
    """Whether a real (human-typed) record is in the fixed held-out share (split.json's rule: SHA-1 of the id,
    as a number, modulo 100 is 80 or more)."""
    return int(hashlib.sha1(record.id.encode()).hexdigest(), 16) % 100 >= 100 - REAL_HELDOUT_PERCENT


#: Styles always tested, never trained on: those of our own hand-built fixtures (tests/fixtures/heldout/, styles/).
FIXTURE_STYLES = frozenset(
    {
        "chicago-fullnote-bibliography",
        "chicago-fullnote-bibliography-with-ibid",
        "modern-humanities-research-association",
        "china-national-standard-gb-t-7714-2015-note",
        "new-harts-rules-the-oxford-style-guide",
        "oscola",
    }
)
#: Percent of styles held out when there is no split file (by a hash of the style id).
STYLE_HELDOUT_PERCENT = 20


def test_styles(split_path: Path | None, styles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The styles reserved for testing: split.json's test list ({"test": [...]} or {"test_styles": [...]}) or,
    without one, a fixed 20% of `styles` by hash; our fixtures' styles always."""
    if split_path is not None and split_path.exists():
        split = json.loads(split_path.read_text(encoding="utf-8"))
        split = split.get("styles", split)  # {"styles": {"train": [...], "test": [...]}, "real": {...}}
        held = frozenset(split.get("test") or split.get("test_styles") or ())
    else:
        held = frozenset(s for s in styles if zlib.crc32(s.encode()) % 100 < STYLE_HELDOUT_PERCENT)
    return held | FIXTURE_STYLES


def part(record: Record, held_styles: frozenset[str]) -> str:
    """ "train", "test-styles" (a style never trained on) or "test-real" (held-out real references)."""
    if record.source in REAL_SOURCES or record.style in REAL_SOURCES:
        return "test-real" if is_real_heldout(record) else "train"
    return "test-styles" if record.style in held_styles else "train"


def token_labels(tokens: list[Token], spans: tuple[tuple[int, int, str], ...], bio: bool = False) -> list[str]:
    """Each token's label: the span label covering most of its characters, else "other".

    With `bio`, the first token of each span is "B-label" and the rest "I-label" (two adjacent spans of one label
    stay apart)."""
    labels = []
    previous_span = -1
    for _, token_start, token_end, _ in tokens:
        best, best_overlap, best_span = OTHER, 0, -1
        for index, (start, end, label) in enumerate(spans):
            if start >= token_end:
                break
            overlap = min(end, token_end) - max(start, token_start)
            if overlap > best_overlap:
                best, best_overlap, best_span = label, overlap, index
        if bio and best != OTHER:
            best = f"{'I' if best_span == previous_span else 'B'}-{best}"
        previous_span = best_span
        labels.append(best)
    return labels


def example(record: Record, bio: bool = False) -> tuple[list[Token], list[str]]:
    """The record's tokens and their gold labels."""
    tokens = tokenize(record.text)
    return tokens, token_labels(tokens, record.spans, bio)
