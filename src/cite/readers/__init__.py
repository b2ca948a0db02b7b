"""Readers: turn a path into `Document`s, one module per input format, found by file extension."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cite.model import Document
from cite.readers import pdf, text
from cite.readers.errors import ReadError

__all__ = ["READERS", "ReadError", "expand", "read"]

#: File extension -> reader. A reader takes a path and returns a Document or raises ReadError.
READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
    ".text": text.read,
    ".pdf": pdf.read,
}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to read: each path as given, and in each directory every entry with a readable extension,
    recursively, sorted by path. Entries that are not regular files (a FIFO, a broken link) are kept so
    that reading them reports them instead of skipping them silently."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in READERS and not p.is_dir())
        else:
            yield path


def read(path: Path) -> Document:
    """Read one file with the reader for its extension (plain text for unknown extensions)."""
    reader = READERS.get(path.suffix.lower(), text.read)
    return reader(path)
