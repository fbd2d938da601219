"""A trade's job that did software or data work, as its own lines show.

A process, manufacturing or yield engineer's work is the trade's (a plant's line, a
wafer's yield), not software or data work: its months are not counted
(:data:`skillgap.text.work.names_other_work`). So is a clinical or healthcare occupation's
(a hospital's medical scientist, a nurse, a doctor, a pharmacy technician:
:data:`skillgap.text.clinical.CLINICAL`). When the job's own lines show the software side
of it (``Wrote Python scripts to pull tester logs — my first step into data work``: code
written, tools built, test or report automation, data analysis), it is work that led to
the career and counts as related work. A clinical job's lines must name the language
the code was written in (``Wrote Python scripts to flag failed QC runs``): a spreadsheet
or a macro built beside the clinical work (``Built an Excel/VBA dashboard for stock-outs
that the pharmacy still uses``) is the clinician's tool, not a step into software work.

What does not make a trade's job software work: the trade's own statistics and quality
methods (SPC charts, designed experiments in Minitab, root-cause analysis, Lean Six
Sigma), and scripting its lines only hedge (``some MATLAB scripting``: a little of it,
beside the trade's work).
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.text.clinical import CLINICAL
from skillgap.text.work import CORE_WORK, Job

#: Engineering in a trade, as a title names it: "Process Engineer", "Yield Engineer".
TRADE_ENGINEER: Final = re.compile(
    r"\b(?:process|manufacturing|production|yield|equipment|mechanical|chemical|civil|"
    r"structural|maintenance|building|mining|petroleum)\s+engineer",
    re.I,
)

#: Code written or software built: "Wrote Python scripts ...", "built a tool in VBA".
_BUILT: Final = re.compile(
    r"\b(?:wrote|written|write|writing|built|build(?:ing)?|developed|develop(?:ing)?|coded|"
    r"programmed|created|automated)\b[^.;:]{0,40}?\b(?:scripts?|tools?|software|programs?|"
    r"code|applications?|apps?|dashboards?|pipelines?|macros?|databases?)\b",
    re.I,
)
#: Software, scripting, automation or data analysis named as the work itself.
_NAMED: Final = re.compile(
    r"\b(?:(?:python|sql|vba|matlab|bash|shell|perl|c\+\+|c#|java(?:script)?|r)\s+"
    r"(?:scripts?|scripting|tools?|code|programs?|automation)|scripting|"
    r"(?:test|report(?:ing)?|data|software)\s+automation|data analysis|data work|"
    r"data pipelines?|software development|analy[sz]ed\s+(?:\w+\s+){0,2}data)\b",
    re.I,
)
#: Words that make the work a little of it, beside the trade's: "some MATLAB scripting".
_HEDGE: Final = re.compile(
    r"\b(?:some|a little|a bit of|occasional|basic|light|minor)\s+(?:\w+\s+)?$", re.I
)

#: A programming language, or a data language, the code was written in: "Python scripts",
#: "an R Shiny app", "SQL queries" (not a spreadsheet's macros: Excel, VBA).
_CODE: Final = re.compile(
    r"\b(?:python|sql|(?-i:R)(?![&\w])|matlab|bash|shell|perl|c\+\+|c#|java(?:script)?|julia|"
    r"scala|sas|stata|nextflow|snakemake)(?![\w+#])",
    re.I,
)


def software_work(text: str) -> bool:
    """Whether a job's line shows software, scripting, automation or data analysis work."""
    for pattern in (_BUILT, _NAMED):
        for m in pattern.finditer(text):
            if not _HEDGE.search(text[: m.start()]):
                return True
    return False


def note_work(job: Job, text: str) -> None:
    """Note what one of a job's own lines shows: data or ML work, software or data analysis."""
    job.did_core_work |= bool(CORE_WORK.search(text))
    job.did_software_work |= (software := software_work(text))
    job.did_code_work |= software and bool(_CODE.search(text))


def trade_software_work(job: Job) -> bool:
    """Whether a trade's job not counted is related work, as its lines show.

    A job (not a break, an internship or volunteering) its title names as a trade's
    engineering or a clinical occupation ("Biomedical Scientist": ``Wrote Python scripts
    to flag out-of-range QC runs``), whose own lines show software or data analysis work:
    counted as related work (not data work itself). Its other lines stay the trade's.
    """
    return (
        job.kind == "job"
        and not job.relevant
        and not job.why_not
        and (
            (job.did_software_work and bool(TRADE_ENGINEER.search(job.title)))
            or (job.did_code_work and bool(CLINICAL.search(job.title)))
        )
    )
