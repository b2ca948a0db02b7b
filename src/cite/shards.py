"""JSONL shards: the per-file unit of work that any engine (Dask, Ray, a shell loop) maps over a corpus, and the
reading of shards back for `cite import`. A shard is what `cite extract --format jsonl` prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from cite.library.records import BadRecord, note_from_json
from cite.model import Note
from cite.pipeline import extract_file
from cite.readers import ReadError


def file_records(path: str | Path) -> list[str]:
    """One file's footnote records as JSONL lines; a file that cannot be read gives none and is told on stderr
    (a worker's log, on a cluster)."""
    result = extract_file(Path(path))
    if isinstance(result, ReadError):
        print(f"error: {result}", file=sys.stderr)
        return []
    return [json.dumps(note.record(), ensure_ascii=False) for note in result.notes]


def read_shards(shards: list[Path], problems: list[str]) -> Iterator[tuple[Note, str]]:
    """Every record of the shards in order ('-' is stdin), as a note (checked) and its line (kept as written: a
    round trip through `Note` would add the defaults a record leaves out); a line that is not a footnote record,
    or a shard that cannot be read, goes to `problems` and is skipped."""
    for shard in shards:
        name = "<stdin>" if str(shard) == "-" else str(shard)
        if name == "<stdin>" and sys.stdin is None:
            problems.append("<stdin>: cannot read: standard input is closed")
            continue
        try:
            with (
                open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
                if name == "<stdin>"
                else shard.open(encoding="utf-8")
            ) as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        try:
                            yield note_from_json(line), line.strip()
                        except BadRecord as err:
                            problems.append(f"{name}:{number}: skipped: {err}")
        except (OSError, UnicodeDecodeError) as err:
            problems.append(f"{name}: cannot read: {getattr(err, 'strerror', None) or err}")
