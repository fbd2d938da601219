"""A leave noted under a job: a line that is only the leave and its dates.

``(parental leave 02/2024 – 07/2024)``, ``- Parental leave Oct 2023 - Jan 2024 (4 months)``,
``Karenz (parental leave) 03/2021 – 02/2022``, ``- Congedo di maternità dal 05/2023 al
09/2023 (incluso)``, ``- On leave from 08/2024 to 01/2025 (personal / family reasons)``:
the leave's months come off the job that holds it (:func:`skillgap.text.job_lines.take_leave`).
A "from" word before the dates ("dal", "du", "vom"), "on" before the leave, a remark that
both ends are included ("(incluso)", "(inclusive)") and the leave's reason in brackets are
the note's own words, not a job's.
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.text.dates import DURATION, Span, find_span
from skillgap.text.italian import LEAVE as LEAVE_ITALIAN
from skillgap.text.labelled import describes
from skillgap.text.polish import LEAVE as LEAVE_POLISH
from skillgap.text.work import LEAVE, LEAVE_LATIN, LEAVE_NORDIC, LEAVE_REMARK, LEAVE_WORDS
from skillgap.text.wraps import ITEM_BULLET as BULLET

#: A line that is only a leave and its dates: "(parental leave 02/2024 – 07/2024)".
_LEAVE_NOTE: Final = re.compile(
    # UK "Shared parental leave", "Statutory adoption leave"
    r"[\s(\[:,–—*_-]*(?:on\s+(?:a\s+)?)?(?:(?:(?:shared|statutory)\s+)?"
    r"(?:(?:parental|maternity|paternity|adoption|family|sick|unpaid)\s+)?leave"
    r"(?:\s+of\s+absence)?|elternzeit|mutterschutz|karenz|congé(?:\s+(?:parental|maternité|"
    rf"paternité))?|{LEAVE_LATIN}|{LEAVE_NORDIC}|{LEAVE_ITALIAN}|{LEAVE_POLISH})"
    r"(?:\s*\((?:parental|maternity|paternity)\s+leave\))?"
    r"(?:\s+(?:from|dal|dall['’]|da|du|de|vom|von|desde))?"  # "Congedo ... dal 05/2023 al ..."
    r"[\s)\]:,.–—*_-]*",
    re.I,
)
#: A leave's reason in brackets after its dates: "(personal / family reasons)", "(medical)".
_REASON: Final = re.compile(
    r"\(\s*(?:personal|family|medical|health|maternity|paternity|childcare)\b[^()]{0,40}\)",
    re.I,
)
#: A remark that the range's end months are counted: "(incluso)", "(inclusive)", "(inclus)".
_INCLUDED: Final = re.compile(
    r"\(\s*(?:both\s+)?(?:inclus[oaie]?|inclusive|included|compres[oaie])\s*\)", re.I
)
#: A leave glossed in English: "Karenz (parental leave)"; between jobs (no job's dates hold
#: it) it is a break of its own, not the job above's leave.
GLOSSED: Final = re.compile(r"\((?:parental|maternity|paternity)\s+leave\)", re.I)
#: A leave's words right before its dates: "... Parental leave 01/02/2024 – 30/04/2024".
_LEAVE_BEFORE: Final = re.compile(
    rf"\b{LEAVE_WORDS}\s*[:(]?\s*$",
    re.I,
)


def leave_item(text: str) -> Span | None:
    """The dates of a line under a job that is only a leave and its dates.

    ``(parental leave 02/2024 – 07/2024)``, ``Maternity leave      Jun 2018 – Nov 2018``,
    ``- Parental leave 01/05/2023 – 31/10/2023``, ``- Parental leave Oct 2023 - Jan 2024 (4
    months)``, its first clause (``- Parental leave 04/2020 – 09/2020; back part-time``);
    in a label column's layout, its value
    (``responsibilities     - Parental leave ...``); a description ending in one.
    """
    whole = BULLET.sub("", text.strip())
    if not LEAVE.search(whole):
        return None
    clause = re.split(r"[;.]\s", whole, maxsplit=1)[0]  # "Parental leave 04/2020 – 09/2020; left"
    for item in (whole, BULLET.sub("", re.split(r"\s{3,}", whole)[-1]), clause):
        span = find_span(item) if LEAVE.search(item) else None
        if span is None:
            continue
        note = _INCLUDED.sub(" ", LEAVE_REMARK.sub(" ", item.replace(span.text, " ")))
        note = _REASON.sub(" ", note)  # "On leave from 08/2024 to 01/2025 (family reasons)"
        if _LEAVE_NOTE.fullmatch(DURATION.sub(" ", note)):
            return span  # "(4 months)" after the dates says their length again
    # the leave ends a description: "| Main activities | Models in Python Parental leave 01/..."
    span = find_span(whole)
    if span is None or not describes(text):
        return None
    return span if _LEAVE_BEFORE.search(whole[: whole.find(span.text)]) else None
