"""The command line end to end: outputs, options, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PROFILES, ROLE_IDS, Run
from skillgap import __version__

STUDENT = PROFILES / "student.yaml"


def test_assess_terminal_report(run: Run) -> None:
    """The terminal report names the person, the role, the score and the blockers."""
    result = run("assess", STUDENT)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Sam Student" in out
    assert "Machine Learning Engineer (ml-engineer)" in out
    assert "Score " in out
    assert "NEARLY READY: about " in out  # 49.3, within 20 of the ready score of 64
    assert "Blockers (4): essential, not yet met" in out
    assert "Model development: needs 4 (advanced), has 2 (novice)" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_assess_json_is_the_result_model(run: Run) -> None:
    """JSON carries the schema version, scores, requirements and input hashes."""
    result = run("assess", STUDENT, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.1"
    assert data["role"] == {"id": "ml-engineer", "name": "Machine Learning Engineer"}
    assert 0 < data["score"] < 100
    assert {c["category"] for c in data["categories"]} == {
        "skills",
        "education",
        "certifications",
        "experience",
    }
    req = next(r for r in data["requirements"] if r["id"] == "python")
    assert set(req) >= {
        "id",
        "kind",
        "required",
        "have",
        "importance",
        "points",
        "max_points",
        "status",
        "explanation",
    }
    assert req["have"] == "3 (intermediate)"
    profile_input = data["inputs"][0]
    assert profile_input["kind"] == "profile"
    assert len(profile_input["sha256"]) == 64
    assert any(i["kind"] == "catalog" for i in data["inputs"])


def test_unknown_skill_is_a_warning_with_did_you_mean(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A misspelt skill is reported with its position and the closest name, not an error."""
    path = write("p.yaml", "name: T\nskills:\n  pytorhc: 3\n  Python: 4\n")
    result = run("assess", path, "-f", "json")
    assert result.exit_code == 0
    warning = json.loads(result.stdout)["warnings"][0]
    assert (warning["line"], warning["column"]) == (3, 3)
    assert warning["hint"] == "did you mean 'PyTorch'?"


def test_names_and_aliases_resolve_case_insensitively(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Names like Python, torch and sklearn all count as the catalog's skills."""
    path = write("p.yaml", "name: T\nskills: {Python: 4, torch: 3, sklearn: 3}\n")
    data = json.loads(run("assess", path, "-f", "json").stdout)
    assert data["warnings"] == []
    reqs = {r["id"]: r for r in data["requirements"]}
    assert reqs["python"]["status"] == "met"
    assert reqs["scikit-learn"]["status"] == "met"
    assert reqs["dl-framework"]["status"] == "met"


def test_two_names_for_one_skill_take_the_higher_level(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Both torch and pytorch: the higher level counts, one warning names both places."""
    path = write("p.yaml", "name: T\nskills:\n  torch: 2\n  pytorch: 4\n")
    result = run("assess", path, "-f", "json", "--no-plan")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    (warning,) = data["warnings"]
    assert warning["code"] == "same-skill"
    assert (warning["line"], warning["column"]) == (4, 3)
    assert f"'torch' ({path}:3:3) and 'pytorch' ({path}:4:3) both name" in warning["message"]
    assert "4 (advanced)" in warning["message"]
    group = next(r for r in data["requirements"] if r["id"] == "dl-framework")
    assert group["current_level"] == 4


def test_role_option_and_target_role(write: Callable[[str, str | bytes], Path], run: Run) -> None:
    """--role wins over the profile's target_role, which wins over ml-engineer."""
    path = write("p.yaml", "name: T\ntarget_role: mlops-engineer\n")
    assert json.loads(run("assess", path, "-f", "json").stdout)["role"]["id"] == "mlops-engineer"
    data = json.loads(run("assess", path, "-f", "json", "--role", "data-scientist").stdout)
    assert data["role"]["id"] == "data-scientist"


def test_unknown_role_is_usage_error_with_did_you_mean(run: Run) -> None:
    """A misspelt role id exits 2 and suggests the closest id."""
    result = run("assess", STUDENT, "--role", "ml-enginer")
    assert result.exit_code == 2
    assert "unknown role 'ml-enginer'" in result.stderr
    assert "did you mean 'ml-engineer'?" in result.stderr


def test_unknown_option_is_usage_error(run: Run) -> None:
    """An option that does not exist exits 2."""
    assert run("assess", STUDENT, "--colour").exit_code == 2


def test_fail_under(run: Run) -> None:
    """--fail-under exits 1 below the threshold, 0 at or above it; the report is still written."""
    low = run("assess", STUDENT, "--fail-under", "99", "-f", "json")
    assert low.exit_code == 1
    assert json.loads(low.stdout)["score"] < 99
    assert "below --fail-under 99" in low.stderr
    assert run("assess", STUDENT, "--fail-under", "1").exit_code == 0


def test_output_file(tmp_path: Path, run: Run) -> None:
    """--output writes the report to a file and nothing to stdout."""
    out = tmp_path / "r.json"
    result = run("assess", STUDENT, "-f", "json", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["profile"] == "Sam Student"


def test_unwritable_output_exits_4(tmp_path: Path, run: Run) -> None:
    """A report that cannot be written exits 4 with the reason."""
    result = run("assess", STUDENT, "-o", tmp_path / "missing-dir" / "r.txt")
    assert result.exit_code == 4
    assert "cannot write" in result.stderr


def test_output_never_overwrites_the_profile(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """--output naming the input profile is refused and the profile is unchanged."""
    path = write("p.yaml", "name: T\n")
    result = run("assess", path, "-o", path)
    assert result.exit_code == 2
    assert path.read_text() == "name: T\n"


def test_internal_error_exits_70_without_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug shows one line asking for a report, and the traceback only with --debug."""
    from skillgap.scoring import engine

    def boom(*_: object, **__: object) -> None:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(engine, "assess", boom)
    result = run("assess", STUDENT)
    assert result.exit_code == 70
    assert "internal error: ZeroDivisionError: oops" in result.stderr
    assert "please report this with the command and its --debug output" in result.stderr
    assert "http" not in result.stderr  # the project has no issue tracker to name
    assert "Traceback" not in result.stderr
    debug = run("assess", STUDENT, "--debug")
    assert debug.exit_code == 70
    assert "Traceback" in debug.stderr


def test_version(run: Run) -> None:
    """--version prints the version, at the top level and on a command."""
    assert run("--version").stdout == f"skillgap {__version__}\n"
    assert run("assess", "--version").stdout == f"skillgap {__version__}\n"


def test_validate_clean_files(run: Run) -> None:
    """The example profiles and the shipped catalog validate; warnings do not fail."""
    root = PROFILES.parent
    result = run("validate", PROFILES, root / "catalog")
    assert result.exit_code == 0, result.stdout
    assert ": error: " not in result.stdout
    assert "profiles/newcomer.yaml:11:3: warning: unknown skill 'bookkeeping'" in result.stdout


def test_validate_reports_every_file(tmp_path: Path, run: Run) -> None:
    """Problems in several files are all reported, not just the first."""
    (tmp_path / "a.yaml").write_text("name: A\nskils: {}\n")
    (tmp_path / "b.yaml").write_text("name: B\nskills: {python: 9}\n")
    (tmp_path / "c.yaml").write_text("name: C\n")
    result = run("validate", tmp_path)
    assert result.exit_code == 3
    assert f"{tmp_path / 'a.yaml'}:2:1: error: unknown field 'skils'" in result.stdout
    assert f"{tmp_path / 'b.yaml'}:2:18: error: skills.python: level 9" in result.stdout
    assert "checked 3 file(s): 2 error(s)" in result.stderr


def test_roles_lists_the_catalog(run: Run) -> None:
    """Roles shows every role id, in terminal and JSON."""
    ids = set(ROLE_IDS)
    data = json.loads(run("roles", "--format", "json").stdout)
    assert {r["id"] for r in data["roles"]} == ids
    text = run("roles").stdout
    assert all(i in text for i in ids)


@pytest.mark.parametrize("kind", ["profile", "catalog", "result"])
def test_schema(kind: str, run: Run) -> None:
    """Schema prints a draft 2020-12 JSON Schema for each model."""
    result = run("schema", kind)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "properties" in data


def test_schema_unknown_kind(run: Run) -> None:
    """A misspelt schema name is a usage error with a suggestion."""
    result = run("schema", "profil")
    assert result.exit_code == 2
    assert "did you mean 'profile'?" in result.stderr


def _cli(*args: str, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "skillgap", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_python_dash_m_and_byte_identical_across_hash_seeds() -> None:
    """Python -m skillgap works, and output does not depend on PYTHONHASHSEED."""
    outputs = set()
    for seed in ("0", "1", "12345"):
        for fmt in ("json", "terminal"):
            proc = _cli(
                "assess", str(STUDENT), "--format", fmt, "--start-date", "2026-12-01", seed=seed
            )
            assert proc.returncode == 0, proc.stderr
            outputs.add((fmt, proc.stdout))
    assert len(outputs) == 2


def test_catalog_passed_as_profile_and_back(run: Run) -> None:
    """A catalog given as the profile, or a profile as --catalog, says so (exit 3)."""
    skills = PROFILES.parent / "catalog" / "10-skills.yaml"
    wrong = run("assess", skills)
    assert wrong.exit_code == 3
    line = skills.read_text(encoding="utf-8").splitlines().index("skills:") + 1
    assert wrong.stderr.startswith(
        f"{skills}:{line}:1: error: this is a catalog file, not a profile"
    )
    swapped = run("assess", STUDENT, "--catalog", STUDENT)
    assert swapped.exit_code == 3
    assert "this is a profile, not a catalog file" in swapped.stderr


def test_validate_json_for_scripts(tmp_path: Path, run: Run) -> None:
    """The JSON from validate lists every problem with its position, level and hint."""
    (tmp_path / "a.yaml").write_text("name: A\nskils: {}\n")
    (tmp_path / "b.yaml").write_text("name: B\nskills: {pyhton: 3}\n")
    result = run("validate", tmp_path, "--format", "json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert (data["files"], data["errors"], data["warnings"]) == (2, 1, 1)
    first, second = data["problems"]
    assert (first["line"], first["column"], first["level"]) == (2, 1, "error")
    assert first["hint"] == "did you mean 'skills'?"
    assert (second["line"], second["column"], second["level"]) == (2, 10, "warning")


@pytest.mark.parametrize("command", ["assess", "plan", "match"])
def test_as_of_is_recorded(command: str, run: Run) -> None:
    """--as-of is the day in the result; without it, --start-date is; a bad date is exit 2."""
    given = run(
        command, STUDENT, "-f", "json", "--as-of", "2026-10-04", "--start-date", "2026-12-01"
    )
    assert given.exit_code == 0, given.stderr
    assert json.loads(given.stdout)["as_of"] == "2026-10-04"
    fallback = run(command, STUDENT, "-f", "json", "--start-date", "2026-12-01")
    assert json.loads(fallback.stdout)["as_of"] == "2026-12-01"
    bad = run(command, STUDENT, "--as-of", "2025-13-01")
    assert bad.exit_code == 2
    assert "--as-of '2025-13-01' is not a date" in bad.stderr


def test_batch_json_records_as_of(run: Run) -> None:
    """A batch --format json document records the day the cohort was judged at."""
    result = run("batch", str(STUDENT), "-f", "json", "--as-of", "2026-10-04")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["as_of"] == "2026-10-04"


def test_an_output_ending_in_a_separator_is_refused(tmp_path: Path, run: Run) -> None:
    """``-o newdir/`` names a folder: exit 2, and no file called 'newdir' appears."""
    target = tmp_path / "newdir"
    result = run("assess", PROFILES / "student.yaml", "-o", f"{target}{os.sep}")
    assert result.exit_code == 2, result.output
    assert "names a folder" in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "tail"),
    [("assess", "/."), ("assess", "/./."), ("assess", "/.."), ("batch", "/."), ("review", "/.")],
)
def test_an_output_ending_in_a_dot_is_refused(
    tmp_path: Path, run: Run, command: str, tail: str
) -> None:
    """``-o newdir/.`` names a folder as ``-o newdir/`` does: exit 2, no file 'newdir'."""
    target = tmp_path / "newdir"
    extra = ["--reviewer", "M", "--no-input"] if command == "review" else []
    result = run(command, PROFILES / "student.yaml", *extra, "-o", f"{target}{tail}")
    assert result.exit_code == 2, result.output
    assert "names a folder" in result.output
    assert not target.exists()


def test_an_empty_role_is_a_usage_error(run: Run) -> None:
    """``roles show ''`` is exit 2, not the default role's page."""
    result = run("roles", "show", "")
    assert result.exit_code == 2, result.output
    assert "the role is empty" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("day", ["2026-W49-1", "20261201"])
@pytest.mark.parametrize("option", ["--start-date", "--as-of"])
def test_dates_are_only_yyyy_mm_dd(day: str, option: str, run: Run) -> None:
    """ISO week and basic forms are refused (exit 2): a date option is YYYY-MM-DD."""
    result = run("plan", PROFILES / "student.yaml", option, day)
    assert result.exit_code == 2, result.output
    assert f"{option} '{day}' is not a date" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["assess", STUDENT, "--hours-per-week", "0"], "give a number from 1 to 100, not '0'"),
        (["plan", STUDENT, "--hours-per-week", "many"], "give a number from 1 to 100"),
        (["assess", STUDENT, "--fail-under", "101"], "give a number from 0 to 100, not '101'"),
        (["batch", "profiles", "--jobs", "0"], "give a whole number from 1 to 256, not '0'"),
        (["assess", STUDENT, "-f", "pdf"], "'pdf' is not a format of this command"),
        (["assess", STUDENT, "--no-such"], "no such option: --no-such"),
        (["assess"], "missing argument 'PROFILE'"),
    ],
)
def test_bad_option_values_read_as_skillgap_errors(args: list[str], message: str, run: Run) -> None:
    """Every bad option value, a range included, is `skillgap: error: ...` (exit 2), no box."""
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("skillgap: error: "), result.stderr
    assert message in result.stderr
    assert f"hint: see 'skillgap {args[0]} --help'" in result.stderr
    assert not set("│╭╮╰╯─") & set(result.stderr)


NOT_UTF8 = os.fsdecode(b"Dr \xe9")  # a Latin-1 terminal's bytes, as Python receives them
STUDENT_PROFILE = PROFILES / "student.yaml"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["review", STUDENT_PROFILE, "--no-input", "--reviewer", NOT_UTF8], "--reviewer"),
        (
            [
                "review",
                STUDENT_PROFILE,
                "--no-input",
                "--reviewer",
                "M",
                "--comment",
                f"python={NOT_UTF8}",
            ],
            "--comment",
        ),
        (["init", "{tmp}/i.yaml", "--no-input", "--name", NOT_UTF8], "--name"),
        (["assess", STUDENT_PROFILE, "--redact", "--redact-key", NOT_UTF8], "--redact-key"),
        (["plan", STUDENT_PROFILE, "--skip", NOT_UTF8], "--skip"),
        (["batch", STUDENT_PROFILE, "--role", NOT_UTF8], "--role"),
    ],
    ids=["reviewer", "comment", "name", "redact-key", "skip", "batch-role"],
)
def test_an_option_that_is_not_utf8_is_a_usage_error(
    tmp_path: Path, run: Run, args: list[object], option: str
) -> None:
    """Bytes that are not UTF-8 in an option's value: exit 2 naming the option, never 70."""
    result = run(*[str(a).format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2, result.output
    assert option in result.output
    assert "not UTF-8" in result.output


def test_a_redact_key_from_the_environment_must_be_utf8(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$SKILLGAP_REDACT_KEY that is not UTF-8 is exit 2 naming it; '--redact-key ""' too."""
    monkeypatch.setenv("SKILLGAP_REDACT_KEY", os.fsdecode(b"\xff\xfe"))
    result = run("assess", STUDENT_PROFILE, "--redact")
    assert result.exit_code == 2, result.output
    assert "SKILLGAP_REDACT_KEY" in result.stderr
    monkeypatch.delenv("SKILLGAP_REDACT_KEY")
    empty = run("assess", STUDENT_PROFILE, "--redact", "--redact-key", "")
    assert empty.exit_code == 2, empty.output
    assert "--redact-key is empty" in empty.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["plan", STUDENT_PROFILE, "--skip", "{word}"],
        ["skills", "{word}"],
        ["review", STUDENT_PROFILE, "--no-input", "--reviewer", "M", "--comment", "{word}=x"],
        ["review", STUDENT_PROFILE, "--no-input", "--reviewer", "M", "--level", "{word}=2"],
    ],
    ids=["skip", "skills", "comment", "level"],
)
def test_a_long_option_value_is_refused_at_once(run: Run, args: list[object]) -> None:
    """A value over 200 characters is exit 2, and the message shows only its start."""
    word = "kubernetes" * 13_000
    result = run(*[str(a).format(word=word) for a in args])
    assert result.exit_code == 2, result.output[:500]
    assert "characters long (at most" in result.stderr
    assert len(result.output) < 2_000


def test_a_comment_may_be_as_long_as_a_review_file_takes(tmp_path: Path, run: Run) -> None:
    """--comment takes the 2,000 characters a review file's comment may hold."""
    result = run(
        "review", STUDENT_PROFILE, "--no-input", "--reviewer", "M",
        "--comment", "python=" + "x" * 2000, "-o", tmp_path / "r.yaml",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
