"""A CV that reaches us as text copied out of a two-column PDF: read column by column.

Each printed row is the left column's text, one space, the right column's text. The rows
are cut into the sidebar's cells and the main column's and read as a real two-column PDF
is; ordinary CVs are left as they are.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from typer.testing import CliRunner

from skillgap import api
from skillgap.cli import app
from skillgap.text.columns import unflatten
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.match import Matcher
from skillgap.text.read import document_from_bytes, read_document
from skillgap.text.work import relevance

HERE = Path(__file__).resolve().parent
FLAT = HERE / "data" / "flat-columns"
AS_OF = dt.date(2026, 12, 7)


def _read(text: str, name: str = "cv.txt") -> CvReading:
    return read_cv(document_from_bytes(text.encode(), name), api.load_catalog(), AS_OF)


def _columns(text: str) -> list[tuple[int, str]]:
    lines = document_from_bytes(text.encode(), "cv.txt").lines
    return [(ln.number, ln.text) for ln in unflatten(lines, Matcher(api.load_catalog()))]


# Written before the tool was run on them (tests/data/flat-columns/expectations.yaml);
# measured 2026-12-07 by bench/text_agreement.py: the first three read 0 months before the
# columns were cut, then every CV's months exact, 21/21 levels within one. The fourth
# (education in the sidebar) was first read at 70 of 85.6 months and 3/5 levels; after
# contact cells, a degree's comma, the sidebar's own dates and "SQL – 4/5" not being a
# heading: all four exact, 26/26 levels. Floors only go up.
FLAT_FLOOR = {"month_error": 0.01, "levels": 1.0}


def test_cvs_flattened_from_two_columns_read_their_jobs_and_levels() -> None:
    """Dates on the main column's own rows, dates inline, a right sidebar, education beside."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(FLAT)
    assert len(cvs) == 4
    assert max(c.month_error for c in cvs) <= FLAT_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= FLAT_FLOOR["levels"], cvs


def test_the_jobs_of_a_flattened_cv_keep_titles_breaks_and_part_time_shares() -> None:
    """Titles from the capitals above, employers from the line below, 20 h/week, a break."""
    reading = read_cv(read_document(FLAT / "cv-marta-kowalczyk.txt"), api.load_catalog(), AS_OF)
    got = [(j.title, j.kind, j.fte, j.months, j.relevant) for j in reading.jobs]
    assert got == [
        ("SENIOR DATA ENGINEER — Northwind Logistics S.A., Kraków", "job", 1.0, 57.0, True),
        ("DATA ENGINEER — Baltic Payments sp. z o.o., Gdańsk", "job", 1.0, 29.0, True),
        ("CAREER BREAK", "break", 1.0, 0.0, False),
        (
            "JUNIOR DATA ANALYST (PART-TIME, 20 H/WEEK) — Jagiellonian University IT Services",
            "job",
            0.5,
            11.5,  # Sep-Oct 2019 belong to the full-time job
            True,
        ),
        ("WAREHOUSE ASSISTANT — Fulfilment Centre, Wrocław", "job", 1.0, 16.0, False),
    ]
    levels = {s: c.level for s, c in reading.skills.items() if c.listed}
    assert levels["tableau"] == 2  # "Tableau – working" / "knowledge, rusty": joined, 3 - 1
    assert levels["scala"] == 1
    assert levels["spark"] == 4


def test_rows_are_cut_into_the_sidebar_and_the_main_column() -> None:
    """Level items, their wrapped rest, name lists, bullets and dates each mark the cut."""
    text = (
        "JO DOE\nSKILLS EXPERIENCE\nPython – expert DATA SCIENTIST\n"
        "Bash / Linux – working Acme GmbH, Berlin\nknowledge January 2023 – Present\n"
        "Docker – basic • Built models in Python and\n"
        "Seurat, Scanpy, pandas on a laptop.\n"
        "LANGUAGES DATA ANALYST\nGerman – native Beta AG\n"
        "English – fluent (C1) 03/2020 – 12/2022\n• Reports.\nEDUCATION\nMSc, 2018 – 2020\n"
    )
    assert _columns(text) == [
        (1, "JO DOE"),
        (2, "SKILLS"),
        (3, "Python – expert"),
        (4, "Bash / Linux – working knowledge"),
        (6, "Docker – basic"),
        (7, "Seurat, Scanpy,"),
        (8, "LANGUAGES"),
        (9, "German – native"),
        (10, "English – fluent (C1)"),
        (2, "EXPERIENCE"),
        (3, "DATA SCIENTIST"),
        (4, "Acme GmbH, Berlin"),
        (5, "January 2023 – Present"),
        (6, "• Built models in Python and"),
        (7, "pandas on a laptop."),
        (8, "DATA ANALYST"),
        (9, "Beta AG"),
        (10, "03/2020 – 12/2022"),
        (11, "• Reports."),
        (12, "EDUCATION"),
        (13, "MSc, 2018 – 2020"),
    ]
    reading = _read(text)
    assert [(j.title, j.months) for j in reading.jobs] == [
        ("DATA SCIENTIST — Acme GmbH, Berlin", 48.0),
        ("DATA ANALYST — Beta AG", 34.0),
    ]
    assert reading.skills["linux"].level == 3
    assert reading.skills["python"].level == 5


def test_a_cut_cell_keeps_the_columns_it_had_in_the_file() -> None:
    """Evidence still points at the row and the column where the words stand."""
    row = "JO\nSKILLS EXPERIENCE\nR – expert DATA SCIENTIST\n"
    lines = document_from_bytes(row.encode(), "cv.txt").lines
    moved = unflatten(lines, Matcher(api.load_catalog()))
    title = next(ln for ln in moved if ln.text == "DATA SCIENTIST")
    assert (title.number, title.column(0)) == (3, 12)
    heading = next(ln for ln in moved if ln.text == "EXPERIENCE")
    assert (heading.number, heading.column(0)) == (2, 8)


def test_a_right_sidebar_is_cut_from_the_end_of_each_row() -> None:
    """``EXPERIENCE SKILLS``: the main column on the left, skills and levels on the right."""
    text = (
        "AB\nEXPERIENCE SKILLS\nSenior BI Analyst Power BI – expert\n"
        "Harbourside Energy SQL – expert\nJune 2023 – Present R – basic\n"
        "• Dashboards.\n"
    )
    assert _columns(text)[1:6] == [
        (2, "SKILLS"),
        (3, "Power BI – expert"),
        (4, "SQL – expert"),
        (5, "R – basic"),
        (2, "EXPERIENCE"),
    ]
    reading = _read(text)
    assert [(j.title, j.months) for j in reading.jobs] == [
        ("Senior BI Analyst — Harbourside Energy", 43.0)
    ]
    assert reading.skills["power-bi"].level == 5


def test_an_ordinary_cv_is_not_cut() -> None:
    """No two headings side by side: the lines stay as written, in their order."""
    text = "JO\nSKILLS\nPython – expert\nSQL – 4/5\nEXPERIENCE\nData Analyst, Acme, 2020 – 2021\n"
    reading = _read(text)
    assert reading.side_by_side == []
    assert [(j.title, j.months) for j in reading.jobs] == [("Data Analyst, Acme", 24.0)]
    assert reading.skills["sql"].level == 4  # "SQL – 4/5" in capitals is no heading


def test_contact_cells_degrees_and_the_sidebars_own_dates_are_cut() -> None:
    """An e-mail beside the profile; a degree's comma and its dates beside a job's line."""
    text = (
        "NO\nCONTACT PROFILE\nno@example.no Analyst who builds reports.\n"
        "EDUCATION EXPERIENCE\nMSc Analytics, Mar 2021 – now Data Analyst, Fjord ASA\n"
        "BI School, • Dashboards.\n2016 – 2019 while studying.\n"
    )
    cut = _columns(text)
    assert (3, "no@example.no") in cut
    assert (3, "Analyst who builds reports.") in cut
    assert (5, "MSc Analytics, BI School, 2016 – 2019") in cut
    assert (5, "Mar 2021 – now Data Analyst, Fjord ASA") in cut
    assert (7, "while studying.") in cut


def test_import_says_what_it_did_with_a_flattened_cv(tmp_path: Path) -> None:
    """The report keeps the warning and says the rows were read column by column."""
    out = tmp_path / "me.yaml"
    result = CliRunner().invoke(
        app,
        ["import", str(FLAT / "cv-jonas-ekstrom.txt"), "-o", str(out), "--as-of", "2026-12-07"],
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "line 7: 'TOOLS EXPERIENCE' reads as two headings side by side" in said
    assert "read column by column" in said
    assert "check the jobs" in said
    draft = out.read_text(encoding="utf-8")
    assert "months: 64" in draft
    assert "months: 24" in draft


def test_relevance_of_bench_lab_bioinformatics_and_volunteer_work() -> None:
    """A wet-lab postdoc does bench work; a bioinformatician data work; a volunteer unpaid."""
    assert relevance("BIOINFORMATICIAN (0.6 FTE) — Institut für Zellbiologie") == (True, True)
    assert relevance("POSTDOCTORAL RESEARCHER (WET LAB) — Lab of Cell Signalling") == (
        False,
        False,
    )
    assert relevance("Postdoctoral Researcher — Inria") == (True, True)
    volunteer = _read(
        "JO\nEXPERIENCE\nData Analyst, Acme, 2020 – 2021\n\n"
        "Volunteer Data Analyst, Food Bank, 2019 – 2021\n"
    )
    assert [(j.title, j.relevant, j.why_not) for j in volunteer.jobs][1] == (
        "Volunteer Data Analyst, Food Bank",
        False,
        "volunteering, not counted as work",
    )
    assert volunteer.relevant_months == 24
    paid = _read("JO\nEXPERIENCE\nData Analyst — Volunteer Centre Leeds, 2020 – 2021\n")
    assert paid.relevant_months == 24  # a paid title at a volunteers' centre


def test_a_job_title_stops_at_the_sentence_and_the_page_footer_above_it() -> None:
    """LinkedIn's text: a description's last line and "Page 1 of 3" are not the next title."""
    reading = _read(
        "Jo\nExperience\nAcme\nResearch Scientist\nMar 2022 - Dec 2023\n"
        "Dense retrieval and reranking for enterprise search (PyTorch,\n"
        "Elasticsearch). Mentored three research interns.\nPage 1 of 3\n"
        "Allegro Language Technologies\nResearch Intern\nJun 2017 - Aug 2017\n"
        "Summer internship during my PhD: translation models.\n"
        "Customer Service Advisor\nSevern Water plc\nSep 2015 – Jan 2017\n"
    )
    assert [j.title for j in reading.jobs] == [
        "Acme — Research Scientist",
        "Allegro Language Technologies — Research Intern",
        "Customer Service Advisor — Severn Water plc",
    ]
