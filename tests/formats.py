"""The development set's Markdown documents turned into every format pandoc writes that cite reads.

Shared by the format tests and bench/accuracy.py: the fixtures are made by a real tool, pandoc (from the
`pypandoc-binary` wheel), not written by hand. Smart punctuation is off so every format shows the same
characters as the Markdown source; `plain` is pandoc's own rendering of the notes, the texts they must have.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES_DIR = ROOT / "tests" / "fixtures" / "styles"
STYLES = (
    "chicago-fullnote-bibliography",
    "chicago-fullnote-bibliography-with-ibid",
    "modern-humanities-research-association",
    "china-national-standard-gb-t-7714-2015-note",
)
#: pandoc writer -> file extension of the documents made with it.
WRITERS = {"docx": "docx", "html": "html", "odt": "odt", "epub": "epub", "markdown": "pandoc.md", "plain": "plain"}
#: A note of pandoc's plain rendering: "[12] text" up to the next note or the end.
PLAIN_NOTE = re.compile(r"^\[(?P<label>\d+)\] (?P<text>.*?)(?=\n\n\[\d+\] |\Z)", re.S | re.M)


def convert(
    out: Path,
    styles: tuple[str, ...] = STYLES,
    source_dir: Path = STYLES_DIR,
    writers: tuple[str, ...] = tuple(WRITERS),
) -> Path:
    """Write `<style>.<ext>` for each of `writers` into `out` from `source_dir`'s `<style>.md` (skipping files
    already there); return `out`."""
    import pypandoc

    out.mkdir(parents=True, exist_ok=True)
    for style in styles:
        source = source_dir / f"{style}.md"
        for writer in writers:
            ext = WRITERS[writer]
            target = out / f"{style}.{ext}"
            if target.exists():
                continue
            extra = ["--standalone"] if writer == "html" else ["--wrap=none"] if writer == "plain" else []
            pypandoc.convert_file(
                str(source), writer, format="markdown-smart", outputfile=str(target), extra_args=extra
            )
    return out


def soffice(source: Path, target_format: str, out: Path) -> Path:
    """Convert with LibreOffice, in a profile of its own (another soffice running on the machine, as another
    user's or test's, would otherwise take the job and return nothing); returns the file written."""
    import subprocess

    profile = (out / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target_format,
            str(source),
            "--outdir",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.{target_format.split(':')[0]}"


def written_notes(plain: Path) -> list[tuple[str, str]]:
    """(label, text) of each note in pandoc's plain rendering, whitespace collapsed."""
    text = plain.read_text(encoding="utf-8")
    notes = text[text.index("\n[1] ") :]
    return [(m["label"], " ".join(m["text"].split())) for m in PLAIN_NOTE.finditer(notes)]
