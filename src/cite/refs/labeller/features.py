"""Token features for the reference labeller: ones that carry over to styles never seen in training.

Each token gets its own features (lower-cased form, shape, script, length, affixes, lexicon hits, what
punctuation touches it, where it stands in the string, italics, whether it is inside quotes, brackets or
《》) and a few of its neighbours' (±2 tokens), as crfsuite string features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from cite.refs.labeller.tokens import Token

#: Lexicons, lower-case, matched against a whole token (a CJK run also by its ending, see `_cjk_features`).
PUBLISHER_WORDS = frozenset(
    "press university universität université verlag publishers publisher publishing publications books "
    "wiley springer elsevier routledge sage brill palgrave macmillan penguin taylor francis blackwell "
    "cambridge oxford harvard yale princeton mit chicago columbia cornell stanford norton random house "
    "academic inc ltd co llc gmbh издательство изд наука просвещение юрайт мысль прогресс баспасы"
    " 出版社 书局 书店 出版公司 印书馆 出版集团 大学出版社".split()
)
PLACE_WORDS = frozenset(
    "london new york oxford cambridge boston chicago paris berlin moscow москва м санкт-петербург спб "
    "ленинград киев алматы алма-ата астана нур-султан ташкент бишкек минск washington dc ma ny ca "
    "princeton amsterdam leiden rotterdam heidelberg dordrecht singapore tokyo beijing shanghai abingdon "
    "chichester hoboken thousand oaks basingstoke westport lanham stanford hamburg münchen wien "
    "北京 上海 天津 南京 武汉 广州 长沙 成都 西安 杭州 香港 台北 济南 沈阳 乌鲁木齐 东京 大阪 京都".split()
)
JOURNAL_WORDS = frozenset(
    "journal review studies quarterly bulletin annals proceedings transactions letters magazine science "
    "research affairs politics economics international history society law zeitschrift revue "
    "вестник журнал известия вопросы проблемы записки обозрение мировая экономика хабаршысы жаршысы "
    "学报 研究 论坛 评论 杂志 月刊 季刊 丛刊 学刊 日报 时报".split()
)
EDITOR_WORDS = frozenset(
    "ed ed. eds eds. edited editor editors edn comp compiled hrsg hg ред ред. сост сост. под 编 编著 主编 合编".split()
)
TRANSLATOR_WORDS = frozenset("trans trans. translated translator tr übers пер пер. 译 编译 翻译".split())
AUTHOR_WORDS = frozenset("by 著 等著 撰 校".split())
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec spring summer autumn fall winter января февраля марта апреля мая июня "
    "июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь "
    "октябрь ноябрь декабрь".split()
)
PAGE_WORDS = frozenset("p pp page pages s с стр 页 第 페이지".split())
VOLUME_WORDS = frozenset("vol vols volume no nos number issue iss n т том вып выпуск № 卷 期 辑 册 号".split())
GENRE_WORDS = frozenset(
    "thesis dissertation diss phd ph.d ma msc report working paper preprint unpublished manuscript "
    "диссертация дис автореф канд докт 学位论文 博士学位论文 硕士学位论文 博士论文 硕士论文 报告".split()
)
IBID_WORDS = frozenset("ibid ibidem id op cit loc там же 同上 前引 同前 上引".split())
CONNECTIVE_WORDS = frozenset("in and & et al. al et и в // available online from at accessed retrieved".split())
LEXICONS = (
    ("pub", PUBLISHER_WORDS),
    ("place", PLACE_WORDS),
    ("jour", JOURNAL_WORDS),
    ("ed", EDITOR_WORDS),
    ("tr", TRANSLATOR_WORDS),
    ("by", AUTHOR_WORDS),
    ("month", MONTH_WORDS),
    ("pagew", PAGE_WORDS),
    ("volw", VOLUME_WORDS),
    ("genre", GENRE_WORDS),
    ("ibid", IBID_WORDS),
    ("conn", CONNECTIVE_WORDS),
)
#: CJK run endings that name what the run is: "…出版社" a publisher, "…学报" a journal, "…大学" a university.
CJK_ENDINGS = (
    ("pub", ("出版社", "书局", "书店", "印书馆", "出版公司", "出版集团", "出版")),
    ("univ", ("大学", "学院", "研究所", "研究院", "研究中心")),
    ("jour", ("学报", "杂志", "月刊", "季刊", "学刊", "论丛", "丛刊", "研究", "评论", "论坛")),
    ("news", ("日报", "时报", "晚报", "报")),
    ("genre", ("学位论文", "论文", "报告")),
    ("site", ("网", "网站", "官网")),
)
#: A GB/T 7714 type code: "[J]", "[M]", "[D]", "[EB/OL]", "[C]//".
TYPE_CODE = regex.compile(r"\[[A-Z]{1,2}(?:/OL)?\]")
#: Character classes for a token's shape: "Smith" -> "Xx", "J." -> "X", "2019" -> "d4", "Vol" -> "Xx".
SHAPE_UPPER = regex.compile(r"\p{Lu}+")
SHAPE_LOWER = regex.compile(r"\p{Ll}+")
SHAPE_DIGIT = regex.compile(r"\d+")
#: Opening and closing marks whose inside matters: quotes, brackets, 《》.
OPEN_CLOSE = {
    "“": ("q", "”"),
    "«": ("q", "»"),
    "„": ("q", "“"),
    "(": ("p", ")"),
    "（": ("p", "）"),
    "[": ("b", "]"),
    "【": ("b", "】"),
    "《": ("t", "》"),
    "「": ("t", "」"),
    "『": ("t", "』"),
}
POSITION_BINS = 8
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
CYRILLIC = regex.compile(r"\p{Cyrillic}")
LATIN = regex.compile(r"\p{Latin}")


def _role(text: str) -> str:
    """ "ed" for an editor's role word ("eds.", "主编"), "tr" for a translator's ("trans.", "译"), else ""."""
    word = text.casefold().rstrip(".")
    return "ed" if word in EDITOR_WORDS else "tr" if word in TRANSLATOR_WORDS else ""


def _script(text: str, kind: str) -> str:
    """The script of a token: latin, cyr, han, kana, digit, mark, other."""
    char = text[0]
    if kind in ("url", "doi", "number", "unit", "suffix", "mark"):
        return kind
    if kind == "cjk":
        return "kana" if KANA.search(text) else "han"
    if CYRILLIC.match(char):
        return "cyr"
    if LATIN.match(char):
        return "latin"
    return "other"


def _shape(text: str) -> str:
    """A compressed shape: "Smith" -> "Xx", "McGill" -> "XxXx", "USA" -> "X", "2019" -> "d4"."""
    if text.isdigit():
        return f"d{min(len(text), 5)}"
    shape = SHAPE_DIGIT.sub("d", SHAPE_LOWER.sub("x", SHAPE_UPPER.sub("X", text)))
    return shape[:6]


def _cjk_features(text: str) -> list[str]:
    out = [f"clen={min(len(text), 12)}", f"c1={text[0]}", f"cz={text[-1]}", f"cz2={text[-2:]}"]
    if len(text) <= 4:
        out.append(f"w={text}")
    for name, endings in CJK_ENDINGS:
        if text.endswith(endings):
            out.append(f"end={name}")
    return out


#: Words that open a container ("in", "In:", "载", "//", "В кн."): what follows is more likely its title.
CONTAINER_CUES = frozenset({"in", "载", "见", "/", "в", "кн", "dans", "im"})
#: How many tokens away a role word ("ed.", "trans.", "编") still marks the names beside it.
ROLE_REACH = 6
#: Neighbour offsets whose features a token also gets.
WINDOW = (-2, -1, 1, 2)
#: Per `WINDOW` offset, what a neighbour there sees of a word in italics, besides the word: "-1:ital".
ITALIC_NEAR = tuple(f"{offset}:ital" for offset in WINDOW)


class _Word(NamedTuple):
    """What a token's text and kind alone decide, worked out once per distinct word (`_word`)."""

    own: tuple[str, ...]  # its own features
    near: tuple[tuple[str, ...], ...]  # per `WINDOW` offset, what a neighbour there sees of it ("-1:w=press")
    near_italic: tuple[tuple[str, ...], ...]  # the same when it is in italics (plus "-1:ital")
    role: str  # `_role`: "ed", "tr" or ""
    cue: bool  # a `CONTAINER_CUES` word
    year: bool  # the "year" feature is among `own`
    initial: bool  # a short capitalised word, an initial when a full stop follows ("J.")


@lru_cache(maxsize=1 << 16)
def _word(text: str, kind: str) -> _Word:
    """What a token's text alone decides: its own features and, per offset, what its neighbours see of it."""
    word = text.casefold()
    script = _script(text, kind)
    shape = _shape(text)
    feats = [f"s={script}", f"sh={shape}"]
    near = [f"s={script}", f"sh={shape}"]
    if kind == "cjk":
        feats += _cjk_features(text)
        near.append(f"cz={text[-1]}")
    elif kind not in ("url", "doi"):
        feats.append(f"w={word}")
        near.append(f"w={word}")
        if len(word) > 3 and script in ("latin", "cyr", "other"):
            feats += [f"p3={word[:3]}", f"s3={word[-3:]}", f"len={min(len(word), 10)}"]
    if kind == "number":
        value = int(text) if len(text) < 6 else 0
        if 1500 <= value <= 2039:
            feats.append("year")
            near.append("year")
        elif value < 20:
            feats.append("small")
    for name, lexicon in LEXICONS:
        if word in lexicon or word.rstrip(".") in lexicon:
            feats.append(f"lex={name}")
            near.append(f"lex={name}")
    seen = tuple(tuple(f"{offset}:{f}" for f in near) for offset in WINDOW)
    return _Word(
        own=tuple(feats),
        near=seen,
        near_italic=tuple((*features, italic) for features, italic in zip(seen, ITALIC_NEAR, strict=True)),
        role=_role(text),
        cue=word in CONTAINER_CUES,
        year="year" in feats,
        initial=kind == "word" and len(text) <= 2 and text[0].isupper(),
    )


@lru_cache(maxsize=1 << 16)
def _encoded_word(text: str, kind: str) -> _Word:
    """`_word` with its features as UTF-8 bytes, which the tagger reads as they are (a str it encodes first)."""
    word = _word(text, kind)
    return word._replace(
        own=_encoded(word.own),
        near=tuple(map(_encoded, word.near)),
        near_italic=tuple(map(_encoded, word.near_italic)),
    )


def _encoded(features: tuple[str, ...]) -> tuple[bytes, ...]:
    return tuple(feature.encode() for feature in features)


class Literals(NamedTuple):
    """The features `token_context` gives, as str, as UTF-8 bytes (`encoded`) or as the decoder's weight rows."""

    edge: tuple  # what the first and last tokens get for a missing neighbour, per `WINDOW` offset ("-1:edge")
    positions: tuple  # "pos=0" … "pos=7"
    before: dict  # the character before a token -> "b=(" ("b=_" for a space), filled as characters come
    after: dict  # the same after it: "a=."
    role: dict  # ("ed", "after") -> "ed_after": a role word within reach after (or before) the token
    inside: dict  # an open mark's kind -> "in=q" (quotes), "in=p", "in=b", "in=t" (《》)
    after_in: str | bytes
    year2: str | bytes
    initial: str | bytes
    ital: str | bytes
    ital_edge: str | bytes
    code: str | bytes
    close: str | bytes
    bos: str | bytes
    eos: str | bytes
    convert: Callable  # how a feature string becomes this form (for the characters not yet in `before`/`after`)


def literals(convert: Callable) -> Literals:
    """The context features written by `convert` (str, str.encode, or a feature's row in the decoder's weights)."""
    return Literals(
        edge=tuple((convert(f"{offset}:edge"),) if offset in (-1, 1) else () for offset in WINDOW),
        positions=tuple(convert(f"pos={bin}") for bin in range(POSITION_BINS)),
        before={" ": convert("b=_")},
        after={" ": convert("a=_")},
        role={(kind, side): convert(f"{kind}_{side}") for kind in ("ed", "tr") for side in ("after", "before")},
        inside={kind: convert(f"in={kind}") for kind, _ in OPEN_CLOSE.values()},
        **{name: convert(value) for name, value in LITERAL_NAMES.items()},
        convert=convert,
    )


#: The fixed context features by their `Literals` name.
LITERAL_NAMES = {
    "after_in": "after_in",
    "year2": "year2",
    "initial": "initial",
    "ital": "ital",
    "ital_edge": "ital_edge",
    "code": "code",
    "close": "close",
    "bos": "BOS",
    "eos": "EOS",
}
#: The literals as str and as bytes, indexed by `encoded`.
LITERALS = (literals(str), literals(str.encode))
#: How far the window reaches either side: the views of the tokens are padded with that many edges.
REACH = max(abs(offset) for offset in WINDOW)
#: Per `WINDOW` offset, its slot and where the neighbour stands, from the token, in the padded views.
SLOTS = tuple((slot, offset + REACH) for slot, offset in enumerate(WINDOW))


def token_features(
    tokens: Sequence[Token], text: str, italic: Sequence[tuple[int, int]] = (), encoded: bool = False
) -> list[list]:
    """The crfsuite features of each token of `text` (own features plus ±2 neighbours'); `encoded`: as UTF-8
    bytes, which the tagger takes a quarter faster than str (it encodes each one), the same features.

    Built for speed: per-word work is cached in `_word`; the features, and their order, are those of the plain
    version, which tests/refs/labeller/test_features_guard.py holds it to."""
    literal = LITERALS[encoded]
    word_of = _encoded_word if encoded else _word
    words = [word_of(token_text, kind) for token_text, _, _, kind in tokens]
    context, italics = token_context(tokens, text, italic, words, literal)
    own = [[*word.own, *features] for word, features in zip(words, context, strict=True)]
    pad = [literal.edge] * REACH
    views = [word.near_italic if in_italic else word.near for word, in_italic in zip(words, italics, strict=True)]
    seen = [*pad, *views, *pad]  # per token, what its neighbours see of it, padded
    for slot, at in SLOTS:  # slot by slot over all tokens: each token still gets them in `WINDOW` order
        for feats, neighbour in zip(own, seen[at:], strict=False):  # the views run on past the last token
            feats.extend(neighbour[slot])
    return own


def token_context(
    tokens: Sequence[Token], text: str, italic: Sequence[tuple[int, int]], words: Sequence[_Word], literal: Literals
) -> tuple[list[list], list[bool]]:
    """Each token's features from its context (all but its word's own and its neighbours', which `_word` gives),
    as `literal` writes them (str, bytes, or the decoder's attribute rows), and whether it is in italics.

    The definition of the context features: `token_features` writes them with it; the batch decoder (decode.py)
    works the same ones out for a whole chunk with numpy, held to this by tests/refs/labeller/test_decode.py."""
    n = len(tokens)
    codes = [(m.start(), m.end()) for m in TYPE_CODE.finditer(text)] if "[" in text else []
    context: list[list] = []
    italics: list[bool] = []
    stack: list[str] = []  # the kinds of the marks open here ("q", "p" …) and the closers they wait for
    closers: list[str] = []
    inside_now: list = []  # the "in=" features of the open marks, worked out when one opens or closes
    year_seen = False
    roles = [(i, word.role) for i, word in enumerate(words) if word.role]
    container_cue = next((i for i, word in enumerate(words) if word.cue), n)
    length = len(text)
    was_italic = False
    positions, before_of, after_of, convert = literal.positions, literal.before, literal.after, literal.convert
    after_in, inside = literal.after_in, literal.inside
    has_italic = bool(italic)
    for index, ((token_text, start, end, _), word) in enumerate(zip(tokens, words, strict=True)):
        feats = [positions[index * POSITION_BINS // n]]
        if index > container_cue:
            feats.append(after_in)
        for role, kind in roles:
            if 0 < role - index <= ROLE_REACH:
                feats.append(literal.role[kind, "after"])
            elif 0 < index - role <= ROLE_REACH:
                feats.append(literal.role[kind, "before"])
        if word.year:
            if year_seen:
                feats.append(literal.year2)
            year_seen = True
        before = text[start - 1] if start else "^"
        after = text[end] if end < length else "$"
        feats.append(before_of.get(before) or before_of.setdefault(before, convert(f"b={before}")))
        feats.append(after_of.get(after) or after_of.setdefault(after, convert(f"a={after}")))
        if word.initial and after == ".":
            feats.append(literal.initial)
        if has_italic:
            in_italic = any(a <= start and end <= b for a, b in italic)
            if in_italic:
                feats.append(literal.ital)
            if in_italic != was_italic:
                feats.append(literal.ital_edge)  # italics start or end here: a field boundary
            was_italic = in_italic
            italics.append(in_italic)
        if codes and any(a <= start and end <= b for a, b in codes):
            feats.append(literal.code)
        if closers and token_text == closers[-1]:
            closers.pop()
            stack.pop()
            feats.append(literal.close)
            inside_now = [inside[kind] for kind in dict.fromkeys(stack)]  # in order: a deterministic model
        if inside_now:
            feats.extend(inside_now)
        if token_text in OPEN_CLOSE and len(stack) < 4:
            kind, closer = OPEN_CLOSE[token_text]
            stack.append(kind)
            closers.append(closer)
            inside_now = [inside[kind] for kind in dict.fromkeys(stack)]
        context.append(feats)
    if n:
        context[0].append(literal.bos)
        context[-1].append(literal.eos)
    return context, italics if has_italic else [False] * n
