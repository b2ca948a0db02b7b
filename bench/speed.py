"""Extraction speed, reported as ratios measured in one run (absolute times vary by machine).

    .venv/bin/python bench/speed.py

* stage shares: how the time of `cite extract` splits between reading, finding notes and parsing references;
* scaling: time per note on the seeds repeated 1x and 20x in one document (1.0 = linear; >1 = superlinear);
* notes per second on this machine, for orientation only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cite.model import Document  # noqa: E402
from cite.notes import find_notes  # noqa: E402
from cite.pipeline import extract_document  # noqa: E402
from cite.readers import expand, read  # noqa: E402

SEEDS = ROOT / "seeds"
ROUNDS = 20


def _best(function, *args, runs: int = 5) -> float:
    """Best of `runs` runs, in seconds (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def _read_all(paths: list[Path]) -> list[Document]:
    return [read(p) for p in paths]


def _find_all(docs: list[Document]) -> None:
    for doc in docs:
        find_notes(doc)


def _extract_all(docs: list[Document]) -> int:
    return sum(len(extract_document(doc).notes) for doc in docs)


def main() -> None:
    paths = list(expand([SEEDS]))
    docs = _read_all(paths)
    notes = _extract_all(docs)
    read_time = _best(_read_all, paths)
    find_time = _best(_find_all, docs)
    total = _best(_extract_all, docs)
    print(f"seeds: {len(docs)} documents, {notes} notes")
    print(
        f"stage shares of extract: read {read_time / (read_time + total):.1%}, "
        f"find notes {find_time / total:.1%} of the pipeline, references {(total - find_time) / total:.1%}"
    )
    big = Document("big.txt", "big.txt", docs[0].lines * ROUNDS)
    one = _best(_extract_all, [docs[0]], runs=5 * ROUNDS) / len(extract_document(docs[0]).notes)
    many = _best(_extract_all, [big]) / len(extract_document(big).notes)
    print(f"scaling: time per note at {ROUNDS}x document size / at 1x = {many / one:.2f} (1.0 = linear)")
    print(f"throughput (this machine): {notes / total:,.0f} notes/s")


if __name__ == "__main__":
    main()
