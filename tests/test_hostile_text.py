"""Hostile CVs for ``import``: long lists, headings repeated, pathological two-column rows.

Each gives a profile that loads, a short report and no traceback; the CPU budgets are
generous guards against a hang, not timings.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from conftest import CASES, PROFILES, Run
from skillgap.assessing.load import load_catalog
from skillgap.assessing.postings import posting_role
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile
from skillgap.text.cv import read_cv
from skillgap.text.lists import item_ids, unnamed
from skillgap.text.match import Found
from skillgap.text.read import document_from_bytes

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


def _read_budget(text: str) -> float:
    """CPU seconds ``read_cv`` spends on ``text`` (a guard against a hang, not a timing)."""
    document = document_from_bytes(text.encode(), "cv.txt", ".txt")
    start = time.process_time()
    read_cv(document, load_catalog(), dt.date(2026, 12, 7))
    return time.process_time() - start


def test_rows_of_spaces_in_a_two_column_stretch_are_read_in_linear_time() -> None:
    """15 rows of 12,000 spaces took 14 s: a sentence end was tried from every space.

    Each row's time grew with its square; now it is a linear scan.
    """
    assert _read_budget(HEAD + "SKILLS EXPERIENCE\n" + "\n".join([" " * 12_000] * 15)) < 5


@pytest.mark.parametrize("unit", ["( ", "– ", "'19 ", "12 "])
def test_long_rows_in_the_experience_section_are_read_quickly(unit: str) -> None:
    """100 rows of 2,900 characters (the size limit) took about 5 s; now well under 1.

    Each row's dates were looked for four times over, by five long patterns tried from each
    bracket or dash, even in a row without a digit (every date has one).
    """
    row = (unit * 2900)[:2900]
    assert _read_budget(HEAD + "EXPERIENCE\n" + "\n".join([row] * 100)) < 3


def test_sidebar_rows_that_each_continue_the_one_above_are_read_in_linear_time() -> None:
    """8,000 rows 'Go – basic, expert,' (160 KB) took over a minute; now about a second.

    Each row ending in a comma was joined to the cell above, copying the whole cell so far
    character by character.
    """
    assert (
        _read_budget(HEAD + "SKILLS EXPERIENCE\n" + "\n".join(["Go – basic, expert,"] * 8000)) < 5
    )


def _posting(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "posting.txt"
    path.write_text("Senior Data Engineer\n\nRequirements\n" + text, encoding="utf-8")
    return path


def test_a_choice_of_thousands_of_items_drafts_a_role_that_loads(run: Run, tmp_path: Path) -> None:
    """10,000 items under 'two of the following:' wrote a note of 5,000 characters.

    The draft role did not load: 'posting' wrote it anyway, and 'assess --posting' refused it
    (exit 3) at a line and column of the generated YAML, not of the posting.
    """
    names = ["Python", "SQL", "Java", "Julia", "Scala", "Go", "Keras", "Rust", "Excel", "R"]
    items = "\n".join(f"- {names[i % len(names)]} {i}" for i in range(10_000))
    posting = _posting(tmp_path, "You know two of the following:\n" + items + "\n")
    result = run("assess", "--posting", posting, "--as-of", "2026-12-07", PROFILES / "student.yaml")
    assert result.exit_code in (0, 1), result.output
    role = run("posting", posting)
    assert role.exit_code == 0, role.output
    assert "R 9 and 7,992 more, where the catalog recognises no skill" in role.stdout


def test_a_choice_of_many_skills_is_named_by_the_first_few(run: Run, tmp_path: Path) -> None:
    """A group of 150 members was named by all 150 (over 2,000 characters): exit 3.

    The draft keeps the first 50 members (a catalog group holds 50) and names 8 of them.
    """
    catalog = tmp_path / "catalog.yaml"
    skills = "".join(
        f"  - {{id: frob-{i:03d}, name: Frob{chr(97 + i // 26)}{chr(97 + i % 26)}zap Toolkitry "
        "Deluxe, category: c}\n"
        for i in range(150)
    )
    catalog.write_text(
        (CASES / "invalid-catalog" / "ready-score-boolean.yaml")
        .read_text(encoding="utf-8")
        .split("skills:\n")[0]
        .split("\n", 2)[2]
        + "skills:\n"
        + skills
        + "roles:\n  - id: r\n    name: R\n    ready_score: 70\n    requirements:\n"
        "      skills:\n        - {skill: frob-000, level: 3, importance: essential}\n",
        encoding="utf-8",
    )
    items = "\n".join(
        f"- Frob{chr(97 + i // 26)}{chr(97 + i % 26)}zap Toolkitry Deluxe" for i in range(150)
    )
    posting = _posting(tmp_path, "You know two of the following:\n" + items + "\n")
    profile = tmp_path / "p.yaml"
    profile.write_text("name: Zebediah Quuxworth\nskills:\n  frob-000: 3\n", encoding="utf-8")
    result = run("assess", "-c", catalog, "--posting", posting, "--as-of", "2026-12-07", profile)
    assert result.exit_code in (0, 1), result.output
    role = run("posting", "-c", catalog, posting).stdout
    assert "Toolkitry Deluxe and 42 more" in role  # the first 50 of 150 kept


def test_a_choice_of_every_skill_drafts_a_group_of_at_most_50(run: Run, tmp_path: Path) -> None:
    """'Two of the following:' over every shipped skill drafted a group of ~100 members.

    A group that large is refused (a plan weighs each step against every member): the draft
    keeps the first 50 and says so, and 'assess --posting' scores it.
    """
    names = [s.name for s in load_catalog().catalog.skills]
    items = "\n".join(f"- {n}" for n in names)
    posting = _posting(tmp_path, "You know two of the following:\n" + items + "\n")
    result = run("assess", "--posting", posting, "--as-of", "2026-12-07", PROFILES / "student.yaml")
    assert result.exit_code in (0, 1), result.output
    role = run("posting", posting).stdout
    assert "a group holds the first 50" in role


def test_a_run_of_spaces_before_a_single_date_is_read_in_linear_time() -> None:
    """'Data Analyst' + 3,200 spaces + 'Acme 2020' took 90 s (1,600 spaces: 11 s).

    Whether a single date may end a job's line was asked of a pattern with three whitespace
    repeats side by side, tried over the run in time cubic in its length.
    """
    line = "Data Analyst" + " " * 3200 + "Acme 2020"
    assert _read_budget(HEAD + "EXPERIENCE\n" + line + "\n- Python and SQL\n") < 3


def test_spaces_before_a_dated_line_are_read_in_linear_time() -> None:
    """8,000 spaces before 'Jan 2020 – Mar 2021  Data Analyst, Acme' took 8 s (4,000: 2.4 s).

    Whether the line is labelled as a job's description began with two whitespace repeats
    side by side, tried over the run in time quadratic in its length.
    """
    line = " " * 20_000 + "Jan 2020 – Mar 2021  Data Analyst, Acme"
    assert _read_budget(HEAD + "EXPERIENCE\n" + line + "\n- Python and SQL\n") < 3


def _posting_budget(text: str) -> float:
    """CPU seconds reading ``text`` as a posting and drafting its role takes (a hang guard)."""
    catalog = load_catalog()
    start = time.process_time()
    posting_role(document_from_bytes(text.encode(), "posting.txt", ".txt"), catalog)
    return time.process_time() - start


def test_spaces_between_html_block_tags_are_read_in_linear_time() -> None:
    """'<p> ' 75,000 times (300,000 characters) took 14 s; now a tenth of a second.

    Whether a line had text before each block tag was asked by joining the line so far,
    which only spaces kept growing.
    """
    html = "<p>Requirements</p>\n<ul><li>Python</li></ul>\n" + "<p> " * 74_980
    assert _posting_budget(html) < 1


def test_a_line_of_spaces_before_a_skill_is_read_in_linear_time() -> None:
    """80,000 spaces then 'Python' on one requirement line took 34 s (20,000: 2.3 s).

    A clause's end was tried from each space, each try running to the end of the spaces.
    """
    assert _posting_budget("Data Engineer\n\nRequirements\n" + " " * 80_000 + "Python\n") < 1


def test_a_choice_of_many_items_on_one_line_is_read_in_linear_time() -> None:
    """'Two of: Python, SQL, Spark, ' over 290,000 characters took 30 s; now its matching's.

    Each item was checked against every name found on the line, and each name's brackets
    counted from the line's start. Here the list's own reading, on 60,000 items each a name.
    """
    text = "Two of: " + "SQL, " * 60_000
    found = [
        Found("sql", "SQL", "SQL", 1, 9 + 5 * i, "", 8 + 5 * i, 11 + 5 * i) for i in range(60_000)
    ]
    start = time.process_time()
    assert unnamed(text, 8, found) == []
    assert item_ids(found, text) == ["sql"] * 60_000
    assert time.process_time() - start < 1
