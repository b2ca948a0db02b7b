"""The `cite` command line: parses options and calls the pipeline; no extraction logic lives here."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from cite.model import Extraction
from cite.pipeline import extract_document, extract_paths
from cite.readers import ReadError, expand
from cite.readers.text import from_bytes

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
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _read_stdin(failures: list[str]) -> list[Extraction]:
    try:
        return [extract_document(from_bytes(sys.stdin.buffer.read(), "<stdin>", "<stdin>"))]
    except ReadError as err:
        failures.append(str(err))
        return []


def _extractions(paths: list[Path], failures: list[str]) -> list[Extraction]:
    """Extract every path ('-' is standard input), collecting read errors instead of stopping."""
    files = [p for p in paths if str(p) != "-"]
    total = len(list(expand(files)))
    results: list[Extraction] = []
    if any(str(p) == "-" for p in paths):
        results.extend(_read_stdin(failures))
    with Progress(console=stderr, transient=True, disable=total < PROGRESS_FROM or not stderr.is_terminal) as bar:
        task = bar.add_task("extracting", total=total)
        for item in extract_paths(files):
            bar.advance(task)
            if isinstance(item, ReadError):
                failures.append(str(item))
            else:
                results.append(item)
    return results


def _report(extractions: list[Extraction], failures: list[str], quiet: bool) -> None:
    """Warnings and errors to stderr, with file and line."""
    for failure in failures:
        stderr.print(f"[red]error[/red]: {failure}")
    if quiet:
        return
    for extraction in extractions:
        for warning in extraction.warnings:
            stderr.print(f"[yellow]warning[/yellow]: {warning}")
        for note in extraction.notes:
            for warning in note.warnings:
                stderr.print(f"[yellow]warning[/yellow]: {warning}")
            for ref in note.references:
                for warning in ref.warnings:
                    stderr.print(f"[yellow]warning[/yellow]: {note.doc}:{note.line}: {warning}: {ref.raw[:70]}")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (read recursively); '-' reads stdin.")],
    format: Annotated[
        NoteFormat | None,
        typer.Option("--format", "-f", help="Output format; default: table on a terminal, jsonl otherwise."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """Find every footnote, endnote and source line in documents and parse their references.

    Examples:

      cite extract seeds/

      cite extract paper.txt --format jsonl | jq .

      cat paper.md | cite extract - --format json
    """
    failures: list[str] = []
    extractions = _extractions(paths, failures)
    chosen = format or (NoteFormat.table if sys.stdout.isatty() else NoteFormat.jsonl)
    records = [note.record() for e in extractions for note in e.notes]
    if chosen is NoteFormat.table:
        from cite.export.table import extraction_table

        Console().print(extraction_table(extractions))
    elif chosen is NoteFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    _report(extractions, failures, quiet)
    if failures:
        raise typer.Exit(1)
