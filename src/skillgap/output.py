"""Where output goes: files written atomically, never over an input, and the two streams.

Every command that writes a file goes through :class:`AtomicFile`: the text goes to a
temporary file in the destination's folder (created with ``O_EXCL``, never through a
link), is flushed to disk, and only then renamed over the destination. Whatever fails
half-way (a full disk, a file-size limit, an exception, a signal) leaves the old file as it
was and removes the temporary one. :func:`refuse_inputs` is the one guard that keeps an
output off every input file, by device and inode, so a hard link or a symlink to a profile
is caught as surely as its own path.

Standard output follows the Unix conventions: a closed pipe (``| head``) ends the run
quietly with :data:`CLOSED_PIPE_EXIT` (128 + SIGPIPE, what a shell reports for ``cat``), a
write that fails otherwise (``> /dev/full``) is an :class:`OutputError`, and text the
stream's encoding cannot hold is replaced rather than crashing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType, TracebackType
from typing import Final, TextIO

from skillgap.errors import OutputError, UsageError

#: The exit code of a run whose reader closed the pipe: 128 + SIGPIPE, as for ``cat``.
CLOSED_PIPE_EXIT: Final = 128 + 13
_NEW_FILE_MODE: Final = 0o666  # less the umask, as open() would create it


class ClosedPipe(Exception):  # a condition, not an error: the reader is done
    """Standard output's reader went away: stop quietly (exit 141), as ``cat`` does."""


class Terminated(BaseException):  # like KeyboardInterrupt: a request to stop
    """SIGTERM or SIGHUP arrived: unwind (temporary files removed, workers stopped), then exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a process the signal killed."""
        return 128 + self.signum


# --- the guard ---------------------------------------------------------------------------


def output_path(text: str) -> Path:
    """An ``--output`` value as a path; ValueError for one ending in a separator (a folder).

    pathlib drops a trailing ``/`` (and ``/.``), so ``-o newdir/`` would write a file named
    ``newdir``.
    """
    seps = (os.sep, os.altsep) if os.altsep else (os.sep,)
    if text.endswith(seps):
        raise ValueError(
            f"'{text}' ends in '{text[-1]}', so it names a folder: give a file name "
            f"(as {text}report.json)"
        )
    # pathlib drops a last "." as it drops the separator: "newdir/." would be "newdir".
    last = re.split("|".join(map(re.escape, seps)), text)[-1]
    if last in (".", ".."):
        raise ValueError(
            f"'{text}' ends in '{last}', so it names a folder: give a file name "
            f"(as {os.path.join(os.path.normpath(text), 'report.json')})"
        )
    return Path(text)


def real_path(path: str | Path) -> Path:
    """``path`` with its symlinks resolved as far as they lead; a loop is no error.

    ``Path.resolve`` raises RuntimeError on a symlink loop (Python 3.11): a loop is a file
    to report as unreadable where it is read, not a crash where it is compared.
    """
    return Path(os.path.realpath(path))


def refuse_inputs(output: Path, inputs: Iterable[Path], option: str = "--output") -> None:
    """Refuse (exit 2) an output that is one of ``inputs``: the same device and inode.

    Symlinks are followed on both sides and hard links share an inode, so every name of an
    input file is caught, not just its own path.
    """
    identity = file_identity(output)
    if identity is None:
        return
    for source in inputs:
        if file_identity(source) == identity:
            raise UsageError(
                f"{option} '{output}' is the input file '{source}'; "
                "writing it would lose the input",
                "choose another file",
            )


def file_identity(
    path: int | str | Path, *, follow_symlinks: bool = True
) -> tuple[int, int] | None:
    """A file's (device, inode), through symlinks unless told not to; None: no such file.

    ``path`` may be an open file descriptor (1: what standard output is now).
    """
    try:
        found = os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


# --- atomic files ------------------------------------------------------------------------


class AtomicFile:
    """A text file that appears whole at ``target`` on :meth:`commit`, or not at all.

    ``follow_symlinks``: a symlink the user named is followed (the file it points to is
    replaced and the link kept); one that points nowhere is refused rather than creating
    its target. Without it (names skillgap made up, as reports in ``--report-dir``) any
    symlink at the name is refused. An existing file keeps its permission bits; a new one
    gets the usual ``0o666`` less the umask. A pipe or device (``/dev/stdout``) is written
    directly: there is no old file to lose.
    """

    def __init__(self, target: Path, *, follow_symlinks: bool = True) -> None:
        self.target = target
        self.destination, mode, self.direct = _destination(target, follow_symlinks)
        self.temp: Path | None = None
        try:
            if self.direct:
                self.handle: TextIO = open(  # noqa: SIM115  # closed by commit or discard
                    self.destination, "w", encoding="utf-8", newline=""
                )
                return
            fd, self.temp = _create_temp(self.destination)
            if mode is not None:
                os.fchmod(fd, mode)
            self.handle = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            self.discard()
            raise _failure(target, exc) from exc

    def write(self, text: str) -> None:
        """Add text (buffered); a failure leaves the destination untouched."""
        try:
            self.handle.write(text)
        except OSError as exc:
            self.discard()
            raise _failure(self.target, exc) from exc

    def commit(self) -> None:
        """Flush, sync to disk and rename over the destination: the new file appears whole."""
        try:
            self.handle.flush()
            if not self.direct:
                os.fsync(self.handle.fileno())
            self.handle.close()
            if self.temp is not None:
                os.replace(self.temp, self.destination)
                self.temp = None
        except OSError as exc:
            self.discard()
            raise _failure(self.target, exc) from exc

    def discard(self) -> None:
        """Drop what was written: close and remove the temporary file (never the old one)."""
        handle = getattr(self, "handle", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            self.temp = None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is not None or self.temp is not None:
            self.discard()  # an exception, or a block that never committed


def write_file(target: Path, text: str, *, follow_symlinks: bool = True) -> None:
    """Write ``text`` to ``target`` atomically (see :class:`AtomicFile`)."""
    with AtomicFile(target, follow_symlinks=follow_symlinks) as out:
        out.write(text)
        out.commit()


def prepare_folder(folder: Path, option: str) -> None:
    """Make sure ``folder`` is a folder skillgap can write into (else exit 4, before any work)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{option} '{folder}' is not a folder") from None
    except OSError as exc:
        raise OutputError(f"cannot create {option} '{folder}': {exc.strerror or exc}") from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write into {option} '{folder}': permission denied")


def _destination(target: Path, follow_symlinks: bool) -> tuple[Path, int | None, bool]:
    """Where to write, the mode to keep (None: a new file's), and whether to write directly."""
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return target, None, False
    except OSError as exc:
        raise _failure(target, exc) from exc
    if stat.S_ISLNK(found.st_mode):
        if not follow_symlinks:
            raise OutputError(
                f"cannot write '{target}': it is a symbolic link, and skillgap never writes "
                "through a link it did not create"
            )
        try:
            found = os.stat(target)
        except FileNotFoundError:
            raise OutputError(
                f"cannot write '{target}': it is a symbolic link to '{os.readlink(target)}', "
                "which does not exist; skillgap does not create files through a dangling link"
            ) from None
        except OSError as exc:
            raise _failure(target, exc) from exc
        if stat.S_ISREG(found.st_mode):
            target = Path(os.path.realpath(target))
    if stat.S_ISDIR(found.st_mode):
        raise OutputError(f"cannot write '{target}': it is a folder")
    if not stat.S_ISREG(found.st_mode):
        return target, None, True  # a pipe or a device: nothing there to lose
    return target, stat.S_IMODE(found.st_mode), False


def _create_temp(destination: Path) -> tuple[int, Path]:
    """A new, empty, hidden file next to ``destination`` (hidden: batch never reads it)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    while True:
        temp = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, _NEW_FILE_MODE), temp
        except FileExistsError:
            continue


def _failure(target: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    folder = target.parent
    if exc.errno == errno.ENOENT and not folder.is_dir():
        # the one mistake a user makes most: say which folder, and how to make it
        reason = f"the folder '{folder}' does not exist (create it first: mkdir -p '{folder}')"
    elif os.path.lexists(target):
        reason += f"; '{target}' is unchanged"
    return OutputError(f"cannot write '{target}': {reason}")


# --- the standard streams ----------------------------------------------------------------


def setup_streams() -> None:
    """Never crash on text the terminal's or pipe's encoding cannot hold: replace it."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def write_stdout(text: str) -> None:
    """Write the product to stdout and flush it; whole, or a clear error.

    The write is not cut by SIGTERM or SIGHUP (see :func:`stop_on_signals`), so a reader
    of streamed JSON lines never gets half a line.
    """
    try:
        with _uninterrupted():
            _write_whole(sys.stdout, text)
    except BrokenPipeError as exc:
        silence_stdout()
        raise ClosedPipe from exc
    except OSError as exc:
        silence_stdout()
        raise OutputError(
            f"cannot write to standard output: {exc.strerror or exc}",
        ) from exc


def _write_whole(stream: TextIO, text: str) -> None:
    """Write all of ``text``, however many system calls that takes.

    Unbuffered (``python -u``, ``PYTHONUNBUFFERED``), Python's stdout passes text to the
    file in a single call and drops what a pipe did not take at once; bytes through the
    binary layer, written until none are left, never lose the end of a report.
    """
    raw = getattr(stream, "buffer", None)
    if raw is None or os.name == "nt":  # a stream without bytes, or newlines to translate
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        written = raw.write(data)
        data = data[written or 0 :]
    raw.flush()


def silence_stdout() -> None:
    """Send stdout nowhere from now on, once writing to it has failed."""
    # What is still buffered would fail again when Python flushes at exit, with a message
    # of its own: send it, and anything later, nowhere.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def write_stderr(text: str) -> None:
    """A message on stderr; a stderr that cannot be written is not worth a second error."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(text)
        sys.stderr.flush()


# --- signals -----------------------------------------------------------------------------

_STOP_SIGNALS: Final = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_state: dict[str, int] = {"signal": 0, "raised": 0, "writing": 0}


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Terminated` while the block runs.

    The exception unwinds the command as Ctrl-C does: temporary files are removed and the
    worker pool is stopped, so nothing is left behind. A signal that arrives while a
    record is being written to stdout waits until the write is done, and a second signal
    does not cut the clean-up short.
    """
    try:
        previous = {signum: signal.signal(signum, _on_signal) for signum in _STOP_SIGNALS}
    except ValueError:  # not the main thread (a library caller's): leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _state.update(signal=0, raised=0, writing=0)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if _state["signal"]:
        return  # already stopping: let the clean-up finish (the workers, the temporary file)
    _state["signal"] = signum
    if not _state["writing"]:
        _raise()
    # else a write is in progress: it finishes first, then raises (see _uninterrupted)


def _raise() -> None:
    _state["raised"] = 1
    raise Terminated(_state["signal"])


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    _state["writing"] += 1
    try:
        yield
    finally:
        _state["writing"] -= 1
    if _state["signal"] and not _state["raised"] and not _state["writing"]:
        _raise()
