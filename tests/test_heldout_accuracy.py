"""Regression floors for the reference parser's field-level F1 (scored by bench/accuracy.py).

The style fixtures (tests/fixtures/styles/) were held out when first measured and have since been used to
improve the parser, so they are now a development set; the untouched held-out set is tests/fixtures/heldout/.
Floors are the F1 measured, rounded down to the nearest 0.05: raise a floor when the parser gets better,
never lower it to make a change pass.
`.venv/bin/python bench/accuracy.py --set styles --errors` lists what is still wrong on the development set.
Do not list or read the held-out set's errors while working on the parser (tests/fixtures/heldout/README.md).
"""

from __future__ import annotations

import pytest

from bench.accuracy import ZH_JOURNAL_DIR, heldout_scores, pooled, review_scores, seed_score

# Measured F1 (precision, recall) with the default rendering-aware expectations.
# First measurement (before any tuning): Chicago 0.747, Chicago+Ibid 0.762, MHRA 0.777, GB/T 0.836, all 0.781.
# Now:
#   chicago-fullnote-bibliography                0.993 (P 0.992, R 0.994)  -> floor 0.95
#   chicago-fullnote-bibliography-with-ibid      1.000 (P 1.000, R 1.000)  -> floor 0.95
#   modern-humanities-research-association       0.968 (P 0.965, R 0.971)  -> floor 0.95
#   china-national-standard-gb-t-7714-2015-note  0.988 (P 0.994, R 0.982)  -> floor 0.95
#   all four (pooled counts)                     0.987 (P 0.988, R 0.987)  -> floor 0.95
#   seeds (tests/gold/seeds.jsonl)               0.998 (P 0.997, R 0.998)  -> required 0.95
# With the reference labeller reading what no exact rule cue claims (issue 8, commit of this line):
#   chicago-fullnote-bibliography 0.967, with-ibid 0.970, MHRA 0.939, GB/T 0.988, pooled 0.966, seeds 0.994.
#   MHRA's floor went down from 0.95 to 0.90: the Western rules were tuned on this very set, the labeller never
#   saw these styles; the decision was made on styles neither had seen (bench/labeller.py, README).
FLOORS = {
    "chicago-fullnote-bibliography": 0.95,
    "chicago-fullnote-bibliography-with-ibid": 0.95,
    "modern-humanities-research-association": 0.90,
    "china-national-standard-gb-t-7714-2015-note": 0.95,
}
OVERALL_FLOOR = 0.95
SEED_FLOOR = 0.95


# The untouched held-out set (tests/fixtures/heldout/), first measurement (parser at commit 708d40c), default
# rendering-aware expectations:
#   chicago-fullnote-bibliography                0.951 (P 0.948, R 0.953)  -> floor 0.95
#   modern-humanities-research-association       0.917 (P 0.915, R 0.919)  -> floor 0.90
#   china-national-standard-gb-t-7714-2015-note  0.973 (P 0.986, R 0.960)  -> floor 0.95
#   oscola                                       0.632 (P 0.820, R 0.514)  -> floor 0.60
#   new-harts-rules-the-oxford-style-guide       0.849 (P 0.893, R 0.810)  -> floor 0.80
#   all five (pooled counts)                     0.877 (P 0.921, R 0.838)  -> floor 0.85
# With the reference labeller (issue 8): Chicago 0.919, MHRA 0.903, GB/T 0.973, OSCOLA 0.807, New Hart's 0.885,
# pooled 0.900. Chicago's and MHRA's floors went down (0.95 -> 0.90, 0.90 -> 0.85): the rules were tuned on their
# development twins; OSCOLA's and New Hart's went up. Merged with the locator post-pass (page and locator scored
# apart), OSCOLA measures 0.775 (its "77, 80" first page then pinpoint is not split): floor 0.75, up from 0.60.
# After the new-user review of 2026-12-01 (tests/refs/test_review.py): Chicago 0.939, MHRA 0.934, GB/T 0.975,
# OSCOLA 0.817, New Hart's 0.896, pooled 0.914: MHRA's floor back up to 0.90, OSCOLA's to 0.80, pooled to 0.90.
HELDOUT_FLOORS = {
    "chicago-fullnote-bibliography": 0.90,
    "modern-humanities-research-association": 0.90,
    "china-national-standard-gb-t-7714-2015-note": 0.95,
    "oscola": 0.80,
    "new-harts-rules-the-oxford-style-guide": 0.85,
}
HELDOUT_OVERALL_FLOOR = 0.90


@pytest.fixture(scope="module")
def scores() -> dict:
    return heldout_scores("styles")


@pytest.fixture(scope="module")
def heldout() -> dict:
    return heldout_scores("heldout")


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


# Held-out set: the failure message gives only the F1 and the per-field error counts, never the mismatches,
# so that a failing run does not show the parser's authors what to tune (see tests/fixtures/heldout/README.md).
@pytest.mark.parametrize("style", sorted(HELDOUT_FLOORS))
def test_untouched_heldout_style_f1_at_least_floor(heldout: dict, style: str) -> None:
    score = heldout[style]
    assert score.f1 >= HELDOUT_FLOORS[style], (round(score.f1, 3), score.per_field.most_common())


def test_untouched_heldout_overall_f1_at_least_floor(heldout: dict) -> None:
    assert set(heldout) == set(HELDOUT_FLOORS)
    assert pooled(list(heldout.values())).f1 >= HELDOUT_OVERALL_FLOOR


# The development set again as `pandoc -t plain` prints it (tests/fixtures/styles-plain/: no italics, notes as a
# closing "[n] …" list). Measured F1 when added: 0.940 pooled; now 0.978 -> floor 0.95.
PLAIN_FLOOR = 0.95


def test_plain_text_development_set_f1_at_least_floor() -> None:
    scores = heldout_scores("styles-plain")
    assert pooled(list(scores.values())).f1 >= PLAIN_FLOOR, {k: round(v.f1, 3) for k, v in scores.items()}


# The hand-typed review (tests/fixtures/review/, held out like the set above: only scores in the message).
# First measured 2026-12-01 (with its scorer): .txt 0.734 (two lists typed one entry a line read as one entry),
# .md 0.873; after the review's fixes .txt 0.970, .md 0.979 -> floor 0.95 for both.
REVIEW_FLOOR = 0.95


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_hand_typed_review_f1_at_least_floor(suffix: str) -> None:
    scores = review_scores(suffix)
    assert pooled(list(scores.values())).f1 >= REVIEW_FLOOR, {k: round(v.f1, 3) for k, v in scores.items()}


# The same review, and the Chinese one, printed to PDF (tools/make_review_pdfs.py), on one LibreOffice and one
# XeLaTeX route (the other routes are in bench/accuracy.py --set review). Measured 2026-12-02: LibreOffice's page
# 0.982 (Chinese held-out 0.983), XeLaTeX in two columns 0.963 (Chinese 0.913), from 0.949 (0.937) and 0.632
# (0.808) before that day's PDF fixes -> floors 0.95 and 0.90. Headless Chromium's print of pandoc's HTML (a
# browser's header and footer, endnotes with back-links), measured the same day: 0.515 (Chinese 0.000) before the
# fixes of its first measurement, 0.982 (0.986) after -> floor 0.95. Only scores and notes found in the message.
PDF_REVIEW_FLOORS = {"lo": 0.95, "xelatex-columns": 0.90, "chromium": 0.95}


@pytest.mark.parametrize("route", sorted(PDF_REVIEW_FLOORS))
def test_hand_typed_review_as_pdf_f1_at_least_floor(route: str) -> None:
    from bench.accuracy import pdf_review_scores
    from tools.make_review_pdfs import missing

    if reason := missing(route):
        pytest.skip(f"{reason}; `make system-tools` installs it (as root, with apt-get)")
    documents = pdf_review_scores((route,))[route]
    western = pooled([paired.score for name, paired in documents.items() if not name.startswith("zh-")]).f1
    chinese = documents["zh-heldout"].score.f1
    found = {name: f"{paired.found}/{paired.expected}" for name, paired in documents.items()}
    assert min(western, chinese) >= PDF_REVIEW_FLOORS[route], (round(western, 3), round(chinese, 3), found)


# Chinese journals' notes and GB/T 7714 lists typed by hand (tests/fixtures/zh-journal/), scored like the review.
# First measured 2026-12-02: first batch 0.968, second batch 0.952; after their fixes 0.999 for both formats
# -> floor 0.95.
ZH_JOURNAL_FLOOR = 0.95


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_chinese_journal_notes_and_gbt_lists_f1_at_least_floor(suffix: str) -> None:
    scores = review_scores(suffix, ZH_JOURNAL_DIR, ZH_JOURNAL_DIR / "gold.jsonl")
    assert pooled(list(scores.values())).f1 >= ZH_JOURNAL_FLOOR, {k: round(v.f1, 3) for k, v in scores.items()}


# Forty Chinese-journal notes written by someone who read neither the parser nor the earlier fixtures
# (tests/fixtures/zh-check/). Measured 2026-12-02: first run .md 0.961 / .txt 0.954; 0.972 / 0.965 after nationality
# tags in 〔〕 were dropped -> floor 0.95. Only scores in the message: it stays held out.
ZH_CHECK_FLOOR = 0.95


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_held_out_chinese_journal_check_f1_at_least_floor(suffix: str) -> None:
    directory = ZH_JOURNAL_DIR.parent / "zh-check"
    scores = review_scores(suffix, directory, directory / "gold.jsonl")
    assert pooled(list(scores.values())).f1 >= ZH_CHECK_FLOOR, {k: round(v.f1, 3) for k, v in scores.items()}


# Forty-five western and Russian notes (Chicago, MHRA, GOST) and forty reference-list entries (APA, Harvard,
# Vancouver, IEEE, Chicago author-date) written blind (tests/fixtures/west-check/). First measured 2026-12-02:
# .txt 0.854, .md 0.936 -> floors 0.83 and 0.91. Fixed on it the same day (issue 8, branch westfix), so it is a
# development set now, no longer held out: .txt 0.982, .md 0.988 -> floors 0.96 and 0.96.
WEST_CHECK_FLOORS = {".txt": 0.96, ".md": 0.96}


@pytest.mark.parametrize("suffix", sorted(WEST_CHECK_FLOORS))
def test_held_out_western_notes_and_lists_check_f1_at_least_floor(suffix: str) -> None:
    directory = ZH_JOURNAL_DIR.parent / "west-check"
    scores = review_scores(suffix, directory, directory / "gold.jsonl")
    assert pooled(list(scores.values())).f1 >= WEST_CHECK_FLOORS[suffix], {k: round(v.f1, 3) for k, v in scores.items()}


# The second and third blind sets (tests/fixtures/west-check-2/, zh-check-2/, west-check-3/, zh-check-3/), written
# 2026-12-02 by helpers that read neither the parser nor the other fixtures. First runs: west-2 .txt 0.938 / .md
# 0.944, zh-2 0.955 / 0.959, west-3 0.887 / 0.884, zh-3 0.981 / 0.981. The first three were fixed on the same day (so
# development sets now: 0.973 / 0.990, 0.974 / 0.978, 0.938 / 0.942); zh-check-3 stays held out (only its scores
# are read, here too) -> floors a little under.
BLIND_CHECK_FLOORS = {
    ("west-check-2", ".txt"): 0.96,
    ("west-check-2", ".md"): 0.98,
    ("zh-check-2", ".txt"): 0.96,
    ("zh-check-2", ".md"): 0.96,
    ("west-check-3", ".txt"): 0.92,
    ("west-check-3", ".md"): 0.93,
    ("zh-check-3", ".txt"): 0.96,
    ("zh-check-3", ".md"): 0.96,
}


@pytest.mark.parametrize(("name", "suffix"), sorted(BLIND_CHECK_FLOORS))
def test_later_blind_checks_f1_at_least_floor(name: str, suffix: str) -> None:
    directory = ZH_JOURNAL_DIR.parent / name
    scores = review_scores(suffix, directory, directory / "gold.jsonl")
    assert pooled(list(scores.values())).f1 >= BLIND_CHECK_FLOORS[name, suffix], {k: round(v.f1, 3) for k, v in scores.items()}
