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
* `xelatex`, `xelatex-columns`: pandoc writes the LaTeX body, XeLaTeX sets it in an article of our own preamble
  (`PREAMBLE`): justified with TeX's hyphenation and ligatures, a running header and page numbers, DejaVu Serif
  for Latin and Cyrillic, WenQuanYi Micro Hei for Chinese and Japanese (xeCJK), Chinese notes ①… again on every
  page (footmisc), a reference list in hanging indents; the second in two columns.

A route whose tool is missing is left out, with the reason (`missing`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

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

#: route -> (typesetter, LibreOffice layout of tests/pdf_fixtures.py or LaTeX class options); the Chinese
#: documents take the "chinese-journal" layout on the journal route.
ROUTES: dict[str, tuple[str, str]] = {
    "lo": ("soffice", "default"),
    "lo-journal": ("soffice", "journal"),
    "lo-columns": ("soffice", "columns"),
    "xelatex": ("xelatex", ""),
    "xelatex-columns": ("xelatex", ",twocolumn"),
}


def _running_text(sentences: tuple[str, ...], start: int, separator: str) -> str:
    return separator.join(sentences[(start + k) % len(sentences)] for k in range(SENTENCES_PER_NOTE))


def western_markdown(style: str, texts: list[str]) -> str:
    """A short paper of one review style: a paragraph per footnote (note styles), or an introduction of
    several paragraphs before the reference list, in hanging indents where LaTeX sets it."""
    parts = ["# Water and Empire"]
    if style in NOTE_STYLES:
        parts += [f"{_running_text(WESTERN_SENTENCES, n, ' ')}[^{n}]" for n in range(1, len(texts) + 1)]
        parts += [f"[^{n}]: {text}" for n, text in enumerate(texts, 1)]
    else:
        parts += [_running_text(WESTERN_SENTENCES, n, " ") for n in range(INTRODUCTION)]
        parts += ["# References", HANGING_START, *texts, HANGING_END]
    return "\n\n".join(parts) + "\n"


def chinese_markdown(texts: list[str]) -> str:
    """A Chinese paper with a paragraph of running text per footnote."""
    parts = ["# 中亚研究中的文献引证"]
    parts += [f"{_running_text(CHINESE_SENTENCES, n, '')[:-1]}[^{n}]。" for n in range(1, len(texts) + 1)]
    parts += [f"[^{n}]: {text}" for n, text in enumerate(texts, 1)]
    return "\n\n".join(parts) + "\n"


def documents() -> dict[str, tuple[str, list[dict]]]:
    """name -> (Markdown, gold records with `text` and `references`): the western styles, then the Chinese sets."""
    western: dict[str, list[dict]] = {}
    for line in (REVIEW_DIR / "review.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        western.setdefault(record["doc"], []).append(record)
    out = {
        style: (western_markdown(style, [r["text"] for r in records]), records) for style, records in western.items()
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
    return None if shutil.which("xelatex") else "xelatex is not installed (Debian: texlive-xetex)"


def latex_pdf(markdown: str, name: str, options: str, chinese: bool, cache: Path) -> Path:
    """The PDF XeLaTeX sets from the LaTeX body pandoc writes from `markdown` (cached in `cache`)."""
    preamble = PREAMBLE.format(columns=options, notes=CIRCLED_NOTES if chinese else "")

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


def review_pdf(name: str, markdown: str, route: str, cache: Path = CACHE) -> Path:
    """One review document printed by one route (cached in `cache`/`route`)."""
    tool, setting = ROUTES[route]
    chinese = name.startswith("zh-")
    if tool == "soffice":
        layout = "chinese-journal" if chinese and setting == "journal" else setting
        return make_pdf(markdown, name, layout, cache / route)
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
        for name, (markdown, _) in documents().items():
            print(review_pdf(name, markdown, route, args.out_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
