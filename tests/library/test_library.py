"""The library and `cite export` on the seeds: sources not mentions, idempotent store, real clients."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from importlib.resources import files
from pathlib import Path

import bibtexparser
import jsonschema
import pypandoc
import pytest
from typer.testing import CliRunner

from cite.cli import app
from cite.library.merge import merge
from cite.pipeline import extract_paths
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def sources() -> list:
    return merge(n for e in extract_paths([SEEDS]) for n in e.notes)


def test_repeats_are_mentions_of_one_source(sources: list) -> None:
    by_title = {s.reference.title: s for s in sources}
    vanderhill = by_title[
        "Between the Bear and the Dragon: Multivectorism in Kazakhstan as a Model Strategy for Secondary Powers"
    ]
    assert {(m.doc[:3], m.label) for m in vanderhill.mentions} == {("000", "⑤"), ("000", "③"), ("001", "")}
    assert vanderhill.reference.doi == "10.1093/ia/iiaa061"  # filled in from the 001 source line
    safranchuk = by_title["The Dilemma of Middlepowermanship in Central Asia: Prospects for Hegemony"]
    assert len(safranchuk.mentions) == 5  # ③, its Ibid. ④, and three short forms
    assert not any(s.reference.ibid or s.reference.short for s in sources)
    assert len({s.key for s in sources}) == len(sources)


def test_different_titles_at_one_host_stay_apart(sources: list) -> None:
    inform = [s for s in sources if "inform.kz" in s.reference.url]
    assert len(inform) == len({s.reference.title for s in inform}) > 5


def _run(*args: str, input: str | None = None):
    result = runner.invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.stderr
    return result


def test_extract_twice_leaves_the_library_unchanged(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    _run("extract", str(SEEDS), "--library", str(library))
    first = sqlite3.connect(library).execute("SELECT document, seq, record FROM notes ORDER BY 1, 2").fetchall()
    _run("extract", str(SEEDS), "--library", str(library))
    second = sqlite3.connect(library).execute("SELECT document, seq, record FROM notes ORDER BY 1, 2").fetchall()
    assert first == second and len(first) == 154
    outputs = [_run("export", "-f", "bibtex", "--library", str(library)).stdout for _ in range(2)]
    assert outputs[0] == outputs[1]


def test_export_reads_piped_records() -> None:
    records = _run("extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "--no-store").stdout
    ris = _run("export", "-f", "ris", input=records).stdout
    assert ris.count("ER  - ") == 4 and "TY  - THES" in ris


def test_extract_straight_to_bibtex_reads_back(tmp_path: Path, sources: list) -> None:
    bib = _run("extract", str(SEEDS), "--no-store", "-f", "bibtex").stdout
    library = bibtexparser.parse_string(bib)
    assert len(library.entries) == len(sources) and not library.failed_blocks
    assert not any(
        "ibid" in e.fields_dict.get("title", bibtexparser.model.Field("title", "")).value.lower()
        for e in library.entries
    )


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("bibtex", ".bibtex"), ("biblatex", ".bib"), ("csl-json", ".json"), ("ris", ".ris")]
)
def test_pandoc_citeproc_renders_every_seed_source(tmp_path: Path, sources: list, fmt: str, suffix: str) -> None:
    path = tmp_path / f"refs{suffix}"
    _run("extract", str(SEEDS), "--no-store", "-f", fmt, "-o", str(path))
    run = subprocess.run(
        [
            pypandoc.get_pandoc_path(),
            "--citeproc",
            f"--bibliography={path}",
            "-t",
            "plain",
            "-f",
            "markdown",
        ],
        input="---\nnocite: '@*'\n---\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stderr == ""
    entries = [block for block in run.stdout.split("\n\n") if block.strip()]
    assert len(entries) == len(sources)


def test_list_and_show(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    _run("extract", str(SEEDS), "--library", str(library))
    listing = _run("list", "--library", str(library)).stdout
    assert "safranchuk2022dilemma" in listing
    shown = _run("show", "safranchuk2022dilemma", "--library", str(library)).stdout
    assert "cited 5 times" in shown and "000_cbf80e3ee01449f9.txt" in shown and "p. 123" not in shown
    assert runner.invoke(app, ["show", "nope", "--library", str(library)]).exit_code == 1


def test_export_filters(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    _run("extract", str(SEEDS), "--library", str(library))
    rows = _run("export", "-f", "jsonl", "--lang", "kk", "--library", str(library)).stdout.splitlines()
    assert [json.loads(r)["title"] for r in rows] == [
        "Қазақстан мен Тəжікстанның сыртқы саясат концепцияларына салыстырмалы шолу"
    ]
    theses = _run(
        "export", "-f", "jsonl", "--type", "thesis", "--doc", "002_14648caa620776ea.txt", "--library", str(library)
    ).stdout.splitlines()
    assert len(theses) == 2


def test_seed_csl_json_validates_against_the_csl_schema(tmp_path: Path, sources: list) -> None:
    schema = json.loads((files("cite") / "data" / "csl-data.json").read_text(encoding="utf-8"))
    items = json.loads(_run("extract", str(SEEDS), "--no-store", "-f", "csl-json").stdout)
    jsonschema.validate(items, schema)
    assert len(items) == len(sources)


def test_documents_with_the_same_file_name_keep_their_own_ibids(tmp_path: Path) -> None:
    for folder, text in (
        ("A", "A.[^1]\n\n[^1]: John Smith, *Alpha* (London: X, 2001), 3.\n"),
        ("B", "B.[^1] C.[^2]\n\n[^1]: Kate Jones, *Beta* (Paris: Y, 2002), 5.\n\n[^2]: Ibid., 7.\n"),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.md").write_text(text, encoding="utf-8")
    notes = [n for e in extract_paths([tmp_path / "A" / "p.md", tmp_path / "B" / "p.md"]) for n in e.notes]
    counts = {s.reference.title: len(s.mentions) for s in merge(notes)}
    assert counts == {"Alpha": 1, "Beta": 2}


def test_show_lists_each_citation_with_its_locator(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    _run("extract", str(SEEDS), "--library", str(library))
    records = [json.loads(r) for r in _run("export", "-f", "jsonl", "--library", str(library)).stdout.splitlines()]
    safranchuk = next(r for r in records if r["key"] == "safranchuk2022dilemma")
    assert [m["locator"] for m in safranchuk["mentions"]] == ["117", "116-133", "120", "123", "122"]
    assert "page" not in safranchuk and "locator" not in safranchuk  # no one note's pinpoint on the work
    vanderhill = next(r for r in records if r.get("title", "").startswith("Between the Bear"))
    assert vanderhill["page"] == "975-993"
    shown = _run("show", "safranchuk2022dilemma", "--library", str(library)).stdout
    assert all(page in shown for page in ("117", "116-133", "120", "123", "122")) and "locator" in shown
    bib = _run("export", "-f", "bibtex", "--library", str(library)).stdout
    entry = bib[bib.index("{safranchuk2022dilemma,") :].split("\n}\n")[0]
    assert "pages" not in entry
