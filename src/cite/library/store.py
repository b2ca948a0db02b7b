"""The library: an embedded SQLite database of extracted notes, one transaction per write.

Re-extracting a document replaces its notes (idempotent); sources are derived from the stored
notes by `merge`, so they never go stale. `PRAGMA user_version` carries the schema version.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from cite.library.records import note_from_record
from cite.model import Extraction, Note

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,          -- absolute path of the file (or '<stdin:HASH>')
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


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"{path}: library schema {version} is newer than this cite ({SCHEMA_VERSION})")
    db.executescript(SCHEMA)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


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
            doc_id = _document_id(extraction)
            db.execute("DELETE FROM notes WHERE document = ?", (doc_id,))
            db.execute(
                "INSERT INTO documents (id, name, encoding) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, encoding = excluded.encoding",
                (doc_id, extraction.document.name, extraction.document.encoding),
            )
            db.executemany(
                "INSERT INTO notes (document, seq, record) VALUES (?, ?, ?)",
                [(doc_id, n.seq, json.dumps(n.record(), ensure_ascii=False)) for n in extraction.notes],
            )


def load(db: sqlite3.Connection) -> list[Note]:
    """Every stored note, documents by path, notes by seq."""
    rows = db.execute("SELECT record FROM notes ORDER BY document, seq")
    return [note_from_record(json.loads(record)) for (record,) in rows]
