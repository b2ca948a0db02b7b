"""pandoc's citeproc reads each bibliography file and renders one entry per source, without a warning."""

import subprocess
from collections.abc import Callable
from pathlib import Path

import pypandoc
import pytest

from cite.export import biblatex, bibtex, csl_json, ris

from .samples import SOURCES

#: A document that cites every entry of its bibliography.
NOCITE = "---\nnocite: '@*'\n---\n"


def render(path: Path) -> subprocess.CompletedProcess[str]:
    command = [pypandoc.get_pandoc_path(), "--from=markdown", "--to=plain", "--wrap=none", "--citeproc"]
    return subprocess.run(
        [*command, f"--bibliography={path}"], input=NOCITE, capture_output=True, text=True, check=False
    )


# pandoc picks the reader by extension: .bibtex is BibTeX, .bib is BibLaTeX.
@pytest.mark.parametrize(
    ("write", "name"),
    [
        (bibtex.write, "refs.bibtex"),
        (biblatex.write, "refs.bib"),
        (csl_json.write, "refs.json"),
        (ris.write, "refs.ris"),
    ],
    ids=["bibtex", "biblatex", "csl-json", "ris"],
)
def test_citeproc_renders_one_entry_per_source(write: Callable, name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(write(SOURCES).encode("utf-8"))  # bytes: keep RIS's CRLF
    result = render(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    entries = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(entries) == len(SOURCES)
    rendered = result.stdout.casefold()  # styles may title-case English titles
    for source in SOURCES:
        assert source.reference.title.casefold() in rendered, source.key
