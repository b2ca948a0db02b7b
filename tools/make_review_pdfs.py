"""Print the hand-typed review fixtures to PDF the ways journal PDFs are made, for bench/accuracy.py's PDF rows.

    .venv/bin/python tools/make_review_pdfs.py [--out-dir DIR]   # default .cache/review-pdf/

The PDFs are not committed: they are made again from the gold (tests/fixtures/review/review.jsonl and
tests/fixtures/review-zh/notes.jsonl) with the tools installed, and cached by the hash of their inputs. Unlike the
one-page .md/.txt documents of those sets, each note or entry here stands in a paragraph of running text
(`western_markdown`, `chinese_markdown`), so the notes fall at the feet of many pages and some go on to the next.
Routes (`ROUTES`):

* `lo`, `lo-journal`, `lo-columns`: pandoc writes a .docx, LibreOffice prints it (tests/pdf_fixtures.py): the
  default page; a journal page (9 pt notes, a running header, page numbers from 117; for the Chinese documents
  the Chinese journal page: ①… again on every page, justified, first lines indented, page numbers from 33); two
  columns;
* `xelatex`, `xelatex-columns`, `xelatex-journal`: pandoc writes the LaTeX body, XeLaTeX sets it in an article of
  our own preamble (`PREAMBLE`): justified with TeX's hyphenation and ligatures, a running header and page numbers,
  DejaVu Serif for Latin and Cyrillic, WenQuanYi Micro Hei for Chinese and Japanese (xeCJK), Chinese notes ①…
  again on every page (footmisc), a reference list in hanging indents; the second in two columns; the third a
  journal's page (`JOURNAL_PAGE`): line numbers in the margin (lineno) and a first-page footer with the dates and
  the DOI;
* `pandoc-latex`: pandoc's own route to PDF with its default template (`pandoc -s --pdf-engine`): the article
  class on Letter paper, footnotes in `\footnotesize`, page numbers, the reference list a references section
  (`#refs`) of CSL entries in hanging indents (`CSLReferences`), as `pandoc --citeproc` writes it; pdfLaTeX
  (Latin Modern) for the western documents, XeLaTeX with `CJKmainfont` for the Chinese ones;
* `chromium`: pandoc's standalone HTML of the same Markdown (the footnotes an endnote list with back-links "↩︎",
  the reference list in hanging indents) printed by headless Chromium (`--print-to-pdf`), with its default
  header (date, page title) and footer (the file's address, "1/5").

A route whose tool is missing is left out, with the reason (`missing`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `tests` importable
    sys.path.insert(0, str(ROOT))

from tests.pdf_fixtures import cached_pdf, make_pdf, pandoc, soffice  # noqa: E402
from tools.make_review_fixtures import NOTE_STYLES  # noqa: E402

REVIEW_DIR = ROOT / "tests" / "fixtures" / "review"
ZH_DIR = ROOT / "tests" / "fixtures" / "review-zh"
CACHE = ROOT / ".cache" / "review-pdf"

#: Sentences of the running text, taken in turn; long words so that justified lines hyphenate them.
WESTERN_SENTENCES = (
    "The historiography of irrigation in Kazakhstan and Uzbekistan has long been shaped by administrative records.",
    "Collectivisation transformed agricultural infrastructure across the steppe and the oasis settlements alike.",
    "Independence brought new arguments about transboundary water allocation between upstream and downstream states.",
    "Negotiations over reservoirs were conducted by ministries whose responsibilities overlapped considerably.",
    "Contemporary observers emphasised the environmental consequences of the shrinking Aral Sea basin.",
    "Parliamentary commissions, international organisations and local communities interpreted these developments "
    "differently.",
    "Historians reconstructing the period depend on memoirs, statistical yearbooks and newspaper reporting.",
)
#: The same for the Chinese documents.
CHINESE_SENTENCES = (
    "中亚地区的水资源问题长期以来受到各国政府和国际组织的高度关注。",
    "独立以后，上下游国家围绕跨境河流的水量分配展开了多轮谈判。",
    "苏联时期形成的灌溉体系在很大程度上决定了今天的农业格局。",
    "学界对这一进程的解释存在明显分歧，既有制度层面的分析，也有历史层面的考察。",
    "区域合作机制的建设离不开大国的参与和地区国家的共同努力。",
)
#: Sentences of running text before each note's mark (the last one carries it).
SENTENCES_PER_NOTE = 3
#: Paragraphs of running text before a reference list.
INTRODUCTION = 6

#: A running header and page numbers, justified text, hanging indents for a reference list; `{columns}` and
#: `{notes}` filled per document.
PREAMBLE = r"""\documentclass[10pt,a4paper{columns}]{{article}}
\usepackage[margin=2.2cm]{{geometry}}
\usepackage{{fontspec}}
\setmainfont{{DejaVu Serif}}
\usepackage{{xeCJK}}
\setCJKmainfont{{WenQuanYi Micro Hei}}
\xeCJKsetcharclass{{"2460}}{{"2473}}{{1}}
\usepackage{{fancyhdr}}
\pagestyle{{fancy}}
\fancyhead[C]{{\small Journal of Central Asian Studies · Vol. 12}}
\fancyfoot[C]{{\thepage}}
\usepackage[hidelinks]{{hyperref}}
{notes}
{layout}
\providecommand{{\tightlist}}{{\setlength{{\itemsep}}{{0pt}}\setlength{{\parskip}}{{0pt}}}}
\begin{{document}}
\setcounter{{page}}{{117}}
"""
#: Chinese notes numbered ①… again on every page, as Chinese journals print them.
CIRCLED_NOTES = (
    r"\usepackage[perpage]{footmisc}"
    "\n"
    r"\renewcommand{\thefootnote}{\ifcase\value{footnote}\or ①\or ②\or ③\or ④\or ⑤\or ⑥\or ⑦\or ⑧\or ⑨\or ⑩"
    r"\or ⑪\or ⑫\or ⑬\or ⑭\or ⑮\or ⑯\or ⑰\or ⑱\or ⑲\or ⑳\fi}"
)
#: Raw LaTeX around a reference list: hanging indents, a little space between entries (the .docx ignores it).
HANGING_START = (
    "```{=latex}\n\\begingroup\\setlength{\\leftskip}{1.5em}\\setlength{\\parindent}{-1.5em}"
    "\\setlength{\\parskip}{0.3em}\n```"
)
HANGING_END = "```{=latex}\n\\par\\endgroup\n```"
#: A reference-list entry's label and the space after it: "[1] ", "(1) ", "1. ".
LIST_LABEL = regex.compile(r"(?P<label>\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)\s+")

#: A journal's page: line numbers beside the body's lines, and a first-page footer (no running header there).
JOURNAL_PAGE = r"""\usepackage{lineno}
\linenumbers
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize Received 3 March 2026; accepted 9 July 2026. © 2026 The Authors.
https://doi.org/10.5555/jcas.2026.117}\fancyfoot[R]{\thepage}}
\AtBeginDocument{\thispagestyle{first}}
"""
#: XeLaTeX layout -> (class options, preamble lines after the notes' settings).
LATEX_LAYOUTS: dict[str, tuple[str, str]] = {
    "one-column": ("", ""),
    "two-column": (",twocolumn", ""),
    "journal": ("", JOURNAL_PAGE),
}

#: route -> (typesetter, LibreOffice layout of tests/pdf_fixtures.py or `LATEX_LAYOUTS` name); the Chinese
#: documents take the "chinese-journal" layout on the journal route.
ROUTES: dict[str, tuple[str, str]] = {
    "lo": ("soffice", "default"),
    "lo-journal": ("soffice", "journal"),
    "lo-columns": ("soffice", "columns"),
    "xelatex": ("xelatex", "one-column"),
    "xelatex-columns": ("xelatex", "two-column"),
    "xelatex-journal": ("xelatex", "journal"),
    "pandoc-latex": ("pandoc-latex", ""),
    "chromium": ("chromium", ""),
}
#: Typesetters whose reference lists come from CSL entries in a references section (`csl_entries`), as
#: `pandoc --citeproc` writes them, rather than from paragraphs in raw LaTeX's hanging indents.
CSL_LISTS = ("pandoc-latex", "chromium")
#: What each typesetter needs installed, and the Debian package that has it.
TOOLS = {
    "xelatex": ("xelatex", "texlive-xetex"),
    "pandoc-latex": ("pdflatex", "texlive-latex-recommended and lmodern"),
    "chromium": ("chromium", "chromium"),
}


def _running_text(sentences: tuple[str, ...], start: int, separator: str) -> str:
    return separator.join(sentences[(start + k) % len(sentences)] for k in range(SENTENCES_PER_NOTE))


def western_markdown(style: str, texts: list[str], csl: bool = False) -> str:
    """A short paper of one review style: a paragraph per footnote (note styles), or an introduction of
    several paragraphs before the reference list, in hanging indents where LaTeX sets it (`csl`: as CSL entries,
    `csl_entries`)."""
    parts = ["# Water and Empire"]
    if style in NOTE_STYLES:
        parts += [f"{_running_text(WESTERN_SENTENCES, n, ' ')}[^{n}]" for n in range(1, len(texts) + 1)]
        parts += [f"[^{n}]: {text}" for n, text in enumerate(texts, 1)]
    else:
        parts += [_running_text(WESTERN_SENTENCES, n, " ") for n in range(INTRODUCTION)]
        parts += ["# References", csl_entries(texts) if csl else "\n\n".join([HANGING_START, *texts, HANGING_END])]
    return "\n\n".join(parts) + "\n"


def csl_entries(texts: list[str]) -> str:
    """A reference list as pandoc's citeproc writes it: a `#refs` div in hanging indents, one div per entry, an
    entry's label ("[1]", "(1)", "1.") in a span of its own before the rest (`.csl-left-margin`)."""
    entries = []
    for n, text in enumerate(texts, 1):
        label = LIST_LABEL.match(text)
        if label:
            escaped = regex.sub(r"([\[\]()])", r"\\\1", label["label"])
            text = f"[{escaped} ]{{.csl-left-margin}}[{text[label.end() :]}]{{.csl-right-inline}}"
        entries.append(f"::: {{#ref-{n} .csl-entry}}\n{text}\n:::")
    return "\n\n".join([":::: {#refs .references .csl-bib-body .hanging-indent}", *entries, "::::"])


def chinese_markdown(texts: list[str]) -> str:
    """A Chinese paper with a paragraph of running text per footnote."""
    parts = ["# 中亚研究中的文献引证"]
    parts += [f"{_running_text(CHINESE_SENTENCES, n, '')[:-1]}[^{n}]。" for n in range(1, len(texts) + 1)]
    parts += [f"[^{n}]: {text}" for n, text in enumerate(texts, 1)]
    return "\n\n".join(parts) + "\n"


def documents(csl: bool = False) -> dict[str, tuple[str, list[dict]]]:
    """name -> (Markdown, gold records with `text` and `references`): the western styles, then the Chinese sets
    (`csl`: reference lists as CSL entries)."""
    western: dict[str, list[dict]] = {}
    for line in (REVIEW_DIR / "review.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        western.setdefault(record["doc"], []).append(record)
    out = {
        style: (western_markdown(style, [r["text"] for r in records], csl), records)
        for style, records in western.items()
    }
    notes = [json.loads(line) for line in (ZH_DIR / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for name in ("dev", "heldout"):
        records = [n for n in notes if n["set"] == name]
        out[f"zh-{name}"] = (chinese_markdown([r["text"] for r in records]), records)
    return out


def missing(route: str) -> str | None:
    """Why a route cannot be taken here (its typesetter is not installed), or None."""
    tool = ROUTES[route][0]
    if tool == "soffice":
        return None if soffice() else "LibreOffice (soffice) is not installed (Debian: libreoffice-writer-nogui)"
    program, package = TOOLS[tool]
    if tool == "pandoc-latex" and not (shutil.which("xelatex") and _tex_file("lmodern.sty")):
        return f"xelatex or lmodern.sty is not installed (Debian: texlive-xetex, {package})"
    return None if shutil.which(program) else f"{program} is not installed (Debian: {package})"


def _tex_file(name: str) -> bool:
    """Whether TeX finds a package file (kpsewhich)."""
    found = subprocess.run(["kpsewhich", name], capture_output=True, text=True) if shutil.which("kpsewhich") else None
    return bool(found and found.stdout.strip())


def latex_pdf(markdown: str, name: str, layout: str, chinese: bool, cache: Path) -> Path:
    """The PDF XeLaTeX sets from the LaTeX body pandoc writes from `markdown` (cached in `cache`)."""
    options, extra = LATEX_LAYOUTS[layout]
    preamble = PREAMBLE.format(columns=options, notes=CIRCLED_NOTES if chinese else "", layout=extra)

    def build(folder: Path) -> Path:
        (folder / "doc.md").write_text(markdown, encoding="utf-8")
        body = subprocess.run(
            [pandoc(), "doc.md", "-f", "markdown-smart", "-t", "latex"], cwd=folder, check=True, capture_output=True
        ).stdout.decode("utf-8")
        (folder / "doc.tex").write_text(preamble + body + "\n\\end{document}\n", encoding="utf-8")
        for _ in range(2):  # the second run settles footmisc's per-page numbers
            subprocess.run(
                ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
                cwd=folder,
                check=True,
                capture_output=True,
                timeout=300,
            )
        return folder / "doc.pdf"

    return cached_pdf(cache, name, f"{preamble}\n{markdown}", Path(__file__), build)


def pandoc_pdf(markdown: str, name: str, chinese: bool, cache: Path) -> Path:
    """The PDF pandoc makes of `markdown` with its default LaTeX template: pdfLaTeX, or XeLaTeX with a Chinese
    font (and DejaVu Serif for the Cyrillic notes) for the Chinese documents."""
    engine = (
        ["--pdf-engine=xelatex", "-V", "CJKmainfont=WenQuanYi Micro Hei", "-V", "mainfont=DejaVu Serif"]
        if chinese
        else ["--pdf-engine=pdflatex"]
    )

    def build(folder: Path) -> Path:
        (folder / "doc.md").write_text(markdown, encoding="utf-8")
        subprocess.run(
            [pandoc(), "doc.md", "-s", "-f", "markdown-smart", *engine, "-o", "doc.pdf"],
            cwd=folder,
            check=True,
            capture_output=True,
            timeout=300,
        )
        return folder / "doc.pdf"

    return cached_pdf(cache, name, f"{engine}\n{markdown}", Path(__file__), build)


def chromium_pdf(markdown: str, name: str, cache: Path) -> Path:
    """The PDF headless Chromium prints of pandoc's standalone HTML of `markdown` (its default header and footer)."""

    def build(folder: Path) -> Path:
        (folder / "doc.md").write_text(markdown, encoding="utf-8")
        title = ["--metadata", f"pagetitle={name}"]
        subprocess.run(
            [pandoc(), "doc.md", "-s", "-f", "markdown-smart", *title, "-o", "doc.html"], cwd=folder, check=True
        )
        return chromium_print(shutil.which("chromium") or "chromium", folder / "doc.html")

    return cached_pdf(cache, name, markdown, Path(__file__), build)


def chromium_print(browser: str, page: Path, timeout: int = 300) -> Path:
    """The PDF (beside `page`) that headless Chromium prints of an HTML page, with its default header and footer."""
    printed = page.with_suffix(".pdf")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={page.parent / 'profile'}",
            f"--print-to-pdf={printed}",
            page.as_uri(),
        ],
        cwd=page.parent,
        check=True,
        capture_output=True,
        timeout=timeout,
    )
    return printed


def review_pdf(name: str, markdown: str, route: str, cache: Path = CACHE) -> Path:
    """One review document printed by one route (cached in `cache`/`route`)."""
    tool, setting = ROUTES[route]
    chinese = name.startswith("zh-")
    if tool == "soffice":
        layout = "chinese-journal" if chinese and setting == "journal" else setting
        return make_pdf(markdown, name, layout, cache / route)
    if tool == "pandoc-latex":
        return pandoc_pdf(markdown, name, chinese, cache / route)
    if tool == "chromium":
        return chromium_pdf(markdown, name, cache / route)
    return latex_pdf(markdown, name, setting, chinese, cache / route)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=CACHE)
    parser.add_argument("--routes", default=",".join(ROUTES), help="comma-separated routes (default: all)")
    args = parser.parse_args(argv)
    for route in args.routes.split(","):
        if reason := missing(route):
            print(f"{route}: skipped: {reason}", file=sys.stderr)
            continue
        for name, (markdown, _) in documents(ROUTES[route][0] in CSL_LISTS).items():
            print(review_pdf(name, markdown, route, args.out_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
