"""The 30-second report: what a person needs first, on one screen; the rest with --details."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, Run

PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))
#: A screen: what the default terminal report must fit in, piped at 100 columns.
SCREEN = 45


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.stem)
def test_default_report_fits_one_screen(profile: Path, run: Run) -> None:
    """Every example profile's report, at 100 columns, is at most 45 lines."""
    result = run("assess", profile, "--start-date", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) <= SCREEN, f"{profile.name}: {len(lines)} lines"


def test_summary_holds_verdict_time_blockers_and_next_steps(run: Run) -> None:
    """The report opens with the verdict and its time, the blockers, then the next three steps."""
    args = ("assess", ROOT / "profiles" / "student.yaml", "--start-date", "2026-12-01")
    out = run(*args).stdout
    data = json.loads(run(*args, "--format", "json").stdout)
    plan = data["plan"]
    assert re.search(
        rf"NEARLY READY: about [\d.]+ \w+ at 12 h/week \(ready on {plan['ready_on']}\)", out
    )
    blockers = out.index(f"Blockers ({len(data['blockers'])}): essential, not yet met")
    steps = out.index(f"Next steps (the first 3 of {len(plan['steps'])})")
    categories = out.index("Category")
    assert blockers < steps < categories
    assert "Python: needs 4 (advanced), has 3 (intermediate)" in out[blockers:steps]
    numbered = [line.split()[0] for line in out[steps:categories].splitlines()[1:] if line.strip()]
    assert [n for n in numbered if n.endswith(".")] == ["1.", "2.", "3."]


def test_typo_is_a_warning_on_stderr_with_did_you_mean(run: Run, tmp_path: Path) -> None:
    """A misspelt skill prints its "did you mean" on stderr and at the top of the report."""
    profile = tmp_path / "typo.yaml"
    profile.write_text("name: Tia\nskills:\n  pyhton: 4\n  sql: 3\n", encoding="utf-8")
    result = run("assess", profile, "--start-date", "2026-12-01")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"{profile}:3:3: warning: unknown skill 'pyhton' is not counted (did you mean 'Python'?)"
    ]
    out = result.stdout
    assert out.index("Not understood (1)") < out.index("Blockers")
    assert "did you mean 'Python'?" in out


def test_stderr_caps_a_long_list_of_unknown_names(run: Run, tmp_path: Path) -> None:
    """Many unknown names give five lines on stderr and one "and N more"."""
    profile = tmp_path / "many.yaml"
    names = "".join(f"  zzqx{i}: 2\n" for i in range(8))
    profile.write_text(f"name: Tia\nskills:\n{names}", encoding="utf-8")
    result = run("assess", profile, "--start-date", "2026-12-01", "--no-plan")
    lines = result.stderr.splitlines()
    assert len(lines) == 6
    assert lines[-1] == "skillgap: and 3 more (the report lists them)"
    assert "and 5 more (--details lists them)" in result.stdout


def test_json_prints_no_warning_on_stderr(run: Run, tmp_path: Path) -> None:
    """Scripts reading JSON get the warnings in the JSON, and a quiet stderr."""
    profile = tmp_path / "typo.yaml"
    profile.write_text("name: Tia\nskills:\n  pyhton: 4\n", encoding="utf-8")
    result = run("assess", profile, "--format", "json", "--no-plan")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert '"code": "unknown-skill"' in result.stdout
    assert "names_read" not in result.stdout


def test_name_mapping_is_counted_and_shown_with_details(run: Run, tmp_path: Path) -> None:
    """A name read as another skill is counted in the summary and named with --details."""
    profile = tmp_path / "jupyter.yaml"
    profile.write_text("name: Jo\nskills:\n  Jupyter: 4\n  sql: 3\n", encoding="utf-8")
    short = run("assess", profile, "--no-plan")
    assert "Read as the catalog's: 1 name (Jupyter → Exploratory data analysis)" in short.stdout
    full = run("assess", profile, "--no-plan", "--details")
    assert "Names read as the catalog's (1)" in full.stdout
    assert "• Jupyter → Exploratory data analysis" in full.stdout
    assert "sql →" not in full.stdout  # only case differs: the same name


def test_details_gives_the_full_report(run: Run) -> None:
    """--details adds every requirement (useful ones too), the evidence and every plan step."""
    args = ("assess", ROOT / "profiles" / "student.yaml", "--start-date", "2026-12-01")
    short, full = run(*args).stdout, run(*args, "--details").stdout
    data = json.loads(run(*args, "--format", "json").stdout)
    useful = [
        r for r in data["requirements"] if r["importance"] == "useful" and r["status"] != "met"
    ]
    open_points = sum(r["max_points"] - r["points"] for r in useful)
    assert f"useful ({len(useful)}):    {open_points:.1f} points open; --details lists" in short
    last = data["plan"]["steps"][-1]
    # A long title wraps in its column: its words up to "from" fit on the step's line.
    shown = f"{last['number']}. {last['title'].split(' from ')[0]}"
    for text in ("Levels and evidence", "why: ", shown):
        assert text not in short
        assert text in full
    assert len(full.splitlines()) > 300


def test_pdf_output_is_refused_with_how_to_print(run: Run, tmp_path: Path) -> None:
    """-o report.pdf exits 2 and says to write HTML and print it from the browser."""
    for fmt in ([], ["-f", "html"]):
        result = run("assess", ROOT / "profiles" / "student.yaml", *fmt, "-o", tmp_path / "r.pdf")
        assert result.exit_code == 2
        assert "-o report.html" in result.stderr
        assert "print" in result.stderr
        assert not (tmp_path / "r.pdf").exists()


TYPO = "name: Tia\ntarget_role: ml-engineer\nskills:\n  pyhton: 4\n  sql: 3\n"
PYHTON = "warning: unknown skill 'pyhton' is not counted (did you mean 'Python'?)"


@pytest.mark.parametrize(
    "command",
    [["plan"], ["match"], ["compare", str(ROOT / "profiles" / "student.yaml")]],
    ids=["plan", "match", "compare"],
)
def test_every_report_names_unknown_names_on_stderr(
    command: list[str], run: Run, tmp_path: Path
) -> None:
    """plan, match and compare say a typo on stderr as assess does; JSON keeps stderr quiet."""
    profile = tmp_path / "typo.yaml"
    profile.write_text(TYPO, encoding="utf-8")
    args = [*command, str(profile), "--as-of", "2026-12-01"]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert f"{profile}:4:3: {PYHTON}" in result.stderr.splitlines()
    quiet = run(*args, "-f", "json")
    assert quiet.exit_code == 0
    assert "pyhton" not in quiet.stderr
    json.loads(quiet.stdout)  # stdout is the JSON alone
    redacted = run(*args, "--redact")
    assert "<profile>:4:3: warning: unknown skill '<redacted>'" in redacted.stderr.replace(
        "<new>", "<profile>"
    )
    assert "pyhton" not in redacted.stderr
    assert "pyhton" not in redacted.stdout


def test_review_names_unknown_names_before_asking(run: Run, tmp_path: Path) -> None:
    """A mentor is told which names of the profile were not understood (never reviewed)."""
    profile = tmp_path / "typo.yaml"
    profile.write_text(TYPO, encoding="utf-8")
    args = ["review", str(profile), "--no-input", "--reviewer", "M", "--verify", "sql"]
    result = run(*args, "--as-of", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == f"{profile}:4:3: {PYHTON}"


def test_batch_names_each_files_unknown_names_on_stderr(run: Run, tmp_path: Path) -> None:
    """Batch's summary for people: each file's unknown names on stderr (five, then a count).

    The records' formats keep stderr to errors and the summary, as assess's JSON does.
    """
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "tia.yaml").write_text(TYPO, encoding="utf-8")
    many = "".join(f"  zzqx{i}: 2\n" for i in range(8))
    (folder / "many.yaml").write_text(f"name: Mo\nskills:\n{many}", encoding="utf-8")
    args = ["batch", str(folder), "--as-of", "2026-12-01", "-j", "1"]
    result = run(*args, "-f", "table")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert f"{folder / 'tia.yaml'}: {PYHTON}" in lines
    mo = [line for line in lines if line.startswith(str(folder / "many.yaml"))]
    assert len(mo) == 6
    assert mo[-1] == f"{folder / 'many.yaml'}: and 3 more unknown name(s)"
    records = run(*args)
    assert "pyhton" not in records.stderr
    parsed = [json.loads(line) for line in records.stdout.splitlines()]
    assert all("notices" not in r for r in parsed)
    tia = next(r for r in parsed if r["name"] == "Tia")
    assert tia["warnings"] == ["unknown skill 'pyhton' is not counted"]
    redacted = run(*args, "-f", "html", "--redact")
    assert "pyhton" not in redacted.stderr
    assert "tia.yaml" not in redacted.stderr
    assert "warning: unknown skill '<redacted>' is not counted (did you mean 'Python'?)" in (
        redacted.stderr
    )


def test_batch_says_at_most_fifty_lines_of_unknown_names(run: Run, tmp_path: Path) -> None:
    """A cohort full of typos: fifty lines on stderr, then how many more."""
    folder = tmp_path / "cohort"
    folder.mkdir()
    for i in range(60):
        (folder / f"p{i:02}.yaml").write_text(f"name: P{i}\nskills: {{pyhton: 3}}\n")
    result = run("batch", str(folder), "--as-of", "2026-12-01", "-j", "1", "-f", "markdown")
    lines = result.stderr.splitlines()
    assert sum(PYHTON in line for line in lines) == 50
    assert "skillgap: and 10 more line(s) of names not understood" in result.stderr
