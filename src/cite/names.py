"""Names as the writers need them: split into family and given name, or kept whole as a literal.

The model keeps every name as written (`"Ivan A. Safranchuk"`, `"Сафранчук И. А."`, `"周明"`,
`"中国社会科学院"`). BibTeX, CSL-JSON and RIS want the family name apart, so `split` applies one
simple rule: "Family, Given" when written with a comma; family first when every later word is an
initial (`"Сафранчук И. А."`); otherwise the last word is the family name, together with any
lowercase particles before it (`"Ludwig van Beethoven"` -> `"van Beethoven"`). Chinese names and
organisations are not split: a Chinese name is family-first with nothing between the parts, and an
organisation has no given name, so splitting would only reorder or break them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Chinese characters (CJK unified ideographs, extension A, compatibility).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: A name written in Chinese characters: "周明", "亨利·基辛格", "中国社会科学院".
CHINESE = re.compile(f"[{HAN}]")

#: The end of a Chinese organisation name: "…研究所", "新华社", "外交部", "…委员会".
CHINESE_ORGANISATION = re.compile(
    "(?:研究所|研究院|研究中心|中心|大学|学院|学会|协会|基金会|委员会|政府|办公室|办公厅|集团|公司|银行|组织"
    "|出版社|社|部|院|局|署|厅)$"
)

#: A word that makes a name an organisation: "Chatham House", "World Bank", "Министерство …".
ORGANISATION_WORD = re.compile(
    r"\b(?:universit\w*|institut\w*|cent(?:er|re)s?|council|committee|commission|ministry|department"
    r"|agency|association|foundation|organi[sz]ation|group|bank|fund|office|bureau|press|society"
    r"|company|corporation|inc|ltd|nations|union|government|college|library|academy|service|board"
    r"|forum|programme|laboratory|house"
    r"|университет\w*|институт\w*|министерств\w*|центр\w*|агентств\w*|комитет\w*|фонд\w*|совет\w*"
    r"|академи\w*|ассоциаци\w*|служб\w*|департамент\w*|банк\w*|правительств\w*|управлени\w*)\b",
    re.IGNORECASE,
)

#: An initial, with or without its dot: "A.", "И.А.", "J.-P.", "A".
INITIAL = re.compile(r"^(?:\w\.(?:-?\w\.)*|\w)$")

#: The separator inside a Chinese rendering of a foreign name: "亨利·基辛格".
NAME_DOT = re.compile("[·•・]")


@dataclass(frozen=True)
class Name:
    """A name split for a writer: either `literal`, or `family` with an optional `given`."""

    family: str = ""
    given: str = ""
    literal: str = ""


def is_chinese(name: str) -> bool:
    """True for a name written in Chinese characters."""
    return bool(CHINESE.search(name))


def is_organisation(name: str) -> bool:
    """True for an institution rather than a person: "中国社会科学院", "International Crisis Group"."""
    if is_chinese(name):
        # Personal Chinese names have two to four characters; longer ones without a name dot are bodies.
        return bool(CHINESE_ORGANISATION.search(name)) or (len(name) > 4 and not NAME_DOT.search(name))
    return bool(ORGANISATION_WORD.search(name))


def split(name: str) -> Name:
    """Split a name by the rule of the module docstring."""
    name = " ".join(name.split())
    if is_chinese(name) or is_organisation(name):
        return Name(literal=name)
    if "," in name:
        family, _, given = name.partition(",")
        return Name(family=family.strip(), given=given.strip())
    words = name.split(" ")
    if len(words) == 1:
        return Name(family=name)
    if not INITIAL.match(words[0]) and all(INITIAL.match(w) for w in words[1:]):
        return Name(family=words[0], given=" ".join(words[1:]))
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]))


def inverted(name: str) -> str:
    """The name as "Family, Given" (RIS, BibTeX); a literal name as written."""
    parts = split(name)
    if parts.literal:
        return parts.literal
    return f"{parts.family}, {parts.given}" if parts.given else parts.family
