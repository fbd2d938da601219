"""An Indian IT services CV's own forms: its headings, its employer and project blocks.

Family: the CV of an engineer at an IT services company or a global capability centre::

    1) Tatvam Digital Services Ltd., Bengaluru
       Designation : Senior Data Engineer (Sep 2017 - Mar 2019), ML Engineer (Apr 2019 - ...)
       DOJ         : 11-Sep-2017        Date of Relieving: 25-Mar-2022

       Project 1: Customer 360 Data Lake                     (Sep 2017 - Feb 2019)
       Client     : A leading US retail bank
       Environment: Spark (Scala), Hive, Oozie, Oracle
       Roles & Responsibilities:
       - Migrated 300+ Oracle ETL jobs to Spark on Hadoop.

* **Headings** (:data:`HEADINGS`, spliced into :data:`skillgap.text.sections.KINDS`):
  "Career Objective" is a summary (not the jobs), "Educational Qualification(s)" and
  "Academic Qualifications" the education (not a posting's requirements), "Personal
  Details" the contact (its date of birth no job's date under the jobs). A job's "Roles &
  Responsibilities:" under its project is that job's lines, not a part of the CV of its own
  (:func:`job_duties`).
* **Employer blocks** (:func:`employer_blocks`): an employer's line over labelled lines, the
  designation (``Designation``, ``Role``, ``Position``) and the dates (``DOJ`` or ``Date of
  Joining`` with ``Date of Relieving``, or ``Duration``, ``Period``, ``Tenure``): the job is
  read as ``Designation — Employer — Apr 2022 – present`` ("till date" is ongoing). Two
  designations with their own dates (a promotion) are two jobs. A remark with a date in
  the designation's brackets (``Systems Engineer (Trainee till Dec 2014)``) is left out of
  its title. A block with a designation and no dates of its own runs over its projects'
  dates (an applicant-tracking export's "Job title:" and "Start date:" are read by
  :mod:`skillgap.text.ats_form`).
* **Project blocks**: a date range on a line of the employer's block (a project, an onsite
  stint at the client's site, a bench period between projects) is the job's work, not a
  job of its own: the line is kept without its dates, its skills the job's. A leave or a
  break keeps its dates (its months come off the job, as anywhere).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.dates import find_span
from skillgap.text.read import Line

#: Heading words to a section kind, as :data:`skillgap.text.sections.KINDS` holds them.
HEADINGS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("summary", ("career objective", "carrier objective")),
    (
        "education",
        (
            *("educational qualification", "academic qualification", "education qualification"),
            *("educational details", "academic details", "academic credentials"),
            "scholastic record",
        ),
    ),
    # the date of birth and the passport's validity below it are no job's dates
    ("contact", ("personal details", "personal information", "personal particulars")),
)

#: A job's duties' heading inside its block: "Roles & Responsibilities:", "Responsibilities".
_DUTIES: Final = re.compile(
    r"^(?:key\s+|job\s+|major\s+)?(?:roles?\s*(?:&|and|/)\s*)?responsibilit(?:y|ies)"
    r"(?:\s+handled)?\s*:?$",
    re.I,
)


def job_duties(text: str) -> bool:
    """Whether a heading-like line under jobs is a job's duties' heading (its lines the job's)."""
    return bool(_DUTIES.match(text.strip().strip("*_#").strip()))


_TITLE: Final = r"designation|current\s+designation|role|position|job\s+title"
_START: Final = r"doj|d\.o\.j\.?|date\s+of\s+joining|joining\s+date|joined(?:\s+on)?"
_END: Final = (
    r"date\s+of\s+relieving|relieving\s+date|dor|d\.o\.r\.?|date\s+of\s+leaving|"
    r"last\s+working\s+(?:day|date)|lwd"
)
_RANGE: Final = r"duration|period|tenure|employment\s+period|working\s+period"
_EMPLOYER: Final = r"company(?:\s+name)?|organi[sz]ation|employer"
_PLACE: Final = r"location|place|department|reporting\s+to|work\s+location"
_LABELS: Final = {
    "title": _TITLE,
    "start": _START,
    "end": _END,
    "range": _RANGE,
    "employer": _EMPLOYER,
    "place": _PLACE,
}
#: A header's label and its colon, at a line's start or after a gap of two spaces or more.
_LABEL: Final = re.compile(
    r"(?:^\s*[*_]{0,2}|\s{2,}|\t)(?:"
    + "|".join(f"(?P<{kind}>{names})" for kind, names in _LABELS.items())
    + r")[*_]{0,2}\s*:",
    re.I,
)
#: The family's own label for a job's title: its block may take its projects' dates.
_DESIGNATION: Final = re.compile(r"^\s*[*_]{0,2}(?:current\s+)?designation\b", re.I)
#: A header line: one opened by a label.
_HEADER: Final = re.compile(
    r"^\s*[*_]{0,2}(?:" + "|".join(_LABELS.values()) + r")[*_]{0,2}\s*:", re.I
)
#: An employer's line's number or bullet: "1)", "2.", "a)", "-".
_NUMBER: Final = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-z]\)|[-*•#]+)\s*")
#: A range's separator between two dates written whole: "11-Sep-2017 to 25-Mar-2022".
_BETWEEN: Final = re.compile(r"\s+(?:to|till|until)\s+|\s+[-–—]\s+|\s*[–—]\s*", re.I)
#: "till date", "to date", "present", "now": the job is held now.
_NOW: Final = re.compile(r"\b(?:till|to|until)\s+(?:date|now)\b|\bpresent\b|\bcurrent\b", re.I)
#: A leave or a break: its dates are its own, never stripped.
_KEPT: Final = re.compile(r"\b(?:leave|career\s+break|sabbatical)\b", re.I)
#: A title's remark in brackets with a date in it: "(Trainee till Dec 2014)".
_DATED_REMARK: Final = re.compile(r"\s*\([^()]*\b(?:19|20)\d{2}\b[^()]*\)")
#: A designation and its own dates in brackets: "Senior Data Engineer (Sep 2017 - Mar 2019)".
_DATED_TITLE: Final = re.compile(r"\s*(?P<title>[^,;()]+?)\s*\((?P<dates>[^()]+)\)")


def _fields(text: str) -> dict[str, str]:
    """A header line's labelled values: ``DOJ : 11-Sep-2017   Date of Relieving: 25-Mar-2022``."""
    found = list(_LABEL.finditer(text))
    out: dict[str, str] = {}
    for n, m in enumerate(found):
        kind = next(k for k in _LABELS if m[k])
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        out.setdefault(kind, text[m.end() : end].strip(" *_|"))
    return out


def _span_text(start: dt.date | None, end: dt.date | None, ongoing: bool) -> str | None:
    """A range written as the job reader reads it: ``Sep 2017 – Mar 2022``, ``... – present``."""
    if start is None or (end is None and not ongoing):
        return None
    return f"{start:%b %Y} – {'present' if end is None else f'{end:%b %Y}'}"


def _range_of(value: str) -> str | None:
    """A labelled value's range: ``Jul 2014 - Aug 2017``, ``04-Apr-2022 till date``."""
    span = find_span(value)
    if span is not None:
        return _span_text(span.start, span.end, True)
    ends = [s for piece in _BETWEEN.split(value) if (s := find_span(piece, single=True))]
    if len(ends) >= 2:
        return _span_text(ends[0].start, ends[-1].end, False)
    return _span_text(ends[0].start, None, bool(_NOW.search(value))) if ends else None


def _dates(fields: dict[str, str]) -> str | None:
    """A header's dates: a labelled range, or the joining and relieving dates."""
    if "range" in fields and (found := _range_of(fields["range"])):
        return found
    if "start" not in fields:
        return None
    if "end" in fields:
        return _range_of(f"{fields['start']} to {fields['end']}")
    return _range_of(fields["start"])


def _designations(value: str) -> list[tuple[str, str | None]]:
    """A designation's titles, each with its own dates when it gives them (a promotion)."""
    dated = [
        (m["title"].strip(), find_span(m["dates"]))
        for m in _DATED_TITLE.finditer(value)
        if find_span(m["dates"]) is not None
    ]
    if dated:
        return [(title, span.text if span else None) for title, span in dated]
    return [(_DATED_REMARK.sub("", value).strip(" ,;"), None)]


def _employer(line: Line | None) -> str:
    if line is None or not line.text.strip() or _HEADER.match(line.text):
        return ""
    return _NUMBER.sub("", line.text).strip(" *_#:")


def _block_end(lines: Sequence[Line], start: int) -> int:
    """Where a block's body ends: at the next block's employer line or header, or the end."""
    for j in range(start, len(lines)):
        if _HEADER.match(lines[j].text) and "title" in _fields(lines[j].text):
            above = j - 1
            while above >= start and _HEADER.match(lines[above].text):
                above -= 1
            return above if above >= start and lines[above].text.strip() else above + 1
    return len(lines)


def _body_range(lines: Sequence[Line]) -> str | None:
    """The range a block's projects cover: the first start to the last end (or ongoing)."""
    spans = [s for ln in lines if (s := find_span(ln.text)) and not _KEPT.search(ln.text)]
    if not spans:
        return None
    last = None if any(s.end is None for s in spans) else max(s.end for s in spans if s.end)
    return _span_text(min(s.start for s in spans), last, True)


def _without_dates(line: Line) -> Line:
    """A project's line without its range: ``Project 1: Fraud Scoring`` (its words kept)."""
    span = find_span(line.text)
    if span is None or _KEPT.search(line.text):
        return line
    text = line.text.replace(span.text, " ", 1)
    text = re.sub(r"\(\s*[,;]?\s*\)|,\s*(?=\))", "", text).rstrip(" ,;-–—")
    return Line(line.number, text)


def employer_blocks(lines: Sequence[Line]) -> list[Line]:
    """The lines, each employer block's header read as its jobs' lines, its projects' undated.

    A block starts at a header line labelled with a designation (its employer the line
    right above the header, or a labelled company), and runs to the next such block or
    the end of the lines; lines that are neither a block's header nor its body are kept.
    """
    edits: list[tuple[int, int, list[Line]]] = []
    i = 0
    while i < len(lines):
        if not (_HEADER.match(lines[i].text) and "title" in _fields(lines[i].text)):
            i += 1
            continue
        top = i
        while top > 0 and _HEADER.match(lines[top - 1].text):
            top -= 1
        bottom = i
        while bottom + 1 < len(lines) and _HEADER.match(lines[bottom + 1].text):
            bottom += 1
        fields: dict[str, str] = {}
        for line in lines[top : bottom + 1]:
            for kind, value in _fields(line.text).items():
                fields.setdefault(kind, value)
        end = _block_end(lines, bottom + 1)
        body = [_without_dates(ln) for ln in lines[bottom + 1 : end]]
        employer = fields.get("employer") or _employer(lines[top - 1] if top > 0 else None)
        dates = _dates(fields)
        if dates is None and _DESIGNATION.match(lines[i].text):  # no dates of its own
            dates = _body_range(lines[bottom + 1 : end])
        jobs = [
            (title, own or dates)
            for title, own in _designations(fields.get("title", ""))
            if title and (own or dates)
        ]
        if not jobs:
            i = bottom + 1
            continue
        made = [
            " — ".join(part for part in (title, employer, when) if part) for title, when in jobs
        ]
        at = top - 1 if top > 0 and employer and not fields.get("employer") else top
        header = [Line(lines[at].number, text) for text in made]
        header += [Line(ln.number, "") for ln in lines[at + len(header) : bottom + 1]]
        edits.append((at, end, [*header, *body]))
        i = end
    out = list(lines)
    for at, end, new in reversed(edits):
        out[at:end] = new
    return out
