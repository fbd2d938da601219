"""Jobs in a table with a header row: each row a job, read by its header's columns.

``| Client | What I did | Dates | Load |`` / ``|---|---|---|---|`` / ``| **Orbit Legal AI**
(seed) | Data platform for their LLM product analytics | Jun 2025 – Present | 50% |``: the
client (employer, company) is whom the work was for, the role (title, position) the job's
title, "what I did" (description, duties) its lines, the load (FTE, hours, share) its share
of full time; a row naming a sabbatical or a career break is a break. A row naming a
client and no role is an engagement, relevant when its lines name data or ML work
("Demand forecasting per district, Airflow pipelines"). A row is a job
whatever its lines' length or punctuation (a cell's ``;`` or ``:`` ends no sentence there).

The header names every column (a table of skills or degrees is not one of jobs): one of its
dates and one of its employer or role. A cell joining words by "/" or "&" is of the kind of
the words it knows: ``Team / Title`` is the role's column (a big company's internal transfers
written as one table, each row a team and its title). A row whose cells do not line up
with the header's, or whose dates cell gives no dates, is read as any other line.
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import find_span
from skillgap.text.job_lines import inside, title_skills
from skillgap.text.match import Matcher
from skillgap.text.read import Line
from skillgap.text.work import CORE_WORK, LEAVE, Job, fte_of, make_job, names_other_work

#: The words a header's cell names its column by.
_COLUMNS: Final = {
    "employer": {
        "client",
        "customer",
        "employer",
        "company",
        "firm",
        "organisation",
        "organization",
    },
    "title": {"role", "title", "position", "job", "job title", "role / title", "role/title"},
    "dates": {"dates", "date", "period", "when", "from – to", "from - to", "duration"},
    "share": {"load", "fte", "hours", "share", "workload", "allocation", "time", "commitment"},
    "duties": {
        "what i did",
        "description",
        "duties",
        "responsibilities",
        "scope",
        "work",
        "project",
        "projects",
        "highlights",
        "details",
        "notes",
        "focus",
    },
    "place": {"location", "city", "place", "where", "country", "based", "office"},
}
_KIND: Final = {word: kind for kind, words in _COLUMNS.items() for word in words}
#: A table's rule under its header: ``|---|:---:|``.
_RULE: Final = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
#: A remark in a header's cell: "Client (anonymised)" names the client's column.
_REMARK: Final = re.compile(r"\([^()]*\)")
#: A cell that says nothing: "—", "-", "n/a".
_EMPTY: Final = re.compile(r"^[\s—–-]*$|^n/?a$", re.I)
#: A load written as a bare percentage or a share: "50%", "~60 %", "0.5".
_PERCENT: Final = re.compile(r"~?\s*(\d{1,3})\s*%")
_FRACTION: Final = re.compile(r"(0?[.,]\d{1,2}|1(?:[.,]0)?)")


def _cells(text: str) -> list[str]:
    return [clean_sentence(c).strip(" *_") for c in text.strip().strip("|").split("|")]


def _column(cell: str) -> str:
    """A header cell's words, a remark in brackets left out: "Client (anonymised)"."""
    return " ".join(_REMARK.sub(" ", cell).casefold().rstrip(": ").split()).rstrip(":")


def _kind(cell: str) -> str | None:
    """A header cell's kind; a cell joining words by "/" takes its known ones' ("Team / Title")."""
    if cell in _KIND:
        return _KIND[cell]
    known = {_KIND[p] for p in (p.strip() for p in re.split(r"[/&]", cell)) if p in _KIND}
    return known.pop() if len(known) == 1 else None


def _header(text: str) -> list[str] | None:
    """The kinds of a job table's columns, from its header row; None when it is not one."""
    if not text.lstrip().startswith("|") or _RULE.match(text):
        return None
    kinds = [_kind(_column(c)) for c in _cells(text)]
    if None in kinds or "dates" not in kinds or not {"employer", "title"} & set(kinds):
        return None
    return [k for k in kinds if k is not None]


def _share(cell: str, column: str) -> float | None:
    """A load cell's share of full time: "50%", "0.5", "20" hours, "part-time"; None if none."""
    if _EMPTY.match(cell):
        return None
    if m := _PERCENT.fullmatch(cell.strip()):
        value = int(m[1])
        return round(value / 100, 3) if 10 <= value <= 100 else None
    if m := _FRACTION.fullmatch(cell.strip()):
        share = float(m[1].replace(",", "."))
        return share if 0 < share <= 1 else None
    if column == "hours" and (m := re.fullmatch(r"(\d{1,2})\s*h?", cell.strip())):  # "20"
        return round(min(1.0, int(m[1]) / 40), 3)
    return fte_of(cell)


def _row_job(cells: list[str], kinds: list[str], header: list[str], text: str) -> Job | None:
    """A table row's job, its title its role and employer (then its other cells), or None."""
    by_kind: dict[str, list[str]] = {}
    for cell, kind in zip(cells, kinds, strict=True):
        if not _EMPTY.match(cell):
            by_kind.setdefault(kind, []).append(cell)
    dates = " ".join(by_kind.get("dates", []))
    span = find_span(dates, single=True)
    if span is None:
        return None
    named = [c for k in ("title", "employer", "duties", "place") for c in by_kind.get(k, [])]
    if not named:
        return None
    title = " — ".join(named)
    job = make_job(title, "", text, span, None)
    for cell in (c for k, cs in by_kind.items() if k != "dates" for c in cs):
        leave = find_span(cell[m.end() :]) if (m := LEAVE.search(cell)) else None
        if leave is not None and inside(leave, span):
            job.leave = leave  # the leave comes off the row's job
            break
    share_at = [n for n, k in enumerate(kinds) if k == "share"]
    for n in share_at:
        value = _share(cells[n], header[n])
        if value is not None:
            job.fte = value
    job.did_core_work = bool(CORE_WORK.search(" ".join(by_kind.get("duties", []))))
    engagement = "title" not in by_kind and job.kind == "job" and not job.why_not
    job.engagement = engagement and "share" not in kinds  # a staff consultant's client row
    if engagement and job.did_core_work and not names_other_work(title):
        job.relevant = job.core = True  # a client's row whose lines name data or ML work
    return job


def table_jobs(lines: list[tuple[Line, bool]], matcher: Matcher) -> dict[int, Job | None]:
    """The jobs of the job tables among a CV's lines, by line; a header's or rule's line None.

    A line not in the answer is read as any other (a row that does not line up with its
    header, a row without dates, every line outside a job table).
    """
    out: dict[int, Job | None] = {}
    kinds: list[str] | None = None
    header: list[str] = []
    for i, (line, heading) in enumerate(lines):
        text = line.text
        if heading or not text.lstrip().startswith("|"):
            kinds = None
            continue
        if kinds is None:
            kinds = _header(text)
            if kinds is not None:
                header = [_column(c) for c in _cells(text)]
                out[i] = None
            continue
        if _RULE.match(text):
            out[i] = None
            continue
        cells = _cells(text)
        if len(cells) != len(kinds):
            continue
        job = _row_job(cells, kinds, header, text)
        if job is not None:
            skills = [f.id for f in title_skills(job.title, matcher)]
            job.skills += list(dict.fromkeys(skills))
            out[i] = job
    return out
