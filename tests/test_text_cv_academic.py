"""Academic and student CVs read as a careful reader reads them.

A year with its month in brackets in an academic CV's margin, a dual student's job (work and
study in turn), a duty's sentence with a "since" in it wrapped by a PDF, and a bracket left
open at a wrap.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import jobs_of, read_cv_text
from skillgap.text.work import fte_of, relevance

MARGIN_MONTHS = """\
Dr. Ada Quill

POSITIONS
2022 (Sep) - present     Research Scientist, Computational Imaging
                         Larkspur Institute, Bristol
2019 (Jan) - 2022 (Aug)  Postdoctoral Researcher
                         Dept. of Physics, University of Fenwick
"""


def test_a_year_with_its_month_in_brackets_dates_an_academic_job() -> None:
    """``2022 (Sep) - present``: September 2022 to now, not the whole of 2022."""
    reading = read_cv_text(MARGIN_MONTHS)
    assert [(t, m) for t, m, _ in jobs_of(reading)] == [
        ("Research Scientist, Computational Imaging", 52.0),
        ("Postdoctoral Researcher", 44.0),
    ]
    assert reading.relevant_months == 96


DUAL_STUDENT = """\
Felix Brandt

EXPERIENCE

**04/2021 – 03/2024 · Dualer Student Wirtschaftsinformatik**
Rheinwerk Logistik AG, Köln
Practice phases in the reporting team.

**04/2024 – 09/2024 · Data Engineer**
Rheinwerk Logistik AG, Köln
Airflow pipelines and SQL models.
"""


def test_a_dual_students_job_is_half_time_work_in_business_informatics() -> None:
    """A "Dualer Student" works and studies in turn: half of full time, and IT work."""
    reading = read_cv_text(DUAL_STUDENT, "cv.md")
    assert [(t, m, r) for t, m, r in jobs_of(reading)] == [
        ("Dualer Student Wirtschaftsinformatik", 18.0, True),
        ("Data Engineer", 6.0, True),
    ]
    assert fte_of("Dual student, business informatics") == 0.5
    assert relevance("Werkstudent Medizininformatik") == (True, False)


WRAPPED_DUTY = """\
Mara Lindt

BERUFSERFAHRUNG

seit 01/2024 · Werkstudentin Data Science (20 h/Woche)
Ostsee Analytics GmbH, Rostock
Churn models in Python; dashboards for sales; since 2025
a forecasting service for the call centre.

01/2023 – 12/2023 · Junior Analyst
Ostsee Analytics GmbH, Rostock (Übernahme nach dem
Praktikum)
SQL reports.

AUSBILDUNG

2019 – 2022 · B.Sc. Statistik, Universität Rostock
"""


def test_a_since_inside_a_wrapped_duty_sentence_is_not_a_job() -> None:
    """``...; since 2025`` / ``a forecasting service ...``: the sentence runs on, no new job.

    The employer's line left a bracket open (``(Übernahme nach dem`` / ``Praktikum)``): the
    next line is its rest, not a heading that would end the experience section.
    """
    reading = read_cv_text(WRAPPED_DUTY)
    assert [(t, m) for t, m, _ in jobs_of(reading)] == [
        ("Werkstudentin Data Science (20 h/Woche)", 18.0),
        ("Junior Analyst", 12.0),
    ]
    assert reading.relevant_months == 30


WORD_CV = """\
# Rowan Pike

## Positions

**Research Fellow**
*Harbour Institute* | 01/2018 – 12/2020

- Parental leave 03/2019 – 08/2019; returned to the same project
- Fitted survival models in R / Stan
**Pharmacy Technician**
*Greenway Chemists* | 06/2014 – 12/2017

- Dispensing and stock control

## Skills

- Python (expert); R (proficient); Bayesian statistics (expert)

## Volunteering

- Data helper, Tidy Streets (2021 – 2022): cleaned litter counts with pandas
"""


def test_a_word_cvs_next_title_over_its_dated_employer_is_not_the_last_bullets_rest() -> None:
    """``- ... in R / Stan`` / ``**Pharmacy Technician**`` / ``*Employer* | dates``.

    No blank line parts the jobs (a Word CV): the title starts the next job, so "Stan" is
    not read as a person's first name before it, and the fellowship's leave (a first clause
    before ";") comes off its months.
    """
    reading = read_cv_text(WORD_CV, "cv.md")
    assert [(t, m, r) for t, m, r in jobs_of(reading)] == [
        ("Research Fellow — Harbour Institute", 30.0, True),
        ("Pharmacy Technician — Greenway Chemists", 43.0, False),
    ]
    assert "bayesian-methods" in reading.jobs[0].skills  # "Stan"


def test_a_branch_of_a_field_names_the_field_and_volunteering_names_skills() -> None:
    """``Bayesian statistics (expert)`` is statistics at 5 too.

    The volunteering section's pandas is used (2), as a project's skills are.
    """
    reading = read_cv_text(WORD_CV, "cv.md")
    assert reading.skills["bayesian-methods"].level == 5
    assert reading.skills["statistics"].level == 5
    assert reading.skills["pandas"].level == 2
    assert "volunteering" in reading.skills["pandas"].why


def test_a_qualifier_that_names_a_skill_is_not_a_branch() -> None:
    """``Spark SQL (expert)`` is Spark's SQL: SQL itself is not rated by it."""
    reading = read_cv_text("A B\n\nSKILLS\n- Spark SQL (expert)\n- Python (basic)\n")
    assert "sql" not in reading.skills


CHANGED_SHARE = """\
# Lena Gruber

## Experience

**Data Engineer** — Alpenstrom AG, Graz
*Okt. 2022 – now*
Teilzeit 20 Std./Woche (50 %) bis Dez. 2023, seit Jän. 2024 Vollzeit

- Spark jobs for metering data

*Mai – Sept. 2022: travel (Patagonia)*

**BI Analyst** — Murtal Versicherung, Graz
*Jän. 2020 – Apr. 2022*

*Mär. 2021 – Aug. 2021: Karenz (parental leave)*

*Jän. 2019 – Dez. 2019: Karenz (parental leave)*
"""


def test_a_share_that_changed_within_a_job_counts_each_share_in_its_own_months() -> None:
    """``50 % bis Dez. 2023, seit Jän. 2024 Vollzeit``: 15 months at half time, then full time.

    The note is no job of its own; travel on its own dated line is a break; a Karenz within
    a job's dates comes off its months, one between jobs is a break of its own ("Jän." is
    January, as Austrians write it).
    """
    reading = read_cv_text(CHANGED_SHARE, "cv.md")
    assert [(t, m, r) for t, m, r in jobs_of(reading)] == [
        ("Data Engineer — Alpenstrom AG, Graz", 7.5 + 36, True),
        ("travel (Patagonia)", 0.0, False),
        ("BI Analyst — Murtal Versicherung, Graz", 22.0, True),
        ("Karenz (parental leave)", 0.0, False),
    ]
    assert [j.kind for j in reading.jobs] == ["job", "break", "job", "break"]
    assert reading.relevant_months == 7.5 + 36 + 22


def test_a_share_change_reads_until_and_then_in_english_too() -> None:
    """``Part-time (60 %) until 06/2023, then full-time``: the first share to June 2023."""
    text = "# P Q\n\n## Experience\n\n**Data Analyst** — Acme\n*01/2023 – 12/2023*\n"
    reading = read_cv_text(text + "Part-time (60 %) until 06/2023, then full-time\n", "cv.md")
    assert jobs_of(reading) == [("Data Analyst — Acme", 6 * 0.6 + 6, True)]


def test_spring_before_a_year_is_a_season_not_the_java_framework() -> None:
    """``Data Science Bootcamp, CodeSur   Spring 2022``: no Java; ``Spring Boot`` still is."""
    reading = read_cv_text(
        "A B\n\nEDUCATION\nData Science Bootcamp (part-time, 12 weeks), CodeSur   Spring 2022\n"
        "\nSKILLS\n- Python (basic); Spring Boot (working)\n"
    )
    assert "java" in reading.skills  # Spring Boot, in the skills list
    assert "named in the education section" not in reading.skills["java"].why
    assert "java" not in read_cv_text("A B\n\nEDUCATION\nBootcamp, CodeSur   Spring '22\n").skills


PDF_STUDENT = """\
Mira Vogt

Berufserfahrung
Summer 2024 · Data Science Intern (full-time, 3 months)
Lindwurm Versicherung AG, Klagenfurt
Claims triage models in Python. (The student job went on
remotely on fewer hours.)
10/2022 – 03/2023 · Junior Data Analyst
Drau Logistik GmbH, Villach
SQL reports.
"""


def test_a_pdf_jobs_title_keeps_its_note_and_not_the_job_befores_last_sentence() -> None:
    """``(full-time, 3 months)`` keeps its bracket; ``... fewer hours.)`` ends a sentence.

    With no blank line between the jobs (a PDF's text), the line above the next job's dates
    is the job before's duty, not the next job's employer.
    """
    reading = read_cv_text(PDF_STUDENT)
    assert [t for t, _, _ in jobs_of(reading)] == [
        "Data Science Intern (full-time)",
        "Junior Data Analyst",
    ]
