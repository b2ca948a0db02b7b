"""Shared test helpers: build a Document from inline text, and the seeds folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from cite.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def doc_of(text: str, name: str = "t.txt") -> Document:
    """A Document made from inline text, as the text reader would make it."""
    return Document(path=name, name=name, lines=tuple(text.split("\n")))


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development set's documents in every format pandoc writes that cite reads (see tests/formats.py)."""
    pytest.importorskip("pypandoc", reason="pandoc (pypandoc-binary, a test extra) makes the format fixtures")
    from tests.formats import convert

    return convert(tmp_path_factory.mktemp("formats"))
