"""Jobs in a Markdown table with a header row, read by the header's columns.

``| Client | What I did | Dates | Load |``: each row a job (the client its employer, what was
done its lines, the load its share of full time), a sabbatical's row a break; a row is a
job whatever punctuation its cells hold. A table whose header names no dates, or no
employer or role, is not one of jobs.

Each CV here is made up for the form it shows. Months count to 2026-12-07, both end months
included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.sections import kind_of

CLIENTS = """\
# Ruth Adebayo
Freelance data engineer

## Freelance clients

| Client | What I did | Dates | Load |
|---|---|---|---|
| **Pellucid** (legal tech) | Data platform; LLM eval dashboards | Jan 2026 – Present | 50% |
| *Sabbatical — sailing* | — | Jul 2025 – Dec 2025 | — |
| **Vantwerp** (scooters) | Demand forecasting: Airflow pipelines | Jan 2024 – Jun 2025 | 60 % |
| **Hollis & Daughters** (bakery) | Shop fitting and deliveries | Jan 2023 – Dec 2023 | full-time |

## Education

| Degree | Where | When |
|---|---|---|
| BA History | Leeds | 2019 – 2022 |
"""


def test_a_table_of_clients_is_read_row_by_row() -> None:
    reading = read_cv_text(CLIENTS, "cv.md")
    jobs = {j.title.split(" (")[0].split(" — ")[0]: j for j in reading.jobs}
    assert set(jobs) == {"Pellucid", "Sabbatical", "Vantwerp", "Hollis & Daughters"}
    assert jobs["Pellucid"].fte == 0.5
    assert jobs["Vantwerp"].fte == 0.6
    assert jobs["Vantwerp"].relevant  # its lines name forecasting and pipelines
    assert jobs["Sabbatical"].kind == "break"
    assert not jobs["Hollis & Daughters"].relevant
    # Jan 2026 – Dec 2026 at half time, 18 months at 0.6; the break and the bakery not
    assert reading.relevant_months == 6 + 10.8


ROLES = """\
# Arjun Mehta

## Experience

| Title | Company | Period | FTE |
|---|---|---|---|
| Data Scientist | Brightwater Insurance | 01/2025 – now | 0.8 |
| Data Analyst | Brightwater Insurance | 01/2023 – 12/2024 | 1.0 |

## Skills

| Skill | Level |
|---|---|
| Python | Advanced |
"""


def test_a_table_of_roles_takes_its_fte_column() -> None:
    reading = read_cv_text(ROLES, "cv.md")
    assert [(j.title, j.fte) for j in reading.jobs] == [
        ("Data Scientist — Brightwater Insurance", 0.8),
        ("Data Analyst — Brightwater Insurance", 1.0),
    ]
    assert reading.relevant_months == 24 * 0.8 + 24
    assert reading.skills["python"].level == 4


def test_a_freelancers_clients_head_jobs_a_postings_do_not() -> None:
    assert kind_of("## Freelance clients") == "experience"
    assert kind_of("CLIENTS") == "experience"
    assert kind_of("Our clients") == "other"  # a posting's words about its employer
