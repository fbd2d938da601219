"""A LinkedIn profile page copied into a CV: a company's roles as list items, dates below.

Family: the text of a LinkedIn profile page pasted into Word or Markdown, several
positions under one company::

    **Larder**
    Full-time · 4 yrs 5 mos
    Glasgow, Scotland, United Kingdom · Hybrid

    - **Data Engineering Intern**
      Internship
      Aug 2022 - Sep 2022 · 2 mos
      - Cleaned the supplier price tables (SQL, pandas)

Each role is a list item naming the job alone; its dates stand on a line of their own
under it (LinkedIn's own count after them), after at most two lines of its employment
type. Such a role is read as the item ``- Data Engineering Intern (Internship) · Aug 2022 -
Sep 2022 · 2 mos`` (a role item under its employer's line, :mod:`skillgap.text.jobs`): the
lines in between are dropped (every line keeps its number). The company's own lines under
its name (``Full-time · 4 yrs 5 mos``, ``Glasgow, Scotland, United Kingdom · Hybrid``) say
how long and where, not who (:func:`skillgap.text.job_titles.company_detail`), and
LinkedIn's ``Skills: PyTorch · MLflow`` line under a role ends the lines above the next
role's dates (it is the role above's).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.job_lines import dates_alone
from skillgap.text.job_titles import EMPLOYMENT_TYPE, TITLE_NOUN, span_of
from skillgap.text.read import Line
from skillgap.text.wraps import ITEM_BULLET

#: The most words a role's item takes (more: a duty).
_ROLE_WORDS: Final = 8
#: The most lines of employment type between a role's item and its dates.
_TYPE_LINES: Final = 2


def _role(text: str) -> str:
    """A list item that names a role alone: its title, else empty."""
    if not ITEM_BULLET.match(text):
        return ""
    title = clean_sentence(ITEM_BULLET.sub("", text)).strip(" *_")
    if (
        not title
        or len(title.split()) > _ROLE_WORDS
        or title.endswith((".", ":", ";", ","))
        or span_of(title) is not None
        or not TITLE_NOUN.search(title)
    ):
        return ""
    return title


def linkedin_roles(lines: Sequence[Line]) -> list[Line]:
    """The lines, each role item with its dates below read as one dated item."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        title = _role(line.text)
        dated = _dates_below(lines, i) if title else None
        if dated is None:
            out.append(line)
            i += 1
            continue
        at, types = dated
        bullet = ITEM_BULLET.match(line.text)
        marker = bullet[0] if bullet else "- "
        note = f" ({', '.join(types)})" if types else ""
        text = f"{marker}{title}{note} · {lines[at].text.strip()}"
        out.append(Line(line.number, text, line.columns))
        i = at + 1
    return out


def _dates_below(lines: Sequence[Line], i: int) -> tuple[int, list[str]] | None:
    """The line of a role item's dates below it, and the employment types between."""
    types: list[str] = []
    for j in range(i + 1, min(len(lines), i + 2 + _TYPE_LINES)):
        text = lines[j].text
        plain = clean_sentence(text).strip(" *_")
        if not plain or ITEM_BULLET.match(text):
            return None
        if dates_alone(plain):
            return j, types
        if not EMPLOYMENT_TYPE.match(plain):
            return None
        types.append(plain)
    return None
