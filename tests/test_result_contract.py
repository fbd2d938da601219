"""What the library builds is what validation would build: the result model's contract.

The engine and the plan make their result models with ``model_construct`` (their values are
the library's own, already checked), so a run that prints the terminal report never builds
the result models' validators. The contract still holds: every result read back through
validation is the same object, field for field and type for type (a float where a float is
declared, a list where a list is, a literal the schema allows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from conftest import ROOT
from skillgap import api
from skillgap.models.result import Assessment, NameRead
from skillgap.plan import PlanOptions

START = dt.date(2026, 12, 1)
PROFILES = [
    *sorted((ROOT / "profiles").glob("*.yaml")),
    *sorted((ROOT / "tests" / "calibration" / "mentor-2026-12" / "profiles").glob("*.yaml")),
    *sorted((ROOT / "tests" / "calibration" / "profiles").glob("*.yaml")),
]
#: Options that reach every part of a result: levels, the evidenced headline, a target date's
#: search at other weekly hours, skipped steps.
OPTIONS: list[dict[str, object]] = [
    {},
    {"role": "data-scientist", "trust": "evidenced"},
    {"level": "junior", "hours": 4},  # a whole number of hours, as a caller may give it
    {"role": "mlops-engineer", "skip": ("degree", "full-time", "sql")},
]


def _same_through_validation(result: Assessment) -> None:
    again = Assessment.model_validate_json(result.model_dump_json())
    # The names read as the catalog's are the terminal's note, never in the JSON.
    assert repr(again) == repr(result.model_copy(update={"names_read": []}))
    assert again.model_dump_json() == result.model_dump_json()
    for read in result.names_read:
        assert repr(NameRead.model_validate(read.model_dump())) == repr(read)


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_a_result_is_what_validation_makes_of_it(path: Path) -> None:
    """Each result, read back through the result model's validator, is unchanged."""
    profile, document = api.load_profile(path)
    for options in OPTIONS:
        plan = PlanOptions(
            START,
            hours_per_week=options.get("hours"),  # type: ignore[arg-type]
            skip=options.get("skip", ()),  # type: ignore[arg-type]
        )
        result = api.assess(
            profile,
            role=options.get("role"),  # type: ignore[arg-type]
            document=document,
            plan=plan,
            as_of=START,
            trust=options.get("trust", "claimed"),  # type: ignore[arg-type]
            level=options.get("level"),  # type: ignore[arg-type]
        )
        _same_through_validation(result)


def test_a_reviewed_result_is_what_validation_makes_of_it(tmp_path: Path) -> None:
    """A mentor's review (its summary, levels corrected and confirmed, a comment) survives."""
    student = ROOT / "profiles" / "student.yaml"
    profile, document = api.load_profile(student)
    review_path = tmp_path / "student.review.yaml"
    review_path.write_text(
        "reviewer: Dr Mentor\ndate: 2026-12-01\nprofile_sha256: "
        f"{hashlib.sha256(student.read_bytes()).hexdigest()}\noverall: Promising.\n"
        "skills:\n  python: {level: 4, comment: shown in the thesis}\n  pandas: {level: 2}\n"
        "  sql: {level: 1}\n",
        encoding="utf-8",
    )
    review = api.load_review(review_path, force=True)
    result = api.assess(
        profile, document=document, plan=PlanOptions(START), as_of=START, review=review
    )
    assert result.review is not None
    _same_through_validation(result)


def test_a_plan_started_at_a_datetime_is_dated_in_days() -> None:
    """A library caller's ``datetime`` start gives the days validation would have given."""
    profile, document = api.load_profile(ROOT / "profiles" / "student.yaml")
    options = PlanOptions(dt.datetime(2026, 12, 1, 0, 0), hours_per_week=10)
    result = api.assess(profile, document=document, plan=options, as_of=START)
    assert result.plan is not None
    assert type(result.plan.start_date) is dt.date
    assert all(type(s.start) is dt.date and type(s.end) is dt.date for s in result.plan.steps)
    _same_through_validation(result)
