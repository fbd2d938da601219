"""A jobs heading that names its one employer: ``Experience — Carrick & Vale LLP (one firm)``.

Family: a CV whose whole career is at one firm puts the firm beside its experience heading,
after a dash. A PDF keeps no heading marks, so the line reads as a sentence (a dash, more
than four words) unless the part before the dash is read alone: it is a heading when that
part names the experience section, the line carries no date of its own, and a dated line
(the first job) follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from skillgap.text.read import Line

#: "Experience — Employer ..." / "Work history – Employer": a short heading, a spaced dash.
_HEADING_DASH: Final = re.compile(r"^([A-Z][A-Za-z' ]{2,40}?)\s+[—–-]\s+\S")
_YEAR: Final = re.compile(r"\b(?:19|20)\d{2}\b")


def names_its_employer(
    lines: Sequence[Line], i: int, plain: str, kind_of: Callable[[str], str]
) -> bool:
    """Whether ``plain`` (line ``i``) is an experience heading with its employer after a dash."""
    m = _HEADING_DASH.match(plain)
    if not m or len(m[1].split()) > 3 or _YEAR.search(plain) or kind_of(m[1]) != "experience":
        return False
    nxt = next((ln.text for ln in lines[i + 1 :] if ln.text.strip()), "")
    return bool(_YEAR.search(nxt))
