"""The review page: one self-contained HTML file to check an extraction at a glance before importing it.

Each document's notes in order with the citing sentence; each reference's text with its characters
coloured by the field they were parsed into; the notes with warnings and the references the parser was
unsure of listed first; every source with links to the notes that cite it. No script, no fonts, no
request: the file opens offline and can be mailed.

Where a field sits in the reference's text comes from `field_spans`, the one place that knows it (a
token labeller may later hand over exact spans instead).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import regex

from cite.model import Extraction, Note, Reference, Source

#: Field (CSL name) -> colour of its characters in the reference text; the legend lists them in this order.
COLOURS = {
    "author": "#c7e9c0",
    "editor": "#a1d99b",
    "translator": "#74c476",
    "title": "#c6dbef",
    "container-title": "#fdd0a2",
    "publisher": "#dadaeb",
    "publisher-place": "#bcbddc",
    "year": "#fcbba1",
    "volume": "#fee391",
    "issue": "#fec44f",
    "page": "#f4a582",
    "locator": "#d6604d",
    "URL": "#e0e0e0",
    "DOI": "#bababa",
    "accessed": "#f1b6da",
}

#: An ISO date of the model: "2023-11-05".
ISO_DATE = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
MONTHS = ("January February March April May June July August September October November December").split()

#: Characters that may stand between the parts of a value as the text writes it: "975 – 993" for "975-993".
LOOSE = {"-": r"\s*[-‐‑‒–—―~～－]+\s*", " ": r"\s+", ",": r"\s*[,，、]\s*"}

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; padding: 0 1em; max-width: 70em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
.note { border-left: 4px solid #ddd; padding: .3em .8em; margin: .8em 0; }
.note.flagged { border-left-color: #d62728; background: #fff5f5; }
.context { color: #555; font-style: italic; }
.raw { font-size: 1.05em; padding: .2em 0; }
.raw span { border-radius: 3px; padding: 0 1px; }
.fields { border-collapse: collapse; font-size: .9em; margin: .2em 0 .6em; }
.fields td { padding: 0 .8em 0 0; vertical-align: top; } .fields td:first-child { color: #666; }
.warning { color: #b00; } .unsure { color: #b00; font-weight: bold; }
.legend span { display: inline-block; padding: 0 .4em; margin: .1em; border-radius: 3px; }
.meta { color: #777; font-size: .85em; }
"""


def field_spans(ref: Reference) -> list[tuple[int, int, str]]:
    """[start, end) of each field's value in `ref.raw`, found by locating the value in the text.

    Longer values are placed first and a character belongs to one field only, so a year inside a title
    stays the title's. A value the text does not show as such (an ISO access date written 2023年11月1日)
    gets no span; the field table still lists it.
    """
    values = [(name, value) for name, value in ref.csl().items() if name in COLOURS]
    candidates = [(name, v) for name, value in values for v in (value if isinstance(value, list) else [value])]
    taken = [False] * len(ref.raw)
    spans = []
    for name, value in sorted(candidates, key=lambda item: -len(str(item[1]))):
        for match in _pattern(name, str(value)).finditer(ref.raw):
            if not any(taken[match.start() : match.end()]):
                taken[match.start() : match.end()] = [True] * (match.end() - match.start())
                spans.append((match.start(), match.end(), name))
                break
    return sorted(spans)


def _pattern(name: str, value: str) -> regex.Pattern[str]:
    """The value as a case-insensitive pattern that allows the spacing and dashes the text may use.

    An access date is also found as the text writes it: "2023 年 11 月 5 日", "5 November 2023",
    "November 5, 2023", "05.11.2023".
    """
    pattern = "".join(LOOSE.get(char) or regex.escape(char) for char in value)
    if name == "accessed" and (date := ISO_DATE.match(value)):
        y, m, d = date["y"], str(int(date["m"])), str(int(date["d"]))
        month = MONTHS[int(m) - 1]
        written = (
            rf"{y}\s*年\s*0?{m}\s*月\s*0?{d}\s*日",
            rf"0?{d}\s+{month}\s+{y}",
            rf"{month}\s+0?{d},?\s+{y}",
            rf"0?{d}\.0?{m}\.{y}",
        )
        pattern = "|".join((pattern, *written))
    return regex.compile(pattern, regex.IGNORECASE)


def unsure(ref: Reference) -> bool:
    """A reference to check by eye: warned about, untyped or untitled, or a repeat whose full form was not found."""
    if ref.ibid or ref.short:
        return ref.see is None
    return bool(ref.warnings) or ref.type == "document" or not (ref.title or ref.container_title)


def page(extractions: Sequence[Extraction], sources: Sequence[Source]) -> str:
    """The review page of `extractions`; `sources` (merged from the same notes) give the links to mentions."""
    keys = {(m.doc, m.seq, m.ref_index): s.key for s in sources for m in s.mentions}
    flagged = [(e, n) for e in extractions for n in e.notes if n.warnings or any(unsure(r) for r in n.references)]
    notes = sum(len(e.notes) for e in extractions)
    references = sum(len(n.references) for e in extractions for n in e.notes)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>cite review</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>cite review</h1>",
        f'<p class="meta">{len(extractions)} documents, {notes} notes, {references} references, '
        f"{len(sources)} sources; {len(flagged)} notes to check first.</p>",
        '<p class="legend">' + "".join(f'<span style="background:{c}">{n}</span>' for n, c in COLOURS.items()) + "</p>",
        '<h2 id="check">Check first</h2>',
        _check_list(extractions, flagged),
    ]
    for extraction in extractions:
        parts.append(f"<h2>{_e(extraction.document.name)}</h2>")
        parts.extend(f'<p class="warning">{_e(w)}</p>' for w in extraction.warnings)
        parts.extend(_note(note, keys) for note in extraction.notes)
    parts.append('<h2 id="sources">Sources</h2>')
    parts.extend(_source(source) for source in sources)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _note_id(doc: str, seq: int) -> str:
    return "note-" + regex.sub(r"[^\w-]", "_", f"{doc}-{seq}")


def _check_list(extractions: Sequence[Extraction], flagged: Iterable[tuple[Extraction, Note]]) -> str:
    """The document warnings (a marker without its note), then each flagged note with why, linked."""
    items = [f"<li>{_e(warning)}</li>" for extraction in extractions for warning in extraction.warnings]
    for _, note in flagged:
        why = [*note.warnings, *(f"reference {i + 1}: unsure" for i, r in enumerate(note.references) if unsure(r))]
        items.append(
            f'<li><a href="#{_note_id(note.doc, note.seq)}">{_e(note.doc)} note {_e(note.label or "src")}</a>: '
            f"{_e('; '.join(why))}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>Nothing was flagged.</p>"


def _note(note: Note, keys: dict[tuple[str, int, int], str]) -> str:
    flagged = note.warnings or any(unsure(r) for r in note.references)
    where = f"line {note.line}" if note.line else ""
    out = [
        f'<div class="note{" flagged" if flagged else ""}" id="{_note_id(note.doc, note.seq)}">',
        f'<p class="meta">note {_e(note.label or "source line")} · {_e(note.where)} · {where} · {_e(note.kind)}</p>',
    ]
    if note.context:
        out.append(f'<p class="context">{_e(note.context)}</p>')
    out.extend(f'<p class="warning">{_e(w)}</p>' for w in note.warnings)
    if not note.references:
        out.append(f'<p class="raw">{_e(note.text)}</p>')
    for index, ref in enumerate(note.references):
        out.append(_reference(ref, keys.get((note.doc, note.seq, index))))
    out.append("</div>")
    return "\n".join(out)


def _reference(ref: Reference, key: str | None) -> str:
    pieces, last = [], 0
    for start, end, name in field_spans(ref):
        pieces.append(_e(ref.raw[last:start]))
        pieces.append(f'<span class="f-{_e(name)}" style="background:{COLOURS[name]}" title="{_e(name)}">')
        pieces.append(_e(ref.raw[start:end]) + "</span>")
        last = end
    pieces.append(_e(ref.raw[last:]))
    rows = [(name, "; ".join(v) if isinstance(v, list) else v) for name, v in ref.csl().items()]
    if ref.see:
        rows.append(("repeats", f"note {ref.see.seq}, reference {ref.see.ref + 1}"))
    table = "".join(f"<tr><td>{_e(name)}</td><td>{_e(value)}</td></tr>" for name, value in rows)
    source = f'<a href="#source-{_e(key)}">{_e(key)}</a>' if key else "no source entry"
    mark = ' <span class="unsure">unsure</span>' if unsure(ref) else ""
    warnings = "".join(f'<p class="warning">{_e(w)}</p>' for w in ref.warnings)
    return (
        f'<p class="raw">{"".join(pieces)}</p>{warnings}'
        f'<table class="fields">{table}<tr><td>source</td><td>{source}{mark}</td></tr></table>'
    )


def _source(source: Source) -> str:
    ref = source.reference
    mentions = ", ".join(
        f'<a href="#{_note_id(m.doc, m.seq)}">{_e(m.doc)} note {_e(m.label or "src")}'
        + (f" (p. {_e(m.locator)})" if m.locator else "")
        + "</a>"
        for m in source.mentions
    )
    who = "; ".join(ref.author)
    warnings = "".join(f'<p class="warning">{_e(w)}</p>' for w in source.warnings)
    return (
        f'<div class="note" id="source-{_e(source.key)}"><p><b>{_e(source.key)}</b> · {_e(ref.type)} · '
        f"{_e(who + ': ' if who else '')}{_e(ref.title or ref.container_title or ref.raw)}</p>{warnings}"
        f'<p class="meta">cited {len(source.mentions)} times: {mentions}</p></div>'
    )
