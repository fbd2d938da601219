"""Senior and long careers read whole: renamed employers, earlier careers, a DBA's years.

* A narrow column wraps an employer's note on an acquisition inside its brackets (``(acquired
  by Halden Pay in`` / ``2020;`` / ``renamed Halden Risk)``): the year is the note's, the
  job's dates are the range under it.
* An "Earlier career" list gives each role after its dates (``- **2006–2013:** software
  engineer, Acme Systems AB (...)``): each is a job.
* An independent consultant whose own lines name ML work did that work.
* An Oracle DBA's years before a family-care break and a data platform's after it are one
  trade; a sales career before them stays uncounted.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import jobs_of, read_cv_text

RENAMED = """\
ANNA BERG
Bristol, UK

EXPERIENCE
Lead Data Scientist — Halden Pay, Bristol
03/2021 – 12/2024
- Fraud models in PyTorch
Senior Data Scientist — Quill Ltd, Bristol (acquired by Halden Pay in
2020;
renamed Halden Risk)
06/2015 – 02/2021
- Same role before and after the acquisition

EDUCATION
BSc Mathematics, 2012 – 2015
"""


def test_a_year_in_a_wrapped_acquisition_note_is_not_a_job() -> None:
    reading = read_cv_text(RENAMED)
    jobs = {title.split(" — ")[0]: months for title, months, _ in jobs_of(reading)}
    assert jobs["Senior Data Scientist"] == 69  # 06/2015 – 02/2021, through the rename
    assert len(reading.jobs) == 2  # "2020;" is no job of its own
    assert reading.relevant_months == 46 + 69


EARLIER = """\
# Lars Nyberg

## Experience

### Independent Consultant — Nyberg Advisory AB (own company)
*January 2022 – August 2023*

- ML platform reviews for four clients (MLflow, SageMaker)

### Career break
*July 2021 – December 2021*

### VP Engineering — Solna Analytics AB
*April 2014 – June 2021*

- Grew engineering from 10 to 60 people

### Earlier career

- **2006–2013:** software engineer, later manager, Kista Systems AB (Java network software)
- **1999–2005:** telecoms engineer, Nordvik Telecom — radio network planning

## Education

- **MSc Electrical Engineering**, Lund University, 1994–1999
"""


def test_an_earlier_career_list_gives_each_role_after_its_dates() -> None:
    reading = read_cv_text(EARLIER, "cv.md")
    jobs = {title.split(",")[0]: (months, counted) for title, months, counted in jobs_of(reading)}
    assert jobs["software engineer"] == (96.0, True)  # 2006–2013
    assert jobs["telecoms engineer"] == (84.0, True)  # 1999–2005
    assert reading.relevant_months == 20 + 87 + 96 + 84


def test_an_independent_consultants_ml_work_counts_a_management_consultants_does_not() -> None:
    reading = read_cv_text(EARLIER, "cv.md")
    consultant = [j for j in reading.jobs if j.title.startswith("Independent Consultant")]
    assert (consultant[0].months, consultant[0].relevant) == (20.0, True)
    managed = EARLIER.replace("Independent Consultant", "Management Consultant")
    other = read_cv_text(managed, "cv.md")
    assert other.relevant_months == 87 + 96 + 84


DBA = """\
Marit Achterberg
Head of Data

WORK HISTORY

Jan 2017 - now           DATA PLATFORM LEAD
                         Kettle Logistics, Rotterdam
                         * Moved the warehouse from Oracle to Databricks

Feb 2016 - Dec 2016      Career break (family care)

2004 - Jan 2016          ORACLE DBA, LATER SENIOR DBA
                         Dunmore Financial Services, Amsterdam
                         * 24/7 operations for 40 Oracle databases

1999 - 2003              SALES ACCOUNT MANAGER (IT hardware)
                         Pelham Computers Benelux
"""


def test_a_dbas_years_before_a_break_join_the_data_platform_years_after_it() -> None:
    reading = read_cv_text(DBA)
    jobs = {title: (months, counted) for title, months, counted in jobs_of(reading)}
    assert jobs["ORACLE DBA, LATER SENIOR DBA"] == (145.0, True)  # 2004 - Jan 2016
    assert jobs["SALES ACCOUNT MANAGER (IT hardware)"][1] is False  # an earlier trade: sales
    assert reading.relevant_months == 120 + 145


def test_a_dbas_years_before_a_break_stay_an_earlier_career_before_another_trade() -> None:
    reading = read_cv_text(DBA.replace("DATA PLATFORM LEAD", "DATA SCIENTIST"))
    assert reading.relevant_months == 120  # data science after the break: a new career
