"""Shared fixtures: the shipped catalog, a CLI runner, paths to example files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.cli import app

# Properties state behaviour, not speed: no per-example deadline (a busy machine would fail
# them). CI (CI=true) replays the same examples on every run, so a red CI is reproducible
# and never a coin toss; a developer's run explores new examples each time.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# A piped report is COLUMNS wide (100 without it): the golden files are 100 wide, so a width
# from the developer's shell or a test runner's worker must not leak in. Tests about the
# width set COLUMNS themselves.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)

ROOT = Path(__file__).resolve().parents[1]
PROFILES = ROOT / "profiles"
CASES = Path(__file__).resolve().parent / "cases"

Run = Callable[..., Result]
ROLE_IDS = (
    "ai-consultant",
    "ai-research-scientist",
    "data-scientist",
    "ml-developer",
    "ml-engineer",
    "mlops-engineer",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the expected renderer outputs from the current code."""
    parser.addoption("--update-golden", action="store_true", help="regenerate golden files")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run regenerates golden files instead of comparing against them."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the catalog cache of every run (in-process and subprocess) out of the user's home."""
    os.environ["SKILLGAP_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    """The shipped catalog, read once."""
    return api.load_catalog()


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process, as a user would from a shell (stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under a temporary folder and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
