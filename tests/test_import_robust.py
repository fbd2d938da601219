"""import as people write résumés: ongoing jobs, month names, other level scales, odd JSON."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PROFILES, Run
from skillgap.authoring.readings import partial_date, read_level
from skillgap.authoring.resume import read_resume, to_draft
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile


def resume(tmp_path: Path, text: str, name: str = "r.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(run: Run, path: Path, tmp_path: Path) -> tuple[Profile, str, str]:
    """Import ``path``: the profile written, its text and the mapping report."""
    out = tmp_path / "out.yaml"
    result = run("import", path, "--as-of", "2026-06-01", "-o", out)
    assert result.exit_code == 0, result.stderr
    return validate(load_file(out), Profile), out.read_text(encoding="utf-8"), result.stderr


def work(*jobs: dict[str, str]) -> str:
    return json.dumps({"basics": {"name": "Jamie"}, "work": list(jobs)})


@pytest.mark.parametrize(
    "ongoing", ["Present", "present", "Current", "now", "ongoing", "", "Today"]
)
def test_present_end_date_counts_to_as_of(ongoing: str, run: Run, tmp_path: Path) -> None:
    """A job 'until Present' counts its months up to --as-of (here 2019-06 → 2026-06: 84)."""
    path = resume(
        tmp_path,
        work(
            {"name": "Acme", "position": "ML engineer", "startDate": "2019-06", "endDate": ongoing}
        ),
    )
    profile, text, report = imported(run, path, tmp_path)
    assert profile.experience[0].months == 84
    assert "ongoing: counted to 2026-06-01" in text
    assert "months unknown" not in report


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("June 2019", "June 2021"),
        ("Jun 2019", "Jun. 2021"),
        ("06/2019", "06/2021"),
        ("2019/06", "2021/06"),
        ("2019-06-01", "2021-06-01T00:00:00Z"),
    ],
)
def test_month_names_and_slashes_are_dates(start: str, end: str, run: Run, tmp_path: Path) -> None:
    """Dates like June 2019 to June 2021 are 24 months, however the months are written."""
    path = resume(tmp_path, work({"name": "Acme", "startDate": start, "endDate": end}))
    profile, _, _ = imported(run, path, tmp_path)
    assert profile.experience[0].months == 24


def test_dates_that_do_not_add_up_get_their_real_reason(run: Run, tmp_path: Path) -> None:
    """A start after the end, an unreadable date and a missing start each say what is wrong."""
    path = resume(
        tmp_path,
        work(
            {"name": "Backwards", "startDate": "2022-01", "endDate": "2020-01"},
            {"name": "Garbled", "startDate": "sometime", "endDate": "2020"},
            {"name": "Undated"},
            {"name": "Future", "startDate": "2030-01"},
        ),
    )
    _, _, report = imported(run, path, tmp_path)
    assert "starts 2022-01-01, after it ends 2020-01-01" in report
    assert "start date 'sometime' not understood" in report
    assert '"Undated" → job, months unknown (no start date)' in report
    assert "after the reference date 2026-06-01; see --as-of" in report


def test_a_1970_job_with_no_end_is_capped_and_said(run: Run, tmp_path: Path) -> None:
    """Fifty-six years of one job is more than a profile records: capped at 600, with a warning."""
    path = resume(tmp_path, work({"name": "Lifer", "startDate": "1970-01-01"}))
    profile, _, report = imported(run, path, tmp_path)
    assert profile.experience[0].months == 600
    assert "capped at 600 (the most a profile records)" in report


@pytest.mark.parametrize(
    ("level", "expected", "note"),
    [
        ("4", 4, None),
        (4, 4, None),
        ("4/5", 4, None),
        ("80%", 4, None),
        ("3.5", 4, "3.5 rounded to 4"),
        (4.5, 5, "4.5 rounded to 5"),
        ("7", 4, "read as 7 out of 10"),
        ("10", 5, "read as 10 out of 10"),
        ("70", 4, "read as 70%"),
        ("7/5", 5, "above its scale"),
        ("120%", 5, "above its scale"),
        ("4/0", None, "has a scale of 0"),
        ("9" * 400, None, "not understood"),
        ("400", None, "no scale"),
        ("Beginner", 2, None),
        ("working knowledge", 3, None),
        ("wizard", None, "not understood"),
    ],
)
def test_level_rule(level: str | float, expected: int | None, note: str | None) -> None:
    """The documented rule: 0-5 as is, other scales converted, guesses and clamps noted."""
    reading = read_level(level)
    assert reading.level == expected
    if note is None:
        assert reading.note is None
    else:
        assert reading.note is not None
        assert note in reading.note


def test_guessed_levels_are_marked_in_the_file_and_warned(run: Run, tmp_path: Path) -> None:
    """A "7" becomes 4 marked estimate in the file and listed under Warnings, never silently."""
    text = json.dumps(
        {
            "basics": {"name": "J"},
            "skills": [{"name": "Python", "level": "7"}, {"name": "SQL", "level": "4/0"}],
        }
    )
    profile, written, report = imported(run, resume(tmp_path, text), tmp_path)
    assert profile.skills["python"].level == 4
    assert profile.skills["sql"].level == 2
    assert "# advanced; estimate: read as 7 out of 10" in written
    warnings = report.split("Warnings:")[1]
    assert "read as 7 out of 10" in warnings
    assert "has a scale of 0" in warnings


@pytest.mark.parametrize(
    ("study", "degree"),
    [
        ("Master of Science", "master"),
        ("Bachelor of Science", "bachelor"),
        ("Doctor of Philosophy", "phd"),
        ("MBA", "master"),
        ("BA", "bachelor"),
        ("BSc", "bachelor"),
        ("MSc", "master"),
        ("MEng", "master"),
        ("PhD", "phd"),
        ("Ph.D.", "phd"),
    ],
)
def test_degree_spellings_map_and_score(study: str, degree: str, run: Run, tmp_path: Path) -> None:
    """The common spellings of degrees map to the ladder, and the profile's education scores."""
    text = json.dumps(
        {
            "basics": {"name": "J"},
            "education": [{"studyType": study, "area": "Computer Science", "endDate": "2020"}],
        }
    )
    profile, _, report = imported(run, resume(tmp_path, text), tmp_path)
    assert [(e.degree, e.status) for e in profile.education] == [(degree, "completed")]
    assert f'"{study}" in "Computer Science" → {degree}, completed' in report


def test_init_writes_the_degree_it_understood(run: Run, tmp_path: Path) -> None:
    """`init --degree "Master of Science" writes a degree whose education scores, not 0."""
    path = tmp_path / "p.yaml"
    made = run(
        "init", path, "--no-input", "--degree", "Master of Science", "--field", "computer science"
    )
    assert made.exit_code == 0, made.stderr
    assessed = run("assess", path, "-f", "json", "--no-plan")
    education = next(
        c for c in json.loads(assessed.stdout)["categories"] if c["category"] == "education"
    )
    assert education["score"] == 100


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("[" * 5000 + "]" * 5000, "1:65", "nesting deeper than 64 levels"),
        (
            '{"skills": [{"name": "x", "level": ' + "9" * 5000 + "}]}",
            "1:36",
            "a number of 5000 characters",
        ),
        ('{"basics": {"name": "\\ud83d"}}', "1:21", "lone surrogate"),
        ('{"basics": {"name": "A"}, "basics": {}}', "1:27", "duplicate key 'basics'"),
    ],
)
def test_hostile_json_is_refused_with_a_position(
    text: str, position: str, message: str, run: Run, tmp_path: Path
) -> None:
    """Deep nesting, huge numbers, lone surrogates and duplicate keys: exit 3 at their spot."""
    path = resume(tmp_path, text)
    result = run("import", path)
    assert result.exit_code == 3, result.stderr
    assert result.stderr.startswith(f"{path}:{position}: error: not valid JSON: ")
    assert message in result.stderr


def test_valid_json_python_writes_is_read(run: Run, tmp_path: Path) -> None:
    """Tab indentation and surrogate-pair escapes (json.dumps's own output) are valid JSON."""
    data = {"basics": {"name": "Ada 😀"}, "skills": [{"name": "Python", "level": "Expert"}]}
    path = resume(tmp_path, json.dumps(data, indent="\t", ensure_ascii=True))
    assert "\\ud83d\\ude00" in path.read_text()
    profile, _, _ = imported(run, path, tmp_path)
    assert profile.name == "Ada 😀"
    assert profile.skills["python"].level == 5


def test_control_characters_and_long_names_are_tamed(run: Run, tmp_path: Path) -> None:
    """A NUL in a name becomes a space; a 300-character name is cut to 200; both are warned."""
    data = {"basics": {"name": "A" * 300}, "skills": [{"name": "Py\u0000thon\u2028"}]}
    profile, _, report = imported(run, resume(tmp_path, json.dumps(data)), tmp_path)
    assert len(profile.name) == 200
    assert "basics.name: 300 characters, cut to 200" in report
    assert "control characters or line breaks: made spaces" in report


def test_compare_reads_saved_results_python_rewrote(run: Run, tmp_path: Path) -> None:
    """A result re-saved by json.dumps (tab indents, escaped emoji) still compares."""
    saved = run("assess", PROFILES / "student.yaml", "-f", "json", "--start-date", "2026-12-01")
    data = json.loads(saved.stdout)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, indent="\t", ensure_ascii=True), encoding="utf-8")
    result = run("compare", old, PROFILES / "student.yaml", "--start-date", "2026-12-01")
    assert result.exit_code == 0, result.stderr


def test_partial_dates() -> None:
    """Spellings of a month, each to its first day; nonsense to None."""
    assert partial_date("June 2019") == dt.date(2019, 6, 1)
    assert partial_date("Sept 2019") == dt.date(2019, 9, 1)
    assert partial_date("Junk 2019") is None
    assert partial_date("13/2019") is None


_TEXT = st.text(max_size=30)
_SCALAR: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    _TEXT,
    st.sampled_from(["Present", "2019-06", "June 2019", "4/0", "7", "3.5", "1970"]),
)
_ITEM = st.dictionaries(
    st.sampled_from(
        [
            "name",
            "level",
            "keywords",
            "studyType",
            "area",
            "startDate",
            "endDate",
            "position",
            "date",
            "institution",
        ]
    ),
    st.one_of(_SCALAR, st.lists(_SCALAR, max_size=3)),
    max_size=6,
)
_RESUME = st.fixed_dictionaries(
    {},
    optional={
        "basics": st.dictionaries(st.just("name"), _SCALAR),
        **{
            section: st.lists(_ITEM, max_size=4)
            for section in ("skills", "education", "certificates", "work", "projects")
        },
        "volunteer": st.lists(_ITEM, max_size=2),
    },
)


@settings(
    max_examples=1000,  # about 12 s: bounded, as the suite's budget asks
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=_RESUME, tabs=st.booleans())
def test_fuzzed_resumes_import_or_are_refused(
    data: dict[str, Any], tabs: bool, catalog: CatalogIndex
) -> None:
    """Any JSON résumé either becomes a valid profile or is refused as bad input, quickly."""
    text = json.dumps(data, indent="\t" if tabs else None, ensure_ascii=tabs)
    started = time.process_time()
    try:
        parsed, warnings = read_resume(text, "fuzz.json")
    except InputError:
        return
    draft, report = to_draft(
        parsed, catalog, as_of=dt.date(2026, 6, 1), source="fuzz.json", warnings=warnings
    )
    from skillgap.authoring import drafts

    drafts.render(draft)  # raises AssertionError if the written profile would not load
    report.text().encode("utf-8")
    assert time.process_time() - started < 5
