"""A degree dated among jobs: a CV's one part for its career and education, in date order.

``**2012 – 2016 · B.Sc. Physics (Honours)**, Université de Valmont`` and ``**September 2017
– April 2022 · Ph.D. Computer Science (Machine Learning)**, Université de Valmont`` under
"Career and education, in order": a CV that writes its degrees among its jobs gives each
degree a job's dated line. A dated line whose title opens with a degree's name (``B.Sc.``,
``Ph.D.``, ``MSc``, ``Bachelor of ...``) and whose first clause names no role is a degree,
not a job: its years are studied, not worked (a doctorate's are not a gap either). A
role named after the degree is a job ("PhD Researcher", "MSc Student Assistant", "Master
Data Analyst").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.text.credentials import DEGREE_WORD, degrees_of
from skillgap.text.job_titles import TITLE_NOUN
from skillgap.text.read import Line
from skillgap.text.sections import Section
from skillgap.text.work import Job

#: A title's first clause: up to its first comma, dash or "at" ("B.Sc. Physics, Valmont").
_FIRST_CLAUSE: Final = re.compile(r"^[^,;|·—–]*?(?=\s+at\s|[,;|·—–]|$)")


def is_degree(title: str) -> bool:
    """Whether a dated line's title is a degree's name, no role named in its first clause."""
    title = title.lstrip(" *_#>•-")
    opening = DEGREE_WORD.match(title)
    if opening is None:
        return False
    clause = _FIRST_CLAUSE.match(title)
    first = clause[0] if clause else title
    return len(first) > opening.end() + 1 and not TITLE_NOUN.search(first)


def degrees_among(jobs: list[Job]) -> tuple[list[Job], list[Job]]:
    """A CV's jobs, and apart from them the degrees dated among them (:func:`is_degree`)."""
    kept = [j for j in jobs if j.kind == "break" or not is_degree(j.title)]
    return kept, [j for j in jobs if j not in kept]


def degrees_dated(
    studied: list[Job], catalog: CatalogIndex, today: dt.date, known: list[dict[str, str]]
) -> list[dict[str, str]]:
    """The degrees of the lines :func:`degrees_among` set apart, those not already ``known``."""
    lines = (Line(0, ""), *(Line(0, f"{j.title} {j.span.text}") for j in studied))
    found = degrees_of(Section("", "education", lines), catalog, today)
    return [d for d in found if d not in known]
