"""init as a session: progress, skipping, ending early, and options that are out of range."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, Run
from skillgap.catalog.index import CatalogIndex
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}


def cli(*args: str | Path, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "skillgap", *map(str, args)],
        stdin=stdin if stdin is not None else subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_end_of_input_ends_calmly(tmp_path: Path) -> None:
    """`init < /dev/null`: exit 2, says nothing was written, no traceback, no file."""
    out = tmp_path / "p.yaml"
    proc = cli("init", out, stdin=subprocess.DEVNULL)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2, stderr
    assert "the input ended at 'Your name'; nothing was written" in stderr
    assert "Traceback" not in stderr
    assert "bug" not in stderr
    assert not out.exists()


def test_ctrl_c_ends_calmly(tmp_path: Path) -> None:
    """Ctrl-C at a question: exit 130, nothing written."""
    out = tmp_path / "p.yaml"
    proc = cli("init", out)
    assert proc.stdin is not None
    assert proc.stderr is not None
    proc.stdin.write("Jamie\n")
    proc.stdin.flush()
    seen, deadline = b"", time.monotonic() + 60
    while b"Target role" not in seen and time.monotonic() < deadline:
        if select.select([proc.stderr], [], [], 0.1)[0]:
            seen += os.read(proc.stderr.fileno(), 4096)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    stderr = seen.decode() + stderr
    assert proc.returncode == 130, stderr
    assert "interrupted at" in stderr
    assert "nothing was written" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()


def test_keep_answers_writes_a_valid_draft(tmp_path: Path, run: Run) -> None:
    """With --keep-answers, the answers given before the input ended become a valid draft."""
    out = tmp_path / "p.yaml"
    result = run("init", out, "--keep-answers", input="Jamie\n3\n10\n\n1-2\n4\n")
    assert result.exit_code == 2
    assert f"wrote the answers so far to {out}" in result.stderr
    profile = validate(load_file(out), Profile)
    assert profile.name == "Jamie"
    assert profile.target_role == "data-scientist"
    assert next(iter(profile.skills.values())).level == 4
    assert len(profile.skills) == 1
    assert out.read_text().splitlines()[1].startswith("# A draft: 'skillgap init' ended early")


def test_progress_count_and_skip(tmp_path: Path, run: Run, catalog: CatalogIndex) -> None:
    """Each skill says 'skill k of n'; 'skip' leaves out the rest and the session goes on."""
    n = 3
    out = tmp_path / "p.yaml"
    answers = ["Jamie", "MLOps Engineer", "", "", "1-3", "3", "skip", "none", *[""] * 6]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert f"(skill 1 of {n})" in result.stderr
    assert f"(skill 2 of {n})" in result.stderr
    assert f"(skill 3 of {n})" not in result.stderr
    assert f"Left out the remaining {n - 1} skill(s)" in result.stderr
    profile = validate(load_file(out), Profile)
    assert profile.target_role == "mlops-engineer"
    assert len(profile.skills) == 1


def test_roles_by_number_name_or_id(tmp_path: Path, run: Run) -> None:
    """The role prompt takes a list number, a name or an id; '9' says the range."""
    out = tmp_path / "p.yaml"
    answers = ["J", "9", "mlops engineer", "", "", "", "none", *[""] * 6]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "there is no role 9: answer 1-6, a role id or a role name" in result.stderr
    assert "mlops-engineer" in out.read_text()
    by_option = run("init", tmp_path / "q.yaml", "--role", "MLOps Engineer", "--no-input")
    assert by_option.exit_code == 0, by_option.stderr


def test_target_dates_in_words_and_in_the_past(tmp_path: Path, run: Run) -> None:
    """'next summer' gets a readable message; a past date a warning (prompt and option)."""
    out = tmp_path / "p.yaml"
    answers = ["J", "", "", "next summer", "2001-01-01", "", "none", *[""] * 6]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "'next summer' is not a date: write YYYY-MM-DD" in result.stderr
    assert "Invalid isoformat" not in result.stderr
    assert "the target date 2001-01-01 is in the past" in result.stderr
    option = run("init", tmp_path / "q.yaml", "--target-date", "2001-01-01", "--no-input")
    assert option.exit_code == 0
    assert "the target date 2001-01-01 is in the past" in option.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "N" * 201], "--name is 201 characters long (at most 200)"),
        (["--internship-months", "700"], "give a number from 0 to 600, not '700'"),
        (["--job-months", "-1"], "give a number from 0 to 600, not '-1'"),
        (["--hours-per-week", "0.1"], "give a number from 1 to 100, not '0.1'"),
        (["--degree", "Diploma of Pastry"], "--degree: 'Diploma of Pastry' is not a degree"),
        (["--degree-status", "maybe"], "--degree-status: 'maybe' is not a status"),
    ],
)
def test_out_of_range_options_are_usage_errors(
    args: list[str], message: str, tmp_path: Path, run: Run
) -> None:
    """Values a profile cannot hold are refused up front (exit 2), and nothing is written."""
    out = tmp_path / "p.yaml"
    result = run("init", out, "--no-input", *args)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("skillgap: error: "), result.stderr
    assert message in result.stderr
    assert not set("│╭╮╰╯─") & set(result.stderr)  # one line, no box
    assert not out.exists()


def test_status_and_degree_spellings_in_init(tmp_path: Path, run: Run) -> None:
    """`--degree MSc --degree-status "in progress"` writes master, in_progress."""
    out = tmp_path / "p.yaml"
    result = run("init", out, "--no-input", "--degree", "MSc", "--degree-status", "in progress")
    assert result.exit_code == 0, result.stderr
    profile = validate(load_file(out), Profile)
    assert [(e.degree, e.status) for e in profile.education] == [("master", "in_progress")]


def test_init_asks_which_skills_first_most_important_first(tmp_path: Path, run: Run) -> None:
    """One list of the role's skills, essential first, then a level for each one picked."""
    out = tmp_path / "p.yaml"
    answers = ["Jamie", "ml-engineer", "", "", "1, docker, pyhton", "1, docker", "4", "2"]
    answers += ["none", *[""] * 6]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    listing = result.stderr[result.stderr.index("Which of these skills do you have?") :]
    assert listing.index("(essential)") < listing.index("(important)") < listing.index("(useful)")
    assert "1. Python (essential)" in listing
    assert "'pyhton' is not a skill skillgap knows (did you mean 'Python'?)" in result.stderr
    # Those 15 lines answered every question (one more would end the input: exit 2),
    # where asking each of the role's 66 skills in turn took 72 before.
    assert len(answers) == 15
    profile = validate(load_file(out), Profile)
    assert {k: v.level for k, v in profile.skills.items()} == {"python": 4, "docker": 2}


def test_init_takes_several_degrees(tmp_path: Path, run: Run) -> None:
    """After the highest degree, init asks for another until the answer is none."""
    out = tmp_path / "p.yaml"
    answers = ["J", "", "", "", "", "master", "statistics", "", "BSc", "maths", "in progress"]
    answers += ["", *[""] * 6]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    degrees = [(e.degree, e.field, e.status) for e in validate(load_file(out), Profile).education]
    assert degrees == [("master", "statistics", "completed"), ("bachelor", "maths", "in_progress")]


def test_init_asks_again_for_an_unknown_certification(tmp_path: Path, run: Run) -> None:
    """A certification skillgap does not know is explained and asked again, not dropped."""
    out = tmp_path / "p.yaml"
    answers = ["J", "", "", "", "", "none", "AWS ML Guru", "99", "1, Databricks ML Associate"]
    answers += [*[""] * 5]
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "'AWS ML Guru' is not a certification skillgap knows" in result.stderr
    assert "there is no certification 99 in the list" in result.stderr
    held = [c.name for c in validate(load_file(out), Profile).certifications]
    assert held == [
        "Google Cloud Professional Machine Learning Engineer",
        "Databricks Certified Machine Learning Associate",
    ]


@pytest.mark.parametrize("day", ["9999-12-31", "1800-01-01"])
def test_a_target_date_a_profile_cannot_hold_is_refused(tmp_path: Path, run: Run, day: str) -> None:
    """--target-date outside 1900-2100 is exit 2 before any question; the prompt asks again."""
    option = run("init", tmp_path / "p.yaml", "--no-input", "--target-date", day)
    assert option.exit_code == 2, option.output
    assert f"--target-date '{day}' is not a date between 1900 and 2100" in option.stderr
    out = tmp_path / "q.yaml"
    answers = ["J", "", "", day, "2030-06-30", "", "none", "", "", "", "", "", ""]
    asked = run("init", out, input="\n".join(answers) + "\n")
    assert asked.exit_code == 0, asked.output
    assert f"'{day}' is not a date between 1900 and 2100" in asked.stderr
    assert "target_date: 2030-06-30" in out.read_text()


def test_init_refuses_an_unknown_certification_option(tmp_path: Path, run: Run) -> None:
    """--certification is checked as the question checks it: unknown is exit 2, nothing written.

    A known one is written under the catalog's name, once.
    """
    out = tmp_path / "p.yaml"
    bad = run("init", out, "--no-input", "--name", "J", "--certification", "aws machine lerning")
    assert bad.exit_code == 2
    assert bad.stderr.startswith(
        "skillgap: error: --certification 'aws machine lerning' is not a certification"
    )
    assert "did you mean 'AWS Certified Machine Learning - Specialty'?" in bad.stderr
    assert not out.exists()
    unknown = run("init", out, "--no-input", "--name", "J", "--certification", "Zzz Qqq")
    assert unknown.exit_code == 2
    assert "add it to the file later" in unknown.stderr
    good = run(
        "init", out, "--no-input", "--name", "J",
        "--certification", "PMLE", "--certification", "Google ML Engineer certification",
    )  # fmt: skip
    assert good.exit_code == 0, good.stderr
    held = [c.name for c in validate(load_file(out), Profile).certifications]
    assert held == ["Google Cloud Professional Machine Learning Engineer"]
