"""Where the CLI's output goes, written so that no failure loses what was there or what was done.

A file named with `-o` is written to a temporary file beside it and renamed over it only when complete, so a full
disk, a file-size limit or a kill leaves the old file as it was. Standard output that fails (a full disk, a closed
descriptor) becomes one clear error; a reader that goes away (`| head`) is `PipeClosed`, which stops the output,
not the work.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

#: Set by `guard_standard_streams` when the program was started with standard output closed (`>&-`).
_stdout_closed = False


class Failed(Exception):
    """An error to report on stderr before exiting with status 1."""


class PipeClosed(Exception):
    """Whoever read standard output has stopped reading (`cite extract … | head`)."""


def guard_standard_streams() -> None:
    """Make the failures of output visible as errors rather than signals or stray writes.

    A closed standard stream gets /dev/null on its descriptor, so no file opened later (the library!) can take
    descriptor 0, 1 or 2 and be read or written as that stream; writing to a closed stdout then fails with a
    message (`stdin_closed` tells readers of stdin). SIGXFSZ (`ulimit -f`) is ignored so a too-large write raises
    EFBIG, which is reported, instead of killing the process half-way.
    """
    global _stdout_closed
    _stdout_closed = sys.stdout is None
    for fd in (0, 1, 2):  # in order: each open takes the lowest free descriptor, which is this one
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def stdin_closed() -> bool:
    """Whether the program was started with standard input closed (`<&-`)."""
    return sys.stdin is None


def _silence_stdout() -> None:
    """After a broken pipe, point descriptor 1 at /dev/null so Python's final flush does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


class Output:
    """Text to standard output (`path` None) or to a file that replaces `path` only on `commit`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._file: IO[str] | None = None
        self._temporary: str | None = None
        if path is not None:
            self._open(path)

    def _open(self, path: Path) -> None:
        target = self._target = Path(os.path.realpath(path))  # a symbolic link stays; the file it names is replaced
        try:
            mode = target.stat().st_mode if target.exists() else None
            if mode is not None and not stat.S_ISREG(mode):  # /dev/null, a FIFO: written in place, never replaced
                self._file = open(target, "w", encoding="utf-8", newline="")  # closed in commit or abort
                return
            fd, self._temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
            os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
            self._file = open(fd, "w", encoding="utf-8", newline="")  # closed in commit or abort
        except OSError as err:
            self.abort()
            raise Failed(f"{path}: cannot write: {_reason(err)}") from err

    def write(self, text: str) -> None:
        """Write and flush; a failure is `Failed` (the file is then abandoned) or `PipeClosed`."""
        if self.path is not None:
            self._write_file(text)
            return
        if _stdout_closed or sys.stdout is None:
            raise Failed("standard output is closed: nothing can be printed (use -o FILE)")
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError as err:
            _silence_stdout()
            raise PipeClosed from err
        except OSError as err:
            raise Failed(f"standard output: cannot write: {_reason(err)}") from err

    def _write_file(self, text: str) -> None:
        if self._file is None:
            raise Failed(f"{self.path}: cannot write: the file was abandoned after an earlier error")
        try:
            self._file.write(text)
        except OSError as err:
            self.abort()
            raise Failed(
                f"{self.path}: cannot write: {_reason(err)} (the previous file, if any, is unchanged)"
            ) from err

    def commit(self) -> None:
        """Make the written file the output: flushed to disk, then renamed over the old one in one step."""
        if self._file is None:
            return
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            if self._temporary is not None:
                os.replace(self._temporary, self._target)
        except OSError as err:
            self.abort()
            raise Failed(
                f"{self.path}: cannot write: {_reason(err)} (the previous file, if any, is unchanged)"
            ) from err
        self._file = self._temporary = None

    def abort(self) -> None:
        """Drop a partly written file; the old one stays."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass  # closing flushes: the same full disk that brought us here
            self._file = None
        if self._temporary is not None:
            try:
                os.unlink(self._temporary)
            except OSError:
                pass
            self._temporary = None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_whole(text: str, path: Path | None) -> None:
    """One complete text to stdout or to `path`; a closed pipe ends it quietly."""
    output = Output(path)
    try:
        output.write(text)
        output.commit()
    except PipeClosed:
        pass
    finally:
        output.abort()
