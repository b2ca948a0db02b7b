"""Footnote records (the `--format jsonl` shape) back into `Note`s, for the library and for piped input."""

from __future__ import annotations

import json
from dataclasses import fields
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


#: Keys of a footnote record and the JSON types their values must have, so a damaged one is caught on reading,
#: not by a writer half-way through an export.
NOTE_TYPES: dict[str, tuple[type, ...]] = {
    "doc": (str,),
    "seq": (int,),
    "label": (str,),
    "page": (int, type(None)),
    "line": (int, type(None)),
    "text": (str,),
    "where": (str,),
    "kind": (str,),
    "context": (str,),
}
#: Reference attribute -> the type of its value in a record, from the dataclass defaults (tuples are lists).
REFERENCE_TYPES = {
    f.name: list if isinstance(f.default, tuple) else bool if isinstance(f.default, bool) else str
    for f in fields(Reference)
    if f.name != "see"
}


def note_from_json(text: str) -> Note:
    """A footnote record's JSON text back into a `Note`, or `BadRecord` with the reason."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise BadRecord(f"not JSON ({err.msg} at character {err.pos})") from err
    if not isinstance(record, dict):
        raise BadRecord(f"not a cite footnote record (a JSON {type(record).__name__}, not an object)")
    for key in ("doc", "seq"):
        if key not in record:
            raise BadRecord(f"no {key!r} key")
    _check_types(record)
    return note_from_record(record)


def _check_types(record: dict[str, Any]) -> None:
    for key, types in NOTE_TYPES.items():
        if key in record and (isinstance(record[key], bool) or not isinstance(record[key], types)):
            raise BadRecord(f"{key!r} is {record[key]!r}, not {' or '.join(t.__name__ for t in types)}")
    if not _strings(record.get("warnings", [])):
        raise BadRecord("'warnings' is not a list of strings")
    references = record.get("references", [])
    if not isinstance(references, list) or not all(isinstance(r, dict) for r in references):
        raise BadRecord("'references' is not a list of objects")
    for number, reference in enumerate(references, 1):
        for key, value in reference.items():
            wanted = REFERENCE_TYPES.get(ATTRIBUTES.get(key, ""))
            if (wanted is list and not _strings(value)) or (wanted in (str, bool) and type(value) is not wanted):
                raise BadRecord(f"reference {number}: {key!r} is {value!r}, not a {wanted.__name__}")
        see = reference.get("see")
        if see is not None and not (isinstance(see, dict) and all(type(see.get(k)) is int for k in ("seq", "ref"))):
            raise BadRecord(f"reference {number}: 'see' is {see!r}, not {{'seq': N, 'ref': N}}")


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
