"""South Asian and Gulf CVs: "Cont.", "w.e.f.", day-first ranges, contract renewals.

``Nov'23 - Cont.`` is ongoing, ``w.e.f. 15-03-2021 to Sep'23`` and ``01-Apr-2017 to
28-Feb-2021`` are ranges whose day is passed over, a bracketed "(... converted to permanent
w.e.f. Jan'24)" is a change of a job's terms, not a job; a two-column PDF's degree dates
wrapped before their dash (``..., 2017`` / ``– 2021``) still read.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.dates import find_span


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nov'23 - Cont.", dt.date(2023, 11, 1), None),
        ("Jan'19 - Contd.", dt.date(2019, 1, 1), None),
        ("Mar 2020 - continuing", dt.date(2020, 3, 1), None),
        ("w.e.f. 15-03-2021 to Sep'23", dt.date(2021, 3, 1), dt.date(2023, 9, 1)),
        ("01-Apr-2017 to 28-Feb-2021", dt.date(2017, 4, 1), dt.date(2021, 2, 1)),
        ("15-03-2021 - 30-06-2022", dt.date(2021, 3, 1), dt.date(2022, 6, 1)),
        ("w.e.f. Jan'24", dt.date(2024, 1, 1), None),
    ],
)
def test_south_asian_date_ranges(text: str, start: dt.date, end: dt.date | None) -> None:
    """A "Cont." is ongoing, a day-first date counts its month, "w.e.f." is "from"."""
    span = find_span(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_cont_is_not_the_start_of_a_word() -> None:
    """``2019 - Contoso Ltd`` names a company after a year, not an ongoing range."""
    assert find_span("Engineer 2019 - Contoso Ltd") is None


_GULF_CV = """\
SALMAN RAZA
MLOps Engineer

EMPLOYMENT HISTORY

Senior MLOps Engineer                                  Feb'24 - Cont.
Oasis Payments AI, Dubai, UAE
  * Kubernetes and MLflow platform for risk models

MLOps Engineer                                         w.e.f. 10-06-2020 to Jan'24
Qasr Data Co., Jeddah, KSA   (Iqama transferred from Hijaz Cloud Services)
  * Model registry and CI/CD with GitLab CI

DevOps Engineer                                        01-May-2016 to 31-May-2020
Hijaz Cloud Services, Jeddah, KSA
  * Docker and Kubernetes; Jenkins CI

ML Consultant (remote, part-time ~50%)                 2019 - 2020
Indus Models (Pvt) Ltd, Karachi  (alongside full-time job)
  * MLflow tracking for a credit-scoring startup
"""


def test_a_gulf_cv_with_day_first_ranges_and_an_iqama_transfer() -> None:
    """Every job read with its own months; the part-time consulting inside them adds none.

    Feb 2024 to Dec 2026 is 35 months, Jun 2020 to Jan 2024 is 44, May 2016 to May 2020 is
    49; the consulting job's 2019 - 2020 lies inside the DevOps and MLOps years.
    """
    reading = read_cv_text(_GULF_CV)
    assert jobs_of(reading) == [
        ("Senior MLOps Engineer", 35.0, True),
        ("MLOps Engineer", 44.0, True),
        ("DevOps Engineer", 49.0, True),
        ("ML Consultant (remote, part-time ~50%)", 0.0, True),
    ]
    assert reading.relevant_months == 128


_RENEWALS_CV = """\
MARIAM KHAN
Karachi, Pakistan

PROFESSIONAL EXPERIENCE

Sindh Vision Labs (Pvt) Ltd, Karachi                              Mar'20 - Cont.
(joined on 1-year contract, renewed every year; converted to permanent w.e.f. Mar'23)

  Computer Vision Engineer                                        Jul'22 - Cont.
   - Trained YOLO detection models in PyTorch

  Junior Data Scientist (contract)                                Mar'20 - Jun'22
   - Labelled image datasets and trained first models in Keras

Freelance Data Analyst - Fiverr                                   Jan'19 - Present
Part-time, approx. 20 hrs/week (evenings & weekends)
   - pandas data cleaning and Power BI dashboards
"""


def test_contract_renewals_under_one_employer_are_its_two_roles() -> None:
    """The employer's line is the span of its two titles; the renewal note is no job.

    Mar 2020 to Dec 2026 is 82 months of the two roles; the freelance work adds its half
    share only before the employer, Jan 2019 to Feb 2020 (14 x 0.5 = 7).
    """
    reading = read_cv_text(_RENEWALS_CV)
    titles = [j.title for j in reading.jobs]
    assert not any("renewed" in t or "permanent" in t for t in titles)
    counted = [(t, m) for t, m, relevant in jobs_of(reading) if relevant]
    assert counted == [
        ("Computer Vision Engineer", 54.0),
        ("Junior Data Scientist (contract)", 28.0),
        ("Freelance Data Analyst - Fiverr", 7.0),
    ]
    assert reading.relevant_months == 89


_PHD_CV = """\
Dr. Kumari Jayasinghe

Experience

Research Scientist — Colombo AI Lab
Oct 2021 – now
Multilingual language models for Sinhala and Tamil.

Research Assistant (part-time, 50%) — Language Technology Lab
2018 – 2020
Parallel corpus and machine translation baselines.

Software Engineer — Kandy Soft (Pvt) Ltd
2014 – 2016
Java back-end for insurance claims.

Education
PhD in Computer Science — University of Peradeniya, 2017
– 2021
BSc in Computer Science — University of Peradeniya, 2010 – 2013
"""


def test_a_doctorates_dates_wrapped_before_their_dash_join_the_careers() -> None:
    """``PhD …, 2017`` over ``– 2021`` (a two-column PDF's wrap) is a doctorate of 2017–2021.

    Its years are research, so the software years before it are one career with the
    research after it: 36 + 18 (half of 2018–2020) + 63 (Oct 2021 to Dec 2026).
    """
    reading = read_cv_text(_PHD_CV, "cv.md")
    software = next(j for j in reading.jobs if j.title.startswith("Software Engineer"))
    assert software.relevant, software.why_not
    assert reading.relevant_months == 36 + 18 + 63
