"""Two US forms of a job: a federal résumé's block, and a reservist's mobilization.

* **A federal résumé** (the USAJOBS résumé builder's layout) writes each job as a block:
  the agency and its address, the dates alone on a line, then labelled facts (``Grade Level:
  GS-13``, ``Salary: ...``, ``Hours per week: 20``), then the title (``Data Scientist
  (Series 1560)``) over ``Duties, Accomplishments and Related Skills:``. When the lines above
  the dates name no job, the first line below them past the labelled facts that names a job
  title is its title, and the facts are notes on its time (``Hours per week: 20`` is half
  time; read by :func:`skillgap.text.work.fte_of`).
* **A reservist's mobilization** (a National Guard or Reserve member called to active duty:
  ``- Mobilized (Title 10), Operation ...: April 2022 – March 2023 — full-time analyst``): a
  dated item under a part-time service job (a weekend a month) that says the member was
  mobilized (anywhere), or activated or deployed (under a military job's title), is
  full-time service in that job for its months. A deployment during full-time (active-duty)
  service changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import Span, find_span
from skillgap.text.read import Line
from skillgap.text.work import Job
from skillgap.text.wraps import ITEM_BULLET as _BULLET

#: A labelled fact on a line of its own: "Grade Level: GS-13", "Hours per week: 40".
_FACT: Final = re.compile(r"^\s*[A-Z][A-Za-z'/&.()-]*(?:\s+[A-Za-z'/&.()-]+){0,3}\s*:\s+\S")
#: The most labelled facts between a job's dates and its title.
_FACTS: Final = 6
#: The longest line a title takes.
_TITLE_CHARS: Final = 90


def title_past_facts(
    lines: Sequence[tuple[Line, bool]], i: int, title_noun: re.Pattern[str]
) -> tuple[str, str] | None:
    """A federal résumé's title below its dates, past labelled facts, and those facts.

    ``03/2021 - Present`` / ``Grade Level: GS-13`` / ``Hours per week: 40`` / ``Data
    Scientist (Series 1560)``: at least one fact, then a short line naming a job (a title's
    noun, no dates, no label, not a list item). None when the block is not so written.
    """
    facts: list[str] = []
    for j in range(i + 1, min(len(lines), i + 2 + _FACTS)):
        line, heading = lines[j]
        text = line.text
        if heading or not text.strip() or _BULLET.match(text):
            return None
        if _FACT.match(text):
            facts.append(clean_sentence(text))
            continue
        plain = clean_sentence(text).strip(" *_")
        if (
            not facts
            or len(plain) > _TITLE_CHARS
            or plain.endswith((".", ":"))
            or find_span(plain) is not None
            or not title_noun.search(plain)
        ):
            return None
        return plain, "; ".join(facts)  # "GS-07; Hours per week: 20", not "07 Hours"
    return None


#: Called to active duty: "Mobilized (Title 10)", "called to active duty".
_MOBILIZED: Final = re.compile(
    r"\b(mobili[sz]ed|mobili[sz]ation|title 10|(?:called|ordered) to active duty)\b", re.I
)
#: A deployment or an activation: a service member's only under a military service job
#: (software is deployed, features activated).
_DEPLOYED: Final = re.compile(r"\b(deployed|deployment|activated|activation)\b", re.I)
#: A military service job's title: its branch, its reserve, an MOS or a rank's code.
_MILITARY: Final = re.compile(
    r"\b(army|navy|air force|marine corps|marines|coast guard|national guard|reserves?|"
    r"(?-i:MOS|USAR|ARNG|ANG|USMCR|USNR))\b",
    re.I,
)


def mobilization(text: str, job: Job) -> Span | None:
    """The dates of a mobilization written as an item under a part-time service job.

    ``- **Mobilized (Title 10), Operation Spartan Shield: April 2022 – March 2023** —
    full-time analyst``: the item says so and gives a range. A deployment or an activation
    counts only under a military job's title (``- Deployed the model to production: Mar –
    May 2024`` under a part-time analyst's job is a duty). None under a full-time job.
    """
    if job.fte >= 1.0 or not _BULLET.match(text):
        return None
    called = _MOBILIZED.search(text) or (_DEPLOYED.search(text) and _MILITARY.search(job.title))
    return find_span(text) if called else None


def mobilized(job: Job, span: Span) -> Job:
    """A part-time service job's mobilization as a full-time stretch of that same job."""
    return Job(
        title=f"{job.title} — mobilized",
        span=span,
        kind=job.kind,
        relevant=job.relevant,
        core=job.core,
        skills=list(job.skills),
        why_not=job.why_not,
    )
