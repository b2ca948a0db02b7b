"""Which reader reads a file is told by its content; formats cite does not read get one clear line."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite.cli import app
from cite.readers import ReadError, read, sniff

runner = CliRunner()
STYLE = "china-national-standard-gb-t-7714-2015-note"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "suffix", "expected"),
    [
        (OLE, ".doc", "doc"),
        (OLE, ".docx", "doc"),  # a password-protected .docx is an OLE file
        (b"%PDF-1.7\n", ".pdf", "pdf"),
        (b"CAJ\x00\x00\x00\x00", ".caj", "caj"),
        (b"HN\x00\x00\x01", ".caj", "caj"),
        (b"{\\rtf1\\ansi text}", ".rtf", "rtf"),
        (b"\x89PNG\r\n\x1a\n\x00", ".txt", "binary"),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related", ".mht", "mhtml"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", ".txt", "html"),
        (b"  <html lang='zh'><body>x</body></html>", "", "html"),
        (b"# Title\n\nText.[^1]\n\n[^1]: Note.\n", ".md", "markdown"),
        (b"HN is a plain text line.", ".txt", "text"),
        (_zip({"word/document.xml": b"<x/>"}), ".zip", "docx"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}), ".bin", "odt"),
        (_zip({"mimetype": b"application/epub+zip"}), ".zip", "epub"),
        (_zip({"xl/workbook.xml": b"<x/>"}), ".xlsx", "office"),
        (_zip({"notes.txt": b"x"}), ".zip", "zip"),
        (b"not a zip", ".docx", "docx"),  # the Word reader reports it damaged
    ],
)
def test_format_is_told_by_content(data: bytes, suffix: str, expected: str) -> None:
    assert sniff(data, suffix) == expected


def test_a_word_document_named_txt_is_read_as_word(converted: Path, tmp_path: Path) -> None:
    shutil.copy(converted / f"{STYLE}.docx", tmp_path / "renamed.txt")
    assert len(read(tmp_path / "renamed.txt").notes) == 50


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("old.doc", OLE, "Save as .docx"),
        ("paper.caj", b"CAJ\x00\x00\x00\x00", "PDF"),
        ("notes.zip", _zip({"a.txt": b"x"}), "unpack"),
    ],
)
def test_unsupported_formats_say_how_to_convert(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ReadError, match=f"{name}: format not supported: .*{says}"):
        read(tmp_path / name)


def test_a_mixed_directory_reports_each_bad_file_once_and_extracts_the_rest(converted: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for ext in ("docx", "html", "odt", "epub"):
        shutil.copy(converted / f"{STYLE}.{ext}", folder / f"{STYLE}.{ext}")
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "styles" / f"{STYLE}.md", folder / f"{STYLE}.md")
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "styles-plain" / f"{STYLE}.txt", folder / f"{STYLE}.txt")
    bad = {
        "old.doc": OLE,
        "paper.caj": b"CAJ\x00\x00\x00\x00",
        "cut.docx": (converted / f"{STYLE}.docx").read_bytes()[:3000],
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a document: not looked at
    result = runner.invoke(app, ["extract", str(folder), "--format", "jsonl", "--no-store"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert sorted(name for line in errors for name in bad if name in line) == sorted(bad)
    assert len(errors) == len(bad)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    per_doc = {doc: sum(r["doc"] == doc for r in records) for doc in {r["doc"] for r in records}}
    assert per_doc == {f"{STYLE}.{ext}": 50 for ext in ("docx", "html", "odt", "epub", "md", "txt")}
    word = [r for r in records if r["doc"].endswith(".docx")]
    assert word[0]["line"] is None and word[0]["part"] == "footnotes"


def test_a_word_document_on_standard_input(converted: Path) -> None:
    data = (converted / f"{STYLE}.docx").read_bytes()
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl", "--no-store"], input=data)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 50 and records[0]["doc"] == "<stdin>" and records[0]["part"] == "footnotes"
