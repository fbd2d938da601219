"""What a CV's narrow column, its breaks and a career change leave for the reader.

* A job's dates wrapped across two lines, as a two-column PDF's right-hand column breaks
  them (``DevOps Engineer | Calderstone | October 2018 –`` / ``June 2022``): one range, not a
  job running to today over the career break and the jobs after it.
* A break worded as CVs word it (``Career gap``, ``Family leave``, ``Time off``) is a break.
* Engineering in a trade (process, manufacturing, yield engineering) counts as related work
  when its own lines show software, scripting or data work (``Wrote Python scripts to pull
  tester logs``), never when they show only the trade's work and its own statistics.

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.range_wraps import joined_range
from skillgap.text.trade_work import software_work

NARROW_COLUMN = """\
ANNA EXAMPLE
MLOps Engineer

PROFESSIONAL EXPERIENCE

MLOps Engineer | Harrow Bank, Leeds | February 2024 –
Present
- Run the bank's ML platform on Kubernetes: model registry (MLflow)

Career break | March 2022 –
January 2024
- Full-time carer for a family member.

DevOps Engineer | Tollgate Software, York | 01/2019 –
02/2022
- Migrated 30 services to Kubernetes; built Helm charts

Junior Systems Engineer | Northwold Hosting, Slough | 2016 -
2018
- Linux server administration, Bash and Python automation

EDUCATION
BSc Computer Science — University of Leeds, 2013 – 2016
"""


def test_dates_wrapped_in_a_narrow_column_are_one_range_each() -> None:
    """Each job's range is read whole whatever line its end falls on; the break counts nothing.

    Feb 2024 – Dec 2026: 35; Jan 2019 – Feb 2022: 38; 2016 – 2018: 36 (Jan 2016 – Dec 2018).
    Read line by line, ``2016 -`` would run to today: 132 months over the break.
    """
    reading = read_cv_text(NARROW_COLUMN)
    got = [(t.split(" |")[0], m, r) for t, m, r in jobs_of(reading)]
    assert got == [
        ("MLOps Engineer", 35.0, True),
        ("Career break", 0.0, False),
        ("DevOps Engineer", 38.0, True),
        ("Junior Systems Engineer", 36.0, True),
    ]
    assert reading.relevant_months == 109.0


def test_a_wrap_joins_only_a_range_left_open_and_its_end() -> None:
    """The next line must open with the range's end: a bullet or another range stays apart."""
    assert joined_range("Engineer | Acme | Oct 2018 to", "Jun 2022") == (
        "Engineer | Acme | Oct 2018 to Jun 2022",
        "",
    )
    assert joined_range("Engineer | *Oct 2018 –", "Jun 2022* · Leeds") == (
        "Engineer | *Oct 2018 – Jun 2022",
        "· Leeds",
    )
    assert joined_range("Engineer | Acme | Oct 2018 –", "- Built the platform") is None
    assert joined_range("Engineer | Acme | Oct 2018 –", "2014 – 2016 Analyst, Foo") is None
    assert joined_range("Cut lead time by 10 -", "June 2022 release") is None


CAREER_CHANGERS = """\
FARID EXAMPLE
Data Engineer

WORK EXPERIENCE

Data Engineer — Merbok Digital, Cyberjaya
Jan 2020 – Dec 2022
- Batch ETL in Python and SQL on AWS

Process Engineer — Kinta Microsystems (semiconductor assembly & test), Penang
Jan 2017 – Dec 2019
- Yield improvement for the wire-bond line; SPC charts and root-cause analysis
- Wrote Python scripts to pull tester logs into a yield database

Manufacturing Engineer — Lakeshore Steel Works, Hamilton
Jan 2014 – Dec 2016
- Line layout, tooling and changeover time for the galvanizing line
- Designed experiments (DOE) and SPC charts in Minitab; some MATLAB scripting

Mechanical Engineer — Harbour Pumps, Port Klang
Jan 2012 – Dec 2013
- Pump casing design and tolerance analysis
"""


def test_trade_engineering_counts_only_where_its_lines_show_software_work() -> None:
    """The process engineer who wrote Python scripts did software work: 36 months more.

    The manufacturing engineer's statistics are the trade's own, and the scripting only
    hedged ("some"); the mechanical engineer's lines name no software: neither counts.
    """
    reading = read_cv_text(CAREER_CHANGERS)
    got = [(t.split(" —")[0], m, r) for t, m, r in jobs_of(reading)]
    assert got == [
        ("Data Engineer", 36.0, True),
        ("Process Engineer", 36.0, True),
        ("Manufacturing Engineer", 36.0, False),
        ("Mechanical Engineer", 24.0, False),
    ]
    assert reading.relevant_months == 72.0


def test_what_shows_software_work_in_a_trade_job() -> None:
    """Code written, report automation, data analysis; not SPC, DOE or hedged scripting."""
    assert software_work("- Automated the weekly test reports with VBA macros")
    assert software_work("- Analysed tester data to find yield drops")
    assert not software_work("- Automated the line with new PLCs and a robot cell")
    assert not software_work("- SPC charts and root-cause analysis in Minitab")
    assert not software_work("- Designed experiments (DOE); some MATLAB scripting")


BREAK_BETWEEN = """\
ANNA EXAMPLE

EXPERIENCE

MLOps Engineer | Harrow Bank | February 2024 – Present
- Run the ML platform on Kubernetes

{title} | March 2022 – January 2024
- Full-time carer for a family member.

Software Developer | Tollgate Software | 01/2019 – 02/2022
- Built Java services
"""


@pytest.mark.parametrize(
    "title",
    ["Career break", "Career gap", "Family leave", "Carer's leave", "Time off", "Planned break"],
)
def test_a_break_as_cvs_write_it_pauses_the_career(title: str) -> None:
    """However the break is worded, it counts nothing and the developer's years before it count.

    Feb 2024 – Dec 2026: 35; Jan 2019 – Feb 2022: 38 (a break pauses software development).
    """
    reading = read_cv_text(BREAK_BETWEEN.format(title=title))
    assert [(j.kind, j.months) for j in reading.jobs] == [
        ("job", 35.0),
        ("break", 0.0),
        ("job", 38.0),
    ]
    assert reading.relevant_months == 73.0


def test_a_job_covering_a_leave_is_a_job() -> None:
    """``Data Analyst (family leave cover)`` names an occupation: its 23 months count."""
    reading = read_cv_text(BREAK_BETWEEN.format(title="Data Analyst (family leave cover)"))
    assert [(j.kind, j.months, j.relevant) for j in reading.jobs][1] == ("job", 23.0, True)
