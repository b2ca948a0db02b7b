"""Write the documents of tests/fixtures/zh-journal/ from its hand-written gold, gold.jsonl.

    .venv/bin/python tools/make_zh_journal_fixture.py

Each document as `.txt` and `.md` (pandoc writes the `.docx`/`.html` when bench/accuracy.py scores them):
`notes*` (the notes of 《中国社会科学》-like journals: circled ①…⑩ restarting on each printed page in the .txt,
`[^n]` footnotes in the .md), `gbt-numbered*` (a GB/T 7714 顺序编码制 list, `[n]` entries under 参考文献, cited as
`[n]` in the text) and `gbt-author-year` (a 著者-出版年制 list). See tests/fixtures/zh-journal/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "tests" / "fixtures" / "zh-journal"
#: Circled numbers: a printed page of a Chinese journal holds about ten notes.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
#: The body sentence each note marker or list citation stands in.
SENTENCE = "围绕中亚地区秩序的讨论由来已久{mark}。"
TITLE = "中亚地区秩序研究述评"


def note_documents(texts: list[str]) -> tuple[str, str]:
    """(plain text, Markdown) of an article whose footnotes are `texts`."""
    txt = [TITLE, ""]
    for start in range(0, len(texts), len(CIRCLED)):
        page = texts[start : start + len(CIRCLED)]
        txt += ["".join(SENTENCE.format(mark=CIRCLED[i]) for i in range(len(page))), ""]
        txt += [line for i, text in enumerate(page) for line in (f"{CIRCLED[i]} {text}", "")]
    markers = "".join(SENTENCE.format(mark=f"[^{n}]") for n in range(1, len(texts) + 1))
    md = [f"# {TITLE}", "", markers, ""] + [line for n, t in enumerate(texts, 1) for line in (f"[^{n}]: {t}", "")]
    return "\n".join(txt), "\n".join(md)


def list_documents(texts: list[str], numbered: bool) -> tuple[str, str]:
    """(plain text, Markdown) of an article ending with the reference list `texts` (its entries as typed)."""
    marks = [f"[{n}]" if numbered else "" for n in range(1, len(texts) + 1)]
    body = "".join(SENTENCE.format(mark=mark) for mark in marks)
    txt = [TITLE, "", body, "", "参考文献", "", *texts, ""]
    md = [f"# {TITLE}", "", body, "", "## 参考文献", ""] + [line for text in texts for line in (text, "")]
    return "\n".join(txt), "\n".join(md)


def main() -> None:
    gold = [json.loads(line) for line in (DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    docs: dict[str, list[str]] = {}
    for record in gold:
        docs.setdefault(record["doc"], []).append(record["text"])
    for doc, texts in docs.items():
        txt, md = note_documents(texts) if doc.startswith("notes") else list_documents(texts, "numbered" in doc)
        (DIR / f"{doc}.txt").write_text(txt, encoding="utf-8")
        (DIR / f"{doc}.md").write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
