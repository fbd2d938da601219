"""Whose work a CV's role is, and how much of it: a startup's CTO, a lecturer, a stated share.

* A CTO (``Co-founder & CTO``, ``Chief Technology Officer``, ``Technical Co-founder``) heads
  a company's engineering: relevant work.
* A lecturer teaches, whatever department the course is in (``Lecturer, Dept. of Computer
  Science``); a lecturer in data science or ML is in the field.
* ``(part-time, 40%)``: the stated percentage is the share, not part-time's half.
* A leave item under a job comes off its months, its length in brackets after its dates or not.

Each CV here is made up for the rule it shows. Months count to 2026-12-07, both end months
included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text

FOUNDER = """\
Erik Holm

EXPERIENCE

**Co-founder & CTO**, Tallbo AB (startup, closed), Gothenburg
January 2021 – December 2022
- Built the product and led a team of three engineers

**Chief Technology Officer**, Sjöfart Digital, Malmö
January 2023 – December 2023

**Barista**, Kaffebaren, Lund
January 2019 – December 2020
"""


def test_a_startups_cto_is_engineering_work() -> None:
    reading = read_cv_text(FOUNDER, "cv.md")
    relevant = {j.title.split(",")[0]: j.relevant for j in reading.jobs}
    assert relevant == {
        "Co-founder & CTO": True,
        "Chief Technology Officer": True,
        "Barista": False,
    }
    assert reading.relevant_months == 36


LECTURER = """\
Dr. Anna Vogt

EMPLOYMENT

01/2025 - present    Research Scientist, Lumen Labs (Berlin)

01/2024 - present    Lecturer (part-time, 40%), Hochschule Nord, Dept. of Computer Science
                     Teaching "Deep Learning" (MSc).

01/2022 - 12/2023    Lecturer in Data Science, Hochschule Süd
"""


def test_a_lecturer_teaches_unless_the_subject_is_data() -> None:
    reading = read_cv_text(LECTURER)
    by_title = {j.title.split(",")[0].split(" (")[0]: j for j in reading.jobs}
    assert not by_title["Lecturer"].relevant
    assert by_title["Lecturer in Data Science"].relevant
    assert by_title["Research Scientist"].relevant


def test_a_stated_percentage_wins_over_part_time() -> None:
    reading = read_cv_text(LECTURER)
    lecturer = next(j for j in reading.jobs if j.title.startswith("Lecturer (part-time"))
    assert lecturer.fte == 0.4


LEAVE = """\
EXPERIENCE

Backend Developer                                           Apr 2022 - Jun 2024
Tandem Works (HR-tech startup), Valencia
  - Node/TypeScript APIs and PostgreSQL
  - Parental leave Oct 2023 - Jan 2024 (4 months)
"""


def test_a_leave_item_that_states_its_length_comes_off() -> None:
    reading = read_cv_text(LEAVE)
    assert reading.relevant_months == 27 - 4


CAREER_BREAK = """\
EMPLOYMENT HISTORY

Data Scientist, Ashgrove Energy ....................... Mar 2025 - Aug 2025

Career break - full-time carer ........................ Nov 2020 - Feb 2025
  During this time: volunteer data coordinator for a carers' network
  (2022 - 2024, a few hours a month), and completed an online Machine Learning
  specialisation (2023).

Data Analyst, Merrow Insurance ........................ Sept 2017 - Oct 2020
"""


def test_volunteering_inside_a_career_break_is_not_work() -> None:
    reading = read_cv_text(CAREER_BREAK)
    volunteer = next(j for j in reading.jobs if j.title.startswith("During this time"))
    assert not volunteer.relevant
    assert reading.relevant_months == 6 + 38


HALF_POST = """\
Experience
----------
**Research Associate (Wissenschaftlicher Mitarbeiter, 50% position)** — University of Lindenau
10/2019 – 03/2023
* Research on contrastive pre-training

**Research Intern** — Corvid AI Lab, Zurich
Summer 2021 (full-time; my 50% contract in Lindenau continued in parallel)
* Sparse mixture-of-experts for image retrieval
"""


def test_a_percent_position_is_its_share_and_a_full_time_internship_fills_the_rest() -> None:
    reading = read_cv_text(HALF_POST, "cv.md")
    post = next(j for j in reading.jobs if j.title.startswith("Research Associate"))
    intern = next(j for j in reading.jobs if j.title.startswith("Research Intern"))
    assert (post.fte, intern.fte) == (0.5, 1.0)
    assert reading.relevant_months == 42 * 0.5 + 3 * 0.5


LEAVE_IN_A_TABLE = """\
## Work History

| Period | Role | Employer | Notes |
|---|---|---|---|
| Feb 2023 – Nov 2024 | MLOps Engineer | Orrery | Parental leave Jun 2024 – Nov 2024. |
| Sep 2021 – Jan 2023 | ML Platform Engineer | Quillon | Full-time. |
"""


def test_a_leave_in_a_job_tables_notes_comes_off_its_row() -> None:
    reading = read_cv_text(LEAVE_IN_A_TABLE, "cv.md")
    assert reading.relevant_months == 22 - 6 + 17


PROMOTED_ON_ONE_LINE = """\
Sam Okoro

## Experience

### Lumen Grid Energy — Bristol
**Senior ML Engineer** (Nov 2020 – Jan 2023), **Staff ML Engineer** (Feb 2023 – present)
- Built the load-forecasting platform

### Northgate Insurance — Bath
**Data Analyst** (Mar 2016 – Oct 2020), **Volunteer** (Mar 2021 – Apr 2021)
"""


def test_a_promotion_written_on_the_roles_line_is_one_job_from_first_start_to_last_end() -> None:
    """Two titles with their dates on one line, the second starting as the first ends."""
    jobs = {j.title.split(" — ")[-1]: j for j in read_cv_text(PROMOTED_ON_ONE_LINE, "cv.md").jobs}
    senior = jobs["Senior ML Engineer"]
    assert senior.span.start.isoformat() == "2020-11-01"
    assert senior.span.end is None
    assert senior.months == 74  # Nov 2020 - Dec 2026, not the 27 months of the first title
    # a second role starting five months after the first ended is no promotion: its own
    analyst = jobs["Data Analyst"]
    assert analyst.months == 56
    assert analyst.span.end is not None
