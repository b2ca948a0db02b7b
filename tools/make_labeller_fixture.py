"""Write tests/fixtures/labeller/real-heldout.jsonl: real references the shipped model never trains on.

    .venv/bin/python tools/make_labeller_fixture.py [--corpus corpus] [--per-source 150]

The first `--per-source` records of each real source (AnyStyle core.xml, BSD; GROBID's training data,
Apache-2.0) that fall in the fixed held-out share (`corpus.is_real_heldout`), as they are in the corpus.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from cite.refs.labeller.corpus import REAL_SOURCES, is_real_heldout, read_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "labeller" / "real-heldout.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--per-source", type=int, default=150)
    args = parser.parse_args()
    taken: Counter = Counter()
    lines = []
    for record in read_corpus(args.corpus):
        if record.source in REAL_SOURCES and is_real_heldout(record) and taken[record.source] < args.per_source:
            taken[record.source] += 1
            lines.append(json.dumps(asdict(record), ensure_ascii=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {dict(taken)}")


if __name__ == "__main__":
    main()
