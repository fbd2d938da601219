"""CVs of one firm (its name beside the jobs heading), an exporter's fields, a firm's engagements.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.employer_heading import names_its_employer
from skillgap.text.read import Line
from skillgap.text.sections import kind_of

ONE_FIRM_PDF = """\
Morag Quinn
Profile
Accountant who moved into the firm's analytics team in 2021.
Experience — Dunmore & Pratt LLP (one firm, 9 years)
Senior Data Analyst — Jan 2023 – present
- Python and SQL pipelines for ledger analytics
Data Analyst — Mar 2021 – Dec 2022
- Power BI reporting packs
Tax Senior — Sep 2017 – Feb 2021
- Corporate tax returns
Education
BSc Accounting, University of Elmwood
2013 – 2017
"""


def test_an_experience_heading_may_name_its_one_employer_after_a_dash() -> None:
    reading = read_cv_text(ONE_FIRM_PDF)
    jobs = {j.title: (j.months, j.relevant) for j in reading.jobs}
    assert jobs["Senior Data Analyst"] == (48, True)  # Jan 2023 – Dec 2026
    assert jobs["Data Analyst"] == (22, True)
    assert jobs["Tax Senior"][1] is False  # tax work: read, not counted
    assert reading.relevant_months == 48 + 22


def test_a_dashed_line_is_a_heading_only_over_a_dated_line() -> None:
    lines = [Line(n, t) for n, t in enumerate(["Experience — Acme LLP", "Built dashboards"], 1)]
    assert not names_its_employer(lines, 0, lines[0].text, kind_of)
    dated = [lines[0], Line(2, "Analyst — May 2020 – present")]
    assert names_its_employer(dated, 0, lines[0].text, kind_of)
    assert not names_its_employer(dated, 0, "Python — advanced", kind_of)  # a skill's line


ATS_EXPORT = """\
Ines Varga

Work experience
Job title: Data Analyst
Company: Nordlicht AB
Start date: 02/2023
End date:
I currently work here: Yes
Description: Demand forecasts in Python and SQL. On parental leave 03/2024 – 08/2024 (back).
Job title: Chemistry Teacher
Company: Ekdal School
Start date: 08/2016
End date: 06/2022
I currently work here: No
Description: Taught chemistry. Head of year 2019–2021.

Education
School: Aurora University
Start date: 09/2012
End date: 06/2016
"""


def test_an_ats_export_gives_each_job_its_start_and_blank_end_dates() -> None:
    reading = read_cv_text(ATS_EXPORT)
    jobs = {j.title: (j.months, j.relevant) for j in reading.jobs if j.kind != "break"}
    # Feb 2023 – Dec 2026 is 47 months; the leave's 6 come off
    assert jobs["Data Analyst"] == (41, True)
    assert jobs["Chemistry Teacher"] == (71, False)  # a teacher's years: read, not counted
    assert reading.relevant_months == 41


def test_a_blank_end_with_the_box_unticked_is_not_read_as_held_now() -> None:
    text = ATS_EXPORT.replace("I currently work here: Yes", "I currently work here: No")
    reading = read_cv_text(text)
    assert reading.relevant_months == 0


STAFF_CONSULTANT = """\
Ravi Menon

Experience

### Holloway Partners — Data practice, Leeds

**Manager** | May 2023 – Present
**Consultant** | October 2020 – April 2023

| Client (anonymised) | Dates | What I did |
|---|---|---|
| Retail bank | Nov 2020 – Mar 2021 | Churn model in Python; SQL extracts |
| Water utility | Apr 2021 – Dec 2021 | Forecasting dashboard in Power BI |
| Insurer | Jun 2023 – Jan 2024 | Claims forecasting with scikit-learn |

### Fenwick Foods — Sales Assistant, York

June 2017 – September 2020
"""


def test_client_engagements_under_a_firms_roles_are_the_roles_work_not_jobs() -> None:
    reading = read_cv_text(STAFF_CONSULTANT, "cv.md")
    jobs = [(j.title.split(" — ")[-1], j.months, j.relevant) for j in reading.jobs]
    assert ("Manager", 44, True) in jobs  # May 2023 – Dec 2026
    assert ("Consultant", 31, True) in jobs  # its engagements are data work: so is it
    assert not any("Retail bank" in j.title for j in reading.jobs)
    assert reading.relevant_months == 44 + 31
    manager = next(j for j in reading.jobs if j.title.endswith("Manager"))
    assert "scikit-learn" in manager.skills  # the insurer's engagement is the manager's


def test_a_freelancers_client_table_keeps_its_rows_as_jobs() -> None:
    text = STAFF_CONSULTANT.replace("**Manager** | May 2023 – Present\n", "").replace(
        "**Consultant** | October 2020 – April 2023\n", ""
    )
    reading = read_cv_text(text, "cv.md")
    assert any(j.title.startswith("Retail bank") for j in reading.jobs)
