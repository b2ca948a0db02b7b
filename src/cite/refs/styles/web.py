"""Web and news-agency citations:

    “Kazakhstan Calls for Solidarity…”. <https://astanatimes.com/…>, 访问时间：2023年10月28日。
    “Казахстан не рассматривает …”，俄罗斯卫星通讯社，2022年7月30日，https://ru.sputnik.kz/…
    “<https://www.akorda.kz/…>”，访问时间：2023 年 11 月 5 日。   (a URL in quotes, no title)

The URL and labelled access date are peeled off before; what is left is a quoted title, then
perhaps the agency or site (the container) and an unlabelled date.
"""

from __future__ import annotations

import regex

from cite.refs.normalize.dates import MONTHS, YMD, iso_date, year
from cite.refs.styles.draft import Draft, unwrap

NAME = "web"

#: A quoted title, tolerating mismatched quotes: "“…”", "“…’", "\"…\"", "“…"…" (last closing quote wins).
QUOTED = regex.compile(r"^\s*[“\"‘«](?P<title>.+)[”\"’»](?=\s|[.,，。:：]|$)")
#: What may follow the title: "，俄罗斯卫星通讯社，2022年7月30日", ". Strategy2050.kz, 2020", ". Strategy2050.kz." (a dot
#: inside a domain does not end the name).
AGENCY = regex.compile(r"^\s*[.,，。]?\s*(?P<agency>[^，,。.\d][^，,。]{1,60}?)\s*(?:[，,。]|\.(?!\w)|$)")


def _is_date(text: str) -> bool:
    """ "June 2", "2022年7月30日", "accessed": a date fragment, not a site's name."""
    first = text.split()[0].rstrip(".").casefold() if text.split() else ""
    return bool(YMD.match(text)) or first in MONTHS or first == "accessed"


def parse(text: str, has_url: bool) -> Draft | None:
    """A web/news citation, or None when the text does not start with a quoted title or is not web."""
    if not has_url and not YMD.search(text):
        return None
    title = QUOTED.match(text)
    if not title:
        return {} if not text.strip(' ，,.。“”"') else None
    text_title = title["title"]
    if text_title.count("”") > text_title.count("“"):
        # mismatched quotes, ““A”B" read as “A”B: the first mark opened a quotation inside the title
        text_title = "“" + text_title
    draft: Draft = {"title": unwrap(text_title), "genre": "webpage"}
    rest = text[title.end() :]
    agency = AGENCY.match(rest)
    if agency and not _is_date(agency["agency"]):
        draft["container_title"] = agency["agency"].strip()
    if date := YMD.search(rest):
        draft["web_date"] = date.group()
    elif iso := iso_date(rest):
        draft["web_date"] = iso
    elif published := year(rest):
        draft["year"] = published
    return draft
