"""Footnote records (the `--format jsonl` shape) back into `Note`s, for the library and for piped input."""

from __future__ import annotations

import json
from typing import Any

from cite.model import CSL_KEYS, Note, Reference, See

#: CSL key -> Reference attribute.
ATTRIBUTES = {csl: attr for attr, csl in CSL_KEYS.items()}
LISTS = {"author", "editor", "translator", "warnings"}


def reference_from_record(record: dict[str, Any]) -> Reference:
    values: dict[str, Any] = {"raw": record.get("raw", "")}
    for key, value in record.items():
        attr = ATTRIBUTES.get(key)
        if attr in (None, "raw", "see"):
            continue
        values[attr] = tuple(value) if attr in LISTS else value
    if see := record.get("see"):
        values["see"] = See(int(see["seq"]), int(see["ref"]))
    return Reference(**values)


def note_from_record(record: dict[str, Any]) -> Note:
    return Note(
        doc=record["doc"],
        seq=int(record["seq"]),
        label=record.get("label", ""),
        page=record.get("page"),
        line=record.get("line"),
        text=record.get("text", ""),
        where=record.get("where", "footnote"),
        kind=record.get("kind", "citation"),
        context=record.get("context", ""),
        references=tuple(reference_from_record(r) for r in record.get("references", ())),
        warnings=tuple(record.get("warnings", ())),
    )


class BadRecord(ValueError):
    """A line or stored record that is not a footnote record; the message says why."""


def note_from_json(text: str) -> Note:
    """A footnote record's JSON text back into a `Note`, or `BadRecord` with the reason."""
    try:
        record = json.loads(text)
        if not isinstance(record, dict):
            raise TypeError(f"a JSON {type(record).__name__}, not an object")
        return note_from_record(record)
    except json.JSONDecodeError as err:
        raise BadRecord(f"not JSON ({err.msg} at character {err.pos})") from err
    except KeyError as err:
        raise BadRecord(f"no {err.args[0]!r} key") from err
    except (ValueError, TypeError, AttributeError) as err:
        raise BadRecord(f"not a cite footnote record ({err})") from err
