"""Ways in: a profile on standard input, every problem at once, completion of ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Run

ROOT = Path(__file__).resolve().parents[1]
STUDENT = (ROOT / "profiles" / "student.yaml").read_text(encoding="utf-8")
TWO_PROBLEMS = "name: Two Problems\nskils: {python: 3}\ntarget_role: ml-enginer\n"


@pytest.mark.parametrize(
    "args",
    [
        ["assess", "-", "--no-plan", "-f", "json"],
        ["plan", "-", "-f", "json"],
        ["match", "-", "-f", "json"],
    ],
)
def test_a_profile_is_read_from_stdin(args: list[str], run: Run) -> None:
    """`-` reads the profile from standard input, and gives what the file would give."""
    piped = run(*args, "--as-of", "2026-12-01", input=STUDENT)
    assert piped.exit_code == 0, piped.stderr
    from_file = run(
        *[str(ROOT / "profiles" / "student.yaml") if a == "-" else a for a in args],
        "--as-of",
        "2026-12-01",
    )
    strip = {"inputs", "source"}
    assert {k: v for k, v in json.loads(piped.stdout).items() if k not in strip} == {
        k: v for k, v in json.loads(from_file.stdout).items() if k not in strip
    }


def test_validate_reads_stdin_and_names_it(run: Run) -> None:
    """`validate -` checks standard input; its problems name <stdin>."""
    good = run("validate", "-", input=STUDENT)
    assert good.exit_code == 0, good.stdout
    bad = run("validate", "-", input="name: X\nskils: {}\n")
    assert bad.exit_code == 3
    assert "<stdin>:2:1: error: unknown field 'skils'" in bad.stdout


@pytest.mark.parametrize("command", ["assess", "plan", "match"])
def test_errors_in_stdin_name_stdin(command: str, run: Run) -> None:
    """A broken profile on standard input is reported at <stdin>:line:col (exit 3)."""
    result = run(command, "-", input="name: X\nskills: {python: 9}\n")
    assert result.exit_code == 3
    assert result.stderr.startswith("<stdin>:2:"), result.stderr


@pytest.mark.parametrize("command", ["assess", "validate"])
def test_schema_errors_and_an_unknown_target_role_come_together(
    command: str, tmp_path: Path, run: Run
) -> None:
    """A misspelt field and an unknown target_role are both reported in the one run."""
    path = tmp_path / "two.yaml"
    path.write_text(TWO_PROBLEMS, encoding="utf-8")
    result = run(command, str(path))
    assert result.exit_code == 3
    out = result.stdout + result.stderr
    assert f"{path}:2:1: error: unknown field 'skils'" in out
    assert f"{path}:3:14: error: unknown role 'ml-enginer' in target_role" in out
    assert out.index("skils") < out.index("ml-enginer")  # sorted by position


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("skillgap assess me.yaml --role mlo", ["mlops-engineer"]),
        ("skillgap roles show ml-e", ["ml-engineer"]),
        ("skillgap init me.yaml --role ai-c", ["ai-consultant"]),
        ("skillgap review me.yaml --verify pyt", ["python", "pytorch"]),
        ("skillgap review me.yaml --level pyt", ["python=", "pytorch="]),
        ("skillgap init me.yaml --skill kuber", ["kubernetes="]),
    ],
)
def test_tab_completion_offers_role_and_skill_ids(words: str, offered: list[str]) -> None:
    """Tab completes role ids and skill ids (SKILL= for SKILL=VALUE options)."""
    env = {
        **os.environ,
        "_SKILLGAP_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    code = "import sys; from skillgap.__main__ import main; sys.argv = ['skillgap']; main()"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert proc.stdout.split() == offered, proc.stderr


def test_review_refuses_stdin_for_the_profile(run: Run) -> None:
    """Review reads its answers from stdin, so `review -` says to save the profile first."""
    result = run("review", "-", "--reviewer", "M", input=STUDENT)
    assert result.exit_code == 2
    assert "the profile must be a file" in result.stderr
