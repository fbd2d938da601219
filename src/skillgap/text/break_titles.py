"""A break's title as CVs write it, its words wherever they stand in it.

``Career break``, ``Sabbatical`` and ``Parental leave`` open a break's line; CVs write more:
``Career gap``, ``Career pause``, ``Family leave``, ``Carer's leave``, ``Planned break``,
``Time off``, ``Gap year``, ``Caregiving``, ``Full-time parent``, ``Stay-at-home parent``.
Each is a break (its months not counted, and a pause in the career around it rather than
other work ending it), unless the title names an occupation too (``Care Assistant``,
``Data Analyst (family leave cover)``): a job.
"""

from __future__ import annotations

import re
from typing import Final

#: Words that name a break, wherever they stand in a title.
_BREAK_TITLE: Final = re.compile(
    r"\b(?:career\s+(?:break|gap|pause)|(?:planned|family|personal|caregiving|carer'?s?|"
    r"caring|compassionate|medical|health|study|relocation)\s+(?:break|leave|gap|pause|time)|"
    r"time\s+(?:off|out)|gap\s+year|caregiving|caring\s+for|family\s+care|"
    r"full-time\s+(?:carer|caregiver|parent|mum|mom|dad|father|mother)|"
    r"stay-at-home\s+(?:parent|mum|mom|dad|father|mother)|homemaker)\b",
    re.I,
)
#: An occupation's noun: with one, the title is a job (``Data Analyst (family leave cover)``).
_OCCUPATION: Final = re.compile(
    r"\b(?:engineer\w*|developer|analyst|scientist|manager|assistant|associate|officer|"
    r"consultant|coordinator|specialist|lead|intern\w*|teacher|tutor|nurse|cover|worker|aide|"
    r"editor|writer|journalist|technician|administrator|director|founder|freelance\w*)\b",
    re.I,
)


def names_break(title: str) -> bool:
    """Whether a dated line's title names a break, not a job: ``Career gap``, ``Family leave``."""
    return bool(_BREAK_TITLE.search(title)) and not _OCCUPATION.search(title)
