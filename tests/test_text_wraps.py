"""A CV's lines wrapped mid-sentence (a PDF's text, an editor's), and training listed as a job.

A short line right under a line left open (``... GmbH,``, ``... models onto``, ``... for
Welsh and``) is the rest of that line, never a section heading of its own, even when it
looks like one (``Hamburg``, ``Kubernetes``, ``Gaelic languages``) and a bullet follows.
A bootcamp or a course listed under the jobs is training, not work.
"""

from __future__ import annotations

import datetime as dt

from skillgap import api
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.read import document_from_bytes, lines_of
from skillgap.text.sections import split

AS_OF = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()


def _read(text: str) -> CvReading:
    return read_cv(document_from_bytes(text.encode(), "cv.txt"), CATALOG, AS_OF)


#: As a PDF's text comes out: every wrapped line starts at the margin, no blank lines.
WRAPPED = """Tomas Berg
Experience
2022-01 – present | Data Engineer | Fjordkraft Analytics AS,
Bergen
- Built the ingestion for smart-meter readings used by the
forecasting team
- Moved the batch jobs of three models onto
Kubernetes
2019-04 – 2021-12 | Software Developer (part-time, 20
h/week) | Nordvik Systems, Oslo
- Java services for the
Billing
- REST services for a logistics client
Education
2015 – 2019 | B.Sc. Informatics | University of Oslo
"""


def test_wrapped_rest_of_a_line_is_not_a_heading() -> None:
    """'Bergen', 'Kubernetes' and 'Billing' continue the line above: every job is read.

    A job's line wrapped inside its cells is read whole: its employer's town, its hours.
    """
    kinds = [(s.kind, s.heading) for s in split(lines_of(WRAPPED))]
    assert kinds == [("other", ""), ("experience", "Experience"), ("education", "Education")]
    reading = _read(WRAPPED)
    assert [(j.title, j.fte, j.calendar_months) for j in reading.jobs] == [
        ("Data Engineer — Fjordkraft Analytics AS, Bergen", 1.0, 60),
        ("Software Developer — Nordvik Systems, Oslo", 0.5, 33),
    ]
    assert reading.relevant_months == 60 + 16.5


INDENTED = """# Mari Jones

## Positions

**Research Scientist**, Lleuad Lab, Cardiff — March 2023 to present
- Speech recognition for Welsh and
  Gaelic languages
- Evaluation of multilingual acoustic models

**Research Assistant**, Bangor University — January 2021 to February 2023
- Corpus building and annotation tools

## Languages
- Welsh — native
"""


def test_an_indented_wrap_naming_a_section_is_still_the_bullet() -> None:
    """'Gaelic languages' ends a bullet, not the jobs: the second job is still read."""
    reading = _read(INDENTED)
    assert [j.title for j in reading.jobs] == [
        "Research Scientist, Lleuad Lab, Cardiff",
        "Research Assistant, Bangor University",
    ]
    assert reading.relevant_months == 46 + 26
    assert [s.kind for s in split(lines_of(INDENTED))][-1] == "languages"  # a real heading


BOOTCAMP = """Sam Reed

Work history

Data Analyst - Harbour Bank (Hull)
04/2024 - present
- SQL reporting and Power BI dashboards

Data Science Bootcamp - Kiln Academy (full-time, online)
09/2023 - 03/2024
- 26 weeks of Python, SQL and statistics

Bootcamp Instructor - Kiln Academy
2021 - 2022
- Taught spreadsheet basics to adult learners

Payroll Clerk - Hull Council
01/2019 - 08/2023
- Monthly payroll for 900 staff
"""


def test_a_bootcamp_listed_as_a_job_is_training_not_work() -> None:
    """The bootcamp's seven months are not counted; the instructor's job is judged as a job."""
    reading = _read(BOOTCAMP)
    jobs = {j.title.split(" - ")[0]: j for j in reading.jobs}
    assert not jobs["Data Science Bootcamp"].relevant
    assert "training" in jobs["Data Science Bootcamp"].why_not
    assert "training" not in jobs["Bootcamp Instructor"].why_not  # teaching: a job
    assert reading.relevant_months == 33  # Apr 2024 - Dec 2026, the analyst job alone


RIGHT_ALIGNED = """ALEX KIM

EXPERIENCE
Data Engineer, Tidewater Freight                                  Jan 2024 – Present
  • Airflow pipelines for shipment events

Analytics Intern, Harbourline Ports                                       Summer 2022
  • Dashboards of crane utilisation in Tableau

EDUCATION
BSc Statistics, University of Hull                                        2020 – 2023
"""


def test_a_single_date_set_right_after_a_wide_gap_is_the_jobs() -> None:
    """'Summer 2022' standing alone at the right margin dates the internship (Jun-Aug)."""
    reading = _read(RIGHT_ALIGNED)
    assert [(j.title, j.kind, j.months) for j in reading.jobs] == [
        ("Data Engineer, Tidewater Freight", "job", 36.0),
        ("Analytics Intern, Harbourline Ports", "internship", 3.0),
    ]
    assert reading.relevant_months == 39
