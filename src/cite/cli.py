"""The `cite` command line: parses options and calls the pipeline; no extraction logic lives here."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from cite.model import Extraction
from cite.pipeline import extract_document, extract_paths
from cite.readers import ReadError, expand, from_bytes

app = typer.Typer(
    help="Extract footnotes and citations from documents and export them to reference managers.",
    no_args_is_help=True,
    add_completion=False,
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

#: Above this many files a progress bar is shown on stderr.
PROGRESS_FROM = 5


@app.callback()
def main() -> None:
    """cite: footnotes and citations out of documents, into reference managers."""


class NoteFormat(StrEnum):
    """`extract` formats: note records (table, jsonl, json) or sources in an export format."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    ris = "ris"
    csv = "csv"


class SourceFormat(StrEnum):
    """`export` formats: one entry per source."""

    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    ris = "ris"
    csv = "csv"
    jsonl = "jsonl"
    table = "table"


LibraryOption = Annotated[
    Path | None,
    typer.Option("--library", envvar="CITE_LIBRARY", help="SQLite library file (default: per-user data dir)."),
]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]


class Failed(Exception):
    """An error to report on stderr before exiting with status 1."""


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8", newline="")
    except OSError as err:
        raise Failed(f"{output}: cannot write: {err.strerror or err}") from err


def _print(renderable: object, output: Path | None) -> None:
    """A rich table to the terminal, or as plain text to `-o FILE`."""
    if output is None:
        Console().print(renderable)
        return
    buffer = io.StringIO()
    Console(file=buffer, width=120, color_system=None).print(renderable)
    _emit(buffer.getvalue(), output)


def _write_sources(sources: list, fmt: str, output: Path | None, excel: bool = False) -> None:
    """Write sources in an export format (or as a table)."""
    if fmt == "table":
        from cite.export.table import sources_table

        _print(sources_table(sources), output)
        return
    from cite.export import WRITERS, csvfile

    text = csvfile.write(sources, excel=excel) if fmt == "csv" else WRITERS[fmt](sources)
    _emit(text, output)


@contextmanager
def _library(path: Path | None) -> Iterator[sqlite3.Connection]:
    """The library database; any problem with it becomes a clear error, not a traceback."""
    from cite.library import store

    where = path or store.default_path()
    try:
        with closing(store.connect(where)) as db:
            yield db
    except (sqlite3.Error, OSError, RuntimeError) as err:
        raise Failed(f"{where}: cannot use the library: {err}") from err


def _fail(message: str) -> typer.Exit:
    stderr.print(f"[red]error[/red]: {escape(message)}")
    return typer.Exit(1)


def _extractions(paths: list[Path], failures: list[str]) -> list[Extraction]:
    """Extract every path in the order given ('-' is standard input), collecting read errors instead of stopping."""
    # directories are walked once: the file lists give both the progress total and what to read
    files = [None if str(p) == "-" else list(expand([p])) for p in paths]
    total = sum(1 if found is None else len(found) for found in files)
    results: list[Extraction] = []
    with Progress(console=stderr, transient=True, disable=total < PROGRESS_FROM or not stderr.is_terminal) as bar:
        task = bar.add_task("extracting", total=total)
        for found in files:
            items = [_read_stdin()] if found is None else extract_paths(found)
            for item in items:
                bar.advance(task)
                if isinstance(item, ReadError):
                    failures.append(str(item))
                else:
                    results.append(item)
    return results


def _read_stdin() -> Extraction | ReadError:
    try:
        return extract_document(from_bytes(sys.stdin.buffer.read(), "<stdin>", "<stdin>"))
    except ReadError as err:
        return err


def _report(extractions: list[Extraction], failures: list[str], quiet: bool) -> None:
    """Warnings and errors to stderr, with file and line."""
    for failure in failures:
        stderr.print(f"[red]error[/red]: {escape(failure)}")
    if quiet:
        return
    for extraction in extractions:
        for warning in (*extraction.warnings, *(w for note in extraction.notes for w in note.warnings)):
            stderr.print(f"[yellow]warning[/yellow]: {escape(warning)}")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (read recursively); '-' reads stdin.")],
    format: Annotated[
        NoteFormat | None,
        typer.Option("--format", "-f", help="Output format; default: table on a terminal, jsonl otherwise."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    library: LibraryOption = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Only print; do not store in the library.")] = False,
    output: OutputOption = None,
) -> None:
    """Find every footnote, endnote and source line in documents, parse their references, store them.

    Examples:

      cite extract seeds/

      cite extract draft.docx page.html book.epub notes.md   (format told by content)

      cite extract paper.txt --format jsonl | jq .

      cite extract paper.txt --format bibtex > refs.bib

      cat paper.md | cite extract - --format json --no-store
    """
    failures: list[str] = []
    extractions = _extractions(paths, failures)
    try:
        _print_extractions(extractions, format, output)
        if not no_store and extractions:
            from cite.library import store

            with _library(library) as db:
                store.save(db, extractions)
    except Failed as err:
        failures.append(str(err))
    _report(extractions, failures, quiet)
    if failures:
        raise typer.Exit(1)


def _print_extractions(extractions: list[Extraction], format: NoteFormat | None, output: Path | None) -> None:
    chosen = format or (NoteFormat.table if sys.stdout.isatty() and output is None else NoteFormat.jsonl)
    records = [note.record() for e in extractions for note in e.notes]
    if chosen is NoteFormat.table:
        from cite.export.table import extraction_table

        _print(extraction_table(extractions), output)
    elif chosen is NoteFormat.json:
        _emit(json.dumps(records, ensure_ascii=False, indent=2) + "\n", output)
    elif chosen is NoteFormat.jsonl:
        _emit("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), output)
    else:
        from cite.library.merge import merge

        _write_sources(merge(n for e in extractions for n in e.notes), chosen.value, output)


def _stdin_is_piped() -> bool:
    """Whether records are being piped in: a pipe or socket, or a stream without a file (a test runner's);
    not a terminal and not a file redirected with `<`, so `while read …; do cite export; done < list` works."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, io.UnsupportedOperation):
        return True
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _piped_notes() -> list:
    """Notes from `cite extract --format jsonl` records on stdin; a line that is not one is an error."""
    from cite.library.records import note_from_record

    notes, errors = [], []
    for number, line in enumerate(sys.stdin.read().splitlines(), 1):
        if not line.strip():
            continue
        try:
            notes.append(note_from_record(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            errors.append(f"<stdin>:{number}: not a cite footnote record ({type(err).__name__}: {err})")
    if errors:
        raise Failed("; ".join(errors[:3]) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""))
    return notes


def _sources(
    library: Path | None,
    docs: list[str] | None = None,
    types: list[str] | None = None,
    langs: list[str] | None = None,
    piped: bool = False,
) -> list:
    """Sources of the piped records (when `piped` and there are any), else of the library."""
    from cite.library import store
    from cite.library.merge import merge

    notes = _piped_notes() if piped else []
    if not notes:
        with _library(library) as db:
            notes = store.load(db)
    notes = [n for n in notes if not docs or n.doc in docs]
    return [
        s
        for s in merge(notes)
        if (not types or s.reference.type in types) and (not langs or s.reference.language in langs)
    ]


@app.command()
def export(
    format: Annotated[SourceFormat, typer.Option("--format", "-f", help="Output format.")] = SourceFormat.bibtex,
    output: OutputOption = None,
    doc: Annotated[list[str] | None, typer.Option("--doc", help="Only sources cited in this document.")] = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="Only this CSL type (repeatable).")] = None,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only this language: zh, en, ru, kk.")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV with a UTF-8 BOM for Excel.")] = False,
    library: LibraryOption = None,
) -> None:
    """Export the library's sources, one entry per work (no Ibid. entries, no duplicates).

    Reads `cite extract --format jsonl` records from stdin when they are piped in.

    Examples:

      cite export --format bibtex -o refs.bib

      cite extract paper.txt | cite export --format ris > paper.ris

      cite export --format csv --excel --lang zh -o chinese.csv
    """
    try:
        _write_sources(_sources(library, doc, type, lang, piped=_stdin_is_piped()), format.value, output, excel)
    except Failed as err:
        raise _fail(str(err)) from err


@app.command("list")
def list_sources(library: LibraryOption = None) -> None:
    """List the library's sources with how often each is cited.

    Example: cite list
    """
    try:
        _write_sources(_sources(library), "table", None)
    except Failed as err:
        raise _fail(str(err)) from err


@app.command()
def show(
    key: Annotated[str, typer.Argument(help="Citation key, as `cite list` shows it.")], library: LibraryOption = None
) -> None:
    """Show one source with every place it is cited, contexts included.

    Example: cite show safranchuk2022dilemma
    """
    from cite.export.table import source_detail

    try:
        source = next((s for s in _sources(library) if s.key == key), None)
    except Failed as err:
        raise _fail(str(err)) from err
    if source is None:
        raise _fail(f"no source with key {key!r}")
    Console().print(source_detail(source))
