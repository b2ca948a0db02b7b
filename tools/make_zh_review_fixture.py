"""Build the review fixture: Chinese, Russian, Kazakh, Japanese and English notes as Chinese area-studies authors
type them, with gold written by hand (tests/fixtures/review-zh/README.md).

Reads tests/fixtures/review-zh/notes.jsonl (one note per line: set, text, references) and writes, for each set
(`dev`, `heldout`), a plain-text document with circled notes restarting per page (`<set>.txt`) and a Markdown
document with `[^n]` footnotes (`<set>.md`), and `<set>.gold.jsonl`: the gold in the seed-gold form (doc, line,
label, kind, references), matched by (doc, line, label) as bench/accuracy.py matches the seeds.

    .venv/bin/python tools/make_zh_review_fixture.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "tests" / "fixtures" / "review-zh"
#: Circled numbers ① … ⑩: a printed page of a Chinese journal holds about that many notes.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
#: The body sentence each marker stands in.
SENTENCE = "关于中亚地区的国际关系，学界已有不少讨论{mark}。"


def documents(notes: list[dict], stem: str) -> tuple[str, str, list[dict]]:
    """(plain text, Markdown, gold records) for one set's notes."""
    txt = ["中亚研究中的文献引证", ""]
    gold = []
    for start in range(0, len(notes), len(CIRCLED)):
        page = notes[start : start + len(CIRCLED)]
        txt += ["".join(SENTENCE.format(mark=f"^{CIRCLED[i]}") for i in range(len(page))), ""]
        for i, note in enumerate(page):
            gold.append(_gold(f"{stem}.txt", len(txt) + 1, CIRCLED[i], note))
            txt += [f"{CIRCLED[i]} {note['text']}", ""]
        txt += ["这一问题仍有待进一步研究。", ""]
    md = ["# 中亚研究中的文献引证", "", "".join(SENTENCE.format(mark=f"[^{n}]") for n in range(1, len(notes) + 1)), ""]
    for n, note in enumerate(notes, 1):
        gold.append(_gold(f"{stem}.md", len(md) + 1, str(n), note))
        md += [f"[^{n}]: {note['text']}", ""]
    return "\n".join(txt), "\n".join(md), gold


def _gold(doc: str, line: int, label: str, note: dict) -> dict:
    return {"doc": doc, "line": line, "label": label, "kind": "citation", "text": note["text"], "references": note["references"]}


def main() -> None:
    notes = [json.loads(line) for line in (DIR / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for name in ("dev", "heldout"):
        txt, md, gold = documents([n for n in notes if n["set"] == name], name)
        (DIR / f"{name}.txt").write_text(txt, encoding="utf-8")
        (DIR / f"{name}.md").write_text(md, encoding="utf-8")
        lines = [json.dumps(record, ensure_ascii=False) for record in gold]
        (DIR / f"{name}.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
