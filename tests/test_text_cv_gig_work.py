"""Managing a product is not data work; freelance gigs listed by client are their lines' work.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.work import relevance

PM_THEN_ML = """\
Ana Lopes

EXPERIENCE

Machine Learning Engineer, Larkspur AI                     Jan 2024 – present
  - Train ranking models in PyTorch

Product Manager, Tidewater Software                         Jan 2020 – Dec 2023
  - Owned the reporting product's roadmap

Data Analyst, Harbor Insurance                               Jan 2018 – Dec 2019
  - SQL reports for the claims team
"""


@pytest.mark.parametrize(
    "title",
    [
        "Product Manager, Tidewater Software",
        "Product Manager, ML Platform",
        "Technical Program Manager, Data Infrastructure",
        "Senior Project Manager — AI Solutions",
        "Product Owner, Analytics",
    ],
)
def test_managing_a_product_or_project_is_not_data_or_engineering_work(title: str) -> None:
    assert relevance(title) == (False, False)


def test_a_title_that_also_names_a_data_occupation_stays_relevant() -> None:
    assert relevance("Data Analyst / Project Manager, Harbor Insurance") == (True, True)
    assert relevance("Engineering Manager, ML Platform")[0]  # managing engineers: engineering


def test_a_product_managers_years_between_data_jobs_are_not_counted() -> None:
    assert jobs_of(read_cv_text(PM_THEN_ML)) == [
        ("Machine Learning Engineer, Larkspur AI", 36.0, True),
        ("Product Manager, Tidewater Software", 48.0, False),
        ("Data Analyst, Harbor Insurance", 24.0, True),
    ]


GIGS = """\
Kai Moreno
Python freelancer

CONTRACT WORK (listed by client)

Fernhill Grocers (Ireland) — via Upwork                     Jan 2025 – Jun 2025
  20 h/week, fixed-term. Weekly demand forecasting per store (pandas, statsmodels).

Fiverr gigs (about 30 buyers)                               Jan 2025 – Dec 2025
  ~10 h/week. Data cleaning in pandas and small SQL reports.

Logo design — via Fiverr                                    Jan 2024 – Dec 2024
  ~10 h/week. Brand kits; invoices tracked in Excel.
"""


def test_gigs_listed_by_client_count_their_weekly_hours_when_their_lines_are_data_work() -> None:
    """A platform's contract named by its client: its lines say the work and the hours.

    The hours open the line under the dates as a sentence of their own; design gigs are not
    data work whatever tool kept their invoices.
    """
    assert jobs_of(read_cv_text(GIGS)) == [
        ("Fernhill Grocers (Ireland) — via Upwork", 3.0, True),  # 6 months at 0.5
        ("Fiverr gigs (about 30 buyers)", 3.0, True),  # 12 months at 0.25
        ("Logo design — via Fiverr", 3.0, False),
    ]


def test_a_long_line_that_does_not_open_with_hours_leaves_the_job_full_time() -> None:
    text = GIGS.replace("20 h/week, fixed-term. Weekly", "Weekly").replace(
        "~10 h/week. Data cleaning", "Data cleaning for 10 h/week"
    )
    months = {title: m for title, m, _ in jobs_of(read_cv_text(text))}
    assert months["Fernhill Grocers (Ireland) — via Upwork"] == 6.0
