"""Train the reference labeller on the labelled corpus: `python -m cite.refs.labeller.train [--corpus DIR]`.

Writes the model, its weights for the batch decoder (`model.npz`, weights.py) and its provenance (`model.json`).

Trains on the records `corpus.part` puts in "train" (styles not in split.json's test list, 80% of the real
references; at most 12 records of one style and form, so no style dominates), so the shipped model can be
measured on what it never saw (bench/labeller.py). Beside the model, `model.json` records its provenance: the
corpus files, how many records of each source, the held-out styles and the settings. L-BFGS with fixed settings
and the records in file order: the same corpus gives the same model file.

Options that draw more of the corpus, measured 2026-12-01 with a leaner feature set (`--limit-per-style 24
--note-weight 2 --spare-translators --plain-copies`: 46,132 records and 15,257 italics-free copies, 5 minutes
of CPU): unseen styles 0.949 / 0.771 (F1 / whole, combined reader), but real references 0.898 / 0.637, worse
than the shipped model's 0.909 / 0.672; giving each real reference three times as well brought them only to
0.902 / 0.655. Not shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from cite.refs.labeller import MODEL, weights
from cite.refs.labeller.corpus import REAL_HELDOUT_PERCENT, REAL_SOURCES, example, part, read_corpus, test_styles
from cite.refs.labeller.features import token_features

#: crfsuite settings: L1/L2 weights, iterations, and features seen fewer than twice dropped (smaller model).
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.minfreq": 2, "feature.possible_transitions": True}

#: The forms of a note style's citations, the weakest family on unseen styles (`--note-weight`).
NOTE_FORMS = ("note", "subsequent", "ibid")


def train(
    corpus: Path,
    split: Path | None,
    out: Path,
    limit_per_style: int = 0,
    bio: bool = False,
    plain_copies: bool = False,
    note_weight: int = 1,
    spare_translators: bool = False,
) -> Counter:
    """Train and write the model to `out`; returns how many records of each source were used.

    `plain_copies`: each record with italics is also given without them, as plain text reads it (counted as
    "plain"); `note_weight`: a note style's citation forms may take that many times `limit_per_style` records;
    `spare_translators`: a record that names a translator (a role the generated items rarely print) is taken
    whatever the limit."""
    import pycrfsuite

    records = list(read_corpus(corpus))
    held = test_styles(split, frozenset(r.style for r in records))
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    used: Counter = Counter()
    per_style: Counter = Counter()
    for record in records:
        if part(record, held) != "train":
            continue
        limited = limit_per_style and record.source not in REAL_SOURCES  # real references: every one
        limit = limit_per_style * (note_weight if record.form in NOTE_FORMS else 1)
        spared = spare_translators and any(label == "translator" for _, _, label in record.spans)
        if limited and per_style[record.style, record.form] >= limit and not spared:
            continue
        tokens, labels = example(record, bio)
        if not tokens:
            continue
        trainer.append(token_features(tokens, record.text, record.italic), labels)
        used[record.source] += 1
        if plain_copies and record.italic:
            trainer.append(token_features(tokens, record.text), labels)
            used["plain"] += 1
        per_style[record.style, record.form] += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    weights.write(weights.from_model(out), out.with_suffix(".npz"))  # what the batch decoder scores with
    provenance = {
        "corpus": sorted(p.name for p in corpus.glob("*.jsonl")),
        "trained_on": dict(sorted(used.items())),
        "test_styles": sorted(held),
        "real_heldout_percent": REAL_HELDOUT_PERCENT,
        "limit_per_style_and_form": limit_per_style,
        "bio": bio,
        "plain_copies": plain_copies,
        "note_weight": note_weight,
        "spare_translators": spare_translators,
        "params": PARAMS,
    }
    out.with_suffix(".json").write_text(json.dumps(provenance, indent=1) + "\n", encoding="utf-8")
    return used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="directory of *.jsonl (default corpus/)")
    parser.add_argument("--split", type=Path, default=Path("tools/corpus/split.json"), help="train/test styles")
    parser.add_argument("--out", type=Path, default=MODEL, help="model file to write")
    parser.add_argument(
        "--limit-per-style", type=int, default=12, help="at most N records of one style and form (0: all)"
    )
    parser.add_argument("--bio", action="store_true", help="B-/I- labels instead of one label per field")
    parser.add_argument("--plain-copies", action="store_true", help="italic records also without italics")
    parser.add_argument("--note-weight", type=int, default=1, help="N times the limit for note citation forms")
    parser.add_argument("--spare-translators", action="store_true", help="records naming a translator: all")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*.jsonl")):
        print(f"no *.jsonl corpus files in {args.corpus}", file=sys.stderr)
        return 1
    used = train(
        args.corpus,
        args.split,
        args.out,
        args.limit_per_style,
        args.bio,
        args.plain_copies,
        args.note_weight,
        args.spare_translators,
    )
    size = args.out.stat().st_size / 1e6
    plain = used.pop("plain", 0)
    print(f"trained on {sum(used.values())} references ({dict(used)}; {plain} copies without italics); {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
