"""A posting's title and the role id made from it.

The title is a job sheet's labelled one among its first lines ("Job Title: MLOps
Engineer" under the employer's name), or else the posting's first line with words: not an
e-mail's header lines ("From:", "Sent:", "To:"), nor a rule of ``=====``, nor the
"Subject: Re:" before it; a first line that is the whole posting (pasted as one paragraph)
gives its first sentence, or its words up to the bracket that closes the title's place
("... (London; hybrid) At ..."). The role id is the title in small letters and hyphens,
accents dropped but not their letters ("Region Skåne": ``region-skane``).

A title names a **senior role** when a seniority word (Senior, Staff, Lead, Principal)
qualifies a role in the craft: "Senior ML Engineer", "Staff Engineer", "Lead Data Scientist",
"MLOps Engineer (Senior)", "Científico de Datos Senior", or "Lead" names the role itself
("Tech Lead", "Data Science Lead"). A grade name is no seniority in the craft: "Senior
Executive Officer", "Higher Executive Officer", "Senior Officer" (UK civil-service grades),
"Senior Civil Servant".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.read import Line

#: An e-mail's subject line before a posting's title ("Subject: Re: Data Engineer role").
_EMAIL_HEAD: Final = re.compile(r"^(?:(?:subject|betreff|re|aw|fwd?|wg)\s*:\s*)+", re.I)
#: An e-mail's header lines above its subject ("From: ...", "Sent: ...", "To: ...").
_EMAIL_FROM: Final = re.compile(r"^\s*(?:from|sent|to|cc|date|von|an|gesendet|datum)\s*:", re.I)
#: A title longer than this is a posting's first paragraph: cut at its first sentence.
_LONG_TITLE: Final = 120
#: Letters NFKD does not take apart, as a slug writes them.
_LETTERS: Final = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})


_SENIORITY: Final = re.compile(r"\b(?:senior|staff|lead|principal)\b", re.I)
#: A grade's name, not a rank in the craft: the civil service's "Senior Executive Officer",
#: "Higher Executive Officer", "Senior Scientific Officer", "Senior Civil Servant".
_GRADE: Final = re.compile(
    r"\b(?:(?:senior|higher|principal|staff|chief)\s+)?(?:(?:executive|scientific|research)\s+)?"
    r"officer\b|\bsenior\s+civil\s+serv\w*",
    re.I,
)
#: A role in the craft, in the languages postings are read in (German and Dutch compounds:
#: "Softwareentwickler", "Datenwissenschaftlerin").
_CRAFT: Final = re.compile(
    r"\b\w*(?:engineer|scientist|developer|analy[sz]t|analista|architect|researcher|consultant|"
    r"specialist|programmer|statistician|designer|administrator|manager|technologist|"
    r"entwickler|ingenieur|wissenschaftler|berater|architekt|ingenier[oa]|científic[oa]|"
    r"desarrollador|arquitect[oa]|consultor|investigador|especialista|engenheir[oa]|cientista|"
    r"desenvolvedor|ingénieur|développeu|chercheu|scientifique|sre|swe|mle|devops)\w*",
    re.I,
)
#: Where a title's parts meet: a dash, a bar, a bracket, a comma, a colon.
_PARTS: Final = re.compile(r"\s[-–—|]\s|[–—|(),:;]")


def senior_role(title: str) -> bool:
    """Whether a posting's title names a senior role in the craft, not a grade."""
    parts = [p.strip() for p in _PARTS.split(_GRADE.sub(" | ", title))]
    for k, part in enumerate(parts):
        if not _SENIORITY.search(part):
            continue
        if _CRAFT.search(part) or re.search(r"\w\s+lead$", part, re.I):
            return True  # "Senior ML Engineer", "Ingeniero Senior", "Data Science Lead"
        alone = not _SENIORITY.sub("", part).strip(" /&")  # "MLOps Engineer (Senior)"
        if alone and k > 0 and _CRAFT.search(parts[k - 1]):
            return True
    return False


def slug(text: str) -> str:
    """A role id from a title: accents dropped, not the letters ("Region Skåne": region-skane)."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    words = re.findall(r"[a-z0-9]+", "".join(c for c in plain if not unicodedata.combining(c)))
    return "-".join(words)[:60].strip("-") or "role"


#: A job sheet's labelled title among its first lines: "Job Title:   MLOps Engineer", under the
#: employer's name ("GULF CRESCENT BANK PJSC"); "Position:", "Role:", "Stellenbezeichnung:".
_TITLE_LABEL: Final = re.compile(
    r"^[\s*_]*(?:job\s+title|position(?:\s+title)?|role(?:\s+title)?|vacancy|"
    r"stellenbezeichnung|puesto|cargo|intitulé\s+du\s+poste)[\s*_]*:[\s*_]*(\S.{0,118})$",
    re.I,
)
#: How many of a posting's first lines may hold its labelled title.
_LABEL_LINES: Final = 8


def posting_title(lines: Sequence[Line], source: str) -> str:
    """The posting's title: a labelled one near the top, or its first line with words.

    Not an e-mail's header nor a rule; a job sheet's "Job Title: MLOps Engineer" below the
    employer's name is the title, not the employer.
    """
    for line in lines[:_LABEL_LINES]:
        if labelled := _TITLE_LABEL.match(line.text):
            return clean_sentence(labelled[1]).strip(" *_")[:200]
    for line in lines:
        if _EMAIL_FROM.match(line.text) or not any(c.isalpha() for c in line.text):
            continue
        text = _EMAIL_HEAD.sub("", clean_sentence(line.text))
        if len(text) > _LONG_TITLE:
            end = re.search(r"(?<=[.!?)])\s+(?=[A-Z])", text)
            text = text[: end.start()] if end else text[:_LONG_TITLE].rsplit(" ", 1)[0]
        if text:
            return text[:200]
    return source
