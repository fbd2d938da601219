"""The checked shipped catalog, kept as JSON between runs in a folder of the user's own.

JSON read back through the models can only ever be data (a pickle could run code), and only a
folder and a file owned by this user and writable by nobody else are read. The file carries
an HMAC-SHA-256 of its body under a random key kept beside it (0600), so a cache that skillgap
did not write itself is ignored: what is rebuilt unvalidated is only ever what was checked.
The clean-up deletes only skillgap's own names, and only in a folder skillgap created itself
(it holds skillgap's ``CACHEDIR.TAG``): ``SKILLGAP_CACHE_DIR`` may name a folder of the
user's own files.
"""

from __future__ import annotations

import hashlib
import hmac
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
    return _default_dir()


def _default_dir() -> Path:
    """The platform's user cache folder for skillgap: one no other program writes to."""
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
#: Never block on a FIFO or a device at one of our names: the type is checked once it is open.
_READ_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NONBLOCK", 0)
)
#: The random key of the cache's HMAC, created once in the cache folder (0600).
SECRET_NAME: Final = "skillgap-cache.key"
_SECRET_BYTES: Final = 32
#: The Cache Directory Tagging marker; skillgap writes it only in a folder it created, and
#: cleans up only where it finds it (with this exact content).
MARKER_NAME: Final = "CACHEDIR.TAG"
MARKER: Final = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This file is a cache directory tag created by skillgap.\n"
    b"# For information about cache directory tags see https://bford.info/cachedir/\n"
)


#: The cache file's first line; the catalog's JSON follows. No wrapper model: building one
#: around Catalog costs pydantic tens of milliseconds at import, on every start.
_CACHE_HEAD: Final = b"skillgap catalog cache "


def _mac(secret: bytes, key: str, body: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\n" + body, hashlib.sha256).hexdigest().encode()


def cache_bytes(key: str, catalog: Catalog, secret: bytes) -> bytes:
    """A cache file's content: a line naming the key and the body's HMAC, then the body.

    The body is the checked catalog as JSON; the HMAC is keyed with the cache folder's
    ``secret``.
    """
    body = catalog.model_dump_json().encode()
    return _CACHE_HEAD + key.encode() + b" " + _mac(secret, key, body) + b"\n" + body


def catalog_from_cache(data: bytes, key: str, secret: bytes) -> Catalog | None:
    """The catalog in a cache file's content, or None unless skillgap wrote it for ``key``.

    JSON can only ever be data (a pickle could run code). The catalog in it was validated
    before it was written, by the models the key names; a body whose HMAC under ``secret``
    is not the one its first line gives is refused, so whatever is rebuilt without
    validating it a second time (:mod:`skillgap.models.trusted`, which would cost more than
    the rest of a short run) is what skillgap checked and wrote. A body of another shape is
    refused too.
    """
    head, _, body = data.partition(b"\n")
    expected = _CACHE_HEAD + key.encode() + b" " + _mac(secret, key, body)
    if not hmac.compare_digest(head, expected):
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


def _read_private(path: Path, limit: int) -> bytes | None:
    """A regular file of this user's, writable by no one else, at most ``limit`` bytes; else None.

    Opened without following a symlink and without blocking, so a FIFO or a device at the
    name is never waited on.
    """
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > limit:
                return None
            return fh.read(limit + 1)
    except OSError:
        return None


def read_secret(folder: Path) -> bytes | None:
    """The cache folder's HMAC key, or None when there is none of the user's own."""
    secret = _read_private(folder / SECRET_NAME, _SECRET_BYTES)
    return secret if secret is not None and len(secret) == _SECRET_BYTES else None


def _make_secret(folder: Path) -> bytes | None:
    """The folder's HMAC key, created (random, 0600) if there is none yet."""
    import tempfile

    path = folder / SECRET_NAME
    if not os.path.lexists(path):
        fd, tmp = tempfile.mkstemp(prefix=f".{_CACHE_PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(_SECRET_BYTES))
            os.link(tmp, path)  # never replaces a key another run made meanwhile
        except FileExistsError:
            pass
        finally:
            Path(tmp).unlink(missing_ok=True)
    return read_secret(folder)


def load(path: Path, key: str) -> Catalog | None:
    """The cached catalog, or None when there is none we may trust (never an exception)."""
    try:
        if not _private(path.parent.stat()):
            return None
    except OSError:
        return None
    secret = read_secret(path.parent)
    if secret is None:
        return None
    data = _read_private(path, _CACHE_MAX_BYTES)
    return None if data is None else catalog_from_cache(data, key, secret)


def store(path: Path, key: str, catalog: Catalog) -> None:
    """Write the cache atomically (0600, in a 0700 folder) and drop older ones.

    A cache that cannot be written, or a folder that is not the user's own, is simply
    not used: the next run reads the YAML again.
    """
    import tempfile

    folder = path.parent
    try:
        created = _make_folder(folder)
        if not _private(folder.stat()):
            return
        if created or folder == _default_dir():
            _tag(folder)  # a folder skillgap made, or the one the platform names for it
        secret = _make_secret(folder)
        if secret is None:
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{_CACHE_PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(cache_bytes(key, catalog, secret))
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if _is_ours(folder):
            _clean(folder, keep=path.name)
    except OSError:
        return


def _make_folder(folder: Path) -> bool:
    """Create the cache folder (0700) if it is missing; True if this call created it."""
    folder.parent.mkdir(parents=True, exist_ok=True)  # as ~/.cache would be made: not ours
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        return False
    return True


def _tag(folder: Path) -> None:
    """Mark ``folder`` as skillgap's own, unless something is at the marker's name already."""
    try:
        fd = os.open(
            folder / MARKER_NAME,
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
            0o600,
        )
    except FileExistsError:  # tagged before (or another run's at work): never rewritten
        return
    with os.fdopen(fd, "wb") as fh:
        fh.write(MARKER)


def _is_ours(folder: Path) -> bool:
    """The folder holds skillgap's own marker: skillgap made it (or it is the platform's for it)."""
    return _read_private(folder / MARKER_NAME, len(MARKER)) == MARKER


def _old_cache(name: str) -> bool:
    """A name only skillgap's caches take: ``catalog-`` and hex digits, ``.json`` or ``.pickle``."""
    stem, dot, suffix = name.rpartition(".")
    digits = stem.removeprefix(_CACHE_PREFIX)
    return (
        bool(dot)
        and suffix in ("json", "pickle")
        and stem.startswith(_CACHE_PREFIX)
        and digits != ""
        and all(c in "0123456789abcdef" for c in digits)
    )


def _clean(folder: Path, keep: str) -> None:
    """Remove skillgap's older caches and temporary files abandoned long ago, nothing else."""
    now = time.time()
    for entry in os.scandir(folder):
        if entry.name == keep or not entry.is_file(follow_symlinks=False):
            continue
        # a cache of an older catalog or version; or a temporary file left by a run killed
        # while writing (a fresh one may be another run's, at work)
        stale_tmp = (
            entry.name.startswith(f".{_CACHE_PREFIX}")
            and entry.name.endswith(".tmp")
            and now - entry.stat(follow_symlinks=False).st_mtime > _STALE_TMP_SECONDS
        )
        if _old_cache(entry.name) or stale_tmp:
            Path(entry.path).unlink(missing_ok=True)
