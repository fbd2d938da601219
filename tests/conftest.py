"""Shared fixtures: the shipped catalog, a CLI runner, paths to example files."""

from __future__ import annotations

import difflib
import functools
import itertools
import json
import os
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.cli import app
from skillgap.errors import ExitCode
from skillgap.schemas import shipped_schema

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
#: The documentation: README.md is the front door, docs/ holds a page per topic.
DOCS = ROOT / "docs"

Run = Callable[..., Result]
ROLE_IDS = (
    "ai-consultant",
    "ai-research-scientist",
    "data-scientist",
    "ml-developer",
    "ml-engineer",
    "mlops-engineer",
)


def doc_page(name: str) -> str:
    """One page of the documentation: ``README.md``, or ``name`` in ``docs/`` (``batch.md``)."""
    path = ROOT / name if name == "README.md" else DOCS / name
    return path.read_text(encoding="utf-8")


def documentation() -> str:
    """The README and every page of ``docs/``, one after another: all a user can read."""
    pages = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites every golden file from the current code (review the diff)."""
    parser.addoption("--update-golden", action="store_true", help="regenerate golden files")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run regenerates golden files instead of comparing against them."""
    return bool(request.config.getoption("--update-golden"))


GOLDEN = Path(__file__).resolve().parent / "golden"
Golden = Callable[[Path, str], None]


def compare_golden(path: Path, actual: str, *, update: bool) -> None:
    """Fail unless ``actual`` is the text of golden file ``path``; ``update`` writes it first.

    Without ``update`` nothing is written, a missing golden file included: a test run only
    rewrites golden files when ``--update-golden`` asks it to.
    """
    name = path.relative_to(GOLDEN) if path.is_relative_to(GOLDEN) else path
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.is_file(), f"golden file {name} is missing: run pytest --update-golden"
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), "golden", "now"
        )
        shown = list(itertools.islice(diff, 60))
        pytest.fail(
            f"{name} differs; if the change is intended, run pytest --update-golden and review "
            f"the diff:\n{''.join(shown)}",
            pytrace=False,
        )


@pytest.fixture
def golden(update_golden: bool) -> Golden:
    """Compare text with a golden file under tests/golden/ (rewritten with --update-golden)."""

    def check(path: Path, actual: str) -> None:
        compare_golden(path, actual, update=update_golden)

    return check


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the catalog cache of every run (in-process and subprocess) out of the user's home."""
    os.environ["SKILLGAP_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    """The shipped catalog, read once."""
    return api.load_catalog()


@functools.cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    """The shipped schema of ``kind`` (what users get), as a validator."""
    schema = json.loads(shipped_schema(kind).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def check_batch_record(record: object) -> None:
    """Fail unless ``record`` is valid under ``skillgap schema batch``."""
    errors = [e.message for e in _validator("batch").iter_errors(record)]
    assert errors == [], f"batch record {record!r} breaks the batch schema: {errors}"


def check_batch_output(args: list[str], stdout: str) -> None:
    """Validate what a ``batch`` run printed or wrote: each JSONL record, or the JSON document.

    Every batch run of the tests goes through here (the ``run`` fixture), so every record
    the tests produce is held to ``skillgap schema batch`` (and ``cohort`` for JSON).
    """
    output = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-o", "--output")), None)
    fmt = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--format")), None)
    if fmt is None and output is not None:
        fmt = {".csv": "csv", ".json": "json", ".md": "markdown", ".html": "html"}.get(
            Path(output).suffix, "jsonl"
        )
    fmt = fmt or "jsonl"
    text = stdout
    if output is not None:
        text = Path(output).read_text(encoding="utf-8") if Path(output).is_file() else ""
    if fmt == "jsonl":
        for line in text.splitlines():
            check_batch_record(json.loads(line))
    elif fmt == "json" and text:
        errors = [e.message for e in _validator("cohort").iter_errors(json.loads(text))]
        assert errors == [], f"batch JSON breaks the cohort schema: {errors}"


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process, as a user would from a shell (stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        argv = [str(a) for a in args]
        result = runner.invoke(app, argv, input=input, catch_exceptions=False)
        # A usage error (exit 2) writes nothing: its --output may even be a profile.
        batch = argv[:1] == ["batch"] and not {"--help", "--version"} & set(argv)
        if batch and result.exit_code != ExitCode.USAGE:
            check_batch_output(argv, result.stdout)
        return result

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
