"""Faults a real run meets: a closed or full output, a file-size limit, a kill, damaged or foreign libraries,
unreadable inputs. These run `cite` as a process, where pipes, descriptors and limits are real."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite.cli import app
from cite.library import store
from tests.conftest import SEEDS

SEED = SEEDS / "003_dffed8fbcc6b80c3.txt"
#: Footnote records in the seeds (as tests/test_cli.py counts them) and in seed 003.
SEED_NOTES, SEED_003_NOTES = 154, 4
runner = CliRunner()


def cite(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """`cite` as a separate process, stdin empty, output captured unless redirected by the caller."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [sys.executable, "-m", "cite", *args], stderr=subprocess.PIPE, text=True, timeout=120, check=False, **kwargs
    )


def stored(library: Path) -> int:
    with sqlite3.connect(library) as db:
        return db.execute("SELECT count(*) FROM notes").fetchone()[0]


def shell(command: str, **env: str) -> subprocess.CompletedProcess:
    """A shell pipeline with `cite` meaning this interpreter's cite."""
    return subprocess.run(
        ["bash", "-c", f'cite() {{ {sys.executable} -m cite "$@"; }}; {command}'],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **env},
    )


# --- nothing lost -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reader", ["true", "head -c 100 >/dev/null"])
def test_a_closed_pipe_ends_quietly_with_the_library_stored(tmp_path: Path, reader: str) -> None:
    library = tmp_path / "lib.sqlite"
    result = shell(f"cite extract {SEEDS} -q -f jsonl --library {library} | {reader}; echo ${{PIPESTATUS[0]}}")
    assert result.stdout.strip() == "0" and result.stderr == ""
    assert stored(library) == SEED_NOTES


@pytest.mark.parametrize("output", ["/nonexistent/x.jsonl", "/dev/full"])
def test_a_failed_output_still_stores_the_library(tmp_path: Path, output: str) -> None:
    library = tmp_path / "lib.sqlite"
    result = cite("extract", str(SEEDS), "-q", "--library", str(library), "-o", output)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and f"{output}: cannot write" in result.stderr
    assert stored(library) == SEED_NOTES


def test_a_full_stdout_still_stores_the_library(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    with open("/dev/full", "w") as full:
        result = cite("extract", str(SEEDS), "-q", "--library", str(library), stdout=full)
    assert result.returncode == 1 and result.stderr.strip().endswith("No space left on device")
    assert stored(library) == SEED_NOTES


def test_a_file_size_limit_leaves_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "refs.bib"
    out.write_text("old\n", encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    result = subprocess.run(
        [sys.executable, "-m", "cite", "extract", str(SEEDS), "-q", "--no-store", "-f", "bibtex", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limit,
    )
    assert result.returncode == 1 and "refs.bib: cannot write: File too large" in result.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]  # no partial file left beside it


def test_output_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert cite("extract", str(SEED), "--no-store", "-o", str(out)).returncode == 0
    assert [json.loads(line)["seq"] for line in out.read_text(encoding="utf-8").splitlines()] == [1, 2, 3, 4]
    assert out.stat().st_mode & 0o777 == 0o640


def test_output_through_a_symbolic_link_replaces_the_file_it_names(tmp_path: Path) -> None:
    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    assert cite("extract", str(SEED), "--no-store", "-o", str(link)).returncode == 0
    assert link.is_symlink() and len(target.read_text(encoding="utf-8").splitlines()) == SEED_003_NOTES


def test_records_are_printed_as_extraction_goes(tmp_path: Path) -> None:
    """The first document's records reach the pipe while a later one is still being read (here: a FIFO that
    nobody writes to until the records arrive)."""
    fifo = tmp_path / "later.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "cite", "extract", str(SEED), "-", "--no-store", "-f", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = [json.loads(process.stdout.readline()) for _ in range(SEED_003_NOTES)]
    assert [r["doc"] for r in first] == [SEED.name] * SEED_003_NOTES and process.poll() is None
    process.stdin.write("A.[^1]\n\n[^1]: Note.\n")
    process.stdin.close()
    assert json.loads(process.stdout.readline())["doc"] == "<stdin>"
    assert process.wait(timeout=60) == 0


def test_a_kill_keeps_the_documents_stored_before_it(tmp_path: Path) -> None:
    """Killed while waiting on its standard input (the last of its inputs), extract has already stored the
    files before it: they are written batch by batch, not at the end."""
    library = tmp_path / "lib.sqlite"
    files = []
    for number in range(60):  # more than one batch (store.BatchWriter: 50 documents)
        path = tmp_path / f"{number:03}.md"
        path.write_text(f"Text {number}.[^1]\n\n[^1]: Note {number}.\n", encoding="utf-8")
        files.append(str(path))
    process = subprocess.Popen(
        [sys.executable, "-m", "cite", "extract", *files, "-", "-q", "-j", "1", "--library", str(library)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in files:
        process.stdout.readline()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not library.exists() or stored(library) < 50):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert stored(library) >= 50
    assert sqlite3.connect(library).execute("PRAGMA integrity_check").fetchone() == ("ok",)


# --- clear errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "export -f bibtex", "show wang2019nazha"])
def test_stdout_errors_are_one_line(tmp_path: Path, command: str) -> None:
    library = tmp_path / "lib.sqlite"
    assert cite("extract", str(SEED), "--library", str(library)).returncode == 0
    full = shell(f"cite {command} --library {library} > /dev/full")
    closed = shell(f"cite {command} --library {library} >&-")
    assert full.returncode == 1 and full.stderr == "error: standard output: cannot write: No space left on device\n"
    assert closed.returncode == 1 and "standard output is closed" in closed.stderr
    assert closed.stderr.count("\n") == 1
    assert stored(library) == SEED_003_NOTES  # the library was not written through descriptor 1


def test_a_closed_stdin_is_reported(tmp_path: Path) -> None:
    extract = shell(f"cite extract {SEED} - --no-store <&-")
    imported = shell(f"cite import - --library {tmp_path / 'lib.sqlite'} <&-")
    for result in (extract, imported):
        assert result.returncode == 1 and "error: <stdin>: cannot read: standard input is closed" in result.stderr
    assert len(extract.stdout.splitlines()) == SEED_003_NOTES


def test_all_standard_streams_closed_still_stores(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    assert shell(f"cite extract {SEED} --library {library} <&- >&- 2>&-").returncode == 1  # stdout: not printed
    assert stored(library) == SEED_003_NOTES
    assert sqlite3.connect(library).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_unexpected_error_is_one_line_and_verbose_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library_of_seed(tmp_path)

    def broken(notes):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("cite.library.merge.merge", broken)
    plain = runner.invoke(app, ["list", "--library", str(library)])
    assert plain.exit_code == 1 and "Traceback" not in plain.stderr
    assert plain.stderr == "error: unexpected ZeroDivisionError: a bug (run with --verbose for the traceback)\n"
    verbose = runner.invoke(app, ["--verbose", "list", "--library", str(library)])
    assert verbose.exit_code == 1 and "Traceback (most recent call last)" in verbose.stderr
    assert 'raise ZeroDivisionError("a bug")' in verbose.stderr


def test_a_bug_on_one_file_skips_that_file_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import cite.pipeline

    real = cite.pipeline.extract_document

    def sometimes_broken(doc):
        if doc.name == SEED.name:
            raise IndexError("a bug")
        return real(doc)

    monkeypatch.setattr(cite.pipeline, "extract_document", sometimes_broken)
    result = runner.invoke(
        app, ["extract", str(SEED), str(SEEDS / "001_2d2366484b3dc1e8.txt"), "--no-store", "-j", "1"]
    )
    assert result.exit_code == 1 and "003_dffed8fbcc6b80c3.txt: internal error, the file is skipped" in result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"001_2d2366484b3dc1e8.txt"}


def test_an_unreadable_file_is_reported_and_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("A.[^1]\n\n[^1]: x.\n", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":  # what chmod 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["extract", str(locked), str(SEED), "--no-store"])
    assert result.exit_code == 1
    assert "locked.txt: cannot read: Permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == SEED_003_NOTES


def test_a_path_that_cannot_even_be_examined_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_is_dir = Path.is_dir

    def is_dir(path: Path) -> bool:
        if path.name == "inside-locked":  # a file in a folder without search permission
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_dir(path)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    result = runner.invoke(app, ["extract", str(tmp_path / "inside-locked"), str(SEED), "--no-store"])
    assert result.exit_code == 1 and "inside-locked: cannot read: Permission denied" in result.stderr


def test_a_walk_tells_of_symlinked_and_unreadable_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.md").write_text("A.[^1]\n\n[^1]: Note a.\n", encoding="utf-8")
    (corpus / "linked").symlink_to(corpus)  # a loop, were it followed
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = runner.invoke(app, ["extract", str(corpus), "--no-store"])
    assert result.exit_code == 1  # a folder could not be read
    assert f"{corpus / 'linked'}: symbolic link to a folder, not followed" in result.stderr
    assert f"{corpus / 'locked'}: cannot read folder: Permission denied" in result.stderr
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a.md"]


def test_a_symlinked_folder_alone_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.md").write_text("A.[^1]\n\n[^1]: Note a.\n", encoding="utf-8")
    (tmp_path / "corpus" / "again").symlink_to(tmp_path / "corpus")
    result = runner.invoke(app, ["extract", str(tmp_path / "corpus"), "--no-store"])
    assert result.exit_code == 0 and "again: symbolic link to a folder, not followed" in result.stderr


# --- a library that tolerates damage ------------------------------------------------------------------------


def _library_of_seed(tmp_path: Path) -> Path:
    library = tmp_path / "lib.sqlite"
    assert runner.invoke(app, ["extract", str(SEED), "--library", str(library)]).exit_code == 0
    return library


@pytest.mark.parametrize(
    ("record", "reason"),
    [("{}", "no 'doc' key"), ("nope", "not JSON"), ("[1]", "not a cite footnote record (a JSON list")],
)
def test_a_damaged_record_is_reported_and_skipped(tmp_path: Path, record: str, reason: str) -> None:
    library = _library_of_seed(tmp_path)
    with sqlite3.connect(library) as db:
        db.execute("UPDATE notes SET record = ? WHERE seq = 2", (record,))
    for command in (["list"], ["export", "-f", "csl-json"], ["show", "wang2019nazha"]):
        result = runner.invoke(app, [*command, "--library", str(library)])
        assert result.exit_code == 1 and "Traceback" not in result.stderr, command
        assert f"{SEED.resolve()}, note 2: damaged record skipped: {reason}" in result.stderr
    assert "王凯" in runner.invoke(app, ["show", "wang2019nazha", "--library", str(library)]).stdout
    items = json.loads(runner.invoke(app, ["export", "-f", "csl-json", "--library", str(library)]).stdout)
    titles = {item["title"] for item in items}
    assert len(items) == SEED_003_NOTES - 1  # seed 003 cites 4 sources, one per note
    assert "纳扎尔巴耶夫外交思想探析" in titles and not any("托卡耶夫批准" in t for t in titles)  # note 2's


def test_reading_never_writes(tmp_path: Path) -> None:
    library = _library_of_seed(tmp_path)
    before = hashlib.sha256(library.read_bytes()).hexdigest(), library.stat().st_mtime_ns
    for command in (["list"], ["export"], ["show", "wang2019nazha"]):
        assert runner.invoke(app, [*command, "--library", str(library)]).exit_code == 0
    assert (hashlib.sha256(library.read_bytes()).hexdigest(), library.stat().st_mtime_ns) == before
    db = store.connect_for_reading(library)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("CREATE TABLE anything (x)")
    db.close()


def test_a_missing_library_is_not_created_by_reading(tmp_path: Path) -> None:
    result = runner.invoke(app, ["list", "--library", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 0 and "no library at" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "app.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE bookmarks (url TEXT)")
    before = foreign.read_bytes()
    for command in (["list"], ["extract", str(SEED)]):
        result = runner.invoke(app, [*command, "--library", str(foreign)])
        assert result.exit_code == 1
        assert "not a cite library (an SQLite file of another application?)" in result.stderr
        assert "--library PATH" in result.stderr
    assert foreign.read_bytes() == before


def test_a_newer_schema_names_the_library_once(tmp_path: Path) -> None:
    library = _library_of_seed(tmp_path)
    with sqlite3.connect(library) as db:
        db.execute("PRAGMA user_version = 99")
    result = runner.invoke(app, ["list", "--library", str(library)])
    assert result.exit_code == 1 and result.stderr.count(str(library)) == 1
    assert "library schema 99 is newer than this cite" in result.stderr


def test_a_corrupt_file_gets_a_hint(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    result = runner.invoke(app, ["export", "--library", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "not a cite library" in result.stderr and "--library PATH" in result.stderr


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    folders = []
    for writer in ("a", "b"):
        folder = tmp_path / writer
        folder.mkdir()
        for number in range(120):  # several batches each, so their transactions interleave
            (folder / f"{number:03}.md").write_text(f"T.[^1]\n\n[^1]: {writer} note {number}.\n", encoding="utf-8")
        folders.append(folder)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "cite", "extract", str(folder), "-q", "-j", "1", "--library", str(library)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for folder in folders
    ]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]
    with sqlite3.connect(library) as db:
        texts = {json.loads(r)["text"] for (r,) in db.execute("SELECT record FROM notes")}
    assert texts == {f"{w} note {n}." for w in ("a", "b") for n in range(120)}


def test_ctrl_c_keeps_what_was_stored_and_exits_130(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "cite", "extract", str(SEED), "-", "-q", "--library", str(library)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(SEED_003_NOTES):  # seed 003 is out; cite now waits on its standard input
        process.stdout.readline()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and err == "interrupted: what was stored before is kept\n"
    assert stored(library) == SEED_003_NOTES
