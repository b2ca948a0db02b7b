"""Warnings summarised by kind."""

from __future__ import annotations

import pytest

from cite.report import SHOWN_PER_KIND, Summary, kind


@pytest.mark.parametrize(
    ("warning", "expected"),
    [
        ("p.txt:12: marker '①' has no note", "marker … has no note"),
        ("p.txt:3: note '7' is defined twice (first at line 2)", "note … is defined twice (first at line …)"),
        ("p.txt:4: unclosed [3: block, body cut at line 9", "unclosed […: block, body cut at line …"),
        ("p.txt:5: could not parse reference: Some raw text: with a colon", "could not parse reference…"),
        ("a:b.txt:5: no title found: x", "no title found…"),
    ],
)
def test_kind_replaces_what_varies(warning: str, expected: str) -> None:
    assert kind(warning) == expected


def test_summary_prints_the_first_few_of_each_kind_then_counts() -> None:
    summary = Summary()
    shown = [summary.add(f"p.txt:{k}: marker '{k}' has no note") for k in range(1, 21)]
    assert shown == [True] * SHOWN_PER_KIND + [False] * (20 - SHOWN_PER_KIND)
    assert summary.add("p.txt:1: note '1' has no marker in the text")
    assert summary.rest() == [f"… and {20 - SHOWN_PER_KIND:,} more like “marker … has no note”"]
