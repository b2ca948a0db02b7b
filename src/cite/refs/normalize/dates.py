"""Dates: access dates to ISO `YYYY-MM-DD`, publication years to four digits."""

from __future__ import annotations

import regex

#: "2023年10月28日", "2023 年 1 月 17 日", "2023-10-28", "2023/10/28", "2023.10.28".
YMD = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?")
#: "06.08.2021" (day first, as Russian and most European sources write it), "6/8/2021".
DMY = regex.compile(r"(?<!\d)(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)(?!\d)")
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan", "января", "январь"),
            ("february", "feb", "февраля", "февраль"),
            ("march", "mar", "марта", "март"),
            ("april", "apr", "апреля", "апрель"),
            ("may", "мая", "май"),
            ("june", "jun", "июня", "июнь"),
            ("july", "jul", "июля", "июль"),
            ("august", "aug", "августа", "август"),
            ("september", "sep", "sept", "сентября", "сентябрь"),
            ("october", "oct", "октября", "октябрь"),
            ("november", "nov", "ноября", "ноябрь"),
            ("december", "dec", "декабря", "декабрь"),
        ],
        1,
    )
    for m in names
}
#: "28 October 2023", "October 28, 2023", "28 окт. 2023" — month names in English or Russian.
DAY_MONTH_YEAR = regex.compile(r"(?P<d>\d{1,2})\s+(?P<mon>\p{L}{3,9})\.?,?\s+(?P<y>(?:19|20)\d\d)")
MONTH_DAY_YEAR = regex.compile(r"(?P<mon>\p{L}{3,9})\.?\s+(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d)")
#: Vancouver's "2020 Jun 15".
YEAR_MONTH_DAY = regex.compile(r"(?P<y>(?:19|20)\d\d)\s+(?P<mon>\p{L}{3,9})\.?\s+(?P<d>\d{1,2})(?!\d)")
#: A four-digit year standing alone: "2018", "2018年", "出版社2008年版", "(2018)", "2019a"; not part of a longer
#: number or of a word or domain ("Strategy2050.kz", "2050kz").
YEAR = regex.compile(r"(?<![\d./\p{Latin}\p{Cyrillic}-])(?P<y>(?:1[5-9]|20)\d\d)(?![\d]|\p{Latin}{2})")


def iso_date(text: str) -> str:
    """The first full date in `text` as YYYY-MM-DD, or "" if there is none."""
    candidates = []
    for pattern in (YMD, DMY):
        if match := pattern.search(text):
            candidates.append((match.start(), match["y"], match["m"], match["d"]))
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY):
        for match in pattern.finditer(text):
            month = MONTHS.get(match["mon"].lower().rstrip("."))
            if month:
                candidates.append((match.start(), match["y"], str(month), match["d"]))
                break
    if not candidates:
        return ""
    _, year, month, day = min(candidates)
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def year(text: str) -> str:
    """The first plausible four-digit year in `text`, or ""."""
    match = YEAR.search(text)
    return match["y"] if match else ""
