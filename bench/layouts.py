"""Generated documents with N notes, one per note convention and per adversarial layout.

The layouts are the ones that made linking or a finder super-linear (issue 10 and issue 12): every note in
its own short paragraph, long runs of lines with no sentence end (bullet lists, table rows, English lines
without full stops, circled pages without 。), and many markers and bodies on one physical line. Each
generator returns the text and the labels of its notes in reading order, known by construction.
"""

from __future__ import annotations

from collections.abc import Callable

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
#: Notes per printed page in the circled layouts.
PAGE = len(CIRCLED)

Layout = tuple[str, list[str]]


def _reference(k: int) -> str:
    """A seed-like Chinese journal reference, varied by k."""
    return f"王{k}：《中亚外交研究第{k}卷》，载《世界经济与政治论坛》20{k % 24:02d} 年第 {k % 12 + 1} 期。"


def _western(k: int) -> str:
    return f"Jane Roe{k}, “Title number {k},” *Journal of Tests* {k % 40}, no. 3 (2020): {k % 300 + 1}–67."


def circled(n: int, stop: str = "。") -> Layout:
    """Circled numbers restarting on every page: a paragraph with PAGE markers, then the page's notes."""
    parts, labels = [], []
    for first in range(0, n, PAGE):
        count = min(PAGE, n - first)
        sentence = "".join(f"哈萨克斯坦的外交第{first + i}句^{CIRCLED[i]}{stop}" for i in range(count))
        notes = "\n".join(f"{CIRCLED[i]} {_reference(first + i)}" for i in range(count))
        parts.append(f"{sentence}\n\n{notes}\n")
        labels.extend(CIRCLED[:count])
    return "\n".join(parts), labels


def circled_no_stop(n: int) -> Layout:
    """Circled pages whose text never ends a sentence with 。 (one long paragraph cut by every page)."""
    return circled(n, stop="，")


def superscript(n: int) -> Layout:
    """`^{k}` markers; each paragraph's note follows it on a line of its own."""
    parts = [f"正文第{k}句引用了这一研究^{{{k}}}。\n\n^{{{k}}} {_reference(k)}\n" for k in range(1, n + 1)]
    return "\n".join(parts), [str(k) for k in range(1, n + 1)]


def word_inline(n: int) -> Layout:
    """Word export, every note in its own short paragraph (the layout that took 88 s at 2,000 notes)."""
    lines = [
        f"句{k}[footnoteRef:{k}] [{k}:  “标题{k}”，通讯社，2022年8月5日，https://e.x/{k}]" for k in range(1, n + 1)
    ]
    return "\n".join(lines), [str(k) for k in range(1, n + 1)]


def word_block(n: int) -> Layout:
    """Word export with `[[footnoteRef:N]]` markers in paragraphs and the `[N: [] …]` bodies in one block."""
    text = [f"第{k}段正文讨论外交政策[[footnoteRef:{k}]]。" for k in range(1, n + 1)]
    bodies = [f"[{k}: [] {_reference(k)}]" for k in range(1, n + 1)]
    return "\n".join([*text, "", *bodies]), [str(k) for k in range(1, n + 1)]


def markdown(n: int) -> Layout:
    """Markdown `[^k]` markers in sentences, the definitions at the end."""
    text = [f"Sentence {k} of the paper makes a claim.[^{k}]" for k in range(1, n + 1)]
    bodies = [f"[^{k}]: {_western(k)}" for k in range(1, n + 1)]
    return "\n\n".join(["\n".join(text), *bodies]), [str(k) for k in range(1, n + 1)]


def markdown_bullets(n: int) -> Layout:
    """A Markdown bullet list of n items, each with a note and no sentence end (61 s at 1,000 before)."""
    items = [f"- Item number {k} of the list[^{k}]" for k in range(1, n + 1)]
    bodies = [f"[^{k}]: {_western(k)}" for k in range(1, n + 1)]
    return "\n".join([*items, "", *bodies]), [str(k) for k in range(1, n + 1)]


def markdown_table(n: int) -> Layout:
    """A Markdown table of n rows, each with a note."""
    rows = ["| country | figure |", "|---|---|", *(f"| Country {k} | {k * 7}[^{k}] |" for k in range(1, n + 1))]
    bodies = [f"[^{k}]: {_western(k)}" for k in range(1, n + 1)]
    return "\n".join([*rows, "", *bodies]), [str(k) for k in range(1, n + 1)]


def endnotes(n: int) -> Layout:
    """`[k]` markers in sentences, then a Notes section of numbered entries."""
    text = [f"Sentence {k} of the paper makes a claim about the region.[{k}]" for k in range(1, n + 1)]
    bodies = [f"[{k}] {_western(k)}" for k in range(1, n + 1)]
    return "\n".join([*text, "", "Notes", "", *bodies]), [str(k) for k in range(1, n + 1)]


def english_no_stop(n: int) -> Layout:
    """English lines of 40+ characters without full stops, each with an endnote marker."""
    text = [f"a line of running English text number {k} without any stop[{k}]" for k in range(1, n + 1)]
    bodies = [f"[{k}] {_western(k)}" for k in range(1, n + 1)]
    return "\n".join([*text, "", "Notes", "", *bodies]), [str(k) for k in range(1, n + 1)]


def many_rules(n: int) -> Layout:
    """A paragraph then a rule before every endnote: n rule-introduced sections."""
    parts = [f"Sentence {k} makes a claim.[{k}]\n\n---\n\n[{k}] {_western(k)}\n" for k in range(1, n + 1)]
    return "\n".join(parts), [str(k) for k in range(1, n + 1)]


def sources(n: int) -> Layout:
    """Paragraphs each followed by a `资料来源：` line (body citations, no labels)."""
    parts = [f"第{k}张表的数据如下。\n资料来源：{_reference(k)}\n" for k in range(1, n + 1)]
    return "\n".join(parts), [""] * n


def word_one_line(n: int) -> Layout:
    """Every marker and body of a Word export on one physical line."""
    line = " ".join(f"第{k}句。[footnoteRef:{k}] [{k}:  {_reference(k)}]" for k in range(1, n + 1))
    return line, [str(k) for k in range(1, n + 1)]


def markdown_one_line(n: int) -> Layout:
    """Every Markdown marker on one physical line, no sentence end anywhere, definitions after it."""
    line = " ".join(f"claim {k}[^{k}]" for k in range(1, n + 1))
    bodies = [f"[^{k}]: {_western(k)}" for k in range(1, n + 1)]
    return "\n\n".join([line, *bodies]), [str(k) for k in range(1, n + 1)]


#: Layout name -> generator, conventions first, then the adversarial layouts.
LAYOUTS: dict[str, Callable[[int], Layout]] = {
    "circled per page": circled,
    "superscript ^{k}": superscript,
    "word inline bodies": word_inline,
    "word block bodies": word_block,
    "markdown [^k]": markdown,
    "endnotes [k]": endnotes,
    "source lines": sources,
    "circled, no 。": circled_no_stop,
    "bullet list": markdown_bullets,
    "table rows": markdown_table,
    "english, no stops": english_no_stop,
    "rule before each note": many_rules,
    "word, one line": word_one_line,
    "markdown, one line": markdown_one_line,
}
