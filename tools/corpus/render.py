"""Render generated items through many CSL styles with pandoc's citeproc; every character labelled by construction.

    python -m tools.corpus.render [--styles DIR] [--out corpus/] [--max-styles N] [--items N]

For each chosen style (independent styles only, sampled across families and locales, see `choose_styles`)
the style is rewritten with field markers (styles.py), a Markdown document citing freshly generated items
(items.py; seeded by the style id) is rendered to HTML by pandoc --citeproc, and the bibliography entries
and, for note styles, the footnotes are cut into labelled records (record.py):
  csl-bibliography.jsonl  every style's bibliography
  csl-note.jsonl          a note style's first citation of an item (the full note)
  csl-subsequent.jsonl    a later citation of an item cited before, not in the note just before
  csl-ibid.jsonl          a citation of the item cited in the note just before (position ibid)
Notes carry a pinpoint locator most of the time; a share of bibliography entries get a citation number,
and a share of all records lose their italics (as plain text would). One pandoc run per style, one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tools.corpus.html import read_rendering
from tools.corpus.items import ItemMaker
from tools.corpus.record import RecordError, Segment, build_record
from tools.corpus.styles import MARKER_OF, decode_markers, rewrite_style

STYLES_DIR = Path("/usr/share/citation-style-language/styles")
FORMS = ("note", "bibliography", "subsequent", "ibid")
LEADING_NUMBER = re.compile(r"\d+")  # the page a locator starts with: "23-25" -> "23"
# a GB/T 7714 document type code, which styles print as fixed text: [M], [J], [EB/OL], [D]
TYPE_CODE = re.compile(r"\[(?:M|C|N|J|D|R|S|P|G|A|Z|EB|DB|CP|DS|CM|LB)(?:/(?:OL|CD|MT|DK))?\]")
# Chinese, Russian, Japanese and Kazakh styles are all taken, and get items mostly in their language
ALWAYS_LOCALES = ("zh", "ru", "ja", "kk")
# words a style prints as fixed text rather than the ibid term: "Ibidem", "Ebd.", "A.g.e.", "Там же", "同上"
IBID_WORDS = re.compile(r"(?<!\w)(?:Ibid(?:em)?\.?|ibid(?:em)?\.?|Ebd\.|Ebenda|A\.g\.e\.|Id\.|Там же|同上|同前)(?!\w)")
# back-references that are not ibid: "op. cit.", "loc. cit.", "a.a.O.", "supra" (CORPUS_FORMAT: note)
BACK_REFERENCE = re.compile(r"(?<!\w)(?:op\.\s?cit\.|loc\.\s?cit\.|art\.\s?cit\.|ouvr\.\s?cit\.|a\.\s?a\.\s?O\.|aaO|supra)(?!\w)", re.I)
# the styles researchers' reference lists are most often in (sciences and humanities), always taken
POPULAR_STYLES = frozenset(
    "apa apa-6th-edition vancouver vancouver-superscript elsevier-vancouver ieee american-chemical-society harvard-cite-them-right "
    "elsevier-harvard harvard-anglia-ruskin-university chicago-author-date nature science cell the-lancet bmj "
    "american-medical-association modern-language-association american-sociological-association "
    "american-political-science-association elsevier-with-titles springer-basic-author-date "
    "springer-lecture-notes-in-computer-science taylor-and-francis-chicago-author-date association-for-computing-machinery "
    "royal-society-of-chemistry american-physics-society american-institute-of-physics council-of-science-editors "
    "council-of-science-editors-author-date".split()
)
LANG_WEIGHTS = {"en": 0.34, "zh": 0.2, "ru": 0.14, "kk": 0.1, "ja": 0.1, "mixed": 0.12}
LOCAL_LANG_WEIGHTS = {
    "zh": {"zh": 0.55, "en": 0.2, "mixed": 0.15, "ru": 0.05, "ja": 0.05},
    "ru": {"ru": 0.5, "kk": 0.15, "en": 0.2, "mixed": 0.15},
    "ja": {"ja": 0.55, "en": 0.2, "zh": 0.1, "mixed": 0.15},
}
CITATION_NUMBER_SHARE = 0.15
NO_ITALICS_SHARE = 0.3


@dataclass(frozen=True)
class Style:
    id: str
    path: Path
    family: str
    locale: str  # the style's default locale, e.g. "en-US" ("" when it has none)
    punctuation_in_quote: bool


def read_style(path: Path) -> Style | None:
    """The style's family and locale; None for a dependent style (an alias of a parent)."""
    xml = path.read_bytes()
    if b'rel="independent-parent"' in xml:
        return None
    root = ET.fromstring(xml)
    ns = {"c": "http://purl.org/net/xbiblio/csl"}
    category = root.find("c:info/c:category[@citation-format]", ns)
    family = category.get("citation-format") if category is not None else "author-date"
    locale = root.get("default-locale", "")
    options = root.find("c:locale/c:style-options[@punctuation-in-quote]", ns)
    if options is not None:
        in_quote = options.get("punctuation-in-quote") == "true"
    else:
        in_quote = locale in ("", "en-US")
    return Style(path.stem, path, family, locale, in_quote)


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.sha1(text.encode()).digest()[:8], "big")


def choose_styles(styles: list[Style], max_styles: int) -> list[Style]:
    """All styles of Chinese, Russian, Japanese or Kazakh locale, every note, label and author style, the
    widely used styles of POPULAR_STYLES, and the rest drawn by a stable hash of the id up to `max_styles`,
    the same share from each family."""
    must = [s for s in styles if s.locale[:2] in ALWAYS_LOCALES or s.family in ("note", "label", "author")
            or s.id in POPULAR_STYLES]
    rest = sorted((s for s in styles if s not in must), key=lambda s: stable_hash(s.id))
    room = max(0, max_styles - len(must))
    by_family: dict[str, list[Style]] = {}
    for style in rest:
        by_family.setdefault(style.family, []).append(style)
    share = room / max(1, len(rest))
    picked = [s for family in by_family.values() for s in family[: round(len(family) * share)]]
    return sorted(must + picked, key=lambda s: s.id)[: max(max_styles, len(must))]


def lang_weights(style: Style) -> dict[str, float]:
    return LOCAL_LANG_WEIGHTS.get(style.locale[:2], LANG_WEIGHTS)


def note_plan(rng: random.Random, keys: list[str]) -> list[tuple[str, str, str | None]]:
    """(key, form, locator) per footnote: every item first, some at once again (ibid), some later (subsequent)."""
    plan: list[tuple[str, str, str | None]] = []
    for key in keys:
        plan.append((key, "note", locator(rng)))
        if rng.random() < 0.35:
            plan.append((key, "ibid", locator(rng)))
    later = [k for k in keys if rng.random() < 0.45]
    rng.shuffle(later)
    for key in later:
        if plan[-1][0] == key:  # would be ibid, not subsequent
            continue
        plan.append((key, "subsequent", locator(rng)))
    return plan


def locator(rng: random.Random) -> str | None:
    roll = rng.random()
    page = rng.randint(1, 480)
    if roll < 0.12:
        return None
    if roll < 0.27:
        return f"{page}-{page + rng.randint(1, 9)}"
    if roll < 0.31:
        return f"chap. {rng.randint(1, 12)}"
    return str(page)


def markdown(plan: list[tuple[str, str, str | None]]) -> str:
    lines = ["---", "nocite: '[@*]'", "---", ""]
    for n, (key, _, loc) in enumerate(plan):
        lines.append(f"Paragraph {n} [@{key}{', ' + loc if loc else ''}].\n")
    return "\n".join(lines)


def pandoc_path() -> str:
    import pypandoc

    return pypandoc.get_pandoc_path()


def render(style: Style, items: list[dict], plan: list, workdir: Path, pandoc: str) -> str:
    csl = workdir / f"{style.id}.csl"
    csl.write_bytes(rewrite_style(style.path.read_bytes()))
    bib = workdir / f"{style.id}.json"
    bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    try:
        done = subprocess.run(
            [pandoc, "-f", "markdown", "-t", "html", "--citeproc", "--wrap=none", "--csl", str(csl), "--bibliography", str(bib)],
            input=markdown(plan), capture_output=True, text=True, timeout=120,
        )
    finally:
        csl.unlink()
        bib.unlink()
    if done.returncode:
        raise RuntimeError(done.stderr.strip()[:300])
    return done.stdout


def label_in_other(segments: list[Segment], pattern: re.Pattern, label: str, last: bool = False) -> list[Segment]:
    """Label the matches of `pattern` in unlabelled text (all of them, or only the last one found)."""
    out: list[Segment] = []
    for index in range(len(segments) - 1, -1, -1) if last else range(len(segments)):
        seg = segments[index]
        if seg.label is None and pattern.search(seg.text):
            pieces, at = [], 0
            for m in pattern.finditer(seg.text):
                pieces += [Segment(seg.text[at : m.start()], None, seg.italic), Segment(m.group(), label, seg.italic)]
                at = m.end()
                if last:
                    break
            pieces.append(Segment(seg.text[at:], None, seg.italic))
            split = [p for p in pieces if p.text]
            if last:
                return segments[:index] + split + segments[index + 1 :]
            out += split
        elif not last:
            out.append(seg)
    return segments if last else out


def label_appended_locator(segments: list[Segment], loc: str | None) -> list[Segment]:
    """Pandoc appends a locator the style did not print itself (", chap. 3"), unfenced: label it."""
    if not loc or any(seg.label == "locator" for seg in segments):
        return segments
    first = LEADING_NUMBER.search(loc).group()
    return label_in_other(segments, re.compile(rf"(?<!\d){first}(?:[–-]\d+)?(?!\d)"), "locator", last=True)


def style_records(style: Style, items_per_style: int, workdir: Path, pandoc: str) -> list[dict]:
    seed = stable_hash(style.id) % 2**31
    rng = random.Random(seed)
    drawn = ItemMaker(seed).items("item", items_per_style, lang_weights(style))
    items = [item for item, _ in drawn]
    lang_of = {item["id"]: lang for item, lang in drawn}
    plan = note_plan(rng, [item["id"] for item in items]) if style.family == "note" else []
    entries, notes = read_rendering(render(style, items, plan, workdir, pandoc))
    records = []

    def add(pieces, key, form, number=None, loc=None):
        segments = decode_markers(pieces, style.punctuation_in_quote)
        segments = label_in_other(label_appended_locator(segments, loc), TYPE_CODE, "genre")
        segments = label_in_other(label_in_other(segments, IBID_WORDS, "ibid"), BACK_REFERENCE, "note")
        if number:
            segments = [Segment(number, "citation-number"), Segment(" "), *segments]
        try:
            record = build_record(segments, id=f"csl/{style.id}/{key}/{form}", source="csl", style=style.id,
                                  form=form, lang=lang_of[key], trim="light")
        except RecordError as error:
            print(f"skipped {style.id}/{key}/{form}: {error}", file=sys.stderr)
            return
        if rng.random() < NO_ITALICS_SHARE:
            record["italic"] = []
        records.append(record)

    for n, (key, pieces) in enumerate(sorted(entries.items(), key=lambda kv: int(kv[0].removeprefix("item")))):
        number = None
        if style.family not in ("numeric", "label") and rng.random() < CITATION_NUMBER_SHARE:
            number = rng.choice(["[{}]", "{}.", "{})"]).format(n + 1)
        add(pieces, key, "bibliography", number)
    if len(notes) == len(plan):
        for (key, form, loc), pieces in zip(plan, notes, strict=True):
            add(pieces, key, form, loc=loc)
    elif plan:
        print(f"skipped the notes of {style.id}: {len(notes)} footnotes for {len(plan)} citations", file=sys.stderr)
    return records


def visible(text: str) -> str:
    """A marked string with its markers shown, for debugging: ⟨title|…|⟩."""
    return "".join(("⟨" + MARKER_OF[c][0] + "|" if MARKER_OF[c][1] else "|⟩") if c in MARKER_OF else c for c in text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", type=Path, default=STYLES_DIR, help="folder of CSL styles (Debian's package)")
    parser.add_argument("--out", type=Path, default=Path("corpus"))
    parser.add_argument("--max-styles", type=int, default=1000)
    parser.add_argument("--items", type=int, default=40, help="items per style")
    parser.add_argument("--list", type=Path, help="where to write the styles used (id, family, locale) as JSON "
                        "(default: OUT/styles.json)")
    args = parser.parse_args(argv)
    if not args.styles.is_dir():
        sys.exit(f"no CSL styles at {args.styles}: install citation-style-language-styles (make system-tools)")
    styles = [s for s in (read_style(p) for p in sorted(args.styles.glob("*.csl"))) if s]
    chosen = choose_styles(styles, args.max_styles)
    args.out.mkdir(parents=True, exist_ok=True)
    outs = {form: open(args.out / f"csl-{form}.jsonl", "w", encoding="utf-8") for form in FORMS}
    counts = dict.fromkeys(FORMS, 0)
    used = []
    pandoc = pandoc_path()
    with tempfile.TemporaryDirectory() as tmp:
        for n, style in enumerate(chosen):
            try:
                records = style_records(style, args.items, Path(tmp), pandoc)
            except (RuntimeError, ET.ParseError, subprocess.TimeoutExpired) as error:
                print(f"skipped style {style.id}: {error}", file=sys.stderr)
                continue
            for record in records:
                outs[record["form"]].write(json.dumps(record, ensure_ascii=False) + "\n")
                counts[record["form"]] += 1
            used.append({"id": style.id, "family": style.family, "locale": style.locale})
            if n % 50 == 0:
                print(f"{n}/{len(chosen)} styles, {counts}", file=sys.stderr)
                for out in outs.values():
                    out.flush()
    for out in outs.values():
        out.close()
    (args.list or args.out / "styles.json").write_text(json.dumps(used, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(used)} styles: {counts}")


if __name__ == "__main__":
    main()
