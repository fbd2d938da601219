"""CVs of people who moved between teams, projects or contracts: the months each counts.

Each CV here is short text written for the test, not taken from a measured set.
"""

from __future__ import annotations

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.dates import find_span

TRANSFERS_TABLE = """\
Li Na

## Work Experience

**Hexa Cloud, Hangzhou** — internal transfers

| Period | Team / Title | What I did |
|---|---|---|
| 2023/02 - 至今 | Vision Platform — Senior ML Engineer | Trained detection models in PyTorch. |
| 2020/05 - 2023/01 | Storage Team — Backend Engineer | Built a metadata service in Go. |
"""


def test_a_team_and_title_column_makes_each_row_a_job() -> None:
    reading = read_cv_text(TRANSFERS_TABLE, "cv.md")
    months = [m for _, m, relevant in jobs_of(reading) if relevant]
    assert months == [47, 33]  # Feb 2023 to Dec 2026, May 2020 to Jan 2023
    assert reading.relevant_months == 47 + 33


@pytest.mark.parametrize(
    "text",
    ["2020/09 - 至今", "2020.09 ~ 现在", "2020/09 – 現在", "2020.09 ~ 현재", "2020.09 - 재직중"],
)
def test_chinese_japanese_and_korean_to_now_words_leave_a_range_open(text: str) -> None:
    span = find_span(text)
    assert span is not None
    assert (span.start.year, span.start.month) == (2020, 9)
    assert span.end is None


NORDIC_LEAVE = """\
Karin Berg

Experience

Data Analyst — Fjordline AB, Uppsala
Jan 2020 – Dec 2023
- Churn dashboards in Power BI
- *Föräldraledighet (parental leave): Apr 2021 – Sep 2021*
"""


@pytest.mark.parametrize("word", ["Föräldraledighet", "Foreldrepermisjon", "Vanhempainvapaa"])
def test_a_nordic_parental_leave_inside_a_job_comes_off_it(word: str) -> None:
    reading = read_cv_text(NORDIC_LEAVE.replace("Föräldraledighet", word))
    assert reading.relevant_months == 48 - 6


CONTRACTOR = """\
Jan Nowak

CONTRACTS (B2B)
03/2024 – now     Data Engineer — client: Odra Freight S.A. (Gdańsk, remote)
                  full-time, 160 h/month
                  - Airflow DAGs for fleet telemetry

01/2022 – 02/2024 Data Analyst — client: Warta Bank S.A. (Poznań), full-time
                  - churn dashboards
"""


def test_a_place_in_a_titled_lines_note_leaves_the_title_on_its_line() -> None:
    reading = read_cv_text(CONTRACTOR)
    titles = [title for title, _, relevant in jobs_of(reading) if relevant]
    assert titles[0].startswith("Data Engineer — client: Odra Freight")
    assert reading.relevant_months == 34 + 26  # Mar 2024 to Dec 2026, Jan 2022 to Feb 2024


PROMOTED_BY_YEARS = """\
Ana Ionescu

WORK EXPERIENCE

Carpathia Code SRL, Iași (outsourcing)
Software Engineer (2019–2021) -> ML Engineer (2021–now)
   * client projects in forecasting and document classification
"""


def test_a_promotion_by_years_written_with_an_arrow_is_one_job_to_now() -> None:
    reading = read_cv_text(PROMOTED_BY_YEARS)
    assert reading.relevant_months == 8 * 12  # Jan 2019 to Dec 2026
