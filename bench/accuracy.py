"""Field-level accuracy of the reference parser: CSL note-style fixtures, and the seed gold table.

    .venv/bin/python bench/accuracy.py                # F1 per style and overall for both fixture sets, and the seeds
    .venv/bin/python bench/accuracy.py --set heldout  # one set only: styles | heldout | review | zh-journal | all
    .venv/bin/python bench/accuracy.py --errors       # + per-field error counts and every mismatch
    .venv/bin/python bench/accuracy.py --literal      # style expectations without the rendering rules
    .venv/bin/python bench/accuracy.py --set zh-journal --pdf  # + the review printed to PDF by LibreOffice

Two fixture sets (`FIXTURE_SETS`), each a directory with `items.json` and one `<style>.md` + `<style>.truth.jsonl`
per style (see their README.md files):

* `styles`: tests/fixtures/styles/, Chicago (plain and with Ibid.), MHRA and GB/T 7714 note. It was held out
  when first measured and has since been used to improve the parser, so it is now the development set.
* `heldout`: tests/fixtures/heldout/, new items and citation plan in Chicago, MHRA, GB/T 7714 note, OSCOLA and
  New Hart's Rules. It must never be used to tune the parser; `--errors` on it is for checking the scorer.

A third set, `review` (tests/fixtures/review/), is not rendered by citeproc: notes and reference-list entries typed
by hand as authors type them, with a gold written by hand, in .txt and .md (`review_scores`). Held out too. Its
.docx (by pandoc) is also saved again by LibreOffice as .docx and HTML; it and the Chinese review
(tests/fixtures/review-zh/) are printed to PDF by LibreOffice and XeLaTeX in running text
(tools/make_review_pdfs.py; `pdf_review_scores`: notes found and F1 per route; `--errors` lists only the Chinese
development set's mismatches). A
fourth, `zh-journal` (tests/fixtures/zh-journal/), is scored the same way: notes of Chinese journals and GB/T 7714
lists, held out.

Each footnote is paired by label with its truth line, and the expected references are built from `items.json`:

* `first` cite: the item's fields under the footnote-schema keys (`type`, names, `title`,
  `container-title`, `publisher`, `publisher-place`, `year` from `issued`, `volume`, `issue`, `page`,
  `URL`, `DOI`, `accessed` as ISO, `language` as `zh`/`ru`/`en`/`kk`; a CSL type the schema does not have,
  such as `article-magazine`, is `document`). `page` is the item's page range and `locator` the cite's
  locator (the page the note cites), as `cite.refs.locator` separates them.
* `ibid` / `ibid-with-locator`: `{"ibid": true}` (+ `page`).
* `subsequent`: `{"short": true}` (+ `page`).
* a note with no keys (a comment) is expected to have kind `note`; a match counts one tp, a mismatch one
  fp and one fn (field `kind`).

That is the `--literal` mode. By default the expected values are also adjusted to what each style actually
prints, because the schema says "put a key only where the source gives that value" and "names as written",
and a field the note does not show cannot be extracted from it (see `Rendering` and `STYLES` below):

* names: lists of four or more are cut to the names printed before "et al." / "and others" / "等"
  (GB/T keeps 3, the others 1); GB/T prints Western and Russian names as `FAMILY I I`
  (`HARTLEY E`, `KIM S H`), so that is the expected form there; OSCOLA drops the full stops of initials
  (`Anna M Kessler`); a straight apostrophe is printed as `’` (`O’Neill`);
* ibid: plain Chicago, MHRA and New Hart's Rules never print "Ibid.": their ibid notes are short forms
  (Chicago and MHRA `Whitfield, 52.`, New Hart's `Whitfield, Short Title, 52.`), so they are expected as
  `short` with the author (and the title where printed); a plain `ibid` cite (same locator as before) prints
  no page in the styles that do print Ibid./同上 (`Ibid.`, `同上.`);
* subsequent: Chicago and New Hart's print `Author, Title, page` (the title in its short form when the item
  has one), MHRA `Author, p. page`, OSCOLA `Author (n N) page`, GB/T `同N: page`; the author (family names, or
  the literal) and title are expected where printed, as the schema's "write the fields that appear" asks;
  New Hart's prints the item's page range in a short form whose cite has no locator, so that page is expected;
* pages: every style prints the cite's locator (`locator`); with a locator, only MHRA also prints the item's
  range (`215–38 (p. 217)`) and OSCOLA its first page (`77, 80`), so only there is `page` expected beside it;
  without a locator, the item's range is printed (`page`) except in Chicago;
* DOIs: a DOI printed as a `https://doi.org/…` link (Chicago, MHRA) is expected as both `DOI` and `URL`, as in
  the seed gold (tests/gold/DECISIONS.md, 001 l.34); GB/T prints it plain (`DOI` only); OSCOLA and New Hart's
  print none;
* fields a style leaves out: Chicago, MHRA and New Hart's print no place for a thesis, OSCOLA no place at all,
  New Hart's no publisher except a thesis's university; OSCOLA prints no issue number; Chicago prints neither a
  newspaper's page nor the access date of a dated web page; Chicago and MHRA print no magazine volume; OSCOLA
  prints only the first page of an item cited without a locator (`41` for 41-42);
* a magazine article is expected as `document` (the schema has no magazine type), except in GB/T, which
  prints it with the journal code `[J]`, so `article-journal`;
* titles: the item's straight apostrophe is printed as `’`.

Comparison ignores letter case; names are compared casefolded with spaces removed. The seed gold
(tests/gold/seeds.jsonl) is matched by (doc, line, label) and compared exactly, with the same `kind` check
for comment notes; notes the tool finds that the gold does not have count their fields as false positives.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `tests.scoring` importable
    sys.path.insert(0, str(ROOT))

from cite.pipeline import extract_document, extract_paths  # noqa: E402
from cite.readers import read  # noqa: E402
from tests.scoring import FIELDS, Score  # noqa: E402

STYLES_DIR = ROOT / "tests" / "fixtures" / "styles"
HELDOUT_DIR = ROOT / "tests" / "fixtures" / "heldout"
REVIEW_DIR = ROOT / "tests" / "fixtures" / "review"
SEEDS_DIR = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"
#: Hand-written Chinese/Russian/Kazakh/Japanese notes with hand-written gold: `dev` (tuned on) and `heldout` (not).
ZH_REVIEW_DIR = ROOT / "tests" / "fixtures" / "review-zh"
ZH_REVIEW_SETS = ("dev", "heldout")
#: Held-out notes of Chinese journals and GB/T 7714 lists, typed by hand with gold (tests/fixtures/zh-journal/README.md).
ZH_JOURNAL_DIR = ROOT / "tests" / "fixtures" / "zh-journal"

SCHEMA_TYPES = (
    "article-newspaper",
    "thesis",
    "report",
    "chapter",
    "book",
    "article-journal",
    "webpage",
    "paper-conference",
)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Rendering:
    """What a style prints, where that changes the expected values (see the module docstring)."""

    gbt_names: bool = False  # Western/Russian names as "FAMILY I I"
    name_periods: bool = True  # initials keep their full stops ("Anna M. Kessler"; OSCOLA: "Anna M Kessler")
    et_al_keep: int = 1  # names printed from a list of 4 or more
    prints_ibid: bool = False  # Ibid. / 同上 for ibid positions; otherwise an author short form
    ibid_title: bool = False  # that short form standing for Ibid. also gives the (short) title
    short_author: bool = True  # subsequent notes give the author(s)
    short_title: bool = False  # subsequent notes give the (short) title
    short_item_page: bool = False  # a short form with no locator prints the item's page (range)
    doi: bool = True  # the DOI is printed
    doi_link: bool = True  # DOI printed as https://doi.org/… (so also a URL)
    issue: bool = True  # a journal's issue number is printed
    item_page: bool = True  # with no locator, the item's page is printed
    item_first_page: bool = False  # … only its first page ("41" for 41-42)
    range_with_locator: bool = False  # with a locator, the item's page (range) is printed too: "215–38 (p. 217)"
    publisher: bool = True  # the publisher is printed (a thesis's university is, in every style here)
    place: bool = True  # the place of publication is printed
    thesis_place: bool = True  # a thesis's place is printed
    accessed_when_dated: bool = True  # the access date is printed even when the item has an issued date
    magazine_volume: bool = True  # a magazine's volume is printed
    magazine_type: str = "document"  # the schema type a magazine article is expected as


#: Chicago's notes, which the "with-ibid" variant renders alike but for its Ibid.
CHICAGO = Rendering(
    short_title=True, item_page=False, thesis_place=False, accessed_when_dated=False, magazine_volume=False
)
STYLES: dict[str, Rendering] = {
    "chicago-fullnote-bibliography": CHICAGO,
    "chicago-fullnote-bibliography-with-ibid": replace(CHICAGO, prints_ibid=True),
    "modern-humanities-research-association": Rendering(
        thesis_place=False, magazine_volume=False, range_with_locator=True
    ),
    "china-national-standard-gb-t-7714-2015-note": Rendering(
        gbt_names=True,
        et_al_keep=3,
        prints_ibid=True,
        short_author=False,
        doi_link=False,
        magazine_type="article-journal",  # printed with the type code [J]
    ),
    "oscola": Rendering(
        name_periods=False,
        prints_ibid=True,
        doi=False,
        issue=False,
        item_first_page=True,
        range_with_locator=True,
        place=False,
    ),
    "new-harts-rules-the-oxford-style-guide": Rendering(
        ibid_title=True, short_title=True, short_item_page=True, doi=False, publisher=False, thesis_place=False
    ),
}

# The fixture sets: where each lives and which styles it was rendered in.
FIXTURE_SETS: dict[str, tuple[Path, tuple[str, ...]]] = {
    "styles": (
        STYLES_DIR,
        (
            "chicago-fullnote-bibliography",
            "chicago-fullnote-bibliography-with-ibid",
            "modern-humanities-research-association",
            "china-national-standard-gb-t-7714-2015-note",
        ),
    ),
    "styles-plain": (
        STYLES_DIR.parent / "styles-plain",
        (
            "chicago-fullnote-bibliography",
            "chicago-fullnote-bibliography-with-ibid",
            "modern-humanities-research-association",
            "china-national-standard-gb-t-7714-2015-note",
        ),
    ),
    "heldout": (
        HELDOUT_DIR,
        (
            "chicago-fullnote-bibliography",
            "modern-humanities-research-association",
            "china-national-standard-gb-t-7714-2015-note",
            "oscola",
            "new-harts-rules-the-oxford-style-guide",
        ),
    ),
}


# --- expected references -------------------------------------------------------------------------


def _name(person: dict, rendering: Rendering | None) -> str:
    if "literal" in person:
        return person["literal"]
    family, given = person.get("family", ""), person.get("given", "")
    if CJK.search(family + given):
        return family + given
    if rendering is not None and rendering.gbt_names:
        initials = " ".join(part[0] for part in re.split(r"[\s.\-]+", given) if part)
        return f"{family.upper()} {initials}".strip()
    if rendering is not None and not rendering.name_periods:
        given = given.replace(".", "")
    return f"{given} {family}".strip()


def _short_name(person: dict) -> str:
    return person.get("literal") or person.get("family", "")


def _names(people: list[dict], rendering: Rendering | None, short: bool = False) -> list[str]:
    if rendering is None:
        return [_short_name(p) if short else _name(p, None) for p in people]
    if len(people) >= 4:
        people = people[: rendering.et_al_keep]
    names = [_short_name(p) if short else _name(p, rendering) for p in people]
    return [name.replace("'", "’") for name in names]  # printed with a typographic apostrophe (O’Neill)


def _iso(date: dict) -> str:
    parts = date["date-parts"][0]
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def _page(value: str) -> str:
    return re.sub(r"\s+", "", value).replace("–", "-").replace("—", "-")


def _item_page(item: dict, rendering: Rendering) -> str | None:
    """The item's own page (range) as printed in a note whose cite has no locator, if it is printed."""
    if not item.get("page") or not rendering.item_page:
        return None
    page = _page(item["page"])
    return page.split("-")[0] if rendering.item_first_page else page


def full_reference(item: dict, cited: str | None, rendering: Rendering | None) -> dict[str, Any]:
    """The schema record a first (full) citation of `item` should give; `rendering` None = literal."""
    ref: dict[str, Any] = {"type": item["type"] if item["type"] in SCHEMA_TYPES else "document"}
    for role in ("author", "editor", "translator"):
        if item.get(role):
            ref[role] = _names(item[role], rendering)
    for key in ("title", "container-title", "publisher", "publisher-place", "volume", "issue", "URL", "DOI"):
        if item.get(key):
            ref[key] = item[key]
    if "issued" in item:
        ref["year"] = str(item["issued"]["date-parts"][0][0])
    if cited:
        ref["locator"] = _page(cited)
    if rendering is None and item.get("page"):
        ref["page"] = _page(item["page"])
    elif rendering is not None and (not cited or rendering.range_with_locator) and _item_page(item, rendering):
        ref["page"] = _item_page(item, rendering)
    if "accessed" in item and (rendering is None or rendering.accessed_when_dated or "issued" not in item):
        ref["accessed"] = _iso(item["accessed"])
    if item.get("language"):
        ref["language"] = item["language"].split("-")[0].lower()
    if rendering is not None:
        ref["title"] = ref["title"].replace("'", "’")
        if not rendering.doi:
            ref.pop("DOI", None)
        if "DOI" in ref and "URL" not in ref and rendering.doi_link:
            ref["URL"] = f"https://doi.org/{ref['DOI']}"
        if not rendering.issue:
            ref.pop("issue", None)
        if not rendering.place or (ref["type"] == "thesis" and not rendering.thesis_place):
            ref.pop("publisher-place", None)
        if not rendering.publisher and ref["type"] != "thesis":
            ref.pop("publisher", None)
        if item["type"] == "article-magazine":
            ref["type"] = rendering.magazine_type
            if not rendering.magazine_volume:
                ref.pop("volume", None)
    return ref


def _short_form(item: dict, cited: str | None, rendering: Rendering, with_title: bool) -> dict[str, Any]:
    ref: dict[str, Any] = {"short": True}
    if rendering.short_author:
        role = "author" if item.get("author") else "editor"
        if item.get(role):
            ref[role] = _names(item[role], rendering, short=True)
    if with_title:
        ref["title"] = (item.get("title-short") or item["title"]).replace("'", "’")
    if cited:
        ref["page"] = _page(cited)
    elif rendering.short_item_page and _item_page(item, rendering):
        ref["page"] = _item_page(item, rendering)
    return ref


def expected_references(truth: dict, items: dict[str, dict], rendering: Rendering | None) -> list[dict[str, Any]]:
    """The expected schema records of one truth line, in cite order."""
    refs = []
    for key, cited, position in zip(truth["keys"], truth["cited_pages"], truth["positions"], strict=True):
        item = items[key]
        if position == "first":
            refs.append(full_reference(item, cited, rendering))
        elif rendering is None:
            marker = {"ibid": True} if position.startswith("ibid") else {"short": True}
            refs.append(marker | ({"page": _page(cited)} if cited else {}))
        elif position.startswith("ibid") and rendering.prints_ibid:
            printed = position == "ibid-with-locator" and cited
            refs.append({"ibid": True} | ({"page": _page(cited)} if printed else {}))
        elif position.startswith("ibid"):  # a short form (author, or author + title) stands for Ibid.
            refs.append(_short_form(item, cited, rendering, with_title=rendering.ibid_title))
        else:
            refs.append(_short_form(item, cited, rendering, with_title=rendering.short_title))
    return refs


# --- scoring -------------------------------------------------------------------------------------


def fold(value: Any) -> Any:
    """Case-insensitive comparison; name lists also ignore spaces."""
    if isinstance(value, list):
        return [re.sub(r"\s+", "", str(v).casefold()) for v in value]
    if isinstance(value, str):
        return value.casefold()
    return value


def _add_note(
    score: Score, where: tuple, expected: list[dict], got: list[dict], comment: bool, got_kind: str, fold_=None
) -> None:
    """Score one note: its references pairwise in order, and `kind` when the gold note is a comment."""
    fold_ = fold_ or (lambda v: v)
    for index in range(max(len(expected), len(got))):
        score.add(
            (*where, index),
            expected[index] if index < len(expected) else {},
            got[index] if index < len(got) else {},
            fold=fold_,
        )
    if comment:
        if got_kind == "note":
            score.tp += 1
        else:
            score.fp += 1
            score.fn += 1
            score.per_field["kind"] += 1
            score.errors.append((*where, None, "kind", "note", got_kind))


@dataclass
class StyleRun:
    """One style's score, plus each note's text by label (for error listings)."""

    score: Score
    texts: dict[str, str]


def _run_style(
    style: str, literal: bool = False, fixture_set: str = "styles", document: Path | None = None
) -> StyleRun:
    """Score one style's document (`document`: the same document in another format) against its truth."""
    directory = FIXTURE_SETS[fixture_set][0]
    items = {item["id"]: item for item in json.loads((directory / "items.json").read_text(encoding="utf-8"))}
    truths = [
        json.loads(line) for line in (directory / f"{style}.truth.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    document = document or directory / f"{style}.md"
    if not document.exists():  # the plain-text renderings
        document = document.with_suffix(".txt")
    notes = {n.label: n for n in extract_document(read(document)).notes if n.where == "footnote"}
    rendering = None if literal else STYLES[style]
    score = Score()
    for truth in truths:
        note = notes.get(truth["label"])
        got = [r.csl() for r in note.references] if note else []
        expected = expected_references(truth, items, rendering)
        _add_note(score, (truth["label"],), expected, got, not truth["keys"], note.kind if note else "missing", fold)
    for label in notes.keys() - {t["label"] for t in truths}:  # notes the truth does not know
        _add_note(score, (label,), [], [r.csl() for r in notes[label].references], False, notes[label].kind)
    return StyleRun(score, {label: note.text for label, note in notes.items()})


#: A list entry's or note's own number, which the gold text keeps and the record may not: "[1] ", "(2) ", "3. ",
#: "[14]" typed without its space ("[14]李兴,耿捷.…").
ENTRY_NUMBER = re.compile(r"^\s*(?:\[\d+\]\s*|(?:\(\d+\)|\d+\.)\s+)")
#: Markdown emphasis and autolink marks: "*Nature*", "**2006**", "<https://…>".
EMPHASIS_MARKS = re.compile(r"[*<>]+")
#: Curly quotes to straight ones: the Markdown reader makes "Title," into “Title,”.
STRAIGHT_QUOTES = str.maketrans("“”‘’", "\"\"''")


def _review_key(text: str) -> str:
    """A note's or entry's text compared without its number, emphasis marks, kind of quotes and spacing (a space
    a reader loses or adds still pairs the note, and costs the fields it is in)."""
    return "".join(EMPHASIS_MARKS.sub("", ENTRY_NUMBER.sub("", text)).translate(STRAIGHT_QUOTES).split())


def review_styles(gold_file: Path = REVIEW_DIR / "review.jsonl") -> tuple[str, ...]:
    """The styles (documents) of a hand-written review, in the gold's order."""
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    return tuple(dict.fromkeys(json.loads(line)["doc"] for line in lines))


@dataclass
class TextPaired:
    """A document scored against gold records paired by text, and how many of the records were found."""

    score: Score
    found: int
    expected: int


def text_paired(records: list[dict], document: Path, fold_=fold) -> TextPaired:
    """Score one document against gold records (`text`, `references`): each record is paired with the extracted
    note or entry of the same text (`_review_key`); records the gold does not have (an entry split in two, a
    stray line) count as false positives."""
    found = {_review_key(n.text): n for n in extract_document(read(document)).notes}
    score, paired = Score(), 0
    for record in records:
        note = found.pop(_review_key(record["text"]), None)
        paired += note is not None
        got = [r.csl() for r in note.references] if note else []
        _add_note(score, (document.name, record["text"]), record["references"], got, False, "", fold_)
    for key, note in found.items():
        _add_note(score, (document.name, key), [], [r.csl() for r in note.references], False, "", fold_)
    return TextPaired(score, paired, len(records))


def review_scores(
    suffix: str, directory: Path = REVIEW_DIR, gold_file: Path = REVIEW_DIR / "review.jsonl"
) -> dict[str, Score]:
    """Score per style of a hand-written review (tests/fixtures/review/, or `gold_file`'s) in one format (".md",
    ".txt", or pandoc's ".docx"/".html" of the .md in `directory`), fields compared case-folded (`text_paired`)."""
    gold: dict[str, list[dict]] = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold.setdefault(record["doc"], []).append(record)
    return {style: text_paired(records, directory / f"{style}{suffix}").score for style, records in gold.items()}


def pdf_review_scores(routes: tuple[str, ...]) -> dict[str, dict[str, TextPaired]]:
    """route -> document -> score of the review documents printed to PDF (tools/make_review_pdfs.py): the western
    styles folded as `review_scores` does, the Chinese sets compared exactly as `zh_review_run` does."""
    from tools.make_review_pdfs import CSL_LISTS, ROUTES, documents, review_pdf

    scores: dict[str, dict[str, TextPaired]] = {}
    for route in routes:
        scores[route] = {
            name: text_paired(records, review_pdf(name, markdown, route), (lambda v: v) if name[:3] == "zh-" else fold)
            for name, (markdown, records) in documents(ROUTES[route][0] in CSL_LISTS).items()
        }
    return scores


def heldout_scores(fixture_set: str = "styles", literal: bool = False) -> dict[str, Score]:
    """Score per style of one fixture set: "styles" (tests/fixtures/styles, the development set) or
    "heldout" (tests/fixtures/heldout, the untouched set); renderings as in `STYLES`."""
    if fixture_set not in FIXTURE_SETS:
        raise ValueError(f"unknown fixture set {fixture_set!r}: choose from {', '.join(FIXTURE_SETS)}")
    return {style: _run_style(style, literal, fixture_set).score for style in FIXTURE_SETS[fixture_set][1]}


def format_scores(converted: Path) -> dict[str, Score]:
    """Pooled score of the development set per format: its plain-text export (styles-plain), the Markdown
    source, and the documents pandoc wrote from it into `converted` (tests/formats.py)."""
    styles = FIXTURE_SETS["styles"][1]
    scores = {"plain text": pooled([_run_style(style, fixture_set="styles-plain").score for style in styles])}
    for ext in ("md", "pandoc.md", "docx", "html", "odt", "epub"):
        documents = {style: None if ext == "md" else converted / f"{style}.{ext}" for style in styles}
        scores[ext] = pooled([_run_style(style, document=document).score for style, document in documents.items()])
    return scores


def _seed_run(gold_file: Path = GOLD, paths: tuple[Path, ...] = (SEEDS_DIR,)) -> tuple[Score, dict[tuple, str]]:
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    notes = {(n.doc, n.line, n.label): n for e in extract_paths(paths) if hasattr(e, "notes") for n in e.notes}
    score = Score()
    for record in gold:
        key = (record["doc"], record["line"], record["label"])
        note = notes.get(key)
        got = [r.csl() for r in note.references] if note else []
        _add_note(score, key, record["references"], got, record["kind"] == "note", note.kind if note else "missing")
    for key in notes.keys() - {(g["doc"], g["line"], g["label"]) for g in gold}:
        _add_note(score, key, [], [r.csl() for r in notes[key].references], False, notes[key].kind)
    return score, {key: note.text for key, note in notes.items()}


def zh_review_run(name: str) -> tuple[Score, dict[tuple, str]]:
    """Score of the pipeline on one set of the hand-written review notes (tests/fixtures/review-zh/README.md), its
    .txt and .md documents against its gold, compared exactly as the seeds are."""
    return _seed_run(ZH_REVIEW_DIR / f"{name}.gold.jsonl", (ZH_REVIEW_DIR / f"{name}.txt", ZH_REVIEW_DIR / f"{name}.md"))


def seed_score() -> Score:
    """Score of the pipeline on seeds/ against tests/gold/seeds.jsonl, fields compared exactly."""
    return _seed_run()[0]


# --- report --------------------------------------------------------------------------------------


def precision(score: Score) -> float:
    return score.tp / (score.tp + score.fp) if score.tp + score.fp else 0.0


def recall(score: Score) -> float:
    return score.tp / (score.tp + score.fn) if score.tp + score.fn else 0.0


def summary(name: str, score: Score) -> str:
    return f"{name}: F1 {score.f1:.3f} (P {precision(score):.3f}, R {recall(score):.3f})"


def pooled(scores: list[Score]) -> Score:
    """Micro-average: the counts of several scores added up."""
    total = Score()
    for score in scores:
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        total.per_field.update(score.per_field)
        total.errors.extend(score.errors)
    return total


def _show(value: Any) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False)


def print_errors(score: Score, text_of: Callable[[tuple], str | None], out=sys.stdout) -> None:
    """Per-field error counts, then the mismatches grouped by note with the note's text."""
    order = {name: i for i, name in enumerate((*FIELDS, "kind"))}
    counts = ", ".join(f"{f} {n}" for f, n in sorted(score.per_field.items(), key=lambda kv: (-kv[1], order[kv[0]])))
    print(f"  errors per field: {counts or 'none'}", file=out)
    last = None
    for *where, index, name, expected, got in score.errors:
        note = tuple(where)
        if note != last:
            print(f"  [{' '.join(map(str, note))}] {text_of(note) or '(note not found)'}", file=out)
            last = note
        ref = "" if index is None else f"ref {index} "
        print(f"      {ref}{name}: expected {_show(expected)}, got {_show(got)}", file=out)


def print_review(name: str, gold_file: Path, errors: bool, pdf: bool = False) -> None:
    """Scores of a hand-written review in .txt, .md and pandoc's .docx and .html of the .md (`pdf`: and the PDF
    LibreOffice prints from the .docx)."""
    import shutil
    import tempfile

    from tests.formats import convert, soffice

    if pdf and shutil.which("soffice") is None:
        print(f"== {name}.pdf: skipped: LibreOffice (soffice) is not installed")
        pdf = False
    directory = gold_file.parent
    with tempfile.TemporaryDirectory() as folder:
        converted = convert(Path(folder), review_styles(gold_file), directory, ("docx", "html"))
        for style in review_styles(gold_file) if pdf else ():
            soffice(converted / f"{style}.docx", "pdf", converted)
        for suffix in (".txt", ".md", ".docx", ".html", *((".pdf",) if pdf else ())):
            where = directory if suffix in (".txt", ".md") else converted
            print(f"== {name}{suffix} ({directory.relative_to(ROOT)}{'' if where == directory else ', by pandoc'})")
            review = review_scores(suffix, where, gold_file)
            for style, score in review.items():
                print(summary(style, score))
            total = pooled(list(review.values()))
            print(summary(f"{name}{suffix} overall", total))
            if errors:
                print_errors(total, lambda note: note[1])
        if name == "review":
            _print_libreoffice_review(converted)


def _print_libreoffice_review(converted: Path) -> None:
    """The review's .docx as LibreOffice saves it again as Word's .docx and as HTML (its own footnotes, styles and
    list numbering), scored as the other formats are."""
    import shutil

    from tests.formats import soffice

    if shutil.which("soffice") is None:
        print("== review by LibreOffice: skipped: LibreOffice (soffice) is not installed")
        return
    office = converted / "libreoffice"
    for target_format, suffix in (("docx:MS Word 2007 XML", ".docx"), ("html:HTML (StarWriter)", ".html")):
        for style in review_styles():
            soffice(converted / f"{style}.docx", target_format, office)
        review = review_scores(suffix, office)
        print(summary(f"review{suffix} by LibreOffice (from pandoc's .docx) overall", pooled(list(review.values()))))


def _print_pdf_review(errors: bool) -> None:
    """The review documents printed to PDF by every route whose tool is installed (tools/make_review_pdfs.py):
    notes found / expected and F1, the western styles pooled, and each Chinese set."""
    from tools.make_review_pdfs import ROUTES, missing

    routes = []
    for route in ROUTES:
        if reason := missing(route):
            print(f"== review.pdf {route}: skipped: {reason}")
        else:
            routes.append(route)
    for route, documents in pdf_review_scores(tuple(routes)).items():
        print(f"== review.pdf {route} (tools/make_review_pdfs.py)")
        western = [paired for name, paired in documents.items() if not name.startswith("zh-")]
        for name, paired in [("review", _pooled_paired(western))] + [
            (name, paired) for name, paired in documents.items() if name.startswith("zh-")
        ]:
            print(f"{summary(f'{name}.pdf {route}', paired.score)}, notes found {paired.found}/{paired.expected}")
            if errors and not name.endswith("heldout") and name != "review":  # only the development set's errors
                print_errors(paired.score, lambda note: note[1])


def _pooled_paired(scores: list[TextPaired]) -> TextPaired:
    return TextPaired(pooled([s.score for s in scores]), sum(s.found for s in scores), sum(s.expected for s in scores))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        choices=[*FIXTURE_SETS, "review", "zh-journal", "zh-check", "west-check", "zh-check-2", "west-check-2", "zh-check-3", "west-check-3", "all"],
        default="all",
        dest="fixture_set",
        help="fixture set to score: styles (development), heldout, review, zh-journal, zh-check, west-check, zh-check-2, west-check-2, zh-check-3, west-check-3 (hand-typed), or all (default)",
    )
    parser.add_argument("--errors", action="store_true", help="print per-field error counts and every mismatch")
    parser.add_argument("--literal", action="store_true", help="style expectations without the rendering rules")
    parser.add_argument("--pdf", action="store_true", help="the hand-written reviews also as LibreOffice's PDF")
    parser.add_argument(
        "--formats", action="store_true", help="only the development set per format (pandoc writes the documents)"
    )
    args = parser.parse_args(argv)
    if args.formats:
        import tempfile

        from tests.formats import convert

        with tempfile.TemporaryDirectory() as folder:
            for name, score in format_scores(convert(Path(folder))).items():
                print(summary(f"{name:10}", score))
        return 0

    reviews = {
        "review": REVIEW_DIR / "review.jsonl",
        "zh-journal": ZH_JOURNAL_DIR / "gold.jsonl",
        "zh-check": ROOT / "tests" / "fixtures" / "zh-check" / "gold.jsonl",
        "west-check": ROOT / "tests" / "fixtures" / "west-check" / "gold.jsonl",
        "zh-check-2": ROOT / "tests" / "fixtures" / "zh-check-2" / "gold.jsonl",
        "west-check-2": ROOT / "tests" / "fixtures" / "west-check-2" / "gold.jsonl",
        "zh-check-3": ROOT / "tests" / "fixtures" / "zh-check-3" / "gold.jsonl",
        "west-check-3": ROOT / "tests" / "fixtures" / "west-check-3" / "gold.jsonl",
    }
    for name, gold_file in reviews.items():
        if args.fixture_set in (name, "all"):
            print_review(name, gold_file, args.errors, args.pdf)
    if args.fixture_set in ("review", "all"):
        _print_pdf_review(args.errors)
    if args.fixture_set in reviews:
        return 0
    for fixture_set in FIXTURE_SETS if args.fixture_set == "all" else [args.fixture_set]:
        directory, styles = FIXTURE_SETS[fixture_set]
        print(f"== {fixture_set} ({directory.relative_to(ROOT)})")
        runs = {style: _run_style(style, args.literal, fixture_set) for style in styles}
        for style, run in runs.items():
            print(summary(style, run.score))
            if args.errors:
                print_errors(run.score, lambda note, texts=run.texts: texts.get(note[0]))
        print(summary(f"{fixture_set} overall", pooled([run.score for run in runs.values()])))
    for name in ZH_REVIEW_SETS if args.fixture_set == "all" else ():
        review, texts = zh_review_run(name)
        print(summary(f"review-zh {name}", review))
        if args.errors:
            print_errors(review, texts.get)
    seeds, texts = _seed_run()
    print(summary("seeds", seeds))
    if args.errors:
        print_errors(seeds, texts.get)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
