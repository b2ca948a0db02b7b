"""The seeds' exports read by real clients: pandoc's citeproc with real CSL styles, BibTeX, biber and JabRef.

What is asserted is what a reader of the rendered bibliography or the importing program sees: one entry
per source, each URL once, access dates printed, `n.d.` only for a source without a date, no
`CSL STYLE ERROR`, a valid UTF-8 `.bbl`. A tool that is not installed (`make system-tools` installs them
as root) skips its test with the reason.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import bibtexparser
import pypandoc
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware

from cite.export import biblatex, bibtex, csl_json, ris
from cite.library.merge import merge
from cite.model import PAGED_TYPES, Source
from cite.pipeline import extract_paths
from tests.conftest import SEEDS

#: Debian's citation-style-language-styles.
CSL_STYLES = Path("/usr/share/citation-style-language/styles")
CHICAGO = CSL_STYLES / "chicago-fullnote-bibliography.csl"
GBT = CSL_STYLES / "china-national-standard-gb-t-7714-2015-note.csl"

#: One rendered bibliography entry of pandoc's HTML, up to the next: `<div id="ref-KEY" class="csl-entry" …>…`.
HTML_ENTRY = re.compile(
    r'<div id="ref-(?P<key>[^"]+)" class="csl-entry"[^>]*>(?P<body>.*?)(?=<div id="ref-|\Z)', re.DOTALL
)
TAG = re.compile(r"<[^>]+>")
HTML = ("--from=markdown", "--to=html", "--wrap=none")
#: One entry of a `.bbl`: `\bibitem[…]{key}` up to the next.
BBL_ITEM = re.compile(
    r"\\bibitem(?:\[(?:[^\[\]]|\[[^\]]*\])*\])?\{(?P<key>[^}]+)\}(?P<body>.*?)(?=\\bibitem|\\end\{thebibliography\})",
    re.DOTALL,
)

#: Format -> (writer, file name pandoc reads it by: `.bibtex` is BibTeX, `.bib` BibLaTeX).
EXPORTS: dict[str, tuple[Callable, str]] = {
    "bibtex": (bibtex.write, "refs.bibtex"),
    "biblatex": (biblatex.write, "refs.bib"),
    "csl-json": (csl_json.write, "refs.json"),
    "ris": (ris.write, "refs.ris"),
}


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    return merge(n for e in extract_paths([SEEDS]) for n in e.notes)


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (make system-tools installs it as root)")
    return path


def _write(tmp_path: Path, fmt: str, sources: list[Source]) -> Path:
    write, name = EXPORTS[fmt]
    path = tmp_path / name
    path.write_bytes(write(sources).encode("utf-8"))  # bytes: keep RIS's CRLF
    return path


def _render(bibliography: Path, style: Path) -> dict[str, str]:
    """Each source's entry as pandoc's citeproc prints it in `style`, as plain text, by key."""
    if not style.exists():
        pytest.skip(f"{style} is missing (Debian's citation-style-language-styles; make system-tools)")
    run = subprocess.run(
        [pypandoc.get_pandoc_path(), "--citeproc", f"--bibliography={bibliography}", f"--csl={style}", *HTML],
        input="---\nnocite: '@*'\n---\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stderr == ""
    return {m["key"]: html.unescape(TAG.sub("", m["body"])).strip() for m in HTML_ENTRY.finditer(run.stdout)}


@pytest.mark.parametrize("fmt", EXPORTS)
@pytest.mark.parametrize("style", [CHICAGO, GBT], ids=["chicago", "gbt7714"])
def test_citeproc_prints_what_each_source_gives(tmp_path: Path, sources: list[Source], fmt: str, style: Path) -> None:
    entries = _render(_write(tmp_path, fmt, sources), style)
    dated_access = fmt != "ris"  # pandoc's RIS reader reads no access date (Y2, Y3, RD, DA all ignored)
    assert sorted(entries) == sorted(s.key for s in sources)  # one entry per source, keys kept
    for source in sources:
        ref, text = source.reference, entries[source.key]
        assert "CSL STYLE ERROR" not in text, (source.key, text)
        if ref.url:
            assert text.count(ref.url) == 1, (source.key, text)  # once, byte-identical
        if ref.accessed and dated_access and style == GBT:
            assert ref.accessed in text, (source.key, text)  # GB/T: [2021-08-06]
        if ref.accessed and dated_access and style == CHICAGO and not ref.year:  # Chicago prints it for an undated page
            assert f"Accessed {date.fromisoformat(ref.accessed):%B %-d, %Y}" in text, (source.key, text)
        if "n.d." in text:
            assert not ref.year, (source.key, text)


#: The classic styles, which print no `urldate`: they are given the export's `note = {Accessed …}` (--access-note).
CLASSIC_STYLES = ("plainnat",)


def _bibtex(tmp_path: Path, style: str, sources: list[Source]) -> dict[str, str]:
    """Run BibTeX with `style` over the BibTeX export; each entry of the .bbl (which must be UTF-8) by key."""
    _need("bibtex")
    (tmp_path / "refs.bib").write_text(bibtex.write(sources, access_note=style in CLASSIC_STYLES), encoding="utf-8")
    (tmp_path / "refs.aux").write_text(f"\\citation{{*}}\n\\bibstyle{{{style}}}\n\\bibdata{{refs}}\n", encoding="utf-8")
    run = subprocess.run(["bibtex", "refs"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    if "I couldn't open style file" in run.stdout:
        pytest.skip(f"{style}.bst is not installed (texlive-bibtex-extra / texlive-lang-chinese; make system-tools)")
    assert run.returncode == 0 and "error message" not in run.stdout, run.stdout
    bbl = (tmp_path / "refs.bbl").read_bytes().decode("utf-8")  # raises on invalid UTF-8
    return {m["key"]: " ".join(m["body"].split()) for m in BBL_ITEM.finditer(bbl)}


@pytest.mark.parametrize("style", ["plainnat", "gbt7714-numerical"])
def test_bibtex_prints_each_entry_in_utf8_with_its_access_date(
    tmp_path: Path, sources: list[Source], style: str
) -> None:
    entries = _bibtex(tmp_path, style, sources)
    assert sorted(entries) == sorted(s.key for s in sources)
    for source in sources:
        ref = source.reference
        if ref.accessed and (style == "plainnat" or ref.url):  # gbt7714 prints an access date beside a URL
            assert ref.accessed in entries[source.key], (source.key, entries[source.key])
    easley = next(key for key in entries if key.startswith("easley"))
    # "Leif – Eric": BibTeX took the dash for a name of its own and cut a UTF-8 byte; now "Leif-Eric", "L.-E."
    assert re.search(r"Leif-Eric|L[-~]E\.", entries[easley]), entries[easley]


def test_biber_checks_the_biblatex_export_against_its_data_model(tmp_path: Path, sources: list[Source]) -> None:
    _need("biber")
    bib = tmp_path / "refs.bib"
    bib.write_text(biblatex.write(sources), encoding="utf-8")
    run = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", bib.name, "--output-file", "out.bib"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0 and "ERROR" not in log, log
    warnings = re.findall(r"WARN - (.*)", log)
    missing = [
        re.fullmatch(r"Datamodel: Entry '([^']+)' \(refs\.bib\): Missing mandatory field (.*)", w) for w in warnings
    ]
    assert all(missing), warnings  # no warning but a missing field
    written = {e.key: set(e.fields_dict) for e in bibtexparser.parse_file(str(bib)).entries}
    for key, fields in (m.groups() for m in missing):  # … that the source does not give: cite invents none
        assert not set(re.findall(r"[a-z]+", fields.split("must")[0])) & written[key], (key, fields)
    undated = {s.key for s in sources if not s.reference.year}
    assert {key for key, fields in (m.groups() for m in missing) if "date" in fields} == undated
    assert len(bibtexparser.parse_file(str(tmp_path / "out.bib")).entries) == len(sources)


def _jabref(tmp_path: Path, source: Path, out: Path | None = None, export: str = "") -> Any:
    """JabRef (no GUI) imports `source` and saves it as BibTeX (what it saved, parsed), or in `export` (the text).

    JabRef gives imported RIS records no key (`@Article{,`); they are numbered so that each is read.
    """
    _need("jabref")
    out = out or tmp_path / "jabref.bib"
    home = tmp_path / "home"  # JabRef writes its preferences there
    home.mkdir(exist_ok=True)
    fmt = ",ris" if source.suffix == ".ris" else ""
    run = subprocess.run(
        ["jabref", "-n", "-i", f"{source}{fmt}", "-o", f"{out},{export}" if export else str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"HOME": str(home), "JAVA_TOOL_OPTIONS": "-Djava.awt.headless=true"},
    )
    assert run.returncode == 0 and out.exists(), run.stdout + run.stderr
    if export:
        return out.read_text(encoding="utf-8")
    numbers = iter(range(1, 1_000_000))
    text = re.sub(r"^(@\w+\{),", lambda m: f"{m[1]}jabref{next(numbers)},", out.read_text(encoding="utf-8"), flags=re.M)
    return bibtexparser.parse_string(text)


def test_jabref_reads_the_bibtex_export_back_field_for_field(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(bibtex.write(sources), encoding="utf-8")
    ours = {e.key: {f.key: f.value for f in e.fields} for e in bibtexparser.parse_file(str(path)).entries}
    read = {e.key: {f.key: f.value for f in e.fields} for e in _jabref(tmp_path, path).entries}
    assert read == ours
    mods = _jabref(tmp_path, path, tmp_path / "jabref.xml", "mods")  # a book's "95,111" once broke this export
    assert mods.count("<mods:mods ") == len(sources)


def _dashes(text: str) -> str:
    return re.sub(r"[-–—]+", "-", text)


def test_jabref_reads_the_ris_export_back(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "refs.ris"
    path.write_bytes(ris.write(sources).encode("utf-8"))
    entries = [e for e in _jabref(tmp_path, path).entries if e.entry_type.lower() != "comment"]
    assert len(entries) == len(sources)
    by_key = {e.fields_dict["refid"].value: e.fields_dict for e in entries}  # JabRef keeps our ID as refid
    assert sorted(by_key) == sorted(s.key for s in sources)
    for source in sources:
        ref, fields = source.reference, by_key[source.key]
        if ref.title:  # JabRef 3.8's RIS import writes dashes the TeX way ("–" -> "-", "—" -> "--")
            assert _dashes(fields["title"].value) == _dashes(" ".join(ref.title.split())), source.key
        if ref.url:
            assert fields["url"].value == ref.url, source.key
        if ref.type == "chapter":
            assert fields["booktitle"].value == ref.container_title, source.key  # from BT
        if ref.type in ("book", "thesis", "report"):
            assert "pages" not in fields, source.key  # no cited page read as the work's pages


#: Issue 12: a title with a lone brace, between two ordinary entries that must keep their fields.
LONE_BRACE = (
    "Text.[^1] More.[^2] End.[^3]\n\n"
    "[^1]: John Smith, “Before,” *Journal of Tests* 11, no. 1 (2019): 1–2.\n"
    "[^2]: Jane Roe, “A lone } brace,” *Journal of Tests* 12, no. 3 (2020): 45–67.\n"
    "[^3]: Mary Major, “After,” *Journal of Tests* 13, no. 2 (2021): 3–4.\n"
)


def test_a_lone_brace_in_a_title_is_read_by_bibtex_and_biber(tmp_path: Path) -> None:
    (tmp_path / "paper.md").write_text(LONE_BRACE, encoding="utf-8")
    lone = merge(n for e in extract_paths([tmp_path / "paper.md"]) for n in e.notes)
    assert [s.reference.title for s in lone] == ["Before", "A lone } brace", "After"]
    entries = _bibtex(tmp_path, "plainnat", lone)  # no "I was expecting a `,' or a `}'"
    assert len(entries) == 3 and all("Journal of Tests" in text for text in entries.values())
    _need("biber")
    (tmp_path / "refs.bib").write_text(biblatex.write(lone), encoding="utf-8")
    run = subprocess.run(
        ["biber", "--tool", "refs.bib", "--output-file", "out.bib"], cwd=tmp_path, capture_output=True, timeout=120
    )
    assert run.returncode == 0
    read = bibtexparser.parse_file(str(tmp_path / "out.bib"), append_middleware=[LatexDecodingMiddleware()])
    titles = [next(f.value for f in e.fields if f.key.lower() == "title") for e in read.entries]
    assert titles == ["Before", "A lone } brace", "After"]


#: Zotero's BibTeX import (translators/BibTeX.js, `bibtex2zoteroTypeMap`): entry type -> Zotero item type.
ZOTERO_BIBTEX_TYPES = {
    "article": "journalArticle",
    "book": "book",
    "incollection": "bookSection",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "inproceedings": "conferencePaper",
    "online": "webpage",
    "misc": "document",
}
#: The Zotero item type each CSL type should arrive as (a newspaper article is an `@article`: journalArticle).
ZOTERO_TYPE_OF = {
    "article-journal": "journalArticle",
    "article-newspaper": "journalArticle",
    "book": "book",
    "chapter": "bookSection",
    "thesis": "thesis",
    "report": "report",
    "paper-conference": "conferencePaper",
    "webpage": "webpage",
}


def test_zotero_bibtex_import_finds_each_field_where_it_looks(sources: list[Source]) -> None:
    entries = {e.key: e for e in bibtexparser.parse_string(bibtex.write(sources)).entries}
    for source in sources:
        ref, entry = source.reference, entries[source.key]
        zotero_type = ZOTERO_BIBTEX_TYPES[entry.entry_type]
        if ref.type in ZOTERO_TYPE_OF:
            assert zotero_type == ZOTERO_TYPE_OF[ref.type], (source.key, entry.entry_type)
        fields = entry.fields_dict
        # BibTeX.js: `pages` of a book or thesis becomes numPages; `urldate` is accessDate; `note` a child note
        assert not (zotero_type in ("book", "thesis") and "pages" in fields), source.key
        assert ("urldate" in fields) == bool(ref.accessed) and "note" not in fields, source.key
        assert ("language" in fields) == bool(ref.language), source.key
        if ref.url:
            assert fields["url"].value == ref.url and "howpublished" not in fields, source.key


def test_ris_and_csl_json_carry_each_field_where_zotero_and_endnote_read_it(sources: list[Source]) -> None:
    records = [
        [(line[:2], line[6:]) for line in record.split("\r\n") if line]
        for record in ris.write(sources).split("\r\n\r\n")
        if record
    ]
    items = {item["id"]: item for item in json.loads(csl_json.write(sources))}
    for source, record in zip(sources, records, strict=True):
        ref, tags = source.reference, dict(record)
        item = items[source.key]
        if ref.type == "webpage":
            assert tags["TY"] == "ELEC", source.key  # Zotero and EndNote: a web page
        assert "JO" not in tags, source.key  # JO is an abbreviation for Zotero
        assert ("Y2" in tags) == bool(ref.accessed) == ("accessed" in item), source.key
        assert ("LA" in tags) == bool(ref.language) == ("language" in item), source.key
        paged = ref.type in PAGED_TYPES and bool(ref.page)
        assert ("SP" in tags) == paged == ("page" in item), source.key  # never a book's number of pages
        if ref.url:
            assert tags["UR"] == ref.url == item["URL"], source.key
        assert item["citation-key"] == source.key and tags["ID"] == source.key
