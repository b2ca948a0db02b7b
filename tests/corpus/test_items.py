"""Generated items: deterministic for a seed, of every type and language, valid CSL-JSON for citeproc."""

from __future__ import annotations

import pytest

pytest.importorskip("faker", reason="Faker builds the generated items (pip install -e '.[test]')")

from tools.corpus.items import TYPES, ItemMaker

WEIGHTS = {"en": 1, "zh": 1, "ru": 1, "kk": 1, "ja": 1, "mixed": 1}


def test_the_same_seed_gives_the_same_items_and_another_seed_others():
    first = ItemMaker(11).items("item", 30, WEIGHTS)
    assert first == ItemMaker(11).items("item", 30, WEIGHTS)
    assert first != ItemMaker(12).items("item", 30, WEIGHTS)


def test_items_cover_every_type_and_language_with_the_fields_their_type_needs():
    drawn = ItemMaker(5).items("item", 400, WEIGHTS)
    types = {item["type"] for item, _ in drawn}
    assert types == (set(TYPES) - {"edited-book"}) | {"book"}
    assert {lang for _, lang in drawn} == set(WEIGHTS)
    for item, lang in drawn:
        assert item["title"] and item["language"]
        if item["type"] == "chapter":
            assert item["container-title"] and item["editor"] and item["page"]
        if item["type"] == "webpage":
            assert item["URL"].startswith("https://") and item["accessed"]["date-parts"][0][0] >= 2018
        if lang == "zh" and "author" in item:
            assert all(len(name["family"]) <= 2 for name in item["author"])  # Chinese family names
    assert any("translator" in item for item, _ in drawn)
    science = [item for item, _ in drawn if "container-title-short" in item]
    assert science and all(item["type"] == "article-journal" and item["language"] == "en-US" for item in science)
    assert any(item.get("container-title-short") == "Phys. Rev. B" for item, _ in ItemMaker(1).items("i", 1500, {"en": 1}))
    assert any("：" in item["title"] for item, lang in drawn if lang == "zh")
