"""CV families read as a careful reader reads them.

Europass, German CVs, roles under one heading, freelancers' clients, and the ways CVs write
dates and shares of full time.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import AS_OF, CATALOG, jobs_of, read_cv_text
from skillgap.text.cv import read_cv
from skillgap.text.dates import find_span
from skillgap.text.read import document_from_bytes
from skillgap.text.work import fte_of, relevance

EUROPASS = """\
Curriculum Vitae                                         Europass

PERSONAL INFORMATION
Surname(s) / First name(s)     POPESCU, Radu
Date of birth                  03/04/1990

WORK EXPERIENCE

Dates                          01/06/2021 – present
Occupation or position held    Machine Learning Engineer
Main activities and            - Train demand models in Python
responsibilities               - Parental leave 01/02/2024 – 30/04/2024
Employer                       Vortex Retail S.A., Iasi (Romania)
Type of business or sector     Retail

Dates                          15/09/2015 – 31/05/2021
Occupation or position held    Sales Manager
Employer                       Carpatia Foods SRL, Iasi (Romania)

EDUCATION AND TRAINING

Dates                          10/2012 – 07/2015
Title of qualification awarded Bachelor's degree in Economics

VOLUNTEERING

Dates                          03/2019 – 06/2020
Occupation or position held    Volunteer data analyst
Employer                       Civic Data Iasi
"""


def test_a_europass_cv_reads_its_labelled_jobs_and_leaves_out_leave_and_volunteering() -> None:
    """Europass: the labels' values are the job.

    ``Dates`` / ``Occupation or position held`` / ``Employer``: the labels' values are
    the job; leave listed under it is taken off; the volunteering section adds nothing.
    """
    reading = read_cv_text(EUROPASS)
    assert jobs_of(reading) == [
        ("Machine Learning Engineer — Vortex Retail S.A., Iasi (Romania)", 64.0, True),
        ("Sales Manager — Carpatia Foods SRL, Iasi (Romania)", 69.0, False),
    ]
    assert reading.jobs[0].leave is not None
    assert reading.relevant_months == 64.0  # Jun 2021 – Dec 2026 = 67, less 3 months of leave


def test_europass_labels_with_colons_as_table_rows_and_in_german() -> None:
    """``Dates: ...``, a Word table's ``Dates | ...`` rows and German labels read alike."""
    colons = (
        "WORK EXPERIENCE\n\nDates: 03/2019 – 08/2021\nPosition: Data Analyst\n"
        "Employer: Nordwind GmbH\n\nDates: 09/2021 – 12/2022\nPosition: Data Scientist\n"
        "Employer: Ostwind AG\n"
    )
    assert jobs_of(read_cv_text(colons)) == [
        ("Data Analyst — Nordwind GmbH", 30.0, True),
        ("Data Scientist — Ostwind AG", 16.0, True),
    ]
    rows = (
        "WORK EXPERIENCE |\nDates | 01/03/2019 – 31/08/2021\n"
        "Occupation or position held | Data Engineer\nEmployer | Acme Ltd\n"
    )
    assert jobs_of(read_cv_text(rows, "cv.md")) == [("Data Engineer — Acme Ltd", 30.0, True)]
    german = (
        "BERUFSERFAHRUNG\n\nZeitraum                     03/2019 - 08/2021\n"
        "Beruf oder Funktion          Softwareentwickler\n"
        "Name und Adresse des Arbeitgebers   Nordwind GmbH, Kiel\n"
    )
    assert jobs_of(read_cv_text(german)) == [
        ("Softwareentwickler — Nordwind GmbH, Kiel", 30.0, True)
    ]


def test_a_europass_pdfs_text_with_one_space_between_label_and_value() -> None:
    """A PDF's text keeps no gaps: ``Occupation or position held Data Scientist``."""
    reading = read_cv_text(
        "WORK EXPERIENCE\nDates 01/02/2022 – present\nOccupation or position held Data Scientist\n"
        "Main activities and responsibilities Claim models in Python\n"
        "Employer Aurelia S.A., Cluj-Napoca\nDates 01/03/2019 – 31/08/2021\n"
        "Occupation or position held Junior Data Analyst\nEmployer Nordwest S.A.\n"
    )
    assert jobs_of(reading) == [
        ("Data Scientist — Aurelia S.A., Cluj-Napoca", 59.0, True),
        ("Junior Data Analyst — Nordwest S.A.", 30.0, True),
    ]


def test_a_europass_label_alone_on_its_line_gives_its_value_on_the_next() -> None:
    """A PDF may print the label column and the value column on lines of their own."""
    reading = read_cv_text(
        "WORK EXPERIENCE\n\nDates\n01/2020 – 12/2021\nOccupation or position held\n"
        "Research Assistant\nEmployer\nInstitute of Statistics\n"
    )
    assert jobs_of(reading) == [("Research Assistant — Institute of Statistics", 24.0, True)]


LEBENSLAUF = """\
# Lebenslauf

## Berufserfahrung

**seit 04/2024 — Data Engineer**
*Nordlicht Energie AG, Hamburg*

- Datenpipelines in Python und SQL

**seit 10/2025 — Dozent (nebenberuflich)**
*Hochschule Elbe*

**01.2023 – 03.2024 — Sabbatical**

**05.2020 – 12.2022 — Softwareentwickler**
*Küstenwerk GmbH, Kiel*

**10.2018 – 03.2020 — Werkstudent Data Analytics (20 Std./Woche)**
*Küstenwerk GmbH, Kiel*

## Ausbildung

**10.2016 – 03.2020 — B.Sc. Informatik**

## Kenntnisse

- **Expertenwissen:** Python
- **Sehr gute Kenntnisse:** SQL, Docker
- **Gute Kenntnisse:** Airflow
- **Grundkenntnisse:** Kubernetes, PyTorch (eingerostet)

## Ehrenamt

- seit 2019 Jugendtrainer, SV Altona
"""


def test_a_german_cv_reads_seit_mm_yyyy_a_working_students_half_time_and_breaks() -> None:
    """A German CV: seit, MM.YYYY, a Werkstudent's half time, breaks.

    ``seit 04/2024`` runs to now; ``05.2020 – 12.2022`` are months; a Werkstudent at
    20 Std./Woche is half time; a sabbatical and a side job teaching add nothing.
    """
    reading = read_cv_text(LEBENSLAUF, "cv.md")
    jobs = {j.title: j for j in reading.jobs}
    assert jobs["Data Engineer"].months == 33.0  # Apr 2024 – Dec 2026
    assert not jobs["Dozent (nebenberuflich)"].relevant  # teaching
    assert jobs["Sabbatical"].kind == "break"
    assert jobs["Softwareentwickler"].months == 32.0  # May 2020 – Dec 2022, relevant
    student = jobs["Werkstudent Data Analytics (20 Std./Woche)"]
    assert (student.fte, student.months, student.kind) == (0.5, 9.0, "internship")
    assert reading.relevant_months == 33 + 32 + 9
    assert reading.degrees[0]["degree"] == "bachelor"


def test_german_level_words_give_levels_and_eingerostet_is_one_lower() -> None:
    """German level words, and eingerostet.

    Expertenwissen 5, sehr gute Kenntnisse 4, gute 3, Grundkenntnisse 2; rusty under a
    level label is one below the label's level.
    """
    skills = read_cv_text(LEBENSLAUF, "cv.md").skills
    levels = {s: skills[CATALOG.find_skill(s) or s].level for s in ("python", "sql", "docker")}
    assert levels == {"python": 5, "sql": 4, "docker": 4}
    assert skills[CATALOG.find_skill("airflow") or ""].level == 3
    assert skills[CATALOG.find_skill("kubernetes") or ""].level == 2
    assert skills[CATALOG.find_skill("pytorch") or ""].level == 1


def test_rusty_under_an_english_level_label_is_one_below_the_label() -> None:
    reading = read_cv_text(
        "# A\n\n## Skills\n\n- **Advanced:** Python, TensorFlow (rusty)\n", "cv.md"
    )
    assert reading.skills[CATALOG.find_skill("tensorflow") or ""].level == 3
    assert reading.skills[CATALOG.find_skill("python") or ""].level == 4


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("_since March 2022_", (2022, 3), None),  # markup around "since"
        ("seit 09/2023 — Senior MLOps Engineer", (2023, 9), None),
        ("März 2020 bis heute", (2020, 3), None),
        ("Mai 2019 – Okt. 2021", (2019, 5), (2021, 10)),
        ("depuis janvier 2021", (2021, 1), None),
        ("desde 2020", (2020, 1), None),
        ("du 01/03/2019 au 31/08/2021", (2019, 3), (2021, 8)),
        ("01/02/2022 – present", (2022, 2), None),  # Europass day-dates: day first
        ("03.2020 – 06.2022", (2020, 3), (2022, 6)),
        ("Q3 2020 – Q1 2022", (2020, 7), (2022, 3)),
        ("Q3/2020 – Q1/2022", (2020, 7), (2022, 3)),
        ("2020-Q3 – 2022-Q1", (2020, 7), (2022, 3)),
        ("Q3 '20 – Q1 '22", (2020, 7), (2022, 3)),
        ("H2 2021 – H1 2023", (2021, 7), (2023, 6)),
        ("Sommer 2016 – Herbst 2017", (2016, 6), (2017, 11)),
        ("2022 (Jun–Sep)  Research Intern, Acme", (2022, 6), (2022, 9)),
    ],
)
def test_date_ranges_in_other_words_and_languages(
    text: str, first: tuple[int, int], last: tuple[int, int] | None
) -> None:
    span = find_span(text)
    assert span is not None
    assert (span.start.year, span.start.month) == first
    assert (None if span.end is None else (span.end.year, span.end.month)) == last


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("LLM Engineer (contract, 3 days/week)", 0.6),
        ("ML Consultant (60%)", 0.6),
        ("workshops (1 day/week)", 0.2),
        ("2.5 days per week", 0.5),
        ("0.5 FTE", 0.5),
        ("FTE 0.8", 0.8),
        ("0,8 FTE", 0.8),
        ("20 h/week", 0.5),
        ("Werkstudent (20 Std./Woche)", 0.5),
        ("16 Wochenstunden", 0.4),
        ("3 Tage/Woche", 0.6),
        ("Teilzeit", 0.5),
        ("Data Analyst", 1.0),
    ],
)
def test_a_jobs_share_of_full_time_from_its_words(text: str, share: float) -> None:
    assert fte_of(text) == share


def test_german_and_teaching_titles_are_read_for_relevance() -> None:
    assert relevance("Werkstudent Softwareentwicklung") == (True, False)
    assert relevance("Guest Lecturer, Applied Machine Learning")[0] is False
    assert relevance("Lehrbeauftragter für Statistik")[0] is False


def test_promotions_under_one_employer_line_are_the_jobs_and_leave_comes_off() -> None:
    """Promotions under one employer line.

    The employer's overall span is not a job of its own; leave listed under a role is
    taken off that role.
    """
    reading = read_cv_text(
        "# Lea\n\n## Experience\n\n**NORDVIK BANK AB** — Oslo · Jan 2018 – Present\n\n"
        "*Senior Data Scientist* · Jan 2022 – Present\n- Pricing models\n\n"
        "*Data Scientist* · Mar 2019 – Dec 2021\n- Churn models\n"
        "- Parental leave Jan 2020 – Jun 2020\n\n"
        "*Data Analyst* · Jan 2018 – Feb 2019\n- SQL reports\n",
        "cv.md",
    )
    heading = reading.jobs[0]
    assert heading.heading
    assert not heading.relevant
    assert heading.months == 0
    assert [(j.title, j.months) for j in reading.jobs[1:]] == [
        ("Senior Data Scientist", 60.0),
        ("Data Scientist", 28.0),  # 34 months less 6 of leave
        ("Data Analyst", 14.0),
    ]
    assert reading.relevant_months == 102.0


FREELANCER = """\
# Noor

## Experience

**Freelance Data Scientist** (self-employed) · Jan 2024 – present
Clients, some in parallel:

- **Kestrel Insurance** — Data Scientist (contract, 3 days/week) · Jan 2024 – Dec 2024
- **Harbour Health** — ML Engineer (0.5 FTE) · Jul 2024 – present
- **Fjord Foods** — forecasting workshops (1 day/week) · Mar 2025 – May 2025

**Baltic Bank** — Riga
- *Senior Data Scientist* · Jan 2020 – Dec 2023
- *Data Analyst* · Jan 2018 – Dec 2019
"""


def test_a_freelancers_clients_count_at_their_shares_and_the_practice_adds_nothing() -> None:
    """A freelancer's clients and an employer's listed roles.

    Clients at 3 days a week, half time and 1 day a week; a month adds up to full time
    at most. Roles listed under an employer's undated line are jobs with that employer.
    """
    reading = read_cv_text(FREELANCER, "cv.md")
    practice = reading.jobs[0]
    assert practice.heading
    assert practice.months == 0
    clients = {j.title.split(" — ")[0]: j for j in reading.jobs[1:4]}
    assert [c.fte for c in clients.values()] == [0.6, 0.5, 0.2]
    bank = [(j.title, j.months) for j in reading.jobs[4:]]
    assert bank == [
        ("Senior Data Scientist — Baltic Bank — Riga", 48.0),
        ("Data Analyst — Baltic Bank — Riga", 24.0),
    ]
    # 2024: Jan–Jun 0.6, Jul–Dec 0.6 + 0.5 capped at 1; 2025–2026: 24 months at 0.5, and
    # Fjord's 0.2 on top in Mar–May 2025
    freelance = 6 * 0.6 + 6 * 1.0 + 24 * 0.5 + 3 * 0.2
    assert reading.relevant_months == pytest.approx(72 + freelance)


def test_a_dated_item_under_a_jobs_own_title_is_part_of_that_job() -> None:
    """A dated item under a job's own title.

    ``- Tech lead from 2018`` under a job of 2016 – 2020 is a promotion inside it, and
    a side job listed under a main job's title does not make that title a heading.
    """
    reading = read_cv_text(
        "# Ola\n\n## Experience\n\n### Staff Engineer — Quill, Malmö\nJan 2021 – Present\n\n"
        "### Advisor (part-time) — Loom AB\nsince 2022\n\n"
        "### Backend Engineer — Fernway\n03/2016 - 12/2020\n"
        "- Tech lead from 2018: Spark jobs on EMR\n",
        "cv.md",
    )
    titles = [j.title for j in reading.jobs]
    assert titles == [
        "Staff Engineer — Quill, Malmö",
        "Advisor (part-time) — Loom AB",
        "Backend Engineer — Fernway",
    ]
    assert not any(j.heading for j in reading.jobs)
    assert reading.relevant_months == 72 + 58


def test_the_newer_europass_puts_the_title_in_capitals_under_its_dates_and_place() -> None:
    """The newer Europass: the title in capitals under the dates.

    ``01/02/2022 – CURRENT Lisbon, Portugal`` then ``DATA SCIENTIST – ACME S.A.``: the
    place after the dates is not the title, the line in capitals below it is.
    """
    reading = read_cv_text(
        "Ana Silva\n\nWORK EXPERIENCE\n\n01/02/2022 – CURRENT Lisbon, Portugal\n"
        "DATA SCIENTIST – ATLANTICO SEGUROS S.A.\n• Pricing models in Python\n\n"
        "01/09/2012 – 28/02/2019 Porto, Portugal\nACCOUNTANT – CONTAS & CIA\n\n"
        "EDUCATION AND TRAINING\n\n10/2009 – 07/2012 Porto, Portugal\nBACHELOR'S DEGREE\n"
    )
    assert jobs_of(reading) == [
        ("DATA SCIENTIST – ATLANTICO SEGUROS S.A.", 59.0, True),
        ("ACCOUNTANT – CONTAS & CIA", 78.0, False),
    ]


def test_titles_and_seasons_in_german_and_french_are_read() -> None:
    """German and French titles and seasons.

    Datenanalystin and wissenschaftliche Mitarbeiterin are data and research work;
    ``Sommer 2016`` is June to August; a French Europass reads as the English one.
    """
    german = read_cv_text(
        "# Lebenslauf\n\n## Beruflicher Werdegang\n\n**Datenanalystin**, Stadtwerke Nord\n"
        "März 2021 – heute\n\n**Wissenschaftliche Mitarbeiterin**, Universität Nord\n"
        "10/2017 – 02/2021 (50 %)\n\n**Praktikum Data Science**, Nordbank AG\nSommer 2016\n",
        "cv.md",
    )
    assert [(j.months, j.relevant, j.kind) for j in german.jobs] == [
        (70.0, True, "job"),
        (20.5, True, "job"),
        (3.0, True, "internship"),
    ]
    french = read_cv_text(
        "EXPÉRIENCE PROFESSIONNELLE\n\nDates                          01/09/2020 – aujourd'hui\n"
        "Profession ou poste occupé     Analyste de données (80 %)\n"
        "Nom et adresse de l'employeur  Banque du Rhône, Lyon\n"
    )
    assert jobs_of(french) == [("Analyste de données (80 %) — Banque du Rhône, Lyon", 60.8, True)]


def test_a_german_freelancers_clients_and_parental_leave_as_elternzeit() -> None:
    """Freiberuflich is a practice; Elternzeit is leave; 3 Tage/Woche and 40 % are shares.

    Clients at 0.6 all along and 0.4 more in 2021 (full time then): 22 × 0.6 + 12 × 1.0;
    the employed job Jan 2022 – now less six months of Elternzeit: 54.
    """
    reading = read_cv_text(
        "# Lebenslauf\n\n## Berufliche Stationen\n\n"
        "**Senior Data Scientist**, Rheinhafen Versicherung AG, Köln\n01/2022 – heute\n"
        "- Tarifmodelle in Python\n- Elternzeit 05/2023 – 10/2023\n\n"
        "**Freiberuflicher Data Engineer** · 03/2019 – 12/2021\n"
        "- Kunde A — Datenplattform (3 Tage/Woche) · 03/2019 – 12/2021\n"
        "- Kunde B — ETL-Beratung (40 %) · 01/2021 – 12/2021\n",
        "cv.md",
    )
    assert [(j.months, j.fte) for j in reading.jobs] == [
        (54.0, 1.0),
        (0.0, 1.0),
        (20.4, 0.6),
        (4.8, 0.4),
    ]
    assert reading.jobs[1].heading
    assert reading.relevant_months == 79.2


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("three days a week", 0.6),
        ("60 % of full time", 0.6),
        ("Pensum 80%", 0.8),
        ("80 % Stelle", 0.8),
        ("halbtags", 0.5),
        ("Teilzeit (30 Std./Woche)", 0.75),
    ],
)
def test_more_ways_to_write_a_share_of_full_time(text: str, share: float) -> None:
    assert fte_of(text) == share


def test_a_europass_word_cv_laid_out_as_a_table_of_labels_and_values() -> None:
    """Europass's Word template: one table, a label cell and a value cell a row.

    The description row names the leave's dates: it is not a job, and the leave comes off.
    """
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    rows = [
        ("WORK EXPERIENCE", ""),
        ("Dates", "01/06/2021 – present"),
        ("Occupation or position held", "Machine Learning Engineer"),
        (
            "Main activities and responsibilities",
            "Demand models\nParental leave 01/02/2024 – 30/04/2024",
        ),
        ("Employer", "Vortex Retail S.A."),
        ("Dates", "15/09/2015 – 31/05/2021"),
        ("Occupation or position held", "Sales Manager"),
        ("Employer", "Carpatia Foods SRL"),
    ]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    raw = io.BytesIO()
    document.save(raw)
    reading = read_cv(document_from_bytes(raw.getvalue(), "cv.docx"), CATALOG, AS_OF)
    assert jobs_of(reading) == [
        ("Machine Learning Engineer — Vortex Retail S.A.", 64.0, True),
        ("Sales Manager — Carpatia Foods SRL", 69.0, False),
    ]


def test_a_level_cell_in_a_skills_table_is_the_level_of_the_skill_before_it() -> None:
    """A skills table's level cell, and a skill named before a colon.

    ``| C++ | a bit of (reading CUDA/TensorRT plugins) |``: what the bracket reads is not
    listed; "a bit of" is C++'s level. ``Statistics: strong`` names a skill, not a label.
    """
    reading = read_cv_text(
        "# A\n\n## Skills\n\n| Skill | Level |\n|---|---|\n| Python | proficient |\n"
        "| C++ | a bit of (reading CUDA/TensorRT plugins) |\n\n- Statistics: strong\n",
        "cv.md",
    )
    assert reading.skills[CATALOG.find_skill("c++") or ""].level == 1
    assert reading.skills[CATALOG.find_skill("python") or ""].level == 4
    assert reading.skills[CATALOG.find_skill("statistics") or ""].level == 4


def test_a_plain_text_freelancer_and_an_employer_with_roles_set_right() -> None:
    """Clients on indented lines under a practice, roles under an employer, leave below.

    Clients: 0.6 in Mar–Dec 2021, 1.0 in 2022, 0.4 in 2023, 0.9 from 2024 (55.2); roles:
    36 + 48, less the six months of maternity leave, which fall in the senior role.
    """
    reading = read_cv_text(
        "JANE DOE\n\nEXPERIENCE\n\nFreelance Data Engineer, 2021 – present\nClients:\n"
        "  Acme Retail (60%), Mar 2021 – Dec 2022\n  Beta GmbH (2 days/week), Jan 2022 – present\n"
        "  Gamma Bank (0.5 FTE), Jan 2024 – present\n\n"
        "NORTHWIND TRADERS, Seattle" + " " * 30 + "2014 – 2020\n"
        "  Senior Analyst" + " " * 30 + "2017 – 2020\n"
        "  Analyst" + " " * 30 + "2014 – 2016\n"
        "  Maternity leave" + " " * 30 + "Jun 2018 – Nov 2018\n"
    )
    assert [(j.title, j.months, j.relevant) for j in reading.jobs if not j.heading] == [
        ("Acme Retail (60%)", 13.2, True),
        ("Beta GmbH (2 days/week)", 24.0, True),
        ("Gamma Bank (0.5 FTE)", 18.0, True),
        ("Senior Analyst", 42.0, True),
        ("Analyst", 36.0, True),
    ]
    assert reading.relevant_months == 133.2


def test_employers_and_jobs_as_second_level_markdown_headings_with_their_dates() -> None:
    """A dated heading of any level under Experience is a job's line.

    ``## Employer · Sep 2017 – Present`` over ``### Role · dates``, then ``## Bank —
    Analytics Intern · Summer 2016``.
    """
    reading = read_cv_text(
        "# Lea\n\n## Experience\n\n## Ostravik AB — Stockholm · Sep 2017 – Present\n\n"
        "### Lead Data Scientist · Apr 2024 – Present\n- Team of 6\n\n"
        "### Data Scientist · Sep 2017 – Mar 2024\n- Forecasting\n\n"
        "## Nordkrona Bank — Analytics Intern · Summer 2016\n\n## Education\n\n"
        "**MSc Statistics** — Lunden University · 2015 – 2017\n",
        "cv.md",
    )
    assert [(j.title, j.months) for j in reading.jobs if not j.heading] == [
        ("Lead Data Scientist", 33.0),
        ("Data Scientist", 79.0),
        ("Nordkrona Bank — Analytics Intern", 3.0),
    ]


def test_a_certification_wrapped_before_its_date_keeps_its_date() -> None:
    """One certification, earned September 2024, no unknown one.

    A two-column PDF wraps ``Microsoft Certified: Azure AI Engineer`` / ``Associate — Sept
    2024``.
    """
    reading = read_cv_text(
        "# A\n\n## Certifications\n\nMicrosoft Certified: Azure AI Engineer\n"
        "Associate — Sept 2024\nGoogle Cloud Professional Machine\nLearning Engineer — Oct 2024\n",
        "cv.md",
    )
    assert reading.certifications == [
        {"name": "Microsoft Certified: Azure AI Engineer Associate", "earned": "2024-09-01"},
        {"name": "Google Cloud Professional Machine Learning Engineer", "earned": "2024-10-01"},
    ]
    assert reading.unknown_certifications == []
