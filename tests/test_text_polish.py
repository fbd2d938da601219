"""Polish CVs and prose postings read as a careful reader reads them.

A Polish CV's month names ("marzec 2022 – obecnie", "od września 2019 do dziś"), its
headings ("Doświadczenie zawodowe", "Wykształcenie", "Umiejętności"), a maternity leave
inside a job ("Urlop macierzyński: 04.2024 – 09.2024", its months off), and a posting written
in prose whose sentences ask with "is needed" or name the team's daily tools.

Each text here is made up for the form it shows (none is copied from a text set). Months
count to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from typing import Any

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.sections import kind_of

ANALYST = """\
# Katarzyna Nowak

Analityk danych · Gdańsk · katarzyna.nowak@example.pl

## Doświadczenie zawodowe

### Analityk danych — Bałtyk Logistyka sp. z o.o., Gdańsk
*luty 2021 – obecnie*
- Raporty w Power BI, modele prognozowania w Pythonie
- Urlop macierzyński: 01.2023 – 06.2023

### Młodszy analityk — Bank Morski S.A.
*od września 2018 do stycznia 2021*
- Zapytania SQL, raporty w Excelu

### Kelnerka — Restauracja Pod Żaglami
*2015 – 2017*

## Wykształcenie
- Magister, Ekonometria — Uniwersytet Gdański, 2016 – 2018

## Umiejętności
Python, SQL, Power BI, Excel
"""


def test_a_polish_cv_s_jobs_count_as_a_reader_counts_them() -> None:
    """The jobs under "Doświadczenie zawodowe" count 99 months.

    Feb 2021 – now is 71 months less a 6-month maternity leave: 65; Sep 2018 – Jan 2021 29;
    waiting tables is not data work.
    """
    reading = read_cv_text(ANALYST, "cv.md")
    relevant = [(title, months) for title, months, relevant in jobs_of(reading) if relevant]
    assert relevant == [
        ("Analityk danych — Bałtyk Logistyka sp. z o.o., Gdańsk", 65.0),
        ("Młodszy analityk — Bank Morski S.A.", 29.0),
    ]
    assert reading.relevant_months == 94.0


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Doświadczenie zawodowe", "experience"),
        ("DOŚWIADCZENIE", "experience"),
        ("Wykształcenie", "education"),
        ("Umiejętności", "skills"),
        ("Języki obce", "languages"),
        ("Certyfikaty", "certifications"),
        ("O mnie", "summary"),
        ("Wymagania", "required"),
        ("Mile widziane", "nice"),
        ("Zakres obowiązków", "duties"),
        ("Oferujemy", "benefits"),
    ],
)
def test_polish_headings_have_their_kinds(heading: str, kind: str) -> None:
    assert kind_of(heading) == kind


def _asked(run: Any, write: Any, text: str) -> dict[str, str]:
    posting = write("p.txt", text)
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    rows = [x.split("source:")[0] for x in shown.stdout.splitlines() if "{skill:" in x]
    return {
        row.split("{skill: ")[1].split(",")[0]: row.split("importance: ")[1].split(",")[0]
        for row in rows
    }


def test_a_prose_posting_asks_what_is_needed_and_the_team_s_daily_tools(
    write: Any, run: Any
) -> None:
    """'solid SQL is needed' and 'Docker and Git are daily tools for us' ask; 'No ...' not."""
    asked = _asked(
        run,
        write,
        "Backend Engineer (Python)\n\n"
        "We are looking for an engineer with 3+ years of commercial experience with Python.\n"
        "Our data lives in PostgreSQL, so solid SQL is needed. Docker and Git are daily tools\n"
        "for us. No prior Kubernetes experience is needed.\n",
    )
    assert asked["python"] == "essential"
    assert asked["sql"] == "essential"  # PostgreSQL is the catalog's SQL too
    assert asked["docker"] == "essential"
    assert asked["git"] == "essential"
    assert "kubernetes" not in asked
