"""A file's bytes, read safely: regular files only, bounded, decoded as UTF-8, hashed.

Every input (YAML, JSON, a résumé, a posting) is read here first; a folder, a missing
file, a broken link, a pipe or a file over the limit is an :class:`InputError`, never a
hang or a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import Final

from skillgap.errors import InputError, Problem
from skillgap.untrusted import path_text

#: The largest file read. A profile is a few kilobytes and the shipped catalog about 60 KB
#: over six files; with :data:`~skillgap.inputs.loader.MAX_EXPANDED` this bounds a file's
#: parse to about 150 MB and a couple of seconds, whatever it holds.
MAX_FILE_BYTES: Final = 2 * 1024 * 1024


def sha256_hex(data: bytes) -> str:
    """Content hash recorded in results so a number can be reproduced."""
    return hashlib.sha256(data).hexdigest()


def decode(raw: bytes, source: str, hint: str = "save the file as UTF-8") -> str:
    """UTF-8 bytes to text (a leading BOM is allowed), or an InputError with the position."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            [
                Problem(
                    source,
                    line,
                    column,
                    f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x})",
                    hint,
                )
            ]
        ) from exc


def read_bytes(
    path: Path | str,
    source: str | None = None,
    *,
    limit: int = MAX_FILE_BYTES,
    too_large_hint: str | None = None,
) -> bytes:
    """Read a file's bytes, turning a folder, a missing file or a huge file into an InputError.

    ``limit``: the most bytes accepted (default: the YAML limit, 2 MiB); ``too_large_hint``
    replaces the hint of a file over it.

    Only a regular file (or a link to one) is opened: a named pipe would wait for a writer
    for ever, and a device may do something on open. One stat, one open, one bounded
    read: batch runs call this for every profile.
    """
    name = path_text(source or path)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputError([_unreadable(path, name, exc)]) from exc
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise InputError(
                [Problem(name, 0, 0, "is a folder, not a file", "name a .yaml file inside it")]
            )
        raise InputError(
            [
                Problem(
                    name,
                    0,
                    0,
                    f"cannot read the file: it is {_kind(mode)}, not a regular file",
                    "skillgap reads only regular files (a pipe would wait for a writer "
                    "for ever); save the profile to a file",
                )
            ]
        )
    try:
        # O_NONBLOCK: should the file have been swapped for a pipe since the stat, the open
        # still returns at once, and the fstat below refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as handle:  # a descriptor, not a path
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise InputError(
                    [Problem(name, 0, 0, f"cannot read the file: it is {_kind(info.st_mode)}")]
                )
            # Ask for the size the file says it has, plus one byte to see the end: asking
            # for the limit itself allocates the limit a read, which triples the read's cost.
            size = info.st_size
            raw = handle.read(min(size, limit) + 1 if size else limit + 1)
            if size and len(raw) > size:  # it grew since: read on, to the limit
                raw += handle.read(limit + 1 - len(raw))
    except OSError as exc:
        raise InputError([_unreadable(path, name, exc)]) from exc
    if len(raw) > limit:
        raise InputError([too_large(name, limit, too_large_hint)])
    return raw


def too_large(name: str, limit: int = MAX_FILE_BYTES, hint: str | None = None) -> Problem:
    """The problem of a file over ``limit`` bytes."""
    return Problem(
        name,
        0,
        0,
        f"the file is larger than the limit of {limit:,} bytes ({limit // (1024 * 1024)} MiB)",
        hint
        or "a profile is a few kilobytes; split a larger catalog over several files in a folder",
    )


def _unreadable(path: Path | str, name: str, exc: OSError) -> Problem:
    """Why a file cannot be read, in words: a broken link and a link loop say so."""
    if exc.errno == errno.ELOOP:
        return Problem(
            name,
            0,
            0,
            "cannot read the file: it is a symbolic link loop",
            "point the link at a real file, or remove it",
        )
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return Problem(
            name,
            0,
            0,
            "cannot read the file: it is a broken symbolic link (its target does not exist)",
            "point the link at a real file, or remove it",
        )
    return Problem(name, 0, 0, f"cannot read the file: {exc.strerror}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"
