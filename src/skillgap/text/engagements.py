"""A table of client engagements under a firm's dated roles: the roles' work, not jobs.

Family: a consultant on a firm's staff lists the roles held there, then the clients served
in them::

    ### Acme Consulting — London
    Senior Consultant | April 2022 – Present
    Consultant | September 2019 – March 2022
    | Client | Dates | What I did |
    | Retail bank | Oct 2019 – Jan 2020 | Churn model in Python |

Each engagement row (a client, no role, no load column) whose dates lie within a role read
above it in the same section is that role's work: its skills and its data work are the
role's (a role its title does not place is data work when they are), and it is no job of its
own (its months are the role's already). A freelancer's client table (no dated role above it
holds the rows, or a load column gives each row its share) is read as before: each row a
job.
"""

from __future__ import annotations

from collections.abc import Sequence

from skillgap.text.job_lines import inside
from skillgap.text.work import Job, names_other_work


def holder_of(row: Job, above: Sequence[Job]) -> Job | None:
    """The role above (in the same section) whose dates hold an engagement row, or None."""
    if not row.engagement:
        return None
    for job in reversed(above):
        if not job.engagement and job.kind == "job" and inside(row.span, job.span):
            return job
    return None


def absorbed(row: Job, holder: Job) -> None:
    """An engagement's skills and data work, given to the role that holds it.

    A role its title does not place (``Consultant``) whose engagements are data or ML work
    (a churn model, a forecasting dashboard) is that work, as the engagements would have
    been; a role named as other work (``Audit Senior``) stays as its title says.
    """
    holder.skills += row.skills
    holder.did_core_work |= row.did_core_work
    placed = holder.relevant or holder.why_not or names_other_work(holder.title)
    if row.relevant and row.core and not placed:
        holder.relevant = holder.core = True
