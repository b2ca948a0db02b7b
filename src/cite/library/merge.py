"""Sources, not mentions: the same work cited in several notes or documents becomes one `Source`.

Works are matched by DOI, then by URL (only when the titles agree too), then by a folded
first-author + title + year key; Ibid. and short forms add a mention to the source they repeat
and never make an entry of their own. A note's pinpoint (`locator`) goes on its mention, never on the
source. Order is first appearance, so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace

import regex
from rapidfuzz import fuzz

from cite.library.keys import citation_keys
from cite.model import Mention, Note, Reference, Source

#: Everything that is not a letter or digit, dropped when comparing titles: "Bear and the Dragon:" -> "bearandthedragon".
NOT_WORD = regex.compile(r"[\W_]+")
#: Titles this alike (rapidfuzz ratio on folded text) name the same work.
SAME_TITLE = 92


@dataclass
class _Work:
    reference: Reference
    mentions: list[Mention] = field(default_factory=list)


def _fold(text: str) -> str:
    return NOT_WORD.sub("", text.casefold())


def _family(ref: Reference) -> str:
    return _fold(ref.author[0].split()[-1]) if ref.author else ""


def _url_key(url: str) -> str:
    return regex.sub(r"^https?://(www\.)?|/+$", "", url.casefold())


def _same_title(a: Reference, b: Reference) -> bool:
    return not a.title or not b.title or fuzz.ratio(_fold(a.title), _fold(b.title)) >= SAME_TITLE


def _fuller(kept: Reference, new: Reference) -> Reference:
    """The kept reference with the fields it lacks filled from another citation of the same work."""
    missing = {
        f.name: getattr(new, f.name)
        for f in fields(Reference)
        if f.name not in ("raw", "see", "warnings", "locator")
        and getattr(kept, f.name) in ("", ())
        and getattr(new, f.name) not in ("", ())
    }
    return replace(kept, **missing) if missing else kept


def _cited(ref: Reference) -> str:
    """The page a note cites: its locator, or the page of an Ibid./short repeat (which is always a pinpoint)."""
    return ref.locator or (ref.page if ref.ibid or ref.short else "")


def merge(notes: Iterable[Note]) -> list[Source]:
    """Group every full reference of the notes into sources with their mentions."""
    works: list[_Work] = []
    by_doi: dict[str, _Work] = {}
    by_url: dict[str, list[_Work]] = {}
    by_key: dict[str, _Work] = {}
    by_title: dict[tuple[str, str], list[tuple[str, _Work]]] = {}  # by_key's works by title and year, in order
    by_place: dict[tuple[int, int, int], _Work] = {}
    document, last = 0, ("", 0)
    for note in notes:
        if note.doc != last[0] or note.seq <= last[1]:
            document += 1  # a new document, even one with the same file name as the last
        last = (note.doc, note.seq)
        for index, ref in enumerate(note.references):
            mention = Mention(note.doc, note.seq, note.label, note.line, note.context, _cited(ref), index)
            if ref.ibid or (ref.short and ref.see):
                target = by_place.get((document, ref.see.seq, ref.see.ref)) if ref.see else None
                if target:
                    target.mentions.append(mention)
                    by_place[(document, note.seq, index)] = target
                continue
            # a full reference, or a short form whose full form the document never gives: a source of its own
            key = f"{_family(ref)}|{_fold(ref.title)}|{ref.year}" if ref.title else ""
            work = by_doi.get(ref.doi.casefold()) if ref.doi else None
            if work is None and ref.url:
                work = next((w for w in by_url.get(_url_key(ref.url), []) if _same_title(w.reference, ref)), None)
            if work is None and key:
                # the same title and year, and the same family name unless one of them lacks it
                family = _family(ref)
                work = by_key.get(key) or next(
                    (
                        w
                        for f, w in by_title.get((_fold(ref.title), ref.year), ())
                        if not f or not family or f == family
                    ),
                    None,
                )
            if work is None:
                work = _Work(replace(ref, locator=""))  # a pinpoint belongs to the mention, not the work
                works.append(work)
            else:
                work.reference = _fuller(work.reference, ref)
            work.mentions.append(mention)
            by_place[(document, note.seq, index)] = work
            if ref.doi:
                by_doi.setdefault(ref.doi.casefold(), work)
            if ref.url:
                by_url.setdefault(_url_key(ref.url), []).append(work)
            if key and key not in by_key:
                by_key[key] = work
                by_title.setdefault((_fold(ref.title), ref.year), []).append((_family(ref), work))
    keys = citation_keys([w.reference for w in works])
    return [_titled(Source(key, w.reference, tuple(w.mentions))) for key, w in zip(keys, works, strict=True)]


def _titled(source: Source) -> Source:
    """A web page that nothing names (no title, no author) is titled by its site, with a warning.

    Without a title or author, citeproc prints `[CSL STYLE ERROR: reference with no printed form.]` and
    reference managers list an empty item; the site's name is what the note gives instead.
    """
    ref = source.reference
    if ref.type != "webpage" or ref.title or ref.author or not ref.container_title:
        return source
    first = source.mentions[0] if source.mentions else None
    where = f"{first.doc}:{first.line}: " if first else ""
    warning = f"{where}web page without a title: exported with its site's name {ref.container_title!r} as title"
    return replace(
        source,
        reference=replace(ref, title=ref.container_title, container_title=""),
        warnings=(*source.warnings, warning),
    )
