"""The whole job on one screen: read → find notes → split → parse → normalise → resolve.

Each stage is a pure function over the dataclasses of `cite.model`; the CLI and the library only
call `extract_document` / `extract_file` / `extract_paths`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from cite.model import Document, Extraction
from cite.notes import find_notes
from cite.readers import ReadError, files_and_problems, read
from cite.refs import parse_notes, resolve


def extract_document(doc: Document) -> Extraction:
    """Notes of one document with their parsed, normalised and resolved references."""
    linked = find_notes(doc)
    notes = resolve(parse_notes(linked.notes))
    return Extraction(doc, tuple(notes), doc.warnings + linked.warnings)


def extract_file(path: Path) -> Extraction | ReadError:
    """One file read and extracted, or why it could not be read: what a worker process (or any engine) runs."""
    try:
        return extract_document(read(path))
    except ReadError as err:
        return err


def extract_paths(paths: Iterable[Path]) -> Iterator[Extraction | ReadError]:
    """Extract every readable file under `paths`; an unreadable file or folder yields its error and is skipped."""
    for path in files_and_problems(paths):
        yield path if isinstance(path, ReadError) else extract_file(path)
