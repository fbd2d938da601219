"""Which job a CV's line belongs to, where the layout does not say it by place alone.

* A list item that is only dates, nested under another item, dates the item above it:
  ``- **Data Scientist** — Fernwald`` / ``    - **Jan 2024 – now**`` (a Notion or Markdown
  export); a place or a share may follow the dates.
* A paragraph that opens by naming a job's employer (``At Nordvik: churn models ...``)
  describes that job, wherever it stands (a Word CV's duties under its table of jobs).
* A short line right under a job's dated line gives its share of full time; leave comes off
  the job that holds it; a table row's other cells are its job.
* A line after a job's last bullet, over an employer's line and dates alone (or an
  employer's line with its dates), is the next job's title (LinkedIn's ``Title`` /
  ``Employer · Full-time`` / ``2022 - 2023``), not the bullet's wrapped rest.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import DURATION, Span, find_span, leading_date
from skillgap.text.labelled import dated_by_label
from skillgap.text.match import Found, Matcher
from skillgap.text.read import Line
from skillgap.text.work import Job, fte_of
from skillgap.text.wraps import ITEM_BULLET as _BULLET
from skillgap.text.wraps import OPEN_END

#: A Markdown link: its text is what a reader sees.
_LINK: Final = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def parent_item(lines: list[tuple[Line, bool]], i: int) -> str:
    """The item a list item that is only dates is nested under: the job it dates.

    ``- **Data Scientist** — Fernwald, Rotterdam`` / ``    - **Jan 2024 – now**`` (a Notion
    or Markdown export). Empty unless line ``i`` is such an item and one stands above it.
    """
    text = lines[i][0].text
    span = find_span(text) or leading_date(text)
    if not _BULLET.match(text) or span is None:
        return ""
    item = _BULLET.sub("", text)
    if re.search(r"[^\W\d_]{3}", item[: item.find(span.text)]):
        return ""  # words before the dates: a role or a note of its own
    indent = _indent(text)
    for j in range(i - 1, max(-1, i - 30), -1):
        above, heading = lines[j]
        if heading:
            return ""
        if above.text.strip() and _indent(above.text) < indent:
            if not _BULLET.match(above.text) or find_span(above.text, single=True) is not None:
                return ""
            item = _LINK.sub(r"\1", _BULLET.sub("", above.text))  # "[Acme](https://...)"
            return clean_sentence(item).strip(" *_")
    return ""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


#: A company's legal form after its name: "Nordvik AS", "Acme GmbH", "Lumiflux SAS".
_LEGAL_FORM: Final = re.compile(
    r"\s+(?:AS|ASA|AB|A/S|ApS|Oy|GmbH|AG|SE|SA|S\.A\.|SAS|SARL|SRL|S\.r\.l\.|BV|B\.V\.|NV|"
    r"Ltd\.?|Limited|plc|PLC|Inc\.?|LLC|LLP|Corp\.?|Co\.?|sp\. z o\.o\.)$"
)
#: How a paragraph opens when it names its employer: "At Nordvik: ...", "Fjordbank — ...".
_OPENING: Final = re.compile(
    r"^[\s*_>•-]*(?:(?:at|for|with|bei|chez|en)\s+)?(?P<name>[^:—–,]{3,60}?)[*_]*\s*(?::|\s[—–-]\s|,)",
    re.I,
)


def employers(job: Job) -> set[str]:
    """The names a job's employer goes by: its title's parts after the first, legal form or not."""
    out: set[str] = set()
    for part in job.title.split(" — ")[1:]:
        name = part.split(",")[0].strip(" *_")
        core = _LEGAL_FORM.sub("", name).strip()
        out |= {n.casefold() for n in (name, core) if len(n) >= 3}
    return out


def job_named(text: str, jobs: list[Job]) -> Job | None:
    """The job whose employer a paragraph opens by naming: "At Nordvik: churn models ...".

    A Word CV may list its jobs in a table and describe each below it; each description
    belongs to the job it names, not to the table's last row. Only an employer named alone
    before a colon, a dash or a comma (or after "at" there: ``Duties at Nordvik:``) counts,
    and only one job's.
    """
    m = _OPENING.match(clean_sentence(text))
    if m is None or not jobs:
        return None
    said = m["name"].strip(" *_").casefold()
    # "Responsibilities at Nordvik:": the name after "at" ends the opening
    at = re.search(r"\b(?:at|for|bei|chez)\s+(?P<name>.{3,40})$", said)
    names = {said, at["name"]} if at else {said}
    named = [j for j in jobs if names & employers(j)]
    return named[0] if len(named) == 1 else None


def title_skills(title: str, matcher: Matcher) -> list[Found]:
    """The skills a job's line names; a company's legal form is none ("Lumiflux SAS")."""
    out = []
    for f in matcher.find_in_line(Line(0, title)):
        company = re.search(r"[A-Z][\w&.-]*\s+$", title[: f.start])
        ends = re.match(r"\s*(?:$|[,|(—–·]|-\s)", title[f.end :])  # the name ends with it
        if company and ends and _LEGAL_FORM.fullmatch(" " + f.text):
            continue  # "Lumiflux SAS, Villeurbanne": the company's form, not SAS the software
        out.append(f)
    return out


def take_leave(jobs: list[Job], leave: Span) -> None:
    """Leave comes off the job it falls in: the latest listed that holds it, the shortest."""
    holding = [j for j in jobs if inside(leave, j.span)] or jobs[-1:]
    job = min(reversed(holding), key=lambda j: j.span.month_set(_FAR).__len__())
    job.leave = job.leave or leave


#: A day far ahead: an open range's months counted to it, to compare lengths.
_FAR: Final = dt.date(2100, 1, 1)


def inside(inner: Span, outer: Span) -> bool:
    """Whether a range lies within another: it starts within it and ends no later.

    An open end under a closed range ends with it ("- Tech lead from 2018" under a job of
    2016 – 2020).
    """
    if inner.start < outer.start or (outer.end is not None and inner.start > outer.end):
        return False
    return outer.end is None or inner.end is None or inner.end <= outer.end


#: The most words a line under a job's own line takes to give its share of full time.
_SHARE_WORDS: Final = 8
#: A line's opening sentence that is its hours a week: "~10 h/week." "20 h/week, fixed-term."
_OPENING_SHARE: Final = re.compile(
    r"\s*[~≈]?\s*\d{1,2}\s*(?:h|hrs?|hours?)\s*(?:/|per|a)\s*(?:w|wk|week)\b[^.]{0,30}\.(?=\s)",
    re.I,
)


def share_under(job: Job, text: str, right_under: bool) -> None:
    """A job's share of full time from a short line right under its dated line.

    ``01/2023 - now   Analytics Engineer, Mosel`` / ``Part-time, 20 h/week (50%)``: a note on
    its time, not a duty (a list item under a job is a duty: "evening shifts" is not a share).
    A longer line that opens with its share as a sentence of its own gives it too
    (``~10 h/week. Data cleaning, web scraping ...``; ``20 h/week, fixed-term. Weekly ...``).
    """
    if not right_under or job.fte != 1.0:
        return
    if len(text.split()) <= _SHARE_WORDS:
        job.fte = fte_of(text)
    elif (opening := _OPENING_SHARE.match(text)) is not None:
        job.fte = fte_of(opening[0])


def table_title(text: str, span: Span) -> str | None:
    """A table row's job: its cells other than the dates (``| Title | Company | Dates |``)."""
    if not text.lstrip().startswith("|"):
        return None
    cells = [clean_sentence(c).strip(" *_") for c in text.strip().strip("|").split("|")]
    named = [c for c in cells if c and span.text not in c and find_span(c) is None]
    if named and all(dated_by_label(c) for c in named):
        return None  # Europass in a table: "| Dates | 01/06/2021 – present |"
    return " — ".join(named)


def dates_alone(text: str) -> bool:
    """A line that is only a date range (and a word or two): a job's dates under its title."""
    span = find_span(text)
    rest = DURATION.sub(" ", text.replace(span.text, " ")) if span is not None else ""
    return span is not None and len(clean_sentence(rest).split()) <= 2  # "· 3 anos 10 meses"


def title_over_employer(prev: str, line: str, below: list[str]) -> bool:
    """A job's title after a bullet, its employer's line and its dates below.

    LinkedIn's ``- ... (redes sequenciais)`` / ``Consultor de ML`` / ``Autônomo · Meio
    período`` / ``2022 - 2023``; or a Word CV's ``- ... in R / Stan`` / ``**Sales
    Representative**`` / ``*Aventra Pharma* | 07/2012 – 08/2014`` (the employer and the dates
    on one line, no blank line between the jobs). The bullet closed its words (no open end,
    no bracket left open) and the title is short.
    """
    employer = bool(below) and bool(below[0].strip()) and not _BULLET.match(below[0])
    return (
        employer
        and (
            (len(below) == 2 and dates_alone(below[1]))  # the employer's line, then the dates
            or (find_span(below[0]) is not None and len(line.split()) <= _TITLE_WORDS)
        )
        and line.strip().lstrip("*_")[:1].isupper()
        and not OPEN_END.search(prev)
        and prev.count("(") <= prev.count(")")
    )


#: The most words a job's title on a line of its own takes.
_TITLE_WORDS: Final = 8
