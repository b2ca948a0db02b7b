"""Scale: `--jobs N` changes nothing but the speed; shards written elsewhere (here by Dask's local scheduler)
and brought in with `cite import` give the library `cite extract` gives."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def _library_rows(library: Path) -> tuple[list, list]:
    with sqlite3.connect(library) as db:
        return (
            db.execute("SELECT id, name, encoding FROM documents ORDER BY id").fetchall(),
            db.execute("SELECT document, seq, record FROM notes ORDER BY document, seq").fetchall(),
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds twice over in nested folders, with a file that cannot be decoded among them."""
    root = tmp_path_factory.mktemp("corpus")
    for folder in ("a", "b/c"):
        shutil.copytree(SEEDS, root / folder)
    (root / "b" / "bad.txt").write_bytes(bytes(range(256)) * 4)
    return root


def test_jobs_1_and_2_give_the_same_output_and_library(corpus: Path, tmp_path: Path) -> None:
    runs = {}
    for jobs in ("1", "2"):
        library = tmp_path / f"lib{jobs}.sqlite"
        result = runner.invoke(
            app,
            ["extract", str(corpus), "-", "--jobs", jobs, "--library", str(library)],
            input="A.[^1]\n\n[^1]: Smith, *Alpha* (London: X, 2001).\n",
        )
        bib = runner.invoke(app, ["extract", str(corpus), "--jobs", jobs, "--no-store", "-f", "bibtex"])
        runs[jobs] = (result.exit_code, result.stdout, result.stderr, bib.stdout, _library_rows(library))
    assert runs["1"] == runs["2"]
    exit_code, stdout, stderr, bib, (documents, notes) = runs["2"]
    assert exit_code == 1 and "bad.txt: unknown encoding" in stderr  # reported, the rest extracted
    docs = [json.loads(line)["doc"] for line in stdout.splitlines()]
    assert docs[-1] == "<stdin>" and len(docs) == 2 * 154 + 1  # the seeds' 154 records, twice, then stdin's
    assert len(documents) == 2 * 5 + 1 and len(notes) == len(docs)
    assert bib.count("@") > 100


def _export(library: Path) -> str:
    result = runner.invoke(app, ["export", "-f", "bibtex", "--library", str(library)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_imported_shards_give_the_library_extract_gives(tmp_path: Path) -> None:
    direct, imported = tmp_path / "direct.sqlite", tmp_path / "imported.sqlite"
    assert runner.invoke(app, ["extract", str(SEEDS), "--library", str(direct)]).exit_code == 0
    shards = []
    for seed in sorted(SEEDS.iterdir()):  # one shard per file, as a map over files writes them
        shard = tmp_path / f"{seed.stem}.jsonl"
        shard.write_text(runner.invoke(app, ["extract", str(seed), "--no-store"]).stdout, encoding="utf-8")
        shards.append(str(shard))
    for _ in range(2):  # importing again changes nothing
        result = runner.invoke(app, ["import", *shards, "--library", str(imported)])
        assert result.exit_code == 0 and "154 notes imported from 5 file(s)" in result.stderr
    assert _export(imported) == _export(direct)
    assert [json.loads(r) for _, _, r in _library_rows(imported)[1]] == [
        json.loads(r) for _, _, r in _library_rows(direct)[1]
    ]


def test_import_skips_and_reports_lines_that_are_not_records(tmp_path: Path) -> None:
    shard = tmp_path / "s.jsonl"
    good = runner.invoke(app, ["extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "--no-store"]).stdout
    shard.write_text("not json\n" + good + '{"seq": 1}\n', encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    result = runner.invoke(app, ["import", str(shard), str(tmp_path / "missing.jsonl"), "--library", str(library)])
    assert result.exit_code == 1
    assert f"{shard}:1: skipped: not JSON" in result.stderr and f"{shard}:6: skipped: no 'doc' key" in result.stderr
    assert "missing.jsonl: cannot read: No such file or directory" in result.stderr
    assert len(_library_rows(library)[1]) == 4


def test_the_dask_recipe_runs_on_the_local_scheduler(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'dask[bag]'); the recipe is untested")
    spec = importlib.util.spec_from_file_location("dask_corpus", ROOT / "examples" / "dask_corpus.py")
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    written = recipe.write_shards(SEEDS, tmp_path / "shards", partitions=3, scheduler="processes")
    assert len(written) == 3
    lines = [line for path in sorted(written) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    assert lines == runner.invoke(app, ["extract", str(SEEDS), "--no-store"]).stdout.splitlines()
    direct, imported = tmp_path / "direct.sqlite", tmp_path / "imported.sqlite"
    assert runner.invoke(app, ["extract", str(SEEDS), "--library", str(direct)]).exit_code == 0
    assert runner.invoke(app, ["import", *written, "--library", str(imported)]).exit_code == 0
    assert _export(imported) == _export(direct)
