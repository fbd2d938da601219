"""A skills list whose item is a skill in capitals with its parts in brackets.

Each CV here is short text written for the test, not taken from a measured set.
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.read import lines_of
from skillgap.text.sections import split

SKILLS = """\
Mei Tan

SKILLS
Python — advanced
GCP (BigQuery, Vertex AI, Cloud Run)
Git, Linux
LANGUAGES
English — fluent
"""


def test_a_capitals_skill_with_its_parts_in_brackets_does_not_end_the_list() -> None:
    skills = read_cv_text(SKILLS).skills
    assert {"python", "gcp", "git", "linux"} <= set(skills)
    assert skills["git"].level == skills["linux"].level == 3  # listed, no level word


def test_a_capitals_heading_with_a_remark_in_brackets_is_still_a_heading() -> None:
    text = SKILLS.replace("LANGUAGES", "EMPLOYERS (ACME, INITECH)")
    headings = [s.heading for s in split(lines_of(text))]
    assert headings[-1] == "EMPLOYERS (ACME, INITECH)"  # its brackets in capitals too
    assert "GCP (BigQuery, Vertex AI, Cloud Run)" not in headings
