"""A CV's job lines written as rows of cells after their dates, and single dates after ``--``.

``Oct 2025 - now | Contract ML Engineer (part-time, 20 h/week) | Employer, City (remote)``:
the title is the cell after the dates, its share the note in its brackets, and its
relevance is judged on the title (not on the place, nor on the description below).
"""

from __future__ import annotations

import datetime as dt

from skillgap import api
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.read import document_from_bytes

AS_OF = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()


def _read(text: str, name: str = "cv.txt") -> CvReading:
    return read_cv(document_from_bytes(text.encode(), name), CATALOG, AS_OF)


ROWS = """DANA POPA
Freelance ML engineer

EXPERIENCE

Oct 2025 - now | Contract ML Engineer (part-time, 20 h/week) | Nordlys AS, Bergen (remote)
   Load forecasting; PyTorch models served with FastAPI.

Summer 2023 | ML Consultant (full-time, 3 months) | Clinic Ltd, Cork
   Audit of a stalled entity-recognition project.

2019 - 2021 (part-time) | Freelance Data Scientist | Foods Co, Porto
   Demand forecasting for 300 products; Spark ETL on a small cluster.

2015-2018 | Backend Developer (full-time) | Soft SRL, Iasi
   Java REST APIs for logistics customers.

EDUCATION
BSc Computer Science, Iasi University, 2011 - 2015
"""


def test_dates_then_cells_give_the_title_its_share_and_its_relevance() -> None:
    """Each row's title is the cell after its dates; a remote place does not hide it."""
    reading = _read(ROWS)
    assert [(j.title, j.fte, j.relevant, j.core) for j in reading.jobs] == [
        ("Contract ML Engineer — Nordlys AS, Bergen (remote)", 0.5, True, True),
        ("ML Consultant — Clinic Ltd, Cork", 1.0, True, True),
        ("Freelance Data Scientist — Foods Co, Porto", 0.5, True, True),
        ("Backend Developer — Soft SRL, Iasi", 1.0, True, False),
    ]
    assert [j.months for j in reading.jobs] == [7.5, 3.0, 18.0, 48.0]
    # the backend years run into the data science years (Dec 2018, Jan 2019): one career
    assert reading.relevant_months == 7.5 + 3.0 + 18.0 + 48.0


def test_a_row_without_a_title_cell_does_not_take_the_description_below() -> None:
    """``07/2021 - 03/2023 | Remote``: no cell names a job, and the sentence below is none."""
    reading = _read(
        "EXPERIENCE\n\n07/2021 - 03/2023 | Contract ML Engineer (part-time) | Bank AB (remote)\n"
        "   Transaction categorisation with Transformers; batch scoring for customers.\n"
    )
    assert [(j.title, j.months, j.relevant) for j in reading.jobs] == [
        ("Contract ML Engineer — Bank AB (remote)", 10.5, True)
    ]
    employer_first = _read("EXPERIENCE\n\nJan 2020 - Dec 2021 | Acme Corp | Data Analyst\n")
    assert [(j.title, j.months) for j in employer_first.jobs] == [
        ("Data Analyst — Acme Corp", 24.0)
    ]


def test_a_season_after_a_double_dash_ends_the_employer_line() -> None:
    """``Title`` / ``Employer, City -- Summer 2022``: the internship is read (Jun-Aug)."""
    reading = _read(
        "EMPLOYMENT\n\nLecturer in Data Science (full-time)\n"
        "University of Nowhere -- Sep 2024 - present\n  - Lead two modules\n\n"
        "Research Intern\nKestrel AI Labs, London -- Summer 2022\n"
        "  - Self-supervised pre-training in JAX on TPUs\n"
    )
    assert [(j.title, j.kind, j.months) for j in reading.jobs] == [
        ("Lecturer in Data Science (full-time) — University of Nowhere", "job", 28.0),
        ("Research Intern — Kestrel AI Labs, London", "internship", 3.0),
    ]
    assert reading.relevant_months == 31.0
