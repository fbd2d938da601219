"""The terminal report and plan: rich renderables, captured to text.

The other commands' reports are in :mod:`.screens`, the pieces all share in :mod:`.console`;
the renderers find every ``render_*`` here.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from skillgap.models.result import (
    Assessment,
    Plan,
    PlanStep,
    RequirementResult,
    provenance,
)
from skillgap.renderers import summary
from skillgap.renderers.console import _t, capture, listing
from skillgap.renderers.details import confidence, detailed_rows, review_lines, scores_line
from skillgap.renderers.plain import category_rows, title_width, word_cuts
from skillgap.renderers.screens import (
    render_cohort,
    render_comparison,
    render_extract,
    render_match,
    render_postings,
    render_role,
    render_roles,
    render_skills,
)
from skillgap.renderers.summary import CATEGORY_TITLE, READINESS
from skillgap.scoring.rule import can_block
from skillgap.untrusted import safe_text

if TYPE_CHECKING:
    from skillgap.models.views import PlanReport

__all__ = [  # the other commands' reports live in screens; the renderers find them here
    "capture",
    "plan_renderables",
    "render_assessment",
    "render_cohort",
    "render_comparison",
    "render_extract",
    "render_match",
    "render_plan",
    "render_postings",
    "render_role",
    "render_roles",
    "render_skills",
]

STATUS_MARK = {
    "met": ("✔ met", "green"),
    "partial": ("◐ partial", "yellow"),
    "missing": ("✘ missing", "red"),
}


def _fmt(x: float) -> str:
    return f"{x:g}"


def _requirements_table(category: str, rows: Sequence[RequirementResult]) -> Table:
    table = listing(CATEGORY_TITLE[category])
    table.add_column("", no_wrap=True)
    table.add_column("Requirement", overflow="fold")
    table.add_column("Needs", overflow="fold")
    table.add_column("Has", overflow="fold")
    table.add_column("Importance", no_wrap=True)
    table.add_column("Points", justify="right", no_wrap=True)
    for r in rows:
        mark, style = STATUS_MARK[r.status]
        table.add_row(
            _t(mark, style=style),
            r.name,
            r.required,
            r.have + (f" · {confidence(r)}" if r.confidence else ""),
            _t(r.importance, style="bold" if can_block(r.importance) else ""),
            f"{_fmt(r.points)}/{_fmt(r.max_points)}",
        )
    return table


def _headline(result: Assessment) -> Panel:
    """Who, which role, the score and the verdict with its time, and what they rest on."""
    verdict, verdict_style = READINESS[result.readiness]
    head = _t()
    head.append(safe_text(result.profile), style="bold")
    head.append("  →  ")
    head.append(safe_text(f"{result.role.name} ({result.role.id})"), style="bold")
    head.append("\nScore ")
    head.append(f"{result.score:.1f}", style="bold")
    head.append(" / 100    ")
    head.append(verdict, style=verdict_style)
    when = summary.time_to_ready(result.plan, result.readiness)
    if when:
        head.append(f": {when}")
    stamp = provenance(result.as_of, result.catalog)
    for line in (scores_line(result), stamp and f"{stamp[0].upper()}{stamp[1:]}"):
        if line:
            head.append(safe_text(f"\n{line}"), style="dim")
    for line in review_lines(result):  # a mentor's word is part of the verdict
        head.append(safe_text(f"\n{line}"))
    return Panel(
        head, title=_t("skillgap assessment"), title_align="left", box=box.ROUNDED, expand=False
    )


def _bullets(items: Iterable[str], style: str = "") -> Table:
    """Items as a bulleted list whose lines wrap under the text, not the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row("  •", _t(item, style=style))
    return grid


def _not_understood(result: Assessment, *, details: bool) -> list[RenderableType]:
    """Names the catalog did not know, with their "did you mean"; names read as others."""
    out: list[RenderableType] = []
    unknown = summary.not_understood(result.warnings)
    if unknown:
        out.append(_t(f"Not understood ({len(unknown)})", style="bold yellow"))
        shown = unknown if details else unknown[: summary.SHOWN_UNKNOWN]
        out.append(_bullets(f"{summary.where(w)}: {summary.warning_text(w)}" for w in shown))
        if len(shown) < len(unknown):
            out.append(_t(f"    and {len(unknown) - len(shown)} more (--details lists them)"))
    if not details:
        out.extend(_t(line, style="dim") for line in summary.reading_notes(result))
    return out


def _blockers(result: Assessment, *, details: bool) -> list[RenderableType]:
    """The unmet essentials: one line each, or (``details``) each explained."""
    blocking = summary.blockers(result)
    if not blocking:
        return [_t("No blockers: every essential requirement is met.", style="green")]
    out: list[RenderableType] = [
        _t(f"Blockers ({len(blocking)}): essential, not yet met", style="bold red")
    ]
    if details:
        out.append(_bullets(r.explanation for r in blocking))
        return out
    shown = blocking[: summary.SHOWN_BLOCKERS]
    out.append(_bullets(map(summary.blocker_line, shown)))
    if len(shown) < len(blocking):
        out.append(_t(f"    and {len(blocking) - len(shown)} more (--details lists them)"))
    return out


def _next_steps(plan: Plan | None, width: int) -> list[RenderableType]:
    """The plan's first steps, a line each."""
    steps = summary.next_steps(plan)
    if plan is None or not steps:
        return []
    lines = _t()
    for step in steps:
        _step_row(lines, step, plan, width)
    lines.rstrip()
    return [_t(f"Next steps (the first {len(steps)} of {len(plan.steps)})", style="bold"), lines]


def _summary(result: Assessment, width: int, *, details: bool) -> list[RenderableType]:
    """What a person needs in 30 seconds: headline, what was not read, blockers, next steps.

    A name not understood comes first: it changes how everything below reads (a typo in
    ``pyhton`` makes Python a blocker).
    """
    out: list[RenderableType] = [_headline(result)]
    for part in (
        _not_understood(result, details=details),
        _blockers(result, details=details),
        _next_steps(result.plan, width),
    ):
        if part:
            out.append(_t(""))
            out.extend(part)
    return out


def _categories(result: Assessment) -> Table:
    cats = listing()
    cats.add_column("Category")
    cats.add_column("Score", justify="right")
    cats.add_column("Weight", justify="right")
    cats.add_column("Points", justify="right")
    for row in category_rows(result):
        cats.add_row(*row)
    return cats


def _gaps(result: Assessment) -> list[RenderableType]:
    """Open gaps by importance, a line each: blockers above, useful ones only counted."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    important = summary.gaps(result, "important")
    if important:
        grid.add_row(
            _t(f"  important ({len(important)}):", style="bold"),
            _t(summary.listing([summary.gap(r) for r in important], summary.SHOWN_GAPS)),
        )
    useful = summary.gaps(result, "useful")
    if useful:
        grid.add_row(
            _t(f"  useful ({len(useful)}):", style="dim"),
            _t(f"{summary.points_open(useful):.1f} points open; --details lists them", style="dim"),
        )
    met = sum(r.status == "met" for r in result.requirements)
    grid.add_row(_t("  met:", style="green"), f"{met} of {len(result.requirements)} requirements")
    return [_t(""), _t("Gaps", style="bold"), grid]


def render_assessment(
    result: Assessment, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The gap report, summary first; ``details``: every requirement, evidence, the whole plan."""
    out = _summary(result, width, details=details)
    out.append(_t(""))
    out.append(_categories(result))
    if not details:
        out.extend(_gaps(result))
        out.append(
            _t(
                "Every requirement, the evidence and the whole plan: add --details.",
                style="dim",
            )
        )
        return capture(out, color=color, width=width)
    for c in result.categories:
        rows = [r for r in result.requirements if r.category == c.category]
        out.append(_requirements_table(c.category, rows))
    out.extend(_evidence_renderables(result))
    if result.names_read:
        out.append(_t(f"Names read as the catalog's ({len(result.names_read)})", style="bold"))
        out.append(_bullets(f"{n.written} → {n.name}" for n in result.names_read))
    out.extend(_not_required(result))
    others = summary.other_warnings(result.warnings)
    if others:
        out.append(_t(""))
        out.append(_t(f"Warnings ({len(others)})", style="bold yellow"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for w in others:
            grid.add_row(_t(f"  {summary.where(w)}:"), _t(summary.warning_text(w)))
        out.append(grid)
    out.append(_t(""))
    out.append(_t(f"Readiness rule: {result.readiness_rule}.", style="dim"))
    if result.plan is not None:
        out.append(_t(""))
        out.extend(plan_renderables(result.plan, width))
    return capture(out, color=color, width=width)


def _evidence_renderables(result: Assessment) -> list[RenderableType]:
    """Levels and what backs them, the profile's notes, and the mentor's review."""
    out: list[RenderableType] = []
    rows = detailed_rows(result)
    if rows:
        out.append(_t("Levels and evidence", style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for row, details in rows:
            grid.add_row(_t(f"  {row.name}:"), _t("; ".join(details)))
        out.append(grid)
    if result.notes:
        out.append(_t("Notes", style="bold"))
        out.append(_t(f"  {result.notes}"))
    if out:
        out.append(_t(""))
    return out


#: The plan's columns: name, alignment, width (None: the step's title takes what is left).
PLAN_COLUMNS: list[tuple[str, Literal["left", "right"], int | None]] = [
    ("#", "right", 3),
    ("Step", "left", None),
    ("Hours", "right", 7),
    ("Gain", "right", 5),
    ("Score", "right", 5),
    ("Dates", "left", 23),
]
HOURS_FROM = {"option": "--hours-per-week", "profile": "the profile", "default": "the default"}
#: Where a step's reason and resources start: under its title.
_DETAIL_INDENT = 5


def _wrap_text(text: Text, width: int) -> list[Text]:
    """``text`` broken between words into lines of at most ``width`` (a longer word is cut)."""
    cuts = word_cuts(text.plain, width)
    lines = text.divide(cuts) if cuts else [text.copy()]
    for line in lines:
        line.rstrip()
    return list(lines)


def _step_row(out: Text, step: PlanStep, plan: Plan, width: int) -> None:
    """One step as a fixed-width line (its title wrapping in its column), appended to ``out``."""
    ready = step.number == plan.ready_after_step
    title = _t(step.title, style="bold" if ready else "")
    if step.track != "study":
        title.append(f"  [{step.track.replace('_', '-')}]", style="magenta")
    if ready:
        title.append("  ← ready", style="bold green")
    size = title_width(width)
    lines = _wrap_text(title, size)
    out.append(f"{f'{step.number}.':>3} ")
    out.append_text(lines[0])
    out.append(" " * (size - lines[0].cell_len + 1))
    out.append(
        f"{f'{step.effort_hours:g} h':>7} {f'+{step.score_gain:.1f}':>5} "
        f"{f'{step.score_after:.1f}':>5} {step.start.isoformat()} → {step.end.isoformat()}\n"
    )
    for line in lines[1:]:
        out.append("    ")
        out.append_text(line)
        out.append("\n")


def _detail(out: Text, text: str, style: str, width: int) -> None:
    """A step's reason or resource, wrapped under its title."""
    room = max(20, width - _DETAIL_INDENT)
    for line in textwrap.wrap(safe_text(text), room, break_on_hyphens=False) or [""]:
        out.append(" " * _DETAIL_INDENT + line + "\n", style=style)


def plan_renderables(plan: Plan, width: int) -> list[RenderableType]:
    """The plan as a numbered, dated list: each step with its gain, reason and resources.

    Drawn as plain fixed-width lines in one Text: a table per step cost more than the
    rest of the report.
    """
    head = _t("Learning plan", style="bold")
    head.append(
        f"  from {plan.start_date.isoformat()}, {plan.hours_per_week:g} h/week "
        f"({HOURS_FROM[plan.hours_per_week_from]})",
        style="",
    )
    out: list[RenderableType] = [head]
    if not plan.steps:
        out.append(_t(plan.summary, style="green"))
        out.extend(_skipped(plan))
        return out
    tracks = Table.grid(padding=(0, 2))
    for track in plan.tracks():
        tracks.add_row(
            f"  {track.name}",
            f"{track.start.isoformat()} → {track.end.isoformat()}",
            f"{track.steps} step{'s' if track.steps > 1 else ''}",
        )
    if plan.ready_on is not None:
        tracks.add_row(Text("  ready", style="green"), plan.ready_on.isoformat(), "")
    if plan.target_date is not None:
        tracks.add_row("  target date", plan.target_date.isoformat(), "")
    out.append(tracks)
    size = title_width(width)
    body = _t()
    header = " ".join(
        f"{name:>{n}}" if justify == "right" else f"{name:<{n}}"
        for name, justify, n in ((a, b, c or size) for a, b, c in PLAN_COLUMNS)
    )
    body.append(header.rstrip() + "\n", style="bold")
    for step in plan.steps:
        _step_row(body, step, plan, width)
        _detail(body, f"why: {step.why}", "dim", width)
        if step.after:
            _detail(body, f"after step {', '.join(str(n) for n in step.after)}", "dim", width)
        for res in step.resources[:2]:
            label = res.title + (f" ({res.provider})" if res.provider else "")
            _detail(body, f"→ {label}" + (f" {res.url}" if res.url else ""), "cyan", width)
    body.rstrip()
    out.append(body)
    out.extend(_skipped(plan))
    out.append(_t(plan.summary, style="bold"))
    return out


def _skipped(plan: Plan) -> list[RenderableType]:
    if not plan.skipped:
        return []
    lines = Text("Skipped at your wish:", style="bold")
    for s in plan.skipped:
        lines.append(f"\n  • {safe_text(s.title)} (would add {s.score_gain:+.1f})", style="")
    return [lines]


def render_plan(report: PlanReport, *, color: bool = False, width: int = 100) -> str:
    """``skillgap plan``: where the person stands, then the plan."""
    verdict, style = READINESS[report.readiness]
    head = _t()
    head.append(safe_text(report.profile), style="bold")
    head.append(
        safe_text(
            f"  →  {report.role.name} ({report.role.id})    score {report.score:.1f}"
            + (
                f" (evidenced {report.evidenced_score:.1f})"
                if report.evidenced_score is not None
                else ""
            )
            + "  "
        )
    )
    head.append(verdict, style=style)
    when = summary.time_to_ready(report.plan, report.readiness)
    if when:
        head.append(f"\nTime to ready: {when}")
    stamp = provenance(report.as_of, report.catalog)
    if stamp:
        head.append(safe_text(f"\n{stamp}"), style="dim")
    return capture([head, _t(""), *plan_renderables(report.plan, width)], color=color, width=width)


def _not_required(result: Assessment) -> list[RenderableType]:
    """Skills the catalog knows that the role does not ask for: recognised, not unknown."""
    if not result.not_required:
        return []
    held = ", ".join(f"{s.name} {s.level}" for s in result.not_required)
    return [_t(f"Not required by this role (recognised, not scored): {held}", style="dim")]
