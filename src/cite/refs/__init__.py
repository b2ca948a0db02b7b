"""References: split a note into references, tell citation from comment, parse, normalise, resolve."""

from cite.refs.note import parse_note
from cite.refs.resolve import resolve

__all__ = ["parse_note", "resolve"]
