"""The library: an embedded SQLite database of extracted notes, one transaction per batch of documents.

Re-extracting a document replaces its notes (idempotent); sources are derived from the stored
notes by `merge`, so they never go stale. `PRAGMA user_version` carries the schema version.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from cite.library.records import BadRecord, note_from_json
from cite.model import Extraction, Note

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,          -- absolute path of the file, '<stdin:HASH>', or '<import:NAME>'
    name TEXT NOT NULL,
    encoding TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    record TEXT NOT NULL,         -- the footnote record as `cite extract --format jsonl` prints it
    PRIMARY KEY (document, seq)
);
"""


def default_path() -> Path:
    """$CITE_LIBRARY, else the per-user data directory."""
    if env := os.environ.get("CITE_LIBRARY"):
        return Path(env)
    return Path(platformdirs.user_data_dir("cite")) / "library.sqlite"


class LibraryError(Exception):
    """A library file that cannot be used; the message says why (the caller names the file)."""


#: What to tell the user when a file is not a library this cite can use.
ELSEWHERE = "choose another file with --library PATH (or CITE_LIBRARY), or move this one aside"


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) a library for writing; a file of another application is refused untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=60)  # two writers take turns: each batch is one short transaction
    try:
        tables = _check(db)
        if not tables:  # one transaction: a second writer starting at once sees no tables or all of them
            db.executescript(f"BEGIN IMMEDIATE;\n{SCHEMA}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
    except BaseException:
        db.close()
        raise
    db.execute("PRAGMA foreign_keys = ON")
    return db


def connect_for_reading(path: Path) -> sqlite3.Connection | None:
    """Open a library without writing anything to it (a read-only file works); None when there is none yet."""
    if not path.exists():
        return None
    try:
        return _open_read_only(path)
    except sqlite3.OperationalError as err:
        if err.sqlite_errorcode != sqlite3.SQLITE_READONLY_ROLLBACK:
            raise
    # a writer was killed mid-transaction: its journal must be rolled back (SQLite's own recovery) before reading
    try:
        connect(path).close()
    except sqlite3.OperationalError as err:
        raise LibraryError(
            f"a write to it was interrupted and must be rolled back, which needs write access to the file and its "
            f"folder ({err}); run any `cite extract --library` on it once with that access"
        ) from err
    return _open_read_only(path)


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
    try:
        if not _check(db):
            db.close()
            return None
    except BaseException:
        db.close()
        raise
    return db


def _check(db: sqlite3.Connection) -> set[str]:
    """The file's tables, after checking it is a cite library of a schema this version reads (empty: a new file)."""
    try:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as err:
        if err.sqlite_errorcode not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise  # busy, read-only, an I/O error: the file may be fine
        raise LibraryError(f"not a cite library ({err}: damaged, or not an SQLite file); {ELSEWHERE}") from err
    if tables and not {"documents", "notes"} <= tables:
        raise LibraryError(f"not a cite library (an SQLite file of another application?); {ELSEWHERE}")
    if version > SCHEMA_VERSION:
        raise LibraryError(f"library schema {version} is newer than this cite ({SCHEMA_VERSION}); upgrade cite")
    return tables


def _document_id(extraction: Extraction) -> str:
    """The absolute path of a file; for standard input, its content's hash, so two piped texts stay apart."""
    document = extraction.document
    if document.path.startswith("<"):
        digest = hashlib.sha1("\n".join(document.lines).encode("utf-8")).hexdigest()[:12]
        return f"{document.path[:-1]}:{digest}>"
    return str(Path(document.path).resolve())


def save(db: sqlite3.Connection, extractions: Iterable[Extraction]) -> None:
    """Replace the stored notes of each extracted document, all in one transaction."""
    with db:
        for extraction in extractions:
            _replace(
                db,
                _document_id(extraction),
                extraction.document.name,
                extraction.document.encoding,
                [(n.seq, json.dumps(n.record(), ensure_ascii=False)) for n in extraction.notes],
            )


def _replace(db: sqlite3.Connection, doc_id: str, name: str, encoding: str, records: list[tuple[int, str]]) -> None:
    db.execute("DELETE FROM notes WHERE document = ?", (doc_id,))
    db.execute(
        "INSERT INTO documents (id, name, encoding) VALUES (?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, encoding = excluded.encoding",
        (doc_id, name, encoding),
    )
    db.executemany(
        "INSERT OR REPLACE INTO notes (document, seq, record) VALUES (?, ?, ?)", [(doc_id, *r) for r in records]
    )


class BatchWriter:
    """Stores extractions as they come, a batch per transaction, so a kill or a failed output loses at most
    the last batch and another writer waits at most one batch for its turn."""

    def __init__(self, db: sqlite3.Connection, documents: int = 50, seconds: float = 2.0) -> None:
        self.db, self.documents, self.seconds = db, documents, seconds
        self.pending: list[Extraction] = []
        self.started = time.monotonic()
        self.stored = 0

    def add(self, extraction: Extraction) -> None:
        self.pending.append(extraction)
        if len(self.pending) >= self.documents or time.monotonic() - self.started >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            save(self.db, self.pending)
            self.stored += len(self.pending)
            self.pending = []
        self.started = time.monotonic()


def import_notes(db: sqlite3.Connection, records: Iterable[tuple[Note, str]], batch: int = 1000) -> int:
    """Store footnote records (`cite import`: each as its note and its JSON text), by document name; returns how
    many.

    A document is known by its name (`doc`), the only identity a record carries: importing the same shards again
    replaces their notes; a name met again later in the same import adds to what this import stored for it.
    """
    seen: set[str] = set()
    count = 0
    rows: list[tuple[str, int, str]] = []

    def flush() -> None:
        with db:
            for name in dict.fromkeys(doc for doc, _, _ in rows):
                if name not in seen:
                    seen.add(name)
                    _replace(db, f"<import:{name}>", name, "", [])
            db.executemany(
                "INSERT OR REPLACE INTO notes (document, seq, record) VALUES (?, ?, ?)",
                [(f"<import:{doc}>", seq, record) for doc, seq, record in rows],
            )
        rows.clear()

    for note, record in records:
        rows.append((note.doc, note.seq, record))
        count += 1
        if len(rows) >= batch:
            flush()
    flush()
    return count


def load(db: sqlite3.Connection | None, damaged: list[str] | None = None) -> list[Note]:
    """Every stored note, documents by path, notes by seq (none without a library). A damaged record is skipped,
    with a message naming its document and note added to `damaged`."""
    if db is None:
        return []
    notes = []
    for doc_id, seq, record in db.execute("SELECT document, seq, record FROM notes ORDER BY document, seq"):
        try:
            notes.append(note_from_json(record))
        except BadRecord as err:
            if damaged is not None:
                damaged.append(f"{doc_id}, note {seq}: damaged record skipped: {err}")
    return notes
