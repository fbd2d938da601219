"""CV layouts read as a careful reader reads them: one test per layout, written from its form.

Each CV here is made up for the layout it shows (a Markdown heading per job, LinkedIn's
export, a table, a plain-text CV with ruled headings ...). Months count to 2026-12-07,
both end months included, as in ``tests/test_text_dates.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvs import jobs_of
from skillgap import api
from skillgap.cli import app
from skillgap.text.cv import CvReading, read_cv, reads_as_skills
from skillgap.text.dates import find_span, leading_date
from skillgap.text.match import Matcher
from skillgap.text.read import document_from_bytes
from skillgap.text.sections import kind_of, split
from skillgap.text.work import fte_of, relevance

AS_OF = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()


def _read(text: str, name: str = "cv.md") -> CvReading:
    return read_cv(document_from_bytes(text.encode(), name), CATALOG, AS_OF)


def test_a_heading_per_job_with_dates_and_a_place_below() -> None:
    """``### Title — Company`` then ``*dates* · City (hybrid)``: the place is not the title."""
    reading = _read(
        "# Sam Roe\n\n## Experience\n\n### Data Engineer — Acme Logistics\n"
        "*Mar. '23 – present* · Leeds (hybrid)\n\n- Built pipelines in Python.\n\n"
        "### Analyst — Beta Bank\n*Jan 2021 – Feb 2023* · Manchester\n\n- SQL reports.\n"
    )
    assert jobs_of(reading) == [
        ("Data Engineer — Acme Logistics", 46.0, True),
        ("Analyst — Beta Bank", 26.0, True),
    ]
    assert reading.relevant_months == 72.0


def test_dates_first_with_a_place_after_them_take_the_title_from_above() -> None:
    """A bold title line, then ``2019 – 2021 · Remote``: remote is how, not what."""
    reading = _read(
        "# Kai\n\n## Work history\n\n**Machine Learning Engineer**, Gamma\n"
        "2019 – 2021 · Remote\n- Trained models.\n"
    )
    assert jobs_of(reading) == [("Machine Learning Engineer, Gamma", 36.0, True)]


def test_dates_first_with_a_title_after_them_still_read_the_title_after() -> None:
    """``2019 – 2021  Data Analyst, Acme`` with a company line above: the title is after."""
    reading = _read("Pat\n\nEXPERIENCE\nAcme Group\n2019 – 2021   Data Analyst, Leeds office\n")
    assert jobs_of(reading) == [("Data Analyst, Leeds office — Acme Group", 36.0, True)]


def test_linkedin_company_block_with_several_positions_and_a_break() -> None:
    """A company header ("Full-time · 6 yrs") over two positions; the header is not a job."""
    text = (
        "Lee Park\nPlatform engineer\n\nExperience\n\n"
        "Harbour Cloud Services\nFull-time · 6 yrs\nOslo, Norway · Hybrid\n\n"
        "    MLOps Engineer\n    Mar 2024 - Present (2 yrs 10 mos)\n"
        "    - Model serving on Kubernetes.\n\n"
        "    Site Reliability Engineer\n    Jan 2021 - Feb 2024 (3 yrs 2 mos)\n"
        "    - On-call for the payments platform.\n\n"
        "Lantern Media\nSoftware Engineer\nPart-time\nJan 2020 - Dec 2020 (1 yr)\n"
        "Oslo, Norway\n- Video pipeline services.\n\n"
        "Career Break\nTravel\nJan 2019 - Dec 2019 (1 yr)\n\n"
        "Volunteering\n\nMentor\nCode Club\nMar 2022 - Present · 4 yrs 10 mos\n\n"
        "Education\n\nUniversity of Bergen\nBachelor of Science - BS, Informatics\n2015 - 2018\n"
    )
    reading = _read(text, "cv.txt")
    titles = [(j.title, j.kind, j.fte) for j in reading.jobs]
    assert titles == [
        ("MLOps Engineer", "job", 1.0),
        ("Site Reliability Engineer", "job", 1.0),
        ("Lantern Media — Software Engineer", "job", 0.5),  # "Part-time": its share, not title
        ("Career Break — Travel", "break", 1.0),
    ]
    # 34 + 38 + 12 x 0.5; the volunteering mentor and the company header add nothing
    assert reading.relevant_months == 78.0


def test_table_rows_give_their_cells() -> None:
    """``| Role | Organisation | Dates |``: the role and organisation, whatever their order."""
    reading = _read(
        "# Ana\n\n## Experience\n\n| Role | Organisation | Dates |\n|---|---|---|\n"
        "| Research Assistant (0.5 FTE) | Speech Lab | Oct 2022 – present |\n"
        "| Jun 2021 – Sep 2022 | Research Assistant | Language Group |\n"
    )
    assert [(j.title, j.fte, j.months) for j in reading.jobs] == [
        ("Research Assistant (0.5 FTE) — Speech Lab", 0.5, 25.5),
        ("Research Assistant — Language Group", 1.0, 16.0),
    ]


def test_plain_text_cv_with_ruled_headings_and_dates_under_titles() -> None:
    """Headings between rules, ``Title - Company`` then the dates on the next line."""
    rule = "-" * 40
    reading = _read(
        f"JO SMITH\n\n{rule}\nEXPERIENCE\n{rule}\n"
        "Junior ML Developer - Brightline, Porto\nFeb 2026 - present\n- RAG features.\n\n"
        "Web Developer (evenings, part-time) - Studio Nine\nNov 2025 - Jan 2026\n"
        "- Booking site.\n\nShop Assistant - Corner Books\n2023 - 2024\n- Tills.\n"
        f"\n{rule}\nEDUCATION\n{rule}\nBSc Computing - University of Porto\n2022 - 2025\n",
        "cv.txt",
    )
    assert jobs_of(reading) == [
        ("Junior ML Developer - Brightline, Porto", 11.0, True),
        ("Web Developer (evenings, part-time) - Studio Nine", 1.5, True),
        ("Shop Assistant - Corner Books", 24.0, False),
    ]
    dated = document_from_bytes(b"X\nFeb 2026 - present\n- a\n", "cv.txt")
    assert [s.kind for s in split(dated.lines)] == ["other"]  # dates above bullets: no heading


def test_a_single_date_starting_a_line_under_a_title_is_the_job() -> None:
    """``Summer 2024 (full-time, 12 weeks)`` under ``**Intern** — Company``."""
    reading = _read(
        "# Kim\n\n## Experience\n\n**Applied Scientist Intern** — Lumen, London\n"
        "Summer 2024 (full-time, 12 weeks)\n\n- Distilled a reranker.\n"
    )
    assert [(j.title, j.kind, j.months) for j in reading.jobs] == [
        ("Applied Scientist Intern — Lumen, London", "internship", 3.0)
    ]
    assert leading_date("2019 was a good year") is None


def test_dates_between_underscores_are_read_whole() -> None:
    """Markdown italics with underscores: ``_2025 - now_``, ``_Sep–Dec 2024_``."""
    ongoing = find_span("_2025 - now_")
    assert ongoing is not None
    assert (ongoing.start, ongoing.end) == (dt.date(2025, 1, 1), None)
    spring = find_span("_Jul 2023 – Aug 2024_")
    assert spring is not None
    assert spring.months(AS_OF) == 14


def test_a_sentence_with_dates_in_it_is_not_a_job() -> None:
    """A break's story mentioning a course's dates: the break, not a job."""
    reading = _read(
        "# Bo\n\n## Experience\n\n**Career break** — _Jul 2023 – Aug 2024_\n"
        "Cared for a parent. Used the time to retrain:\n"
        "a part-time Data Science course (Jan–Jun 2024) and an online certificate.\n"
    )
    assert [(j.title, j.kind) for j in reading.jobs] == [("Career break", "break")]


def test_a_teacher_of_data_subjects_is_teaching_not_data_work() -> None:
    """The occupation decides: a statistics teacher teaches; a nurse's data analyst post is data."""
    assert relevance("Mathematics & Statistics Teacher · Northside School") == (False, False)
    assert relevance("Data Science Tutor, evening classes") == (False, False)
    assert relevance("Nurse Data Analyst — City Hospital") == (True, True)
    assert relevance("Teaching Assistant, Intro to Machine Learning") == (False, False)
    assert relevance("Undergraduate Teaching Assistant, Intro to Machine Learning") == (True, True)


def test_related_work_before_a_career_change_is_an_earlier_career() -> None:
    """Software years that run into the ML years count; those left before a retraining don't."""
    before_change = _read(
        "# Ed\n\n## Experience\n\n**ML Engineer** — Acme\nSep 2021 – present\n\n"
        "**Backend Developer** — Games Co\n2015 – 2019\n- Java services; on-call.\n"
    )
    assert [(j.title, j.relevant) for j in before_change.jobs] == [
        ("ML Engineer — Acme", True),
        ("Backend Developer — Games Co", False),  # 20 months without work before the ML years
    ]
    contiguous = _read(
        "# Ed\n\n## Experience\n\n**ML Engineer** — Acme\nJan 2020 – present\n\n"
        "**Backend Developer** — Games Co\n2015 – 2019\n- Java services; on-call.\n"
    )
    assert contiguous.relevant_months == 84.0 + 60.0
    after_break = _read(
        "# Ed\n\n## Experience\n\n**DevOps Engineer** — Acme\nJul 2019 – Dec 2020\n\n"
        "**MLOps Engineer** — Acme\nJan 2021 – present\n\n"
        "**Career break** — Jan 2019 – Jun 2019\n\n"
        "**Systems Administrator** — Bank\nSep 2016 – Dec 2018\n- Linux estate.\n"
    )
    assert after_break.relevant_months == 18.0 + 72.0  # the sysadmin years before the break
    with_data_work = _read(
        "# Ed\n\n## Experience\n\n**ML Engineer** — Acme\nSep 2021 – present\n\n"
        "**Software Engineer** — Maps Co\n2015 – 2019\n"
        "- Moved to the data team and built the first recommender.\n"
    )
    assert with_data_work.relevant_months == 64.0 + 60.0
    only_related = _read(
        "# Ed\n\n## Experience\n\n**Software Engineer** — Acme\nSep 2021 – present\n\n"
        "**Developer** — Maps Co\n2015 – 2019\n"
    )
    assert only_related.relevant_months == 64.0 + 60.0  # no ML work: the related work counts


def test_a_level_label_gives_its_level_to_every_item_on_its_lines() -> None:
    """``**Expert:** Python, PyTorch`` and a label wrapped onto the next line."""
    reading = _read(
        "# Lu\n\n## Skills\n\n- **Expert:** Python, PyTorch\n"
        "- **Working knowledge:** Terraform,\n  Docker\n- **Basic:** Spark\n"
        "- Tableau — a bit of\n"
    )
    levels = {k: v.level for k, v in reading.skills.items()}
    assert (levels["python"], levels["pytorch"]) == (5, 5)
    assert levels["docker"] == 3
    assert (levels["spark"], levels["tableau"]) == (2, 1)  # Spark alone: a skill in a list


def test_skills_under_an_unusual_heading_are_read() -> None:
    """A "What I bring" section, and a skills list under a heading no list names."""
    bring = _read(
        "# Al\n\n## What I bring\n\n* **Statistics** — proficient\n* **Excel** — expert\n"
        "* **SQL** — working knowledge\n"
    )
    assert {k: v.level for k, v in bring.skills.items()} == {
        "statistics": 4,
        "excel": 5,
        "sql": 3,
    }
    section = split(
        document_from_bytes(
            b"# Al\n\n## Things I use\n\n- Python - proficient\n- SQL, dbt, Airflow\n", "cv.md"
        ).lines
    )[1]
    assert section.kind == "other"
    assert reads_as_skills(section, Matcher(CATALOG))


def test_a_summary_gives_levels_in_words() -> None:
    """A summary's "proficient in Python" beats a bare listing, not a worded one."""
    reading = _read(
        "Sam\n\nAbout\nKubernetes is my home turf: expert level, certified. I'm proficient in "
        "Python and Go, and at a basic level with PyTorch so far.\n\nSkills\n\n"
        "Kubernetes · 38 endorsements\nPython · 11 endorsements\nPyTorch — working\n",
        "cv.txt",
    )
    levels = {k: v.level for k, v in reading.skills.items()}
    assert (levels["kubernetes"], levels["python"], levels["go"]) == (5, 4, 4)
    assert levels["pytorch"] == 3  # the skills section's own word stands


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Northwind Cloud Services", "other"),  # an employer, not a service section
        ("PROJECTS (not employment)", "projects"),
        ("Volunteering", "volunteering"),
        ("Core Competencies", "skills"),
        ("Academic service", "service"),
        ("Work Experiences", "experience"),
        ("Programming Languages", "skills"),  # not spoken languages
        ("Languages & Frameworks", "skills"),
        ("Spoken languages", "languages"),
        ("Research Positions", "experience"),
        ("Volunteer work", "volunteering"),
    ],
)
def test_section_headings_by_their_whole_words(heading: str, kind: str) -> None:
    """CV section words match whole words; parentheses are left aside."""
    assert kind_of(heading) == kind


def test_part_time_is_the_share_it_names_even_in_the_evenings() -> None:
    """Part-time "evenings, part-time" is half time; "evenings" alone a quarter."""
    assert fte_of("Freelance developer (evenings, part-time)") == 0.5
    assert fte_of("Tutor, evenings") == 0.25


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/09/2019 – 31/08/2021", ("2019-09", "2021-08")),  # Europass: the day first
        ("09/25/2019 - 08/31/2021", ("2019-09", "2021-08")),  # a day past 12 says which
        ("2019-09-01 – 2021-08-31", ("2019-09", "2021-08")),  # ISO days
        ("01.09.2019 - heute", ("2019-09", None)),
        ("Q3 2019 – Q1 2021", ("2019-07", "2021-03")),  # quarters
        ("Data Analyst, Acme 2019-2021", ("2019-01", "2021-12")),  # years, no spaces
        ("03/2019-08/2021", ("2019-03", "2021-08")),
    ],
)
def test_dates_with_days_quarters_and_tight_dashes(
    text: str, expected: tuple[str, str | None]
) -> None:
    """Whole days read as their month; a dash without spaces still joins two years."""
    span = find_span(text)
    assert span is not None, text
    assert (f"{span.start:%Y-%m}", None if span.end is None else f"{span.end:%Y-%m}") == expected


def test_levels_drawn_as_ratings_and_levels_as_sub_headings() -> None:
    """``Python 4/5``, ``SQL ●●●○○``; ``Advanced`` over part of the skills list."""
    rated = _read("# Lu\n\n## Skills\n\n- Python 4/5\n- SQL ●●●○○\n- Docker 8/10\n")
    assert {k: v.level for k, v in rated.skills.items()} == {"python": 4, "sql": 3, "docker": 4}
    grouped = _read(
        "Lu\n\nSkills\n\nAdvanced\n- Python\n- SQL\nFamiliar\n- Docker\n\nInterests\n- Chess\n",
        "cv.txt",
    )
    assert {k: v.level for k, v in grouped.skills.items()} == {
        "python": 4,
        "sql": 4,
        "docker": 2,
    }


def test_linkedin_certification_blocks_give_their_issued_date() -> None:
    """Name, issuer, ``Issued May 2022 · Expires May 2025``: the issuer is no certification."""
    reading = _read(
        "Lee\n\nLicenses & certifications\n\nCertified Kubernetes Administrator (CKA)\n"
        "The Linux Foundation\nIssued May 2022 · Expires May 2025\n\nSkills\n\nPython\n",
        "cv.txt",
    )
    assert reading.certifications == [
        {"name": "Certified Kubernetes Administrator (CKA)", "earned": "2022-05-01"}
    ]
    assert reading.unknown_certifications == []


def test_a_skill_used_for_a_year_at_work_reads_as_working_level() -> None:
    """Named only in job lines: 2, or 3 when the relevant jobs naming it span a year."""
    reading = _read(
        "# Jo\n\n## Experience\n\n**Data Scientist** — Acme\nJan 2024 – present\n"
        "- Forecasts with LightGBM.\n\n**Data Intern** — Beta\nSummer 2023\n"
        "- Dashboards in Tableau.\n"
    )
    levels = {k: v.level for k, v in reading.skills.items()}
    assert (levels["lightgbm"], levels["tableau"]) == (3, 2)


def test_the_import_report_says_why_an_earlier_career_is_not_counted() -> None:
    """Engineering years cut off by a break: the report says so, not 'not engineering work'."""
    from skillgap.authoring.cv import to_draft

    reading = _read(
        "# Ed\n\n## Experience\n\n**MLOps Engineer** — Acme\nJan 2021 – present\n\n"
        "**Career break** — Jan 2020 – Dec 2020\n\n"
        "**Systems Administrator** — Bank\nSep 2016 – Dec 2019\n- Linux estate.\n"
    )
    _, report = to_draft(reading, CATALOG, as_of=AS_OF, source="cv.md")
    (line,) = [u for u in report.unmapped if u.startswith("Systems Administrator")]
    assert "an earlier career" in line


def test_jobs_listed_as_items_with_their_dates() -> None:
    """``- Title, Company (2019 – 2021)`` when no other line gives dates; sub-items describe."""
    reading = _read(
        "# Jo\n\n## Experience\n\n- Data Analyst, Acme Corp (2019 – 2021)\n"
        "  - Built SQL reports in 2020 – 2021.\n- Junior Analyst, Beta (Jan 2017 – Dec 2018)\n"
        "- Shop Assistant, Corner Books (2015 – 2016)\n\n## Education\n- BSc Maths (2013 – 2016)\n"
    )
    assert jobs_of(reading) == [
        ("Data Analyst, Acme Corp", 36.0, True),
        ("Junior Analyst, Beta", 24.0, True),
        ("Shop Assistant, Corner Books", 24.0, False),
    ]
    described = _read(
        "# Jo\n\n## Experience\n\n**Data Analyst** — Acme\n2019 – 2021\n"
        "- Led the 2020 – 2021 migration.\n"
    )
    assert [j.title for j in described.jobs] == ["Data Analyst — Acme"]


def test_two_columns_flattened_into_one_text_are_read_and_said(tmp_path: Path) -> None:
    """A two-column PDF's text interleaves its columns: ``SKILLS EXPERIENCE`` on one line.

    The reader cuts the rows into the two columns by rules of thumb (tests/test_text_columns)
    and ``import`` says so, in its report and in the draft's header, so the jobs are
    checked. One heading per line, or a heading joining two words ("Skills & Experience"),
    is not flagged.
    """
    cv = (
        "JO DOE\nDATA SCIENTIST\nSKILLS EXPERIENCE\nPython – expert DATA SCIENTIST\n"
        "SQL – working Acme GmbH, Berlin\nR – basic January 2023 – Present\n"
        "• Build models in Python.\nEDUCATION\nMSc Statistics, 2020 – 2022\n"
    )
    reading = _read(cv, "cv.txt")
    assert reading.side_by_side == [(3, "SKILLS EXPERIENCE")]
    assert jobs_of(reading) == [("DATA SCIENTIST — Acme GmbH, Berlin", 48.0, True)]
    assert {s: c.level for s, c in reading.skills.items() if c.listed} == {
        "python": 5,
        "sql": 3,
        "r": 2,
    }
    assert _read("# Jo\n\n## Skills & Experience\n\n- Python\n").side_by_side == []
    for one_heading in ("CAREER SUMMARY", "SKILLS SUMMARY", "TEACHING EXPERIENCE", "KEY SKILLS"):
        assert _read(f"JO\n{one_heading}\nPython\n", "a.txt").side_by_side == [], one_heading
    assert (
        _read("JO\nSKILLS\nPython\nEXPERIENCE\nAnalyst, 2020 - 2021\n", "a.txt").side_by_side == []
    )
    source = tmp_path / "cv.txt"
    source.write_text(cv, encoding="utf-8")
    out = tmp_path / "me.yaml"
    result = CliRunner().invoke(
        app, ["import", str(source), "-o", str(out), "--as-of", "2026-12-07"]
    )
    assert result.exit_code == 0, result.output
    assert "line 3: 'SKILLS EXPERIENCE' reads as two headings side by side" in result.output
    assert "looks like two columns flattened into one" in out.read_text(encoding="utf-8")


def test_degree_fields_in_linkedins_words_and_beside_right_aligned_years() -> None:
    """LinkedIn's "Doctor of Philosophy - PhD, Computer Science"; a field beside its years."""
    reading = _read(
        "Jo\n\nEducation\nSorbonne Université\n"
        "Doctor of Philosophy - PhD, Computer Science (NLP) · (2015 - 2019)\n"
        "Master's degree, Mathematics, Vision, Learning (MVA) · (2014 - 2015)\n"
        "Bachelor's degree, Mathematics and Computer Science · (2011 - 2014)\n",
        "cv.txt",
    )
    assert [(d["degree"], d.get("field")) for d in reading.degrees] == [
        ("phd", "Computer Science"),
        ("master", "Mathematics"),
        ("bachelor", "Mathematics and Computer Science"),
    ]
    aligned = _read(
        "JO\n\nEDUCATION\nBEng (Inżynier) Computer Science        2011 – 2015\n", "a.txt"
    )
    assert aligned.degrees[0].get("field") == "Computer Science"
