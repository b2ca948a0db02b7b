"""Extraction speed on a generated seed-like corpus: per stage, end to end, start-up, memory, and against peers.

    .venv/bin/python bench/speed.py [--files 250] [--profile]

* stages: CPU time of read, find notes, link, split, parse (+ normalise), resolve, store and export, each run
  over the whole corpus on the previous stage's output, as MB/s of input, notes/s and references/s;
* end to end: `cite extract --no-store -f jsonl` and `cite extract --library …` as subprocesses (CPU time and
  peak RSS), and the ratio to `cat FILES | wc -l` on the same bytes;
* start-up: `cite --help` CPU time and the slowest imports of `python -X importtime -c "import cite.cli"`;
* peer: refextract (GPL, from its own environment bench/.venv-peer, which `make bench` creates) on the same
  reference strings as our split + parse + normalise.

CPU time (not wall time) is measured, so the other work of a shared machine counts less; the best of a few
runs is taken where a stage is cheap. `--profile` prints pyinstrument's view of the end-to-end run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402
from cite.export import bibtex  # noqa: E402
from cite.library import store  # noqa: E402
from cite.library.merge import merge  # noqa: E402
from cite.model import CITATION, Extraction  # noqa: E402
from cite.notes import find_bodies_and_markers  # noqa: E402
from cite.notes.link import link  # noqa: E402
from cite.readers import expand, read  # noqa: E402
from cite.refs import parse_note, resolve  # noqa: E402
from cite.refs.parse import parse_references  # noqa: E402
from cite.refs.split import split_references  # noqa: E402

CORPUS = ROOT / "bench" / ".corpus"
CITE = Path(sys.executable).parent / "cite"
PEER_PYTHON = ROOT / "bench" / ".venv-peer" / "bin" / "python"
#: GNU time, for a child's own peak RSS ("nan" without it).
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
#: Reference strings given to the peer: refextract reads about 20 a second, so a sample.
PEER_STRINGS = 300


def best_cpu(function: Callable, *args, runs: int = 3) -> tuple[float, object]:
    """Least CPU time of `runs` calls and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.process_time()
        result = function(*args)
        times.append(time.process_time() - start)
    return min(times), result


def child_cpu(command: list[str] | str, shell: bool = False) -> tuple[float, float]:
    """CPU seconds (user + system, from the kernel's count for our children) and peak RSS in MB of one child
    process, output discarded.

    The peak RSS comes from GNU time, which reports the command's own: the kernel's figure for our children
    would also count the pages this process had when it forked them.
    """
    argv = ["sh", "-c", command] if shell else command
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(os.devnull, "wb") as sink:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        timed = [GNU_TIME, "-o", report.name, "-f", "%M", *argv] if GNU_TIME else argv
        subprocess.run(timed, stdout=sink, stderr=sink, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss = int(report.read().split()[-1]) / 1024 if GNU_TIME else float("nan")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), rss


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(paths: list[Path], megabytes: float) -> list[str]:
    """One row per stage, each over the whole corpus."""
    rows = [f"{'stage':12s}{'CPU s':>8s}{'MB/s':>9s}{'notes/s':>11s}{'refs/s':>11s}{'peak RSS':>10s}"]
    counts = {"notes": 0, "refs": 0}

    def rate(count: int, seconds: float, shown: bool) -> str:
        return f"{count / seconds:11,.0f}" if shown and seconds else " " * 11

    def row(name: str, seconds: float, notes: bool = True, refs: bool = True) -> None:
        rows.append(
            f"{name:12s}{seconds:8.3f}{megabytes / max(seconds, 1e-9):9.1f}"
            f"{rate(counts['notes'], seconds, notes)}{rate(counts['refs'], seconds, refs)}{peak_rss_mb():8.0f} MB"
        )

    seconds, docs = best_cpu(lambda: [read(p) for p in paths])
    row("read", seconds, notes=False, refs=False)
    seconds, found = best_cpu(lambda: [find_bodies_and_markers(d) for d in docs])
    linked = [link(d, *f) for d, f in zip(docs, found, strict=True)]
    counts["notes"] = sum(len(x.notes) for x in linked)
    row("find notes", seconds, refs=False)
    seconds, _ = best_cpu(lambda: [link(d, *f) for d, f in zip(docs, found, strict=True)])
    row("link", seconds, refs=False)
    notes = [n for x in linked for n in x.notes]
    parsed_all = [parse_note(n) for n in notes]
    cited = [n.text for n, p in zip(notes, parsed_all, strict=True) if p.kind == CITATION]
    seconds, pieces = best_cpu(lambda: [piece for text in cited for piece in split_references(text)])
    counts["refs"] = len(pieces)
    row("split", seconds)
    split_seconds = seconds
    seconds, _ = best_cpu(lambda: parse_references([(p, (), False) for p in pieces]))  # as the pipeline parses
    row("parse", seconds)
    parse_seconds = seconds
    by_doc = [[parse_note(n) for n in x.notes] for x in linked]
    seconds, resolved = best_cpu(lambda: [resolve(ns) for ns in by_doc])
    row("resolve", seconds)
    extractions = [Extraction(d, tuple(ns)) for d, ns in zip(docs, resolved, strict=True)]
    with tempfile.TemporaryDirectory() as tmp:
        db = store.connect(Path(tmp) / "library.sqlite")
        seconds, _ = best_cpu(store.save, db, extractions, runs=1)
        db.close()
    row("store", seconds)
    seconds, _ = best_cpu(lambda: bibtex.write(merge(n for e in extractions for n in e.notes)), runs=1)
    row("export", seconds)
    both = split_seconds + parse_seconds
    rows.append(f"split + parse + normalise: {counts['refs'] / both:,.0f} references/s (target 20,000)")
    return rows, pieces


def end_to_end(corpus: Path, paths: list[Path], megabytes: float) -> list[str]:
    rows = []
    files = " ".join(str(p) for p in paths)
    cat, _ = min(child_cpu(f"cat {files} | wc -l", shell=True) for _ in range(5))
    extract, rss = child_cpu([str(CITE), "extract", "--jobs", "1", "--no-store", "-q", "-f", "jsonl", str(corpus)])
    rows.append(
        f"cite extract --no-store: {extract:.2f} s CPU, {megabytes / extract:.1f} MB/s (target 10), peak RSS {rss:.0f} MB"
    )
    rows.append(
        f"cat | wc -l on the same bytes: {cat:.3f} s CPU; cite takes {extract / max(cat, 1e-3):.0f} times as long"
    )
    with tempfile.TemporaryDirectory() as tmp:
        stored, rss = child_cpu(
            [str(CITE), "extract", "--jobs", "1", "-q", "--library", f"{tmp}/l.sqlite", str(corpus)]
        )
        size = Path(f"{tmp}/l.sqlite").stat().st_size / 1e6
    rows.append(f"cite extract into a library: {stored:.2f} s CPU, peak RSS {rss:.0f} MB, library {size:.1f} MB")
    return rows


def jobs(corpus: Path) -> list[str]:
    """Wall time of the same extraction with one and with two worker processes (the output is identical: tested)."""
    rows, walls = [], {}
    for count in (1, 2):
        command = [str(CITE), "extract", "--jobs", str(count), "--no-store", "-q", "-f", "jsonl", str(corpus)]
        with open(os.devnull, "wb") as sink:
            start = time.perf_counter()
            subprocess.run(command, stdout=sink, stderr=sink, check=False)
            walls[count] = time.perf_counter() - start
        rows.append(f"--jobs {count}: {walls[count]:.2f} s wall")
    rows.append(f"speed-up at 2 jobs: {walls[1] / walls[2]:.2f}x (on an otherwise idle machine near the core count)")
    return rows


def start_up() -> list[str]:
    help_cpu = min(child_cpu([str(CITE), "--help"])[0] for _ in range(5))
    bare = min(child_cpu([sys.executable, "-c", "pass"])[0] for _ in range(5))
    typer_only = min(child_cpu([sys.executable, "-c", "import typer"])[0] for _ in range(5))
    rows = [
        f"cite --help: {help_cpu:.3f} s CPU (target 0.15); python alone {bare:.3f} s, `import typer` {typer_only:.3f} s"
    ]
    trace = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import cite.cli"], capture_output=True, text=True, check=False
    ).stderr
    imports = []
    for line in trace.splitlines()[1:]:
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            imports.append((int(parts[1]), parts[2]))
    top = ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in sorted(imports, reverse=True)[:6])
    rows.append(f"slowest imports of cite.cli (cumulative): {top}")
    return rows


def peer(pieces: list[str]) -> list[str]:
    if not PEER_PYTHON.exists():
        return ["refextract: not installed (bench/.venv-peer missing; `make bench` creates it); skipped"]
    distinct = sorted({p for p in pieces if "\n" not in p})
    strings = distinct[:: max(1, len(distinct) // PEER_STRINGS)][:PEER_STRINGS]  # spread over the corpus
    ours, _ = best_cpu(lambda: parse_references([(s, (), False) for s in strings]))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(strings))
    try:
        result = subprocess.run(
            [str(PEER_PYTHON), str(ROOT / "bench" / "peer.py"), handle.name],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        os.unlink(handle.name)
    if result.returncode != 0:
        return [f"refextract failed: {result.stderr.strip().splitlines()[-1:]}"]
    theirs = json.loads(result.stdout)
    return [
        f"on {len(strings):,} distinct reference strings of the corpus: cite {len(strings) / ours:,.0f} references/s, "
        f"refextract (GPL-2.0-or-later, bench-only) {len(strings) / theirs['seconds']:,.0f} strings/s "
        f"({theirs['references']:,} references returned); cite is {theirs['seconds'] / ours:.1f} times as fast"
    ]


def profile(corpus: Path) -> None:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        print("pyinstrument is not installed (pip install -e '.[bench]')")
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pyinstrument",
            "-r",
            "text",
            str(CITE),
            "extract",
            "--jobs",
            "1",
            "--no-store",
            "-q",
            "-f",
            "jsonl",
            "-o",
            os.devnull,
            str(corpus),
        ],
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=250, help="seed-like files in the generated corpus")
    parser.add_argument("--profile", action="store_true", help="also profile the end-to-end run with pyinstrument")
    args = parser.parse_args()
    shutil.rmtree(CORPUS, ignore_errors=True)
    count, size = generate(CORPUS, args.files)
    paths = list(expand([CORPUS]))
    megabytes = size / 1e6
    print(f"== corpus: {count} seed-like files, {megabytes:.1f} MB (bench/corpus.py)")
    print("== stages (one process, the whole corpus through each stage in turn)")
    rows, pieces = stages(paths, megabytes)
    print("\n".join(rows))
    print("== end to end")
    print("\n".join(end_to_end(CORPUS, paths, megabytes)))
    print("== 1 vs 2 jobs")
    print("\n".join(jobs(CORPUS)))
    print("== start-up")
    print("\n".join(start_up()))
    print("== peer parser")
    print("\n".join(peer(pieces)))
    if args.profile:
        profile(CORPUS)


if __name__ == "__main__":
    main()
