"""A cache file skillgap did not write is never rebuilt: forged, planted or a FIFO."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CASES, PROFILES
from skillgap.catalog.read import builtin_catalog, cache_path

FORGED = sorted((CASES / "forged-cache").glob("*.json"))
#: Only a guard against a hang (a FIFO opened, a role that extends itself): never a timing.
HANG_GUARD_SECONDS = 120


def _assess(cache: Path, *, use_cache: bool = True) -> subprocess.CompletedProcess[str]:
    """``skillgap assess`` of the student profile, in its own process, with ``cache``."""
    env = os.environ | {"SKILLGAP_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    env["SKILLGAP_NO_CACHE"] = "0" if use_cache else "1"
    args = ["assess", str(PROFILES / "student.yaml"), "-f", "json", "--as-of", "2026-12-01"]
    return subprocess.run(
        [sys.executable, "-m", "skillgap", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The report read from the catalog's YAML, with no cache at all."""
    done = _assess(tmp_path_factory.mktemp("no-cache"), use_cache=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder holding a good cache written by a first run."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(folder))
    builtin_catalog.cache_clear()
    assert _assess(folder).returncode == 0
    assert cache_path().is_file()
    return folder


def _set(data: Any, path: list[str | int], value: object) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _forge(case: Path) -> bytes:
    """The good cache with the case's edits, its first line vouching for them by SHA-256."""
    head, _, body = cache_path().read_bytes().partition(b"\n")
    data = json.loads(body)
    for path, value in json.loads(case.read_text(encoding="utf-8"))["set"]:
        _set(data, path, value)
    forged = json.dumps(data).encode()
    digest = hashlib.sha256(forged).hexdigest().encode()
    return b" ".join(head.split()[:4]) + b" " + digest + b"\n" + forged


@pytest.mark.parametrize("case", FORGED, ids=[c.stem for c in FORGED])
def test_a_forged_cache_is_ignored(cache: Path, case: Path, expected: str) -> None:
    """A cache skillgap did not write gives the real report (exit 0), never a crash or a loop."""
    cache_path().write_bytes(_forge(case))
    done = _assess(cache)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == expected


def test_a_fifo_at_the_cache_name_never_hangs(cache: Path, expected: str) -> None:
    """A named pipe where the cache file should be is passed over: the run ends, exit 0."""
    path = cache_path()
    path.unlink()
    os.mkfifo(path, 0o600)
    done = _assess(cache)
    assert (done.returncode, done.stdout) == (0, expected)
