"""The ordered process pool behind `--jobs`: results in the order given however the workers finish."""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cite.parallel import InternalError, _ordered, extract_in_order
from cite.readers import ReadError
from tests.conftest import SEEDS


def test_results_come_in_the_order_given_when_workers_finish_in_reverse() -> None:
    paths = [Path(f"{n}.txt") for n in range(4)]
    finished: list[str] = []
    turn = {p.name: threading.Event() for p in paths}
    turn[paths[-1].name].set()  # the last file finishes first, then each lets the one before it go

    def work(path: Path) -> ReadError:
        turn[path.name].wait(timeout=30)
        finished.append(path.name)
        number = int(path.stem)
        if number:
            turn[f"{number - 1}.txt"].set()
        return ReadError(path.name)

    given = ReadError("made in the parent")
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = [str(r) for r in _ordered(pool, work, [paths[0], given, *paths[1:]], ahead=8)]
    assert finished == ["3.txt", "2.txt", "1.txt", "0.txt"]
    assert results == ["0.txt", "made in the parent", "1.txt", "2.txt", "3.txt"]


def test_an_internal_error_crosses_processes_with_its_traceback() -> None:
    error = pickle.loads(pickle.dumps(InternalError("x.txt: internal error", "Traceback …")))
    assert isinstance(error, InternalError) and str(error) == "x.txt: internal error" and error.details == "Traceback …"


def test_two_workers_give_what_one_process_gives() -> None:
    files = sorted(SEEDS.iterdir())
    one = [(e.document.name, [n.record() for n in e.notes]) for e in extract_in_order(files, 1)]
    two = [(e.document.name, [n.record() for n in e.notes]) for e in extract_in_order(files, 2)]
    assert one == two and [name for name, _ in one] == [f.name for f in files]
