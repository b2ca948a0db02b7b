"""Leave-styles-out accuracy and speed of the three readers: rules, labeller, and the combination.

    .venv/bin/python bench/labeller.py [--corpus corpus] [--split tools/corpus/split.json] [--per-style 40]

* corpus test styles: every record of a style the shipped model was kept from (the `test_styles` of
  src/cite/refs/labeller/model.json, split.json's test list when it was trained), at most
  `--per-style` records of each style and form (the first ones, in file order), parsed from its text alone;
* real held-out: the 20% of the human-typed references (AnyStyle core, GROBID) the model never saw;
* the expected fields of a corpus record are its gold spans put through the same normalisers as a parse
  (fields.draft_of then parse._normalise), so only how the fields were found is measured; compared are the
  names, title, container, publisher, place, year, volume, issue, page (a pinpoint alone counts as page),
  ibid and short (a rendering that prints an ibid word is ibid; a "subsequent" or "ibid" rendering with no
  container, publisher or place is short: a style with no ibid term prints its short form for an ibid); case is
  ignored, names also ignore spaces. URL, DOI and access
  date are taken out by exact patterns before either reader runs and the corpus has no type, so they are
  not scored here;
* whole-reference accuracy: every scored field of the reference right;
* the hand-built held-out fixtures (bench/accuracy.py --set heldout) and the seeds' gold through the whole
  pipeline, with each reader;
* references/s on one core for each reader (CPU time of `parse_references`, the batch entry the pipeline uses),
  over the test strings and over the seeds' references.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The 300 real references (AnyStyle core.xml, GROBID) of the held-out fixture, most of them read by the labeller.
REAL_HELDOUT = ROOT / "tests" / "fixtures" / "labeller"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import accuracy  # noqa: E402
from cite.model import Reference  # noqa: E402
from cite.pipeline import extract_paths  # noqa: E402
from cite.refs import parse  # noqa: E402
from cite.refs.labeller import MODEL  # noqa: E402
from cite.refs.labeller.corpus import Record, part, read_corpus, test_styles  # noqa: E402
from cite.refs.labeller.fields import draft_of  # noqa: E402
from cite.refs.split import split_references  # noqa: E402
from tests.scoring import FIELDS, Score  # noqa: E402

#: The corpus has no type, and URL, DOI and access date are taken out by exact patterns before either reader runs;
#: a lone pinpoint counts as page (`_scored`) and the language is the item's, not the rendering's.
UNSCORED = frozenset({"type", "locator", "URL", "DOI", "accessed", "language"})
SCORED = tuple(name for name in FIELDS if name not in UNSCORED)
#: A "subsequent" rendering that prints one of these is the full reference again (a style with no short form).
FULL_LABELS = frozenset({"container-title", "publisher", "publisher-place"})
CSL_STYLES = Path("/usr/share/citation-style-language/styles")
#: A CSL style's family: <category citation-format="author-date"/>.
CITATION_FORMAT = re.compile(r'citation-format="([^"]+)"')


@cache
def family(style: str, source: str) -> str:
    """The style's CSL citation format (author-date, numeric, note, label, author), or the real source."""
    if source in ("anystyle-core", "grobid"):
        return source
    path = CSL_STYLES / f"{style}.csl"
    if path.exists():
        if match := CITATION_FORMAT.search(path.read_text(encoding="utf-8", errors="replace")[:4000]):
            return match.group(1)
    return "other"


def expected(record: Record) -> dict:
    """The record's gold fields, normalised as a parse would be."""
    draft = draft_of(record.text, record.spans)
    fields = parse._normalise(parse.with_abbreviation_dot(record.text, draft))
    labels = {label for _, _, label in record.spans}
    ibid = "ibid" in labels  # an "ibid" rendering of a style with no ibid term prints a short form instead
    short = not ibid and record.form in ("subsequent", "ibid") and not labels & FULL_LABELS
    return _scored(Reference(raw=record.text, ibid=ibid, short=short, **fields).csl())


def _scored(csl: dict) -> dict:
    out = {k: v for k, v in csl.items() if k in SCORED}
    if "locator" in csl and "page" not in out:
        out["page"] = csl["locator"]
    return out


class Tally:
    """Field counts and whole-reference counts of one group."""

    def __init__(self) -> None:
        self.score = Score()
        self.whole = 0
        self.refs = 0
        self.fields: dict[str, Counter] = defaultdict(Counter)

    def add(self, gold: dict, got: dict) -> None:
        right = True
        for name in SCORED:
            want, have = gold.get(name), got.get(name)
            same = want is not None and have is not None and accuracy.fold(want) == accuracy.fold(have)
            if same:
                self.score.tp += 1
                self.fields[name]["tp"] += 1
                continue
            if want is None and have is None:
                continue
            right = False
            self.score.fp += have is not None
            self.score.fn += want is not None
            self.fields[name]["fp"] += have is not None
            self.fields[name]["fn"] += want is not None
        self.refs += 1
        self.whole += right

    @property
    def accuracy(self) -> float:
        return self.whole / self.refs if self.refs else 0.0


def _f1(counts: Counter) -> float:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_records(corpus: Path, split: Path, per_style: int) -> dict[str, list[Record]]:
    """The test records by part ("test-styles", "test-real"), at most `per_style` of each style."""
    records = list(read_corpus(corpus))
    provenance = MODEL.with_suffix(".json")
    if provenance.exists():  # the styles the shipped model was kept from, whatever split.json says now
        held = frozenset(json.loads(provenance.read_text(encoding="utf-8"))["test_styles"])
    else:
        held = test_styles(split, frozenset(r.style for r in records))
    out: dict[str, list[Record]] = defaultdict(list)
    taken: Counter = Counter()
    for record in records:
        where = part(record, held)
        if where == "train" or (per_style and taken[record.style, record.form] >= per_style and where == "test-styles"):
            continue
        taken[record.style, record.form] += 1
        out[where].append(record)
    return out


def measure(records: list[Record], reader: str) -> tuple[Tally, dict[str, Tally], dict[str, Tally]]:
    """Overall, per-family and per-style tallies of one reader over `records`."""
    total, families, styles = Tally(), defaultdict(Tally), defaultdict(Tally)
    for record in records:
        gold = expected(record)
        got = _scored(parse.parse_reference(record.text, record.italic, reader).csl())
        for tally in (total, families[family(record.style, record.source)], styles[record.style]):
            tally.add(gold, got)
    return total, families, styles


def speed(texts: list[str], reader: str) -> float:
    """References per second of `parse_references`, the batch entry the pipeline uses, with one reader (best of
    3 runs, CPU time of this one process: the machine's other load does not count)."""
    parse.parse_references([(texts[0], (), False)], reader)  # load the model outside the timing
    pieces = [(text, (), False) for text in texts]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse.parse_references(pieces, reader)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def pipeline_scores(reader: str) -> tuple[float, float]:
    """F1 of the whole pipeline on the held-out fixtures and on the seeds' gold, with one reader."""
    parse.READER = reader
    try:
        heldout = accuracy.pooled(list(accuracy.heldout_scores("heldout").values())).f1
        seeds = accuracy.seed_score().f1
    finally:
        parse.READER = "combined"
    return heldout, seeds


def seed_references() -> list[str]:
    return [
        piece
        for extraction in extract_paths([accuracy.SEEDS_DIR])
        if hasattr(extraction, "notes")
        for note in extraction.notes
        for piece in split_references(note.text)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--split", type=Path, default=ROOT / "tools" / "corpus" / "split.json")
    parser.add_argument("--per-style", type=int, default=10, help="at most N records of one test style and form")
    parser.add_argument("--styles", action="store_true", help="also print every test style's figures")
    parser.add_argument("--readers", nargs="+", default=list(parse.READERS), choices=parse.READERS)
    args = parser.parse_args(argv)
    readers = args.readers
    parts = test_records(args.corpus, args.split, args.per_style) if args.corpus.exists() else {}
    if not parts:
        print(f"no corpus in {args.corpus} (make corpus): only the fixtures, the seeds and their speed")
    results = {(name, reader): measure(records, reader) for name, records in parts.items() for reader in readers}
    print(f"{'':34}" + "".join(f"{r:>22}" for r in readers))
    print(f"{'':34}" + "".join(f"{'F1   whole':>22}" for _ in readers))
    for name, records in parts.items():
        styles = len({r.style for r in records})
        print(f"{name} ({len(records)} refs, {styles} styles)".ljust(34) + _cells(results, name, readers, None))
        families = sorted({f for reader in readers for f in results[name, reader][1]})
        for fam in families:
            print(f"  family {fam}".ljust(34) + _cells(results, name, readers, fam))
        for field in SCORED:
            cells = "".join(f"{_f1(results[name, r][0].fields[field]):>15.3f}{'':7}" for r in readers)
            print(f"  field {field}".ljust(34) + cells)
        if args.styles:
            for style in sorted(results[name, "combined"][2]):
                print(f"    {style[:30]}".ljust(34) + _cells(results, name, readers, None, style))
    pipeline = {reader: pipeline_scores(reader) for reader in readers}
    print("held-out fixtures, whole pipeline".ljust(34) + "".join(f"{pipeline[r][0]:>15.3f}{'':7}" for r in readers))
    print("seeds gold, whole pipeline".ljust(34) + "".join(f"{pipeline[r][1]:>15.3f}{'':7}" for r in readers))
    texts = [r.text for records in parts.values() for r in records]
    seeds = seed_references()
    if texts:
        print("refs/s, test strings".ljust(34) + "".join(f"{speed(texts, r):>15,.0f}{'':7}" for r in readers))
    print("refs/s, seeds' references".ljust(34) + "".join(f"{speed(seeds, r):>15,.0f}{'':7}" for r in readers))
    # the seeds are mostly read by the rules (GB/T codes, 《》); these 300 real references mostly by the labeller
    real = [r.text for r in read_corpus(REAL_HELDOUT)]
    print("refs/s, real held-out references".ljust(34) + "".join(f"{speed(real, r):>15,.0f}{'':7}" for r in readers))
    return 0


def _cells(results, name: str, readers, fam: str | None, style: str | None = None) -> str:
    out = ""
    for reader in readers:
        total, families, styles = results[name, reader]
        tally = styles[style] if style else families[fam] if fam else total
        out += f"{tally.score.f1:>15.3f}{tally.accuracy:>7.3f}"
    return out


if __name__ == "__main__":
    raise SystemExit(main())
