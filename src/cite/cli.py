"""The `cite` command line: parses options and calls the pipeline; no extraction logic lives here."""

from __future__ import annotations

import functools
import io
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from cite.model import Extraction
    from cite.readers import ReadError
    from cite.report import Summary

# plain help (no rich boxes): rendering it with rich would import rich's Markdown and traceback modules,
# a third of the start-up time of `cite --help`
app = typer.Typer(
    help="Extract footnotes and citations from documents and export them to reference managers.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@functools.cache
def _stderr() -> Console:
    """The console for warnings, errors and the progress bar, made when first needed (rich is slow to import)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _say(level: str, message: str) -> None:
    """One warning or error line on stderr; square brackets from the document are printed as written."""
    from rich.markup import escape

    colour = "red" if level == "error" else "yellow"
    _stderr().print(f"[{colour}]{level}[/{colour}]: {escape(message)}")


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
    from rich.console import Console

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
    _say("error", message)
    return typer.Exit(1)


def _extractions(paths: list[Path]) -> Iterator[Extraction | ReadError]:
    """Extract every path in the order given ('-' is standard input), one document at a time."""
    from rich.progress import Progress

    from cite.pipeline import extract_paths
    from cite.readers import expand

    # directories are walked once: the file lists give both the progress total and what to read
    files = [None if str(p) == "-" else list(expand([p])) for p in paths]
    total = sum(1 if found is None else len(found) for found in files)
    console = _stderr()
    with Progress(console=console, transient=True, disable=total < PROGRESS_FROM or not console.is_terminal) as bar:
        task = bar.add_task("extracting", total=total)
        for found in files:
            for item in [_read_stdin()] if found is None else extract_paths(found):
                bar.advance(task)
                yield item


def _read_stdin() -> Extraction | ReadError:
    from cite.pipeline import extract_document
    from cite.readers import ReadError
    from cite.readers.text import from_bytes

    try:
        return extract_document(from_bytes(sys.stdin.buffer.read(), "<stdin>", "<stdin>"))
    except ReadError as err:
        return err


#: Documents stored per library transaction while extracting: few commits, and a kill loses one batch at most.
STORE_BATCH = 50


class _Batches:
    """Stores extractions in the library as they come, STORE_BATCH documents per transaction.

    The library is opened at the first batch, so a run that reads nothing creates none.
    """

    def __init__(self, path: Path | None, failures: list[str]) -> None:
        self.path, self.failures = path, failures
        self.pending: list[Extraction] = []
        self.db: sqlite3.Connection | None = None
        self.failed = False

    def add(self, extraction: Extraction) -> None:
        self.pending.append(extraction)
        if len(self.pending) >= STORE_BATCH:
            self.flush()

    def flush(self) -> None:
        from cite.library import store

        if not self.pending or self.failed:
            return
        where = self.path or store.default_path()
        try:
            self.db = self.db or store.connect(where)
            store.save(self.db, self.pending)
        except (sqlite3.Error, OSError, RuntimeError) as err:
            self.failures.append(f"{where}: cannot use the library: {err}")
            self.failed = True
        self.pending.clear()

    def close(self) -> None:
        self.flush()
        if self.db is not None:
            self.db.close()


def _warn(extraction: Extraction, summary: Summary | None) -> None:
    """A document's warnings to stderr, with file and line; past the first few of a kind only counted."""
    if summary is None:
        return
    for warning in (*extraction.warnings, *(w for note in extraction.notes for w in note.warnings)):
        if summary.add(warning):
            _say("warning", warning)


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

      cite extract paper.txt --format jsonl | jq .

      cite extract paper.txt --format bibtex > refs.bib

      cat paper.md | cite extract - --format json --no-store
    """
    from cite.readers import ReadError
    from cite.report import Summary

    chosen = format or (NoteFormat.table if sys.stdout.isatty() and output is None else NoteFormat.jsonl)
    failures: list[str] = []
    summary = None if quiet else Summary()
    batches = None if no_store else _Batches(library, failures)
    # JSONL goes out document by document; the other formats need every document, so their notes are kept
    records = _RecordStream(output, failures) if chosen is NoteFormat.jsonl else None
    kept: list[Extraction] = []
    for item in _extractions(paths):
        if isinstance(item, ReadError):
            failures.append(str(item))
            continue
        _warn(item, summary)
        if batches is not None:
            batches.add(item)
        if records is not None:
            records.write(item)
        else:
            kept.append(replace(item, document=replace(item.document, lines=())))
    if records is not None:
        records.close()
    else:
        try:
            _print_extractions(kept, chosen, output)
        except Failed as err:
            failures.append(str(err))
    if batches is not None:
        batches.close()
    for line in summary.rest() if summary else ():
        _say("warning", line)
    for failure in failures:
        _say("error", failure)
    if failures:
        raise typer.Exit(1)


class _RecordStream:
    """JSONL records to stdout or `-o FILE` as each document is extracted; a failed write is reported once
    and the rest of the run (the library) goes on."""

    def __init__(self, output: Path | None, failures: list[str]) -> None:
        self.output, self.failures = output, failures
        self.stream: io.TextIOBase | None = None
        self.failed = False

    def write(self, extraction: Extraction) -> None:
        if self.failed:
            return
        text = "".join(json.dumps(note.record(), ensure_ascii=False) + "\n" for note in extraction.notes)
        try:
            if self.stream is None:
                self.stream = sys.stdout if self.output is None else self.output.open("w", encoding="utf-8", newline="")
            self.stream.write(text)
        except OSError as err:
            self._fail(err)

    def close(self) -> None:
        try:
            if self.stream is None and self.output is not None:
                self.output.write_text("", encoding="utf-8")  # no notes: an empty file, as before
            elif self.stream is not None:
                self.stream.flush()
                if self.stream is not sys.stdout:
                    self.stream.close()
        except OSError as err:
            self._fail(err)

    def _fail(self, err: OSError) -> None:
        if not self.failed:
            where = self.output or "standard output"
            self.failures.append(f"{where}: cannot write: {err.strerror or err}")
        self.failed = True


def _print_extractions(extractions: list[Extraction], chosen: NoteFormat, output: Path | None) -> None:
    """Every document's notes at once, in a format that needs them all (a table, a JSON array, an export)."""
    records = [note.record() for e in extractions for note in e.notes]
    if chosen is NoteFormat.table:
        from cite.export.table import extraction_table

        _print(extraction_table(extractions), output)
    elif chosen is NoteFormat.json:
        _emit(json.dumps(records, ensure_ascii=False, indent=2) + "\n", output)
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
    from rich.console import Console

    Console().print(source_detail(source))
