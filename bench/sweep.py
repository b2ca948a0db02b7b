"""Linear time in every layout, and no regex that blows up: the layout sweep and the regex-bomb check.

    .venv/bin/python bench/sweep.py [--sizes 1000,10000,100000] [--budget 60]

* layouts: for each note convention and each adversarial layout of bench/layouts.py, the whole pipeline of one
  document (find notes, link, split, parse, resolve) at N notes; CPU time per note at each N and its ratio to
  the smallest N (linear: about 1; the target is under 1.5). A size whose estimated time exceeds the budget
  is skipped and said so.
* regexes: every compiled pattern of src/cite searched in adversarial strings (runs of one character or short
  unit) of 2,000 and 20,000 characters (the reference stage's patterns: as long as a note it parses may be);
  linear growth is a ratio of about 10, quadratic 100. Each search runs under the `regex` module's timeout,
  so a bomb is reported instead of hanging the benchmark.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import cite  # noqa: E402
from bench.layouts import LAYOUTS  # noqa: E402
from cite.model import Document  # noqa: E402
from cite.pipeline import extract_document  # noqa: E402
from cite.refs.note import MAX_NOTE_CHARS, MAX_REFERENCE_CHARS  # noqa: E402
from cite.text import collapse  # noqa: E402

#: Units repeated into adversarial strings: what the patterns' classes and quantifiers like to eat.
UNITS = (
    "a",
    " ",
    "1",
    ".",
    ",",
    "，",
    "。",
    "王",
    "《",
    "“",
    "(",
    "[",
    "^",
    "-",
    ":",
    "\t",
    "a, ",
    "Ab ",
    "1, ",
    "thesis ",
    "x: ",
    "[1]",
    "^①",
    "《a》，",
    "“a,” ",
    "http://a",
    "a.",
    "Ab. ",
    "- ",
    "| a ",
)
#: Length of the adversarial strings.
LONG = 20_000
#: Seconds one search may take before it counts as a bomb.
TIMEOUT = 2.0


def cpu(function, *args) -> float:
    """CPU seconds of one call (CPU, not wall time: other work on a shared machine does not count)."""
    start = time.process_time()
    function(*args)
    return time.process_time() - start


def sweep_layouts(sizes: list[int], budget: float) -> list[str]:
    rows = []
    header = f"{'layout':24s}" + "".join(f"{f'{n:,} notes':>18s}" for n in sizes) + "  ratio to smallest N"
    rows.append(header)
    print(header, flush=True)
    worst = 0.0
    for name, generate in LAYOUTS.items():
        per_note: list[float | None] = []
        for n in sizes:
            known = [p for p in per_note if p is not None]
            if known and known[-1] * n * 1.5 > budget:
                per_note.append(None)
                continue
            text, _ = generate(n)
            doc = Document(f"{name}.txt", f"{name}.txt", tuple(text.split("\n")))
            per_note.append(cpu(extract_document, doc) / n)
        base = per_note[0]
        ratios = [p / base if p is not None and base else None for p in per_note]
        worst = max([worst, *(r for r in ratios if r is not None)])
        cells = "".join(f"{p * 1e6:14.1f} µs" if p is not None else f"{'skipped':>17s}" for p in per_note)
        ratio_cells = " ".join(f"{r:.2f}" if r is not None else "-" for r in ratios)
        rows.append(f"{name:24s}{cells}  {ratio_cells}")
        print(rows[-1], flush=True)
    rows.append(f"worst ratio: {worst:.2f} (target < 1.5); 'skipped': estimated above the {budget:.0f} s budget")
    return rows


def patterns() -> list[tuple[str, regex.Pattern]]:
    """Every module-level compiled pattern of the cite package, by qualified name."""
    found, seen = [], set()
    for info in pkgutil.walk_packages(cite.__path__, "cite."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            # imported patterns are checked once; byte patterns (a file's magic) never see text
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str) and id(value) not in seen:
                seen.add(id(value))
                found.append((f"{module.__name__}.{name}", value))
    return found


def search_time(pattern: regex.Pattern, text: str) -> float:
    start = time.process_time()
    try:
        pattern.search(text, timeout=TIMEOUT)
    except TimeoutError:
        return float("inf")
    return time.process_time() - start


#: Modules of the reference stage that read a whole note (the others read one reference of it).
WHOLE_NOTE = ("cite.refs.classify.", "cite.refs.split.", "cite.refs.note.")


def adversarial(name: str, unit: str, length: int) -> str:
    """A run of `unit` as the pattern meets it: the reference stage sees whitespace collapsed (every finder and
    `_peel` collapse it), at most MAX_NOTE_CHARS characters of a note and MAX_REFERENCE_CHARS of a reference
    (longer ones are kept unparsed)."""
    if name.startswith(WHOLE_NOTE):
        return collapse(unit * (min(length, MAX_NOTE_CHARS) // len(unit)))
    if name.startswith("cite.refs."):
        return collapse(unit * (min(length, MAX_REFERENCE_CHARS) // len(unit)))
    return unit * (length // len(unit))


def regex_bombs() -> list[str]:
    """Each pattern's worst growth from a tenth of the length to the full length, over the adversarial units;
    patterns that grew more than 30 times and took over 10 ms (or timed out) are listed."""
    rows, flagged = [], []
    checked = patterns()
    for name, pattern in checked:
        worst = (0.0, "", 0.0)
        for unit in UNITS:
            long_text = adversarial(name, unit, LONG)
            if not long_text:
                continue
            short = search_time(pattern, long_text[: len(long_text) // 10])
            long = search_time(pattern, long_text)
            ratio = long / max(short, 1e-5)
            if long > 0.01 and ratio > 30 and long > worst[2]:
                worst = (ratio, unit, long)
        if worst[1]:
            flagged.append((worst[2], name, worst[1], worst[0]))
    rows.append(
        f"{len(checked)} patterns x {len(UNITS)} adversarial units of {LONG:,} characters "
        f"(whitespace collapsed and {MAX_NOTE_CHARS:,} for a note, {MAX_REFERENCE_CHARS:,} for a reference in the reference stage)"
    )
    for long, name, unit, ratio in sorted(flagged, reverse=True):
        rows.append(f"  {name}: {long * 1e3:.0f} ms on a run of {unit!r}, x{ratio:.0f} for 10x the length")
    rows.append(f"patterns over 10 ms and growing over 30x for 10x the length: {len(flagged)}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds one layout at one size may take")
    parser.add_argument("--skip-regexes", action="store_true")
    args = parser.parse_args()
    print("== layout sweep: CPU time per note (whole pipeline of one document)")
    sweep = sweep_layouts([int(x) for x in args.sizes.split(",")], args.budget)
    print(sweep[-1])
    if not args.skip_regexes:
        print("== regex bombs")
        for row in regex_bombs():
            print(row)


if __name__ == "__main__":
    main()
