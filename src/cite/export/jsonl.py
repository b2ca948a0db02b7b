"""JSON Lines writer: one object per source, its key, its CSL record (names as written) and its mentions.

The CSL record is `Reference.csl()`, the reference record of `shared/footnote-schema.md`, so names
stay exactly as written; mentions keep the field names of `cite.model.Mention`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from cite.model import Source


def write(sources: Sequence[Source]) -> str:
    """The sources as JSON Lines, in the order given."""
    return "".join(json.dumps(record(source), ensure_ascii=False) + "\n" for source in sources)


def record(source: Source) -> dict[str, Any]:
    """`{"key": …, <CSL fields>, "mentions": [...]}` for one source."""
    return {"key": source.key, **source.reference.csl(), "mentions": [asdict(m) for m in source.mentions]}
