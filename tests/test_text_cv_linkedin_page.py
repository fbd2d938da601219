"""CVs copied from a LinkedIn profile page, a secondment's share, a Spanish research job.

Each test reads a small CV as ``skillgap import`` does (on 2026-12-07) and asserts the
months a user sees: which jobs count, and how many months.
"""

from __future__ import annotations

from cvs import jobs_of, read_cv_text

#: A profile page pasted into Markdown: one company's roles as list items, dates below.
_PAGE = """\
# Rafael Ortega

## Experience

**Larder**
Full-time · 4 yrs 5 mos
Glasgow, Scotland, United Kingdom · Hybrid

- **Machine Learning Engineer**
  Jul 2024 - Present · 2 yrs 6 mos
  - Own the forecasting model (PyTorch); model registry in MLflow
  - *Skills: PyTorch · MLflow · Apache Airflow · +3 skills*

- **Data Engineer**
  Oct 2022 - Jun 2024 · 1 yr 9 mos
  - Built ingestion into BigQuery with dbt models

- **Data Engineering Intern**
  Internship
  Aug 2022 - Sep 2022 · 2 mos
  - Cleaned the supplier price tables (SQL, pandas)

**Career Break**
Full-time parenting
Nov 2021 - Mar 2022 · 5 mos

**Osteria Fumo**
Head Chef
Full-time
Mar 2016 - Oct 2021 · 5 yrs 8 mos
"""


def test_a_profile_pages_roles_under_one_company_are_jobs_with_their_months() -> None:
    reading = read_cv_text(_PAGE, "cv.md")
    counted = {title: months for title, months, relevant in jobs_of(reading) if relevant}
    assert counted == {
        "Machine Learning Engineer — Larder": 30,
        "Data Engineer — Larder": 21,
        "Data Engineering Intern (Internship) — Larder": 2,
    }
    assert reading.relevant_months == 53  # the break and the kitchen not counted


def test_a_roles_skills_are_its_own_and_the_internship_is_one() -> None:
    reading = read_cv_text(_PAGE, "cv.md")
    by_title = {j.title.split(" — ")[0]: j for j in reading.jobs}
    assert "experiment-tracking" in by_title["Machine Learning Engineer"].skills  # MLflow
    assert "data-warehousing" in by_title["Data Engineer"].skills  # BigQuery
    assert {"sql", "pandas"} <= set(by_title["Data Engineering Intern (Internship)"].skills)
    assert by_title["Data Engineering Intern (Internship)"].kind == "internship"


#: The same page copied as plain text: no bullets, no blank lines between a company's roles.
_PAGE_TEXT = """\
Rafael Ortega

Experience

Larder
Full-time · 4 yrs 5 mos
Glasgow, Scotland, United Kingdom · Hybrid
Machine Learning Engineer
Jul 2024 - Present · 2 yrs 6 mos
Own the forecasting model (PyTorch); model registry in MLflow
Skills: PyTorch · MLflow · Apache Airflow · +3 skills
Data Engineer
Oct 2022 - Jun 2024 · 1 yr 9 mos
Built ingestion into BigQuery with dbt models
Data Engineering Intern
Internship
Aug 2022 - Sep 2022 · 2 mos
Cleaned the supplier price tables (SQL, pandas)
"""


def test_a_profile_page_copied_as_plain_text_keeps_titles_clear_of_place_and_skills() -> None:
    reading = read_cv_text(_PAGE_TEXT, "cv.txt")
    # no "Glasgow, ... · Hybrid — " before the first role, no "Skills: ... — " before the next
    assert jobs_of(reading) == [
        ("Machine Learning Engineer", 30, True),
        ("Data Engineer", 21, True),
        ("Data Engineering Intern", 2, True),
    ]
    data_engineer = reading.jobs[1]
    assert "experiment-tracking" not in data_engineer.skills  # MLflow: the role above's


_SECONDMENT = """\
# Ingrid Solberg

## Work experience

**03/2024 – Current**
**AI Governance Consultant** — Lumen & Vale AS, Oslo
- Lead AI-Act readiness assessments for 9 clients

**01/2023 – 02/2024**
**Data Governance Analyst (secondment, 50%)** — Fjordbank ASA, Data Office, Oslo
- Half of my working time, alongside my legal role below

**09/2019 – 02/2024**
**Legal Counsel, Technology & Data Protection** — Fjordbank ASA, Oslo
- Outsourcing and cloud contracts; advice to the CDO on GDPR
"""


def test_a_secondments_share_in_its_titles_note_and_the_law_is_not_data_work() -> None:
    reading = read_cv_text(_SECONDMENT, "cv.md")
    months = {title.split(" — ")[0]: (m, rel) for title, m, rel in jobs_of(reading)}
    assert months["Data Governance Analyst (secondment, 50%)"] == (7, True)  # 14 at half time
    assert months["Legal Counsel, Technology & Data Protection"][1] is False
    assert reading.relevant_months == 34 + 7


_ESTUDIANTE = """\
Mateo González

Experiencia
-----------
**Asistente de investigación (jornada parcial, 20 h/semana)** · Lab. de Aprendizaje Automático
marzo 2026 – hasta la fecha
* Fine-tuning de modelos de lenguaje con PyTorch
"""


def test_a_spanish_research_assistants_part_time_job_counts_at_its_share() -> None:
    reading = read_cv_text(_ESTUDIANTE, "cv.md")
    assert [(rel, m) for _, m, rel in jobs_of(reading)] == [(True, 5)]  # 10 months at 20 h
    assert reading.relevant_months == 5


#: A profile page's skills as a Word copy gives them: a name a line, its endorsements under it.
_ENDORSED = """\
# Rafael Ortega

## Skills

Python
Endorsed by 4 colleagues at Larder · 31 endorsements

Docker
6 endorsements

SQL
9 endorsements

Menu Development
38 endorsements
"""


def test_a_profile_pages_short_skill_name_is_still_a_listed_skill() -> None:
    reading = read_cv_text(_ENDORSED, "cv.md")
    # "SQL", short and in capitals, reads like a heading; it is the list's next skill
    assert {s: c.level for s, c in reading.skills.items()} == {"python": 3, "docker": 3, "sql": 3}
