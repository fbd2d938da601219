"""Every command offers exactly its formats, each really written; others are refused."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer

from conftest import PROFILES, ROOT, Run
from skillgap.cli import app
from skillgap.renderers import COMMAND_FORMATS

STUDENT = PROFILES / "student.yaml"
NEWCOMER = PROFILES / "newcomer.yaml"
ARGS: dict[str, list[str | Path]] = {
    "assess": ["assess", STUDENT, "--start-date", "2026-12-01"],
    "plan": ["plan", STUDENT, "--start-date", "2026-12-01"],
    "match": ["match", STUDENT, "--start-date", "2026-12-01"],
    "compare": [
        "compare",
        NEWCOMER,
        STUDENT,
        "--role",
        "ml-engineer",
        "--start-date",
        "2026-12-01",
    ],
    "roles show": ["roles", "show", "mlops-engineer"],
    "roles": ["roles"],
    "skills": ["skills", "torch"],
    "extract": ["extract", ROOT / "tests" / "data" / "text-2026-12" / "posting-ml-engineer.txt"],
    "postings": ["postings", ROOT / "tests" / "data" / "text-2026-12"],
    "validate": ["validate", STUDENT],
    "batch": ["batch", STUDENT, NEWCOMER, "--jobs", "1", "--start-date", "2026-12-01"],
}
CASES = [(command, fmt.value) for command, formats in COMMAND_FORMATS.items() for fmt in formats]


def looks_like(fmt: str, text: str) -> bool:
    """Whether ``text`` is plausibly in ``fmt`` (and not another format)."""
    checks = {
        "json": lambda: isinstance(json.loads(text), dict),
        "jsonl": lambda: all(isinstance(json.loads(line), dict) for line in text.splitlines()),
        "csv": lambda: text.startswith("file,name,role,score"),
        "html": lambda: text.lstrip().lower().startswith("<!doctype html>"),
        "markdown": lambda: text.lstrip().startswith("#") and "<html" not in text,
        "terminal": lambda: not text.lstrip().startswith(("{", "<", "#")),
        "table": lambda: not text.lstrip().startswith(("{", "<", "#")),
        "text": lambda: not text.lstrip().startswith(("{", "<")),
        "ics": lambda: text.startswith("BEGIN:VCALENDAR"),  # CRLF: see test_plan_ics.py
    }
    return bool(checks[fmt]())


def test_every_command_with_format_is_listed() -> None:
    """The table covers every command with --format, including roles and batch's cohort."""
    assert set(ARGS) == set(COMMAND_FORMATS)


def _with_format(group: Any, prefix: str = "") -> set[str]:
    """The commands under ``group`` (typer's click objects) whose options include --format."""
    found = set()
    for name, command in getattr(group, "commands", {}).items():
        path = f"{prefix}{name}"
        if any("--format" in getattr(p, "opts", ()) for p in command.params):
            found.add(path)
        found |= _with_format(command, f"{path} ")
    return found


def test_the_format_table_is_every_commands_format_option() -> None:
    """No command parses --format outside the one table: `skills -f JSON` works like `roles`."""
    assert _with_format(typer.main.get_command(app)) == set(COMMAND_FORMATS)


@pytest.mark.parametrize(("command", "fmt"), CASES)
def test_each_command_writes_each_of_its_formats(command: str, fmt: str, run: Run) -> None:
    """`skillgap COMMAND -f FMT` writes FMT (upper case accepted), never another format."""
    result = run(*ARGS[command], "--format", fmt.upper())
    assert result.exit_code == 0, result.stderr
    assert looks_like(fmt, result.stdout), result.stdout[:200]


@pytest.mark.parametrize("command", list(COMMAND_FORMATS))
def test_formats_a_command_lacks_are_refused(command: str, run: Run) -> None:
    """`roles -f html` and the like are refused by the option parser (exit 2), in plain words."""
    missing = next(
        f for f in ("html", "csv", "xml") if f not in {m.value for m in COMMAND_FORMATS[command]}
    )
    result = run(*ARGS[command], "--format", missing)
    assert result.exit_code == 2
    plain = " ".join(re.sub("[│╭╮╰╯─]", " ", result.stderr).split())
    assert f"'{missing}' is not a format of this command: use " in plain
    assert "Value error" not in plain
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(".html", "html"), (".md", "markdown"), (".json", "json"), (".txt", "terminal")],
)
def test_output_extension_picks_the_format(suffix: str, fmt: str, run: Run, tmp_path: Path) -> None:
    """`-o report.html` writes HTML when --format is not given."""
    out = tmp_path / f"report{suffix}"
    result = run(*ARGS["assess"], "-o", out)
    assert result.exit_code == 0, result.stderr
    assert looks_like(fmt, out.read_text(encoding="utf-8"))


def test_explicit_format_wins_over_the_extension(run: Run, tmp_path: Path) -> None:
    """--format json with -o report.html writes JSON, as asked."""
    out = tmp_path / "report.html"
    assert run(*ARGS["assess"], "-f", "json", "-o", out).exit_code == 0
    assert looks_like("json", out.read_text(encoding="utf-8"))


def test_batch_output_extension_picks_csv(run: Run, tmp_path: Path) -> None:
    """`batch ... -o cohort.csv` writes CSV."""
    out = tmp_path / "cohort.csv"
    assert run(*ARGS["batch"], "-o", out).exit_code == 0
    assert looks_like("csv", out.read_text(encoding="utf-8-sig"))
