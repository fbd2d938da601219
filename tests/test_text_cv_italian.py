"""Italian CVs read as a careful reader reads them: headings, dates, leave, degrees.

"Esperienze lavorative" or "Esperienza professionale" over the jobs, month abbreviations
(``gen``, ``mag``, ``giu``), ``in corso`` and ``ad oggi`` for an ongoing job, ``Congedo
parentale dal 03/2023 al 05/2023`` under a job (its months come off), a "Tirocinio" an
internship, a shop assistant's job not data work, "Laurea Magistrale" a master.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import CATALOG, jobs_of, read_cv_text
from skillgap.text.posting import read_posting
from skillgap.text.read import document_from_bytes
from skillgap.text.sections import kind_of

ENGINEER = """\
# Marco Bianchi

Data Engineer · Torino · marco.bianchi@example.it

## Profilo
Data engineer con esperienza in pipeline di dati e cloud.

## Esperienza professionale

**Data Engineer** — Piemonte Logistica S.r.l., Torino
*gen 2021 – in corso*
- Pipeline Airflow e dbt su BigQuery
- Congedo parentale dal 03/2023 al 05/2023

**Sviluppatore Python** — Studio Rossi, Torino
*mag 2018 – dic 2020*
- API REST in Django

**Tirocinio – Analista dati** — Comune di Asti
*giu 2017 – ott 2017*

**Commesso (part-time)** — Libreria Centrale, Torino
*2014 – 2016*

## Istruzione e formazione
**Laurea Magistrale in Informatica** — Politecnico di Torino, 2016 – 2018
**Laurea Triennale in Matematica** — Università di Torino, 2013 – 2016

## Competenze tecniche
Python (avanzato), SQL (buono), Airflow, dbt
"""


def test_an_italian_cv_s_jobs_count_as_a_reader_counts_them() -> None:
    """The jobs under "Esperienza professionale" count 106 months.

    Jan 2021 – now is 72 months less a 3-month parental leave: 69; May 2018 – Dec 2020 32;
    the internship Jun – Oct 2017 5; the bookshop job is not data work.
    """
    reading = read_cv_text(ENGINEER, "cv.md")
    assert jobs_of(reading) == [
        ("Data Engineer — Piemonte Logistica S.r.l., Torino", 69.0, True),
        ("Sviluppatore Python — Studio Rossi, Torino", 32.0, True),
        ("Tirocinio – Analista dati — Comune di Asti", 5.0, True),
        ("Commesso (part-time) — Libreria Centrale, Torino", 18.0, False),
    ]
    assert reading.jobs[2].kind == "internship"
    assert reading.relevant_months == 106.0


def test_an_italian_cv_s_degrees_are_a_master_and_a_bachelor() -> None:
    reading = read_cv_text(ENGINEER, "cv.md")
    assert reading.degrees == [
        {"degree": "master", "status": "completed", "field": "Informatica"},
        {"degree": "bachelor", "status": "completed", "field": "Matematica"},
    ]


RETAIL = """\
GIULIA NERI
Data Analyst — Bologna

ESPERIENZE LAVORATIVE

Data Analyst, Conad Digitale, Bologna                 10/2022 – ad oggi
- Congedo di maternità dal 02/2024 al 06/2024 (incluso)
- Report settimanali in Power BI

Analista junior, Banca Emiliana                        settembre 2020 – luglio 2022

Cameriera, Trattoria Da Gino                           2016 – 2019

ISTRUZIONE
Laurea Triennale in Statistica, Università di Bologna, 2016 – 2019

LINGUE
Italiano (madrelingua), Inglese (B2)
"""


def test_a_plain_italian_cv_in_capitals_with_ad_oggi_and_a_maternity_leave() -> None:
    """The jobs under "ESPERIENZE LAVORATIVE" count 69 months.

    Oct 2022 – now is 51 months less Feb – Jun 2024 (5, both ends included): 46; Sep 2020 –
    Jul 2022 23; waiting tables not counted.
    """
    reading = read_cv_text(RETAIL)
    assert [(title, months) for title, months, relevant in jobs_of(reading) if relevant] == [
        ("Data Analyst, Conad Digitale, Bologna", 46.0),
        ("Analista junior, Banca Emiliana", 23.0),
    ]
    assert reading.relevant_months == 69.0


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Esperienze lavorative", "experience"),
        ("ESPERIENZA PROFESSIONALE", "experience"),
        ("Esperienze di volontariato", "volunteering"),
        ("Istruzione e formazione", "education"),
        ("Titoli di studio", "education"),
        ("Conoscenze informatiche", "skills"),
        ("Conoscenze linguistiche", "languages"),
        ("Certificazioni", "certifications"),
        ("Pubblicazioni", "publications"),
        ("Progetti", "projects"),
        ("Profilo", "summary"),
        ("Profilo ricercato", "required"),
        ("Requisiti preferenziali", "nice"),
    ],
)
def test_italian_headings_have_their_kinds(heading: str, kind: str) -> None:
    assert kind_of(heading) == kind


POSTING = """\
# Data Analyst – Torino

## Requisiti
- Laurea Magistrale in Statistica o Matematica
- Ottima conoscenza di SQL e Python
- Solide basi di statistica (inferenza, regressione)

## Requisiti preferenziali
- Power BI o Tableau
"""


def test_an_italian_posting_asks_statistics_and_a_master_s_degree() -> None:
    """Italian "Statistica" is statistics (it.wikipedia), "Laurea Magistrale" a master's."""
    draft = read_posting(document_from_bytes(POSTING.encode(), "posting.md"), CATALOG)
    asked = {skill: r.importance for r in draft.requirements for skill in r.skills}
    assert asked["statistics"] == "essential"
    assert asked["power-bi"] != "essential"  # "Requisiti preferenziali": nice to have
    degree = next(r for r in draft.requirements if r.kind == "degree")
    assert degree.level == "master"
    assert degree.fields == ["statistics", "mathematics"]
