"""Write the review documents of tests/fixtures/review/ from its hand-written gold, review.jsonl.

    .venv/bin/python tools/make_review_fixtures.py [--out-dir DIR]

Each gold record holds a reference or note as an author types it in Markdown (`*…*` for italics, `**…**` for
bold) and the fields read off it by hand. The script puts the records of one style into a small document, twice:
`<style>.md` (footnotes `[^n]` for note styles, paragraphs under "# References" for lists) and `<style>.txt`
(the same without the emphasis marks: `[n]` endnotes, or one entry a line under "References"). The output is
deterministic. See tests/fixtures/review/README.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
REVIEW_DIR = ROOT / "tests" / "fixtures" / "review"
#: Styles whose records are notes (footnotes); the others are reference-list entries.
NOTE_STYLES = frozenset({"chicago-notes", "mhra", "oscola", "new-harts"})
#: Markdown emphasis: "**2005**", "*Nature*".
EMPHASIS_MARKS = regex.compile(r"\*{1,2}(?=\S)|(?<=\S)\*{1,2}")
#: A short body sentence per note, so each marker sits in running text.
SENTENCE = "Water and land were argued over in every decade of the period"


def plain(text: str) -> str:
    """The text as typed without italics: "*Nature* **2006**" -> "Nature 2006"."""
    return EMPHASIS_MARKS.sub("", text)


def note_documents(style: str, texts: list[str]) -> tuple[str, str]:
    """(Markdown, plain text) of a document whose footnotes are `texts`."""
    body = " ".join(f"{SENTENCE} ({n}).{{marker{n}}}" for n in range(1, len(texts) + 1))
    markdown = "# Water and Empire\n\n" + body.format(**{f"marker{n}": f"[^{n}]" for n in range(1, len(texts) + 1)})
    markdown += "\n\n" + "\n\n".join(f"[^{n}]: {text}" for n, text in enumerate(texts, 1)) + "\n"
    text = "Water and Empire\n\n" + body.format(**{f"marker{n}": f"[{n}]" for n in range(1, len(texts) + 1)})
    text += "\n\n" + "\n\n".join(f"[{n}] {plain(t)}" for n, t in enumerate(texts, 1)) + "\n"
    return markdown, text


def list_documents(texts: list[str]) -> tuple[str, str]:
    """(Markdown, plain text) of a short paper ending with the reference list `texts`."""
    intro = "Water and land were argued over in every decade of the period, as the sources below show."
    markdown = f"# Water and Empire\n\n{intro}\n\n# References\n\n" + "\n\n".join(texts) + "\n"
    text = f"Water and Empire\n\n{intro}\n\nReferences\n\n" + "\n".join(map(plain, texts)) + "\n"
    return markdown, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=REVIEW_DIR)
    args = parser.parse_args(argv)
    gold = [json.loads(line) for line in (REVIEW_DIR / "review.jsonl").read_text(encoding="utf-8").splitlines()]
    styles: dict[str, list[str]] = {}
    for record in gold:
        styles.setdefault(record["doc"], []).append(record["text"])
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for style, texts in styles.items():
        markdown, text = note_documents(style, texts) if style in NOTE_STYLES else list_documents(texts)
        (args.out_dir / f"{style}.md").write_text(markdown, encoding="utf-8")
        (args.out_dir / f"{style}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
