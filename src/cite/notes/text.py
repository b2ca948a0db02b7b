"""Line helpers the finders share."""

from __future__ import annotations

from cite.text import collapse


def join_lines(lines: list[str]) -> str:
    """Join the lines of one note with a space and collapse whitespace."""
    return collapse(" ".join(lines))


def is_blank(line: str) -> bool:
    return not line.strip()
