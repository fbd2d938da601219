"""A CV's career counted: each job's months, every calendar month once.

Relevant jobs are counted first, full-time ones first, so a part-time job beside a full-time
one adds nothing and a job that is not relevant never takes a relevant one's months; breaks
and leave inside a job are not counted. Related work left before a career break is an
earlier career (:func:`earlier_career`).

**Roles under one heading.** A dated line whose span holds the jobs listed right under it
is an employer's or a freelance practice's span, not a job of its own, when those jobs
cover at least two thirds of its months: four promotions under ``OSTRAVIK RETAIL GROUP AB —
Sep 2017 – Present``, or a freelancer's clients under ``Freelance ML Consultant · Jan 2023 –
present`` (``- Brightwell — LLM Engineer (3 days/week) · Feb 2024 – present``). The roles
are counted, each at its own share of full time (a month's shares add up to one at most),
and the heading adds nothing. A dated list item naming a role under a job that it does not
make such a heading of is a part of that job, as before (a project's dates).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Final

from skillgap.text.dates import Span, find_span
from skillgap.text.job_lines import employers, inside
from skillgap.text.job_titles import TITLE_NOUN
from skillgap.text.jobs import PRACTICE, heads_roles
from skillgap.text.range_wraps import lines_unwrapped
from skillgap.text.read import Line
from skillgap.text.work import Job, names_other_work


def _allot(jobs: Iterable[Job], as_of: dt.date) -> dict[int, float]:
    """Each job's months (by its place in ``jobs``), every calendar month shared once."""
    used: dict[tuple[int, int], float] = {}
    out: dict[int, float] = {}
    order = sorted(
        enumerate(jobs), key=lambda p: (not p[1].relevant, -p[1].fte, p[1].span.start, p[1].title)
    )
    for n, job in order:
        months = job.span.month_set(as_of)
        if job.leave is not None:
            months -= job.leave.month_set(as_of)
        total = 0.0
        first = job.first_share[0].month_set(as_of) if job.first_share else set()
        for month in sorted(months):
            fte = job.first_share[1] if job.first_share and month in first else job.fte
            share = min(fte, 1.0 - used.get(month, 0.0))
            if share > 0:
                used[month] = used.get(month, 0.0) + share
                total += share
        out[n] = round(total, 1)
    return out


#: Software development, a trade a career break pauses: "Backend Engineer", "Software Developer".
_BUILDS_SOFTWARE: Final = re.compile(
    r"\b(developer|programmer|software|back-?end|front-?end|full[- ]?stack|\w*entwickler\w*)\b",
    re.I,
)
#: Platform and operations engineering for software or models, a trade a career break pauses
#: when the work after the break is the same trade: "DevOps Engineer" before it, "MLOps
#: Engineer" or "Site Reliability Engineer" after it.
_RUNS_PLATFORMS: Final = re.compile(
    r"\b(?:dev|ml|llm|ai|data)ops\b|\bsite reliability\b|\bSRE\b|\bplatform engineer", re.I
)
#: Database administration before a break, data platform or data engineering work after it:
#: the same trade, for a data team ("Oracle DBA" before, "Data Platform Lead" after).
_ADMINISTERS_DATABASES: Final = re.compile(r"\b(?:dba|database administrat\w*)\b", re.I)
_RUNS_DATA_PLATFORMS: Final = re.compile(
    r"\bdata\s+(?:platform|engineer\w*|infrastructure|warehous\w*)\b", re.I
)
#: Months without work between two jobs that still make one career.
_GAP: Final = 3


def _index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _bounds(job: Job, as_of: dt.date) -> tuple[int, int]:
    end = job.span.end if job.span.end is not None else as_of
    return _index(job.span.start), max(_index(job.span.start), _index(min(end, as_of)))


def _index_set(span: Span, as_of: dt.date) -> set[int]:
    return {year * 12 + month - 1 for year, month in span.month_set(as_of)}


#: A degree in the field of software and engineering work: its years go on with that career.
_COMPUTING_FIELD: Final = re.compile(
    r"\b(computer science|computing|software engineering|computer engineering|informatics|"
    r"information technology|informatik|informatique|informática)\b",
    re.I,
)
#: A degree in data, ML or AI: taken after other work, the way into another career.
_DATA_FIELD: Final = re.compile(
    r"\b(machine learning|data|artificial intelligence|ai|analytics|(?:bio)?statistic\w*|"
    r"deep learning|learning)\b",
    re.I,
)
#: The most words a line under a degree's takes to be only its dates ("2020 – 2022").
_DATES_LINE_WORDS: Final = 4


def computing_studies(lines: Sequence[Line]) -> list[Span]:
    """The dates of an education section's degrees in computing (not in data, ML or AI).

    ``M.Sc., Computer Science, Université de Mont-Royal — 2020 – 2022``: a software
    developer who took it between the software years and research kept one career (the
    text before the dates names the field; a thesis after them does not change it).
    """
    out: list[Span] = []
    lines = lines_unwrapped(lines)
    for i, line in enumerate(lines):
        span = find_span(line.text)
        named = line.text[: line.text.find(span.text)] if span is not None else line.text
        if not _COMPUTING_FIELD.search(named) or _DATA_FIELD.search(named):
            continue
        if span is None and i + 1 < len(lines):  # "MSc Computer Science" / "2020 – 2022"
            below = lines[i + 1].text
            span = find_span(below)
            if span is not None and len(below.replace(span.text, " ").split()) > _DATES_LINE_WORDS:
                span = None
        if span is not None:
            out.append(span)
    return out


def _same_employer(one: Job, other: Job) -> bool:
    """Whether two jobs name the same employer (a name that is no job title's).

    ``Senior Network Operations Engineer — Jambo Networks Kenya Ltd`` and ``Machine
    Learning Engineer — Jambo Networks Kenya Ltd, AI & Analytics``: "Jambo Networks Kenya".
    """
    shared = employers(one) & employers(other)
    return any(not TITLE_NOUN.search(name) for name in shared)


def _same_trade(before: Job, after: Job) -> bool:
    """Whether the work after a break is the platform trade of the work before it.

    ``DevOps Engineer`` before a year's break to care for a parent, ``MLOps Engineer`` after
    it: the same trade, for models; so are ``Oracle DBA`` before it and ``Data Platform
    Lead`` after it (the same trade, for a data team). A systems administrator's years
    before a break and a DevOps team's after it are not (another trade).
    """
    if _ADMINISTERS_DATABASES.search(before.title):  # a DBA's years, then a data platform's
        return bool(_RUNS_DATA_PLATFORMS.search(after.title))
    return bool(_RUNS_PLATFORMS.search(before.title) and _RUNS_PLATFORMS.search(after.title))


def earlier_career(jobs: list[Job], as_of: dt.date, studies: Sequence[Span] = ()) -> None:
    """Related work left before a career break or a long gap is an earlier career: not counted.

    Data, ML, AI and research work (*core*) always counts, and so do internships and related
    work whose own lines name data or ML work. Other related work
    (engineering, software, operations) counts when it runs into the core work: no career
    break between them and no more than three months without work, job to job. A backend
    developer who then took an ML master's, or a sysadmin who took a career break before
    the DevOps years, had another career first. With no core work at all, related work is
    the career and counts. The years of a doctorate are research, not months without work: a
    software engineer who went on to a PhD and then research work kept one career. A career
    break pauses software development rather than ending it: a developer's years before a
    sabbatical join the DevOps years after it (a sysadmin's do not), and so does platform
    work resumed after a break: a DevOps engineer's years before it join the MLOps years
    after it.

    **Back with the same employer.** Related work at the employer the data, ML or research
    work is done for joins that work whatever lies between: a network engineer who took a
    break to study and came back to the same company as its ML engineer has one career
    there (the employer took the earlier years as the ground of the new role); a sysadmin
    who after parental leave joined another company's DevOps team, or a developer who left
    for an ML master's and joined another company, started a new career.
    """
    breaks = [_bounds(j, as_of) for j in jobs if j.kind == "break"]
    studied = set().union(*(_index_set(s, as_of) for s in studies))
    paused = {m for s, e in breaks for m in range(s, e + 1)}
    kept = [j for j in jobs if j.relevant and (j.core or j.kind == "internship")]
    if not any(j.core for j in kept):
        return
    pending = [j for j in jobs if j.relevant and j.kind == "job" and not j.core]
    kept += [j for j in pending if j.did_core_work]
    pending = [j for j in pending if not j.did_core_work]

    def joined(one: Job, other: Job) -> bool:
        if _same_employer(one, other):
            return True  # back with the employer after a break: one career there
        (first, a), (last, b) = sorted(
            ((_bounds(one, as_of), one), (_bounds(other, as_of), other)), key=lambda p: p[0]
        )
        if first[1] >= last[0]:
            return True  # they overlap
        gap = (first[1] + 1, last[0] - 1)
        idle = set(range(gap[0], gap[1] + 1)) - studied
        if _BUILDS_SOFTWARE.search(a.title) or _same_trade(a, b):
            return len(idle - paused) <= _GAP  # a break paused the trade: it did not end it
        broken = any(s <= gap[1] and e >= gap[0] for s, e in breaks)
        return not broken and len(idle) <= _GAP

    grew = True
    while grew:
        grew = False
        for job in list(pending):
            if any(joined(job, k) for k in kept):
                kept.append(job)
                pending.remove(job)
                grew = True
    for job in pending:
        job.relevant = False
        job.why_not = (
            "an earlier career: a career break or more than three months without work "
            "lies between it and the data, ML or research work"
        )


#: The share of a heading's months the roles under it cover that makes it their heading.
_HEADING_COVER: Final = 2 / 3


def roles_under_headings(jobs: list[Job], as_of: dt.date) -> None:
    """Spans over the roles listed right under them are headings; other listed items, parts.

    A dated line naming an employer and no job (or a freelance practice), followed by jobs
    within its dates that cover two thirds of its months or more, is their employer's or
    their practice's span: not counted itself. A dated list item
    naming a role under a job that is no such heading is part of that job (a project's or a
    promotion's dates): its skills are the job's, its months nothing of their own.
    """
    kept: list[Job] = []
    for n, job in enumerate(jobs):
        if job.part_of is not None and not job.part_of.heading:
            job.part_of.skills += [s for s in job.skills if s not in job.part_of.skills]
            continue
        kept.append(job)
        if job.kind == "break" or job.part_of is not None or not heads_roles(job.title):
            continue
        parts: list[Job] = []
        for other in jobs[n + 1 :]:
            if not inside(other.span, job.span):
                break
            if other.kind != "break":
                parts.append(other)
        own = job.span.month_set(as_of)
        covered = set().union(*(p.span.month_set(as_of) for p in parts)) & own
        if parts and len(covered) >= len(own) * _HEADING_COVER:
            if job.relevant and PRACTICE.search(job.title):
                for part in parts:  # a client's engagement is the practice's work ("Acme
                    if not names_other_work(part.title):  # (60%)", "AI workshops")
                        part.relevant, part.core = True, part.core or job.core
            job.heading = True
            job.relevant = job.core = False
            job.why_not = "the span of the roles listed under it, each counted on its own"
    jobs[:] = kept


def count_months(jobs: list[Job], as_of: dt.date, studies: Sequence[Span] = ()) -> None:
    """Each job's full-time-equivalent months: shared months once, breaks and leave not.

    Headings over roles and dated parts of a job first (:func:`roles_under_headings`).
    """
    roles_under_headings(jobs, as_of)
    earlier_career(jobs, as_of, studies)
    working = [j for j in jobs if j.kind != "break" and not j.heading]
    for n, months in _allot(working, as_of).items():
        working[n].months = months
    for job in jobs:
        covered = job.span.month_set(as_of)
        if job.leave is not None:
            covered -= job.leave.month_set(as_of)
        job.calendar_months = len(covered)


def core_months(jobs: list[Job], as_of: dt.date) -> float:
    """Full-time-equivalent months of data, ML, AI and research work alone."""
    return round(sum(_allot([j for j in jobs if j.core], as_of).values()), 1)
