"""The checked shipped catalog, kept as JSON between runs in a folder of the user's own.

JSON read back through the models can only ever be data (a pickle could run code), and only a
folder and a file owned by this user and writable by nobody else are read.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import stat
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from pydantic_core import from_json

from skillgap import __version__
from skillgap.inputs.loader import sha256_hex
from skillgap.models import catalog as catalog_models
from skillgap.models import common as common_models
from skillgap.models.catalog import Catalog
from skillgap.models.trusted import rebuild


def cache_dir() -> Path:
    r"""Where the checked form of the shipped catalog is kept between runs.

    ``$SKILLGAP_CACHE_DIR`` if set and not empty, else the platform's user cache folder
    (``~/.cache/skillgap`` on Linux, ``~/Library/Caches/skillgap`` on macOS,
    ``%LOCALAPPDATA%\skillgap\Cache`` on Windows).
    """
    configured = os.environ.get("SKILLGAP_CACHE_DIR", "")
    if configured:  # an empty value is unset, not "the current folder"
        return Path(configured)
    xdg = _xdg_cache_home()
    if xdg is not None:
        return xdg / "skillgap"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("skillgap", appauthor=False))


def _xdg_cache_home() -> Path | None:
    """On Linux, the user's cache folder as platformdirs finds it, in its common cases.

    ``$XDG_CACHE_HOME`` if it is an absolute path, else ``$HOME/.cache`` when ``HOME`` is
    an absolute path; None for every other case and platform (Android too), which
    platformdirs decides. Importing platformdirs costs more than the rest of reading the
    cache.
    """
    if sys.platform != "linux" or "ANDROID_DATA" in os.environ:
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if posixpath.isabs(xdg):
        return Path(xdg)
    home = os.environ.get("HOME", "")
    return Path(home) / ".cache" if posixpath.isabs(home) else None


#: The cache is a few tens of KiB; a file far larger than that is not ours to parse.
_CACHE_MAX_BYTES: Final = 4 * 1024 * 1024
_CACHE_PREFIX: Final = "catalog-"
_STALE_TMP_SECONDS: Final = 600


#: The cache file's first line; the catalog's JSON follows. No wrapper model: building one
#: around Catalog costs pydantic tens of milliseconds at import, on every start.
_CACHE_HEAD: Final = b"skillgap catalog cache "


def cache_bytes(key: str, catalog: Catalog) -> bytes:
    """A cache file's content: a line naming the key and the body's digest, then the body.

    The body is the checked catalog as JSON.
    """
    body = catalog.model_dump_json().encode()
    return _CACHE_HEAD + f"{key} {sha256_hex(body)}".encode() + b"\n" + body


def catalog_from_cache(data: bytes, key: str) -> Catalog | None:
    """The catalog in a cache file's content, or None unless it is whole and for ``key``.

    JSON can only ever be data (a pickle could run code). The catalog in it was validated
    before it was written, by the models the key names; a body that is not, byte for byte,
    the one its first line vouches for is refused, so it is rebuilt without validating it
    a second time (:mod:`skillgap.models.trusted`), which would cost more than the rest of
    a short run. A body of another shape is refused too.
    """
    head, _, body = data.partition(b"\n")
    if head != _CACHE_HEAD + f"{key} {sha256_hex(body)}".encode():
        return None
    try:
        return rebuild(Catalog, from_json(body))
    except (ValueError, TypeError, KeyError, AttributeError):  # not JSON, or not a catalog
        return None


def cache_key(sources: Iterable[tuple[str, str]]) -> str:
    """The key of a catalog made of ``sources`` (name and sha256 of each file).

    The tool's version, the catalog models' source (and their common base's) and every
    file's bytes: a cache of an older model or catalog never loads.
    """
    models_sha = sha256_hex(
        b"".join(Path(str(m.__file__)).read_bytes() for m in (catalog_models, common_models))
    )
    return hashlib.sha256(
        "\n".join([__version__, models_sha, *(f"{n}:{sha}" for n, sha in sources)]).encode()
    ).hexdigest()[:32]


def cache_file(key: str) -> Path:
    """Where the cache of the catalog with ``key`` is kept."""
    return cache_dir() / f"{_CACHE_PREFIX}{key}.json"


def _private(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    if not hasattr(os, "getuid"):
        # Windows: access is governed by ACLs, which stat does not show (its mode bits say
        # "writable by all" for every writable file); the default folder is per-user.
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(path: Path, key: str) -> Catalog | None:
    """The cached catalog, or None when there is none we may trust (never an exception)."""
    try:
        if not _private(path.parent.stat()):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > _CACHE_MAX_BYTES:
                return None
            data = fh.read(_CACHE_MAX_BYTES + 1)
    except OSError:
        return None
    return catalog_from_cache(data, key)


def store(path: Path, key: str, catalog: Catalog) -> None:
    """Write the cache atomically (0600, in a 0700 folder) and drop older ones.

    A cache that cannot be written, or a folder that is not the user's own, is simply
    not used: the next run reads the YAML again.
    """
    import tempfile

    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder.stat()):
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{_CACHE_PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(cache_bytes(key, catalog))
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{_CACHE_PREFIX}*"):
            if old.name != path.name and old.suffix in (".json", ".pickle"):
                old.unlink(missing_ok=True)  # a cache of an older catalog or version
        for tmp_left in folder.glob(f".{_CACHE_PREFIX}*.tmp"):
            # left by a run killed while writing; a fresh one may be another run's, at work
            if time.time() - tmp_left.stat().st_mtime > _STALE_TMP_SECONDS:
                tmp_left.unlink(missing_ok=True)
    except OSError:
        return
