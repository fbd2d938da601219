"""Indian, Singaporean and Australian CVs read as a careful reader reads them.

"Key Projects" under each job, "Till date", apostrophe years (``Jun'23``), "2015 to 2017",
internships at an analytics team, client engagements listed under one employer, a
fundamentals exam named as a level.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.dates import find_span
from skillgap.text.read import document_from_bytes
from skillgap.text.sections import looks_like_cv

FRESHER = """\
                          ANANYA KRISHNAN
        Madurai  |  ananya.k@example.com  |  github.com/ananyak

CAREER OBJECTIVE
B.E. graduate looking for an entry-level data analyst role.

INTERNSHIPS

Summer Trainee (internship, full-time)                        Jan 2025 - Apr 2025
Lakshmi Mills Ltd - Business Analytics Cell, Coimbatore
  Key Projects:
  * Yarn-defect dashboard in Power BI for the plant heads
  * Weekly SQL extracts for the quality team

Data Analyst Intern (part-time, 20 hrs/week)                   Jun'23 - Nov'23
Tessera Insights, Chennai
  Key Projects:
  * Sales-forecast baselines in Python for a FMCG client

Teaching Assistant, Database Systems Lab                       Aug 2024 - Nov 2024
  - Evaluated lab records

TECHNICAL SKILLS
Languages : Python (proficient), SQL (working knowledge)
Cloud     : Azure (AI-900 level)

EDUCATION
B.E., Computer Science and Engineering        2021 - 2025
"""


def test_key_projects_under_each_internship_keep_the_internships_that_follow() -> None:
    """An indented "Key Projects:" is the job's, not a projects section ending the jobs.

    The trainee at an analytics cell did data work (its own lines say so): 4 months; the
    half-time intern ``Jun'23 - Nov'23`` 6 months at half, 3; the teaching assistant teaches.
    """
    reading = read_cv_text(FRESHER)
    assert [(t.split(" (")[0], m, r) for t, m, r in jobs_of(reading)] == [
        ("Summer Trainee", 4.0, True),
        ("Data Analyst Intern", 3.0, True),
        ("Teaching Assistant, Database Systems Lab", 4.0, False),
    ]
    assert reading.relevant_months == 7.0
    assert not reading.projects  # each job's projects are its own, not the CV's


def test_a_fundamentals_exam_named_as_a_level_is_awareness() -> None:
    """``Azure (AI-900 level)``: Microsoft's -900 exams are its Fundamentals ones."""
    reading = read_cv_text(FRESHER)
    assert reading.skills["azure"].level == 1
    assert reading.skills["python"].level == 4


WORD_CV = """\
# VIKRAM SHAH

## Professional Summary

Data analyst in retail banking, before that in sales.

## Professional Experience

### Senior Data Analyst — Harbourline Bank, Singapore
*Apr'20 - Till date*

Key Projects
- *Early-warning dashboard* – Tableau, refreshed daily from SQL.

### Data Analyst — Saffron Retail Pvt Ltd, Pune
*Jan'18 - Mar'20*

Key Projects
- Market-basket analysis in Python for 90 stores.

### Sales Executive — Gomti Traders, Lucknow
*2015 to 2017*

- Dealer accounts across the region.

## Education

- **B.Com** — Lucknow University · 2011 – 2014
"""


def test_key_projects_in_a_word_cv_and_till_date_and_a_year_to_a_year() -> None:
    """A plain "Key Projects" line under each job (a Word CV's bold line) heads no section.

    ``Apr'20 - Till date`` runs to Dec 2026 (81 months), ``Jan'18 - Mar'20`` is 27;
    ``2015 to 2017`` Jan 2015 - Dec 2017 (36), sales: not counted.
    """
    reading = read_cv_text(WORD_CV, "cv.md")
    assert [(t.split(" — ")[0], m, r) for t, m, r in jobs_of(reading)] == [
        ("Senior Data Analyst", 81.0, True),
        ("Data Analyst", 27.0, True),
        ("Sales Executive", 36.0, False),
    ]
    assert reading.relevant_months == 108.0


CONSULTANT = """\
PRIYANKA NAIR
Director, Data & AI Advisory

EXPERIENCE
Tamarind Partners, Melbourne
Director, Data & AI Consulting · Mar 2021 – Till date
(Parental leave Jan 2024 – Apr 2024)
Client engagements:
- Top-10 insurer — claims analytics roadmap; prioritised 25 use cases,
business cases for top 5 (Jan 2025 – Till date)
- State transport agency — demand forecasting for rail; aligned to the
Network Plan (Jun 2023 – Dec 2024)
- Regional bank — credit-risk model review; led a team of 4
(Mar 2021 – May 2023)
Kestrel Analytics, Bengaluru
Analytics Consultant · 2017 to 2020
- Churn models for a telco client (SAS, SQL)

EDUCATION
MBA (Business Analytics), Indus School of Management — 2015 – 2017
"""


def test_client_engagements_under_an_employer_are_not_jobs() -> None:
    """Engagements wrapped over lines, their dates at the end, are parts of the employer's job.

    A PDF's wrap leaves no indentation: the rest of an item opens in lower case, in a bracket,
    or ends with its dates in brackets and names no job title. The employer's span is
    counted whole, Mar 2021 – Dec 2026 (70 months) less four months of leave: 66; then 48.
    """
    reading = read_cv_text(CONSULTANT)
    assert [(t, m) for t, m, _ in jobs_of(reading)] == [
        ("Tamarind Partners, Melbourne — Director, Data & AI Consulting", 66.0),
        ("Kestrel Analytics, Bengaluru — Analytics Consultant", 48.0),
    ]
    assert reading.relevant_months == 114.0


def test_client_engagements_indented_under_their_item_in_markdown() -> None:
    """The same engagements in Markdown, each item's rest indented under it."""
    text = CONSULTANT.replace("\nbusiness", "\n  business").replace("\nNetwork", "\n  Network")
    text = text.replace("\n(Mar 2021", "\n  (Mar 2021")
    reading = read_cv_text(text, "cv.md")
    assert [m for _, m, _ in jobs_of(reading)] == [66.0, 48.0]


def test_a_projects_section_after_the_jobs_is_still_the_cvs_projects() -> None:
    """A "Projects" heading with no job's dates after it is the CV's own projects section."""
    text = """\
MEENA RAO

EXPERIENCE
Data Analyst, Corvid Retail, Chennai                  Jan 2022 - Dec 2023
- Weekly sales reports in SQL

Projects
- Crop-yield forecasting in Python (2024)
- Resume parser with spaCy (2023)

EDUCATION
B.Sc. Statistics                                      2018 - 2021
"""
    reading = read_cv_text(text)
    assert [(t, m) for t, m, _ in jobs_of(reading)] == [
        ("Data Analyst, Corvid Retail, Chennai", 24.0)
    ]
    assert len(reading.projects) == 2


def test_a_job_line_right_after_the_last_item_of_the_job_before_is_still_a_job() -> None:
    """No blank line between jobs (a PDF's text): a dated line naming a title starts a job."""
    text = """\
RAHUL VERMA

EXPERIENCE
Data Scientist, Peregrine Labs, Pune · Jan 2023 – Dec 2024
- Churn models in Python and SQL for retail
Data Analyst, Peregrine Labs, Pune (Jan 2021 – Dec 2022)
- Dashboards in Tableau

EDUCATION
B.Tech, Information Technology · 2016 – 2020
"""
    reading = read_cv_text(text)
    assert [m for _, m, _ in jobs_of(reading)] == [24.0, 24.0]
    assert reading.relevant_months == 48.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Apr'19 - Mar'21", dt.date(2019, 4, 1), dt.date(2021, 3, 1)),
        ("Jun-18 to Mar-21", dt.date(2018, 6, 1), dt.date(2021, 3, 1)),
        ("Apr'21 - Till date", dt.date(2021, 4, 1), None),
        ("Sep-21 - Till now", dt.date(2021, 9, 1), None),
        ("Jan 2020 – till present", dt.date(2020, 1, 1), None),
        ("2017 to 2019", dt.date(2017, 1, 1), dt.date(2019, 12, 1)),
    ],
)
def test_indian_cvs_date_forms(text: str, start: dt.date, end: dt.date | None) -> None:
    """Apostrophe and hyphen years, "Till date" / "Till now", a year to a year."""
    span = find_span(f"Data Analyst, Acme    {text}")
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_a_month_and_a_number_in_prose_is_no_date() -> None:
    """A hyphen year needs a month's name right before it: "COVID-19" is none."""
    span = find_span("COVID-19 dashboards for the state, 2020 - 2021")
    assert span is not None
    assert (span.start, span.end) == (dt.date(2020, 1, 1), dt.date(2021, 12, 1))
    assert find_span("Mar-19 to COVID-19 dashboards") is None


RESEARCHER = """\
KAVYA MENON
Research Scientist

EMPLOYMENT
Feb 2026 - Present     Research Scientist, Wattle AI Pty Ltd, Brisbane
                       Key Projects:
                       - Retrieval evaluation for legal documents

Oct 2025 - Jan 2026    Career break (relocation to Brisbane)

03/2022 - 09/2025      Postdoctoral Research Fellow, University of Queensland

EDUCATION
PhD, Computer Science, IIT Madras                             2017 - 2021
"""


def test_a_career_break_in_a_left_margin_keeps_its_words_and_is_a_break() -> None:
    """``Oct 2025 - Jan 2026    Career break (relocation to Brisbane)``: a break, not a job.

    Its title is the words after the dates (a relocation is no place here), not the line.
    """
    reading = read_cv_text(RESEARCHER)
    breaks = [j for j in reading.jobs if j.kind == "break"]
    assert [(j.title, j.months) for j in breaks] == [("Career break (relocation to Brisbane)", 0)]
    assert reading.relevant_months == 11 + 43


def test_positions_of_responsibility_and_a_publication_heading_in_a_students_cv() -> None:
    """An Indian student's "POSITIONS OF RESPONSIBILITY" holds posts, not a posting's duties.

    The teaching assistant there is a job, not counted (teaching); "PUBLICATION" in the
    singular heads the publications; the text reads as a CV (``postings DIR`` leaves it out).
    """
    text = FRESHER.replace(
        "Teaching Assistant, Database", "POSITIONS OF RESPONSIBILITY\nTeaching Assistant, Database"
    )
    text += """
PUBLICATION
A. Krishnan, R. Iyer, "Yarn Defect Detection with Small CNNs", Proc. ICETCI, 2025.
"""
    lines = document_from_bytes(text.encode(), "cv.txt").lines
    assert looks_like_cv(lines)
    reading = read_cv_text(text)
    assert [(j.title, j.relevant) for j in reading.jobs][-1] == (
        "Teaching Assistant, Database Systems Lab",
        False,
    )
    assert reading.relevant_months == 7.0
    assert len(reading.publications) == 1


def test_an_employers_line_with_bracketed_dates_after_the_last_item_is_a_job() -> None:
    """An employer's line with its dates in brackets right after an item is the next job.

    A PDF's text keeps no blank line: ``- Dashboards in Tableau`` / ``Saffron Retail Pvt
    Ltd (Jan 2019 – Dec 2020)`` / ``Data Analyst``. Its dates lie outside the job above, so
    it is the next job's line, not the rest of that job's last item; dates alone in brackets
    under a title there too.
    """
    text = """\
NEHA GUPTA

EXPERIENCE
Data Scientist, Marigold Bank · Jan 2021 – Dec 2024
- Dashboards in Tableau
Saffron Retail Pvt Ltd (Jan 2019 – Dec 2020)
Data Analyst
- Weekly sales MIS in SQL
Junior Analyst, Lotus Mart
(Jan 2017 – Dec 2018)
- Excel reports

EDUCATION
B.Tech, Information Technology · 2013 – 2017
"""
    reading = read_cv_text(text)
    assert [m for _, m, _ in jobs_of(reading)] == [48.0, 24.0, 24.0]
    assert reading.relevant_months == 96.0


def test_a_projects_heading_with_a_jobs_dates_after_it_is_that_jobs() -> None:
    """``Projects`` under a job, the next job's dated line after its items: still the jobs."""
    text = """\
SURESH PATEL

EXPERIENCE
Data Analyst, Acme Foods, Pune                        Jan 2022 - Dec 2023
Projects
- Churn model in Python
Junior Analyst, Beta Mart, Pune                       Jan 2020 - Dec 2021
- Weekly reports in SQL

EDUCATION
B.Sc. Statistics                                      2016 - 2019
"""
    reading = read_cv_text(text)
    assert [(t, m) for t, m, _ in jobs_of(reading)] == [
        ("Data Analyst, Acme Foods, Pune", 24.0),
        ("Junior Analyst, Beta Mart, Pune", 24.0),
    ]
    assert not reading.projects


def test_a_dates_first_job_line_right_after_an_item_within_the_job_above_is_a_job() -> None:
    """``since 01/2025 — Guest Lecturer`` under an ongoing job's last item: a job of its own.

    It opens with its dates, then a title: not the item's rest, though within the job above.
    """
    text = """\
JONAS WEBER

EXPERIENCE
09/2023 – now — Senior MLOps Engineer
- Monitoring with Prometheus and Grafana
since 01/2025 — Guest Lecturer (part-time)
- Lectures on ML operations
03.2020 – 06.2022 — Machine Learning Engineer
- Models for visual inspection
"""
    reading = read_cv_text(text)
    assert [t for t, _, _ in jobs_of(reading)] == [
        "Senior MLOps Engineer",
        "Guest Lecturer (part-time)",
        "Machine Learning Engineer",
    ]


INDIAN_DEGREES = """\
# Rohan Mehta

## Education
- B.Com (Hons), University of Delhi, 2014 - 2017
- MBA (Business Analytics), NMIMS Mumbai, 2019 - 2021
- MCA, Pune University, 2013 - 2015
- PGDM, IIM Kozhikode, 2022 - 2024
"""


def test_indias_degree_words_give_their_rungs_and_fields() -> None:
    """B.Com, MCA and PGDM are degrees; a bracket naming a field is the MBA's field.

    "B.Com (Hons), University of Delhi": a bachelor's in commerce, the university no field;
    "MBA (Business Analytics), NMIMS Mumbai": business analytics, not the school; "MCA": a
    master's in computer applications, which the catalog counts as computer science.
    """
    reading = read_cv_text(INDIAN_DEGREES, "cv.md")
    assert reading.degrees == [
        {"degree": "bachelor", "status": "completed", "field": "Commerce"},
        {"degree": "master", "status": "completed", "field": "Business Analytics"},
        {"degree": "master", "status": "completed", "field": "Computer Applications"},
        {"degree": "master", "status": "completed", "field": "Business"},
    ]
