"""The labeller's tokenizer (offsets, CJK runs) and features on hand-checked examples."""

from __future__ import annotations

import re

import pytest
import regex

from cite.refs.labeller.corpus import token_labels
from cite.refs.labeller.features import token_features
from cite.refs.labeller.tokens import TOKEN, WESTERN, WESTERN_TEXT, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poole, David (1988).", ["Poole", ",", "David", "(", "1988", ")", "."]),
        ("J Neurosurg 2001; 95: 233-41", ["J", "Neurosurg", "2001", ";", "95", ":", "233", "-", "41"]),
        ("O’Neill, Jean-Paul", ["O’Neill", ",", "Jean-Paul"]),
        ("王凯主编. 外交思想探析[D].", ["王凯", "主编", ".", "外交思想探析", "[", "D", "]", "."]),
        ("2019年第3期", ["2019", "年", "第", "3", "期"]),
        (
            "[美]约翰·米尔斯海默著，王义桅译：《大国政治的悲剧》",
            ["[", "美", "]", "约翰", "·", "米尔斯海默", "著", "，", "王义桅", "译", "：", "《", "大国政治的悲剧", "》"],
        ),
        ("カザフスタンの外交 (東京: 岩波書店", ["カザフスタンの外交", "(", "東京", ":", "岩波書店"]),
        ("See https://doi.org/10.1000/x.y. Next", ["See", "https://doi.org/10.1000/x.y", ".", "Next"]),
        ("doi:10.1234/abc.", ["doi", ":", "10.1234/abc", "."]),
        ("Иванов И. И. // Вестник. С. 12", ["Иванов", "И", ".", "И", ".", "/", "/", "Вестник", ".", "С", ".", "12"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [word for word, _, _, _ in tokens] == expected
    assert all(text[start:end] == word for word, start, end, _ in tokens)


def test_western_characters_are_classed_alike_by_both_engines() -> None:
    """Every character of the stdlib fast path is a letter, digit or space to `re` exactly when it is one to
    `regex` (their Unicode versions differ: Armenian "\u0558" is a letter to one only), and none is CJK, a
    combining mark or a numeral like "²" or "①", which `TOKEN` reads otherwise."""
    pairs = [(r"[^\W\d_]", r"[\p{L}\p{M}]"), (r"\d", r"\d"), (r"\s", r"\s")]
    singles = [(re.compile(a), regex.compile(b)) for a, b in pairs]
    others = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆\p{M}\p{No}\p{Nl}]")
    members = [chr(c) for c in range(0x30000) if WESTERN_TEXT.fullmatch(chr(c))]
    assert 1500 < len(members) < 3000 and "№" in members and "Ә" in members and "²" not in members
    for char in members:
        assert not others.match(char), hex(ord(char))
        assert all(bool(a.match(char)) == bool(b.match(char)) for a, b in singles), hex(ord(char))
    assert WESTERN.startswith("\t\n\r")


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. “Title,” Journal 12, no. 3 (2019): 45–47, https://doi.org/10.1000/x.y.",
        "Иванов И. И. История. — М.: Наука, 2019. — 320 с. № 5 — Қазақстан әлемі",
        "O’Neill, Jean-Paul; Ångström's www.example.org/a 10.1234/abc.",
    ],
)
def test_western_texts_get_the_tokens_of_the_full_pattern(text: str) -> None:
    assert WESTERN_TEXT.fullmatch(text)
    assert tokenize(text) == [(m.group(), m.start(), m.end(), m.lastgroup) for m in TOKEN.finditer(text)]


def test_token_labels_take_the_span_covering_most_of_the_token() -> None:
    text = "Smith, J. (2001). Title."
    spans = ((0, 9, "author"), (11, 15, "date"), (18, 23, "title"))
    assert token_labels(tokenize(text), spans) == [
        "author",
        "author",
        "author",
        "author",
        "other",
        "date",
        "other",
        "other",
        "title",
        "other",
    ]


def test_features_see_shape_lexicons_brackets_italics_and_neighbours() -> None:
    text = "Roe, J. “Water,” Journal of Studies 12 (2020). London: Routledge, 2019. [J] 出版社"
    tokens = tokenize(text)
    italic = ((text.index("Journal"), text.index(" 12")),)
    feats = {t[0]: f for t, f in zip(tokens, token_features(tokens, text, italic), strict=True)}
    initial, code = (f for t, f in zip(tokens, token_features(tokens, text, italic), strict=True) if t[0] == "J")
    assert "sh=Xx" in feats["Roe"] and "BOS" in feats["Roe"]
    assert "initial" in initial and "a=." in initial and "code" not in initial
    assert "code" in code and "in=b" in code
    assert "in=q" in feats["Water"]
    assert "ital" in feats["Journal"] and "lex=jour" in feats["Journal"] and "ital" not in feats["12"]
    assert "year" in feats["2020"] and "in=p" in feats["2020"] and "sh=d4" in feats["2020"]
    assert "lex=place" in feats["London"] and "lex=pub" in feats["Routledge"]
    assert "year2" in feats["2019"]
    assert "-1:w=:" in feats["Routledge"] and "1:w=," in feats["Routledge"]
    assert "end=pub" in feats["出版社"] and "EOS" in feats["出版社"]
