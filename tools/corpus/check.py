"""Check the corpus: does fencing a style change what it prints, and what do labelled records look like?

    python -m tools.corpus.check fidelity [--styles DIR] [--sample N]   # rendered text with and without markers
    python -m tools.corpus.check show corpus/csl-note.jsonl [--count 20] [--seed 0]

    python -m tools.corpus.check stats [corpus/]

`fidelity` renders the same generated items through the original and the rewritten style and counts the
entries and notes whose text (markers removed) differs; `show` prints records as [label:text] for reading;
`stats` counts records per file and language.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import tempfile
from pathlib import Path

from tools.corpus.html import read_rendering
from tools.corpus.items import ItemMaker
from tools.corpus.record import WHITESPACE_RUN
from tools.corpus.render import (
    STYLES_DIR,
    choose_styles,
    lang_weights,
    markdown,
    note_plan,
    pandoc_path,
    read_style,
    render,
    stable_hash,
)
from tools.corpus.styles import decode_markers

# "[12] ", "12. ", "4": a numbered entry's number, which the markers can change by changing the sort order
LEADING_CITATION_NUMBER = re.compile(r"^\[?\d+[\].)]?\s*")


def plain(pieces: list[tuple[str, bool]]) -> str:
    return WHITESPACE_RUN.sub(" ", "".join(text for text, _ in pieces)).strip()


def decoded(pieces: list[tuple[str, bool]], punctuation_in_quote: bool) -> str:
    return WHITESPACE_RUN.sub(" ", "".join(s.text for s in decode_markers(pieces, punctuation_in_quote))).strip()


def fidelity(styles_dir: Path, sample: int, items: int) -> None:
    styles = [s for s in (read_style(p) for p in sorted(styles_dir.glob("*.csl"))) if s]
    chosen = sorted(choose_styles(styles, 10_000), key=lambda s: stable_hash("check" + s.id))[:sample]
    pandoc = pandoc_path()
    same = differ = number_only = 0
    with tempfile.TemporaryDirectory() as tmp:
        for style in chosen:
            seed = stable_hash(style.id) % 2**31
            drawn = [item for item, _ in ItemMaker(seed).items("item", items, lang_weights(style))]
            plan = note_plan(random.Random(seed), [item["id"] for item in drawn]) if style.family == "note" else []
            marked = read_rendering(render(style, drawn, plan, Path(tmp), pandoc))
            bib = Path(tmp) / "items.json"
            bib.write_text(json.dumps(drawn, ensure_ascii=False), encoding="utf-8")
            original = subprocess.run(
                [pandoc, "-f", "markdown", "-t", "html", "--citeproc", "--wrap=none", "--csl", str(style.path), "--bibliography", str(bib)],
                input=markdown(plan), capture_output=True, text=True, check=True,
            ).stdout
            entries, notes = read_rendering(original)
            pairs = [(entries[k], marked[0].get(k, [])) for k in entries] + list(zip(notes, marked[1], strict=False))
            bad = [(plain(a), decoded(b, style.punctuation_in_quote)) for a, b in pairs]
            bad = [(a, b) for a, b in bad if a != b]
            same += len(pairs) - len(bad)
            differ += len(bad)
            text_differs = [(a, b) for a, b in bad if LEADING_CITATION_NUMBER.sub("", a) != LEADING_CITATION_NUMBER.sub("", b)]
            number_only += len(bad) - len(text_differs)
            print(f"{style.id}: {len(pairs) - len(bad)}/{len(pairs)} the same")
            for a, b in text_differs[:2]:
                print(f"   original: {a}\n   fenced:   {b}")
    print(f"{same} of {same + differ} renderings unchanged by the markers ({same / max(1, same + differ):.1%}); "
          f"{number_only} more differ only in their citation number (the markers change the sort order)")


def show(path: Path, count: int, seed: int) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record in random.Random(seed).sample(records, min(count, len(records))):
        text, out, i = record["text"], [], 0
        for start, end, label in record["spans"]:
            out += [text[i:start], f"[{label}:{text[start:end]}]"]
            i = end
        out.append(text[i:])
        print(f"{record['style']} {record['lang'] or '-'} {'I' if record['italic'] else '-'}  {''.join(out)}")


def stats(corpus: Path) -> None:
    """Records per file and language, and the labels' share of characters, as a Markdown table."""
    langs = ["zh", "en", "ru", "kk", "ja", "mixed", ""]
    print("| file | records | " + " | ".join(lang or "(Latin, unknown)" for lang in langs) + " | styles |")
    print("|---" * (len(langs) + 3) + "|")
    for path in sorted(corpus.glob("*.jsonl")):
        counts = dict.fromkeys(langs, 0)
        styles = set()
        for record in map(json.loads, path.open(encoding="utf-8")):
            counts[record["lang"]] += 1
            styles.add(record["style"])
        total = sum(counts.values())
        print(f"| {path.name} | {total:,} | " + " | ".join(f"{counts[lang]:,}" for lang in langs) + f" | {len(styles)} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    fid = sub.add_parser("fidelity")
    fid.add_argument("--styles", type=Path, default=STYLES_DIR)
    fid.add_argument("--sample", type=int, default=30)
    fid.add_argument("--items", type=int, default=20)
    sh = sub.add_parser("show")
    sh.add_argument("path", type=Path)
    sh.add_argument("--count", type=int, default=20)
    sh.add_argument("--seed", type=int, default=0)
    st = sub.add_parser("stats")
    st.add_argument("corpus", type=Path, nargs="?", default=Path("corpus"))
    args = parser.parse_args(argv)
    if args.command == "fidelity":
        fidelity(args.styles, args.sample, args.items)
    elif args.command == "stats":
        stats(args.corpus)
    else:
        show(args.path, args.count, args.seed)


if __name__ == "__main__":
    main()
