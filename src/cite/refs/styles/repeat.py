"""Repeats: `Ibid., pp. 116 – 133.`, `同上，第5页。`, `Там же. С. 12.` — the previous source again."""

from __future__ import annotations

import regex

from cite.refs.styles.draft import CN_PAGES, Draft

NAME = "ibid"

#: "Ibid.", "Ibid, p. 5", "Ibidem", "Id.", "同上", "同前注", "Там же": then an optional page.
IBID = regex.compile(r"^\s*(?:Ibid(?:em)?|Id)\b\.?|^\s*(?:同上|同前注?)|^\s*Там\s+же\.?", regex.IGNORECASE)
#: A Western page after a repeat: "pp. 116 – 133", "p. 5", "С. 12", "S. 4".
PAGE = regex.compile(r"(?:pp?|С|с|S)\.\s*(?P<page>\d[\d\s\-–—,]*\d|\d)")


def parse(text: str) -> Draft | None:
    """An Ibid.-style repeat with its new page, or None."""
    match = IBID.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    draft: Draft = {"ibid": True}
    page = PAGE.search(rest) or CN_PAGES.search(rest)
    if page:
        draft["page"] = page["page"]
    return draft
