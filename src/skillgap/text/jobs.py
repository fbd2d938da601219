"""A CV's jobs: where each starts, its title and employer, its share of full time, its months.

* A **job** is a line of an experience section with a date range (:mod:`skillgap.text.dates`),
  or with a single date at its end after a separator (``... · *Summer 2023*``). Its title is
  the text before the date, the text after it when the line starts with the dates
  (``2019 – 2021  Data Analyst, Acme``), or the lines above it (``**Title** — Employer``);
  when the text before the date is the employer and the line above names the job
  (``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``), both.
* **Share of full time** from the job's own lines: "20 h/week" (hours / 40), "0.5 WTE",
  "(80%)", "3 days a week" (days / 5), "part-time" or "half-time" 0.5, "weekends" or
  "evenings" 0.25.
* **Relevant** work is work in data, ML, AI, analytics or research (*core*), or engineering,
  software and operations work (*related*: an ML engineer's software years, an MLOps
  engineer's SRE and systems years); nursing, teaching, a library or a café are not.
* **Months**: every calendar month once. Relevant jobs are counted first, full-time ones
  first, so a part-time job beside a full-time one adds nothing and a job that is not
  relevant never takes a relevant one's months. A break (career break, sabbatical) and leave
  inside a job ("parental leave Mar 2025 – Aug 2025") are not counted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from skillgap.text.dates import DURATION, Span, find_span
from skillgap.text.match import Matcher, clean_sentence
from skillgap.text.read import Line
from skillgap.text.sections import Section, kind_of

#: Work in data, ML, AI, analytics or research: relevant to every target the catalog has.
_CORE: Final = re.compile(
    r"\b(data|machine learning|ml|ai|analyst|analytics|scientist|research|researcher|"
    r"postdoc\w*|dashboard|reporting|mlops|deep learning|nlp|statistic\w*|bi|"
    r"business intelligence|computer vision|quant\w*)\b",
    re.I,
)
#: Engineering, software and operations work (an ML engineer's software years, an MLOps
#: engineer's SRE and systems years), unless the engineering is another trade.
_RELATED: Final = re.compile(
    r"\b(engineer\w*|developer|programmer|software|sre|site reliability|devops|"
    r"sys\.?\s?admin\w*|systems administrator|database administrator|dba|architect|robotics|"
    r"computer science|computing)\b",
    re.I,
)
_OTHER_TRADE: Final = re.compile(
    r"\b(mechanical|civil|chemical|structural|process|manufacturing|sales|field service|"
    r"maintenance|building|mining|petroleum|sound|audio)\s+engineer",
    re.I,
)
_BREAK: Final = re.compile(r"\b(career break|sabbatical|break|parental leave|leave)\b", re.I)
_HOURS: Final = re.compile(
    r"(\d{1,2})\s*(?:h|hrs?|hours?)\s*(?:/|per|a|an|each)\s*(?:w|wk|week)\b", re.I
)
_SHARE: Final = re.compile(r"(?<![\d.])(0?\.\d{1,2}|1\.0|1)\s*(?:WTE|FTE)\b", re.I)
_PERCENT: Final = re.compile(
    r"(?:\(|\bat\s)\s*(\d{2,3})\s?%\s*(?:FTE|WTE|time)?\s*\)?|\b(\d{2,3})\s?%\s*(?:FTE|WTE|time)",
    re.I,
)
_DAYS: Final = re.compile(r"\b([1-4])\s*days?\s*(?:/|per|a|an|each)\s*(?:w|wk|week)\b", re.I)
_PART_TIME: Final = re.compile(r"\b(part-time|part time|half-time|half time)\b", re.I)
_SPARE: Final = re.compile(r"\b(weekends?|evenings?)\b", re.I)
_LEAVE: Final = re.compile(r"\bleave\b", re.I)
_BULLET: Final = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: What may stand before a single date ending a job's line: a separator or nothing.
_BEFORE_SINGLE: Final = re.compile(r"(?:^|[—–|·,(*_]|\s-)\s*[*_]*\s*$")


@dataclass
class Job:
    """A job (or internship, or break) with its dates, share of full time and months."""

    title: str
    span: Span
    fte: float = 1.0
    kind: str = "job"  # job, internship, break
    relevant: bool = True
    core: bool = True  # data, ML, AI, analytics or research work itself
    months: float = 0.0  # full-time-equivalent months counted (overlaps and leave removed)
    calendar_months: int = 0  # the months its dates cover, leave removed (part-time kept whole)
    skills: list[str] = field(default_factory=list)
    leave: Span | None = None


def fte_of(text: str) -> float:
    """A job's share of full time from the words of its lines (1 when they give none)."""
    if hours := _HOURS.search(text):
        return round(min(1.0, int(hours[1]) / 40), 3)
    if share := _SHARE.search(text):
        value = float(share[1])
        if 0 < value <= 1:
            return round(value, 3)
    if percent := _PERCENT.search(text):
        value = int(percent[1] or percent[2])
        if 10 <= value <= 100:
            return round(value / 100, 3)
    if days := _DAYS.search(text):
        return round(int(days[1]) / 5, 3)
    if _SPARE.search(text):
        return 0.25
    return 0.5 if _PART_TIME.search(text) else 1.0


def relevance(header: str) -> tuple[bool, bool]:
    """Whether a job's title and employer name relevant work, and core work (data, ML, AI)."""
    text = DURATION.sub(" ", header)
    core = bool(_CORE.search(text))
    related = bool(_RELATED.search(text)) and not _OTHER_TRADE.search(text)
    return core or related, core


def _span_of(text: str) -> Span | None:
    """The dates a job's line gives: a range, or a single date ending the line."""
    span = find_span(text)
    if span is not None:
        return span
    single = find_span(text, single=True)
    if single is not None and _BEFORE_SINGLE.search(text[: text.find(single.text)]):
        return single
    return None


def _title_above(lines: list[tuple[Line, bool]], i: int) -> str:
    parts: list[str] = []
    for prev, is_heading in reversed(lines[max(0, i - 3) : i]):
        if not prev.text.strip() or _BULLET.match(prev.text) or _span_of(prev.text):
            break
        if is_heading and kind_of(prev.text) != "other" and not _BREAK.search(prev.text):
            break  # "Experience" heads the section, not the job ("Career break" does)
        if DURATION.sub("", clean_sentence(prev.text)).strip():  # LinkedIn's "6 years 2 months"
            parts.insert(0, clean_sentence(prev.text))
        if is_heading or re.search(r"\s[—|–]\s", prev.text):
            break  # "Title — Employer": the job's first line
    return " ".join(parts).strip()


def _title_below(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right below a job's dates, when the dates stand alone above the title."""
    if i + 1 >= len(lines):
        return ""
    nxt, is_heading = lines[i + 1]
    text = clean_sentence(nxt.text)
    if not text or is_heading or _BULLET.match(nxt.text) or _span_of(nxt.text):
        return ""
    return text if len(text) <= 120 and not text.endswith(".") else ""


def _line_above(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right above a job's dates when it names the job (no blank line between)."""
    if i == 0:
        return ""
    prev, is_heading = lines[i - 1]
    text = clean_sentence(prev.text)
    if (
        not text
        or _BULLET.match(prev.text)
        or _span_of(prev.text)
        or (is_heading and kind_of(prev.text) != "other" and not _BREAK.search(prev.text))
        or text.endswith(".")
        or len(text) > 120
    ):
        return ""
    return text


def read_jobs(sections: Iterable[Section], matcher: Matcher) -> list[Job]:
    """The jobs of a CV's experience sections, in the order written (months not yet counted)."""
    lines: list[tuple[Line, bool]] = []
    for section in sections:
        lines += [(section.lines[0], True), *((ln, False) for ln in section.lines[1:])]
    jobs: list[Job] = []
    current: Job | None = None
    for i, (line, heading) in enumerate(lines):
        text = line.text
        bullet = bool(_BULLET.match(text))
        span = None if bullet or not text.strip() else _span_of(text)
        if span is None:
            if current is not None and (bullet or not heading):
                current.skills += [f.id for f in matcher.find_in_line(line)]
            continue
        at = text.find(span.text)
        title = clean_sentence(text[:at]).strip(" —–-|*·,(")
        after = clean_sentence(DURATION.sub(" ", text[at + len(span.text) :])).strip(" —–-|*·,:")
        if (
            not re.search(r"[A-Za-z]{3}", title)
            and re.search(r"[A-Za-z]{3}", after)
            and not after.startswith("(")  # "(parental leave ...)": a note, not the title
            and find_span(after) is None
        ):
            title = after  # "2019 – 2021  Data Analyst, Acme": the dates first
        elif not re.search(r"[A-Za-z]{3}", title):
            title = _title_above(lines, i) or _title_below(lines, i)
        elif above := _line_above(lines, i):
            title = f"{above} — {title}"  # the job above, its employer before the dates
        rest = text[at + len(span.text) :]
        leave_span = find_span(rest) if _LEAVE.search(rest) else None
        header = title + " " + text
        kind = (
            "break"
            if _BREAK.match(title) or re.search(r"career break|sabbatical", title, re.I)
            else "internship"
            if re.search(r"\bintern(ship)?\b", title, re.I)
            else "job"
        )
        relevant, core = relevance(title)
        current = Job(
            title=title or clean_sentence(text),
            span=span,
            fte=fte_of(header),
            kind=kind,
            relevant=relevant and kind != "break",
            core=core and kind != "break",
            leave=leave_span,
        )
        jobs.append(current)
        current.skills += [f.id for f in matcher.find_in_line(Line(0, title))]
    for job in jobs:
        job.skills = list(dict.fromkeys(job.skills))
    return jobs


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
        for month in sorted(months):
            share = min(job.fte, 1.0 - used.get(month, 0.0))
            if share > 0:
                used[month] = used.get(month, 0.0) + share
                total += share
        out[n] = round(total, 1)
    return out


def count_months(jobs: list[Job], as_of: dt.date) -> None:
    """Each job's full-time-equivalent months: shared months once, breaks and leave not."""
    working = [j for j in jobs if j.kind != "break"]
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
