"""Citation keys: stable, readable, unique BibTeX keys such as `zhou2024zhuiqiu` or `safranchuk2022dilemma`.

A key is the family name of the first author (of an edited book with no author, the first editor), the year, and
the first significant word of the title,
transliterated to lowercase ASCII with anyascii (周明 -> "zhou", Сафранчук -> "safranchuk"; of a Chinese
title the first two characters, 追求 -> "zhuiqiu"). An organisation gives its first word (a Chinese
one its first two characters). Without an author the key starts with the title word; without a year
the year is left out. Equal keys get a, b, c … in input order: the first keeps the plain key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex
from anyascii import anyascii

from cite.model import Reference

# The writers' name rule (organisation or person, which word is the family name), so keys and exports agree.
from cite.names import HAN, NAME_DOT, is_chinese, is_organisation, split

#: A word of a title or name: a run of Chinese characters or of other letters: "追求", "Dilemma", "Азия".
WORD = re.compile(rf"[{HAN}]+|[^\W\d_{HAN}]+")

#: A four-digit year: "2024", also inside "2024a".
YEAR = re.compile(r"\d{4}")

#: What is left of a word after transliteration: "Tsentral'naya" -> "tsentralnaya".
NOT_KEY = re.compile(r"[^a-z0-9]")

#: Two-character Chinese surnames; every other Chinese surname is one character.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 司徒 东方 夏侯 皇甫 尉迟 公孙 慕容 长孙 宇文 令狐 端木 独孤 南宫 西门 轩辕 呼延".split()
)

#: Title words that say nothing about the work (English and Russian).
STOPWORDS = frozenset(
    "a an the of on in and or for to at by with from as is are its into about towards "
    "о об в во и или на с со к ко по для от из у за как".split()
)

#: The key of a reference with neither author nor title.
ANONYMOUS = "anon"


def citation_keys(references: Sequence[Reference]) -> list[str]:
    """One unique key per reference, in input order."""
    keys: list[str] = []
    used: set[str] = set()
    # keys are only ever added, so a base's smallest free suffix never goes down: resume from the last one
    # (10,000 pages of one site with no year would otherwise try 50 million keys)
    next_suffix: dict[str, int] = {}
    for reference in references:
        base = base_key(reference)
        n = next_suffix.get(base, 0)
        key = base + _letters(n)
        while key in used:
            n += 1
            key = base + _letters(n)
        next_suffix[base] = n
        used.add(key)
        keys.append(key)
    return keys


#: The name of a site in a URL: "https://www.akorda.kz/en/…" -> "akorda".
SITE = regex.compile(r"^(?:https?://)?(?:www\d?\.)?(?P<site>[^/.:]+)")


def base_key(reference: Reference) -> str:
    """The key before deduplication: family + year + title word (a web page with neither: its site)."""
    title = title_word(reference.title) or title_word(reference.container_title)
    if not title and reference.url and (site := SITE.match(reference.url)):
        title = _ascii(site["site"])
    people = reference.author or reference.editor  # an edited book is keyed by its editor, as BibTeX styles sort it
    family = family_word(people[0]) if people else ""
    year = YEAR.search(reference.year)
    parts = [family or title, year[0] if year else "", title if family else ""]
    return "".join(parts) or ANONYMOUS


def family_word(name: str) -> str:
    """The transliterated family name of a person, or the first word of an organisation."""
    name = " ".join(name.split())
    if is_chinese(name):
        if is_organisation(name):
            return _ascii(_han_start(name))
        if NAME_DOT.search(name):  # a foreign name in Chinese: 亨利·基辛格 -> 基辛格
            return _ascii(NAME_DOT.split(name)[-1])
        return _ascii(name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1])
    if is_organisation(name):
        words = WORD.findall(name)
        return _ascii(words[0]) if words else ""
    words = WORD.findall(split(name).family or split(name).literal)
    return _ascii(words[-1]) if words else ""


def title_word(title: str) -> str:
    """The first significant word of a title; of a Chinese title its first two characters."""
    for word in WORD.findall(title):
        if is_chinese(word):
            return _ascii(word[:2])
        if word.casefold() not in STOPWORDS:
            return _ascii(word)
    return ""


def _han_start(text: str) -> str:
    """The first two Chinese characters of a text: "中国社会科学院" -> "中国"."""
    return next((w[:2] for w in WORD.findall(text) if is_chinese(w)), "")


def _ascii(text: str) -> str:
    return NOT_KEY.sub("", anyascii(text).lower())


def _letters(n: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa"."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out
