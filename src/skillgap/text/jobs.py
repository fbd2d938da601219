"""A CV's jobs: where each starts, its title and employer, its share of full time.

* A **job** is a line of an experience section with dates: a range, or a single date at its
  end after a separator (``... · *Summer 2023*``); its dates and its title (the text before
  the dates, after them, the lines above or below, a row's cells, Europass's labels):
  :mod:`skillgap.text.job_titles`. A sentence with dates in it is not a job's line.
* A **list item naming a role** with its dates (``- *Senior Data Scientist* · Mar 2018 – Dec
  2022``, ``- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – present``) is a job
  too: under an employer's undated line, a job of its own; within the dates of the job above
  it, a part of that job, or one of the roles that job's line heads (an employer's or a
  freelance practice's span: :mod:`skillgap.text.career`).
* **Share of full time**, **relevant** work, breaks, volunteering and training:
  :mod:`skillgap.text.work`; a share that changed within the job, from a note right under
  its dates: :mod:`skillgap.text.job_phases`. Leave inside a job ("parental leave Mar 2025
  – Aug 2025", on its line, under it or as a list item) is taken off its months; a leave
  on a dated line of its own between jobs is a break; **months**: ``career``.
  A break's dates opening a line under its title are the break's whatever sentence follows
  them (``### Career break`` / ``*Jul 2023 – Dec 2023*: relocation and study.``); a
  reservist's mobilization under a part-time service job: :mod:`skillgap.text.federal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import Span, find_span, leading_date
from skillgap.text.engagements import absorbed, holder_of
from skillgap.text.federal import mobilization, mobilized
from skillgap.text.job_lines import inside, job_named, share_under, take_leave, title_skills
from skillgap.text.job_phases import share_change
from skillgap.text.job_table import table_jobs
from skillgap.text.job_titles import (
    SENTENCE_BREAK,
    TITLE_NOUN,
    company_detail,
    job_title,
    span_of,
)
from skillgap.text.labelled import describes
from skillgap.text.leave_items import GLOSSED, leave_item
from skillgap.text.match import Matcher
from skillgap.text.note_wraps import notes_unwrapped
from skillgap.text.range_wraps import ranges_unwrapped
from skillgap.text.read import Line
from skillgap.text.sections import Section, kind_of
from skillgap.text.trade_work import note_work, trade_software_work
from skillgap.text.work import (
    BREAK,
    LEAVE,
    Job,
    client_data_work,
    make_job,
    practice_data_work,
    student_data_work,
)
from skillgap.text.wraps import ITEM_BULLET as BULLET
from skillgap.text.wraps import OPEN_END
from skillgap.text.year_month import year_month_jobs


def _prose(text: str, span: Span) -> bool:
    """Whether a line with dates is a sentence about something else, not a job's line.

    ``Moved home. Used the time to retrain: a bootcamp (Jan–Jun 2024) and ...``: a sentence
    ended before the dates, or many words around them.
    """
    at = text.find(span.text)
    before, after = text[:at], clean_sentence(text[at + len(span.text) :])
    words = len(clean_sentence(before).split()) + len(after.split())
    ends_sentence = after.rstrip(" *_").endswith(".") and len(after.split()) >= 3
    return words > 18 or ends_sentence or bool(SENTENCE_BREAK.search(before))


#: A job's line left open by a separator at its end: its dates begin the next line.
_OPEN_SEPARATOR: Final = re.compile(r"\s[—–|·-]\s*[*_]*\s*$")


def _dates_run_on(lines: list[tuple[Line, bool]], i: int, span: Span) -> bool:
    """Dates opening a line under a job's line left open by a dash: that job's dates.

    ``**Research Assistant** — Clinical NLP Group, Université de Mont-Royal —`` / ``Jan 2021
    – Aug 2022. Hugging Face Transformers for ...``: the sentence after them is its duties.
    """
    if i == 0 or lines[i][1]:
        return False
    text, above = lines[i][0].text, lines[i - 1][0].text
    opens = not re.search(r"[^\W\d_]", text[: text.find(span.text)])
    return opens and bool(_OPEN_SEPARATOR.search(above)) and span_of(above) is None


#: A break's title wherever its words stand: "Career break (relocation)", "Sabbatical".
_BREAK_WORDS: Final = re.compile(r"\b(?:career break|sabbatical|auszeit)\b", re.I)


def _break_dated(lines: list[tuple[Line, bool]], i: int, span: Span) -> bool:
    """Dates opening a line under a break's title: the break's, whatever sentence follows.

    ``### Career break`` / ``*Jul 2023 – Dec 2023*: relocation and full-time study.``: the
    sentence says what the break was for; it is no job's duties (nor the job above's).
    """
    if i == 0 or lines[i][1]:
        return False
    text, above = lines[i][0].text, clean_sentence(lines[i - 1][0].text).strip(" *_#")
    opens = not re.search(r"[^\W\d_]", text[: text.find(span.text)])
    named = bool(BREAK.match(above)) or bool(_BREAK_WORDS.search(above))
    return opens and named and find_span(above) is None


#: The most lines a list item wraps onto.
_ITEM_LINES: Final = 4
#: Dates closing a line in brackets: "... Assurance Framework (Feb 2024 – Nov 2024)".
_BRACKETED_END: Final = re.compile(r"\(\s*$")


def _continues_item(
    lines: list[tuple[Line, bool]], i: int, span: Span, within: Span | None
) -> bool:
    """Whether a line with dates is the wrapped rest of the list item above it, not a job's.

    ``- **ASX 100 retailer** — AI strategy; prioritised 40 use cases,`` / ``business cases
    for top 6 (Jan 2025 – Till date)``: an engagement's or a project's dates. The item runs
    on when no blank line parts them and the line is indented under the item's text; or,
    its dates within those of the job the item is under (``within``: an employer's line
    with its dates in brackets after the job before's last item is the next job), when it
    opens in lower case or a bracket, follows a line left open, or names no job title
    before dates set in brackets at its end.
    """
    text = lines[i][0].text
    if BULLET.match(text):
        return False  # an item of its own: "    - **Jan 2024 – now**" under its job's item
    item = -1
    for j in range(i - 1, max(-1, i - 1 - _ITEM_LINES), -1):
        above, heading = lines[j]
        if heading or not above.text.strip() or span_of(above.text) is not None:
            break
        if BULLET.match(above.text):
            item = j
            break
    if item < 0:
        return False
    marker = len(lines[item][0].text) - len(lines[item][0].text.lstrip())
    before = text[: text.find(span.text)]
    opening = text.lstrip()[:1]
    if len(text) - len(text.lstrip()) > marker:
        return True
    if within is None or not inside(span, within):
        return False
    after = text[text.find(span.text) + len(span.text) :]
    if not re.search(r"[^\W\d_]", before) and re.search(r"[^\W\d_]{3}", after):
        return False  # "seit 01/2025 — Lehrbeauftragter": dates first, then the job
    return (
        opening.islower()
        or opening == "("
        or bool(OPEN_END.search(lines[i - 1][0].text.rstrip()))
        or (bool(_BRACKETED_END.search(before)) and not TITLE_NOUN.search(before))
    )


def _job_span(
    lines: list[tuple[Line, bool]], i: int, within: Span | None = None
) -> tuple[Span | None, bool]:
    """The dates that make a line a job's line, and whether the sentence after them is its duties.

    A sentence with dates in it is about something else (``Moved home. ... a bootcamp (Jan–Jun
    2024) and ...``), unless the dates open it under a job's line left open by a dash.
    """
    text = lines[i][0].text
    span = span_of(text) if text.strip() else None
    if span is None:
        return None, False
    if _dates_run_on(lines, i, span):
        return span, True
    if _break_dated(lines, i, span):
        return span, False
    if _continues_item(lines, i, span, within):
        return None, False
    said = text + _runs_on(lines, i, span)
    return (None, False) if _prose(said, span) or describes(text) else (span, False)


def _runs_on(lines: list[tuple[Line, bool]], i: int, span: Span) -> str:
    """The rest of a sentence with dates inside it, on the next line when it runs on in lower case.

    ``Document classification with PyTorch; since 2025`` / ``a small RAG prototype for
    internal search.``: a PDF's or an editor's wrap inside a job's duties. The sentence is
    judged whole: dates inside a sentence are not a job's line. Dates opening the line
    (``Summer 2018   Research Intern, Vireo - graph neural`` / ``networks for molecules.``)
    are a job's, whatever its title's words run on to.
    """
    text = lines[i][0].text
    if not re.search(r"[^\W\d_]", text[: text.find(span.text)]):
        return ""
    if i + 1 >= len(lines) or lines[i + 1][1]:
        return ""
    rest = lines[i + 1][0].text.strip()
    if not rest[:1].islower() or BULLET.match(rest) or span_of(rest) is not None:
        return ""
    return " " + rest


def _note_taken(jobs: list[Job], current: Job, text: str, right_under: bool) -> bool:
    """Whether a line is a note on the jobs' time, taken: a leave, or a change of share.

    A leave item comes off the job that holds it (a glossed one, ``Karenz (parental
    leave)``, only when a job holds it: between jobs it is a break of its own); a note right
    under a job's dates that its share changed (``Teilzeit (75 %) until Feb. 2024, since
    März 2024 Vollzeit``) gives the job its two shares.
    """
    leave = leave_item(text)
    if leave is not None and (not GLOSSED.search(text) or any(inside(leave, j.span) for j in jobs)):
        take_leave(jobs, leave)
        return True
    change = share_change(text, current.span) if right_under else None
    if change is not None:
        current.first_share, current.fte = (change[0], change[1]), change[2]
    return change is not None


def _listed_jobs(lines: list[tuple[Line, bool]]) -> set[int]:
    """The list items that are jobs, when a CV lists its jobs as items with their dates.

    ``- Data Analyst, Acme (2019 – 2021)``: when no line outside a list gives dates, the
    outermost dated items are the jobs (their own sub-items describe them).
    """
    dated: list[tuple[int, int]] = []  # line, indentation
    for i, (line, _) in enumerate(lines):
        text = line.text
        span = span_of(text) if text.strip() else None
        if span is None or _prose(text, span):
            continue
        if not BULLET.match(text):
            return set()  # the jobs are lines of their own; list items describe them
        dated.append((i, len(text) - len(text.lstrip())))
    outer = min((indent for _, indent in dated), default=0)
    return {i for i, indent in dated if indent == outer}


def _unwrapped(lines: list[tuple[Line, bool]]) -> list[tuple[Line, bool]]:
    """A job's dated line wrapped onto the next, read whole: ``... | Energie GmbH,`` / ``Kiel``.

    The line is left open (a comma, a small word, a bracket not closed: ``(part-time, ~15``)
    and the next is short, not a bullet and without dates (a PDF's or an editor's wrap).
    """
    out = notes_unwrapped(ranges_unwrapped(lines))  # "... | October 2018 –" / "June 2022"
    for i in range(len(out) - 1):
        (line, heading), (nxt, nxt_heading) = out[i], out[i + 1]
        text, rest = line.text.rstrip(), nxt.text.strip()
        if not (OPEN_END.search(text) or text.count("(") > text.count(")")):
            continue
        if (
            not rest
            or nxt_heading
            or len(rest) > 60
            or BULLET.match(nxt.text)
            or line.columns is not None  # a column's cell, its own columns kept
            or nxt.columns is not None
            or span_of(rest) is not None
            or span_of(text) is None
        ):
            continue
        out[i] = (Line(line.number, f"{text} {rest}"), heading)
    return out


#: A freelancer's or a contractor's practice: its dated items are engagements, named or not.
PRACTICE: Final = re.compile(
    r"\b(freelan\w*|self-employed|independent|contractor|consult\w*|selbst(?:st)?ändig\w*|"
    r"freiberuf\w*|indépendante?|autónom[oa]|autônom[oa]|freelancer)\b",
    re.I,
)


#: Where a role's title and employer end after its dates: the work's description follows.
_DETAIL: Final = re.compile(r"\s[—–-]\s|\s\(|:\s")
#: The most words a role's title and employer take before its dates (more: a sentence).
_ROLE_WORDS: Final = 14
#: The most words an employer's line over its roles takes.
_EMPLOYER_WORDS: Final = 10


def _role_item(text: str, current: Job | None) -> tuple[Span, str] | None:
    """A list item that is a role of its own, with its dates: its span and its title.

    ``- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – present``: a range (or a
    single date after a separator) and, before it, words naming a role (a job title's noun;
    under a freelance practice any words: an engagement); or a range opening the item and
    the role after it, up to its description (``- **2006–2013:** software engineer,
    Saltsjö Systems AB (Java ...)``, an "Earlier career" list). Prose and leave are not roles.
    """
    item = BULLET.sub("", text)
    span = span_of(item)
    if span is None:
        return None
    before = item[: item.find(span.text)]
    title = clean_sentence(before).strip(" —–-|*·,(_")
    if not title and find_span(item) is not None:  # "- **2006–2013:** software engineer, Acme"
        after = clean_sentence(item[item.find(span.text) + len(span.text) :])
        title = _DETAIL.split(after.strip(" —–-|*·,:_"), maxsplit=1)[0].strip()
    practice = current is not None and bool(PRACTICE.search(current.title))
    if (
        not re.search(r"[A-Za-z]{3}", title)
        or len(title.split()) > _ROLE_WORDS
        or SENTENCE_BREAK.search(before)
        or LEAVE.search(title)
        or not (practice or TITLE_NOUN.search(title))
    ):
        return None
    return span, title


def heads_roles(title: str) -> bool:
    """Whether a dated line may head roles listed under it: an employer's or a practice's.

    ``OSTRAVIK RETAIL GROUP AB — Stockholm`` names no job; ``Freelance ML Consultant
    (self-employed)`` names a practice. A job's own title (``Senior Engineer → Tech Lead``)
    heads no roles: dated items under it are its parts.
    """
    return bool(PRACTICE.search(title)) or not TITLE_NOUN.search(title)


def _employer_line(text: str) -> bool:
    """A short line of its own, not a sentence: an employer's name over its dated roles."""
    plain = clean_sentence(text).strip(" *_")
    return (
        bool(plain)
        and not text[:1].isspace()
        and len(plain.split()) <= _EMPLOYER_WORDS
        and not plain.endswith((".", ":", ";", ","))
    )


def _names_employer(text: str, heading: bool, employer: str) -> bool:
    """An undated line naming the employer of the role items under it.

    ``**Larder**`` heading its roles (a sub-heading of the experience section); not its
    LinkedIn details under it, ``Full-time · 4 yrs 5 mos`` or ``Glasgow, Scotland, United
    Kingdom``.
    """
    named = not heading or kind_of(text) == "other"
    return named and _employer_line(text) and not (employer and company_detail(text))


def _itemmake_job(text: str, parent: Job | None, employer: str) -> Job | None:
    """A dated list item naming a role, as a job: a part of ``parent`` when within its dates.

    Else a job of its own, its employer the undated line above it when there is one.
    """
    role = _role_item(text, parent)
    if role is None:
        return None
    span, title = role
    under = parent if parent is not None and inside(span, parent.span) else None
    if under is None and employer:
        title = f"{title} — {employer}"
    job = make_job(title, "", text, span, None)
    job.part_of = under
    return job


def _row_read(
    row: Job | None, jobs: list[Job], above: list[Job], current: Job | None, parent: Job | None
) -> tuple[Job | None, Job | None]:
    """A job table's row taken as the current job; its header or rule changes nothing.

    An engagement within a role read above it in its section is that role's work
    (:mod:`skillgap.text.engagements`): the role is the current job again.
    """
    if row is None:
        return current, parent
    if (holder := holder_of(row, above)) is not None:
        absorbed(row, holder)  # "| Retail bank | Oct 2019 – Jan 2020 | ..." under its role
        return holder, parent
    jobs.append(row)
    return row, row


def _mobilized_item(line: Line, current: Job, jobs: list[Job], matcher: Matcher) -> bool:
    """Whether a list item under a job is a reservist's mobilization, added as a job.

    ``- Mobilized (Title 10): April 2022 – March 2023`` under a part-time service job is a
    full-time stretch of it (:mod:`skillgap.text.federal`); its skills are the job's.
    """
    called = mobilization(line.text, current)
    if called is None:
        return False
    current.skills += [f.id for f in title_skills(line.text, matcher)]
    jobs.append(mobilized(current, called))
    return True


def read_jobs(sections: Iterable[Section], matcher: Matcher) -> list[Job]:
    """The jobs of a CV's experience sections, in the order written (months not yet counted)."""
    lines: list[tuple[Line, bool]] = []
    for section in sections:
        lines += [(section.lines[0], True), *((ln, False) for ln in section.lines[1:])]
    lines = _unwrapped(lines)
    listed = _listed_jobs(lines)
    jobs: list[Job] = []
    current: Job | None = None
    parent: Job | None = None  # the last job on a line of its own, over dated items
    made_at = below_title = -1  # the line of the last job made from a dated line, its title's
    # an undated line over dated items: "**Verdant Bank** — Lagos & London"; the first job of
    # the section read now (an engagement's role among those after it)
    employer, since = "", 0
    # "| Client | What I did | Dates | Load |"; a rirekisho's "| 2017 | 4 | Joined ... |"
    tabled = table_jobs(lines, matcher) | year_month_jobs(lines, matcher)
    for i, (line, heading) in enumerate(lines):
        text = line.text
        since = len(jobs) if heading else since  # the jobs read in this section
        if i in tabled:  # a job table's header, rule or row: "| Orbit | ... | 50% |"
            current, parent = _row_read(tabled[i], jobs, jobs[since:], current, parent)
            continue
        bullet = bool(BULLET.match(text)) and i not in listed
        right_under = i == made_at + 1 and not bullet and not heading
        if current is not None and (
            _note_taken(jobs, current, text, right_under)
            or (bullet and _mobilized_item(line, current, jobs, matcher))
        ):
            continue  # "- Parental leave Oct 2020 – Mar 2021", "- Mobilized: Apr 2022 – ..."
        if bullet and (item := _itemmake_job(text, parent, employer)) is not None:
            current = item  # "- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – now"
            jobs.append(current)
            current.skills += [f.id for f in title_skills(line.text, matcher)]
            continue
        span, runs_on = (
            (None, False)
            if bullet or i == below_title
            else _job_span(lines, i, current.span if current is not None else None)
        )
        if span is None:
            if not bullet and _names_employer(text, heading, employer):
                employer = clean_sentence(text)
            if (named := job_named(text, jobs)) is not None:
                current = named  # "At Nordvik: ..." under a table of jobs: Nordvik's duties
            if current is not None and (bullet or not heading):
                share_under(current, text, i == made_at + 1 and not bullet)
                current.skills += [f.id for f in title_skills(line.text, matcher)]
                note_work(current, text)  # data or ML work, a trade's software work
            continue
        employer = ""
        title, notes = job_title(lines, i, span)
        if not title and leading_date(text) is not None and find_span(text) is None:
            if current is not None:
                current.skills += [f.id for f in title_skills(line.text, matcher)]
            continue  # "2020 — a prize": a date alone starts a job only under its title
        rest = text[text.find(span.text) + len(span.text) :]
        leave_span = find_span(rest) if LEAVE.search(rest) else None
        current = parent = make_job(title, notes, text, span, leave_span)
        made_at = i
        below = clean_sentence(lines[i + 1][0].text) if i + 1 < len(lines) else ""
        below_title = i + 1 if below and title.startswith(below) else below_title  # its title's
        jobs.append(current)
        current.skills += [  # "Jan 2021 – ... . Hugging Face ...": the title's line runs on
            f.id for f in title_skills(f"{title} — {rest}" if runs_on else title, matcher)
        ]
    return _settled(jobs)


def _settled(jobs: list[Job]) -> list[Job]:
    """Jobs with each skill once; a student's or a trade's job counted as its lines show."""
    for job in jobs:
        job.skills = list(dict.fromkeys(job.skills))
        if student_data_work(job) or client_data_work(job) or practice_data_work(job):
            # "Project Trainee" at an analytics team, a consultant's ML reviews: data work
            job.relevant = job.core = True
        elif trade_software_work(job):  # "Process Engineer": "Wrote Python scripts to ..."
            job.relevant = True
    return jobs
