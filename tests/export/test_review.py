"""The review page: fields coloured where the reference text has them, flagged notes first, one offline file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite.cli import app
from cite.export.review import field_spans, page, unsure
from cite.library.merge import merge
from cite.model import Note, Reference
from cite.pipeline import extract_paths
from cite.refs import parse_note
from tests.conftest import SEEDS

SEED_000 = SEEDS / "000_cbf80e3ee01449f9.txt"
SAFRANCHUK = (
    "Ivan A. Safranchuk, Vera M. Zhornist, Alexander D. Nesmashnyi and Daniil N. Chernov, “The Dilemma of "
    "Middlepowermanship in Central Asia: Prospects for Hegemony”, *Russia in Global Affairs*, Vol. 20, No. 3, "
    "2022, p. 117."
)

runner = CliRunner()


def _parsed(text: str) -> Reference:
    note = parse_note(Note(doc="d.txt", seq=1, label="1", page=None, line=1, text=text))
    return note.references[0]


def _coloured(ref: Reference) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for start, end, name in field_spans(ref):
        out.setdefault(name, []).append(ref.raw[start:end])
    return out


def test_each_field_is_coloured_where_the_text_has_it() -> None:
    coloured = _coloured(_parsed(SAFRANCHUK))
    assert coloured["title"] == ["The Dilemma of Middlepowermanship in Central Asia: Prospects for Hegemony"]
    assert coloured["container-title"] == ["Russia in Global Affairs"]
    assert sorted(coloured["author"]) == sorted(
        ["Ivan A. Safranchuk", "Vera M. Zhornist", "Alexander D. Nesmashnyi", "Daniil N. Chernov"]
    )
    assert coloured["locator"] == ["117"] and coloured["year"] == ["2022"] and coloured["volume"] == ["20"]


def test_values_are_found_as_the_text_writes_them() -> None:
    ref = _parsed(
        "Rachel Vanderhill, “Between the Bear and the Dragon”, *International Affairs*, Vol. 96, No. 4, 2020, "
        "pp. 975 – 993."
    )
    assert _coloured(ref)["page"] == ["975 – 993"]  # the model's "975-993"
    web = _parsed(
        "“Kazakhstan Calls for Solidarity”. <https://astanatimes.com/2023/02/x/>，访问时间：2023 年 10 月 28 日。"
    )
    assert _coloured(web)["accessed"] == ["2023 年 10 月 28 日"]  # the model's "2023-10-28"


def test_unsure_references() -> None:
    assert unsure(Reference(raw="x", type="document", title="x"))
    assert unsure(Reference(raw="Ibid.", ibid=True))  # its full form was not found
    assert not unsure(_parsed(SAFRANCHUK))


@pytest.fixture(scope="module")
def seeds_page() -> str:
    extractions = [e for e in extract_paths([SEEDS]) if hasattr(e, "notes")]
    return page(extractions, merge(n for e in extractions for n in e.notes))


def test_page_is_one_offline_file(seeds_page: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*(?!["']?#)""", seeds_page)  # only links inside the page
    assert "<script" not in seeds_page and "@import" not in seeds_page and "url(" not in seeds_page


def test_flagged_notes_come_first_and_sources_link_to_mentions(seeds_page: str) -> None:
    check = seeds_page.index('id="check"')
    first_document = seeds_page.index("<h2>000_cbf80e3ee01449f9.txt</h2>")
    flagged = re.findall(r'<li><a href="#(note-[^"]+)"', seeds_page[check:first_document])
    assert flagged and all(f'class="note flagged" id="{target}"' in seeds_page for target in flagged)
    source = seeds_page[seeds_page.index('id="source-safranchuk2022dilemma"') :].split("</div>")[0]
    assert "cited 5 times" in source
    assert re.findall(r"\(p\. ([\d-]+)\)", source) == ["117", "116-133", "120", "123", "122"]
    for target in re.findall(r'href="#(note-[^"]+)"', source):
        assert f'id="{target}"' in seeds_page


def test_cli_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(SEED_000), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "f-title" in text
    extracted = runner.invoke(app, ["extract", str(SEED_000), "--no-store", "--format", "html"])
    assert extracted.exit_code == 0 and extracted.stdout == text


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = shutil.which("chromium") or shutil.which("chromium-browser")
    if command is None:
        pytest.skip("chromium is not installed (make system-tools installs Debian's chromium as root)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    return subprocess.run(
        [command, *flags, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_chromium_renders_the_page_without_console_errors(tmp_path: Path) -> None:
    html = tmp_path / "review.html"
    assert runner.invoke(app, ["review", str(SEED_000), "-o", str(html)]).exit_code == 0
    shot = tmp_path / "review.png"
    run = _chromium("--window-size=1000,1400", f"--screenshot={shot}", html.as_uri(), profile=tmp_path / "p1")
    assert run.returncode == 0, run.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert "CONSOLE" not in run.stderr, run.stderr  # console messages of the page are logged as CONSOLE(…)
    dom = _chromium("--dump-dom", html.as_uri(), profile=tmp_path / "p2")
    assert dom.returncode == 0 and "CONSOLE" not in dom.stderr, dom.stderr
    # the Safranchuk note, as the browser built it, shows its fields coloured and listed
    note = dom.stdout[dom.stdout.index("Ivan A. Safranchuk") - 400 :]
    assert re.search(r'class="f-title"[^>]*>The Dilemma of Middlepowermanship in Central Asia', note)
    assert re.search(r'class="f-locator"[^>]*>117<', note)
    assert "<td>locator</td><td>117</td>" in note and "<td>volume</td><td>20</td>" in note
