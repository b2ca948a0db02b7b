"""Field-level precision/recall/F1 of parsed references against a gold table (shared by tests and bench)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

FIELDS = (
    "type",
    "author",
    "editor",
    "translator",
    "title",
    "container-title",
    "publisher",
    "publisher-place",
    "year",
    "volume",
    "issue",
    "page",
    "locator",
    "URL",
    "DOI",
    "accessed",
    "language",
    "ibid",
    "short",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple] = field(default_factory=list)
    per_field: Counter = field(default_factory=Counter)

    @property
    def f1(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def add(self, where: tuple, gold: dict, got: dict, fold=lambda v: v) -> None:
        """Compare one reference's fields; `fold` normalises values before comparing (e.g. case)."""
        for name in FIELDS:
            expected, actual = gold.get(name), got.get(name)
            if expected is not None and actual is not None and fold(expected) == fold(actual):
                self.tp += 1
                continue
            self.fp += actual is not None
            self.fn += expected is not None
            if expected != actual:
                self.per_field[name] += 1
                self.errors.append((*where, name, expected, actual))
