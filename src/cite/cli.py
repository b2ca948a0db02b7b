"""The `cite` command line: parses options and calls the pipeline; no extraction logic lives here."""

from __future__ import annotations

import functools
import io
import os
import re
import sqlite3
import stat
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cite.outputs import Failed, guard_standard_streams, stdin_closed, write_whole

if TYPE_CHECKING:
    from rich.console import Console

    from cite.model import Extraction
    from cite.parallel import Item
    from cite.readers import ReadError

# rich, the pipeline (the finders' and parsers' regex tables), the readers and the process pool are imported by
# the commands that use them, not here: `cite --help` then costs little more than importing Typer

#: Typer's message for a value outside a choice: "Value error, 'foo' is not one of 'table', 'json'."
CHOICE_ERROR = re.compile(r"^Value error, (?P<value>.*) is not one of (?P<choices>'.*')\.$")
#: Typer's prefix on any other message of a value it refused: "Value error, …".
VALUE_ERROR_PREFIX = re.compile(r"^Value error, ")


class Command(typer.core.TyperCommand):
    """A command whose usage line names its arguments as man pages do ("cite extract [OPTIONS] PATH...", not
    Typer's "{paths}...") and whose refused values say so in one sentence listing the choices."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                name = (param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as err:
            if choice := CHOICE_ERROR.match(err.message):
                choices = choice["choices"].replace("'", "")
                err.message = f"{choice['value']} is not one of: {choices}"
            else:
                err.message = VALUE_ERROR_PREFIX.sub("", err.message)
            raise


app = typer.Typer(
    help="Extract footnotes and citations from documents and export them to reference managers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's help renderer imports its Markdown and traceback modules
)


@functools.cache
def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)  # "x.txt:100:" is no emoji code


class _Stderr:
    """The stderr console, made at first use."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_stderr_console(), name)


stderr = _Stderr()


def escape(text: str) -> str:
    """Square brackets from a document printed as written, not read as rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


#: Above this many files a progress bar is shown on stderr.
PROGRESS_FROM = 5


#: `--verbose`: show the traceback of an unexpected error.
VERBOSE = {"on": False}


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", envvar="CITE_VERBOSE", help="Show tracebacks of unexpected errors.")
    ] = False,
) -> None:
    """cite: footnotes and citations out of documents, into reference managers."""
    VERBOSE["on"] = verbose
    guard_standard_streams()


def clear_errors(command: Callable[..., None]) -> Callable[..., None]:
    """A command whose failures are one line on stderr and exit status 1, never a traceback (unless --verbose);
    Ctrl-C says what was kept and exits 130."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        import click  # for its exception classes only; Typer itself does not load it

        try:
            command(*args, **kwargs)
        except Failed as err:
            raise _fail(str(err)) from err
        except (typer.Exit, click.exceptions.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            stderr.print("interrupted: what was stored before is kept")
            raise typer.Exit(130) from None
        except Exception as err:
            if VERBOSE["on"]:
                stderr.print(escape(traceback.format_exc()), end="")
            raise _fail(f"unexpected {type(err).__name__}: {err} (run with --verbose for the traceback)") from err

    return run


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
    html = "html"


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


def _print(renderable: object, output: Path | None) -> None:
    """A rich table to the terminal, or as plain text to `-o FILE`."""
    from cite.emit import render

    write_whole(render(renderable, output), output)


def _write_sources(
    sources: list, fmt: str, output: Path | None, excel: bool = False, access_note: bool = False
) -> None:
    """Write sources in an export format (or as a table); `excel` is for CSV, `access_note` for BibTeX."""
    if fmt == "table":
        from cite.export.table import sources_table

        _print(sources_table(sources), output)
        return
    from cite.export import WRITERS, bibtex, csvfile

    for source in sources:
        for warning in source.warnings:
            stderr.print(f"[yellow]warning[/yellow]: {escape(warning)}")
    with_options = {
        "csv": functools.partial(csvfile.write, excel=excel),
        "bibtex": functools.partial(bibtex.write, access_note=access_note),
    }
    write_whole(with_options.get(fmt, WRITERS[fmt])(sources), output)


@contextmanager
def _library(path: Path | None, write: bool = True) -> Iterator[sqlite3.Connection | None]:
    """The library database, created if need be; with `write=False` opened read-only, never written (None: there
    is none yet). Any problem with it becomes one clear error."""
    from cite.library import store

    where = path or store.default_path()
    try:
        db = store.connect(where) if write else store.connect_for_reading(where)
        with closing(db) if db is not None else _nothing():
            yield db
    except store.LibraryError as err:
        raise Failed(f"{where}: {err}") from err
    except (sqlite3.Error, OSError) as err:
        raise Failed(f"{where}: cannot use the library: {err}; {store.ELSEWHERE}") from err


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _fail(message: str) -> typer.Exit:
    stderr.print(f"[red]error[/red]: {escape(message)}")
    return typer.Exit(1)


def _work(paths: list[Path]) -> list[Item | None]:
    """Every file to extract, directories walked once (the list gives the progress total too); '-' is stdin."""
    from cite.readers import files_and_problems

    items: list[Item | None] = []  # None: standard input's place, read in this process, where it is open
    for path in paths:
        items.extend([None] if str(path) == "-" else files_and_problems([path]))
    return items


#: Without --jobs, inputs smaller than this stay in one process: starting workers would cost more than it saves.
POOL_FROM_BYTES = 2_000_000


def _worth_it(items: list[Item | None]) -> int:
    """The default --jobs: every core for a large input, one process for a small one."""
    size = 0
    for item in items:
        if isinstance(item, Path):
            try:
                size += item.stat().st_size
            except OSError:
                continue  # reading it will say why
            if size >= POOL_FROM_BYTES:
                from cite.parallel import default_jobs

                return default_jobs()
    return 1


def _extractions(items: list[Item | None], jobs: int) -> Iterator[Extraction | ReadError]:
    """Results in the order given, with a progress bar on a terminal."""
    from rich.progress import Progress

    from cite.parallel import extract_in_order

    files = sum(isinstance(item, Path) for item in items)
    work = (_read_stdin() if item is None else item for item in items)
    console = _stderr_console()
    with Progress(
        console=console, transient=True, disable=len(items) < PROGRESS_FROM or not console.is_terminal
    ) as bar:
        task = bar.add_task("extracting", total=len(items))
        for result in extract_in_order(work, min(jobs, files)):
            bar.advance(task)
            yield result


def _read_stdin() -> Extraction | ReadError:
    from cite.pipeline import extract_document
    from cite.readers import ReadError, from_bytes

    if stdin_closed():
        return ReadError("<stdin>: cannot read: standard input is closed")
    try:
        return extract_document(from_bytes(sys.stdin.buffer.read(), "<stdin>", "<stdin>"))
    except ReadError as err:
        return err


def _warnings(extraction: Extraction) -> Iterator[str]:
    yield from extraction.warnings
    for note in extraction.notes:
        yield from note.warnings


def _report(warnings: Iterable[str], failures: list[str], quiet: bool) -> None:
    """Warnings and errors to stderr, with file and line; past the first few warnings of a kind only a count."""
    from cite.report import Summary

    for failure in failures:
        stderr.print(f"[red]error[/red]: {escape(failure)}")
    if quiet:
        return
    summary = Summary()
    for warning in warnings:
        if summary.add(warning):
            stderr.print(f"[yellow]warning[/yellow]: {escape(warning)}")
    for line in summary.rest():
        stderr.print(f"[yellow]warning[/yellow]: {escape(line)}")


class _Store:
    """The library as `extract` writes it: batch by batch as documents come. A failure is reported once and ends
    the storing, not the run."""

    def __init__(self, stack: ExitStack, library: Path | None, failures: list[str]) -> None:
        from cite.library.store import BatchWriter, default_path

        self.failures, self.where = failures, library or default_path()
        self.writer: BatchWriter | None = None
        try:
            self.writer = BatchWriter(stack.enter_context(_library(library)))
        except Failed as err:
            failures.append(str(err))
        else:
            stack.callback(self._flush)  # runs before the library is closed, on any way out

    @property
    def active(self) -> bool:
        return self.writer is not None

    def add(self, extraction: Extraction) -> None:
        self._try(lambda writer: writer.add(extraction))

    def _flush(self) -> None:
        self._try(lambda writer: writer.flush())

    def _try(self, step: Callable[[Any], None]) -> None:
        if self.writer is None:
            return
        try:
            step(self.writer)
        except (sqlite3.Error, OSError) as err:
            stored, self.writer = self.writer.stored, None
            kept = f" ({stored} documents were stored before this)" if stored else ""
            self.failures.append(f"{self.where}: cannot write to the library: {err}{kept}")


@app.command(cls=Command)
@clear_errors
def extract(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or directories (read recursively); '-' reads stdin.")
    ],
    format: Annotated[
        NoteFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format; default: table on a terminal, jsonl otherwise. With no notes, jsonl prints nothing "
            "(zero records), json prints [] and the table says 0 footnotes.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    library: LibraryOption = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Only print; do not store in the library.")] = False,
    output: OutputOption = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            envvar="CITE_JOBS",
            help="Worker processes (default: the cores, for inputs over 2 MB).",
        ),
    ] = None,
) -> None:
    """Find every footnote, endnote and source line in documents, parse their references, store them.

    The library gets each document as it is extracted, whatever happens to the output; `-o FILE` is replaced
    only when complete.

    Examples:

      cite extract seeds/

      cite extract draft.docx page.html book.epub notes.md   (format told by content)

      cite extract paper.txt --format jsonl | jq .

      cite extract paper.txt --format bibtex > refs.bib

      cat paper.md | cite extract - --format json --no-store

      cite extract corpus/ --jobs 8 -o notes.jsonl
    """
    from cite.emit import NoteOutput, default_format
    from cite.parallel import InternalError
    from cite.readers import NotFollowed, ReadError

    failures: list[str] = []
    warnings: list[str] = []
    with ExitStack() as stack:
        printed = NoteOutput((format.value if format else None) or default_format(output), output)
        stack.callback(printed.abort)  # a file not finished is dropped; the old one stays
        stored = None if no_store else _Store(stack, library, failures)
        items = _work(paths)
        for result in _extractions(items, jobs or _worth_it(items)):
            if isinstance(result, NotFollowed):
                warnings.append(str(result))
                continue
            if isinstance(result, ReadError):
                failures.append(str(result))
                if VERBOSE["on"] and isinstance(result, InternalError):
                    stderr.print(escape(result.details), end="")
                continue
            warnings.extend(_warnings(result))
            if stored is not None:  # first: once a document's records are out, it is in the library's batch
                stored.add(result)
            printed.add(result)
            if printed.done and not (stored and stored.active):
                break  # nothing is read any more and nothing is to be stored
        printed.finish()
    if printed.error is not None:
        failures.append(str(printed.error))
    _report(warnings, failures, quiet)
    if failures:
        raise typer.Exit(1)


@app.command(cls=Command)
@clear_errors
def review(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or directories (read recursively); '-' reads stdin.")
    ],
    output: OutputOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """Write one self-contained HTML page to check an extraction by eye (nothing is stored).

    Notes in order with their citing sentences, each reference coloured by the fields parsed from it,
    warnings and unsure references first, links from each source to its mentions.

    Example: cite review paper.txt -o review.html
    """
    extract(paths, format=NoteFormat.html, quiet=quiet, library=None, no_store=True, output=output, jobs=None)


def _stdin_is_piped() -> bool:
    """Whether records are being piped in: a pipe or socket, or a stream without a file (a test runner's);
    not a terminal and not a file redirected with `<`, so `while read …; do cite export; done < list` works."""
    if stdin_closed():
        return False
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, io.UnsupportedOperation):
        return True
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _piped_notes() -> list:
    """Notes from `cite extract --format jsonl` records on stdin; a line that is not one is an error."""
    from cite.library.records import BadRecord, note_from_json

    notes, errors = [], []
    for number, line in enumerate(sys.stdin.read().splitlines(), 1):
        if not line.strip():
            continue
        try:
            notes.append(note_from_json(line))
        except BadRecord as err:
            errors.append(f"<stdin>:{number}: not a cite footnote record: {err}")
    if errors:
        raise Failed("; ".join(errors[:3]) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""))
    return notes


def _sources(
    library: Path | None,
    docs: list[str] | None = None,
    types: list[str] | None = None,
    langs: list[str] | None = None,
    piped: bool = False,
    problems: list[str] | None = None,
) -> list:
    """Sources of the piped records (when `piped` and there are any), else of the library, opened read-only.
    Damaged records are skipped and told on stderr (and added to `problems`, for the exit status)."""
    from cite.library import store
    from cite.library.merge import merge

    notes = _piped_notes() if piped else []
    if not notes:
        damaged: list[str] = []
        with _library(library, write=False) as db:
            notes = store.load(db, damaged)
        if db is None:
            stderr.print(
                f"note: no library at {escape(str(library or store.default_path()))} yet (`cite extract` makes it)"
            )
        for message in damaged:
            stderr.print(f"[red]error[/red]: {escape(f'{library or store.default_path()}: {message}')}")
        if problems is not None:
            problems.extend(damaged)
    notes = [n for n in notes if not docs or n.doc in docs]
    return [
        s
        for s in merge(notes)
        if (not types or s.reference.type in types) and (not langs or s.reference.language in langs)
    ]


def _exit_for(problems: list[str]) -> None:
    if problems:
        raise typer.Exit(1)


@app.command(cls=Command)
@clear_errors
def export(
    format: Annotated[SourceFormat, typer.Option("--format", "-f", help="Output format.")] = SourceFormat.bibtex,
    output: OutputOption = None,
    doc: Annotated[list[str] | None, typer.Option("--doc", help="Only sources cited in this document.")] = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="Only this CSL type (repeatable).")] = None,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only this language: zh, en, ru, kk.")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV with a UTF-8 BOM for Excel.")] = False,
    access_note: Annotated[
        bool,
        typer.Option(
            "--access-note",
            help="BibTeX: also write the access date as note = {Accessed …}, for the classic styles (plain, "
            "plainnat, apalike) that print no urldate. Zotero imports that note as a child note.",
        ),
    ] = False,
    library: LibraryOption = None,
) -> None:
    """Export the library's sources, one entry per work (no Ibid. entries, no duplicates).

    Reads `cite extract --format jsonl` records from stdin when they are piped in.

    Examples:

      cite export --format bibtex -o refs.bib

      cite extract paper.txt | cite export --format ris > paper.ris

      cite export --format csv --excel --lang zh -o chinese.csv
    """
    problems: list[str] = []
    sources = _sources(library, doc, type, lang, piped=_stdin_is_piped(), problems=problems)
    _write_sources(sources, format.value, output, excel, access_note)
    _exit_for(problems)


@app.command("list", cls=Command)
@clear_errors
def list_sources(library: LibraryOption = None) -> None:
    """List the library's sources with how often each is cited.

    Example: cite list
    """
    problems: list[str] = []
    _write_sources(_sources(library, problems=problems), "table", None)
    _exit_for(problems)


@app.command(cls=Command)
@clear_errors
def show(
    key: Annotated[str, typer.Argument(metavar="KEY", help="Citation key, as `cite list` shows it.")],
    library: LibraryOption = None,
) -> None:
    """Show one source with every place it is cited, contexts included.

    Example: cite show safranchuk2022dilemma
    """
    from cite.export.table import source_detail

    problems: list[str] = []
    source = next((s for s in _sources(library, problems=problems) if s.key == key), None)
    if source is None:
        raise Failed(f"no source with key {key!r}")
    _print(source_detail(source), None)
    _exit_for(problems)


@app.command("import", cls=Command)
@clear_errors
def import_shards(
    shards: Annotated[
        list[Path], typer.Argument(metavar="SHARD", help="JSONL files of footnote records ('-' reads stdin).")
    ],
    library: LibraryOption = None,
) -> None:
    """Store footnote records (`cite extract --format jsonl` output, e.g. shards written on many machines) in the
    library. A document is known by its name; importing the same shards again changes nothing.

    Examples:

      cite import shards/*.jsonl

      ssh big-box cat notes.jsonl | cite import -
    """
    from cite.library import store
    from cite.shards import read_shards

    problems: list[str] = []
    with _library(library) as db:
        try:
            count = store.import_notes(db, read_shards(shards, problems))
        except (sqlite3.Error, OSError) as err:
            raise Failed(f"{library or store.default_path()}: cannot write: {err}") from err
    for problem in problems:
        stderr.print(f"[red]error[/red]: {escape(problem)}")
    stderr.print(f"{count} notes imported from {len(shards)} file(s)")
    _exit_for(problems)
