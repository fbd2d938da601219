"""--redact: reports and batch output to share, holding none of the personal strings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PROFILES, Run
from skillgap.renderers.redact import Redactor

AS_OF = "2026-12-01"
SECRETS = {
    "name": "Zqxana Personname",
    "notes": "zqx-private-note about health",
    "skill note": "zqx-skill-note on python",
    "link": "https://example.org/zqx-secret-repo",
    "comment": "zqx-reviewer-comment on python",
    "overall": "zqx-overall-comment",
    "reviewer": "Zqx Mentorname",
    "file": "zqxfile",
    "folder": "zqxfolder",
}
PROFILE = f"""\
name: "{SECRETS["name"]}"
notes: "{SECRETS["notes"]}"
skills:
  python: {{level: 4, last_used: 2025-06, note: "{SECRETS["skill note"]}"}}
  pytorch: {{level: 3, evidence: ["{SECRETS["link"]}"]}}
  sql: 2
"""


@pytest.fixture
def person(tmp_path: Path, run: Run) -> tuple[Path, Path]:
    """A profile in a folder whose names are personal, and a review of it."""
    folder = tmp_path / SECRETS["folder"]
    folder.mkdir()
    profile = folder / f"{SECRETS['file']}.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    review = folder / "review.yaml"
    result = run(
        "review",
        str(profile),
        "--reviewer",
        SECRETS["reviewer"],
        "--level",
        "python=3",
        "--comment",
        f"python={SECRETS['comment']}",
        "--overall",
        SECRETS["overall"],
        "--no-input",
        "--as-of",
        AS_OF,
        "-o",
        str(review),
    )
    assert result.exit_code == 0, result.stderr
    return profile, review


def leaks(text: str, tmp_path: Path) -> list[str]:
    """The personal strings (and the temporary folder's path) found in ``text``."""
    found = [k for k, v in SECRETS.items() if v.casefold() in text.casefold()]
    return found + (["path"] if str(tmp_path) in text else [])


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html"])
@pytest.mark.parametrize("command", ["assess", "plan", "match", "compare"])
def test_redacted_reports_hold_no_personal_string(
    command: str, fmt: str, person: tuple[Path, Path], run: Run, tmp_path: Path
) -> None:
    """Every report in every format, with a review applied, leaks none of the personal strings."""
    profile, review = person
    sides = [str(profile), str(profile)] if command == "compare" else [str(profile)]
    args = [command, *sides, "--review", str(review), "-f", fmt, "--as-of", AS_OF]
    if command == "assess":  # the full report: every string the summary leaves out too
        args.append("--details")
    plain = run(*args)
    assert plain.exit_code == 0, plain.stderr
    if command == "assess":  # the test means something: unredacted, the strings are there
        assert {"name", "notes", "comment", "overall"} <= set(leaks(plain.stdout, tmp_path))
    redacted = run(*args, "--redact", "--redact-key", "k1")
    assert redacted.exit_code == 0, redacted.stderr
    assert leaks(redacted.stdout, tmp_path) == []
    assert Redactor(b"k1").person(SECRETS["name"]) in redacted.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "table", "markdown", "html"])
def test_redacted_batch_and_its_reports_hold_no_personal_string(
    fmt: str, person: tuple[Path, Path], run: Run, tmp_path: Path
) -> None:
    """Batch output in every format, and each --report-dir report, leak nothing personal."""
    profile, _ = person
    (profile.parent / "broken.yaml").write_text("name: Zqxana Personname\nskils: {}\n")
    out = tmp_path / "out"
    out.mkdir()
    reports = out / "reports"
    result = run(
        "batch",
        str(profile.parent),
        "-f",
        fmt,
        "--as-of",
        AS_OF,
        "--report-dir",
        str(reports),
        "-o",
        str(out / f"cohort.{fmt}"),
        "--redact",
        "--redact-key",
        "k1",
    )
    assert result.exit_code == 3, result.stderr
    text = (out / f"cohort.{fmt}").read_text(encoding="utf-8")
    assert Redactor(b"k1").person(SECRETS["name"]) in text or fmt in ("table", "markdown")
    assert leaks(text, tmp_path) == []
    written = sorted(reports.iterdir())
    assert written
    for report in written:
        assert leaks(report.name, tmp_path) == []
        assert leaks(report.read_text(encoding="utf-8"), tmp_path) == []


def test_pseudonyms_are_stable_under_one_key_and_differ_without_it(
    person: tuple[Path, Path], run: Run
) -> None:
    """The same key gives the same pseudonym in every run; without a key, each run differs."""
    profile, _ = person

    def name(*extra: str) -> str:
        out = run("assess", str(profile), "-f", "json", "--as-of", AS_OF, "--redact", *extra)
        return str(json.loads(out.stdout)["profile"])

    assert name("--redact-key", "k1") == name("--redact-key", "k1")
    assert name("--redact-key", "k1") != name("--redact-key", "k2")
    assert name() != name()
    assert name("--redact-key", "k1").startswith("person-")


def test_redact_key_without_redact_is_a_usage_error(person: tuple[Path, Path], run: Run) -> None:
    """--redact-key alone would silently share personal data: exit 2."""
    result = run("assess", str(person[0]), "--redact-key", "k1")
    assert result.exit_code == 2
    assert "--redact-key needs --redact" in result.stderr


@pytest.mark.parametrize("command", ["assess", "plan", "match", "batch"])
def test_an_exported_redact_key_never_stops_a_run_without_redact(
    command: str, person: tuple[Path, Path], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SKILLGAP_REDACT_KEY exported, as docs/reports.md says: a run without --redact still works."""
    monkeypatch.setenv("SKILLGAP_REDACT_KEY", "k1")
    result = run(command, str(person[0]), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert SECRETS["name"] in result.stdout or command == "plan"


def test_text_that_reads_like_a_schema_word_leaves_the_record_alone(
    tmp_path: Path, run: Run
) -> None:
    """A title written 'not_ready' is no reason to hide a record's readiness under --redact."""
    profile = tmp_path / "hal.yaml"
    profile.write_text(
        "name: Hal\nskills: {python: 5}\n"
        "experience: [{kind: job, title: not_ready, organization: met, skills: [python]}]\n",
        encoding="utf-8",
    )
    result = run("batch", str(profile), "--redact", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["readiness"] == "not_ready"


def test_a_saved_result_with_a_duplicate_key_is_refused_without_quoting_it(
    tmp_path: Path, run: Run
) -> None:
    """A saved result with a key given twice, under compare --redact: exit 3, the key not shown."""
    saved = run("assess", PROFILES / "student.yaml", "-f", "json").stdout
    edited = tmp_path / "old.json"
    edited.write_text(saved.replace("{", '{"zqxm-dup": 1, "zqxm-dup": 2, ', 1), "utf-8")
    plain = run("compare", edited, PROFILES / "student.yaml")
    assert plain.exit_code == 3, plain.output
    assert "duplicate key 'zqxm-dup'" in plain.stderr
    result = run("compare", edited, PROFILES / "student.yaml", "--redact")
    assert result.exit_code == 3, result.output
    assert "duplicate key '<redacted>'" in result.stderr
    assert "zqxm" not in result.output


@pytest.mark.parametrize("command", ["assess", "plan", "match", "compare", "batch"])
def test_debug_and_redact_together_are_a_usage_error(run: Run, command: str) -> None:
    """--redact --debug is exit 2 before anything runs: a traceback would show what is hidden."""
    sides = [PROFILES / "student.yaml"] * (2 if command == "compare" else 1)
    result = run(command, *sides, "--redact", "--debug")
    assert result.exit_code == 2, result.output
    assert "--debug cannot be combined with --redact" in result.stderr
    assert result.stdout == ""


def test_compare_hides_a_role_the_catalog_does_not_define(tmp_path: Path, run: Run) -> None:
    """A saved result's edited role id and name are the person's text under compare --redact."""
    saved = json.loads(run("assess", PROFILES / "student.yaml", "-f", "json").stdout)
    saved["role"] = {"id": "zqxm-secret-id", "name": "zqxm Secret Name"}
    old = tmp_path / "zqxm-old.json"
    old.write_text(json.dumps(saved), "utf-8")
    same = run("compare", old, old, "--redact")
    assert same.exit_code in (0, 2), same.output  # a role it does not know may be refused
    assert "zqxm" not in same.output
    other = run("compare", old, PROFILES / "student.yaml", "--redact")
    assert other.exit_code == 2, other.output
    assert "'<old>' is for '<redacted>'" in other.stderr
    assert "zqxm" not in other.output
    forced = run("compare", old, PROFILES / "student.yaml", "--redact", "--force", "-f", "json")
    assert forced.exit_code in (0, 2), forced.output
    assert "zqxm" not in forced.output


@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "terminal"])
def test_a_postings_file_name_is_redacted_wherever_it_is_quoted(
    person: tuple[Path, Path], run: Run, fmt: str
) -> None:
    """`--posting zqxfile-acme.md`: its path and its name alone become `<posting>`."""
    profile, _ = person
    posting = profile.parent / f"{SECRETS['file']}-acme.md"
    posting.write_text("ML Engineer\n\nRequirements\n- Python\n- SQL\n", encoding="utf-8")
    result = run(
        "assess", str(profile), "--posting", str(posting), "--redact", "-f", fmt, "--as-of", AS_OF
    )
    assert result.exit_code == 0, result.stderr
    assert SECRETS["file"] not in result.stdout
    assert SECRETS["folder"] not in result.stdout
    shown = " ".join(result.stdout.split()).replace("\\<", "<").replace("\\>", ">")
    shown = shown.replace("&lt;", "<").replace("&gt;", ">")
    assert "(posting <posting>)" in shown  # the role's name: the posting by its kind
