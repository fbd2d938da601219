"""A rirekisho's history: ``| Year | Month | entry |`` rows, oldest first, no end dates.

Each job runs to the month before the next job's row (a transfer, a new employer), or to a
resignation's month; the last, nothing ending it, is ongoing. A leave's row ("until March
2022") is the job's leave; rows entering or leaving schools are not jobs.

Made up for the form it shows. Months count to 2026-12-07, both end months included.
"""

from __future__ import annotations

from cvs import read_cv_text

RIREKISHO = """\
# CURRICULUM VITAE

## Education and Work History

| Year | Month | |
|---|---|---|
| | | **Education** |
| 2014 | 4 | Entered Nagoya Institute of Science, Faculty of Engineering |
| 2018 | 3 | Graduated from the same (Bachelor of Engineering) |
| | | **Work History** |
| 2018 | 4 | Joined Aoba Motors Co., Ltd. — Software Engineer (embedded C++ and Python) |
| 2021 | 1 | Transferred to Analytics Office, Data Scientist (demand forecasting) |
| 2022 | 6 | Childcare leave (until August 2022) |
| 2022 | 9 | Returned to Analytics Office |
| 2024 | 3 | Resigned from Aoba Motors Co., Ltd. for personal reasons |
| 2024 | 5 | Joined Hikari Data Inc. — Machine Learning Engineer |
| | | Currently employed |
"""


def test_a_year_month_history_runs_each_job_to_the_next() -> None:
    reading = read_cv_text(RIREKISHO, "cv.md")
    spans = {
        j.title.split(" (")[0]: (j.span.start.isoformat()[:7], j.span.end) for j in reading.jobs
    }
    assert list(spans) == [
        "Aoba Motors Co., Ltd. — Software Engineer",
        "Analytics Office, Data Scientist",
        "Hikari Data Inc. — Machine Learning Engineer",
    ]
    assert [s[0] for s in spans.values()] == ["2018-04", "2021-01", "2024-05"]
    # 33 months; 39 to the resignation less 3 of leave; 32 ongoing (April 2024 not worked)
    assert reading.relevant_months == 33 + 36 + 32
