"""Readers: turn a path into `Document`s, one module per input format, found by file extension."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cite.model import Document
from cite.readers import text
from cite.readers.errors import NotFollowed, ReadError

__all__ = ["READERS", "NotFollowed", "ReadError", "expand", "files_and_problems", "read"]

#: File extension -> reader. A reader takes a path and returns a Document or raises ReadError.
READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
    ".text": text.read,
}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """The files of `files_and_problems`, without the problems (for callers that do not report them)."""
    return (path for path in files_and_problems(paths) if isinstance(path, Path))


def files_and_problems(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Files to read: each path as given, and in each directory every entry with a readable extension,
    recursively, sorted by path. Entries that are not regular files (a FIFO, a broken link) are kept so
    that reading them reports them instead of skipping them silently; a sub-folder that cannot be listed, or
    a symbolic link to a folder (not followed: it could loop), is a `ReadError` in its place."""
    for path in paths:
        try:
            is_dir = path.is_dir()
        except OSError as err:
            yield ReadError(f"{path}: cannot read: {err.strerror or err}")
            continue
        if is_dir:
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    """A folder's readable files and problems, sorted by path (`os.scandir` order is the file system's)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield ReadError(f"{folder}: cannot read folder: {err.strerror or err}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_symlink() and entry.is_dir():
                yield NotFollowed(
                    f"{path}: symbolic link to a folder, not followed (name it as an argument to read it)"
                )
            elif path.suffix.lower() in READERS:
                yield path
        except OSError as err:
            yield ReadError(f"{path}: cannot read: {err.strerror or err}")


def read(path: Path) -> Document:
    """Read one file with the reader for its extension (plain text for unknown extensions)."""
    reader = READERS.get(path.suffix.lower(), text.read)
    return reader(path)
