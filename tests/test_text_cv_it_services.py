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


SERVICES = """\
                              CURRICULUM VITAE
SURESH NAIR
Mobile: +91-98860 xxxxx              E-mail: suresh.nair@example.in

CAREER OBJECTIVE
To work in a challenging environment where I can utilise my experience in data engineering.

TECHNICAL SKILLS
Languages   : Python, SQL
Big Data    : Spark, Hive

EDUCATIONAL QUALIFICATIONS
| Qualification | Institution                         | Year | Percentage |
| B.Tech (IT)   | Malnad College of Engineering       | 2013 | 74.0%      |

PROFESSIONAL EXPERIENCE

1) Nilgiri Analytics Capability Centre, Chennai
   Designation : Data Engineering Lead
   DOJ         : 02-Jun-2021 till date

   Project 1: Claims Data Platform                        (Jun 2021 - Jan 2023)
   Client     : A US health insurer
   Environment: Python, Spark, Airflow
   Roles & Responsibilities:
   - Built the claims ingestion pipelines.

   Project 2: Fraud Features                              (Feb 2023 - till date)
   Client     : A US health insurer
   Environment: Python, Kafka, MLflow
   Roles & Responsibilities:
   - Streaming features for the fraud models.

2) Coastal Infotech Ltd., Kochi / Dallas (USA)
   Designation : Software Engineer (Aug 2013 - Jun 2016), Sr Software Engineer (Jul 2016 - May 2021)
   DOJ         : 05-Aug-2013        Date of Relieving: 28-May-2021

   Project 1: Billing Migration (ONSITE - Dallas, TX, USA, Jan 2017 - Dec 2017)
   Client     : A US telecom operator
   Environment: Java, Oracle
   Roles & Responsibilities:
   - Onsite coordinator for the offshore team.

   Bench / Internal Training                              (Jan 2018 - Mar 2018)
   - Internal Spark training between projects.

   Project 2: Usage Analytics                             (Apr 2018 - May 2021)
   Client     : A US telecom operator
   Environment: Spark, Hive, SQL
   Roles & Responsibilities:
   - Hive data marts for usage reporting.

PERSONAL DETAILS
Date of Birth     : 14-08-1991
Passport          : Available (valid till 2030)

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge.
"""


def test_an_it_services_cv_reads_each_designation_as_a_job_and_no_project_as_one() -> None:
    """Jun 2021 - today (67); Aug 2013 - Jun 2016 (35) and Jul 2016 - May 2021 (59).

    The projects' dates, the onsite stint and the bench are each job's work: no job of
    their own, and the months they cover count once, in the designation that holds them.
    """
    reading = read_cv_text(SERVICES)
    assert jobs_of(reading) == [
        ("Data Engineering Lead — Nilgiri Analytics Capability Centre, Chennai", 67.0, True),
        ("Software Engineer — Coastal Infotech Ltd., Kochi / Dallas (USA)", 35.0, True),
        ("Sr Software Engineer — Coastal Infotech Ltd., Kochi / Dallas (USA)", 59.0, True),
    ]
    assert reading.relevant_months == 67 + 35 + 59


def test_a_projects_skills_after_its_roles_and_responsibilities_are_its_jobs() -> None:
    """The second project's "Environment" line, after the first's "Roles & Responsibilities"."""
    reading = read_cv_text(SERVICES)
    assert "experiment-tracking" in reading.jobs[0].skills  # MLflow
    assert "streaming" in reading.jobs[0].skills  # Kafka


def test_a_career_objective_is_no_job_and_educational_qualifications_the_degrees() -> None:
    reading = read_cv_text(SERVICES)
    assert [d["degree"] for d in reading.degrees] == ["bachelor"]
    assert not any("challenging" in j.title for j in reading.jobs)


def test_a_duration_label_and_a_trainee_remark_make_one_job() -> None:
    """``Duration : Jul 2014 - Aug 2017`` (38 months); the remark's date is no job's end."""
    text = """\
WORK EXPERIENCE

Infosphere Technologies Ltd., Chennai
   Designation : Systems Engineer (Trainee till Dec 2014)
   Duration    : Jul 2014 - Aug 2017

   Project: Core Banking Maintenance
   Environment: Java, Oracle
"""
    reading = read_cv_text(text)
    assert jobs_of(reading) == [
        ("Systems Engineer — Infosphere Technologies Ltd., Chennai", 38.0, True)
    ]


def test_a_block_without_dates_of_its_own_runs_over_its_projects() -> None:
    """No joining date: the projects' first start to their last end (Mar 2019 - Feb 2022, 36)."""
    text = """\
WORK EXPERIENCE

Company     : Deccan Data Services Pvt. Ltd., Hyderabad
Designation : Data Analyst

   Project 1: Store Sales Dashboards                      (Mar 2019 - Jun 2020)
   Environment: SQL, Power BI
   Project 2: Demand Forecasting                          (Jul 2020 - Feb 2022)
   Environment: Python, SQL
"""
    reading = read_cv_text(text)
    assert jobs_of(reading) == [
        ("Data Analyst — Deccan Data Services Pvt. Ltd., Hyderabad", 36.0, True)
    ]


ANALYST = """\
# Lakshmi Rao

## Profile Summary

- Statistics: working level (regression, hypothesis tests, A/B tests).

## Professional Experience

### Data Scientist — Godavari Insurance Capability Centre, Hyderabad
**04/2023 – Present**

- Churn models in Python.
- On leave from 08/2024 to 01/2025 (personal / family reasons); resumed the same role in 02/2025.
"""


def test_a_leave_worded_on_leave_from_with_its_reason_comes_off_the_job() -> None:
    """Apr 2023 - Dec 2026 is 45 months; the six on leave come off: 39."""
    reading = read_cv_text(ANALYST, "cv.md")
    assert jobs_of(reading) == [
        ("Data Scientist — Godavari Insurance Capability Centre, Hyderabad", 39.0, True)
    ]


def test_an_ordinary_skill_word_labelled_with_a_level_is_the_skill() -> None:
    """``Statistics: working level`` rates statistics (3), an ordinary word or not."""
    reading = read_cv_text(ANALYST, "cv.md")
    assert reading.skills["statistics"].level == 3
