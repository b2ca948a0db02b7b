"""Readers: turn a path into `Document`s, one module per input format, found by file extension."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cite.model import Document
from cite.readers import text
from cite.readers.errors import ReadError

__all__ = ["READERS", "ReadError", "expand", "read"]

#: File extension -> reader. A reader takes a path and returns a Document or raises ReadError.
READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
    ".text": text.read,
}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to read: each file as given, each directory's readable files recursively, sorted by path."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        else:
            yield path


def read(path: Path) -> Document:
    """Read one file with the reader for its extension (plain text for unknown extensions)."""
    reader = READERS.get(path.suffix.lower(), text.read)
    return reader(path)
