"""Records a batch run keeps until its end, held out of memory: a document written in one pass.

``--format json`` and ``html`` print every record (or a row per person) after a summary
that counts them all, so the records must wait for the run's end. They wait here, one
compact JSON line each, in a temporary file that no name points to (it leaves nothing
behind, however the run ends); the first megabyte stays in memory, so a small run never
touches the disk. Memory stays flat however many profiles there are.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Final, Generic, TypeVar

from skillgap.errors import OutputError

#: Bytes kept in memory before the spool moves to a temporary file.
IN_MEMORY: Final = 1 << 20
#: Characters of a document written at once: few writes, and little held.
BLOCK: Final = 1 << 16

T = TypeVar("T")
S = TypeVar("S")


class Spool(Generic[T]):
    """JSON records in the order they came, read back once when the run is over."""

    def __init__(self) -> None:
        # Memory first, a temporary file past IN_MEMORY. Not tempfile.SpooledTemporaryFile:
        # a Ctrl-C inside its constructor leaves an object whose finaliser raises
        # AttributeError (printed as a traceback); a BytesIO is made in one C call.
        self._file: IO[bytes] = io.BytesIO()
        self._count = 0

    def append(self, record: T) -> None:
        """Keep one record (ASCII JSON: lone surrogates in a name come back as they went)."""
        line = json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"
        try:
            memory = self._file
            if isinstance(memory, io.BytesIO) and memory.tell() + len(line) > IN_MEMORY:
                disk = tempfile.TemporaryFile()  # noqa: SIM115  # closed by close()
                disk.write(memory.getvalue())
                self._file = disk
            self._file.write(line)
        except OSError as exc:
            raise OutputError(
                f"cannot keep the run's records in a temporary file: {exc.strerror or exc}"
            ) from exc
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[T]:
        """The records, first to last (no record may be appended while this runs)."""
        self._file.seek(0)
        for line in self._file:
            yield json.loads(line)
        self._file.seek(0, 2)

    def close(self) -> None:
        """Drop the records (the temporary file goes with them)."""
        self._file.close()

    def __del__(self) -> None:
        # A cohort a library caller drops without close(): its file goes quietly too (if
        # it was ever made: Ctrl-C may come before).
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()


class Mapped(Generic[S, T]):
    """``function`` over a spool's records, lazily: a sized iterable a template can loop over."""

    def __init__(self, spool: Spool[S], function: Callable[[S], T]) -> None:
        self.spool = spool
        self.function = function

    def __len__(self) -> int:
        return len(self.spool)

    def __bool__(self) -> bool:
        return bool(self.spool)

    def __iter__(self) -> Iterator[T]:
        return map(self.function, self.spool)


def in_blocks(pieces: Iterable[str], size: int = BLOCK) -> Iterator[str]:
    """The pieces of a document joined into blocks of about ``size`` characters, in order."""
    block: list[str] = []
    held = 0
    for piece in pieces:
        block.append(piece)
        held += len(piece)
        if held >= size:
            yield "".join(block)
            block, held = [], 0
    if block:
        yield "".join(block)
