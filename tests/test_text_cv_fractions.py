"""A share of full time written as a fraction, as Belgian and French contracts state it.

"4/5" is four days of five (0.8), "3/5" 0.6, "1/2" half time: in a job's title
(``Data Analyst (4/5)``, ``Junior Data Analyst (4/5, 80 %)``), with a contract's word
(``régime 3/5``, ``à 4/5``) or a time word (``4/5e temps``, ``4/5-tijds``). A date
(``4/5/2020``) and a rating (``SQL 4/5``, ``Client rating (4/5)``, ``(4/5 stars)``) are none.

The CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included.
"""

from __future__ import annotations

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.work import fte_of

BELGIAN = """\
Sofie Janssens
Gent, Belgium

EXPERIENCE

Data Analyst (4/5)
Fietsbank vzw, Gent — Jan 2025 – now
- Dashboards in Power BI

BI Developer — régime 3/5
Stad Gent — Jan 2023 – Dec 2024

Reporting Analyst
Acme NV, Antwerpen — 4/5/2020 – 31/12/2020
- Client rating (4/5) on every report

SKILLS
Python, SQL, Power BI
"""


def test_fractions_of_full_time_count_their_share_of_each_month() -> None:
    """Each job counts its share of each month: 41.6 months in all, not 56.

    Jan 2025 – now, 24 months at 4/5: 19.2; 24 months at 3/5: 14.4; the day-dated
    ``4/5/2020 – 31/12/2020`` is May – Dec 2020, full time: 8.
    """
    reading = read_cv_text(BELGIAN)
    assert jobs_of(reading) == [
        ("Data Analyst (4/5) — Fietsbank vzw, Gent", 19.2, True),
        ("BI Developer — régime 3/5 — Stad Gent", 14.4, True),
        ("Reporting Analyst — Acme NV, Antwerpen", 8.0, True),
    ]
    assert reading.relevant_months == 41.6


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Junior Data Analyst (4/5, 80 %)", 0.8),
        ("Data Engineer (4/5)", 0.8),
        ("Analyste de données, 4/5e temps", 0.8),
        ("Data-analist, 4/5-tijds", 0.8),
        ("Data scientist à 4/5", 0.8),
        ("BI developer, part-time 3/5", 0.6),
        ("Analyst (1/2)", 0.5),
        ("Data analyst à quatre cinquièmes", 0.8),
        ("Data-analist (viervijfde)", 0.8),
        ("Data-analist (halftijds)", 0.5),
        ("Analista dati (tempo parziale)", 0.5),
        ("Data Analyst, 4/5/2020 – 31/12/2020", 1.0),
        ("SQL 4/5", 1.0),
        ("Client rating (4/5)", 1.0),
        ("Data Analyst (4/5 stars on Glassdoor)", 1.0),
        ("Data Analyst (5/5)", 1.0),
        ("Data Analyst, 09/22 – 03/24", 1.0),
    ],
)
def test_a_fraction_is_a_share_only_where_it_states_working_time(text: str, share: float) -> None:
    assert fte_of(text) == share
