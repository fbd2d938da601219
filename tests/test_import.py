"""import: JSON Resume to a profile; every item mapped or reported, nothing dropped silently."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import CASES, Run
from skillgap.authoring.readings import level_of, months_between, partial_date
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile

ADA = CASES / "resume" / "ada.json"


def test_import_maps_and_reports_everything(run: Run, tmp_path: Path) -> None:
    """Skills, keywords, degrees, certificates, work and projects map; the rest is reported."""
    out = tmp_path / "ada.yaml"
    result = run("import", ADA, "--as-of", "2026-12-01", "-o", out)
    assert result.exit_code == 0, result.stderr
    profile = validate(load_file(out), Profile)
    assert profile.name == "Ada Lovelace"
    levels = {k: v.level for k, v in profile.skills.items()}
    assert levels == {
        "python": 5,
        "pandas": 5,
        "scikit-learn": 5,
        "pytorch": 5,
        "sql": 3,
        "statistics": 2,
        "excel": 4,
    }
    text = out.read_text()
    assert "statistics:   2   # novice; estimate: no level given" in text
    assert [(e.degree, e.status) for e in profile.education] == [
        ("bachelor", "completed"),
        ("master", "in_progress"),
    ]
    assert profile.certifications[0].name == "AWS Certified Machine Learning - Specialty"
    assert profile.certifications[0].earned == dt.date(2023, 4, 1)
    kinds = [(e.kind, e.months) for e in profile.experience]
    assert kinds == [
        ("job", 37),
        ("internship", 3),
        ("job", 29),
        ("project", 3),
        ("competition", None),
    ]
    report = result.stderr
    assert "\"Tensorflw\": not in the catalog (did you mean 'TensorFlow'?)" in report
    assert '"Diploma of Pastry" at Online: not a degree' in report
    assert '"Scrum Master": not in the catalog' in report
    assert "volunteer: 1 item(s); skillgap does not use this section" in report
    assert "languages: 1 item(s)" in report
    assert "#   Tensorflw: 2   # not in the catalog" in text  # kept, commented, in the file


def test_import_to_stdout_is_assessable(run: Run, tmp_path: Path) -> None:
    """The YAML on stdout is assessed with no warning but the true one: MLS-C01 has expired."""
    result = run("import", ADA, "--as-of", "2026-12-01")
    path = tmp_path / "p.yaml"
    path.write_text(result.stdout)
    assessed = run("assess", path, "-f", "json", "--no-plan", "--as-of", "2026-12-01")
    assert assessed.exit_code == 0
    warnings = json.loads(assessed.stdout)["warnings"]
    assert [w["code"] for w in warnings] == ["expired-certification"]


def test_invalid_json_has_line_and_column(tmp_path: Path, run: Run) -> None:
    """Broken JSON is refused at its line and column, exit 3."""
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{\n  "basics": {"name": "A"},\n  "skills": [\n    {"name": "Python",}\n  ]\n}\n'
    )
    result = run("import", bad)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{bad}:4:23: error: not valid JSON")


def test_wrong_shape_is_located(tmp_path: Path, run: Run) -> None:
    """A section of the wrong type is reported where it is."""
    bad = tmp_path / "shape.json"
    bad.write_text('{\n  "skills": {"name": "Python"}\n}\n')
    result = run("import", bad)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{bad}:2:13: error: skills:")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Master", 5),
        ("Expert", 5),
        ("Advanced", 4),
        ("Intermediate", 3),
        ("Beginner", 2),
        ("4/5", 4),
        ("60%", 3),
        ("2", 2),
        (None, None),
        ("wizard", None),
    ],
)
def test_level_table(text: str | None, level: int | None) -> None:
    """The documented table maps free-text levels to the scale."""
    assert level_of(text) == level


def test_partial_dates_and_months() -> None:
    """2021 and 2021-06 are dates too; months between dates to one decimal."""
    assert partial_date("2021") == dt.date(2021, 1, 1)
    assert partial_date("2021-06") == dt.date(2021, 6, 1)
    assert partial_date("not a date") is None
    assert months_between(dt.date(2021, 6, 1), dt.date(2021, 9, 1)) == 3.0
    assert months_between(None, dt.date(2021, 9, 1)) is None


@pytest.mark.parametrize("day", ["9999-12-31", "1800-01-01"])
def test_a_certificate_date_a_profile_cannot_hold_is_left_out(
    run: Run, tmp_path: Path, day: str
) -> None:
    """A certificate dated outside 1900-2100 is imported without its date, with a warning."""
    resume = tmp_path / "r.json"
    cert = {"name": "AWS Certified Machine Learning - Specialty", "date": day}
    resume.write_text(json.dumps({"basics": {"name": "A"}, "certificates": [cert]}), "utf-8")
    out = tmp_path / "a.yaml"
    result = run("import", resume, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"certificates[0]: date '{day}' not understood" in result.stderr
    assert "earned" not in out.read_text()
    assert partial_date(day) is None


def test_a_level_of_true_is_not_understood_not_one(run: Run, tmp_path: Path) -> None:
    """A résumé level `true` is no number: it is read as not understood (2, estimate), not 1."""
    resume = tmp_path / "r.json"
    resume.write_text(json.dumps({"skills": [{"name": "Python", "level": True}]}), "utf-8")
    out = tmp_path / "a.yaml"
    result = run("import", resume, "-o", out)
    assert result.exit_code == 0, result.output
    assert "python: 2   # novice; estimate: level 'true' not understood" in out.read_text()
