"""An academic CV's position headings, items dated by one season, shares and employers' lines.

* ``Current position`` heads a job as ``Previous positions`` does;
* ``- **Research Intern**, Lab — Summer 2020`` with its description on the next, indented
  line: the item ends in its date, the next line is what the job was (not joined to it);
* ``01/2023 - now   Analytics Engineer, Acme`` / ``Part-time, 20 h/week (50%)``: a short
  line right under a job's line gives its share of full time (a duty's bullet does not);
* ``Helix Pay B.V.   Jan 2021 - present`` / ``Staff Machine Learning Engineer``: an
  employer's dated line takes its title from the line below, a note in brackets there
  (``(Senior MLE from 2018)``) a promotion, not a job of its own;
* ``Contracts (via Nowak Cloud Ltd.)``: a contractor's heading, a remark in brackets, heads
  jobs as ``Employment`` does;
* ``**Research Assistant** — Lab, University —`` / ``Jan 2021 – Aug 2022. Transformers for
  ...``: a job's line left open by a dash takes the dates opening the next line;
* a computer science master's between software work and research is study, not months
  without work: the software years stay part of the career (an ML master's still parts them);
* a ``Selected work`` part after the jobs, with no dates, is not the last job's lines: an
  item opening with an employer's name (``- Fernhill: churn model ...``) is evidence from
  that employer's job, one naming no job names its skills as a project does;
* Portuguese and Spanish CVs: their headings, LinkedIn's ``Title`` / ``Employer · Tempo
  integral`` / dates in a PDF's text, employment types, leave, level words and degrees;
* a skill the CV's skills section lists gives the names beside it in a job's line their
  context (``in Java and Go`` under ``Basic: Go``).

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import read_cv_text
from skillgap.text.sections import kind_of

ACADEMIC = """\
Mirela Costa, PhD
=================

Current position
----------------

**Machine Learning Scientist**, Orvale Labs — Jan 2025 to present
Preference learning for small language models.

Previous positions
------------------

* **Postdoctoral Researcher**, Dept. of Statistics, University of Westbury — Jan 2023 – Dec 2024
  Bayesian optimisation; co-supervised two MSc students.
* **Research Intern**, Quill AI, Lisbon — Summer 2021
  Retrieval for question answering (during PhD).

Education
---------

* PhD, Machine Learning — University of Westbury, Oct 2018 – Dec 2022.
"""


def test_an_academic_cvs_current_position_and_its_summer_internship_are_jobs() -> None:
    """24 months now (Jan 2025 - Dec 2026), 24 as a postdoc, 3 in a summer: 51, no PhD."""
    reading = read_cv_text(ACADEMIC, "cv.md")
    got = [(j.title.split(",")[0], j.kind, j.months) for j in reading.jobs]
    assert got == [
        ("Machine Learning Scientist", "job", 24.0),
        ("Postdoctoral Researcher", "job", 24.0),
        ("Research Intern", "internship", 3.0),
    ]
    assert reading.relevant_months == 51


SHARES = """\
Jonas Weber
Data Analyst

WORK

01/2024 - now      Data Analyst, Kestrel Freight GmbH, Hamburg
                   Part-time, 20 h/week (50%)
                   Power BI dashboards and SQL reporting for the fleet.

06/2024 - 11/2024  Freelance data consultant (50%, alongside Kestrel)
                   dbt models for a web shop.

01/2020 - 12/2023  BI Analyst, Nordhafen Bank AG, Hamburg
                   - SQL reports; evening shifts at month end
"""


def test_a_share_on_the_line_under_a_job_is_its_share_of_full_time() -> None:
    """Two half-time jobs side by side fill the months once; a duty's "evening" is no share."""
    reading = read_cv_text(SHARES, "cv.txt")
    got = [(j.title.split(",")[0], j.fte, j.months) for j in reading.jobs]
    assert got == [
        ("Data Analyst", 0.5, 18.0),  # Jan 2024 - Dec 2026: 36 months at half time
        ("Freelance data consultant (50%", 0.5, 3.0),  # 6 months at half time
        ("BI Analyst", 1.0, 48.0),
    ]
    assert reading.relevant_months == 69


EMPLOYERS = """\
ARJUN MEHTA
Senior Machine Learning Engineer

EXPERIENCE

Tidewater Payments Ltd, Dublin                                    Jan 2022 - present
Senior Machine Learning Engineer
  * Real-time fraud models in PyTorch on Kubernetes

Corvid Search GmbH, Berlin                                        Jan 2018 - Dec 2021
Machine Learning Engineer (Senior MLE from 2020)
  * Ranking models for product search
  * Parental leave Jan 2020 - Jun 2020

EDUCATION
  MSc Computer Science, Trinity College Dublin, 2016 - 2017
"""


def test_an_employers_dated_line_takes_its_title_from_the_line_below() -> None:
    """60 months now, 48 at Corvid less 6 on leave: the promotion's year is not a job."""
    reading = read_cv_text(EMPLOYERS, "cv.txt")
    got = [(j.title, j.relevant, j.months) for j in reading.jobs]
    assert got == [
        ("Senior Machine Learning Engineer — Tidewater Payments Ltd, Dublin", True, 60.0),
        (
            "Machine Learning Engineer (Senior MLE from 2020) — Corvid Search GmbH, Berlin",
            True,
            42.0,
        ),
    ]
    assert reading.relevant_months == 102


CONTRACTOR = """\
KAROL NOWAK
Platform engineer

Profile
Independent MLOps contractor. I run several client engagements in parallel.

Contracts (via Nowak Cloud Ltd.)
MLOps Lead (contract, full-time) — Larchwood Health, Calgary
05/2025 – now
EKS training platform; MLflow model registry.
Platform Engineer (contract, 2 days/week) — Birchfield Genomics,
Edmonton
01/2024 – 02/2025
Helm charts for the sequencing pipeline.

Employment
DevOps Engineer — Quillon Software,
Calgary
03/2017 – 12/2023
Ran the Kubernetes platform.
"""


def test_a_contractors_contracts_heading_heads_jobs() -> None:
    """A PDF's text of a two-column CV: no bold, the heading's remark in brackets.

    20 months now, 14 at two days a week (5.6), 82 employed: 107.6; the employer's town
    wrapped after a comma is the rest of its line, not a part of its own.
    """
    reading = read_cv_text(CONTRACTOR, "cv.txt")
    got = [(j.title, j.fte, j.months) for j in reading.jobs]
    assert got == [
        ("MLOps Lead (contract, full-time) — Larchwood Health, Calgary", 1.0, 20.0),
        (
            "Platform Engineer (contract, 2 days/week) — Birchfield Genomics, Edmonton",
            0.4,
            5.6,
        ),
        ("DevOps Engineer — Quillon Software, Calgary", 1.0, 82.0),
    ]
    assert reading.relevant_months == 107.6


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("**Contracts (via Kowal Data Works Inc.)**", "experience"),
        ("Contract work", "experience"),
        ("## Client engagements", "experience"),
        ("Freelance work", "experience"),
        ("Consulting (self-employed, 2019 – now)", "experience"),
        ("Freelance", "other"),  # LinkedIn's employment type under a title
        ("**Acme Consulting**", "other"),  # an employer, not a heading over jobs
        ("Speaking engagements", "other"),  # talks, not jobs
        ("**Contract:** permanent, 36–40 h", "other"),  # a posting's terms
    ],
)
def test_a_contractors_headings_are_experience(heading: str, kind: str) -> None:
    assert kind_of(heading) == kind


RUN_ON = """\
# Ana Ferreira

## Experience
**Teaching Assistant**, COMP 551 Applied Machine Learning — Sep 2022 – Apr 2023

**Research Assistant (part-time, ~10 h/week)** — Vision Lab, University of Porto —
Jan 2021 – Aug 2022. Hugging Face Transformers for de-identifying clinical notes.

**Software Developer** — Tidewell Systems, Porto — 07/2017 – 08/2020
Backend services in C++ and Python.

## Education
- **Ph.D., Computer Science** (machine learning), University of Porto — Sep 2022 – present
- **M.Sc., Computer Science**, University of Porto — 2020 – 2022. Thesis: weak supervision.
"""


def test_dates_opening_the_line_under_a_job_left_open_by_a_dash_are_its_dates() -> None:
    """The research assistant's 20 months at a quarter (5), the software years (38): 43.

    Four months (Sep - Dec 2020) lie between the software work and the research, in the
    computer science master's: study, not a gap. The teaching assistant teaches, whatever
    the course: not counted.
    """
    reading = read_cv_text(RUN_ON, "cv.md")
    got = {j.title.split(" (")[0].split(",")[0]: (j.relevant, j.months) for j in reading.jobs}
    assert got == {
        "Teaching Assistant": (False, 8.0),  # its own months, not relevant
        "Research Assistant": (True, 5.0),
        "Software Developer — Tidewell Systems": (True, 38.0),
    }
    assistant = reading.jobs[1]
    assert assistant.title.endswith("University of Porto")  # its dash left off
    assert "hugging-face" in assistant.skills  # the sentence after the dates: its duties
    assert reading.relevant_months == 43


def test_an_ml_masters_between_software_work_and_research_still_parts_them() -> None:
    text = RUN_ON.replace("M.Sc., Computer Science", "M.Sc., Machine Learning")
    reading = read_cv_text(text, "cv.md")
    software = next(j for j in reading.jobs if j.title.startswith("Software Developer"))
    assert software.relevant is False  # a developer who retrained in ML: an earlier career
    assert reading.relevant_months == 5


LINKEDIN_PT = """\
Beatriz Souza
Contato
Recife, PE — Brasil

Principais competências
- Python — especialista
- Kubernetes — avançado
- Java — 6 anos, hoje enferrujado (avançado na época)

Resumo
Engenheira de dados com dez anos de carreira.

Experiência
Engenheira de Dados Sênior
Frevo Pagamentos · Tempo integral
set 2020 - até o momento · 6 anos 4 meses
- Pipelines em Spark e Airflow para 40 equipes; infraestrutura em
Terraform
- Modelos de risco em produção (PyTorch)
Consultora de Dados (freelance)
Autônoma · Meio período
2021 - 2022
- Painéis para uma rede de farmácias
Desenvolvedora Java
Mangue Sistemas Ltda. · Tempo integral
ago 2016 - ago 2020 · 4 anos 1 mês
- Serviços de cobrança em Java
Estagiária de TI
Banco do Agreste · Estágio
jan 2015 - dez 2015
- Scripts de automação
Mentora voluntária
Reprograma · Voluntariado
desde 2019
- Mentoria para mulheres em transição de carreira

Formação acadêmica
Bacharelado em Ciência da Computação — UFPE (2012 - 2016)
"""


def test_a_portuguese_linkedin_pdfs_jobs_each_title_over_its_employer_and_dates() -> None:
    """A PDF's text: no bold, each job's title after the last bullet of the job before.

    76 months now, the freelance half-time years inside them (0 more), 49 as a developer,
    12 as an IT intern: 137; the volunteer mentoring is not work. "infraestrutura em" runs
    on into "Terraform", which is no heading.
    """
    reading = read_cv_text(LINKEDIN_PT, "cv.txt")
    got = [(j.title.split(" — ")[0], j.kind, j.fte, j.relevant, j.months) for j in reading.jobs]
    assert got == [
        ("Engenheira de Dados Sênior", "job", 1.0, True, 76.0),
        ("Consultora de Dados (freelance)", "job", 0.5, True, 0.0),
        ("Desenvolvedora Java", "job", 1.0, True, 49.0),
        ("Estagiária de TI", "internship", 1.0, True, 12.0),
        ("Mentora voluntária", "job", 1.0, False, 0.0),
    ]
    assert reading.relevant_months == 137
    assert "pytorch" in reading.jobs[0].skills  # the bullet after the wrapped one: same job
    levels = {s: c.level for s, c in reading.skills.items() if c.listed}
    assert levels == {"python": 5, "kubernetes": 4, "java": 3}  # Java advanced, now rusty
    assert reading.degrees == [
        {"degree": "bachelor", "status": "completed", "field": "Ciência da Computação"}
    ]


SPANISH = """\
# Carmen Ruiz

## Experiencia laboral

### Científica de Datos — Clínicas Aurora, Sevilla
mayo de 2022 – hasta la actualidad
Modelos de demanda en Python.
*Licencia de maternidad: mar. 2024 – jun. 2024.*

### Analista de datos (media jornada) — Ópticas Luz, Sevilla
09/2020 a 12/2021

### Profesora de Matemáticas — IES Triana
2015 – 2020

## Formación académica
- **Máster en Ciencia de Datos** — UNED, oct. 2025 – en curso
- **Grado en Matemáticas** — Universidad de Sevilla, 2011 – 2015

## Habilidades
- **SQL**: experta
- **Python**: avanzado
- **Tableau**: algo de Tableau
- **R**: básico

## Idiomas
Español (nativo), Inglés (B2)
"""


def test_a_spanish_cvs_leave_comes_off_its_job_and_its_skills_take_their_levels() -> None:
    """56 months now less 4 of maternity leave (52), 16 at half time (8); teaching: 60."""
    reading = read_cv_text(SPANISH, "cv.md")
    got = [(j.title.split(" — ")[0], j.relevant, j.fte) for j in reading.jobs]
    assert got == [
        ("Científica de Datos", True, 1.0),
        ("Analista de datos (media jornada)", True, 0.5),
        ("Profesora de Matemáticas", False, 1.0),
    ]
    assert [j.months for j in reading.jobs[:2]] == [52.0, 8.0]
    assert reading.relevant_months == 60
    levels = {s: c.level for s, c in reading.skills.items() if c.listed}
    assert levels == {"sql": 5, "python": 4, "tableau": 1, "r": 2}
    assert reading.degrees == [
        {"degree": "master", "status": "in_progress", "field": "Ciencia de Datos"},
        {"degree": "bachelor", "status": "completed", "field": "Matemáticas"},
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Principais competências", "skills"),
        ("HABILIDADES", "skills"),
        ("Conocimientos técnicos", "skills"),
        ("Experiência profissional", "experience"),
        ("EXPERIENCIA LABORAL", "experience"),
        ("Trayectoria profesional", "experience"),
        ("Formação acadêmica", "education"),
        ("Formación académica", "education"),
        ("Certificações", "certifications"),
        ("CERTIFICACIONES", "certifications"),
        ("Publicações", "publications"),
        ("Publicaciones", "publications"),
        ("Voluntariado", "volunteering"),
        ("Idiomas", "languages"),
        ("Resumo", "summary"),
        ("Contato", "contact"),
        ("## Outside work", "interests"),  # not jobs: "reading Kafka and Borges"
    ],
)
def test_portuguese_and_spanish_headings_are_their_english_counterparts(
    heading: str, kind: str
) -> None:
    assert kind_of(heading) == kind


CLAIMED = """\
# Priya Example

## Experience

### Software Engineer — Quillon Payments, London
*August 2014 – June 2017*
- Payments risk services in Java and Go
- Wrote a Go operator that rotates database credentials

## Skills
- **Basic:** Go
"""


def test_a_skill_the_cv_lists_gives_the_names_beside_it_in_a_job_their_context() -> None:
    """'Java and Go' alone is no proof of either (two ordinary words); the skills list Go."""
    reading = read_cv_text(CLAIMED, "cv.md")
    assert {"java", "go"} <= set(reading.jobs[0].skills)
    assert reading.skills["java"].level == 3  # 35 months of work naming it
    assert "sql" not in reading.skills  # an ordinary word ("database") needs a skill proven
    other = read_cv_text(CLAIMED.replace("**Basic:** Go", "**Basic:** Docker"), "cv.md")
    assert "java" not in other.skills
    assert "go" not in other.jobs[0].skills


SELECTED_WORK = """\
Ines Falk
Skills: Python (expert) · SQL (expert)

Experience
Fernhill Bank — Senior Data Scientist — 2022-Present
Oakridge Retail — Data Analyst — 2018-2021
Lakeside School — Physics Teacher — 2012-2017

Selected work
- Fernhill: churn model (XGBoost, scikit-learn); experiment guidelines
- Oakridge: weekly sales pipeline in dbt; Tableau dashboards for stores
- Side project: a Streamlit app on PyTorch

Education
M.S. Statistics, Lakeside University, 2018
"""


def test_selected_work_naming_an_employer_is_evidence_from_that_job() -> None:
    reading = read_cv_text(SELECTED_WORK, "cv.txt")
    skills = {j.title.split(" — ")[0]: j.skills for j in reading.jobs}
    assert skills["Fernhill Bank"] == ["xgboost", "scikit-learn"]
    assert {"data-pipelines", "tableau"} <= set(skills["Oakridge Retail"])
    assert skills["Lakeside School"] == []  # the last job takes none of the part's lines
    assert reading.skills["xgboost"].level == 3  # a relevant job of 59 months names it
    assert "Fernhill Bank" in reading.skills["xgboost"].why
    # an item naming no job names its skills, from no job
    assert reading.skills["pytorch"].level == 2
    assert "Selected work" in reading.skills["pytorch"].why
