"""The train/test split of the corpus, written to tools/corpus/split.json (committed).

    python -m tools.corpus.split [--styles-used corpus/styles.json] [--corpus corpus/]

CSL renderings are split by style (leave styles out), and near-copies of a style go to the same side:
styles are grouped by the first word of their id ("chicago-…", "apa-…", "iso690-…"; any id containing
"harvard" is one group; an id starting with a generic word such as "journal", "the" or "modern" is grouped
with the shortest other style id it extends: "modern-language-association-7th-edition" with
"modern-language-association", else it is a group of its own).
Within each family (note, author-date, numeric, label, author) and locale (zh, ru, ja, other) the groups,
sorted by a SHA-1 hash of their key, go one in four to "test" — about 25% of the styles, spread over the
families and languages. The groups of
the project's own held-out fixture styles (tests/fixtures/heldout) are always "test". Real references
are split by item: a record is "test" when SHA-1 of its id, read as a number, is 80..99 modulo 100.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

SPLIT_FILE = Path(__file__).resolve().parent / "split.json"
README = Path(__file__).resolve().parent / "README.md"
LIST_START, LIST_END = "<!-- styles: written by tools/corpus/split.py -->", "<!-- end of styles -->"
HELDOUT_STYLES = (
    "chicago-fullnote-bibliography",
    "modern-humanities-research-association",
    "china-national-standard-gb-t-7714-2015-note",
    "oscola",
    "new-harts-rules-the-oxford-style-guide",
)
# first words of style ids that name no family of styles: such a style is a group of its own
GENERIC_FIRST_WORDS = frozenset(
    "journal the american zeitschrift international universite university european technische acta revue universitat "
    "annals australian institut universidade wirtschaftsuniversitat associacao canadian new clinical current human "
    "juristische national pediatric plant revista universita british bulletin collection early escuela health "
    "hochschule pontifical presses style united urban african animal aquatic art modern cambridge oxford "
    "proceedings instituto international institute asian"
    .split()
)
REAL_SOURCES = ("anystyle-core", "grobid")
ITEM_RULE = "int(sha1(id).hexdigest(), 16) % 100 >= 80 -> test"


def sha1_number(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def is_test_item(record_id: str) -> bool:
    """The item split of real references (ITEM_RULE)."""
    return sha1_number(record_id) % 100 >= 80


def locale_group(locale: str) -> str:
    return locale[:2] if locale[:2] in ("zh", "ru", "ja") else "other"


def style_group(style_id: str, all_ids: frozenset[str] = frozenset()) -> str:
    """The key near-copies of a style share: "chicago-fullnote-bibliography-with-ibid" -> "chicago"; an id
    starting with a generic word keys on the shortest id of `all_ids` it extends ("modern-language-association-
    7th-edition" -> "modern-language-association"), else on itself."""
    words = style_id.split("-")
    if "harvard" in words:
        return "harvard"
    if words[0] not in GENERIC_FIRST_WORDS:
        return words[0]
    for n in range(2, len(words)):
        if "-".join(words[:n]) in all_ids:
            return "-".join(words[:n])
    return style_id


def split_styles(styles: list[dict]) -> dict[str, list[str]]:
    """{"train": [...], "test": [...]} of style ids; styles are {"id", "family", "locale"}."""
    all_ids = frozenset(s["id"] for s in styles)
    groups: dict[str, list[dict]] = {}
    for style in styles:
        groups.setdefault(style_group(style["id"], all_ids), []).append(style)
    strata: dict[tuple[str, str], list[str]] = {}
    for key, members in groups.items():
        kinds = [(m["family"], locale_group(m["locale"])) for m in members]
        strata.setdefault(max(sorted(set(kinds)), key=kinds.count), []).append(key)
    test_groups = {style_group(s, all_ids) for s in HELDOUT_STYLES}
    for keys in strata.values():
        test_groups.update(sorted(keys, key=sha1_number)[3::4])
    ids = sorted(s["id"] for s in styles)
    return {
        "train": [i for i in ids if style_group(i, all_ids) not in test_groups],
        "test": [i for i in ids if style_group(i, all_ids) in test_groups],
    }


def write_style_list(readme: Path, styles: list[dict], split: dict[str, list[str]]) -> None:
    """The README's list of the styles used, by family, test styles in bold, between the list markers."""
    test = set(split["test"])
    lines = [LIST_START, ""]
    for family in sorted({s["family"] for s in styles}):
        ids = sorted(s["id"] for s in styles if s["family"] == family)
        shown = ", ".join(f"**{i}**" if i in test else i for i in ids)
        lines.append(f"- {family} ({len(ids)}, {sum(i in test for i in ids)} test): {shown}")
    lines += ["", LIST_END]
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(LIST_START), text.index(LIST_END) + len(LIST_END)
    readme.write_text(text[:start] + "\n".join(lines) + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles-used", type=Path, default=Path("corpus/styles.json"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=SPLIT_FILE)
    parser.add_argument("--readme", type=Path, default=README, help="rewrite its list of styles (between the markers)")
    args = parser.parse_args(argv)
    styles = json.loads(args.styles_used.read_text(encoding="utf-8"))
    real_test = []
    for source in REAL_SOURCES:
        with open(args.corpus / f"{source}.jsonl", encoding="utf-8") as lines:
            real_test += [r["id"] for r in map(json.loads, lines) if is_test_item(r["id"])]
    split = {
        "about": "tools/corpus/split.py: CSL records split by style (leave styles out), real references by item",
        "styles": split_styles(styles),
        "real": {"rule": ITEM_RULE, "test": real_test},
    }
    args.out.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.readme and args.readme.exists():
        write_style_list(args.readme, styles, split["styles"])
    print(f"styles: {len(split['styles']['train'])} train, {len(split['styles']['test'])} test; real: {len(real_test)} test")


if __name__ == "__main__":
    main()
