"""Extraction speed per format: one document of 300 notes in every format pandoc writes, notes per second.

    .venv/bin/python bench/formats.py

The document is the development set's four styles put together and repeated (300 notes, ~2,100 lines of
Markdown), turned into .docx, .html, .odt and .epub by pandoc. For each format: the time to read the file
into a Document (unzip, parse the XML/HTML/Markdown), the time of the whole `extract` (reading, finding and
linking notes, parsing their references), and notes per second of the whole. Best of five runs, one core.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cite.pipeline import extract_document  # noqa: E402
from cite.readers import read  # noqa: E402
from tests.formats import STYLES, STYLES_DIR  # noqa: E402

NOTES = 300
#: "[^12]" markers and "[^12]:" definitions, renumbered when the documents are put together.
NOTE_LABEL = re.compile(r"\[\^(\d+)\]")
EXTENSIONS = ("md", "docx", "html", "odt", "epub")


def long_document(out: Path) -> Path:
    """A Markdown document of `NOTES` notes: the styles' bodies and notes one after another, renumbered."""
    bodies, notes, offset = [], [], 0
    while offset < NOTES:
        for style in STYLES:
            text = (STYLES_DIR / f"{style}.md").read_text(encoding="utf-8")
            count = len(set(NOTE_LABEL.findall(text)))
            if offset + count > NOTES:
                break
            text = NOTE_LABEL.sub(lambda m, base=offset: f"[^{int(m[1]) + base}]", text)
            body, _, definitions = text.partition("\n[^")
            bodies.append(body)
            notes.append("[^" + definitions)
            offset += count
        else:
            continue
        break
    path = out / "long.md"
    path.write_text("\n\n".join(bodies) + "\n\n" + "\n".join(notes), encoding="utf-8")
    return path


def convert(source: Path) -> dict[str, Path]:
    import pypandoc

    paths = {"md": source}
    for ext in EXTENSIONS[1:]:
        target = source.with_suffix(f".{ext}")
        extra = ["--standalone"] if ext == "html" else []
        pypandoc.convert_file(str(source), ext, format="markdown-smart", outputfile=str(target), extra_args=extra)
        paths[ext] = target
    return paths


def _best(function, *args, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = convert(long_document(Path(folder)))
        print(f"{'format':7} {'notes':>5} {'size':>8} {'read':>8} {'extract':>8} {'notes/s':>8}")
        for ext, path in paths.items():
            notes = len(extract_document(read(path)).notes)
            reading = _best(read, path)
            whole = _best(lambda p: extract_document(read(p)), path)
            size = path.stat().st_size
            print(
                f"{ext:7} {notes:5d} {size / 1024:6.0f}kB {reading * 1000:6.0f}ms {whole * 1000:6.0f}ms {notes / whole:8.0f}"
            )


if __name__ == "__main__":
    main()
