"""Text built from runs: whitespace collapsed as the footnote record wants it, every offset moved with it."""

from cite.model import Link
from cite.readers.rich import Mark, Runs, drop_head


def test_whitespace_collapses_and_offsets_follow() -> None:
    runs = Runs()
    runs.add("  Emma Hartley,\n\t")
    runs.add("Water and ", italic=True)
    runs.add("Power", italic=True)
    runs.add("  (London, 2019), ")
    runs.mark("1", "fn:1")
    runs.add("https://a.kz/x", target="https://a.kz/x")
    runs.add(" \u3000 ")
    rich = runs.finish()
    assert rich.text == "Emma Hartley, Water and Power (London, 2019), https://a.kz/x"
    assert [rich.text[s:e] for s, e in rich.italic] == ["Water and Power"]
    assert rich.links == (Link(46, 60, "https://a.kz/x"),)
    assert rich.marks == (Mark("1", "fn:1", 46),)


def test_italics_are_trimmed_of_spaces_and_empty_ones_dropped() -> None:
    runs = Runs()
    runs.add("See")
    runs.add(" Title ", italic=True)
    runs.add("now.")
    runs.add("   ", italic=True)
    rich = runs.finish()
    assert rich.text == "See Title now." and rich.italic == ((4, 9),)


def test_drop_head_moves_offsets() -> None:
    runs = Runs()
    runs.add("[1] ")
    runs.add("Book", italic=True)
    runs.add(", 5.")
    rich = drop_head(runs.finish(), 4)
    assert rich.text == "Book, 5." and rich.italic == ((0, 4),)
