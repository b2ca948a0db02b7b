"""Names: split an author string into people/organisations, without role words or nationality tags."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from cite.names import is_organisation

#: A nationality tag before a name: "[美]", "［俄］", "(英)", "【日】", "〔美〕" (as 《中国社会科学》 prints it).
NATIONALITY = regex.compile(r"[\[［(（【〔]\s*\p{Han}{1,2}\s*[\]］)）】〕]\s*")
#: Role words: "ed.", "eds.", "(eds)", ", editors", "(edd.)", "Hrsg.", "(Hg.)", "编", "主编", "编著", "译", "trans.",
#: "под ред.", "сост.", in capitals only after a comma with its full stop or in brackets: ", EDS.", "(ED)" (not
#: Vancouver's initials: "Crandall ED", "Crandall ED.").
ROLE = regex.compile(
    r"\s*(?:\(?\b(?-i:[Ee]ds?|[Ee]ditors?|edd|[Hh]rsg|[Hh]g)\.?\)?|,\s*(?-i:EDS)\.|\((?-i:EDS?)\.?\)|\(?\bedited by\b|\btrans(?:lated)?\.?(?: by)?|\bcomp\.|主编|编著|编译|合编|等?编|等?译|"
    r"под\s+ред\.?|ред\.|сост\.|пер\.)\s*$|^\s*(?:edited by|ed\. by|trans\. by|translated by)\s+",
    regex.IGNORECASE,
)
#: "et al.", "等", "等人", "и др.": the list goes on but the names are not given.
ET_AL = regex.compile(r"\s*(?:,?\s*\bet\s+al\.?|,?\s*\band\s+others|等人?|\s*и\s+др\.?)\s*$", regex.IGNORECASE)
#: Separators between names: "、", "，", "；", ", ", " and ", " & ", " и ", French " et " (not "et al.").
SEPARATOR = regex.compile(
    r"\s*(?:[、，；;]|,\s*(?:and\s+|&\s*|et\s+(?!al\b))?|\s+and\s+|\s*&\s*|\s+и\s+|\s+et\s+(?!al\b))\s*"
)
#: What only a list of several names has: a comma or semicolon between them, an ampersand, an initial ("J. ").
LIST_MARK = regex.compile(r"[,;，；、&]|\b\p{Lu}\.")
#: Marks glued to names: "Мақашева*" (corresponding author), superscript digits.
NAME_MARKS = regex.compile(r"[*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]+")
#: A bare initial group, which on its own is not a name: "И.И.", "A. B." or a hyphenated "X.-M.".
INITIALS = regex.compile(r"^(?:\p{Lu}\.[\s-]*){1,3}$")


#: A bibliography's first author written family-first, then more authors written given-first:
#: "Hartley, Eleanor, and Timur Nazarov", "Roe, Jane A.", "Smith, J., and A. Doe", "Jones Luong, Pauline".
INVERTED_FIRST = regex.compile(
    r"^(?P<family>[\p{Lu}][\p{L}'’-]+(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?),\s+(?P<given>[\p{Lu}][\p{L}'’-]*\.?(?:\s[\p{Lu}][\p{L}'’-]*\.?)*)"
    r"(?P<rest>,?\s+(?:and|&)\s+\S.*|,\s+\S+\s+\S.*|)$"
)
#: A given part of one name and initials, which alone lets a family part be two words ("Jones Luong, Pauline"; not
#: "Timur Nazarov, Eleanor Hartley", two names; nor "Smith JA, Lee K", Vancouver's).
ONE_GIVEN_NAME = regex.compile(r"^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\.)*$")
#: An initial in the given part: "A." in "Jane A.", "J." in "J.".
GIVEN_INITIAL = regex.compile(r"\b\p{Lu}\.")
#: A next author joined by "and" and written given-first: ", and Timur Nazarov", " & A. Doe".
AND_FULL_NAME = regex.compile(r",?\s+(?:and|&)\s+\S+\s+\S")
#: A next author after a bare comma, written in two words: ", Timur Nazarov".
COMMA_FULL_NAME = regex.compile(r",\s+\S+\s+\S")
#: The joiner before the next author: ", and ", " & ", ", ".
LEADING_AND = regex.compile(r"^,?\s*(?:(?:and|&)\s+)?")
#: A Chinese character, so the names are not written family-first with a comma: "王".
HAN_CHARACTER = regex.compile(r"\p{Han}")


def _inverted_first(text: str) -> tuple[str, str] | None:
    """("Family, Given", rest) when the first name is written family-first, else None.

    Two bare words ("Vanderhill, Joireman") are two family names unless nothing else follows; a given
    part with initials ("Ivan A.") or followed by "and Given Family" marks the inverted form.
    """
    match = INVERTED_FIRST.match(text)
    if not match:
        return None
    if " " in match["family"] and not ONE_GIVEN_NAME.match(match["given"]):
        return None
    rest = match["rest"]
    has_initial = bool(GIVEN_INITIAL.search(match["given"]))
    followed_by_full_name = bool(AND_FULL_NAME.match(rest)) or bool(COMMA_FULL_NAME.match(rest))
    if has_initial or followed_by_full_name or not rest:
        return f"{match['family']}, {match['given']}", LEADING_AND.sub("", rest)
    return None


def _any_of(*words: str) -> re.Pattern:
    """Finds any of `words` in one stdlib call, the check made before a `regex` pattern that needs one: on a name's
    few characters three times as fast as `any(word in text …)` (a long text is another matter, 2026-12-02)."""
    if all(len(word) == 1 for word in words):
        return re.compile(f"[{re.escape(''.join(words))}]")
    return re.compile("|".join(map(re.escape, words)))


#: For each pattern above, literal parts (lower case) one of which it needs: most names have none, and the
#: patterns, anchored at the end, try every position of the text.
NEEDS = {
    NATIONALITY: _any_of("[", "［", "(", "（", "【", "〔"),
    ET_AL: _any_of("et", "others", "等", "др"),
    ROLE: _any_of("ed", "trans", "comp.", "hrsg", "hg", "编", "译", "ред", "сост.", "пер."),
}


def _has(pattern: regex.Pattern, text: str) -> regex.Match | None:
    return pattern.search(text) if NEEDS[pattern].search(text.lower()) else None


def _without(pattern: regex.Pattern, text: str) -> str:
    return pattern.sub("", text) if NEEDS[pattern].search(text.lower()) else text


#: The last characters (case-folded) of ROLE's words at the end, and its words at the start: "ed", "(eds.)",
#: "editors", "Hrsg", "edited by", "主编", "译", "под ред"; one is looked for before ROLE, which tries every start.
ROLE_LAST = frozenset("dsrgy.)编著译д")
ROLE_FIRST = ("edited by", "ed. by", "trans. by", "translated by")


def _without_role(text: str) -> str:
    tail = text.rstrip()[-1:].casefold()
    if tail in ROLE_LAST or (tail and text.lstrip().casefold().startswith(ROLE_FIRST)):
        return _without(ROLE, text)
    return text


#: A name closing on an initial, whose full stop is part of it: "Иванов И. И.", "Нұрланова Ә.".
CLOSING_INITIAL = regex.compile(r"\p{Cyrillic}.*(?:^|[\s.])\p{Lu}\.$")


def _trimmed(part: str) -> str:
    """A name without marks and edge punctuation, keeping the full stop of a closing initial."""
    ascii_only = part.isascii()  # then no Cyrillic, and of NAME_MARKS only "*"
    part = (NAME_MARKS.sub("", part) if "*" in part or not ascii_only else part).strip(" ,，")
    return part if not ascii_only and CLOSING_INITIAL.search(part) else part.strip(" .,，")


#: A generational suffix, part of the name before it: "Jr." in "Joseph S. Nye, Jr.", "III".
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _initials_or_suffix(part: str) -> bool:
    """Whether a stripped part is a bare initial group ("A. B.", which INITIALS' "\\p{Lu}\\." needs a full stop second
    for) or a generational suffix: not a name of its own."""
    return part in SUFFIXES or (part[1:2] == "." and bool(INITIALS.match(part)))


def names(text: str) -> list[str]:
    """Split an author/editor/translator string into names as written."""
    return list(_names(text))


#: Endings (case-folded) one of which ET_AL needs, looked for before it: anchored at the end, it tries every start.
ET_AL_ENDS = ("al", "al.", "others", "等", "人", "др", "др.")


@lru_cache(maxsize=256)
def _names(text: str) -> tuple[str, ...]:
    """`names`, kept for strings that come again soon (the rules' and the labeller's authors are compared, then
    one of them normalised; nearby notes name the same authors); few enough that a second pass over thousands of
    references (bench/labeller.py's best of 3) finds none of the first's left."""
    text = _without(NATIONALITY, text.strip().strip(" ,，:："))
    listed_more = text.casefold().rstrip().endswith(ET_AL_ENDS) and bool(_has(ET_AL, text))
    text = _without(ET_AL, text) if listed_more else text
    text = _without_role(text)
    han = not text.isascii() and HAN_CHARACTER.search(text)  # an ASCII text is not scanned for Han
    inverted = None if listed_more or han else _inverted_first(text)
    if inverted:
        first, rest = inverted
        return (first, *_names(rest)) if rest else (first,)
    if " and " in text and not han and not LIST_MARK.search(text) and is_organisation(text):
        return (text.strip(" .,"),)  # one body whose name holds "and": "Food and Agriculture Organization of …"
    # a part holds a tag or a role word only if the whole text does (no mark inside it joins two halves of one)
    plain = not NEEDS[NATIONALITY].search(text) and not NAME_MARKS.search(text)
    lowered = text.lower()
    roles = not plain or bool(NEEDS[ROLE].search(lowered))
    out: list[str] = []
    for piece in SEPARATOR.split(text):
        part = piece.strip()
        if not _initials_or_suffix(part):
            part = _trimmed(piece)
        part = part.strip() if plain else _without(NATIONALITY, part).strip()
        if not part:
            continue
        if out and _initials_or_suffix(part):
            # "Joseph S. Nye, Jr."; "Иванов, И. И." written family-first: the initials belong to the name before
            out[-1] = f"{out[-1]}, {part}"
            continue
        out.append(_without_role(part).strip() if roles else part)
    return tuple(p for p in out if p and not (p.casefold().endswith(ET_AL_ENDS) and ET_AL.fullmatch(p)))
