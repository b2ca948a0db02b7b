"""Regression floors for the reference parser's field-level F1 (scored by bench/accuracy.py).

The held-out floors are the F1 measured when this test was written, rounded down to the nearest 0.05:
raise a floor when the parser gets better, never lower it to make a change pass.
`.venv/bin/python bench/accuracy.py --errors` lists what is still wrong.
"""

from __future__ import annotations

import pytest

from bench.accuracy import heldout_scores, pooled, seed_score

# Measured F1 (precision, recall) with the default rendering-aware expectations:
#   chicago-fullnote-bibliography                0.747 (P 0.936, R 0.622)  -> floor 0.70
#   chicago-fullnote-bibliography-with-ibid      0.762 (P 0.937, R 0.643)  -> floor 0.75
#   modern-humanities-research-association       0.777 (P 0.809, R 0.748)  -> floor 0.75
#   china-national-standard-gb-t-7714-2015-note  0.836 (P 0.913, R 0.771)  -> floor 0.80
#   held-out overall (pooled counts)             0.781 (P 0.892, R 0.695)  -> floor 0.75
#   seeds (tests/gold/seeds.jsonl)               0.998 (P 0.997, R 0.998)  -> required 0.95
FLOORS = {
    "chicago-fullnote-bibliography": 0.70,
    "chicago-fullnote-bibliography-with-ibid": 0.75,
    "modern-humanities-research-association": 0.75,
    "china-national-standard-gb-t-7714-2015-note": 0.80,
}
OVERALL_FLOOR = 0.75
SEED_FLOOR = 0.95


@pytest.fixture(scope="module")
def scores() -> dict:
    return heldout_scores()


def test_seed_f1_at_least_095() -> None:
    score = seed_score()
    assert score.f1 >= SEED_FLOOR, score.errors[:20]


@pytest.mark.parametrize("style", sorted(FLOORS))
def test_heldout_style_f1_at_least_floor(scores: dict, style: str) -> None:
    score = scores[style]
    assert score.f1 >= FLOORS[style], (round(score.f1, 3), score.per_field.most_common(), score.errors[:20])


def test_heldout_overall_f1_at_least_floor(scores: dict) -> None:
    assert set(scores) == set(FLOORS)
    assert pooled(list(scores.values())).f1 >= OVERALL_FLOOR
