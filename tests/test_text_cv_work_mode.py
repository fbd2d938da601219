"""A job's heading noting its work mode, and a leave's item ending a job right above the next.

``Data Analyst — Paystream (hybrid, fully remote since 2024)`` over ``March 2022 – Present``:
the "since" dates a change of work mode, the job runs from its own range. A list item ending
in a date range (``- *Parental leave: Mar 2025 – Aug 2025*``) is whole: a Word CV has no blank
line before the next job's title, which wraps over its employer and dates.

Each CV here is made up for the form it shows. Months count to 2026-12-07, both end months
included.
"""

from __future__ import annotations

from cvs import read_cv_text

REMOTE = """\
OLU BANKOLE
Data Analyst

WORK EXPERIENCE

Data Analyst — Harbour Payments Ltd, Lagos (hybrid, fully remote since 2024)
March 2022 – Present
 - Built Power BI dashboards and SQL models for settlement data

EDUCATION
B.Sc. Statistics, University of Ibadan — 2012–2016
"""


def test_remote_since_in_a_heading_is_not_the_jobs_start() -> None:
    reading = read_cv_text(REMOTE)
    assert len(reading.jobs) == 1
    assert reading.jobs[0].title.endswith("(hybrid, fully remote since 2024)")
    assert reading.relevant_months == 58  # March 2022 to December 2026, not 2024 on


LEAVE = """\
# Dr. Defne Aksoy

## Appointments

Postdoctoral Researcher, Kadikoy AI Lab, Istanbul — Sep 2024 – Present
- Leading a project on fine-tuning small language models
- *Parental leave: Mar 2025 – Aug 2025*
Research Assistant (part-time, 50%), Department of Computer Engineering,
Bosphorus Technical University, Ankara — Oct 2019 – Jul 2024
- Built a Turkish web corpus and fine-tuned transformer models for NER
"""


def test_an_item_ending_in_a_range_is_whole_the_next_title_is_not_joined() -> None:
    reading = read_cv_text(LEAVE, "cv.md")
    titles = [j.title for j in reading.jobs if j.kind == "job"]
    assert titles[1].startswith("Research Assistant (part-time, 50%)")
    # 28 months of postdoc less 6 of leave; 58 months at half time
    assert reading.relevant_months == 22 + 29
