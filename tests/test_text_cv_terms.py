"""Students' work terms read as a careful reader reads them.

A co-op CV's own definition of its seasons ("Winter = Jan–Apr"), a season's date with the
term's word after it ("Spring 2023 co-op"), written months winning over a season word, a
title over a season's date in a Word CV, and a German student's jobs (a Werkstudent's and
a HiWi's hours a week, a "Pflichtpraktikum").

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import jobs_of, read_cv_text
from skillgap.text.dates import find_span
from skillgap.text.seasons import defined_seasons

CO_OP = """\
Noor Haddad

WORK TERMS
(four-month terms; Winter = January to April, Summer = May–Aug)

Data Engineering Co-op — Cedarline Bank, Halifax
Summer 2025
- Wrote Airflow jobs and SQL checks

Analytics Co-op — Tidewater Ports, Saint John
Winter 2024 co-op
- Python reports for the planning team
"""


def test_a_co_op_cvs_own_seasons_give_its_terms_their_months() -> None:
    """Its note says Summer is May–Aug and Winter Jan–Apr: four months each, not three."""
    jobs = jobs_of(read_cv_text(CO_OP))
    assert [t.split(" — ")[0] for t, _, _ in jobs] == ["Data Engineering Co-op", "Analytics Co-op"]
    assert [m for _, m, _ in jobs] == [4.0, 4.0]


def test_without_a_definition_a_season_keeps_the_calendars_months() -> None:
    """No note: Summer 2025 is June to August."""
    plain = CO_OP.replace("(four-month terms; Winter = January to April, Summer = May–Aug)\n", "")
    assert [m for _, m, _ in jobs_of(read_cv_text(plain))] == [3.0, 3.0]


def test_a_season_with_its_terms_word_is_a_jobs_date() -> None:
    """``Spring 2023 co-op``, ``Fall 2022 work term``: the season's months.

    A word after the date that is not a term's leaves the line undated.
    """
    span = find_span("Spring 2023 co-op", single=True)
    assert span is not None
    assert (span.start.month, span.end and span.end.month) == (3, 5)
    assert find_span("Fall 2022 work term", single=True) is not None
    assert find_span("Fall 2022 hackathon winner", single=True) is None


def test_written_months_win_over_a_defined_season() -> None:
    """``Summer 2025 (Jun – Jul 2025)``: the months written, not the CV's Summer."""
    text = CO_OP.replace("Summer 2025\n", "Summer 2025: Jun 2025 – Jul 2025\n")
    assert jobs_of(read_cv_text(text))[0][1] == 2.0


def test_a_definition_is_a_season_then_two_months() -> None:
    assert defined_seasons(["Winter = Jan–Apr, Fall = Sep–Dec", "Summer: June to August"]) == {
        "winter": (1, 4),
        "fall": (9, 12),
        "summer": (6, 8),
    }
    assert defined_seasons(["Summer internship: Python and SQL"]) == {}


WORD_CV = """\
Sam Reed

WORK EXPERIENCE
Data Analyst (placement year) – Ferncastle Water, York
July 2025 – June 2026 (full-time)
- Built dashboards
Data Intern – Brightwell Insurance, Leeds
Summer 2024 (10-week summer internship)
- Built Python reports and SQL views for the claims team
"""


def test_a_title_after_the_job_befores_last_item_heads_a_season_dated_job() -> None:
    """A Word CV has no blank line between jobs: a title over a single season date.

    It is the next job, not the wrapped rest of the job before's last item (12 + 3 months).
    """
    jobs = jobs_of(read_cv_text(WORD_CV))
    titles = [t.split(" – ")[0] for t, _, _ in jobs]
    assert titles == ["Data Analyst (placement year)", "Data Intern"]
    assert [m for _, m, _ in jobs] == [12.0, 3.0]


SUMMER_ACROSS_YEARS = """\
Sam Reed

EXPERIENCE
Research Scholar (paid, full-time) — Wattle Data Institute,
Canberra
Summer 2023/24: Dec 2023 – Feb 2024
- Survival analysis in R; a technical report
"""


def test_a_season_label_before_written_months_is_not_the_title() -> None:
    """``Summer 2023/24: Dec 2023 – Feb 2024``: the months written (3), the title above.

    The title wraps after its comma; the research job counts.
    """
    [(title, months, relevant)] = jobs_of(read_cv_text(SUMMER_ACROSS_YEARS))
    assert title == "Research Scholar (paid, full-time) — Wattle Data Institute, Canberra"
    assert (months, relevant) == (3.0, True)


GERMAN_STUDENT = """\
Jonas Weber

PRAXISERFAHRUNG
10/2024 – 03/2026        Werkstudent Data Analytics (20 Std./Woche)
                         Hafenbank AG, Kiel
                         - SQL-Reports für das Controlling

04/2024 – 09/2024        Studentische Hilfskraft, 8 Std./Woche
                         Lehrstuhl für Maschinelles Lernen, Universität Kiel
                         - Baselines in PyTorch

03/2022 – 08/2022        Pflichtpraktikum, Softwareentwicklung – Vollzeit
                         Nordwerk Logistik GmbH, Lübeck
                         - Java-Services, Unit-Tests
"""


def test_a_german_students_jobs_count_at_their_hours() -> None:
    """A Werkstudent at 20 h (0.5), a HiWi at a machine learning chair at 8 h (0.2).

    And a required internship full time, long before: an internship, not an earlier career.
    """
    reading = read_cv_text(GERMAN_STUDENT)
    jobs = jobs_of(reading)
    assert [t.split(" — ")[0] for t, _, _ in jobs] == [
        "Werkstudent Data Analytics (20 Std./Woche)",
        "Studentische Hilfskraft, 8 Std./Woche",
        "Pflichtpraktikum, Softwareentwicklung – Vollzeit",
    ]
    assert [(m, counted) for _, m, counted in jobs] == [(9.0, True), (1.2, True), (6.0, True)]
    assert [j.kind for j in reading.jobs] == ["internship"] * 3
