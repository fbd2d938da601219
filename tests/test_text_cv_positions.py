"""An academic CV's position headings, items dated by one season, shares and employers' lines.

* ``Current position`` heads a job as ``Previous positions`` does;
* ``- **Research Intern**, Lab — Summer 2020`` with its description on the next, indented
  line: the item ends in its date, the next line is what the job was (not joined to it);
* ``01/2023 - now   Analytics Engineer, Acme`` / ``Part-time, 20 h/week (50%)``: a short
  line right under a job's line gives its share of full time (a duty's bullet does not);
* ``Helix Pay B.V.   Jan 2021 - present`` / ``Staff Machine Learning Engineer``: an
  employer's dated line takes its title from the line below, a note in brackets there
  (``(Senior MLE from 2018)``) a promotion, not a job of its own;
* a ``Selected work`` part after the jobs, with no dates, is not the last job's lines: an
  item opening with an employer's name (``- Fernhill: churn model ...``) is evidence from
  that employer's job, one naming no job names its skills as a project does.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text

ACADEMIC = """\
Mirela Costa, PhD
=================

Current position
----------------

**Machine Learning Scientist**, Orvale Labs — Jan 2025 to present
Preference learning for small language models.

Previous positions
------------------

* **Postdoctoral Researcher**, Dept. of Statistics, University of Westbury — Jan 2023 – Dec 2024
  Bayesian optimisation; co-supervised two MSc students.
* **Research Intern**, Quill AI, Lisbon — Summer 2021
  Retrieval for question answering (during PhD).

Education
---------

* PhD, Machine Learning — University of Westbury, Oct 2018 – Dec 2022.
"""


def test_an_academic_cvs_current_position_and_its_summer_internship_are_jobs() -> None:
    """24 months now (Jan 2025 - Dec 2026), 24 as a postdoc, 3 in a summer: 51, no PhD."""
    reading = read_cv_text(ACADEMIC, "cv.md")
    got = [(j.title.split(",")[0], j.kind, j.months) for j in reading.jobs]
    assert got == [
        ("Machine Learning Scientist", "job", 24.0),
        ("Postdoctoral Researcher", "job", 24.0),
        ("Research Intern", "internship", 3.0),
    ]
    assert reading.relevant_months == 51


SHARES = """\
Jonas Weber
Data Analyst

WORK

01/2024 - now      Data Analyst, Kestrel Freight GmbH, Hamburg
                   Part-time, 20 h/week (50%)
                   Power BI dashboards and SQL reporting for the fleet.

06/2024 - 11/2024  Freelance data consultant (50%, alongside Kestrel)
                   dbt models for a web shop.

01/2020 - 12/2023  BI Analyst, Nordhafen Bank AG, Hamburg
                   - SQL reports; evening shifts at month end
"""


def test_a_share_on_the_line_under_a_job_is_its_share_of_full_time() -> None:
    """Two half-time jobs side by side fill the months once; a duty's "evening" is no share."""
    reading = read_cv_text(SHARES, "cv.txt")
    got = [(j.title.split(",")[0], j.fte, j.months) for j in reading.jobs]
    assert got == [
        ("Data Analyst", 0.5, 18.0),  # Jan 2024 - Dec 2026: 36 months at half time
        ("Freelance data consultant (50%", 0.5, 3.0),  # 6 months at half time
        ("BI Analyst", 1.0, 48.0),
    ]
    assert reading.relevant_months == 69


EMPLOYERS = """\
ARJUN MEHTA
Senior Machine Learning Engineer

EXPERIENCE

Tidewater Payments Ltd, Dublin                                    Jan 2022 - present
Senior Machine Learning Engineer
  * Real-time fraud models in PyTorch on Kubernetes

Corvid Search GmbH, Berlin                                        Jan 2018 - Dec 2021
Machine Learning Engineer (Senior MLE from 2020)
  * Ranking models for product search
  * Parental leave Jan 2020 - Jun 2020

EDUCATION
  MSc Computer Science, Trinity College Dublin, 2016 - 2017
"""


def test_an_employers_dated_line_takes_its_title_from_the_line_below() -> None:
    """60 months now, 48 at Corvid less 6 on leave: the promotion's year is not a job."""
    reading = read_cv_text(EMPLOYERS, "cv.txt")
    got = [(j.title, j.relevant, j.months) for j in reading.jobs]
    assert got == [
        ("Senior Machine Learning Engineer — Tidewater Payments Ltd, Dublin", True, 60.0),
        (
            "Machine Learning Engineer (Senior MLE from 2020) — Corvid Search GmbH, Berlin",
            True,
            42.0,
        ),
    ]
    assert reading.relevant_months == 102


SELECTED_WORK = """\
Ines Falk
Skills: Python (expert) · SQL (expert)

Experience
Fernhill Bank — Senior Data Scientist — 2022-Present
Oakridge Retail — Data Analyst — 2018-2021
Lakeside School — Physics Teacher — 2012-2017

Selected work
- Fernhill: churn model (XGBoost, scikit-learn); experiment guidelines
- Oakridge: weekly sales pipeline in dbt; Tableau dashboards for stores
- Side project: a Streamlit app on PyTorch

Education
M.S. Statistics, Lakeside University, 2018
"""


def test_selected_work_naming_an_employer_is_evidence_from_that_job() -> None:
    reading = read_cv_text(SELECTED_WORK, "cv.txt")
    skills = {j.title.split(" — ")[0]: j.skills for j in reading.jobs}
    assert skills["Fernhill Bank"] == ["xgboost", "scikit-learn"]
    assert {"data-pipelines", "tableau"} <= set(skills["Oakridge Retail"])
    assert skills["Lakeside School"] == []  # the last job takes none of the part's lines
    assert reading.skills["xgboost"].level == 3  # a relevant job of 59 months names it
    assert "Fernhill Bank" in reading.skills["xgboost"].why
    # an item naming no job names its skills, from no job
    assert reading.skills["pytorch"].level == 2
    assert "Selected work" in reading.skills["pytorch"].why
