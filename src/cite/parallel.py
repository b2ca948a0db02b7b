"""`cite extract --jobs N`: files extracted by a pool of processes, results handed back in the order given.

Each worker runs `pipeline.extract_file`, a pure function of one file, and sends the `Extraction` back; only the
parent prints and writes the library, so the output and the library do not depend on N. At most a few files per
worker are in flight, so memory stays flat however many files there are.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from cite.model import Extraction
from cite.pipeline import extract_file
from cite.readers import ReadError

#: Files in flight per worker: enough to keep every worker busy while the parent writes.
AHEAD_PER_JOB = 4


class InternalError(ReadError):
    """A file on which cite itself failed (a bug): reported like an unreadable file, the traceback kept."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_safely(path: Path) -> Extraction | ReadError:
    """`extract_file`, with any unexpected exception turned into an `InternalError` for that one file."""
    try:
        return extract_file(path)
    except Exception as err:
        message = f"{path}: internal error, the file is skipped ({type(err).__name__}: {err}); please report it"
        return InternalError(message, traceback.format_exc())


#: A work item: a file to extract in a worker, or a result already made in the parent (stdin, a walk's error).
Item = Path | Extraction | ReadError


def extract_in_order(items: Iterable[Item], jobs: int) -> Iterator[Extraction | ReadError]:
    """Results of `items` in their order; files go to `jobs` worker processes (none when jobs is 1)."""
    if jobs <= 1:
        yield from (extract_safely(item) if isinstance(item, Path) else item for item in items)
        return
    # spawn, not fork: the parent may run threads (the progress bar) that a forked child would inherit mid-step
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_leave_ctrl_c_to_the_parent) as pool:
        yield from _ordered(pool, extract_safely, items, ahead=jobs * AHEAD_PER_JOB)


def _leave_ctrl_c_to_the_parent() -> None:
    """Workers ignore Ctrl-C: the parent stops the run and says what was kept, without a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _ordered(
    pool: Executor, work: Callable[[Path], Extraction | ReadError], items: Iterable[Item], ahead: int
) -> Iterator[Extraction | ReadError]:
    """A sliding window of futures: submit `ahead` items, then one more for each result taken in order."""

    def start(item: Item) -> Future:
        if isinstance(item, Path):
            return pool.submit(work, item)
        done: Future = Future()
        done.set_result(item)
        return done

    remaining = iter(items)
    window = deque(start(item) for item in islice(remaining, ahead))
    while window:
        result = window.popleft().result()
        window.extend(start(item) for item in islice(remaining, 1))
        yield result
