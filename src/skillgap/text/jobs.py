"""A CV's jobs: where each starts, its title and employer, its share of full time, its months.

* A **job** is a line of an experience section with a date range (:mod:`skillgap.text.dates`),
  or with a single date at its end after a separator (``... · *Summer 2023*``). Its title is
  the text before the date, the text after it when the line starts with the dates
  (``2019 – 2021  Data Analyst, Acme``; in cells, ``Oct 2025 - now | Title (part-time) |
  Employer``, the first cell naming a job), or the lines above it (``**Title** — Employer``);
  when the text before the date is the employer and the line above names the job
  (``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``), both.
* **Share of full time** and **relevant** work: :mod:`skillgap.text.work`.
* **Months**: every calendar month once. Relevant jobs are counted first, full-time ones
  first, so a part-time job beside a full-time one adds nothing and a job that is not
  relevant never takes a relevant one's months. A break (career break, sabbatical), leave
  inside a job ("parental leave Mar 2025 – Aug 2025", on its line or one of its own under
  it), volunteering ("Volunteer Data Analyst", as a volunteering section) and training
  listed as a job ("Data Analytics Bootcamp": :func:`skillgap.text.work.is_training`) are
  not counted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from skillgap.text.dates import DURATION, Span, find_span, leading_date
from skillgap.text.match import Matcher, clean_sentence
from skillgap.text.read import Line
from skillgap.text.sections import OPEN_END, Section, kind_of
from skillgap.text.work import CORE_WORK, fte_of, is_training, relevance

#: Small words inside a title or an employer's name.
_PARTICLE: Final = re.compile(
    r"(?:of|and|at|the|for|de|du|des|der|für|und|y|la|le|di|van|von|da|in|an?|sp\.|z|o\.o\.)"
)
#: Unpaid work beside a career, as its title says ("Volunteer Data Analyst").
#: The title starts so, or says so in brackets; an employer's name ("Volunteer Centre") may
#: follow a paid title.
_VOLUNTEER: Final = re.compile(
    r"^[\W_]*volunteer(?:ing)?\b|\((?:unpaid|volunteer(?:ing)?)\)|\bunpaid\b", re.I
)
#: A page's footer copied with the text ("Page 1 of 3").
_PAGE: Final = re.compile(r"^\s*page \d+ (?:of|/) \d+\s*$", re.I)
#: The nouns job titles end in: a line without one is a place or a note, not a title.
_TITLE_NOUN: Final = re.compile(
    r"\b(engineer\w*|developer|analyst|scientist|research\w*|intern(?:ship)?|assistant|"
    r"associate|manager|lead|head|director|consultant|architect|administrator|admin|"
    r"specialist|officer|teacher|tutor|lecturer|professor|nurse|contractor|freelance\w*|"
    r"founder|fellow|postdoc\w*|student|technician|designer|programmer|owner|coordinator|"
    r"advis[eo]r|executive|clerk|operator|trainee|apprentice|cashier|barista|sre|devops|"
    r"mlops|writer|editor|instructor|coach|partner|principal|cto|ceo|vp|chef|driver)\b",
    re.I,
)
#: A place or a way of working written after a job's dates: never its title.
_PLACE: Final = re.compile(r"\b(remote|hybrid|on-?site|in[- ]office|relocat\w*)\b", re.I)
#: LinkedIn's employment type on a line of its own ("Full-time", "Full-time · 6 yrs").
_EMPLOYMENT_TYPE: Final = re.compile(
    r"^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|"
    r"apprenticeship|seasonal|temporary)\b[\s·•|,]*(?:\d.*)?$",
    re.I,
)
#: A sentence ended and another begun: "... my father. Used the time ...".
_SENTENCE_BREAK: Final = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]*\s+[a-z]")
_RULE: Final = re.compile(r"^\s*[-=_*~]{3,}\s*$")
_BREAK: Final = re.compile(r"\b(career break|sabbatical|break|parental leave|leave)\b", re.I)
_LEAVE: Final = re.compile(r"\bleave\b", re.I)
#: A line that is only a leave and its dates: "(parental leave 02/2024 – 07/2024)".
_LEAVE_NOTE: Final = re.compile(
    r"[\s(\[:,–—-]*(?:(?:parental|maternity|paternity|family|sick|unpaid)\s+)?leave"
    r"(?:\s+of\s+absence)?[\s)\]:,.–—-]*",
    re.I,
)
_BULLET: Final = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: The cells of a job's line: ``Oct 2025 - now | Title | Employer``.
_CELL: Final = re.compile(r"\s*\|\s*")
#: A note in brackets ending a title: ``ML Consultant (full-time, 3 months)``.
_NOTE_AT_END: Final = re.compile(r"\s*\([^()]*\)\s*$")
#: What may stand before a single date ending a job's line: a separator, a wide gap (the date
#: set right, ``Data Science Intern, Acme       Summer 2019``) or nothing.
_BEFORE_SINGLE: Final = re.compile(r"(?:^|[—–|·,(*_]|\s-{1,2}|\S\s{3,})\s*[*_]*\s*$")


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
    did_core_work: bool = False  # its own lines name data or ML work
    why_not: str = ""  # why relevant-looking work is not counted


def _span_of(text: str) -> Span | None:
    """The dates a job's line gives: a range, or a single date ending or starting the line."""
    span = find_span(text)
    if span is not None:
        return span
    single = find_span(text, single=True)
    if single is not None and _BEFORE_SINGLE.search(text[: text.find(single.text)]):
        return single
    return leading_date(text)


def _prose(text: str, span: Span) -> bool:
    """Whether a line with dates is a sentence about something else, not a job's line.

    ``Moved home. Used the time to retrain: a bootcamp (Jan–Jun 2024) and ...``: a sentence
    ended before the dates, or many words around them.
    """
    at = text.find(span.text)
    before, after = text[:at], clean_sentence(text[at + len(span.text) :])
    words = len(clean_sentence(before).split()) + len(after.split())
    ends_sentence = after.rstrip(" *_").endswith(".") and len(after.split()) >= 3
    return words > 18 or ends_sentence or bool(_SENTENCE_BREAK.search(before))


def _ends_prose(text: str) -> bool:
    """A sentence's end: ``... model evaluation design.``, ``students; taught NLP at MVA.``.

    Its words run in lower case; a title's or an employer's are capitalised but for
    particles (``Senior Data Analyst at Acme Corp.``, ``Lab of Cell Signalling.``).
    """
    words = clean_sentence(text).split()
    if len(words) < 4 or not text.rstrip().endswith("."):
        return False
    lower = [w for w in words if w[:1].islower() and not _PARTICLE.fullmatch(w.strip(",;:"))]
    return len(lower) >= 2


def _stops(line: Line, is_heading: bool) -> bool:
    """A line that ends a job's block above its dates: blank, a bullet, a rule, other dates."""
    text = line.text
    return (
        not text.strip()
        or bool(_BULLET.match(text))
        or bool(_PAGE.match(text))
        or _ends_prose(text)
        or bool(_RULE.match(text))
        or _span_of(text) is not None
        or bool(_SENTENCE_BREAK.search(text))
        or (is_heading and kind_of(text) != "other" and not _BREAK.search(text))
    )


def _title_above(lines: list[tuple[Line, bool]], i: int) -> tuple[str, str]:
    """The job's lines above its dates (up to three), and LinkedIn's employment type there.

    ``Company`` / ``Title`` / ``Full-time`` / ``Jul 2019 - Dec 2020``: the title is
    ``Company — Title``; "Full-time" says how much, not what.
    """
    parts: list[str] = []
    notes: list[str] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        prev, is_heading = lines[j]
        if _stops(prev, is_heading):
            break  # "Experience" heads the section, not the job ("Career break" does)
        text = clean_sentence(prev.text)
        if j > 0 and _span_of(lines[j - 1][0].text) and not _TITLE_NOUN.search(text):
            break  # "Berlin, Germany" right under the job before's dates: its place
        if _EMPLOYMENT_TYPE.match(text):
            notes.insert(0, text)
        elif DURATION.sub("", text).strip():  # LinkedIn's "6 years 2 months"
            parts.insert(0, text)
        if is_heading or re.search(r"\s[—|–]\s", prev.text):
            break  # "Title — Employer": the job's first line
    return " — ".join(parts).strip(), " ".join(notes)


def _title_below(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right below a job's dates, when the dates stand alone above the title."""
    if i + 1 >= len(lines):
        return ""
    nxt, is_heading = lines[i + 1]
    text = clean_sentence(nxt.text)
    if not text or is_heading or _stops(nxt, False):
        return ""
    return text if len(text) <= 120 and not text.endswith(".") else ""


def _line_above(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right above a job's dates when it names the job (no blank line between)."""
    if i == 0:
        return ""
    prev, is_heading = lines[i - 1]
    text = clean_sentence(prev.text)
    if _stops(prev, is_heading) or text.endswith(".") or len(text) > 120:
        return ""
    return text


def _table_title(text: str, span: Span) -> str | None:
    """A table row's job: its cells other than the dates (``| Title | Company | Dates |``)."""
    if not text.lstrip().startswith("|"):
        return None
    cells = [clean_sentence(c).strip(" *_") for c in text.strip().strip("|").split("|")]
    named = [c for c in cells if c and span.text not in c and find_span(c) is None]
    return " — ".join(named)


def _cell_title(after: str) -> str:
    """``DATE | Title (part-time) | Employer, City``: the first cell naming a job, then the rest.

    A cell that is only a note (``(part-time)``) or more dates is skipped; the title's own
    note in brackets says how much, not what (the share is read from the whole line).
    """
    cells = [clean_sentence(c).strip(" *_") for c in _CELL.split(after)]
    if len(cells) < 2 or (cells[0] and not cells[0].startswith("(")):
        return ""  # not a row of cells after the dates (a note in brackets may stand first)
    for cell in cells[1:]:
        if cell.startswith("(") or find_span(cell) is not None or not _TITLE_NOUN.search(cell):
            continue
        others = [c for c in cells if c and c != cell and not c.startswith("(")]
        return " — ".join([_NOTE_AT_END.sub("", cell).strip(), *others])
    return ""


def _title(lines: list[tuple[Line, bool]], i: int, span: Span) -> tuple[str, str]:
    """A job's title (with its employer where the layout gives it) and notes about its time.

    The text before the dates when there is some (with the line above when that names the
    job: ``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``); else
    the lines above (``### Title — Company`` / ``*Sept. '22 – present* · Gothenburg``: the
    text after the dates is a place); the text after the dates when it names a job
    (``2019 – 2021  Data Analyst, Acme``); else the line below. A place is never a title.
    """
    text = lines[i][0].text
    table = _table_title(text, span)
    if table is not None:
        return table, ""
    at = text.find(span.text)
    before = clean_sentence(text[:at]).strip(" —–-|*·,(_")
    after = clean_sentence(DURATION.sub(" ", text[at + len(span.text) :])).strip(" —–-|*·,:_")
    if re.search(r"[A-Za-z]{3}", before):
        above = _line_above(lines, i)
        return (f"{above} — {before}" if above else before), ""
    above, notes = _title_above(lines, i)
    if cell := _cell_title(text[at + len(span.text) :]):
        return (f"{cell} — {above}" if above else cell), notes
    titled = (
        re.search(r"[A-Za-z]{3}", after)
        and not after.startswith("(")  # "(parental leave ...)": a note, not the title
        and find_span(after) is None
        and not _PLACE.search(after)
    )
    if titled and _TITLE_NOUN.search(after):
        return (f"{after} — {above}" if above else after), notes
    if above:
        return above, notes
    return (_title_below(lines, i) or (after if titled else "")), notes


def _listed_jobs(lines: list[tuple[Line, bool]]) -> set[int]:
    """The list items that are jobs, when a CV lists its jobs as items with their dates.

    ``- Data Analyst, Acme (2019 – 2021)``: when no line outside a list gives dates, the
    outermost dated items are the jobs (their own sub-items describe them).
    """
    dated: list[tuple[int, int]] = []  # line, indentation
    for i, (line, _) in enumerate(lines):
        text = line.text
        span = _span_of(text) if text.strip() else None
        if span is None or _prose(text, span):
            continue
        if not _BULLET.match(text):
            return set()  # the jobs are lines of their own; list items describe them
        dated.append((i, len(text) - len(text.lstrip())))
    outer = min((indent for _, indent in dated), default=0)
    return {i for i, indent in dated if indent == outer}


def _unwrapped(lines: list[tuple[Line, bool]]) -> list[tuple[Line, bool]]:
    """A job's dated line wrapped onto the next, read whole: ``... | Energie GmbH,`` / ``Kiel``.

    The line is left open (a comma, a small word, a bracket not closed: ``(part-time, ~15``)
    and the next is short, not a bullet and without dates (a PDF's or an editor's wrap).
    """
    out = list(lines)
    for i in range(len(out) - 1):
        (line, heading), (nxt, nxt_heading) = out[i], out[i + 1]
        text, rest = line.text.rstrip(), nxt.text.strip()
        if not (OPEN_END.search(text) or text.count("(") > text.count(")")):
            continue
        if (
            not rest
            or nxt_heading
            or len(rest) > 60
            or _BULLET.match(nxt.text)
            or line.columns is not None  # a column's cell, its own columns kept
            or nxt.columns is not None
            or _span_of(rest) is not None
            or _span_of(text) is None
        ):
            continue
        out[i] = (Line(line.number, f"{text} {rest}"), heading)
    return out


def read_jobs(sections: Iterable[Section], matcher: Matcher) -> list[Job]:
    """The jobs of a CV's experience sections, in the order written (months not yet counted)."""
    lines: list[tuple[Line, bool]] = []
    for section in sections:
        lines += [(section.lines[0], True), *((ln, False) for ln in section.lines[1:])]
    lines = _unwrapped(lines)
    listed = _listed_jobs(lines)
    jobs: list[Job] = []
    current: Job | None = None
    for i, (line, heading) in enumerate(lines):
        text = line.text
        bullet = bool(_BULLET.match(text)) and i not in listed
        span = None if bullet or not text.strip() else _span_of(text)
        if span is not None and _prose(text, span):
            span = None
        if span is None:
            if current is not None and (bullet or not heading):
                current.skills += [f.id for f in matcher.find_in_line(line)]
                current.did_core_work |= bool(CORE_WORK.search(text))
            continue
        if (
            current is not None
            and current.leave is None
            and _LEAVE_NOTE.fullmatch(text.replace(span.text, " "))
        ):  # "(parental leave 02/2024 – 07/2024)" on a line of its own, under the job
            current.leave = span
            continue
        title, notes = _title(lines, i, span)
        if not title and leading_date(text) is not None and find_span(text) is None:
            if current is not None:
                current.skills += [f.id for f in matcher.find_in_line(line)]
            continue  # "2020 — a prize": a date alone starts a job only under its title
        rest = text[text.find(span.text) + len(span.text) :]
        leave_span = find_span(rest) if _LEAVE.search(rest) else None
        header = f"{title} {notes} {text}"
        kind = (
            "break"
            if _BREAK.match(title) or re.search(r"career break|sabbatical", title, re.I)
            else "internship"
            if re.search(r"\bintern(ship)?\b", f"{title} {notes}", re.I)
            else "job"
        )
        relevant, core = relevance(title)
        unpaid = bool(_VOLUNTEER.search(title)) and relevant
        current = Job(
            title=title or clean_sentence(text),
            span=span,
            fte=fte_of(header),
            kind=kind,
            relevant=relevant and kind != "break",
            core=core and kind != "break",
            leave=leave_span,
        )
        if unpaid:  # "Volunteer Data Analyst": volunteering, as a volunteering section is
            current.relevant = current.core = False
            current.why_not = "volunteering, not counted as work"
        elif is_training(title) and relevant:  # "Data Analytics Bootcamp - Academy"
            current.relevant = current.core = False
            current.why_not = "training (a bootcamp or course), not work"
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


#: Months without work between two jobs that still make one career.
_GAP: Final = 3


def _index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _bounds(job: Job, as_of: dt.date) -> tuple[int, int]:
    end = job.span.end if job.span.end is not None else as_of
    return _index(job.span.start), max(_index(job.span.start), _index(min(end, as_of)))


def earlier_career(jobs: list[Job], as_of: dt.date) -> None:
    """Related work left before a career break or a long gap is an earlier career: not counted.

    Data, ML, AI and research work (*core*) always counts, and so do internships and related
    work whose own lines name data or ML work. Other related work
    (engineering, software, operations) counts when it runs into the core work: no career
    break between them and no more than three months without work, job to job. A backend
    developer who then took an ML master's, or a sysadmin who took a career break before
    the DevOps years, had another career first. With no core work at all, related work is
    the career and counts.
    """
    breaks = [_bounds(j, as_of) for j in jobs if j.kind == "break"]
    kept = [j for j in jobs if j.relevant and (j.core or j.kind == "internship")]
    if not any(j.core for j in kept):
        return
    pending = [j for j in jobs if j.relevant and j.kind == "job" and not j.core]
    kept += [j for j in pending if j.did_core_work]
    pending = [j for j in pending if not j.did_core_work]

    def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:
        first, last = sorted((a, b))
        if first[1] >= last[0]:
            return True  # they overlap
        gap = (first[1] + 1, last[0] - 1)
        broken = any(s <= gap[1] and e >= gap[0] for s, e in breaks)
        return not broken and last[0] - first[1] - 1 <= _GAP

    grew = True
    while grew:
        grew = False
        for job in list(pending):
            if any(joined(_bounds(job, as_of), _bounds(k, as_of)) for k in kept):
                kept.append(job)
                pending.remove(job)
                grew = True
    for job in pending:
        job.relevant = False
        job.why_not = (
            "an earlier career: a career break or more than three months without work "
            "lies between it and the data, ML or research work"
        )


def count_months(jobs: list[Job], as_of: dt.date) -> None:
    """Each job's full-time-equivalent months: shared months once, breaks and leave not."""
    earlier_career(jobs, as_of)
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
