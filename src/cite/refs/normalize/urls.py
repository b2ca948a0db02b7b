"""URLs and DOIs: no angle brackets, no trailing punctuation, Markdown escapes undone."""

from __future__ import annotations

import regex

#: A URL: "https://astanatimes.com/2023/…/", "http://kz.mofcom.gov.cn/…?ivk_sa=1024320u", "www.x.kz/a"; a comma or
#: semicolon inside it stays ("…/a,b"), one before a space, a Chinese word or date ends it ("https://x.cn/,2023年5月1日").
URL = regex.compile(
    r"(?:https?://|www\.)(?:[^\s<>\"“”‘’，。；、《》（）,;]|[,;](?!\s|\p{Han}|(?:19|20)\d\d\s*年|$))+", regex.IGNORECASE
)
#: A DOI, alone or inside a resolver link: "10.1093/ia/iiaa061".
DOI = regex.compile(r"\b(?P<doi>10\.\d{4,9}/[^\s\"<>，。；]+)")
#: Punctuation that ends a sentence after a URL rather than belonging to it.
TRAILING = ".,;:!?)]}'’”>，。；：）"
#: A Markdown backslash escape: "\$" -> "$", "\_" -> "_".
ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!$&%~|])")


def clean_url(url: str) -> str:
    """Strip wrappers and trailing punctuation; balance a closing parenthesis that belongs to the URL."""
    url = ESCAPE.sub(r"\1", url.strip().lstrip("<").rstrip(">"))
    while url and url[-1] in TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def doi_of(text: str) -> str:
    """The DOI inside a text or resolver URL, without prefix or trailing punctuation."""
    match = DOI.search(text)
    return clean_url(match["doi"]) if match else ""
