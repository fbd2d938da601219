"""A CV's jobs: where each starts, its title and employer, its share of full time.

* A **job** is a line of an experience section with a date range (:mod:`skillgap.text.dates`),
  or with a single date at its end after a separator (``... · *Summer 2023*``). Its title is
  the text before the date, the text after it when the line starts with the dates
  (``2019 – 2021  Data Analyst, Acme``; in cells, ``Oct 2025 - now | Title (part-time) |
  Employer``, the first cell naming a job), or the lines above it (``**Title** — Employer``);
  when the text before the date is the employer and the line above names the job
  (``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``), both. Where
  only a label stands before the dates (Europass: ``Dates    01/03/2019 – 31/08/2021``), the
  labelled lines below give the title and employer (:mod:`skillgap.text.labelled`).
* A **list item naming a role** with its dates (``- *Senior Data Scientist* · Mar 2018 – Dec
  2022``, ``- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – present``) is a job
  too: under an employer's undated line, a job of its own; within the dates of the job above
  it, a part of that job, or one of the roles that job's line heads (an employer's or a
  freelance practice's span: :mod:`skillgap.text.career`).
* **Share of full time**, **relevant** work, breaks, volunteering and training:
  :mod:`skillgap.text.work`. Leave inside a job ("parental leave Mar 2025 – Aug 2025", on
  its line, under it or as a list item) is taken off its months; **months**: ``career``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from skillgap.text.dates import DURATION, Span, find_span, leading_date, marked_date
from skillgap.text.job_lines import (
    inside,
    job_named,
    parent_item,
    share_under,
    table_title,
    take_leave,
    title_skills,
)
from skillgap.text.labelled import describes, europass_title
from skillgap.text.match import Matcher, clean_sentence
from skillgap.text.read import Line
from skillgap.text.sections import OPEN_END, Section, kind_of
from skillgap.text.work import BREAK, CORE_WORK, Job, make_job

#: Small words inside a title or an employer's name.
_PARTICLE: Final = re.compile(
    r"(?:of|and|at|the|for|de|du|des|der|für|und|y|la|le|di|van|von|da|in|an?|sp\.|z|o\.o\.)"
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
    r"mlops|writer|editor|instructor|coach|partner|principal|cto|ceo|vp|chef|driver|"
    r"werkstudent\w*|praktikant\w*|\w*entwickler\w*|\w*ingenieur\w*|berater\w*|\w*leiter\w*|"
    r"mitarbeiter\w*|lehrbeauftragte\w*|dozent\w*|stagiaire|becari[oa]|\w+analyst(?:in|en)?|"
    r"wissenschaftler\w*|praktikum|analyste|analista|ing[ée]nieure?|ingenier[oa]|accountant|"
    r"bookkeeper|auditor|controller|representative|salesperson|buyer|planner|buchhalter\w*)\b",
    re.I,
)
#: A job title's noun ending the text before a single date: "Research Intern Summer 2018".
_TITLE_AT_END: Final = re.compile(rf"(?:{_TITLE_NOUN.pattern})[\s*_]*$", re.I)
#: A place or a way of working written after a job's dates: never its title.
_PLACE: Final = re.compile(r"\b(remote|hybrid|on-?site|in[- ]office|relocat\w*)\b", re.I)
#: LinkedIn's employment type on a line of its own ("Full-time", "Full-time · 6 yrs").
_EMPLOYMENT_TYPE: Final = re.compile(
    r"^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|"
    r"apprenticeship|seasonal|temporary)\b[\s·•|,]*(?:\d.*)?$",
    re.I,
)
#: A name ending in an abbreviation's full stop, not a sentence's: "S.A.", "Inc.", "Ltd.".
_ABBREVIATION_END: Final = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Co|Corp|Bros)\.)$")
#: A sentence ended and another begun: "... my father. Used the time ...".
_SENTENCE_BREAK: Final = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]*\s+[a-z]")
_RULE: Final = re.compile(r"^\s*[-=_*~]{3,}\s*$")
_LEAVE: Final = re.compile(r"\b(?:leave|elternzeit|mutterschutz|karenz|congé)\b", re.I)
#: A line that is only a leave and its dates: "(parental leave 02/2024 – 07/2024)".
_LEAVE_NOTE: Final = re.compile(
    r"[\s(\[:,–—*_-]*(?:(?:(?:parental|maternity|paternity|family|sick|unpaid)\s+)?leave"
    r"(?:\s+of\s+absence)?|elternzeit|mutterschutz|karenz|congé(?:\s+(?:parental|maternité|"
    r"paternité))?)[\s)\]:,.–—*_-]*",
    re.I,
)
_BULLET: Final = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: A leave's words right before its dates: "... Parental leave 01/02/2024 – 30/04/2024".
_LEAVE_BEFORE: Final = re.compile(
    r"\b(?:leave|elternzeit|mutterschutz|karenz|congé)\s*[:(]?\s*$", re.I
)
#: The cells of a job's line: ``Oct 2025 - now | Title | Employer``.
_CELL: Final = re.compile(r"\s*\|\s*")
#: A note in brackets ending a title: ``ML Consultant (full-time, 3 months)``.
_NOTE_AT_END: Final = re.compile(r"\s*\([^()]*\)\s*$")
#: What may stand before a single date ending a job's line: a separator, a wide gap (the date
#: set right, ``Data Science Intern, Acme       Summer 2019``) or nothing.
_BEFORE_SINGLE: Final = re.compile(r"(?:^|[—–|·,(*_]|\s-{1,2}|\S\s{3,})\s*[*_]*\s*$")
_WIDE_GAP: Final = re.compile(r"\s{3,}")


def _before_single(before: str) -> bool:
    """``_BEFORE_SINGLE`` in linear time: runs of 3+ spaces as 3, tried from near its end."""
    text = _WIDE_GAP.sub("   ", before)
    tail = len(text.rstrip().rstrip("*_").rstrip())
    return _BEFORE_SINGLE.search(text, max(0, tail - 4)) is not None


def _span_of(text: str) -> Span | None:
    """The dates a job's line gives: a range, or a single date ending or starting the line."""
    span = find_span(text)
    if span is not None:
        return span
    single = find_span(text, single=True)
    if single is not None and (
        _before_single(before := text[: text.find(single.text)])
        or _TITLE_AT_END.search(before)  # a PDF's text lost the gap: "Research Intern Summer 2018"
    ):
        return single
    marked = marked_date(text)  # "— *Summer 2018* Imitation learning ..." (a joined item)
    if marked is not None and _BEFORE_SINGLE.search(text[: marked[1]]):
        return marked[0]
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
        or (is_heading and kind_of(text) != "other" and not BREAK.search(text))
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
        if j == i - 1 and not prev.text.strip() and j > 0 and lines[j - 1][1]:
            continue  # "### Title — Employer", a blank line, "*janvier 2023 – à ce jour*"
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
    if is_heading and kind_of(nxt.text) == "other" and _TITLE_NOUN.search(text):
        is_heading = False  # Europass: "01/02/2022 – CURRENT Lisbon" / "DATA SCIENTIST – ..."
    if not text or is_heading or _stops(nxt, False):
        return ""
    sentence = text.endswith(".") and not _ABBREVIATION_END.search(text)
    return text if len(text) <= 120 and not sentence else ""


#: A note in brackets: "(part-time advisor, 1 day/week)", "(Senior MLE from 2018)".
_BRACKETS: Final = re.compile(r"\([^)]*\)")


def _title_under(lines: list[tuple[Line, bool]], i: int) -> str:
    """The title on the line under an employer's dated line: a job's noun outside any note.

    ``Vantora Search Ltd   Apr 2016 - Dec 2020`` / ``Machine Learning Engineer (Senior MLE
    from 2018)``: the dates in the note are a promotion's, not a job of their own.
    """
    if i + 1 >= len(lines) or _BULLET.match(lines[i + 1][0].text):
        return ""
    if lines[i + 1][1] and kind_of(lines[i + 1][0].text) != "other":
        return ""  # "EDUCATION" heads what follows (a short title may read as a heading)
    text = clean_sentence(lines[i + 1][0].text)
    plain = _BRACKETS.sub("", text)
    if len(text) > 90 or _span_of(plain) is not None or not _TITLE_NOUN.search(plain):
        return ""
    return text


def _line_above(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right above a job's dates when it names the job (no blank line between)."""
    if i == 0:
        return ""
    prev, is_heading = lines[i - 1]
    text = clean_sentence(prev.text)
    if _stops(prev, is_heading) or text.endswith((".", ":")) or len(text) > 120:
        return ""  # "Clients:" introduces the lines below, it names none of them
    return text


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


def _title(  # noqa: PLR0911  # a return per layout
    lines: list[tuple[Line, bool]], i: int, span: Span
) -> tuple[str, str]:
    """A job's title (with its employer where the layout gives it) and notes about its time.

    The text before the dates when there is some (with the line above when that names the
    job: ``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``); else
    the lines above (``### Title — Company`` / ``*Sept. '22 – present* · Gothenburg``: the
    text after the dates is a place); the text after the dates when it names a job
    (``2019 – 2021  Data Analyst, Acme``); else the line below. A place is never a title.
    """
    text = lines[i][0].text
    at = text.find(span.text)
    before = clean_sentence(text[:at]).strip(" —–-|*·,(_")
    after = clean_sentence(DURATION.sub(" ", text[at + len(span.text) :])).strip(" —–-|*·,:_")
    table = table_title(text, span)
    if (
        table is None
        and (labelled := europass_title([ln for ln, _ in lines], i, before)) is not None
    ):
        before = ""  # Europass: "Dates  01/03/2019 – ...", the position and employer labelled
        table = labelled or None
    if table is not None:
        return table, ""
    if not re.search(r"[A-Za-z]{3}", before) and (parent := parent_item(lines, i)):
        return parent, ""  # Notion: "- **Data Scientist** — Acme" / "    - **Jan 2024 – now**"
    if re.search(r"[A-Za-z]{3}", before):
        above = _line_above(lines, i)
        plain = not above and not _TITLE_NOUN.search(_BRACKETS.sub("", before))
        if plain and (below := _title_under(lines, i)):  # "Helix Pay  Jan 2021 - now" / "Staff MLE"
            return f"{below} — {before}", ""
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


def _leave_item(text: str) -> Span | None:
    """The dates of a line under a job that is only a leave and its dates.

    ``(parental leave 02/2024 – 07/2024)``, ``Maternity leave      Jun 2018 – Nov 2018``,
    ``- Parental leave 01/05/2023 – 31/10/2023``; in a label column's layout, its value
    (``responsibilities     - Parental leave ...``); a description ending in one.
    """
    whole = _BULLET.sub("", text.strip())
    if not _LEAVE.search(whole):
        return None
    for item in (whole, _BULLET.sub("", re.split(r"\s{3,}", whole)[-1])):
        span = find_span(item) if _LEAVE.search(item) else None
        if span is not None and _LEAVE_NOTE.fullmatch(item.replace(span.text, " ")):
            return span
    # the leave ends a description: "| Main activities | Models in Python Parental leave 01/..."
    span = find_span(whole)
    if span is None or not describes(text):
        return None
    return span if _LEAVE_BEFORE.search(whole[: whole.find(span.text)]) else None


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


#: A freelancer's or a contractor's practice: its dated items are engagements, named or not.
PRACTICE: Final = re.compile(
    r"\b(freelan\w*|self-employed|independent|contractor|consult\w*|selbst(?:st)?ändig\w*|"
    r"freiberuf\w*|indépendante?|autónom[oa]|freelancer)\b",
    re.I,
)


#: The most words a role's title and employer take before its dates (more: a sentence).
_ROLE_WORDS: Final = 14
#: The most words an employer's line over its roles takes.
_EMPLOYER_WORDS: Final = 10


def _role_item(text: str, current: Job | None) -> tuple[Span, str] | None:
    """A list item that is a role of its own, with its dates: its span and its title.

    ``- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – present``: a range (or a
    single date after a separator) and, before it, words naming a role (a job title's noun;
    under a freelance practice any words: an engagement). Prose and leave are not roles.
    """
    item = _BULLET.sub("", text)
    span = _span_of(item)
    if span is None:
        return None
    before = item[: item.find(span.text)]
    title = clean_sentence(before).strip(" —–-|*·,(_")
    practice = current is not None and bool(PRACTICE.search(current.title))
    if (
        not re.search(r"[A-Za-z]{3}", title)
        or len(title.split()) > _ROLE_WORDS
        or _SENTENCE_BREAK.search(before)
        or _LEAVE.search(title)
        or not (practice or _TITLE_NOUN.search(title))
    ):
        return None
    return span, title


def heads_roles(title: str) -> bool:
    """Whether a dated line may head roles listed under it: an employer's or a practice's.

    ``OSTRAVIK RETAIL GROUP AB — Stockholm`` names no job; ``Freelance ML Consultant
    (self-employed)`` names a practice. A job's own title (``Senior Engineer → Tech Lead``)
    heads no roles: dated items under it are its parts.
    """
    return bool(PRACTICE.search(title)) or not _TITLE_NOUN.search(title)


def _employer_line(text: str) -> bool:
    """A short line of its own, not a sentence: an employer's name over its dated roles."""
    plain = clean_sentence(text).strip(" *_")
    return (
        bool(plain)
        and not text[:1].isspace()
        and len(plain.split()) <= _EMPLOYER_WORDS
        and not plain.endswith((".", ":", ";", ","))
    )


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
    employer = ""  # an undated line over dated items: "**Verdant Bank** — Lagos & London"
    for i, (line, heading) in enumerate(lines):
        text = line.text
        bullet = bool(_BULLET.match(text)) and i not in listed
        if current is not None and (leave := _leave_item(text)) is not None:
            take_leave(jobs, leave)  # "- Parental leave Oct 2020 – Mar 2021"
            continue
        if bullet and (item := _itemmake_job(text, parent, employer)) is not None:
            current = item  # "- **Brightwell** — LLM Engineer (3 days/week) · Feb 2024 – now"
            jobs.append(current)
            current.skills += [f.id for f in title_skills(line.text, matcher)]
            continue
        span = None if bullet or not text.strip() or i == below_title else _span_of(text)
        if span is not None and (_prose(text, span) or describes(text)):
            span = None
        if span is None:
            if _employer_line(text) and not bullet and not heading:
                employer = clean_sentence(text)
            if (named := job_named(text, jobs)) is not None:
                current = named  # "At Nordvik: ..." under a table of jobs: Nordvik's duties
            if current is not None and (bullet or not heading):
                share_under(current, text, i == made_at + 1 and not bullet)
                current.skills += [f.id for f in title_skills(line.text, matcher)]
                current.did_core_work |= bool(CORE_WORK.search(text))
            continue
        employer = ""
        title, notes = _title(lines, i, span)
        if not title and leading_date(text) is not None and find_span(text) is None:
            if current is not None:
                current.skills += [f.id for f in title_skills(line.text, matcher)]
            continue  # "2020 — a prize": a date alone starts a job only under its title
        rest = text[text.find(span.text) + len(span.text) :]
        leave_span = find_span(rest) if _LEAVE.search(rest) else None
        current = parent = make_job(title, notes, text, span, leave_span)
        made_at = i
        below = clean_sentence(lines[i + 1][0].text) if i + 1 < len(lines) else ""
        below_title = i + 1 if below and title.startswith(below) else below_title  # its title's
        jobs.append(current)
        current.skills += [f.id for f in title_skills(title, matcher)]
    for job in jobs:
        job.skills = list(dict.fromkeys(job.skills))
    return jobs
