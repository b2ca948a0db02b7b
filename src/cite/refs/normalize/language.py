"""Language of a title from its script: ja (kana), zh (Han), kk (Cyrillic with Kazakh letters), ru, en; a Latin-script
title in German, French, Spanish, Italian, Portuguese or Turkish by its function words and letters (`OTHER_LATIN`).

A Japanese title written in kanji only (`北方領土問題`) has no kana and is read as zh.

A Latin-script title that is Russian transliterated (`Glava gosudarstva pozdravil diplomatov s
professional'nym prazdnikom`) is `ru`, not `en`: tagged English, styles title-case it as English.
"""

from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
#: Hiragana or katakana (not the prolonged-sound mark alone): "の" in "中央アジアの歴史", "カザフスタン".
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}--[ー・]]", regex.V1)
CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: Letters Kazakh has and Russian lacks: "ә ғ қ ң ө ұ ү һ і" (and the Latin schwa "ə" some fonts substitute).
KAZAKH = regex.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІə]")
LATIN = regex.compile(r"\p{Latin}")
#: A word in Latin letters, apostrophes kept: "professional'nym", "Glava".
LATIN_WORD = regex.compile(r"[\p{Latin}']+")
#: Common English words; a transliterated Russian title has none: "the", "of", "and", "in".
ENGLISH_WORD = regex.compile(r"\b(?:the|of|and|in|on|for|to|a|an|with|from|by|as|is|at|its|or)\b", regex.IGNORECASE)
#: A Russian word in Latin letters: a soft sign before a consonant ("professional'nym") or a Russian ending
#: ("gosudarstva", "Vneshnyaya", "Rossii", "novogo", "pozdravil" does not count). Pinyin has none of these.
TRANSLITERATED_WORD = regex.compile(
    r"\b\w*(?:\w'[bcdfghjklmnpqrstvwxz]\w*|(?:ogo|ego|ykh|ikh|nym|nyy|iy|yy|aya|skiy|skaya|stva|stvo|iya|ii|ovich|evich))\b",
    regex.IGNORECASE,
)


#: Per language, words of its own that an English title lacks (none shared between two of them), and letters only
#: it writes; two hits, more than the title's English words, decide: "Die Mongolen. Von Dschingis Khan bis heute",
#: "La Sédentarisation des Kazakhs dans l’URSS" (not "Die Hard", one word).
OTHER_LATIN = {
    "de": (
        regex.compile(r"\b(?:der|die|das|und|von|zur|zum|mit|im|dem|für|auf|ist|eine?[mnrs]?|nicht|über|bei|aus|nach"
                      r"|vom|oder|zwischen|seit|unter|gegen|bis|heute|Geschichte)\b", regex.IGNORECASE),
        regex.compile(r"[äß]"),  # ö and ü Turkish writes too
    ),
    "fr": (
        regex.compile(r"\b(?:le|les|du|et|une|pour|dans|sur|aux|est|avec|sous|vers|l’|d’|l'|d')", regex.IGNORECASE),
        regex.compile(r"[èêëçœâîôû]"),
    ),
    "es": (regex.compile(r"\b(?:el|los|las|del|y|hacia|desde|sus|como|sobre)\b", regex.IGNORECASE), regex.compile(r"[ñ¿¡]")),
    "it": (regex.compile(r"\b(?:il|gli|dei|degli|delle|della|dello|di|tra|fra|nella|nel|nei|sulla|sul)\b", regex.IGNORECASE), regex.compile(r"[ìò]")),
    "pt": (regex.compile(r"\b(?:os|dos|das|em|nas|nos|pela|pelo|uma|não)\b", regex.IGNORECASE), regex.compile(r"[ãõ]")),
    "tr": (regex.compile(r"\b(?:ve|bir|ile|için|olarak|üzerine)\b", regex.IGNORECASE), regex.compile(r"[ışğİŞĞ]")),
}


def language(title: str) -> str:
    """Main language of a title, or "" when it has no letters."""
    if title.isascii():  # no kana, Han or Cyrillic to look for (each a scan of the whole title)
        return _latin(title) if LATIN.search(title) else ""
    if KANA.search(title):
        return "ja"
    if HAN.search(title):
        return "zh"
    if CYRILLIC.search(title):
        return "kk" if KAZAKH.search(title) else "ru"
    if LATIN.search(title):
        return _latin(title)
    return ""


def _latin(title: str) -> str:
    """A Latin-script title's language: transliterated Russian, one of `OTHER_LATIN`, or English."""
    if _transliterated_russian(title):
        return "ru"
    english = len(ENGLISH_WORD.findall(title))
    best, score = "en", 1
    for code, (words, letters) in OTHER_LATIN.items():
        hits = len(words.findall(title)) + 2 * bool(letters.search(title))
        if hits > max(score, english):
            best, score = code, hits
    return best


def _transliterated_russian(title: str) -> bool:
    """Three or more words, no English word among them, and at least two that read as Russian."""
    if ENGLISH_WORD.search(title):  # most titles: told before the words are counted
        return False
    return len(LATIN_WORD.findall(title)) >= 3 and len(TRANSLITERATED_WORD.findall(title)) >= 2
