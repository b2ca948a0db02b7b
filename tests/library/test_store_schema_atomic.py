"""A new library's schema is made in one transaction, so a second writer starting at the same moment never sees
half of it (and refuses the file as "not a cite library")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cite.library import store


def test_a_schema_that_fails_half_way_leaves_no_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "SCHEMA", store.SCHEMA + "\nCREATE TABLE broken (;\n")
    path = tmp_path / "lib.sqlite"
    with pytest.raises(sqlite3.OperationalError):
        store.connect(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall() == []


def test_a_new_library_has_its_tables_and_version(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "lib.sqlite")
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "notes"} <= tables
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    db.close()
