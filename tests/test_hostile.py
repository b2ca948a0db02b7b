"""Hostile files of the kinds a downloaded folder holds: binary junk, NUL runs, bracket and marker floods,
unclosed blocks, mixed encodings and line endings, links that loop or lead nowhere. Each is extracted through the
CLI: exit status 0 or 1, never a traceback, and the valid notes among the junk are kept.

Sizes are kept small (time is measured in bench/, not here)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite.cli import app

runner = CliRunner()

#: One valid footnote, put inside several of the hostile files: it must come out whatever surrounds it.
VALID = "正文^①。\n\n① 王凯：《纳扎尔巴耶夫外交思想探析》，新疆大学，2019。\n"

HOSTILE: dict[str, bytes] = {
    "nul.txt": b"\x00" * 20_000 + VALID.encode(),
    "binary.txt": random.Random(1).randbytes(20_000),
    "brackets.txt": ("[" * 5_000 + "\n" + "]" * 5_000 + "\n\n" + VALID).encode(),
    "carets.txt": ("^" * 10_000 + "\n\n" + VALID).encode(),
    "unclosed.txt": "".join(f"[{i}: " for i in range(500)).encode(),
    "word-refs.txt": ("[footnoteRef:" * 2_000).encode(),
    "superscripts.txt": ("^{" * 3_000).encode(),
    "circled-flood.txt": ("①" * 5_000 + "\n\n" + VALID).encode(),
    "gb18030.txt": VALID.encode("gb18030"),
    "utf16.txt": VALID.encode("utf-16"),
    "mixed-endings.txt": VALID.replace("\n", "\r\n", 1).replace("\n\n", "\r\r").encode(),
    "invalid-utf8-bytes.txt": b"\xff\xfe\xfa" + VALID.encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_gives_no_traceback_and_keeps_its_valid_note(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    result = runner.invoke(app, ["extract", str(path), "--no-store", "-q"])
    assert (result.exit_code in (0, 1) and result.exception is None) or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    if VALID.encode() in HOSTILE[name] or name in ("gb18030.txt", "utf16.txt", "mixed-endings.txt"):
        if name == "invalid-utf8-bytes.txt":
            assert (
                "3 invalid UTF-8 sequence(s) replaced by U+FFFD"
                in runner.invoke(app, ["extract", str(path), "--no-store"]).stderr
            )
        texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
        assert "王凯：《纳扎尔巴耶夫外交思想探析》，新疆大学，2019。" in texts


def test_a_folder_of_junk_with_looping_and_broken_links(tmp_path: Path) -> None:
    for name, data in HOSTILE.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    result = runner.invoke(app, ["extract", str(tmp_path), "--no-store", "-q", "-j", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "broken.txt: cannot read: no such file" in result.stderr
    assert "fifo.txt: cannot read: not a regular file" in result.stderr
    assert "binary.txt: unknown encoding" in result.stderr
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == sorted(docs) and {"nul.txt", "gb18030.txt", "utf16.txt"} <= set(docs)


def test_a_file_name_that_is_not_utf8_is_printed_and_stored(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff\xfe-notes.md")  # bytes no UTF-8 decoder accepts, as some archives leave them
    (tmp_path / name).write_text("A.[^1]\n\n[^1]: Smith, *Alpha* (London: X, 2001).\n", encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    result = runner.invoke(app, ["extract", str(tmp_path), "--library", str(library)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["doc"] == "\ufffd\ufffd-notes.md"
    listed = runner.invoke(app, ["export", "-f", "csl-json", "--library", str(library)])
    assert listed.exit_code == 0 and json.loads(listed.stdout)[0]["title"] == "Alpha"
