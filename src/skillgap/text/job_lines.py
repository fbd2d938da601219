"""Which job a CV's line belongs to, where the layout does not say it by place alone.

* A list item that is only dates, nested under another item, dates the item above it:
  ``- **Data Scientist** — Fernwald`` / ``    - **Jan 2024 – now**`` (a Notion or Markdown
  export); a place or a share may follow the dates.
* A paragraph that opens by naming a job's employer (``At Nordvik: churn models ...``)
  describes that job, wherever it stands (a Word CV's duties under its table of jobs).
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.text.dates import find_span, leading_date
from skillgap.text.match import Found, Matcher, clean_sentence
from skillgap.text.read import Line
from skillgap.text.work import Job

_BULLET: Final = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


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


def _employers(job: Job) -> set[str]:
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
    named = [j for j in jobs if names & _employers(j)]
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
