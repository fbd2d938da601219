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


NEWCOMER = ROOT / "profiles" / "newcomer.yaml"


@pytest.mark.parametrize("side", ["old", "new"])
def test_compare_reads_either_side_from_stdin(side: str, run: Run) -> None:
    """`compare OLD -` (or `- NEW`) reads that profile from stdin, as the file would give."""
    student = str(ROOT / "profiles" / "student.yaml")
    pair = [str(NEWCOMER), "-"] if side == "new" else ["-", str(NEWCOMER)]
    files = [str(NEWCOMER), student] if side == "new" else [student, str(NEWCOMER)]
    common = ["-r", "ml-engineer", "-f", "json", "--as-of", "2026-12-01"]
    piped = run("compare", *pair, *common, input=STUDENT)
    assert piped.exit_code == 0, piped.stderr
    from_file = run("compare", *files, *common)
    got, want = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert got[side].pop("source") == "<stdin>"
    want[side].pop("source")
    assert got == want


def test_compare_reads_a_saved_result_from_stdin(run: Run) -> None:
    """A saved JSON result piped in is compared as a saved result, not read as a profile."""
    saved = run("assess", str(NEWCOMER), "-f", "json", "--as-of", "2026-12-01")
    piped = run(
        "compare",
        "-",
        "profiles/student.yaml",
        "-f",
        "json",
        "--as-of",
        "2026-12-01",
        "-r",
        "ml-engineer",
        input=saved.stdout,
    )
    assert piped.exit_code == 0, piped.stderr
    assert json.loads(piped.stdout)["old"]["profile"] == "Noah Newcomer"


def test_compare_refuses_stdin_twice_and_names_stdin_in_errors(run: Run) -> None:
    """`compare - -` is a usage error; a broken profile on stdin is reported at <stdin>."""
    twice = run("compare", "-", "-", input=STUDENT)
    assert twice.exit_code == 2
    assert twice.stderr.startswith("skillgap: error: only one of OLD and NEW can be '-'")
    broken = run("compare", "-", str(NEWCOMER), input="name: X\nskills: {python: 9}\n")
    assert broken.exit_code == 3
    assert broken.stderr.startswith("<stdin>:2:"), broken.stderr


def test_postings_reads_the_profile_from_stdin(run: Run) -> None:
    """`postings DIR --profile -` weighs the gaps of the profile piped in."""
    folder = str(ROOT / "tests" / "data" / "text-2026-12")
    piped = run("postings", folder, "-p", "-", "-f", "json", "--as-of", "2026-12-01", input=STUDENT)
    assert piped.exit_code == 0, piped.stderr
    from_file = run(
        "postings", folder, "-p", "profiles/student.yaml", "-f", "json", "--as-of", "2026-12-01"
    )
    got, want = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert got.pop("profile") == "<stdin>"
    want.pop("profile")
    assert got == want
    assert got["gaps"]


def test_review_of_stdin_with_no_input_writes_the_output(tmp_path: Path, run: Run) -> None:
    """`review - --no-input -o FILE` reviews the piped profile; without -o it says to pass one."""
    out = tmp_path / "sam.review.yaml"
    args = ["review", "-", "--no-input", "--reviewer", "M", "--verify", "python"]
    done = run(*args, "-o", str(out), "--as-of", "2026-12-01", input=STUDENT)
    assert done.exit_code == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "python: {level: 3" in text
    assert "# Apply it with: skillgap assess - --review" in text
    applied = run(
        "assess", "-", "--review", str(out), "-f", "json", "--as-of", "2026-12-01", input=STUDENT
    )
    assert applied.exit_code == 0, applied.stderr
    assert json.loads(applied.stdout)["review"]["reviewer"] == "M"
    nowhere = run(*args, input=STUDENT)
    assert nowhere.exit_code == 2
    assert "pass --output FILE" in nowhere.stderr


def test_import_reads_a_resume_or_a_cv_from_stdin(run: Run) -> None:
    """`import -` takes a JSON Resume (a JSON object) or a CV's text from stdin."""
    resume = ROOT / "tests" / "cases" / "resume" / "ada.json"
    piped = run("import", "-", "--as-of", "2026-12-01", input=resume.read_text(encoding="utf-8"))
    assert piped.exit_code == 0, piped.stderr
    from_file = run("import", str(resume), "--as-of", "2026-12-01")
    assert piped.stdout == from_file.stdout.replace("from ada.json", "from <stdin>")
    cv = run(
        "import",
        "-",
        "--as-of",
        "2026-12-01",
        input="Jane Doe\n\nExperience\nData engineer at X, 2020-2024\n",
    )
    assert cv.exit_code == 0, cv.stderr
    assert 'name: "Jane Doe"' in cv.stdout
    assert "(a CV)" in cv.stdout


def test_batch_says_stdin_is_for_one_profile(run: Run) -> None:
    """`batch -` is refused (exit 2) with the command that reads one profile from stdin."""
    result = run("batch", "-", input=STUDENT)
    assert result.exit_code == 2
    assert result.stderr.startswith("skillgap: error: batch reads profiles from files")
    assert "skillgap assess -" in result.stderr
