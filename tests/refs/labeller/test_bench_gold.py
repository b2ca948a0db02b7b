"""The benchmark's gold for repeats: what a rendering prints, not which form the style was asked for."""

from __future__ import annotations

from bench.labeller import expected
from cite.refs.labeller.corpus import Record


def record(form: str, text: str, spans: tuple[tuple[int, int, str], ...]) -> Record:
    return Record(id="x", source="csl", style="s", form=form, lang="en", text=text, italic=(), spans=spans)


def test_an_ibid_rendering_that_prints_ibid_is_ibid() -> None:
    gold = expected(record("ibid", "Ibid., p. 430", ((0, 5, "ibid"), (10, 13, "locator"))))
    assert gold.get("ibid") and not gold.get("short")


def test_an_ibid_rendering_of_a_style_without_ibid_is_a_short_form() -> None:
    # such a style prints "Petrova, Regional Integration, p. 63." where another prints "Ibid., p. 63."
    text = "Petrova, Regional Integration, p. 63."
    gold = expected(record("ibid", text, ((0, 7, "author"), (9, 29, "title"), (34, 36, "locator"))))
    assert gold.get("short") and not gold.get("ibid")


def test_a_subsequent_rendering_that_repeats_the_publisher_is_a_full_reference() -> None:
    text = "Petrova, Regional Integration (London: Polity, 2019), 63."
    spans = ((0, 7, "author"), (9, 29, "title"), (31, 37, "publisher-place"), (39, 45, "publisher"))
    gold = expected(record("subsequent", text, spans))
    assert not gold.get("short") and not gold.get("ibid")
