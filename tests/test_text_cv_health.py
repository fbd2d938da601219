"""Careers in health: the statistical sciences are data work, clinical work is a trade.

* A biostatistician's, an epidemiologist's or a statistician's years are data work
  (``Principal Biostatistician (80 %)``, ``Biostatistikerin``, ``Bioestadístico``), in a
  Swiss CV's MM/YYYY dates, "heute" and bilingual headings as in any other.
* A hospital's clinical and laboratory work (a medical or biomedical scientist, a doctor, a
  nurse, a pharmacy technician) is not data work even where the title holds "Scientist"; a
  weekend locum beside a data job adds nothing. Such a job counts as related work only when
  its title names data work as its subject (``Clinical Scientist (Bioinformatics)``) or its
  own lines show code written (``Wrote Python scripts to flag failed QC runs``), not a
  spreadsheet built beside the clinical work.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.clinical import names_clinical

SWISS_BIOSTATISTICIAN = """\
**DR. ANNA MEIER**
Senior Biostatistician

**Kontakt / Contact**
Spalenring 12, 4055 Basel
a.meier@example.ch

**Skills**
R — expert
SAS — proficient

**BERUFSERFAHRUNG / EXPERIENCE**

**Senior Biostatistician (80 %)**
Juraplan Pharma AG, Basel — 04/2022 – heute (present)
- Bayesian dose-finding designs for Phase I/II oncology studies

**Biostatistician**
Juraplan Pharma AG, Basel — 01/2019 – 03/2022
- Trial statistician for two Phase III studies; SAP and TLFs

**Teaching Assistant, Department of Mathematics**
Universität Basel — 2016 – 2018
- Exercise classes in probability

**AUSBILDUNG / EDUCATION**

**PhD in Biostatistics** — Universität Basel, 2015 – 2018
"""


def test_a_swiss_biostatisticians_years_are_data_work() -> None:
    """The two biostatistician entries count, the 80 % one at 0.8; the TA's teaching not.

    04/2022 – 12/2026: 57 months x 0.8 = 45.6; 01/2019 – 03/2022: 39 months.
    """
    reading = read_cv_text(SWISS_BIOSTATISTICIAN, "cv.md")
    got = [(t.split(" —")[0], m, r) for t, m, r in jobs_of(reading)]
    assert got == [
        ("Senior Biostatistician (80 %)", 45.6, True),
        ("Biostatistician", 39.0, True),
        ("Teaching Assistant, Department of Mathematics", 36.0, False),
    ]
    assert reading.relevant_months == 84.6


STATISTICAL_TITLE = """\
JANE EXAMPLE

EXPERIENCE

Lee Valley Pharma Ltd, Cork (2018 - 2021)
{title}
- Cohort studies; mixed models in R

SKILLS
R - proficient
"""


@pytest.mark.parametrize(
    "title",
    ["Biostatistician", "Epidemiologist", "Biostatistikerin", "Bioestadístico", "Biometrician"],
)
def test_the_statistical_sciences_titles_are_data_work(title: str) -> None:
    """Under an employer's dated line, the title is read and its 48 months count."""
    reading = read_cv_text(STATISTICAL_TITLE.format(title=title))
    assert [(t.split(" —")[0], m, r) for t, m, r in jobs_of(reading)] == [(title, 48.0, True)]
    assert reading.relevant_months == 48.0


LAB_SCIENTIST_TURNED_BIOINFORMATICIAN = """\
NIAMH EXAMPLE
Bioinformatician

EXPERIENCE

Bioinformatician                                            Mar 2021 - Present
Corrib Genomics, Galway
  - Variant-calling pipelines in Nextflow on AWS

Biomedical Scientist (locum, weekends)                      Jun 2021 - May 2023
Western Regional Hospital - Microbiology Laboratory
  - Weekend on-call cover

Career break - travelling                                   Sep 2019 - Aug 2020

Medical Scientist                                           Sep 2014 - Aug 2019
St Brendan's University Hospital, Dublin - Haematology
  - Full blood counts and coagulation; ISO 15189 document control

SKILLS
Python - proficient
"""


def test_a_hospital_lab_scientists_years_and_weekend_locum_are_not_counted() -> None:
    """Only the bioinformatician's 70 months (Mar 2021 - Dec 2026).

    The weekend locum overlaps them and is clinical work; the five years as a hospital's
    medical scientist are clinical work too.
    """
    reading = read_cv_text(LAB_SCIENTIST_TURNED_BIOINFORMATICIAN)
    got = [(t, r) for t, _, r in jobs_of(reading) if not t.startswith("Career break")]
    assert got == [
        ("Bioinformatician", True),
        ("Biomedical Scientist (locum, weekends)", False),
        ("Medical Scientist", False),
    ]
    assert reading.relevant_months == 70.0


CLINICAL_TITLE = """\
SAM EXAMPLE

EXPERIENCE

Data Scientist | Lough Analytics | Jan 2023 - Present
- Forecasting models in Python

{title} | Meadow General Hospital | Jan 2017 - Dec 2022
- Ward and clinic work
"""


@pytest.mark.parametrize(
    "title",
    [
        "Clinical Scientist",
        "Biomedical Scientist",
        "Medical Laboratory Scientist",
        "Foundation Doctor",
        "Specialty Registrar, Cardiology",
        "Pharmacy Technician",
        "Staff Nurse",
        "Radiographer",
        "Physiotherapist",
        "Assistenzärztin",
        "Infirmière",
        "Enfermera",
    ],
)
def test_clinical_work_is_not_data_work(title: str) -> None:
    """The six clinical years count nothing beside the data scientist's 48 months."""
    reading = read_cv_text(CLINICAL_TITLE.format(title=title))
    assert [r for _, _, r in jobs_of(reading)] == [True, False]
    assert reading.relevant_months == 48.0


def test_a_clinical_title_naming_data_work_is_that_work() -> None:
    """An NHS clinical scientist in bioinformatics does data work: 72 months more."""
    reading = read_cv_text(CLINICAL_TITLE.format(title="Clinical Scientist (Bioinformatics)"))
    assert [r for _, _, r in jobs_of(reading)] == [True, True]
    assert reading.relevant_months == 120.0


CLINICAL_LINES = """\
SAM EXAMPLE

EXPERIENCE

Data Scientist | Lough Analytics | Jan 2023 - Present
- Forecasting models in Python

Biomedical Scientist | Meadow General Hospital | Jan 2017 - Dec 2022
- Blood sciences: analyser maintenance and validation
- {line}
"""


def test_a_clinical_job_that_wrote_code_is_related_work() -> None:
    """Python scripts written in the lab led to the career: the six years count (72 more)."""
    line = "Wrote Python scripts to flag failed QC runs from the analysers' logs"
    reading = read_cv_text(CLINICAL_LINES.format(line=line))
    assert [r for _, _, r in jobs_of(reading)] == [True, True]
    assert reading.relevant_months == 120.0


def test_a_spreadsheet_beside_clinical_work_is_not_software_work() -> None:
    """An Excel/VBA dashboard is the lab's tool: the clinical years still count nothing."""
    line = "Built an Excel/VBA dashboard for reagent stock that the lab still uses"
    reading = read_cv_text(CLINICAL_LINES.format(line=line))
    assert [r for _, _, r in jobs_of(reading)] == [True, False]
    assert reading.relevant_months == 48.0


@pytest.mark.parametrize(
    ("title", "clinical"),
    [
        ("Medical Scientist (Senior from 2016)", True),
        ("Locum GP / Emergency Medicine", True),
        ("Pharmacy Technician, RiteCare Pharmacy", True),
        ("Medical Scientist → Data Scientist", False),  # promoted into data work
        ("IT Systems Engineer, Doctors Without Borders", False),  # the employer's "Doctors"
        ("DevOps Engineer — GP Strategies", False),  # a company's "GP"
        ("Nurse Data Analyst", False),
    ],
)
def test_what_a_clinical_title_is(title: str, clinical: bool) -> None:
    """A title is clinical work when nothing beside its clinical words names data work."""
    assert names_clinical(title) is clinical
