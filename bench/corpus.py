"""A corpus of N seed-like files for the speed benchmark: the seeds, each copy with its own labels and numbers.

    .venv/bin/python bench/corpus.py OUT_DIR N      # or --megabytes M instead of N

Copy k of a seed shifts Word labels (`[footnoteRef:3]` and its `[3: …]` body alike), renames Markdown labels
(`[^1]` -> `[^1k7]`) and moves every number of three or more digits (years, pages, issues), so no two files
are the same text and nothing can be cached across files, while every file keeps the conventions of its seed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: A Word marker or body label: "footnoteRef:3" in "[footnoteRef:3]", "3" in " [3:  text]".
WORD_LABEL = regex.compile(r"(?<=footnoteRef:)\d+|(?<=(?:^|\s)\[)\d+(?=:)", regex.MULTILINE)
#: A Markdown label: "1" in "[^1]" and "[^1]:".
MARKDOWN_LABEL = regex.compile(r"(?<=\[\^)[^\]\s]+(?=\])")
#: A number of three or more digits not inside a label: "2019", "230".
NUMBER = regex.compile(r"(?<![\d:^])\d{3,}(?![\d:\]])")


def vary(text: str, copy: int) -> str:
    """Copy `copy` of a seed's text: its own labels and numbers, the same conventions."""
    text = WORD_LABEL.sub(lambda m: str(int(m.group()) + copy % 50), text)
    text = MARKDOWN_LABEL.sub(lambda m: f"{m.group()}k{copy}", text)
    return NUMBER.sub(lambda m: str(int(m.group()) + copy % 9), text)


def generate(out: Path, count: int | None = None, megabytes: float | None = None) -> tuple[int, int]:
    """Write the corpus; returns (files, bytes)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    files = size = 0
    while (count is not None and files < count) or (megabytes is not None and size < megabytes * 1e6):
        data = vary(seeds[files % len(seeds)], files).encode("utf-8")
        # a thousand files a folder, as a corpus of downloaded papers is kept
        target = out / f"{files // 1000:03d}" / f"paper{files:06d}.txt"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        files += 1
        size += len(data)
    return files, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int, nargs="?")
    parser.add_argument("--megabytes", type=float)
    args = parser.parse_args()
    if args.count is None and args.megabytes is None:
        sys.exit("give N files or --megabytes M")
    files, size = generate(args.out, args.count, args.megabytes)
    print(f"{files} files, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
