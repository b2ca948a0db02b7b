"""Run `cite` over a corpus too big for one machine with Dask: a map over files that writes JSONL shards, then
`cite import` of the shards into one library. cite schedules nothing itself; Dask's local schedulers (threads,
processes) or a `dask.distributed` cluster run the same code.

    python examples/dask_corpus.py CORPUS_DIR SHARDS_DIR [PARTITIONS]
    cite import SHARDS_DIR/*.jsonl

Needs `pip install "dask[bag]"` (not a dependency of cite). On a cluster, create a `dask.distributed.Client` first;
every worker needs cite installed and the corpus at the same path (or pass URLs that `cite.shards.file_records`
can open after copying them locally).
"""

from __future__ import annotations

import sys
from pathlib import Path

import dask
import dask.bag

from cite.readers import expand
from cite.shards import file_records


def write_shards(corpus: Path, shards: Path, partitions: int = 8, scheduler: str = "processes") -> list[str]:
    """One shard per partition of the sorted file list, records in file order: the shards' lines, in name order,
    are the records `cite extract CORPUS --format jsonl` prints (a shard of files without notes is one empty
    line). Returns the shard paths."""
    files = [str(path) for path in expand([corpus]) if isinstance(path, Path)]
    shards.mkdir(parents=True, exist_ok=True)
    bag = dask.bag.from_sequence(files, npartitions=max(1, min(partitions, len(files)))).map(file_records).flatten()
    with dask.config.set(scheduler=scheduler):
        return bag.to_textfiles(str(shards / "*.jsonl"), name_function=lambda i: f"{i:05}", last_endline=True)


if __name__ == "__main__":
    corpus, shards = Path(sys.argv[1]), Path(sys.argv[2])
    written = write_shards(corpus, shards, int(sys.argv[3]) if len(sys.argv) > 3 else 8)
    print(f"{len(written)} shards in {shards}; now: cite import {shards}/*.jsonl", file=sys.stderr)
