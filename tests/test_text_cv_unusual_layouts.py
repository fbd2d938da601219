"""Jobs in layouts built for something else: a GitHub README, a LaTeX margin, one ordered part.

A profile README sets its jobs in a table under "## Where I've worked", the place in a
"Where" column; a moderncv CV's left margin wraps a range over two lines (``Sep 2022 –`` /
``present``) with the title and the job's lines after the gap, a UK "Shared parental leave"
among them; an academic CV writes its degrees and jobs in one part, oldest first, each
degree on a dated line as a job's (``2017 – 2022 · Ph.D. ...``), a degree never a job.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text

README = """\
# Hey, I'm Tomasz 👋

## 🛠️ Stack
![Python](https://img.shields.io/badge/Python-advanced-3776AB)

## 🏢 Places I have worked

| Position | Employer | Where | Dates |
|----------|----------|-------|-------|
| Data Engineer (0.5 FTE) | Wombat Rail | Perth | Jun 2026 – now |
| Analytics Intern (full time) | Quokka Bank | Perth | Dec 2025 – Feb 2026 |
| Barista (casual) | Bean There | Perth | 2021 – 2023 |
"""


def test_a_readme_table_under_where_i_have_worked_is_read() -> None:
    reading = read_cv_text(README, "README.md")
    months = {j.title.split(" (")[0]: (j.months, j.relevant) for j in reading.jobs}
    assert months == {
        "Data Engineer": (3.5, True),  # Jun – Dec 2026 at half time
        "Analytics Intern": (3.0, True),  # Dec 2025 – Feb 2026, across the new year
        "Barista": (36.0, False),
    }
    assert reading.relevant_months == 6.5


MARGIN = """\
                    Ffion Hughes
                    Senior Data Scientist

Experience

Mar 2021 –          Senior Data Scientist, Corran Energy plc, Cardiff
now                 Load forecasting for the grid in Python and PyTorch.
                    Shared parental leave January 2023 – June 2023.

Feb 2017 –          Data Analyst, Tywi Water, Swansea
Feb 2021            SQL reporting on leakage and demand.

Sep 2015 –          Lab Assistant (part-time), School of Physics,
Jun 2016            University of Glyndŵr
"""


def test_a_range_wrapped_in_a_left_margin_is_read_whole() -> None:
    reading = read_cv_text(MARGIN)
    jobs = {j.title.split(",")[0]: j for j in reading.jobs}
    assert set(jobs) == {"Senior Data Scientist", "Data Analyst", "Lab Assistant (part-time)"}
    assert jobs["Senior Data Scientist"].months == 70 - 6  # Mar 2021 – Dec 2026, leave off
    assert jobs["Data Analyst"].months == 49  # Feb 2017 – Feb 2021
    assert jobs["Lab Assistant (part-time)"].calendar_months == 10
    assert reading.relevant_months == 113


ORDERED = """\
# Dr Kai Lindgren

## Education and career, oldest first

**2011 – 2014 · B.Sc. Mathematics**, University of Fenwick
**June 2013 – August 2013 · Data Intern**, Harbourline Insurance, Leeds
**October 2014 – March 2019 · Ph.D. Statistics (Bayesian inference)**, University of Fenwick
**July 2017 – September 2017 · Research Intern**, Borealis Labs, Oslo
**April 2019 – present · Machine Learning Scientist**, Northwind Health, Oslo
"""


def test_degrees_dated_among_jobs_are_degrees_not_jobs() -> None:
    reading = read_cv_text(ORDERED, "cv.md")
    titles = [j.title.split(",")[0] for j in reading.jobs]
    assert titles == ["Data Intern", "Research Intern", "Machine Learning Scientist"]
    assert reading.relevant_months == 3 + 3 + 93  # the PhD's years are not a job's
    assert {(d["degree"], d["field"]) for d in reading.degrees} == {
        ("bachelor", "Mathematics"),
        ("phd", "Statistics"),
    }
