"""The shipped catalog's cache: data only, the user's own, fresh, and really used."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import pickle
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from skillgap.catalog import read as catalogs
from skillgap.catalog.cache import cache_bytes, cache_dir, catalog_from_cache, read_secret
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import builtin_catalog, cache_path
from skillgap.models.trusted import rebuild


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private, empty cache folder; the in-process memo is cleared before and after."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(folder))
    monkeypatch.delenv("SKILLGAP_NO_CACHE", raising=False)
    builtin_catalog.cache_clear()
    yield folder
    builtin_catalog.cache_clear()


def _fresh() -> CatalogIndex:
    builtin_catalog.cache_clear()
    return builtin_catalog()


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading the catalog's YAML fails the test."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the catalog YAML was parsed: the cache was not read")

    monkeypatch.setattr(catalogs, "parse", refuse)


def _plant(path: Path, data: bytes, mode: int = 0o600) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_bytes(data)
    path.chmod(mode)


def _key() -> str:
    return cache_path().stem.removeprefix("catalog-")


def _secret() -> bytes:
    """The cache folder's HMAC key (made by a first run if need be)."""
    secret = read_secret(cache_path().parent)
    if secret is None:
        _fresh()
        secret = read_secret(cache_path().parent)
    assert secret is not None
    return secret


def _poisoned() -> bytes:
    """A well-formed cache whose ml-engineer is renamed: shows whether a cache file was used."""
    index = _fresh()
    catalog = index.catalog.model_copy(
        update={
            "roles": [
                r.model_copy(update={"name": "Poisoned"}) if r.id == "ml-engineer" else r
                for r in index.catalog.roles
            ]
        }
    )
    return cache_bytes(_key(), catalog, _secret())


def test_second_load_reads_the_cache_not_the_yaml(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After one run has cached the catalog, the next one does not parse any YAML."""
    first = _fresh()
    assert cache_path().is_file()
    _no_yaml(monkeypatch)
    assert _fresh().catalog == first.catalog


def test_cache_is_data_private_and_atomic(cache: Path) -> None:
    """The cache is a key line and JSON, 0600 in a 0700 folder, with no temporary files left."""
    _fresh()
    path = cache_path()
    assert path.parent == cache
    assert path.suffix == ".json"
    assert path.read_bytes().startswith(b"skillgap catalog cache ")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((cache / "skillgap-cache.key").stat().st_mode) == 0o600
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [path.name, "skillgap-cache.key", "CACHEDIR.TAG"]
    )


def test_a_pickle_planted_under_the_key_never_runs(cache: Path, tmp_path: Path) -> None:
    """A pickle that would create a file when unpickled is ignored, replaced, and runs nothing."""
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Payload())
    _fresh()  # skillgap's own folder: stale caches in it are cleaned up
    path = cache_path()
    _plant(path, payload)
    _plant(path.with_suffix(".pickle"), payload)  # the name older versions read
    index = _fresh()
    assert not marker.exists()
    assert index.role("ml-engineer").name == "Machine Learning Engineer"
    assert path.read_bytes().startswith(b"skillgap catalog cache ")  # rewritten
    assert not path.with_suffix(".pickle").exists()  # a stale cache, removed


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"skillgap catalog cache ",
        b"skillgap catalog cache KEY\n{",
        b"skillgap catalog cache other-key\n{}",
        b"\x00" * 100,
        b'{"key": 1}' * 1000,
    ],
    ids=["empty", "no-body", "truncated", "wrong-key", "binary", "garbage"],
)
def test_corrupt_cache_is_ignored_and_rewritten(cache: Path, content: bytes) -> None:
    """A damaged cache file gives the real catalog, and is replaced by a good one."""
    _fresh()
    path = cache_path()
    _plant(path, content.replace(b"KEY", _key().encode()))
    index = _fresh()
    assert len(index.roles) == 6
    assert path.read_bytes() != content
    assert catalog_from_cache(path.read_bytes(), _key(), _secret()) is not None


def _vouched(body: bytes) -> bytes:
    """A cache file whose first line vouches for ``body`` with the folder's own key."""
    mac = hmac.new(_secret(), _key().encode() + b"\n" + body, hashlib.sha256).hexdigest()
    return b"skillgap catalog cache " + f"{_key()} {mac}".encode() + b"\n" + body


def test_cache_gives_back_the_checked_catalog_exactly(cache: Path) -> None:
    """Read back unvalidated, the cached catalog equals the one checked from the YAML.

    Dates are dates, a skill's level names are keyed by numbers, and the report of it is
    the same byte for byte.
    """
    checked = _fresh().catalog
    cached = _fresh().catalog
    assert cached == checked
    assert cached.model_dump_json() == checked.model_dump_json()
    assert isinstance(cached.date, dt.date)
    assert any(isinstance(level, int) for s in cached.skills for level in s.levels)
    assert all(type(s) is type(c) for s, c in zip(cached.skills, checked.skills, strict=True))


def test_cache_edited_after_it_was_written_is_ignored(cache: Path) -> None:
    """A body that is not the one the first line vouches for is not read, and is replaced."""
    _fresh()
    path = cache_path()
    edited = path.read_bytes().replace(b"Machine Learning Engineer", b"Machine Learning Engineex")
    _plant(path, edited)
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"
    assert path.read_bytes() != edited


@pytest.mark.parametrize(
    "body",
    [b"[]", b'{"roles": 1}', b"{}", b'{"skills": [{"id": 1}]}', b"not json"],
    ids=["list", "wrong-type", "no-fields", "bad-skill", "not-json"],
)
def test_cache_of_another_shape_is_ignored(cache: Path, body: bytes) -> None:
    """A vouched-for body that is not a catalog's dump gives the real catalog, no error."""
    _plant(cache_path(), _vouched(body))
    assert len(_fresh().roles) == 6
    assert catalog_from_cache(cache_path().read_bytes(), _key(), _secret()) is not None


def test_a_field_of_an_unknown_kind_is_refused_loudly() -> None:
    """A model whose field has a type the rebuild does not know fails at once, not later."""

    class Odd(BaseModel):
        tags: frozenset[str]

    with pytest.raises(TypeError, match="no trusted form"):
        rebuild(Odd, {"tags": ["a"]})


def test_own_private_cache_is_trusted(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A well-formed cache file of the user's own is what the catalog is read from."""
    poisoned = _poisoned()
    _plant(cache_path(), poisoned)
    _no_yaml(monkeypatch)
    assert _fresh().role("ml-engineer").name == "Poisoned"


@pytest.mark.parametrize(
    ("folder_mode", "file_mode"),
    [(0o770, 0o600), (0o707, 0o600), (0o700, 0o620), (0o700, 0o602)],
    ids=[
        "group-writable-folder",
        "world-writable-folder",
        "group-writable-file",
        "world-writable-file",
    ],
)
def test_cache_writable_by_others_is_ignored(cache: Path, folder_mode: int, file_mode: int) -> None:
    """A cache folder or file that group or others may write is never read."""
    poisoned = _poisoned()
    path = cache_path()
    _plant(path, poisoned, file_mode)
    cache.chmod(folder_mode)
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"
    if folder_mode != 0o700:
        assert path.read_bytes() == poisoned  # not even written to: the folder is not ours
    else:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # replaced by a private file


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_cache_owned_by_another_user_is_ignored(cache: Path) -> None:
    """A cache file or folder that belongs to someone else is never read."""
    poisoned = _poisoned()
    path = cache_path()
    _plant(path, poisoned)
    os.chown(path, 65534, 65534)
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"
    _plant(path, poisoned)
    os.chown(cache, 65534, 65534)
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"


def test_symlinked_cache_file_is_not_followed(cache: Path, tmp_path: Path) -> None:
    """A cache file that is a symlink (to a planted catalog) is not read."""
    target = tmp_path / "elsewhere.json"
    target.write_bytes(_poisoned())
    target.chmod(0o600)
    cache_path().unlink()
    cache_path().symlink_to(target)
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"


def test_stale_caches_are_removed(cache: Path) -> None:
    """In its own folder, skillgap removes older caches and abandoned temporary files only."""
    _fresh()
    cache_path().unlink()
    old = "catalog-0123456789abcdef0123456789abcdef"
    for name in (f"{old}.json", f"{old}.pickle", "notes.txt", ".catalog-a.tmp"):
        _plant(cache / name, b"old")
    os.utime(cache / ".catalog-a.tmp", (0, 0))  # left by a run killed long ago
    _plant(cache / ".catalog-b.tmp", b"being written by another run right now")
    _plant(cache / "catalog-notes.json", b"a name skillgap never gives")
    _fresh()
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [
            cache_path().name,
            "notes.txt",
            ".catalog-b.tmp",
            "catalog-notes.json",
            "skillgap-cache.key",
            "CACHEDIR.TAG",
        ]
    )


def test_a_cache_dir_of_the_users_own_files_loses_none(cache: Path) -> None:
    """SKILLGAP_CACHE_DIR naming a folder of one's own (~/.cache, a project) loses no file."""
    old = "catalog-0123456789abcdef0123456789abcdef"
    mine = [
        f"{old}.json",
        f"{old}.pickle",
        "catalog-2025.json",
        "catalog-x.pickle",
        ".catalog-a.tmp",
    ]
    for name in mine:
        _plant(cache / name, b"the user's own data")
        os.utime(cache / name, (0, 0))
    _fresh()
    assert cache_path().is_file()  # the cache still works there
    for name in mine:
        assert (cache / name).read_bytes() == b"the user's own data", name
    assert not (cache / "CACHEDIR.TAG").exists()  # the folder is not skillgap's to tag


def test_empty_cache_dir_variable_means_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SKILLGAP_CACHE_DIR= (empty) is the platform's cache folder, never the current folder."""
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    assert cache_dir() == tmp_path / "xdg" / "skillgap"
    try:
        _fresh()
    finally:
        builtin_catalog.cache_clear()
    assert cache_path().is_file()
    assert not list(tmp_path.glob("catalog-*"))


def test_no_cache_env_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SKILLGAP_NO_CACHE=1 reads the YAML every time and writes no cache file."""
    monkeypatch.setenv("SKILLGAP_NO_CACHE", "1")
    assert len(_fresh().roles) == 6
    assert not cache.exists()


def test_unwritable_cache_folder_is_no_error(cache: Path, tmp_path: Path) -> None:
    """A cache folder that cannot be created (a file is in the way) just means no cache."""
    cache.write_text("a file, not a folder")
    assert len(_fresh().roles) == 6


@pytest.mark.parametrize(
    ("xdg", "home"),
    [("/tmp/xdg-cache", "/home/ada"), ("", "/home/ada"), ("relative", "/home/ada"), (None, "rel")],
    ids=["xdg", "xdg-empty", "xdg-relative", "home-relative"],
)
def test_cache_dir_is_platformdirs_choice(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str
) -> None:
    """Without SKILLGAP_CACHE_DIR the cache folder is the one platformdirs names."""
    from platformdirs import user_cache_dir

    monkeypatch.delenv("SKILLGAP_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == Path(user_cache_dir("skillgap", appauthor=False))


def test_a_cache_signed_with_another_key_is_ignored(cache: Path) -> None:
    """A cache whose HMAC is not under this folder's own key is not read, and is replaced."""
    forged = cache_bytes(_key(), _fresh().catalog, b"k" * 32)
    _plant(cache_path(), forged.replace(b"Machine Learning Engineer", b"Forged", 1))
    assert catalog_from_cache(cache_path().read_bytes(), _key(), _secret()) is None
    assert _fresh().role("ml-engineer").name == "Machine Learning Engineer"
    assert catalog_from_cache(cache_path().read_bytes(), _key(), _secret()) is not None


def test_the_platforms_skillgap_folder_is_cleaned_though_made_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default ~/.cache/skillgap, made by an older version, is skillgap's: old caches go."""
    monkeypatch.delenv("SKILLGAP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "skillgap"
    old = folder / "catalog-0123456789abcdef0123456789abcdef.json"
    _plant(old, b"an older version's cache")
    _plant(tmp_path / "xdg" / "catalog-0123456789abcdef0123456789abcdef.json", b"not ours")
    try:
        _fresh()
    finally:
        builtin_catalog.cache_clear()
    assert not old.exists()
    assert (tmp_path / "xdg" / "catalog-0123456789abcdef0123456789abcdef.json").exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [cache_path().name, "skillgap-cache.key", "CACHEDIR.TAG"]
    )
