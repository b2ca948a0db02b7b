"""Read pandoc's HTML rendering of a cited document: the bibliography entries and the footnotes, as text runs."""

from __future__ import annotations

from html.parser import HTMLParser

ITALIC_TAGS = {"em", "i"}
BLOCK_TAGS = {"div", "p", "br", "li"}


class _EntryReader(HTMLParser):
    """Collects (text, italic) runs of every `div.csl-entry` (by its id) and every footnote `li` (in order)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: dict[str, list[tuple[str, bool]]] = {}
        self.notes: list[list[tuple[str, bool]]] = []
        self._current: list[tuple[str, bool]] | None = None
        self._depth = 0  # open elements inside the current entry or note
        self._italic = 0
        self._skip = 0  # inside the footnote's back link

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._current is None:
            if tag == "div" and "csl-entry" in (attrs.get("class") or ""):
                self._current = self.entries.setdefault(attrs.get("id", "").removeprefix("ref-"), [])
                self._depth = 1
            elif tag == "li" and (attrs.get("id") or "").startswith("fn"):
                self._current = []
                self.notes.append(self._current)
                self._depth = 1
            return
        if tag == "br":
            self._current.append((" ", False))
            return
        self._depth += 1
        if tag in ITALIC_TAGS:
            self._italic += 1
        elif tag == "a" and "footnote-back" in (attrs.get("class") or ""):
            self._skip += 1
        if tag in BLOCK_TAGS:
            self._current.append((" ", False))

    def handle_endtag(self, tag):
        if self._current is None or tag == "br":
            return
        self._depth -= 1
        if tag in ITALIC_TAGS:
            self._italic -= 1
        elif tag == "a" and self._skip:
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self._current.append((" ", False))
        if self._depth == 0:
            self._current = None

    def handle_data(self, data):
        if self._current is not None and not self._skip:
            self._current.append((data, self._italic > 0))


def read_rendering(html: str) -> tuple[dict[str, list[tuple[str, bool]]], list[list[tuple[str, bool]]]]:
    """(bibliography entry runs by item id, footnote runs in note order) of a pandoc HTML document."""
    reader = _EntryReader()
    reader.feed(html)
    reader.close()
    return reader.entries, reader.notes
