"""The CLI through Typer's test runner: formats, stdin/stdout behaviour, exit codes."""

from __future__ import annotations

import json
import os
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


def test_documents_come_out_in_the_order_given_stdin_included(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("A.[^1]\n\n[^1]: Note a.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "a.md"), "-", "--no-store"], input="B.[^1]\n\n[^1]: Note b.\n"
    )
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a.md", "<stdin>"]


def test_two_piped_documents_are_stored_apart(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    for text in (
        "A.[^1]\n\n[^1]: Smith, *Alpha* (London: X, 2001).\n",
        "B.[^1]\n\n[^1]: Jones, *Beta* (Paris: Y, 2002).\n",
    ):
        assert runner.invoke(app, ["extract", "-", "--library", library], input=text).exit_code == 0
    titles = [
        json.loads(r)["title"]
        for r in runner.invoke(app, ["export", "-f", "jsonl", "--library", library]).stdout.splitlines()
    ]
    assert sorted(titles) == ["Alpha", "Beta"]


def test_access_note_is_written_only_when_asked(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    note = "[^1]: “Title”. https://example.org/page, 访问时间：2023年10月28日。\n"
    assert runner.invoke(app, ["extract", "-", "--library", library], input=f"A.[^1]\n\n{note}").exit_code == 0
    plain = runner.invoke(app, ["export", "-f", "bibtex", "--library", library]).stdout
    classic = runner.invoke(app, ["export", "-f", "bibtex", "--access-note", "--library", library]).stdout
    assert "urldate = {2023-10-28}" in plain and "note =" not in plain  # Zotero would make a child note of it
    assert "note = {Accessed 2023-10-28}" in classic  # for plain, plainnat, apalike


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["extract", str(tmp_path), "--no-store"])
    assert result.exit_code == 1 and "pipe.txt: cannot read: not a regular file" in result.stderr


def test_library_problems_are_clear_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["list", "--library", str(tmp_path)])
    assert result.exit_code == 1 and "cannot use the library" in result.stderr and "Traceback" not in result.stderr
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "--library", str(bad)])
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 4  # the notes still come out


def test_export_rejects_piped_lines_that_are_not_records(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--library", str(tmp_path / "l.sqlite")], input="x\n")
    assert result.exit_code == 1 and "<stdin>:1: not a cite footnote record" in result.stderr


def test_tables_go_to_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    result = runner.invoke(
        app, ["extract", str(SEEDS / "003_dffed8fbcc6b80c3.txt"), "-f", "table", "-o", str(out), "--no-store"]
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert "纳扎尔巴耶夫外交思想探析" in out.read_text(encoding="utf-8")


def test_warnings_keep_square_brackets_of_the_source(tmp_path: Path) -> None:
    """Messages quote the document; "[red]" or "[D]" in it must come out as written, not as terminal styles."""
    (tmp_path / "b.md").write_text("Text.[^1]\n\n[^1]: Ibid. [red] [D]\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "b.md"), "--no-store"])
    assert "Ibid. with no earlier source: Ibid. [red] [D]" in result.stderr


def test_many_warnings_of_one_kind_are_summarised_with_a_count(tmp_path: Path) -> None:
    text = " ".join(f"claim {k}[^{k}]" for k in range(1, 1001))  # 1,000 markers, no note for any
    (tmp_path / "m.md").write_text(text + "\n\n[^x]: Jane Roe, *A Book* (London: Routledge, 2019).\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "m.md"), "--no-store"])
    lines = result.stderr.splitlines()
    assert [line for line in lines if "has no note" in line and "m.md:1:" in line][:1] == [
        "warning: m.md:1: marker '1' has no note"
    ]
    assert sum("m.md:1: marker" in line for line in lines) == 5
    assert "warning: … and 995 more like “marker … has no note”" in lines
    assert "warning: m.md:3: note 'x' has no marker in the text" in lines  # another kind, printed in full
    assert json.loads(result.stdout)["warnings"] == ["m.md:3: note 'x' has no marker in the text"]


def test_the_library_is_stored_even_when_the_output_cannot_be_written(tmp_path: Path) -> None:
    for k in range(60):  # more documents than one batch of the library
        (tmp_path / "in" / f"d{k:02d}.md").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"d{k:02d}.md").write_text(f"Claim.[^1]\n\n[^1]: Jane Roe, *Book {k}* (London: X, 2019).\n")
    library = tmp_path / "l.sqlite"
    result = runner.invoke(
        app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "no" / "x.jsonl"), "--library", str(library)]
    )
    assert result.exit_code == 1 and "x.jsonl: cannot write" in result.stderr
    listed = runner.invoke(app, ["export", "-f", "csl-json", "--library", str(library)], input="")
    assert sorted(item["title"] for item in json.loads(listed.stdout)) == sorted(f"Book {k}" for k in range(60))


def test_usage_lines_name_the_arguments() -> None:
    for command, usage in (
        ("extract", "cite extract [OPTIONS] PATH..."),
        ("review", "cite review [OPTIONS] PATH..."),
        ("show", "cite show [OPTIONS] KEY"),
        ("import", "cite import [OPTIONS] SHARD..."),
    ):
        result = runner.invoke(app, [command, "--help"], prog_name="cite")
        assert f"Usage: {usage}" in result.stdout


def test_an_unknown_format_is_one_sentence_listing_the_choices() -> None:
    result = runner.invoke(app, ["extract", "x.txt", "-f", "foo"], prog_name="cite")
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "'--format' / '-f': 'foo' is not one of: table, jsonl, json, bibtex, biblatex, csl-json, ris, csv, html" in (
        message
    )
    assert "Value error" not in message


def test_an_empty_document_is_no_jsonl_line_an_empty_json_array_and_a_zero_table(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    outputs = {
        fmt: runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), "-f", fmt, "--no-store"]).stdout
        for fmt in ("jsonl", "json", "table")
    }
    assert outputs["jsonl"] == ""
    assert json.loads(outputs["json"]) == []
    assert "empty.txt: 0 footnotes, 0 body citations, 0 references" in outputs["table"]


def test_the_cli_module_imports_no_heavy_module_until_a_command_needs_it() -> None:
    """`cite --help` starts fast: rich, the pipeline's regex tables and the optional libraries load later."""
    import subprocess
    import sys

    heavy = ["rich", "cite.refs", "cite.notes", "cite.readers", "bibtexparser", "rapidfuzz", "charset_normalizer"]
    code = f"import sys, cite.cli; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
