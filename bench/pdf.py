"""PDF speed: a 30-page PDF with 300 footnotes, read and extracted; and the PDF libraries compared on it.

    .venv/bin/python bench/pdf.py            # needs LibreOffice (make system-tools) to make the PDF once
    .venv/bin/pip install -e '.[bench]'      # pdfminer.six and pdfplumber, for the comparison (else skipped)

The document is the Chicago style fixture's body and notes six times over (notes renumbered 1-300), written to
.docx by pandoc and printed by LibreOffice (tests/pdf_fixtures.py), cached under .pytest_cache/d/pdf-fixtures/.
Reported: CPU seconds of this process (one core), best of five runs and the first run, pages/s and notes/s; then
the time each library takes to give every character with its box, font size and font name (what the reader needs),
and what each exposes.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from cite.pipeline import extract_document  # noqa: E402
from cite.readers import pdf, read  # noqa: E402
from tests.pdf_fixtures import STYLES, make_pdf  # noqa: E402

COPIES = 6
CACHE = ROOT / ".pytest_cache" / "d" / "pdf-fixtures"
#: A footnote mark or definition of the Markdown fixture: "[^12]".
NOTE_MARK = re.compile(r"\[\^(\d+)\]")


def thirty_pages() -> Path:
    """The Chicago fixture six times over, notes renumbered so that each copy has its own."""
    source = (STYLES / "chicago-fullnote-bibliography.md").read_text(encoding="utf-8")
    body, _, notes = source.partition("\n[^1]:")
    notes = "[^1]:" + notes
    copies = []
    for copy in range(COPIES):
        shift = 50 * copy
        renumber = lambda m, shift=shift: f"[^{int(m[1]) + shift}]"  # noqa: E731
        copies.append((NOTE_MARK.sub(renumber, body), NOTE_MARK.sub(renumber, notes)))
    markdown = "\n".join(b for b, _ in copies) + "\n\n" + "\n".join(n for _, n in copies)
    return make_pdf(markdown, "bench-30-pages", "default", CACHE)


def best(function: Callable[[], object], runs: int = 5) -> float:
    """Best of `runs` CPU times of this process, in seconds: one core's work, whatever else the machine runs."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def pypdfium2_chars(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    count = 0
    for page in document:
        textpage = page.get_textpage()
        count += len(pdf._chars(textpage.raw))
        textpage.close()
        page.close()
    document.close()
    return count


def pdfminer_chars(path: Path) -> int:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    def walk(item) -> int:
        if isinstance(item, LTChar):
            item.fontname, item.size  # noqa: B018
            return 1
        return sum(walk(child) for child in item) if hasattr(item, "__iter__") else 0

    return sum(walk(page) for page in extract_pages(str(path)))


def pdfplumber_chars(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as document:
        return sum(len(page.chars) for page in document.pages)


LIBRARIES: dict[str, tuple[Callable[[Path], int], str]] = {
    "pypdfium2": (pypdfium2_chars, "char box, baseline origin, font size, font name and flags, path objects (rules)"),
    "pdfminer.six": (pdfminer_chars, "char box, font size, font name, matrix (baseline), LTLine/LTRect"),
    "pdfplumber": (pdfplumber_chars, "pdfminer.six's chars as dicts (+ upright, colours), lines/rects"),
}


def main() -> int:
    path = thirty_pages()
    pages = len(pdfium.PdfDocument(str(path)))
    start = time.process_time()
    notes = len(extract_document(read(path)).notes)  # the first run, before any cache of the process is warm
    first = time.process_time() - start
    read_time = best(lambda: read(path))
    total = best(lambda: extract_document(read(path)))
    print(f"{path.name}: {pages} pages, {notes} notes ({path.stat().st_size // 1024} KB)")
    print(f"  read (pypdfium2 + layout): {read_time:.3f} s = {pages / read_time:.0f} pages/s")
    for what, seconds in (("read + extract, first run", first), ("read + extract, best of five", total)):
        print(f"  {what}: {seconds:.3f} s = {pages / seconds:.0f} pages/s, {notes / seconds:.0f} notes/s")
    print("characters with box, size and font, per library:")
    for name, (count_chars, exposes) in LIBRARIES.items():
        try:
            chars = count_chars(path)
        except ImportError:
            print(f"  {name}: not installed (pip install {name}), skipped")
            continue
        seconds = best(lambda count_chars=count_chars: count_chars(path), runs=3)
        print(f"  {name}: {chars} chars in {seconds:.3f} s = {pages / seconds:.0f} pages/s; {exposes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
