"""Property tests: any title and name, written by the BibTeX/BibLaTeX writers, reads back as the same text.

Titles and names are drawn from LaTeX's specials (`{}\\%#&$_~^`, unbalanced braces included), dashes,
emoji, right-to-left, Chinese and Cyrillic text. bibtexparser (with LaTeX decoding) and pandoc must read
each back unchanged; BibTeX must read every entry without an error and biber must read every entry, where
they are installed. Examples are bounded so `make test` stays quick.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from tempfile import TemporaryDirectory

import bibtexparser
import pypandoc
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cite import names
from cite.export import biblatex, bibtex
from cite.model import Reference, Source

#: Characters a title may hold: LaTeX's specials, dashes, letters of several scripts, an emoji, RTL text.
SPECIALS = "{}\\%#&$_~^-–"
LETTERS = "abcXYZéßжЯқ中文😀עבריתعربي"
#: A title has a letter (biber 2.18 drops a title "0", which Perl reads as false).
TITLE_TEXT = st.text(alphabet=SPECIALS + LETTERS + " 0123456789.,:;!?()", min_size=1, max_size=40).filter(
    lambda s: any(c.isalpha() for c in s)
)
#: A name part has a letter: "-" alone is no given name (BibTeX reads it as a separator).
NAME_PART = st.text(alphabet=SPECIALS + LETTERS, min_size=1, max_size=12).filter(lambda s: any(c.isalpha() for c in s))

#: pylatexenc decodes `\textasciicircum` as the modifier letter "ˆ" (U+02C6), pandoc as "^".
PYLATEXENC_CIRCUMFLEX = str.maketrans({"ˆ": "^"})

#: Examples per property: bounded for `make test`; `make property` runs many more.
EXAMPLES = int(os.environ.get("CITE_PROPERTY_EXAMPLES", "25"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _folded(text: str) -> str:
    return " ".join(text.split())


@st.composite
def sources(draw: st.DrawFn) -> list[Source]:
    """A few sources with random titles and one random "Family, Given" author each."""
    out = []
    for index in range(draw(st.integers(min_value=1, max_value=6))):
        title = _folded(draw(TITLE_TEXT))
        author = f"{draw(NAME_PART)}, {draw(NAME_PART)}"
        reference = Reference(raw=title, type="document", title=title, author=(author,), year="2020", language="ru")
        out.append(Source(f"k{index}", reference))
    return out


def _expected_name(module: object, name: str) -> str:
    """The name as written, "Family, Given"; for classic BibTeX a dash in a given name closes up ("Leif-Eric")."""
    parts = names.split(name)
    if parts.literal:  # a Chinese name or an organisation: as written
        return parts.literal
    family, given = parts.family, parts.given
    if module is bibtex:
        given = re.sub(r"\s*[-–]+\s*", "-", given)
    return f"{family}, {given}" if given else family


def _decoded(text: str) -> list[dict[str, str]]:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    return [{name: field.value for name, field in entry.fields_dict.items()} for entry in library.entries]


@SETTINGS
@given(sources())
def test_bibtexparser_reads_back_the_same_title_and_name(written: list[Source]) -> None:
    for module in (bibtex, biblatex):
        entries = _decoded(module.write(written))
        assert len(entries) == len(written)
        for source, entry in zip(written, entries, strict=True):
            assert _folded(entry["title"].translate(PYLATEXENC_CIRCUMFLEX)) == source.reference.title
            assert entry["author"].translate(PYLATEXENC_CIRCUMFLEX) == _expected_name(
                module, source.reference.author[0]
            )


@SETTINGS
@given(sources())
def test_pandoc_reads_back_the_same_title(written: list[Source]) -> None:
    with TemporaryDirectory() as tmp:
        for module in (bibtex, biblatex):
            path = Path(tmp) / "refs.bib"
            path.write_text(module.write(written), encoding="utf-8")
            reader = "bibtex" if module is bibtex else "biblatex"
            run = subprocess.run(
                [pypandoc.get_pandoc_path(), "-f", reader, "-t", "csljson", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            items = {item["id"]: item for item in json.loads(run.stdout)}
            for source in written:
                assert _folded(items[source.key]["title"]) == source.reference.title, module.__name__


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="bibtex is not installed (make system-tools)")
@SETTINGS
@given(sources())
def test_bibtex_reads_every_entry_without_an_error(written: list[Source]) -> None:
    with TemporaryDirectory() as tmp:
        (Path(tmp) / "refs.bib").write_text(bibtex.write(written), encoding="utf-8")
        (Path(tmp) / "refs.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n", encoding="utf-8")
        run = subprocess.run(["bibtex", "refs"], cwd=tmp, capture_output=True, text=True, timeout=60)
        assert "error message" not in run.stdout and "I was expecting" not in run.stdout, run.stdout
        bbl = (Path(tmp) / "refs.bbl").read_text(encoding="utf-8")
        assert len(re.findall(r"\\bibitem", bbl)) == len(written)


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed (make system-tools)")
@settings(max_examples=max(5, EXAMPLES // 5), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources())
def test_biber_reads_every_entry_as_written(written: list[Source]) -> None:
    with TemporaryDirectory() as tmp:
        text = biblatex.write(written)
        (Path(tmp) / "refs.bib").write_text(text, encoding="utf-8")
        run = subprocess.run(
            ["biber", "--tool", "refs.bib", "--output-file", "out.bib"], cwd=tmp, capture_output=True, timeout=120
        )
        assert run.returncode == 0, run.stdout
        read = bibtexparser.parse_file(str(Path(tmp) / "out.bib"), append_middleware=[LatexDecodingMiddleware()])
        titles = {e.key: next(f.value for f in e.fields if f.key.lower() == "title") for e in read.entries}
        # biber rewrites some escapes ("\\_" as "\\_{}"): compared as the text they stand for
        assert {k: _folded(t.translate(PYLATEXENC_CIRCUMFLEX)) for k, t in titles.items()} == {
            s.key: s.reference.title for s in written
        }
