"""Field F1 of reference-list entries per format: a fixture set's items rendered by pandoc's citeproc as the
bibliography of each style, written by pandoc into every format cite reads (and, with --pdf, printed by
LibreOffice from the .docx), against the same list in plain text, where italics and links are lost.

    .venv/bin/python bench/reflists.py                  # held-out items and styles (tests/fixtures/heldout)
    .venv/bin/python bench/reflists.py --set styles     # the development set's items and styles
    .venv/bin/python bench/reflists.py --pdf --errors   # + the PDF LibreOffice prints; every mismatch
    .venv/bin/python bench/reflists.py --set styles --styles apa,ieee   # other CSL styles (default expectations)

Needs Debian's citation-style-language-styles (the `.csl` files) and pandoc (`pypandoc-binary`). Every entry is
paired with the item whose title it shows (the longest such title), expected as `accuracy.full_reference` of a
note with no locator, in the style's rendering with the item's page range and up to 10 names printed (as a
bibliography prints them); a style `accuracy.STYLES` does not describe is expected to print every field.
Names are compared as sets of words, since a bibliography writes its first name family-first ("Roe, Jane").
An entry paired with no item counts its fields as false positives, an item with no entry its fields as misses.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy import FIXTURE_SETS, STYLES, Rendering, full_reference, pooled, print_errors, summary  # noqa: E402
from cite.model import BODY  # noqa: E402
from cite.pipeline import extract_document  # noqa: E402
from cite.readers import read  # noqa: E402
from tests.scoring import Score  # noqa: E402

CSL_DIR = Path("/usr/share/citation-style-language/styles")
#: The document whose reference list pandoc fills with every item (`nocite: "@*"`).
SOURCE = '---\nnocite: "@*"\n---\n\n# Oil and Borders\n\nA short text before its list.\n\n# References\n\n'
#: pandoc writer -> (file extension, extra arguments). Markdown without divs or spans, so the list is plain
#: paragraphs with `*…*` italics, as a person writes them; `plain` is the twin without italics or links.
WRITERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "plain": ("txt", ("--wrap=none",)),
    "markdown-smart-citations-fenced_divs-native_divs-raw_html-bracketed_spans-native_spans": ("md", ("--wrap=none",)),
    "markdown-citations": ("pandoc.md", ("--wrap=none",)),  # pandoc's own Markdown: fenced divs, bracketed spans
    "docx": ("docx", ()),
    "html": ("html", ("--standalone",)),
    "odt": ("odt", ()),
    "epub": ("epub", ()),
}
#: How many names a bibliography prints before "et al." (notes print fewer; GB/T prints 3 in both).
BIBLIOGRAPHY_NAMES = 10
#: Characters that separate the words of a name: "Roe, Jane" and "Jane Roe" are the same two words.
NAME_SEPARATORS = re.compile(r"[\s,.]+")


def render(out: Path, style: str, items: Path, pdf: bool) -> dict[str, Path]:
    """The style's reference list of every item in `items`, one file per format (ext -> path)."""
    import pypandoc

    source = out / f"{style}.source.md"
    source.write_text(SOURCE, encoding="utf-8")
    csl = ["--citeproc", "--bibliography", str(items), "--csl", str(CSL_DIR / f"{style}.csl")]
    paths = {}
    for writer, (ext, extra) in WRITERS.items():
        target = out / f"{style}.{ext}"
        pypandoc.convert_file(str(source), writer, format="markdown", outputfile=str(target), extra_args=[*csl, *extra])
        paths[ext] = target
    if pdf:
        from tests.formats import soffice

        paths["pdf"] = soffice(paths["docx"], "pdf", out)
    return paths


def fold(value: Any) -> Any:
    """Case-insensitive values; a name list as each name's set of words."""
    if isinstance(value, list):
        return [sorted(word for word in NAME_SEPARATORS.split(str(v).casefold()) if word) for v in value]
    return value.casefold() if isinstance(value, str) else value


def score_document(path: Path, style: str, items: list[dict]) -> Score:
    """Every reference-list entry of one rendered document against the item it shows."""
    known = STYLES.get(style, Rendering())
    rendering = replace(known, item_page=True, et_al_keep=max(known.et_al_keep, BIBLIOGRAPHY_NAMES))
    entries = [note for note in extract_document(read(path)).notes if note.where == BODY]
    score = Score()
    unpaired = {item["id"]: item for item in items}
    for note in entries:
        text = note.text.casefold().replace("'", "’")
        shown = [item for item in items if item["title"].casefold().replace("'", "’") in text]
        item = max(shown, key=lambda item: len(item["title"]), default=None)
        expected = full_reference(item, None, rendering) if item else {}
        got = note.references[0].csl() if note.references else {}
        score.add((note.label or str(note.line), note.text), expected, got, fold)
        unpaired.pop(item["id"] if item else "", None)
    for item in unpaired.values():
        score.add((item["id"], "(no entry)"), full_reference(item, None, rendering), {}, fold)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("heldout", "styles"), default="heldout", dest="fixture_set")
    parser.add_argument("--pdf", action="store_true", help="also the PDF LibreOffice prints from the .docx")
    parser.add_argument("--errors", action="store_true", help="print every mismatch")
    parser.add_argument("--styles", help="comma-separated CSL style names instead of the set's own styles")
    args = parser.parse_args(argv)
    directory, styles = FIXTURE_SETS[args.fixture_set]
    styles = tuple(args.styles.split(",")) if args.styles else styles
    items = json.loads((directory / "items.json").read_text(encoding="utf-8"))
    by_format: dict[str, list[Score]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for style in styles:
            if not (CSL_DIR / f"{style}.csl").exists():
                print(f"{style}: no {CSL_DIR}/{style}.csl (apt-get install citation-style-language-styles)")
                continue
            for ext, path in render(Path(folder), style, directory / "items.json", args.pdf).items():
                score = score_document(path, style, items)
                by_format.setdefault(ext, []).append(score)
                print(summary(f"{style:45} {ext:5}", score))
                if args.errors:
                    print_errors(score, lambda where: where[1])
        except_plain = [ext for ext in by_format if ext != "txt"]
        for ext in ["txt", *except_plain]:
            print(summary(f"pooled {ext:5}", pooled(by_format[ext])))
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as err:
        raise SystemExit(f"{err.cmd[0]} failed: {err.stderr}") from err
