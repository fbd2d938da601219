"""CVs as they arrive from a PDF's copied text, a Notion export, a French Word file.

Text copied out of a PDF (words hyphenated across lines, a job's dates set right with the gap
lost, a two-column PDF's titles right under a bullet), Markdown with nested bullets and
bold dates, French month names and "to date" words, dot ratings, a teaching assistant, and
levels written after a list or in a summary's clauses.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import io

import pytest

from cvs import AS_OF, CATALOG, read_cv_text
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.dates import find_span
from skillgap.text.levels import level_of
from skillgap.text.read import document_from_bytes
from skillgap.text.work import fte_of, relevance


def _levels(reading: CvReading) -> dict[str, int]:
    return {k: c.level for k, c in reading.skills.items()}


PDF_COPY = """\
ANNA KOWALSKI
PROFILE
Engineer with a research back-
ground; proficient with Kuber-
netes and distri-
buted training.
EXPERIENCE
Senior ML Engineer Mar 2022 – Present
Acme Analytics AB, Gothenburg
• Built the training platform on Kuber-
netes and scikit-
learn pipelines.
Research Intern Summer 2018
Vireo Labs, Copenhagen
• Segmentation models in PyTorch.
Teaching Assistant, Dept. of Computer Science 09/2016 – 06/2018
Aalund University
• Exercise classes for Machine Learning I.
Page 1 of 2
SKILLS
Languages: Python (expert), C++ (work-
ing knowledge), SQL
CERTIFICATIONS
Certified Kubernetes Application Developer
(CKAD), The Linux Foundation – June 2023
SELECTED PUBLICATIONS (full list on Google Scholar)
1. A. Kowalski. "Calibrated Uncertainty for Transformers." ICML 2020.
"""


def test_a_pdfs_copied_text_reads_its_hyphenated_words_and_its_jobs() -> None:
    reading = read_cv_text(PDF_COPY)
    jobs = {j.title.split(",")[0]: (j.months, j.relevant) for j in reading.jobs}
    # the dates set right lost their gap: "Research Intern Summer 2018" is Jun-Aug 2018
    assert jobs["Research Intern Summer 2018"[:15]] == (3.0, True)
    # a teaching assistant teaches: not counted (its course is no ML course by its title)
    assert jobs["Teaching Assistant"][1] is False
    assert reading.relevant_months == 58 + 3
    levels = _levels(reading)
    assert levels["kubernetes"] == 4  # "proficient with Kuber-" / "netes"
    assert levels["cpp"] == 3  # "(work-" / "ing knowledge)"
    assert "scikit-learn" in levels  # "scikit-" / "learn" keeps its hyphen
    # the certification wrapped before its abbreviation and date is one, with its date
    assert reading.certifications == [
        {"name": "Certified Kubernetes Application Developer (CKAD)", "earned": "2023-06-01"}
    ]
    # a heading in capitals with a note in brackets is a heading: the paper is a paper
    assert reading.publications == ["Calibrated Uncertainty for Transformers."[:-1]]


def test_hyphens_joined_keep_each_lines_number_and_point_into_the_file() -> None:
    doc = document_from_bytes(PDF_COPY.encode(), "cv.txt")
    reading = read_cv(doc, CATALOG, AS_OF)
    assert "distributed training" in reading.skills["gpu-computing"].why


NOTION = """\
# Marta Nowak

<aside>
💡 Ex-accountant turned data scientist.
</aside>

## 💼 Experience

- **Data Scientist** — [Fernwald Verzekeringen](https://www.fernwald.example.nl), Rotterdam
    - **Jan 2024 – now**
    - Churn models in Python (scikit-learn, LightGBM)
        - saved ~2 days/month for the finance team
- **Junior Data Analyst** — Fernwald Verzekeringen
    - **Apr 2022 – Dec 2023**
    - Power BI dashboards; lots of SQL on Snowflake
- **Career break** — relocation to Rotterdam
    - **Jan 2021 – Aug 2021**
- **Staff Accountant** — Brightwater & Co. Accountants, Kraków
    - **2015 – 2020**
    - Month-end close for 12 SME clients
"""


NOTION_NOTES = """\
# A B

## Experience

- Data Scientist at Fernwald
    - Jan 2024 – now · Rotterdam (hybrid)
    - Churn models in Python
- Data Analyst at Fernwald
    - *Apr 2022 – Dec 2023* (part-time, 20 h/week)
    - SQL
"""


def test_nested_dates_with_a_place_or_a_share_after_them_still_date_the_item_above() -> None:
    reading = read_cv_text(NOTION_NOTES, "cv.md")
    jobs = [(j.title, j.months) for j in reading.jobs]
    assert jobs == [("Data Scientist at Fernwald", 36.0), ("Data Analyst at Fernwald", 10.5)]


def test_a_notion_export_dates_each_job_by_its_nested_bold_dates() -> None:
    reading = read_cv_text(NOTION, "cv.md")
    jobs = [(j.title, j.months, j.relevant) for j in reading.jobs if j.kind != "break"]
    assert jobs == [
        ("Data Scientist — Fernwald Verzekeringen, Rotterdam", 36.0, True),
        ("Junior Data Analyst — Fernwald Verzekeringen", 21.0, True),
        ("Staff Accountant — Brightwater & Co. Accountants, Kraków", 72.0, False),
    ]
    assert reading.relevant_months == 57
    assert "lightgbm" in reading.jobs[0].skills  # the nested bullets describe their job


FRENCH = """\
# Julie Martin

## Expérience

### Ingénieure MLOps — Valmonde Assurances, Lyon

*janvier 2023 – à ce jour*

- Plateforme MLOps (Kubernetes, MLflow)
- *Congé parental : avril 2024 – juillet 2024*

### Ingénieure DevOps / Data — Lumiflux SAS, Villeurbanne

*sept. 2019 – déc. 2022*

- Pipelines de données avec Airflow

### Développeuse logicielle en alternance — Orvalis, Grenoble

*septembre 2017 – août 2019* (alternance : 2 semaines en entreprise / 2 semaines à l'école)

- Back-end Java
"""


def test_a_french_cv_reads_french_months_to_date_words_leave_and_alternance() -> None:
    reading = read_cv_text(FRENCH, "cv.md")
    jobs = [(j.title.split(" — ")[0], j.months) for j in reading.jobs]
    assert jobs == [
        ("Ingénieure MLOps", 48.0 - 4),  # January 2023 to date, parental leave taken off
        ("Ingénieure DevOps / Data", 40.0),
        ("Développeuse logicielle en alternance", 12.0),  # 24 months, half in school
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("janvier 2023 – à ce jour", (2023, 1), None),
        ("sept. 2019 – déc. 2022", (2019, 9), (2022, 12)),
        ("janv. 2020 – févr. 2021", (2020, 1), (2021, 2)),
        ("avr. 2018 – juil. 2019", (2018, 4), (2019, 7)),
        ("ene. 2020 – a la fecha", (2020, 1), None),
        ("gennaio 2020 – ad oggi", (2020, 1), None),
        ("maart 2019 tot heden", (2019, 3), None),
        ("setembro 2018 – dezembro 2020", (2018, 9), (2020, 12)),
        ("de mars 2019 à juin 2021", (2019, 3), (2021, 6)),
        ("01/2020 – bis dato", (2020, 1), None),
        # Italian (session 8): abbreviations, "in corso", "attuale", "dal ... al ..."
        ("gen 2019 – lug 2020", (2019, 1), (2020, 7)),
        ("ott 2021 – in corso", (2021, 10), None),
        ("03/2020 – attuale", (2020, 3), None),
        ("dal 05/2023 al 09/2023", (2023, 5), (2023, 9)),
        ("giugno 2018 – a tutt'oggi", (2018, 6), None),
        # Polish (session 8): month names in both cases, "obecnie", "do dziś", "od ... do ..."
        ("marzec 2022 – obecnie", (2022, 3), None),
        ("wrzesień 2021 – czerwiec 2022", (2021, 9), (2022, 6)),
        ("wrzesien 2021 - czerwiec 2022", (2021, 9), (2022, 6)),
        ("od października 2020 do grudnia 2020", (2020, 10), (2020, 12)),
        ("lip 2018 – sie 2021", (2018, 7), (2021, 8)),
        ("03.2022 – do dziś", (2022, 3), None),
        ("od 05.2019 do 11.2020", (2019, 5), (2020, 11)),
    ],
)
def test_other_languages_month_abbreviations_and_to_date_words(
    text: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    span = find_span(text)
    assert span is not None
    assert (span.start.year, span.start.month) == start
    assert (None if span.end is None else (span.end.year, span.end.month)) == end


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("(alternance : 2 semaines en entreprise / 2 semaines à l'école)", 0.5),
        ("Développeur en alternance", 0.5),
        ("3 days at work, 2 days at school", 0.6),
        ("3 Tage Betrieb / 2 Tage Hochschule", 0.6),
    ],
)
def test_a_work_study_rhythm_is_the_jobs_share(text: str, share: float) -> None:
    assert fte_of(text) == share


@pytest.mark.parametrize(
    ("title", "relevant"),
    [
        ("Teaching Assistant, Dept. of Computer Science", False),
        ('Teaching Assistant, "Statistics for Engineers"', False),
        ("Undergraduate Teaching Assistant, 10-301 Intro to ML", True),
        ("Graduate TA, Deep Learning", False),  # a graduate's assistantship: teaching
        ("Undergraduate TA, Deep Learning", True),
    ],
)
def test_a_teaching_assistant_counts_only_as_an_undergraduates_in_an_ml_or_ai_course(
    title: str, relevant: bool
) -> None:
    assert relevance(title)[0] is relevant


TWO_COLUMN_PDF = """\
PRIYA SHAH
Experience
Staff ML Engineer · Halvorsen Retail, London
Mar 2022 – Present
- Tech lead of the ML platform team
Senior Data Scientist · Brightloom InsureTech, Bengaluru
07/2018 – 02/2022
- Churn models in PyTorch
Software Engineer → Data Analyst · Veltrix Systems, Pune
2015 – 2018
- Backend services in Java
Education
MSc Artificial Intelligence — Thamesgate University
"""


def test_a_two_column_pdfs_job_titles_under_bullets_and_a_year_only_overlap() -> None:
    reading = read_cv_text(TWO_COLUMN_PDF)
    assert [j.title.split(" · ")[0] for j in reading.jobs] == [
        "Staff ML Engineer",
        "Senior Data Scientist",
        "Software Engineer → Data Analyst",
    ]
    # "2015 – 2018" is Jan 2015 - Dec 2018; its last six months overlap the next job's: once
    assert reading.relevant_months == 144


DOTS = """\
Lina Weber

Skills
Python ●●●●○
PyTorch ●●●○○
SQL ●●○○○
Docker ●○○○○

Projects
- Lecture-notes bot (2025): retrieval demo with FAISS
"""


def test_dot_ratings_are_levels_even_on_a_short_capitalised_line() -> None:
    levels = _levels(read_cv_text(DOTS))
    assert levels["python"] == 4
    assert levels["pytorch"] == 3
    assert levels["sql"] == 2  # "SQL ●●○○○" is a skill's line, not a heading
    assert levels["docker"] == 1
    assert levels["rag"] == 2  # FAISS, named only in a project: used, a novice's level


LIST_THEN_LEVEL = """\
Jo Doe

Skills
Tableau, Power BI — proficient
Docker, Kubernetes: advanced
Python, SQL (basic)
Excel — expert, Git — basic
"""


def test_a_level_written_after_a_list_is_every_items_level() -> None:
    levels = _levels(read_cv_text(LIST_THEN_LEVEL))
    assert (levels["tableau"], levels["power-bi"]) == (4, 4)
    assert (levels["docker"], levels["kubernetes"]) == (4, 4)
    # a level in brackets is its own item's: Python is a bare listing
    assert (levels["python"], levels["sql"]) == (3, 2)
    # items with levels of their own keep them
    assert (levels["excel"], levels["git"]) == (5, 2)


SUMMARY_CLAUSES = """\
Jo Doe

Summary
Proficient in Python and SQL; I have shipped two demand forecasting models. Basic Go.
Proficient in Docker, Kubernetes and Terraform, I like PyTorch.

Skills
Python, SQL, Go
"""


def test_a_summarys_level_word_belongs_to_its_own_clause() -> None:
    reading = read_cv_text(SUMMARY_CLAUSES)
    levels = _levels(reading)
    assert (levels["python"], levels["sql"]) == (4, 4)
    assert levels["go"] == 2
    # the clause after ';' names forecasting without a level: "proficient" is not its level
    claim = reading.skills.get("time-series")
    assert claim is None or claim.level < 4
    # a piece naming only more skills takes the level before it; a sentence of its own not
    assert (levels["docker"], levels["kubernetes"]) == (4, 4)
    assert "pytorch" not in levels


def _jobs_table_docx() -> bytes:
    from docx import Document  # python-docx: the Word reader's own library

    document = Document()
    document.add_paragraph("Kari Nordmann")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Data Scientist", "Nordvik AS", "Jan 2022 – present"),
        ("Data Analyst", "Fjordbank ASA", "Mar 2019 – Dec 2021"),
        ("Junior Analyst", "Havbruk Data", "2017 – 2019"),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.rows[r].cells[c].text = value
    document.add_paragraph("At Nordvik: churn models in PyTorch and XGBoost, served with FastAPI.")
    document.add_paragraph("Duties at Fjordbank: Power BI dashboards and SQL on Snowflake.")
    document.add_paragraph("Havbruk Data: Excel reporting.")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Python, SQL")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_duties_that_name_their_employer_under_a_jobs_table_belong_to_that_job() -> None:
    reading = read_cv(document_from_bytes(_jobs_table_docx(), "cv.docx"), CATALOG, AS_OF)
    skills = {j.title: j.skills for j in reading.jobs}
    assert {"pytorch", "xgboost"} <= set(skills["Data Scientist — Nordvik AS"])
    assert "power-bi" in skills["Data Analyst — Fjordbank ASA"]  # "Duties at Fjordbank:"
    assert "pytorch" not in skills["Junior Analyst — Havbruk Data"]
    assert "excel" in skills["Junior Analyst — Havbruk Data"]


SKILLS_IN_SENTENCES = """\
Dr. Ada Eze

Technical skills
----------------

Expert in PyTorch and Python (10+ years). Advanced JAX, including
multi-host training (FSDP, DeepSpeed). Working knowledge of C++ and Triton kernels.
LaTeX, Git, Linux.
"""


def test_a_skills_section_written_in_sentences_gives_each_sentences_level() -> None:
    levels = _levels(read_cv_text(SKILLS_IN_SENTENCES))
    assert (levels["pytorch"], levels["python"]) == (5, 5)
    assert levels["cpp"] == 3  # "Working knowledge of C++", after another sentence's brackets


STUDIED = """\
Sam Lee

Education
- **Data Science Bootcamp** — Codeforge Academy, 2021
    - Capstone: [bike-share demand](https://github.com/slee/bikes) (Python, XGBoost)
- **MSc Artificial Intelligence** — focus: computer vision

Skills
Python — proficient
"""


def test_skills_an_education_entry_names_are_a_novices_outside_web_addresses() -> None:
    reading = read_cv_text(STUDIED, "cv.md")
    levels = _levels(reading)
    assert levels["xgboost"] == 2
    assert levels["computer-vision"] == 2
    assert levels["python"] == 4  # the skills section's level stands
    assert "git" not in levels  # "github.com" in a link's address names no skill
    assert "education" in reading.skills["xgboost"].why


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Python (maîtrise)", 4),
        ("SQL (bonnes connaissances)", 3),
        ("R (esperto)", 5),
        ("Java (avanzato)", 4),
        ("Go (basiskennis)", 2),
        ("Python ▮▮▮▯▯", 3),
        ("Python ■■■■□", 4),
        ("on a daily basis", None),
        # Portuguese and Spanish
        ("Python — especialista (15+ anos)", 5),
        ("Kubernetes — avançado", 4),
        ("MLflow — intermediário", 3),
        ("PyTorch: nociones (solo en la tesis)", 2),
        ("Tableau: algo de Tableau (curso)", 1),
        ("Java — 8 anos, hoje enferrujado (avançado na época)", 3),  # advanced, rusty
        ("Scala: 5 años", 4),
        ("SQL — proficiente", 4),
        ("R: avanzado, algo oxidado", 3),
    ],
)
def test_more_languages_level_words_and_rating_marks(text: str, level: int | None) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("maj 2019 – augusti 2021", (2019, 5), (2021, 8)),
        ("marts 2020 – desember 2022", (2020, 3), (2022, 12)),
    ],
)
def test_nordic_month_names(text: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    span = find_span(text)
    assert span is not None
    assert span.end is not None
    assert ((span.start.year, span.start.month), (span.end.year, span.end.month)) == (start, end)


def test_a_compound_broken_after_its_hyphen_keeps_it_and_columns_point_into_the_file() -> None:
    from skillgap.text.hyphens import joined_hyphens
    from skillgap.text.read import lines_of

    lines = lines_of("Analyst (part-\ntime), Kuber-\n  netes and more")
    joined = joined_hyphens(lines, lambda word: False)
    assert [ln.text for ln in joined] == ["Analyst (part-time),", "Kubernetes", "  and more"]
    assert [ln.number for ln in joined] == [1, 2, 3]
    third = joined[2]
    assert third.column(2) == 9  # "and" stands at column 9 of the file's third line
    # line 2 of the file is "time), Kuber-": the moved "netes" points at its hyphen, column 13
    assert joined[1].column(len("Kuber")) == 13


def test_a_companys_legal_form_is_no_skill_but_the_software_named_in_a_duty_is() -> None:
    reading = read_cv_text(
        "Léa Roux\n\nExpérience\n\nIngénieure Data — Lumiflux SAS, Villeurbanne\n"
        "sept. 2019 – déc. 2022\n- Pipelines Airflow\n\nData Analyst — Banque Orsay\n"
        "2016 – 2019\n- Scoring models in Base SAS and R\n",
        "cv.md",
    )
    first, second = reading.jobs
    assert "stats-software" not in first.skills  # "Lumiflux SAS": the company's legal form
    assert "stats-software" in second.skills  # "models in Base SAS and R": the software


@pytest.mark.parametrize(
    ("text", "level"),
    [(" some AWS", 2), ("Some Python", 2), ("Some of my work uses Python", None)],
)
def test_an_item_opening_with_some_is_a_novices(text: str, level: int | None) -> None:
    assert level_of(text) == level


PAGE_BREAK = """\
MARIA LUND
EXPERIENCE
Senior Data Scientist
Page 1 of 2

Maria Lund – Curriculum Vitae 2
Mar 2021 – Present
• Churn models in Python
09/22
"""


def test_a_pages_footer_and_the_next_pages_header_do_not_break_a_job() -> None:
    from skillgap.text.hyphens import without_page_furniture
    from skillgap.text.read import lines_of

    kept = [ln.text for ln in without_page_furniture(lines_of(PAGE_BREAK), "MARIA LUND")]
    assert kept == [
        "MARIA LUND",
        "EXPERIENCE",
        "Senior Data Scientist",
        "Mar 2021 – Present",
        "• Churn models in Python",
        "09/22",  # a bare month and year is no page number
    ]
    reading = read_cv_text(PAGE_BREAK)
    assert [(j.title, j.months) for j in reading.jobs] == [("Senior Data Scientist", 70.0)]


def test_a_jobs_title_shows_a_links_text_not_its_address_nor_an_emoji() -> None:
    reading = read_cv_text(
        "# A B\n\n## 💼 Experience\n\n**Data Scientist** — [Fernwald](https://fernwald.example.nl)"
        ", Rotterdam\n*Jan 2024 – now*\n- Churn models in Python\n\n### 🏢 ML Engineer — "
        "[Acme](https://acme.example)\nMar 2020 – Dec 2023\n- PyTorch\n",
        "cv.md",
    )
    assert [j.title for j in reading.jobs] == [
        "Data Scientist — Fernwald, Rotterdam",
        "ML Engineer — Acme",
    ]
