"""`cite extract`'s output in the format asked for: printed document by document where the format allows it
(JSONL, the table), so a long run shows its results as it goes; at the end where it cannot (a JSON array, the
export formats, which merge sources across documents)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from cite.model import Extraction, Note
from cite.outputs import Failed, Output, PipeClosed

#: Formats written document by document.
STREAMED = {"jsonl", "table"}


def render(renderable: object, output: Path | None) -> str:
    """A rich renderable as text: styled for a terminal on stdout, plain and 120 columns wide for a file or pipe."""
    buffer = io.StringIO()
    if output is None:  # as stdout would show it, rendered aside: the write to stdout is the caller's, errors too
        terminal = Console()
        console = Console(
            file=buffer, width=terminal.width, color_system=terminal.color_system, force_terminal=terminal.is_terminal
        )
    else:
        console = Console(file=buffer, width=120, color_system=None)
    console.print(renderable)
    return buffer.getvalue()


def default_format(output: Path | None) -> str:
    """A table on a terminal, JSONL into a pipe or a file."""
    return "table" if output is None and sys.stdout is not None and sys.stdout.isatty() else "jsonl"


class NoteOutput:
    """Extractions out in one format. A failed write is kept as `error` and ends the output (the rest of the run
    goes on); a closed pipe sets `closed`."""

    def __init__(self, fmt: str, output: Path | None) -> None:
        self.fmt = fmt
        self.error: Failed | None = None
        self.closed = False
        self.collected: list[Extraction] = []
        try:
            self.out: Output | None = Output(output)
        except Failed as err:
            self.error, self.out = err, None
        self.output = output

    @property
    def done(self) -> bool:
        """Nothing more will be written."""
        return self.out is None or self.closed

    def add(self, extraction: Extraction) -> None:
        if self.done:
            return
        if self.fmt in STREAMED:
            self._write(self._text([extraction]))
        else:  # the document's lines are not needed to print its notes
            self.collected.append(replace(extraction, document=replace(extraction.document, lines=())))

    def finish(self) -> None:
        """Write what was collected and make the file the output."""
        if self.done:
            return
        if self.fmt not in STREAMED:
            self._write(self._text(self.collected))
        if not self.done:
            try:
                self.out.commit()
            except Failed as err:
                self.error, self.out = err, None

    def abort(self) -> None:
        if self.out is not None:
            self.out.abort()

    def _write(self, text: str) -> None:
        try:
            self.out.write(text)
        except PipeClosed:
            self.closed = True
        except Failed as err:
            self.error, self.out = err, None

    def _text(self, extractions: list[Extraction]) -> str:
        notes: list[Note] = [note for e in extractions for note in e.notes]
        if self.fmt == "jsonl":
            return "".join(json.dumps(n.record(), ensure_ascii=False) + "\n" for n in notes)
        if self.fmt == "json":
            return json.dumps([n.record() for n in notes], ensure_ascii=False, indent=2) + "\n"
        if self.fmt == "table":
            from cite.export.table import extraction_table

            return render(extraction_table(extractions), self.output)
        from cite.library.merge import merge

        if self.fmt == "html":
            from cite.export.review import page

            return page(extractions, merge(notes))
        from cite.export import WRITERS

        return WRITERS[self.fmt](merge(notes))
