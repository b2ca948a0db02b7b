"""The CLI through Typer's test runner: formats, stdin/stdout behaviour, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cite.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


def test_jsonl_is_the_default_when_stdout_is_not_a_terminal() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 154
    assert set(records[0]) >= {"doc", "seq", "label", "page", "text", "kind", "references", "where"}
    assert records[0]["doc"] == "000_cbf80e3ee01449f9.txt" and records[0]["label"] == "*"


def test_json_format_is_one_array() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "--format", "json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["label"] for r in records] == ["0", "1", "2", "3"]
    assert records[0]["references"][0]["type"] == "thesis"


def test_table_format_shows_counts_and_folds_long_values() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "-f", "table"])
    assert result.exit_code == 0
    assert "003_dffed8fbcc6b80c3.txt: 4 footnotes, 0 body citations, 4 references" in result.stdout
    assert "王凯" in result.stdout and "thesis" in result.stdout
    assert "…" not in result.stdout  # folded, not cut off


def test_stdin_is_read_with_dash() -> None:
    text = "正文^①。\n\n① 王琛：《题名》，载《东南亚研究》2022年第4期。\n"
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input=text.encode("gb18030"))
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["references"][0]["container-title"] == "东南亚研究"


def test_unreadable_file_exits_1_after_processing_the_others(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["extract", str(tmp_path / "bad.txt"), str(SEEDS / "003_dffed8fbcc6b80c3.txt")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 4
    assert "bad.txt" in result.stderr and "encoding" in result.stderr


def test_warnings_go_to_stderr_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "w.md").write_text("Text.[^1] More.[^2]\n\n[^1]: Ibid.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "w.md")])
    assert result.exit_code == 0
    assert "w.md:1: marker '2' has no note" in result.stderr
    assert "Ibid. with no earlier source" in result.stderr


def test_usage_error_exits_2() -> None:
    assert runner.invoke(app, ["extract", str(SEEDS), "--format", "nope"]).exit_code == 2
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_help_has_examples() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0 and "cite extract seeds/" in result.stdout
