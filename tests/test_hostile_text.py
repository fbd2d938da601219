"""Hostile CVs for ``import``: long lists, headings repeated, pathological two-column rows.

Each gives a profile that loads, a short report and no traceback; the CPU budgets are
generous guards against a hang, not timings.
"""

from __future__ import annotations

from pathlib import Path

from conftest import Run
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile

HEAD = "Zebediah Quuxworth\nzeb.quux@example.org\n\n"


def _import(run: Run, tmp_path: Path, text: str) -> tuple[Profile, str, str]:
    cv = tmp_path / "cv.txt"
    cv.write_text(text, encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run("import", cv, "--as-of", "2026-12-07", "-o", out)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return validate(load_file(out), Profile), out.read_text(encoding="utf-8"), result.stderr


def test_a_cv_of_more_jobs_than_a_profile_holds_keeps_the_first_and_says_so(
    run: Run, tmp_path: Path
) -> None:
    """600 job lines once wrote a profile that did not load: exit 70, 'internal error'."""
    jobs = "\n".join(f"Data engineer at Acme{i} {2000 + i % 25} – present" for i in range(600))
    profile, _, report = _import(run, tmp_path, HEAD + "EXPERIENCE\n" + jobs)
    assert len(profile.experience) == 500
    assert "the CV reads as 600 experience items; a profile holds at most 500" in report


def test_a_cv_of_more_degrees_and_certificates_than_a_profile_holds(
    run: Run, tmp_path: Path
) -> None:
    degrees = "\n".join(f"BSc Computer Science {1990 + i % 30}" for i in range(300))
    certs = "\n".join(
        f"AWS Certified Machine Learning Specialty {1990 + i % 30}" for i in range(300)
    )
    text = HEAD + "EDUCATION\n" + degrees + "\n\nCERTIFICATIONS\n" + certs
    profile, _, report = _import(run, tmp_path, text)
    assert len(profile.education) == 50
    assert len(profile.certifications) == 200
    assert "the CV reads as 300 degrees; a profile holds at most 50" in report
    assert "the CV reads as 300 certificates; a profile holds at most 200" in report


def test_side_by_side_headings_repeated_are_warned_about_in_a_few_lines(
    run: Run, tmp_path: Path
) -> None:
    """'SKILLS EXPERIENCE' 10,000 times gave 10,000 warnings and 10,000 header comments."""
    _, text, report = _import(run, tmp_path, HEAD + "SKILLS EXPERIENCE\n" * 10_000)
    assert report.count("reads as two headings side by side") == 4
    assert "line 7 and 9,996 more lines up to line 10003" in report
    assert text.count("looks like two columns flattened") == 4
    assert len(text) < 2000
