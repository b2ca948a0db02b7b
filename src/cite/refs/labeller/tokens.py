"""Reference strings -> tokens with character offsets, the unit the labeller labels.

Words (Latin, Cyrillic, Greek, with inner hyphens and apostrophes), numbers kept whole, URLs and DOIs whole,
every punctuation mark on its own, and runs of Chinese/Japanese characters split at punctuation, at digits,
before a role word closing the run ("王凯主编" -> "王凯" "主编") and at the unit characters beside a number
("2019年第3期" -> "2019" "年" "第" "3" "期"), so a field boundary falls between tokens.
"""

from __future__ import annotations

import re

import regex

#: CJK characters of a run: Han, kana, the iteration mark: "纳扎尔巴耶夫", "カザフスタン", "人々".
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}ー々〆"
#: Role and function words closing a CJK run: "主编", "编著", "译", "等", "著".
_CJK_SUFFIX = r"(?:主编|编著|编译|合编|等著|等编|等译|著|编|译|等|撰)"
#: The branches both patterns open with: a URL, a DOI, a number.
_URL_DOI_NUMBER = (
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:)\]>])"
    r"|(?P<doi>10\.\d{4,9}/[^\s<>\"“”]+[^\s<>\"“”.,;:)\]])"
    r"|(?P<number>\d+)"
)
#: One token, longest kinds first:
#:   URL "https://x.org/a", DOI "10.1000/xyz", number "2019", unit beside a number "第" "年" "页",
#:   a CJK role word closing a run "主编", a CJK run "纳扎尔巴耶夫外交思想探析", a word "O’Neill" "Jean-Paul" "Қазақстан",
#:   any other single visible character "." "《" "[".
TOKEN = regex.compile(
    _URL_DOI_NUMBER
    + rf"|(?P<unit>第(?=\s*\d)|[年月日期卷页号版辑册](?<=\d\s*.))"  # the character first: no look back at most places
    rf"|(?P<suffix>{_CJK_SUFFIX}(?=[^{_CJK}]|$))"
    rf"|(?P<cjk>[{_CJK}]+?(?={_CJK_SUFFIX}(?:[^{_CJK}]|$)|[^{_CJK}]|$))"
    r"|(?P<word>[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*)"
    r"|(?P<mark>\S)"
)


#: The characters on which stdlib `re` and `regex` agree, for `[^\W\d_]` as `[\p{L}\p{M}]`, `\d` and `\s`, and none of
#: which is a CJK character, a combining mark or a numeral other than a digit: ASCII, Latin-1 but "²³¹¼½¾", Latin
#: Extended, Greek, Cyrillic but its combining signs, Latin Extended Additional, Greek Extended, general punctuation,
#: currency signs, letterlike symbols ("№"). tests/refs/labeller/test_tokens_features.py checks every one.
WESTERN = "\t\n\r\x20-\x7e\xa0-\xb1\xb4-\xb8\xba\xbb\xbf-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u206f\u20a0-\u20bf\u2100-\u214f"
#: A text all of `WESTERN` characters: "Ivanov I. I. Istoriya. — M., 2019. — 320 s.", "Smith, J. “Title,” 45–47."
WESTERN_TEXT = re.compile(f"[{WESTERN}]*")
#: `TOKEN` for a `WESTERN_TEXT`, where its CJK branches cannot match, in stdlib `re`: twice as fast as `regex`
#: (about 18 µs a reference against 39, 2026-12-02), the same tokens.
WESTERN_TOKEN = re.compile(
    _URL_DOI_NUMBER
    + r"|(?P<word>[^\W\d_]+(?:['’\-‐][^\W\d_]+)*)"
    r"|(?P<mark>\S)"
)


#: One token: its text, its [start, end) offsets in the string and its kind (a `TOKEN` group name), as a plain
#: tuple: built a few dozen times per reference, it is a quarter cheaper to make than a named tuple (2026-12-02).
Token = tuple[str, int, int, str]


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` in order; whitespace is never a token (every branch of `TOKEN` is named)."""
    pattern = WESTERN_TOKEN if WESTERN_TEXT.fullmatch(text) else TOKEN
    return [(m.group(), m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]
