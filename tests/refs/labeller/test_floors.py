"""Regression floors for the labeller on real references it never trained on (tests/fixtures/labeller/).

The fixture holds 150 AnyStyle core.xml and 150 GROBID references from the fixed held-out share of the corpus
(tools/make_labeller_fixture.py); they are scored as bench/labeller.py scores the corpus. Floors are the
measured figures rounded down to the nearest 0.05; raise them when the model gets better, never lower them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.labeller import measure
from cite.refs import labeller
from cite.refs.labeller.corpus import read_corpus

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "labeller"
# Measured with the model of the commit that set them, reader "combined" (the rules alone: 0.367 / 0.067 and
# 0.197 / 0.013):  anystyle-core  F1 0.902, whole 0.540    grobid  F1 0.910, whole 0.713
FLOORS = {"anystyle-core": (0.90, 0.50), "grobid": (0.90, 0.70)}


@pytest.mark.skipif(not labeller.available(), reason="no trained model (make model)")
@pytest.mark.parametrize("source", sorted(FLOORS))
def test_real_heldout_references_at_least_floor(source: str) -> None:
    records = [r for r in read_corpus(FIXTURE) if r.source == source]
    total, _, _ = measure(records, "combined")
    f1_floor, whole_floor = FLOORS[source]
    assert total.refs == 150
    assert total.score.f1 >= f1_floor and total.accuracy >= whole_floor, (total.score.f1, total.accuracy)
