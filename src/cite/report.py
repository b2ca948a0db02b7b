"""Warnings summarised by kind: the first few of each kind in full, then only a count.

A document with 20,000 unmatched bodies would otherwise print 20,000 lines, and printing would take
longer than extracting; every warning still stays on its note in the records (`warnings`).
"""

from __future__ import annotations

from collections import Counter

import regex

#: How many warnings of one kind are printed in full.
SHOWN_PER_KIND = 5

#: A warning's place and message: "paper.txt:12: marker '①' has no note".
PLACED = regex.compile(r"^(?:.*?:\d+: )?(?P<message>.*)$", regex.DOTALL)
#: What varies between warnings of one kind: quoted labels "'①'", numbers "12", the quoted text after a word
#: and ": " ("could not parse reference: <raw text>"), but not the ": " of "[3: block".
VARYING = regex.compile(r"'[^']*'|\d+|(?<=\p{L}): .*$", regex.DOTALL)


def kind(warning: str) -> str:
    """The kind of a warning, its varying parts replaced: "marker … has no note"."""
    return VARYING.sub("…", PLACED.match(warning)["message"])


class Summary:
    """Counts warnings by kind and says which ones to print in full (the first SHOWN_PER_KIND of a kind)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, warning: str) -> bool:
        """Count a warning; True if it is to be printed in full."""
        key = kind(warning)
        self.counts[key] += 1
        return self.counts[key] <= SHOWN_PER_KIND

    def rest(self) -> list[str]:
        """One line per kind with warnings left unprinted: "… and 1,995 more like “marker … has no note”"."""
        return [
            f"… and {count - SHOWN_PER_KIND:,} more like “{key}”"
            for key, count in self.counts.items()
            if count > SHOWN_PER_KIND
        ]
