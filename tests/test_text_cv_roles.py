"""Whose work a CV's role is, and how much of it: a startup's CTO, a lecturer, a stated share.

* A CTO (``Co-founder & CTO``, ``Chief Technology Officer``, ``Technical Co-founder``) heads
  a company's engineering: relevant work.
* A lecturer teaches, whatever department the course is in (``Lecturer, Dept. of Computer
  Science``); a lecturer in data science or ML is in the field.
* ``(part-time, 40%)``: the stated percentage is the share, not part-time's half.
* A leave item under a job comes off its months, its length in brackets after its dates or not.

Each CV here is made up for the rule it shows. Months count to 2026-12-07, both end months
included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text

FOUNDER = """\
Erik Holm

EXPERIENCE

**Co-founder & CTO**, Tallbo AB (startup, closed), Gothenburg
January 2021 – December 2022
- Built the product and led a team of three engineers

**Chief Technology Officer**, Sjöfart Digital, Malmö
January 2023 – December 2023

**Barista**, Kaffebaren, Lund
January 2019 – December 2020
"""


def test_a_startups_cto_is_engineering_work() -> None:
    reading = read_cv_text(FOUNDER, "cv.md")
    relevant = {j.title.split(",")[0]: j.relevant for j in reading.jobs}
    assert relevant == {
        "Co-founder & CTO": True,
        "Chief Technology Officer": True,
        "Barista": False,
    }
    assert reading.relevant_months == 36


LECTURER = """\
Dr. Anna Vogt

EMPLOYMENT

01/2025 - present    Research Scientist, Lumen Labs (Berlin)

01/2024 - present    Lecturer (part-time, 40%), Hochschule Nord, Dept. of Computer Science
                     Teaching "Deep Learning" (MSc).

01/2022 - 12/2023    Lecturer in Data Science, Hochschule Süd
"""


def test_a_lecturer_teaches_unless_the_subject_is_data() -> None:
    reading = read_cv_text(LECTURER)
    by_title = {j.title.split(",")[0].split(" (")[0]: j for j in reading.jobs}
    assert not by_title["Lecturer"].relevant
    assert by_title["Lecturer in Data Science"].relevant
    assert by_title["Research Scientist"].relevant


def test_a_stated_percentage_wins_over_part_time() -> None:
    reading = read_cv_text(LECTURER)
    lecturer = next(j for j in reading.jobs if j.title.startswith("Lecturer (part-time"))
    assert lecturer.fte == 0.4


LEAVE = """\
EXPERIENCE

Backend Developer                                           Apr 2022 - Jun 2024
Tandem Works (HR-tech startup), Valencia
  - Node/TypeScript APIs and PostgreSQL
  - Parental leave Oct 2023 - Jan 2024 (4 months)
"""


def test_a_leave_item_that_states_its_length_comes_off() -> None:
    reading = read_cv_text(LEAVE)
    assert reading.relevant_months == 27 - 4
