"""Dates and jobs as CVs write them, counted as a careful reader counts (one test per form).

The conventions (the issue's and ``tests/data/text-2026-12b``'s): months to the reference day,
both end months included; "present", "now", "current" are the reference month; Summer is
Jun-Aug; a year alone runs Jan-Dec; "2016 - 02/2019" is Jan 2016 - Feb 2019.
"""

from __future__ import annotations

import datetime as dt

import pytest

from skillgap import api
from skillgap.text.cv import read_cv
from skillgap.text.dates import find_span
from skillgap.text.read import document_from_bytes
from skillgap.text.work import fte_of, relevance

AS_OF = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()


def _months(text: str, *, single: bool = False) -> tuple[str, str | None, int]:
    span = find_span(text, single=single)
    assert span is not None, text
    end = None if span.end is None else f"{span.end:%Y-%m}"
    return f"{span.start:%Y-%m}", end, span.months(AS_OF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2021 – Present", ("2021-01", None, 72)),  # the reference month included
        ("Feb 2024 - present", ("2024-02", None, 35)),
        ("Sept. '22 – now", ("2022-09", None, 52)),
        ("Sep 2021 — current", ("2021-09", None, 64)),
        ("2020 to date", ("2020-01", None, 84)),
        ("Jul 2012 – Dec 2015", ("2012-07", "2015-12", 42)),
        ("Aug. 2016 – May 2019", ("2016-08", "2019-05", 34)),
        ("March 2019 to June 2020", ("2019-03", "2020-06", 16)),
        ("Mar 2019 until Jun 2020", ("2019-03", "2020-06", 16)),
        ("1 March 2019 – 31 May 2020", ("2019-03", "2020-05", 15)),
        ("March 1, 2019 - May 31, 2020", ("2019-03", "2020-05", 15)),
        ("04/2023 - 09/2023", ("2023-04", "2023-09", 6)),
        ("03.2015 – 12.2017", ("2015-03", "2017-12", 34)),
        ("2019-03 – 2020-05", ("2019-03", "2020-05", 15)),
        ("09/22 - 03/24", ("2022-09", "2024-03", 19)),
        ("2018–2020", ("2018-01", "2020-12", 36)),
        ("2019–21", ("2019-01", "2021-12", 36)),
        ("2016 - 02/2019", ("2016-01", "2019-02", 38)),
        ("Jun – Sep 2024", ("2024-06", "2024-09", 4)),
        ("Summer 2024 – Spring 2025", ("2024-06", "2025-05", 12)),
        ("Jan 2020 - Apr 2022 · 2 yrs 4 mos", ("2020-01", "2022-04", 28)),
        ("January 2022 - Present (4 years 11 months)", ("2022-01", None, 60)),
        ("since 2021", ("2021-01", None, 72)),
        ("Since March 2021", ("2021-03", None, 70)),
        ("2021 onwards", ("2021-01", None, 72)),
        ("Jan 2021 –", ("2021-01", None, 72)),
        # a year, then its month in brackets (an academic CV's left margin)
        ("2021 (Mar) - present", ("2021-03", None, 70)),
        ("2017 (Oct.) – 2019 (Feb)", ("2017-10", "2019-02", 17)),
        # Portuguese and Spanish: "ago", "set", "out" abbreviated, "de" before the year, "a"
        # or "até" between the ends, "até o momento", LinkedIn's "4 anos 7 meses" aside
        ("ago 2012 - fev 2017 · 4 anos 7 meses", ("2012-08", "2017-02", 55)),
        ("set 2019 - out 2021", ("2019-09", "2021-10", 26)),
        ("maio de 2019 - setembro de 2020", ("2019-05", "2020-09", 17)),
        ("enero de 2020 a marzo de 2021", ("2020-01", "2021-03", 15)),
        ("09/2020 a 12/2020", ("2020-09", "2020-12", 4)),
        ("jan 2020 - até o momento", ("2020-01", None, 84)),
        ("março de 2018 até hoje", ("2018-03", None, 106)),
        ("mayo 2022 – hasta la actualidad", ("2022-05", None, 56)),
    ],
)
def test_a_date_range_is_read_in_each_form_cvs_use(
    text: str, expected: tuple[str, str | None, int]
) -> None:
    """Each written form gives the first month, the last (None: ongoing) and the months."""
    assert _months(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Machine Learning Intern** — Halden Health · *Summer 2026*", ("2026-06", "2026-08", 3)),
        ("Research intern, Fall '23", ("2023-09", "2023-11", 3)),
        ("Data Analyst | Acme — Mar 2024", ("2024-03", "2024-03", 1)),
        ("Freelance analyst, 2019", ("2019-01", "2019-12", 12)),
    ],
)
def test_a_single_date_ending_a_jobs_line_is_its_span(
    text: str, expected: tuple[str, str | None, int]
) -> None:
    """A season, a month or a year alone at the end of a job's line is the job's span."""
    assert _months(text, single=True) == expected


def test_from_to_is_a_closed_range_and_words_without_dates_are_none() -> None:
    """'from X to Y' is closed; 'until Aug 2022' alone has no start; a reversed range is none."""
    assert _months("from March 2021 to May 2022") == ("2021-03", "2022-05", 15)
    assert find_span("(full-time until Aug 2022, then 0.5 WTE alongside the analyst post)") is None
    assert find_span("Dec 2020 – Jan 2019") is None
    assert find_span("a team of 12 - 15 people") is None


def test_an_expected_end_is_in_the_future_not_ongoing() -> None:
    span = find_span("Oct 2025 – expected Sep 2027")
    assert span is not None
    assert span.expected
    assert span.end == dt.date(2027, 9, 1)


@pytest.mark.parametrize(
    ("words", "share"),
    [
        ("Junior Data Analyst (part-time, 20 h/week)", 0.5),
        ("Teaching Assistant (~10 hours per week)", 0.25),
        ("Tutor, 10 hrs/wk", 0.25),
        ("Clinical Data Analyst (part-time, 0.5 WTE)", 0.5),
        ("Analyst (0.6 FTE)", 0.6),
        ("Data Scientist (80%)", 0.8),
        ("Researcher, 3 days a week", 0.6),
        ("Analyst, half-time", 0.5),
        ("Freelance Developer (evenings and weekends)", 0.25),
        ("Staff Machine Learning Engineer", 1.0),
        ("Autônomo · Meio período", 0.5),  # Portuguese: part-time
        ("Analista (tiempo parcial)", 0.5),
        ("Analista de datos freelance (20 h/semana)", 0.5),
        ("Cientista de Dados (16 horas semanais)", 0.4),
        ("Investigadora, 3 días por semana", 0.6),
        ("Engenheira de Dados, 2 dias na semana", 0.4),
        ("Nuvem Pagamentos · Tempo integral", 1.0),
    ],
)
def test_a_jobs_share_of_full_time_comes_from_its_words(words: str, share: float) -> None:
    assert fte_of(words) == share


@pytest.mark.parametrize(
    ("header", "relevant", "core"),
    [
        ("Clinical Data Analyst — Aire Valley Hospitals NHS Trust", True, True),
        ("Senior BI Developer — Calloway Retail Group", True, True),
        ("Doctoral Researcher — SPARK Lab, TU Delft", True, True),
        ("Software Engineer — Koru Systems", True, False),
        ("Site Reliability Engineer → Senior SRE — Corvid Payments", True, False),
        ("Systems Administrator — Harbour Datacentres Ltd", True, False),
        ("Staff Nurse → Senior Staff Nurse — Acute Medical Unit", False, False),
        ("Circulation & IT Assistant (summer job) — Madison Public Library", False, False),
        ("Chemistry & Physics Teacher — Escola Secundária", False, False),
        ("Barista (weekends) | Java Junction Coffee", False, False),
        ("Mechanical Engineer — Turbine Works", False, False),
        # a teaching assistant teaches whatever the course (the readers of 12g to 12q; 12q's
        # "COMP 551 Applied Machine Learning"), unless an undergraduate's in an ML or AI
        # course (12b's and 12d's "Intro to AI", "Intro to ML": a student's job in the field)
        ("Teaching Assistant, Computer Science — University of York", False, False),
        ("Undergraduate Teaching Assistant, CS 540 Intro to AI", True, True),
        ("Teaching Assistant, COMP 551 Applied Machine Learning", False, False),
        ("Teaching Assistant, Dept. of Computer Science", False, False),
        ("Teaching Assistant — Faculty of Chemistry", False, False),
        # Portuguese and Spanish: a developer and an engineer are engineering, an IT intern's
        # work is software or operations work (an IT helpdesk job is not), a docente and an
        # "ayudante de cátedra" teach whatever the subject
        ("Desenvolvedor Java Júnior — Sistemas Paulista Ltda.", True, False),
        ("Engenheiro de Software — TelecomSul", True, False),
        ("Cientista de Dados — Nuvem Pagamentos", True, True),
        ("Estagiário de TI — Banco Interior Paulista · Estágio", True, False),
        ("IT Helpdesk Assistant — University IT Services", False, False),
        ("Ayudante de cátedra, Estadística I — Universidad de Chile", False, False),
        ("Docente de Programación — Instituto Técnico", False, False),
    ],
)
def test_relevant_work_is_data_ml_ai_research_or_engineering(
    header: str, relevant: bool, core: bool
) -> None:
    """Engineering and operations years count toward an ML or MLOps target; nursing does not."""
    assert relevance(header) == (relevant, core)


CV = """# Sam Example

## Experience

**Clinical Data Analyst (part-time, 0.5 WTE)**
City Hospitals NHS Trust — Informatics · *Sept. '22 – now*
- Built dashboards in Power BI

**Staff Nurse**
City Hospitals NHS Trust — Ward 4 · *03/2016 – 02/2024*
- Nurse in charge

### Career break
*Jan 2015 – Dec 2015*

**Software Engineering Intern** — Northwind · *Summer 2014*
- Java services

**Library Assistant** — Public Library · *Summer 2013*

## Education

**BSc Nursing** — University of Leeds · *2011–2014*
"""


def test_a_cvs_jobs_are_read_with_title_share_and_months() -> None:
    """Titles above employer lines, a half-time job not eaten by a full-time one, a break.

    A summer internship counts; a library job and the degree's dates do not.
    """
    doc = document_from_bytes(CV.encode(), "cv.md")
    reading = read_cv(doc, CATALOG, AS_OF)
    jobs = {j.title.split(" (")[0].split(" — ")[0]: j for j in reading.jobs}
    assert list(jobs) == [
        "Clinical Data Analyst",
        "Staff Nurse",
        "Career break",
        "Software Engineering Intern",
        "Library Assistant",
    ]
    analyst = jobs["Clinical Data Analyst"]
    assert (analyst.fte, analyst.months, analyst.relevant) == (0.5, 26.0, True)
    assert analyst.calendar_months == 52  # a part-time job keeps its calendar months
    assert jobs["Staff Nurse"].relevant is False
    assert jobs["Career break"].kind == "break"
    assert (
        jobs["Software Engineering Intern"].kind,
        jobs["Software Engineering Intern"].months,
    ) == (
        "internship",
        3.0,
    )
    assert jobs["Library Assistant"].relevant is False
    assert reading.relevant_months == 29.0  # 52 x 0.5 + 3
    assert reading.core_months == 26.0


LAYOUTS = {
    "dates first": (
        "Alex Doe\n\nWORK EXPERIENCE\n2019 – 2021    Data Analyst, Acme Ltd, Leeds\n"
        "  - SQL reporting\n03/2021 – present    Data Scientist, Beta plc\n",
        [
            ("Data Analyst, Acme Ltd, Leeds", 36.0),
            ("Data Scientist, Beta plc", 60.0),
        ],  # Mar-Dec 2021 shared,
    ),
    "LinkedIn export": (
        "Alex Doe\nExperience\nAcme Corp\n6 years 2 months\nSenior Data Scientist\n"
        "January 2022 - Present (4 years 11 months)\nBerlin, Germany\nData Scientist\n"
        "October 2020 - December 2021 (1 year 3 months)\n"
        "Education\nBSc Mathematics (2016 - 2019)\n",
        [("Acme Corp — Senior Data Scientist", 60.0), ("Data Scientist", 15.0)],
    ),
    "a table": (
        "# Alex Doe\n\n## Employment\n\n| Dates | Role | Employer |\n|---|---|---|\n"
        "| Jan 2020 – Dec 2021 | Data Engineer | Acme |\n"
        "| Jan 2022 – Present | Senior Data Engineer | Beta |\n",
        [("Data Engineer — Acme", 24.0), ("Senior Data Engineer — Beta", 60.0)],
    ),
    "internships": (
        "# Sam Student\n\n## Internships\n\n**Data Science Intern**, Acme — Summer 2025\n"
        "**ML Intern**, Beta — Jun–Aug 2024\n\n## Education\nBSc Computer Science, 2022–2026\n",
        [("Data Science Intern, Acme", 3.0), ("ML Intern, Beta", 3.0)],
    ),
    "dates above the title": (
        "# Kim\n\n## Experience\n\nJan-2020 – Mar-2021\nData Scientist, Acme\n- Python\n\n"
        "Apr 2021 – Present\nSenior Data Scientist, Beta\n- SQL\n",
        [("Data Scientist, Acme", 15.0), ("Senior Data Scientist, Beta", 69.0)],
    ),
    "at and commas": (
        "Pat\nProfessional Experience\nMachine Learning Engineer at Gamma, Sep. 2018 to Aug. 2020\n"
        "Software Developer at Delta, 09/2016 - 08/2018\nWaiter at Epsilon, summer 2015\n",
        [
            ("Machine Learning Engineer at Gamma", 24.0),
            ("Software Developer at Delta", 24.0),
            ("Waiter at Epsilon", 3.0),
        ],
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_jobs_are_read_in_the_layouts_cvs_come_in(layout: str) -> None:
    """Dates before the title, LinkedIn's export, a table, an internships section, 'at'."""
    text, expected = LAYOUTS[layout]
    reading = read_cv(document_from_bytes(text.encode(), "cv.md"), CATALOG, AS_OF)
    assert [(j.title, j.months) for j in reading.jobs] == expected
    waiter = [j for j in reading.jobs if j.title.startswith("Waiter")]
    assert reading.relevant_months == sum(m for _, m in expected) - sum(j.months for j in waiter)
