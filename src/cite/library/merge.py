"""Sources, not mentions: the same work cited in several notes or documents becomes one `Source`.

Works are matched by DOI, then by URL (only when the titles agree too), then by a folded
first-author family name + title + year key, the family name read the same whatever the name's order
("Sarah Cameron", "Cameron, Sarah"), a title the same as that title with a subtitle; Ibid. and short
forms add a mention to the source they repeat and never make an entry of their own. A short form whose own document never gives the full reference
is matched to a full one from any document, earlier or later (`shortens`); only when none matches is it a
source of its own, without its pinpoint as pages. A note's pinpoint (`locator`) goes on its mention,
never on the source. Order is first appearance, so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace

import regex
from rapidfuzz import fuzz

from cite.library.keys import citation_keys
from cite.model import Mention, Note, Reference, Source
from cite.names import split
from cite.refs.resolve import shortens

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
    """The first author's family name, folded, in whatever order the name is written: "Cameron, Sarah" and
    "Sarah Cameron" -> "cameron"; "Micklin P." -> "micklin"; "van Beethoven" -> "beethoven"; "赵华胜" whole."""
    if not ref.author:
        return ""
    name = split(ref.author[0])
    return _fold(name.family.split()[-1] if name.family else name.literal)


def _url_key(url: str) -> str:
    return regex.sub(r"^https?://(www\.)?|/+$", "", url.casefold())


def _same_work(kept: str, new: str) -> bool:
    """Two family|title|year|main-title keys of one work: the same year and title, or by the same author one title
    the other's main title ("Great Games, Local Rules" and "…: The New Great Power Contest in Central Asia");
    a missing author matches any."""
    kept_family, kept_title, kept_year, kept_main = kept.split("|")
    family, title, year, main = new.split("|")
    if kept_year != year or (kept_family and family and kept_family != family):
        return False
    return kept_title == title or (bool(kept_family and family) and (kept_title == main or kept_main == title))


def _same_title(a: Reference, b: Reference) -> bool:
    return not a.title or not b.title or fuzz.ratio(_fold(a.title), _fold(b.title)) >= SAME_TITLE


def _fuller(kept: Reference, new: Reference) -> Reference:
    """The kept reference with the fields it lacks filled from another citation of the same work, and its title
    with the subtitle that citation adds ("Great Games, Local Rules" -> "…: The New Great Power Contest…")."""
    missing = {
        f.name: getattr(new, f.name)
        for f in fields(Reference)
        if f.name not in ("raw", "see", "warnings", "locator")
        and getattr(kept, f.name) in ("", ())
        and getattr(new, f.name) not in ("", ())
    }
    if kept.title and _fold(new.title.split(":")[0]) == _fold(kept.title) and ":" in new.title:
        missing["title"] = new.title
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
    by_title: dict[tuple[str, str], list[tuple[str, _Work]]] = {}  # by_key's keys by (main) title and year, in order
    by_place: dict[tuple[int, int, int], _Work] = {}
    by_family: dict[str, list[_Work]] = {}  # full works by first author's family name
    shorts: dict[str, list[_Work]] = {}  # sources that are still only a short form, by family name
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
            if ref.short:  # its full form is in another document, or nowhere
                work = _shortened(ref, by_family, works)
                if work is None:
                    work = _Work(replace(ref, locator="", page=""))  # the page a short form gives is a pinpoint
                    works.append(work)
                    shorts.setdefault(_family(ref), []).append(work)
                work.mentions.append(mention)
                by_place[(document, note.seq, index)] = work
                continue
            key = f"{_family(ref)}|{_fold(ref.title)}|{ref.year}|{_fold(ref.title.split(':')[0])}" if ref.title else ""
            work = by_doi.get(ref.doi.casefold()) if ref.doi else None
            if work is None and ref.url:
                work = next((w for w in by_url.get(_url_key(ref.url), []) if _same_title(w.reference, ref)), None)
            if work is None and key:
                work = by_key.get(key) or next((w for k, w in _candidates(key, by_title) if _same_work(k, key)), None)
            if work is not None:
                work.reference = _fuller(work.reference, ref)
            else:
                work = _short_of(ref, shorts)  # an earlier short form, now with its full reference
                if work is None:
                    work = _Work(ref)
                    works.append(work)
                work.reference = replace(ref, locator="")  # a pinpoint belongs to the mention, not the work
                by_family.setdefault(_family(ref), []).append(work)
            work.mentions.append(mention)
            by_place[(document, note.seq, index)] = work
            if ref.doi:
                by_doi.setdefault(ref.doi.casefold(), work)
            if ref.url:
                by_url.setdefault(_url_key(ref.url), []).append(work)
            if key and key not in by_key:
                by_key[key] = work
                _, title, year, main = key.split("|")
                for indexed in {title, main}:
                    by_title.setdefault((indexed, year), []).append((key, work))
    keys = citation_keys([w.reference for w in works])
    return [_titled(Source(key, w.reference, tuple(w.mentions))) for key, w in zip(keys, works, strict=True)]


def _candidates(key: str, by_title: dict[tuple[str, str], list[tuple[str, _Work]]]) -> list[tuple[str, _Work]]:
    """The works whose title or main title is this key's title or main title in the same year: the only ones
    `_same_work` can accept, found without comparing against every work (linear in the number of references)."""
    _, title, year, main = key.split("|")
    found = by_title.get((title, year), [])
    return found + by_title.get((main, year), []) if main != title else found


def _shortened(short: Reference, by_family: dict[str, list[_Work]], works: list[_Work]) -> _Work | None:
    """The full work a short form repeats, among those by its author (all works when it names none)."""
    candidates = by_family.get(_family(short), []) if short.author else works
    return next((w for w in candidates if not w.reference.short and shortens(short, w.reference)), None)


def _short_of(full: Reference, shorts: dict[str, list[_Work]]) -> _Work | None:
    """A source made so far only of short forms that this full reference turns out to be, taken out of `shorts`."""
    pending = shorts.get(_family(full), [])
    work = next((w for w in pending if shortens(w.reference, full)), None)
    if work is not None:
        pending.remove(work)
    return work


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
