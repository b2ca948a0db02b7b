"""Build held-out citation-style fixtures with pandoc's citeproc.

For every CSL note style in STYLES this script writes a small Markdown
document whose body cites the items of tests/fixtures/styles/items.json
(original CSL-JSON items written for this project), renders it with

    pandoc --citeproc --bibliography items.json --csl STYLE.csl \
           -M suppress-bibliography=true -t markdown-citations-smart --wrap=none

and saves the rendered document as tests/fixtures/styles/<style>.md.  Because
the document is generated from PLAN below, the items cited in every footnote
are known by construction; they are written, one line per footnote and in
note order, to tests/fixtures/styles/<style>.truth.jsonl:

    {"label": "5", "keys": ["okafor2021connectivity", "li2020energy"],
     "cited_pages": ["1110", "15"], "positions": ["first", "first"]}

"cited_pages" holds the locator exactly as written in the source citation
(null when the item is cited without one); "positions" is the CSL position of
each cite (first / subsequent / ibid / ibid-with-locator, CSL 1.0.2 rules).
Notes that contain only a comment have empty lists.

Two cosmetic steps are applied to pandoc's output so the notes read the way
they would print (and the way extracted documents look): hyperlinks are
flattened to their visible text by a small Lua filter, and the Markdown
writer's backslash escapes (``\\[``, ``\\<`` ...) are removed.  Nothing else is
touched.

Usage (needs the Debian package citation-style-language-styles):

    apt-get install citation-style-language-styles
    .venv/bin/python tools/make_style_fixtures.py [--styles-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "styles"
ITEMS = OUT_DIR / "items.json"
DEFAULT_STYLES_DIR = Path("/usr/share/citation-style-language/styles")

# (CSL file stem, language of the document prose)
STYLES: list[tuple[str, str]] = [
    ("chicago-fullnote-bibliography", "en"),
    ("chicago-fullnote-bibliography-with-ibid", "en"),
    ("modern-humanities-research-association", "en"),
    ("china-national-standard-gb-t-7714-2015-note", "zh"),
]

# One entry per footnote, in order.
#   cites:   [(item key, locator or None), ...]   -> one pandoc citation [@a, 1; @b]
#   prefix:  {lang: text} placed before the first cite (e.g. "See also")
#   prose:   {lang: template}; the note is written as an explicit footnote and
#            each cite is rendered in-text (@key [loc]) at {0}, {1}, ...
#   comment: {lang: text}; a footnote without any citation
PLAN: list[dict] = [
    {"cites": [("hartley2019water", "217")]},
    {"cites": [("qian2016military", "125")]},
    {"cites": [("ivanov2020rivalry", "101")]},
    {"cites": [("whitfield2016steppe", "45-47")]},
    {"cites": [("whitfield2016steppe", "52")]},
    {"cites": [("zhao2017silkroad", "88")]},
    {
        "comment": {
            "en": "Population figures here and below are rounded to the nearest thousand.",
            "zh": "此处及下文人口数据均四舍五入至千位。",
        }
    },
    {"cites": [("okafor2021connectivity", "1110"), ("li2020energy", "15")]},
    {"cites": [("smirnova2019eaeu", "134")]},
    {"cites": [("brandt2018sco", "73")]},
    {"cites": [("hartley2019water", "230")]},
    {"cites": [("yang2019aral", "1795")]},
    {"cites": [("sadykova2020multivector", "50")]},
    {"cites": [("delgado2020powers", None)], "prefix": {"en": "See generally", "zh": "详见"}},
    {"cites": [("chen2021uzbek", "95")]},
    {"cites": [("liu2021report", "3")]},
    {"cites": [("kuznetsov2018tajik", "150")]},
    {"cites": [("kuznetsov2018tajik", "152-153")]},
    {"cites": [("voronin2012caspian", "211")]},
    {"cites": [("petrov2015eurasianism", "67")]},
    {"cites": [("pryce2017migration", "112")]},
    {"cites": [("huang2019aid", "56")]},
    {"cites": [("abdullaev2016migration", "23")]},
    {"cites": [("abdullaev2016migration", None)]},
    {"cites": [("icg2022fergana", "7")]},
    {"cites": [("ciis2022security", "12")]},
    {"cites": [("riac2021agenda", "18")]},
    {"cites": [("mehta2019energy", "29")], "prefix": {"en": "See also", "zh": "另见"}},
    {"cites": [("li2020dust", "110")]},
    {"cites": [("lebedev2017water", "58")]},
    {"cites": [("zheng2018sco", "40")]},
    {"cites": [("foster2022railway", None)]},
    {"cites": [("wang2023railway", None)]},
    {"cites": [("wang2023railway", None)]},
    {"cites": [("volkova2022oil", None)]},
    {"cites": [("ward2023xian", None)]},
    {"cites": [("zhang2023summit", None)]},
    {"cites": [("cpc2021overview", None)]},
    {"cites": [("mfa2024kazakhstan", None)]},
    {"cites": [("ktk2023history", None)]},
    {"cites": [("wu2021kyrgyz", "31")]},
    {"cites": [("qian2016military", "130"), ("okafor2021connectivity", "1115")]},
    {
        "cites": [("ivanov2020rivalry", "110"), ("zheng2018sco", "45")],
        "prose": {
            "en": "For a Russian perspective, see {0}; for a Chinese one, see {1}.",
            "zh": "俄方观点参见 {0}；中方观点参见 {1}。",
        },
    },
    {"cites": [("smirnova2019eaeu", "140")]},
    {"cites": [("smirnova2019eaeu", "140")]},
    {"cites": [("li2020energy", "18")]},
    {"cites": [("brandt2018sco", "80")]},
    {
        "comment": {
            "en": "The 2022 figures were revised by the national statistics agencies in 2023.",
            "zh": "2022年数据已于2023年由各国统计机构修订。",
        }
    },
    {"cites": [("sadykova2020multivector", "60"), ("whitfield2016steppe", "100")]},
    {"cites": [("yang2019aral", "1800-1802")]},
]

TITLES = {
    "en": "Great Powers, Small States: Notes on Central Asian Regional Order",
    "zh": "大国与小国：中亚地区秩序札记",
}
HEADINGS = {
    "en": ["Introduction", "Institutions and Infrastructure", "Sources and Perceptions", "Conclusion"],
    "zh": ["引言", "制度与基础设施", "资料与认知", "结论"],
}
SENTENCES = {
    "en": [
        "Water allocation has remained the most persistent source of friction in the region.",
        "Imperial legacies continue to shape how borders are imagined and contested.",
        "The Soviet collapse left the new states with infrastructure designed for a single economy.",
        "Beijing's interest in the region long predates the Belt and Road Initiative.",
        "Moscow still regards Central Asia as its most important neighbourhood.",
        "Regional organisations have multiplied without producing deep integration.",
        "Scholars disagree over whether external competition helps or hurts the small states.",
        "Energy corridors have become instruments of foreign policy in their own right.",
        "Labour migration ties the poorer republics closely to the Russian economy.",
        "Official narratives in each capital stress sovereignty and non-alignment.",
        "Security cooperation is concentrated on the Afghan frontier.",
        "The press in all three languages followed the negotiations closely.",
        "Online sources published by governments supply much of the chronology.",
        "Doctoral research has begun to fill the gaps left by policy studies.",
        "Rail links are the most visible symbol of the new connectivity.",
        "Environmental change adds a further layer of uncertainty.",
    ],
    "zh": [
        "水资源分配始终是中亚地区最持久的摩擦来源。",
        "帝国遗产至今仍影响着人们对边界的想象与争夺。",
        "苏联解体后，新独立国家继承了为单一经济体设计的基础设施。",
        "中国对中亚的关注远早于“一带一路”倡议的提出。",
        "俄罗斯仍将中亚视为其最重要的周边地区。",
        "地区组织不断增多，却未能带来深度一体化。",
        "学界对于外部竞争究竟有利还是有害于小国存在分歧。",
        "能源通道本身已成为外交政策的工具。",
        "劳务移民使较贫穷的共和国与俄罗斯经济紧密相连。",
        "各国官方叙事都强调主权与不结盟。",
        "安全合作主要集中在阿富汗边境地区。",
        "三种语言的媒体都密切关注了相关谈判。",
        "政府网站发布的信息提供了大部分时间线。",
        "博士论文研究开始填补政策研究留下的空白。",
        "铁路联通是新型互联互通最直观的象征。",
        "环境变化又增加了一层不确定性。",
    ],
}

# Flatten hyperlinks to their visible text: the rendered note then shows the
# URL/DOI exactly as the style prints it, without Markdown link syntax.
LUA_UNLINK = "function Link(el) return el.content end\n"

UNESCAPE = re.compile(r"\\([\[\]<>_*'\"#|`~^$@])")


def pandoc_path() -> str:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except Exception:
        found = shutil.which("pandoc")
        if not found:
            sys.exit("pandoc not found (install pypandoc-binary into .venv)")
        return found


def cite_md(key: str, loc: str | None, prefix: str | None = None) -> str:
    return (prefix + " " if prefix else "") + f"@{key}" + (f", {loc}" if loc else "")


def note_source(note: dict, lang: str) -> str:
    """Markdown for one footnote-producing citation (or explicit note); `prefix` goes before the first cite,
    `prefixes` ({index: {lang: text}}) before later ones."""
    if "comment" in note:
        return "^[" + note["comment"][lang] + "]"
    if "prose" in note:
        parts = [f"@{k}" + (f" [{loc}]" if loc else "") for k, loc in note["cites"]]
        return "^[" + note["prose"][lang].format(*parts) + "]"
    prefixes = dict(note.get("prefixes", {}))
    if "prefix" in note:
        prefixes[0] = note["prefix"]
    body = "; ".join(cite_md(k, loc, prefixes.get(i, {}).get(lang)) for i, (k, loc) in enumerate(note["cites"]))
    return "[" + body + "]"


def build_source(lang: str) -> str:
    sents = SENTENCES[lang]
    heads = HEADINGS[lang]
    out = [f"# {TITLES[lang]}", ""]
    per_par, per_sec = 4, 16
    if len(PLAN) > per_sec * len(heads):
        raise ValueError("PLAN too long for the section headings")
    par: list[str] = []
    for i, note in enumerate(PLAN):
        if i % per_sec == 0:
            if par:
                out += [("" if lang == "zh" else " ").join(par), ""]
                par = []
            out += [f"## {heads[i // per_sec]}", ""]
        sent = sents[(i + 5 * (i // per_sec)) % len(sents)]  # vary the order per section
        src = note_source(note, lang)
        if lang == "zh":
            # footnote marker before the closing full stop
            par.append(sent[:-1] + src + sent[-1])
        elif src.startswith("^["):
            par.append(sent + src)  # explicit note: marker after the full stop
        else:
            par.append(sent[:-1] + " " + src + ".")  # pandoc moves the marker after "."
        if (i + 1) % per_par == 0:
            out += [("" if lang == "zh" else " ").join(par), ""]
            par = []
    if par:
        out += [("" if lang == "zh" else " ").join(par), ""]
    return "\n".join(out)


def compute_truth(plan: list[dict] | None = None) -> list[dict]:
    """Truth per note, with CSL 1.0.2 positions computed citation by citation.

    A cite is ibid only when it follows a cite of the same item in the same citation, or when it is the first
    cite of its citation and the previous citation held exactly one cite, of the same item. After a cite with a
    locator, a cite without one is "subsequent". Comment-only notes hold no citation.
    """
    seen: set[str] = set()
    prev: list[tuple[str, str | None]] | None = None  # previous citation's cites
    truth = []
    for n, note in enumerate(PLAN if plan is None else plan, start=1):
        cites = note.get("cites", [])
        # an explicit prose note holds one citation per in-text cite
        groups = [[c] for c in cites] if "prose" in note else ([cites] if cites else [])
        positions = []
        for group in groups:
            for j, (key, loc) in enumerate(group):
                if j > 0:
                    before = group[j - 1]
                elif prev is not None and len(prev) == 1:
                    before = prev[0]
                else:
                    before = None
                if key not in seen:
                    pos = "first"
                elif before is not None and before[0] == key:
                    if loc == before[1]:
                        pos = "ibid"
                    elif loc is None:
                        pos = "subsequent"  # CSL 1.0.2: no Ibid. after a cite with a locator
                    else:
                        pos = "ibid-with-locator"
                else:
                    pos = "subsequent"
                positions.append(pos)
                seen.add(key)
            prev = group
        truth.append(
            {
                "label": str(n),
                "keys": [k for k, _ in cites],
                "cited_pages": [loc for _, loc in cites],
                "positions": positions,
            }
        )
    return truth


NOTE_DEF = re.compile(r"^\[\^(\d+)\]: (.*)$", re.M)


def render(pandoc: str, src: str, csl: Path, bibliography: Path = ITEMS) -> str:
    """The Markdown source rendered by pandoc's citeproc with one CSL style, links flattened, escapes undone."""
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        (tmpd / "doc.md").write_text(src, encoding="utf-8")
        (tmpd / "unlink.lua").write_text(LUA_UNLINK, encoding="utf-8")
        cmd = [
            pandoc,
            str(tmpd / "doc.md"),
            "-M",
            "suppress-bibliography=true",
            "--citeproc",
            "--bibliography",
            str(bibliography),
            "--csl",
            str(csl),
            "--lua-filter",
            str(tmpd / "unlink.lua"),
            "-t",
            "markdown-citations-smart",
            "--wrap=none",
        ]
        res = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", check=False)
    if res.returncode != 0 or res.stderr.strip():
        sys.exit(f"pandoc failed for {csl.name}:\n{res.stderr}")
    return UNESCAPE.sub(r"\1", res.stdout)


def check(style: str, text: str, truth: list[dict], items: dict[str, dict], ibid_term: str | None = None) -> None:
    """Stop unless every note is there, numbered, non-empty, shows its first-cited titles and (if given) the
    style's Ibid. word exactly where the truth says an ibid cite is."""
    notes = NOTE_DEF.findall(text)
    labels = [n for n, _ in notes]
    want = [t["label"] for t in truth]
    if labels != want:
        sys.exit(f"{style}: note labels {labels} != expected {want}")
    body = text.split("\n[^1]: ", 1)[0]
    markers = re.findall(r"\[\^(\d+)\]", body)
    if markers != want:
        sys.exit(f"{style}: body markers {markers} != expected {want}")
    if "???" in text:
        sys.exit(f"{style}: pandoc could not resolve a citation")
    for (label, note_text), t in zip(notes, truth, strict=True):
        if not note_text.strip():
            sys.exit(f"{style}: note {label} is empty")
        for key, pos in zip(t["keys"], t["positions"], strict=True):
            if pos == "first":
                # first citations are full notes: some of the title must show
                probe = items[key]["title"][:6].lower()
                if probe not in note_text.lower():
                    sys.exit(f"{style}: note {label} lacks title of {key!r}: {note_text}")
    if ibid_term:
        printed = {label for label, note_text in notes if ibid_term in note_text}
        expected = {t["label"] for t in truth if any(p.startswith("ibid") for p in t["positions"])}
        if printed != expected:
            sys.exit(f"{style}: {ibid_term!r} printed in notes {sorted(printed)}, positions say {sorted(expected)}")


def generate(
    plan: list[dict],
    truth: list[dict],
    styles: list[tuple[str, str]],
    build: Callable[[str], str],
    items_path: Path,
    out_dir: Path,
    styles_dir: Path,
    ibid_terms: dict[str, str] | None = None,
) -> None:
    """Check the plan against the items, render every style, check it, and write `<style>.md` + truth."""
    items = {it["id"]: it for it in json.loads(items_path.read_text(encoding="utf-8"))}
    cited = {key for note in plan for key, _ in note.get("cites", [])}
    if unknown := cited - set(items):
        sys.exit(f"unknown items {sorted(unknown)}")
    if unused := set(items) - cited:
        sys.exit(f"items never cited: {sorted(unused)}")
    pandoc = pandoc_path()
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    out_dir.mkdir(parents=True, exist_ok=True)
    for style, lang in styles:
        csl = styles_dir / f"{style}.csl"
        if not csl.exists():
            sys.exit(f"missing style {csl} (apt-get install citation-style-language-styles)")
        text = render(pandoc, build(lang), csl, items_path)
        check(style, text, truth, items, (ibid_terms or {}).get(style))
        (out_dir / f"{style}.md").write_text(text, encoding="utf-8")
        with (out_dir / f"{style}.truth.jsonl").open("w", encoding="utf-8") as fh:
            for row in truth:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{style}: {len(truth)} notes ({version})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--styles-dir", type=Path, default=DEFAULT_STYLES_DIR)
    args = ap.parse_args()
    generate(PLAN, compute_truth(), STYLES, build_source, ITEMS, OUT_DIR, args.styles_dir)


if __name__ == "__main__":
    main()
