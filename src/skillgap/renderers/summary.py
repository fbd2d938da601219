"""What a report says first, in every format: the 30 seconds a person gives it.

The verdict with its time, the blockers, the next steps, what the tool did not understand
and the names it read as others. Plain text, shared by every renderer (which escapes it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from skillgap.models.result import Assessment, Plan, PlanStep, Readiness, RequirementResult, Warning
from skillgap.plan.calendar import about
from skillgap.scoring import rule

#: How many plan steps the summary names.
NEXT_STEPS: Final = 3
#: How many blockers the short report lists before "and N more".
SHOWN_BLOCKERS: Final = 6
#: How many open important gaps the short report names before "and N more".
SHOWN_GAPS: Final = 8
#: How many "not understood" names the summary lists before "and N more".
SHOWN_UNKNOWN: Final = 3
#: Each verdict as the terminal report shouts it, with its colour.
READINESS: Final = {
    "ready": ("READY", "bold green"),
    "nearly_ready": ("NEARLY READY", "bold yellow"),
    "not_ready": ("NOT READY", "bold red"),
}


#: Each category's title in a report.
CATEGORY_TITLE: Final = {
    "skills": "Skills",
    "education": "Education",
    "certifications": "Certifications",
    "experience": "Experience",
}
VERDICT: Final = {"ready": "ready", "nearly_ready": "nearly ready", "not_ready": "not ready"}


def span(start: dt.date, end: dt.date) -> str:
    """``3 weeks``, ``14 months``, ``3.5 years``: the plan's own wording (:func:`about`)."""
    return about(start, end)


def time_to_ready(plan: Plan | None, readiness: Readiness) -> str | None:
    """``about 14 months at 10 h/week (ready on 2028-02-01)``; None without a plan or when ready."""
    if plan is None or readiness == "ready" or plan.ready_after_step == 0:
        return None
    if plan.ready_on is None:
        return "not reachable with the steps the catalog offers"
    return (
        f"about {span(plan.start_date, plan.ready_on)} at {plan.hours_per_week:g} h/week "
        f"(ready on {plan.ready_on.isoformat()})"
    )


def verdict(result: Assessment) -> str:
    """``nearly ready: about 14 months at 10 h/week (ready on …)``, or the verdict alone."""
    when = time_to_ready(result.plan, result.readiness)
    return VERDICT[result.readiness] + (f": {when}" if when else "")


def next_steps(plan: Plan | None, count: int = NEXT_STEPS) -> list[PlanStep]:
    """The plan's first steps: where to start."""
    return [] if plan is None else plan.steps[:count]


def blockers(result: Assessment) -> list[RequirementResult]:
    """The unmet essential requirements, in the result's order."""
    by_id = {r.id: r for r in result.requirements}
    return [by_id[b] for b in result.blockers]


def _first(count: int, one: str, many: str, example: str) -> str:
    """``2 names (torch → PyTorch, …)``: a count and its first example."""
    return f"{count} {one if count == 1 else many} ({example}{', …' if count > 1 else ''})"


def reading_notes(result: Assessment) -> list[str]:
    """How the profile was read: names read as others, levels counted otherwise, warnings.

    A line each, with a count and the first example; ``--details`` lists every one.
    """
    notes = []
    read = result.names_read
    if read:
        example = f"{read[0].written} → {read[0].name}"
        notes.append("Read as the catalog's: " + _first(len(read), "name", "names", example))
    changed = [r for r in result.requirements if r.level_explanation]
    if changed:
        example = changed[0].level_explanation or ""
        counted = _first(len(changed), "level", "levels", example)
        notes.append(f"Counted other than claimed: {counted}")
    spare = result.not_required
    if spare:
        example = f"{spare[0].name} {spare[0].level}"
        counted = _first(len(spare), "skill", "skills", example)
        notes.append(f"Not required by this role (recognised, not scored): {counted}")
    others = other_warnings(result.warnings)
    if others:
        more = ", …" if len(others) > 1 else ""
        notes.append(f"Other warnings: {len(others)} ({others[0].message}{more})")
    return notes


def blocker_line(r: RequirementResult) -> str:
    """``Python: needs 4 (advanced), has 3 (intermediate)``: a blocker on about one line."""
    return f"{r.name}: needs {r.required}, has {r.have}"


def listing(items: Sequence[str], most: int) -> str:
    """``a, b, c and 4 more``: at most ``most`` items named."""
    if len(items) <= most:
        return ", ".join(items)
    return ", ".join(items[:most]) + f" and {len(items) - most} more"


def not_understood(warnings: Sequence[Warning]) -> list[Warning]:
    """Warnings about names the catalog does not know: a skill, a degree, a certification."""
    return [w for w in warnings if w.code.startswith("unknown-")]


def other_warnings(warnings: Sequence[Warning]) -> list[Warning]:
    """Every other warning: repeated names, expired certifications, a target date passed."""
    return [w for w in warnings if not w.code.startswith("unknown-")]


def warning_text(w: Warning) -> str:
    """``unknown skill 'pyhton' is not counted (did you mean 'Python'?)``."""
    return w.message + (f" ({w.hint})" if w.hint else "")


def where(w: Warning) -> str:
    """``profiles/ana.yaml:8:3``, or empty when the warning has no file."""
    return f"{w.file}:{w.line}:{w.column}" if w.file else ""


def gap(r: RequirementResult) -> str:
    """``pandas 0→3`` for a skill; the requirement's name otherwise."""
    if r.target_level is not None:
        return f"{r.name} {r.current_level or 0}→{r.target_level}"
    return r.name


def gaps(result: Assessment, importance: str) -> list[RequirementResult]:
    """The requirements of one importance not yet met (partial or missing)."""
    return _open(result).get(importance, [])


def _open(result: Assessment) -> dict[str, list[RequirementResult]]:
    """The requirements not yet met (partial or missing), grouped by their importance."""
    grouped: dict[str, list[RequirementResult]] = {}
    for r in result.requirements:
        if r.status != "met":
            grouped.setdefault(r.importance, []).append(r)
    return grouped


def points_open(rows: Sequence[RequirementResult]) -> float:
    """The points the rows could still earn."""
    return rule.points_open((r.points, r.max_points) for r in rows)


#: How many warnings stderr lists before "and N more".
SHOWN_ON_STDERR: Final = 5


def stderr_lines(warnings: Sequence[Warning], most: int = SHOWN_ON_STDERR) -> list[str]:
    """Each name the catalog did not know, one line for stderr with its "did you mean"."""
    unknown = not_understood(warnings)
    lines = [f"{where(w) or 'skillgap'}: warning: {warning_text(w)}" for w in unknown[:most]]
    if len(unknown) > most:
        lines.append(f"skillgap: and {len(unknown) - most} more (the report lists them)")
    return lines


def reviewed_line(reviewed: int) -> str:
    """What a cohort page says of its reviews: whose levels are a mentor's, not as claimed."""
    return (
        f"{reviewed} profile(s) reviewed by a mentor (NAME.review.yaml): their levels are the "
        "reviewed ones, not as claimed."
    )
