"""Indian IT services CVs read as a careful reader reads them.

A platform engineer's years before a career break joined to the MLOps years after it (the
same trade, resumed); the classic services CV's employer blocks: ``Designation :``, ``DOJ :``
or ``Duration :`` lines under the employer's name, "till date", two designations with their
own dates at one employer, projects with their own dates under each employer ("Roles &
Responsibilities", an onsite stint, a bench period) that are the job's work, not jobs.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import jobs_of, read_cv_text

PLATFORM_BREAK = """\
ANIL PILLAI
Platform Engineer | Kochi

PROFESSIONAL EXPERIENCE

Varuna Data Centre of Excellence, Kochi                              since 2021
MLOps Engineer
  - Model registry in MLflow; serving on Kubernetes.

Career break                                                         Mar'20 - Dec'20
  - Cared for my mother after her surgery.

Konkan Infotech Pvt. Ltd., Mangaluru                                 Jan'17 - Feb'20
DevOps Engineer
  - Jenkins pipelines and Docker images for 30 services.

Sahya Systems Ltd., Kozhikode                                        2014 - 2016
Technical Support Engineer
  - Linux server support, shell scripts, incident management.

Ganga Textiles, Kochi                                                2012 - 2013
Sales Executive
  - Showroom sales.
"""


def test_a_devops_engineers_years_before_a_break_join_the_mlops_years_after_it() -> None:
    """The break paused the platform trade: 72 + 38 + 36 months; the sales job is not counted.

    MLOps since Jan 2021 (72), DevOps Jan 2017 - Feb 2020 (38), the support years that run
    into them 2014 - 2016 (36); the break's months count nothing.
    """
    reading = read_cv_text(PLATFORM_BREAK)
    jobs = {title.split(" — ")[0]: (months, counted) for title, months, counted in jobs_of(reading)}
    assert jobs["DevOps Engineer"] == (38.0, True)
    assert jobs["Technical Support Engineer"] == (36.0, True)
    assert jobs["Sales Executive"][1] is False
    assert reading.relevant_months == 72 + 38 + 36


def test_an_administrators_years_before_a_break_stay_an_earlier_career() -> None:
    """A systems administrator's years before the break are another trade: not joined."""
    text = PLATFORM_BREAK.replace("DevOps Engineer", "Systems Administrator")
    reading = read_cv_text(text)
    assert reading.relevant_months == 72
