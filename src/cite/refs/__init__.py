"""References: split a note into references, tell citation from comment, parse, normalise, resolve."""

from cite.refs.note import parse_note, parse_notes
from cite.refs.resolve import resolve

__all__ = ["parse_note", "parse_notes", "resolve"]
