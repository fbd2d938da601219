"""US forms of a job and a career resumed with the same employer.

A federal résumé's block (the title below the dates, past labelled facts), a reservist's
mobilization under a part-time service job, a career break after which the person came back
to the same employer (one career there) or joined another (an earlier career), and East
Africa's "industrial attachment" (a student's placement).

Each CV here is made up for the form it shows. Months count to 2026-12-07, both end months
included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.dates import find_span
from skillgap.text.work import fte_of, make_job, relevance

FEDERAL = """\
JORDAN P. ELLISON
Silver Spring, MD 20910

WORK EXPERIENCE

U.S. Census Bureau (fictional directorate)
4600 Silver Hill Road, Suitland, MD 20746 United States
07/2020 - 06/2024
Grade Level: GS-12
Salary: $98,000 USD Per Year
Hours per week: 40
Survey Statistician (Series 1530)
Duties, Accomplishments and Related Skills:
- Weighted the household survey in R and wrote quality checks in SQL.
- Built the nonresponse prediction model used to plan follow-up visits.
Supervisor: Ms. Dana Whitcomb (301-555-0101)  May contact: Yes

Federal Highway Administration (fictional office)
1200 New Jersey Ave SE, Washington, DC 20590 United States
01/2019 - 06/2020
Grade Level: GS-05
Hours per week: 20
Student Trainee (Mathematical Statistics)
Duties, Accomplishments and Related Skills:
- Cleaned crash records in Python for the safety team.
Supervisor: Mr. Omar Haddad (202-555-0199)  May contact: Yes
"""


def test_a_federal_resumes_title_below_its_facts_names_the_job_and_its_hours_its_share() -> None:
    """The agency above the dates names no job: the title stands past Grade, Salary, Hours.

    The statistician's 48 months count in full; the trainee's 20 hours a week are half of
    18 months (9): the agency's address alone would have named neither job.
    """
    reading = read_cv_text(FEDERAL)
    titles = [j.title for j in reading.jobs]
    assert titles[0].startswith("Survey Statistician (Series 1530) — U.S. Census Bureau")
    assert titles[1].startswith("Student Trainee (Mathematical Statistics) — Federal Highway")
    assert [j.fte for j in reading.jobs] == [1.0, 0.5]
    assert reading.relevant_months == 48 + 9
    # "Mathematical Statistics" names the discipline: 18 months of work naming it, level 3
    assert reading.skills["statistics"].level == 3
    # a prediction model is predictive modelling: machine learning, 48 months naming it
    assert reading.skills["model-development"].level == 3


def test_hours_per_week_as_a_label_is_a_share_of_full_time() -> None:
    assert fte_of("Grade Level: GS-07; Hours per week: 20") == 0.5
    assert fte_of("Hours per week: 40") == 1.0


RESERVIST = """\
# Tomás Reyes

## Experience

**Data Analyst** — Gulfport Utilities, Biloxi, MS
*March 2020 – Present (military leave: January 2023 – December 2023)*

- Built outage dashboards in Power BI over SQL Server.

## Military Service

**Geospatial Intelligence Analyst (MOS 35G)** — Mississippi Army National Guard, Gulfport, MS
*March 2020 – Present* (drilling guardsman: one weekend a month, two weeks a year)

- **Mobilized (Title 10), Camp Buehring, Kuwait: January 2023 – December 2023** — imagery analyst.

**Infantryman (MOS 11B)** — U.S. Army (Active Duty), Fort Bragg, NC
*June 2014 – May 2018*

- Deployment: Kandahar, Afghanistan, March 2016 – November 2016.
"""


def test_a_reservists_mobilization_is_full_time_service_for_its_months() -> None:
    """The civilian job's military leave is filled by the mobilization; nothing twice.

    March 2020 to December 2026 is 82 months, each counted once: 70 at the civilian job
    (its leave off), 12 mobilized. The drill weekends add nothing beside a full-time job; the
    active-duty infantry years (and their deployment) are another trade.
    """
    reading = read_cv_text(RESERVIST, "cv.md")
    assert reading.relevant_months == 82
    mobilized = [j for j in reading.jobs if j.title.endswith("— mobilized")]
    assert [(j.months, j.relevant) for j in mobilized] == [(12.0, True)]
    infantry = [j for j in reading.jobs if j.title.startswith("Infantryman")]
    assert [j.relevant for j in infantry] == [False]


def _returner(second_employer: str) -> str:
    return f"""\
# Achieng Otieno

## Work Experience

### Machine Learning Engineer — {second_employer}
*Feb 2024 – Present* · Kisumu

- Churn models in Python for prepaid subscribers.

### Network Operations Engineer — Ziwa Mobile Ltd
*Jan 2018 – May 2023* · Kisumu

- Fault management for the RAN; scripts in Bash.

### Career break (relocation and study)
*Jun 2023 – Jan 2024*
"""


def test_related_work_before_a_break_counts_when_the_person_came_back_to_that_employer() -> None:
    """Back at Ziwa Mobile after the break: one career there (35 + 65 months).

    The same CV with the ML job at another company: the operations years before the break
    are an earlier career, as a sysadmin's before parental leave and a new DevOps employer.
    """
    back = read_cv_text(_returner("Ziwa Mobile Ltd, Data & AI"), "cv.md")
    assert back.relevant_months == 35 + 65
    elsewhere = read_cv_text(_returner("Pwani Analytics Ltd"), "cv.md")
    assert elsewhere.relevant_months == 35
    ops = [j for j in elsewhere.jobs if j.title.startswith("Network Operations")]
    assert ops[0].why_not.startswith("an earlier career")


def test_an_industrial_attachment_is_a_placement_and_a_network_operations_centre_related() -> None:
    span = find_span("May – Aug 2012")
    assert span is not None
    job = make_job(
        "Industrial Attachment — Ziwa Mobile Ltd, Network Operations Centre", "", "", span, None
    )
    assert (job.kind, job.relevant) == ("internship", True)
    assert relevance("NOC Engineer — Ziwa Mobile Ltd") == (True, False)
    assert relevance("Operations Manager — Duka Logistics Ltd") == (False, False)  # not network


def test_a_breaks_dates_followed_by_a_sentence_are_the_breaks_not_the_job_aboves() -> None:
    """A break's dates opening a line with a sentence after them: the break's line.

    ``### Career break`` / ``*Jun 2023 – Jan 2024*: relocation and a data science course.``
    The sentence says what the break was for: it is a break (not counted), and its "data
    science" is not the operations job's data work (which would have kept it in the career).
    """
    text = _returner("Pwani Analytics Ltd").replace(
        "### Career break (relocation and study)\n*Jun 2023 – Jan 2024*\n",
        "### Career break\n*Jun 2023 – Jan 2024*: relocation and a data science course.\n",
    )
    reading = read_cv_text(text, "cv.md")
    assert [j.kind for j in reading.jobs][-1] == "break"
    assert reading.relevant_months == 35


def test_a_software_deployment_under_a_part_time_job_is_a_duty_not_a_mobilization() -> None:
    """``- Deployed the churn model to production: March 2024 – May 2024`` is a duty."""
    text = (
        "WORK EXPERIENCE\n\n"
        "Data Analyst (part-time, 20 h/week) — Kestrel Retail — Jan 2024 – Dec 2024\n"
        "- Deployed the churn model to production: March 2024 – May 2024\n"
    )
    reading = read_cv_text(text)
    assert [j.title.endswith("mobilized") for j in reading.jobs] == [False]
    assert reading.relevant_months == 6
