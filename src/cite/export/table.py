"""Rich terminal tables, readable at 80 columns: long values fold onto further lines, never cut off."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from cite.model import Extraction, Reference, Source

#: (column, share of the free width, minimum width).
COLUMNS = (
    ("label", None, 3),
    ("page", None, 4),
    ("type", None, 8),
    ("authors", 1, None),
    ("reference", 3, None),
)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _shown(ref: Reference) -> tuple[str, str]:
    """Type and title as a reader wants them: an Ibid./short reference says what it repeats."""
    if ref.ibid or ref.short:
        target = f" → note {ref.see.seq}" if ref.see else " (unresolved)"
        return ("ibid" if ref.ibid else "short"), (ref.title or ref.raw) + target
    return ref.type, ref.title or ref.raw


def _reference_cell(ref: Reference, title: str) -> Text:
    """Title on the first line; container, publisher and year, then URL and access date below it."""
    cell = Text(title)
    where = ", ".join(x for x in (ref.container_title, ref.publisher, ref.year) if x)
    if where:
        cell.append("\n" + where, style="italic")
    if ref.url:
        cell.append("\n" + ref.url + (f" ({ref.accessed})" if ref.accessed else ""), style="dim")
    return cell


def extraction_table(extractions: Sequence[Extraction]) -> Group:
    """Per document a count line, then one row per reference (a comment note shows as one row)."""
    parts: list[Table | Text] = []
    for extraction in extractions:
        notes = extraction.notes
        footnotes = sum(n.where == "footnote" for n in notes)
        references = sum(len(n.references) for n in notes)
        parts.append(
            Text.assemble(
                (extraction.document.name, "bold"),
                f": {_count(footnotes, 'footnote')}, {_count(len(notes) - footnotes, 'body citation')}, "
                f"{_count(references, 'reference')}",
            )
        )
        if not notes:
            continue
        table = Table(expand=True, pad_edge=False)
        for column, ratio, width in COLUMNS:
            table.add_column(column, ratio=ratio, min_width=width, overflow="fold")
        for note in notes:
            label = note.label or "src"
            page = "" if note.page is None else str(note.page)
            if not note.references:
                table.add_row(label, page, note.kind, "", Text(note.text, style="dim"))
            for ref in note.references:
                kind, title = _shown(ref)
                table.add_row(label, page, kind, "; ".join(ref.author), _reference_cell(ref, title))
        parts.append(table)
    return Group(*parts)


def sources_table(sources: Sequence[Source]) -> Table:
    """One row per source: key, type, authors and the reference, and how many times it is cited."""
    table = Table(expand=True, pad_edge=False)
    table.add_column("key", no_wrap=True)
    table.add_column("type", min_width=7, overflow="fold")
    table.add_column("reference", ratio=1, overflow="fold")
    table.add_column("cited", min_width=5, justify="right")
    for source in sources:
        ref = source.reference
        cell = Text("; ".join(ref.author) + ": " if ref.author else "", style="bold")
        cell.append_text(_reference_cell(ref, ref.title or ref.raw))
        table.add_row(source.key, ref.type, cell, str(len(source.mentions)))
    return table


def source_detail(source: Source) -> Group:
    """A source's fields, then every place it is cited with the citing sentence."""
    fields = Table.grid(padding=(0, 2))
    for name, value in source.reference.csl().items():
        fields.add_row(Text(name, style="bold"), "; ".join(value) if isinstance(value, list) else str(value))
    mentions = Table(expand=True, pad_edge=False, title=f"cited {len(source.mentions)} times")
    for column in ("document", "note", "line", "locator", "context"):
        mentions.add_column(column, overflow="fold", ratio=4 if column == "context" else None)
    for m in source.mentions:
        mentions.add_row(m.doc, m.label or "src", str(m.line or ""), m.locator, m.context)
    return Group(Text(source.key, style="bold underline"), fields, mentions)
