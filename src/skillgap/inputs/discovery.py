"""Finding input files: one rule for ``validate``, ``--catalog`` folders and ``batch``.

The rule, in full:

* A folder is searched recursively for ``*.yaml`` and ``*.yml`` files, in any case
  (``A.YAML`` too); entries whose name starts with a dot are skipped.
* The order is the files' paths below the folder, sorted as text (by code point, ``/``
  between folders), so ``a.yaml`` comes before ``a/b.yaml``, and a run is the same on
  every machine and file system.
* Symbolic links to files are followed; symbolic links to folders are not (a link back
  up the tree would never end). A broken link, a link loop (``x.yaml -> x.yaml``), a
  named pipe, a socket or a device with a YAML name is *found*, so that it is reported
  as unreadable (exit 3, or a record in batch), never silently passed over and never
  opened: :func:`skillgap.inputs.loader.read_bytes` refuses anything but a regular file
  before it opens it, so a pipe cannot hang a run.
* Files named directly or matched by a glob pattern are taken as named, and a file
  found twice (by two patterns, or a hard link) is taken once.
* ``batch`` passes over a mentor's review (``*.review.yaml``) found in a folder or by a
  glob: it sits beside the profile it reviews and is not a profile.

Discovery only lists names: a folder is read with ``os.scandir``, whose entries carry
their type, so walking tens of thousands of files costs no extra system call a file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final

from skillgap.errors import InputError, Problem, UsageError
from skillgap.models.common import REVIEW_SUFFIXES

YAML_SUFFIXES: Final = (".yaml", ".yml")


def walk(folder: str) -> Iterator[str]:
    """The YAML files below ``folder``, in the order of their relative paths as text.

    Depth first with a stack of its own, not by recursion: a tree thousands of folders
    deep is walked like a flat one (Python's recursion limit is about a thousand).
    """
    stack = [iter(_listed(folder))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_listed(entry.path)))
        elif entry.name.lower().endswith(YAML_SUFFIXES) and not (
            entry.is_symlink() and _links_to_folder(entry)
        ):
            # A regular file, a link to one, or something to report as unreadable (a
            # broken link, a loop, a pipe, a socket, a device); a link to a folder is not
            # followed.
            yield entry.path


def _listed(folder: str) -> list[os.DirEntry[str]]:
    """A folder's entries but hidden ones, sorted by :func:`_key`; none if it cannot be read."""
    try:
        with os.scandir(folder) as found:
            entries = [(_key(e), e) for e in found if not e.name.startswith(".")]
    except OSError:
        return []  # as os.walk does: a folder that cannot be listed has nothing to give
    entries.sort(key=_first)
    return [entry for _, entry in entries]


def _links_to_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop: is_dir raises ELOOP (only a missing target is False)
        return False


def _key(entry: os.DirEntry[str]) -> str:
    # A folder sorts as its name and a slash: the walk's order is then exactly the
    # order of the full relative paths as text ("a.yaml" < "a/b.yaml" < "a0.yaml").
    return entry.name + "/" if entry.is_dir(follow_symlinks=False) else entry.name


def _first(pair: tuple[str, os.DirEntry[str]]) -> str:
    return pair[0]


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files below ``folder``, by :func:`walk`'s rule, or an InputError if none."""
    files = [Path(p) for p in walk(str(folder))]
    if not files:
        raise InputError([Problem(str(folder), 0, 0, "the folder holds no .yaml or .yml files")])
    return files


def expand(path: Path) -> list[Path]:
    """A path as ``validate`` and ``--catalog`` take it: a folder's YAML files, or the file."""
    return yaml_files(path) if path.is_dir() else [path]


def discover(patterns: Sequence[str]) -> Iterator[str]:
    """Files named by paths, folders (searched recursively) or glob patterns, each once.

    A pattern that matches nothing is a usage error, raised when it is reached.
    """
    for path, _ in discover_labelled(patterns):
        yield path


def discover_labelled(patterns: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Each file with a label for its report's name.

    The label is the file's path below the folder it was found in, or its own name when
    it was named directly or matched by a pattern.
    """
    import glob  # batch's patterns only

    seen: set[tuple[int, int]] = set()
    several = len(patterns) > 1
    for pattern in patterns:
        found: Iterable[tuple[str, str]]
        if os.path.isdir(pattern):
            found = (f for f in _below(pattern) if not f[0].lower().endswith(REVIEW_SUFFIXES))
        elif os.path.lexists(pattern):  # a file, or a broken link or a pipe to report
            found = [(pattern, os.path.basename(pattern))]
        elif glob.has_magic(pattern):
            matched = sorted(glob.glob(pattern, recursive=True))
            found = [
                f
                for m in matched
                for f in (_below(m) if os.path.isdir(m) else [(m, os.path.basename(m))])
                if not f[0].lower().endswith(REVIEW_SUFFIXES)  # a mentor's review, not a profile
            ]
        else:
            raise UsageError(f"'{pattern}' does not exist", "check the path or the pattern")
        empty = True
        for file, label in found:
            empty = False
            if several or glob.has_magic(pattern):
                identity = _identity(file)
                if identity is not None:
                    if identity in seen:
                        continue
                    seen.add(identity)
            yield file, label
        if empty:
            raise UsageError(
                f"'{pattern}' matches no .yaml or .yml file",
                "name a profile, a folder of profiles or a glob pattern",
            )


def _identity(path: str) -> tuple[int, int] | None:
    """The file's device and inode, to take it once; None for a link that leads nowhere.

    A broken link or a loop has no target to compare, so each is kept, to be reported.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _below(folder: str) -> Iterator[tuple[str, str]]:
    # Every path walk yields starts with ``folder``: the rest is the label, without the
    # cost of os.path.relpath (two abspath calls a file).
    start = len(folder)
    for path in walk(folder):
        yield path, path[start:].lstrip(os.sep)
