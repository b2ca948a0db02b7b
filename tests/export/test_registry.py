import pytest

from cite.export import EXTENSIONS, WRITERS, format_for

from .samples import SOURCES


def test_formats() -> None:
    assert set(WRITERS) == {"bibtex", "biblatex", "csl-json", "ris", "csv", "jsonl"}
    assert set(EXTENSIONS.values()) <= set(WRITERS)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_writer_returns_text(name: str) -> None:
    assert isinstance(WRITERS[name](SOURCES), str)
    assert isinstance(WRITERS[name]([]), str)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("out/refs.bib", "bibtex"),
        ("refs.BIB", "bibtex"),
        ("refs.json", "csl-json"),
        ("refs.ris", "ris"),
        ("refs.csv", "csv"),
        ("refs.jsonl", "jsonl"),
        ("refs.txt", None),
    ],
)
def test_format_for(path: str, name: str | None) -> None:
    assert format_for(path) == name
