"""GitHub-flavoured Markdown: readable raw and rendered, every input string escaped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from skillgap.compare import scored_against
from skillgap.compare import sections as comparison_sections
from skillgap.models.result import (
    Assessment,
    Plan,
    provenance,
)
from skillgap.models.views import (
    Comparison,
    MatchReport,
    PlanReport,
    RoleView,
)
from skillgap.renderers import summary
from skillgap.renderers.details import confidence, detailed_rows, review_lines, scores_line
from skillgap.renderers.summary import reviewed_line
from skillgap.scoring import rule
from skillgap.untrusted import link_url, safe_text

if TYPE_CHECKING:
    from skillgap.models.batch import CohortPage

READINESS = {"ready": "✅ ready", "nearly_ready": "🟡 nearly ready", "not_ready": "❌ not ready"}
STATUS = {"met": "✅ met", "partial": "◐ partial", "missing": "✘ missing"}
CATEGORY_TITLE = {
    "skills": "Skills",
    "education": "Education",
    "certifications": "Certifications",
    "experience": "Experience",
}

# Characters that start markup anywhere in a line (links need "[", which is escaped).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def esc(text: object) -> str:
    """Text from a profile or catalog, made inert: no markup, no table breaks, one line.

    Control characters (an escape sequence in a name) are shown visibly, as in the terminal.
    """
    flat = " ".join(safe_text(str(text)).split())
    return _SPECIAL.sub(r"\\\1", flat)


def url(text: str) -> str:
    """A catalog URL: an autolink when it is http(s), else plain escaped text (never a link)."""
    target = link_url(text)
    return f"<{target}>" if target else esc(text)


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> str:
    """A GFM table; cells must already be escaped."""
    marks = [("---:" if a == "r" else "---") for a in align.ljust(len(header), "l")]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _g(x: float) -> str:
    return f"{x:g}"


def _plan(plan: Plan, level: str = "##") -> list[str]:
    out = [f"{level} Learning plan", ""]
    out.append(
        f"From {plan.start_date.isoformat()} at {_g(plan.hours_per_week)} h/week "
        f"({plan.hours_per_week_from}). {esc(plan.summary)}"
    )
    out.append("")
    if plan.skipped:
        out.append(
            "Skipped at your wish: "
            + "; ".join(f"{esc(s.title)} (would add {s.score_gain:+.1f})" for s in plan.skipped)
            + "."
        )
        out.append("")
    if not plan.steps:
        return out
    spans = [
        [esc(t.name), t.start.isoformat(), t.end.isoformat(), str(t.steps)] for t in plan.tracks()
    ]
    if plan.ready_on is not None:
        spans.append(["**ready**", plan.ready_on.isoformat(), "", ""])
    if plan.target_date is not None:
        spans.append(["target date", plan.target_date.isoformat(), "", ""])
    out.append(table(["Track", "From", "To", "Steps"], spans, "lllr"))
    out.append("")
    rows = []
    for s in plan.steps:
        title = esc(s.title) + (f" *({s.track.replace('_', '-')})*" if s.track != "study" else "")
        if s.number == plan.ready_after_step:
            title += " **← ready**"
        rows.append(
            [
                str(s.number),
                title,
                _g(s.effort_hours),
                f"+{s.score_gain:.1f}",
                f"{s.score_after:.1f}",
                s.start.isoformat(),
                s.end.isoformat(),
            ]
        )
    out.append(table(["#", "Step", "Hours", "Gain", "Score", "Start", "End"], rows, "rlrrrll"))
    out.append("")
    out.append("<details><summary>Why each step sits where it does, and resources</summary>")
    out.append("")
    for s in plan.steps:
        line = f"{s.number}. {esc(s.why)}"
        if s.after:
            line += f" (after step {', '.join(str(n) for n in s.after)})"
        out.append(line)
        for r in s.resources:
            label = esc(r.title) + (f" — {esc(r.provider)}" if r.provider else "")
            out.append(f"   - {label}" + (f" {url(r.url)}" if r.url else ""))
    out += ["", "</details>", ""]
    return out


def _summary(result: Assessment) -> list[str]:
    """The 30 seconds: not understood, how it was read, blockers, next steps."""
    out: list[str] = []
    unknown = summary.not_understood(result.warnings)
    if unknown:
        out += [f"## Not understood ({len(unknown)})", ""]
        out += [f"- `{esc(summary.where(w))}` {esc(summary.warning_text(w))}" for w in unknown]
        out.append("")
    notes = summary.reading_notes(result)
    if notes:
        out += [f"*{esc(n)}.*" for n in notes] + [""]
    blocking = summary.blockers(result)
    out += [f"## Blockers ({len(blocking)})" if blocking else "## Blockers", ""]
    out += [f"- {esc(r.explanation)}" for r in blocking] or [
        "None: every essential requirement is met."
    ]
    out.append("")
    plan = result.plan
    steps = summary.next_steps(plan)
    if plan is not None and steps:
        out += [f"## Next steps (the first {len(steps)} of {len(plan.steps)})", ""]
        out += [
            f"{s.number}. {esc(s.title)} — {_g(s.effort_hours)} h, "
            f"{s.start.isoformat()} → {s.end.isoformat()}, score {s.score_after:.1f}"
            for s in steps
        ]
        out.append("")
    return out


def _requirements(result: Assessment, category: str, *, details: bool) -> list[str]:
    """A category's table; useful gaps in one line after it unless ``details``."""
    shown = [
        r
        for r in result.requirements
        if r.category == category and (details or not rule.minor(r.importance) or r.status == "met")
    ]
    grouped = [
        r
        for r in result.requirements
        if r.category == category and not details and rule.minor(r.importance) and r.status != "met"
    ]
    rows = [
        [
            STATUS[r.status],
            esc(r.name),
            esc(r.required),
            esc(r.have) + (f" · {confidence(r)}" if r.confidence else ""),
            r.importance,
            f"{_g(r.points)} / {_g(r.max_points)}",
        ]
        for r in shown
    ]
    out = []
    if rows:
        header = ["Status", "Requirement", "Needs", "Has", "Importance", "Points"]
        out += [table(header, rows, "lllllr"), ""]
    if grouped:
        names = ", ".join(esc(summary.gap(r)) for r in grouped)
        out += [
            f"*Useful gaps ({len(grouped)}, {summary.points_open(grouped):.1f} points):* {names}",
            "",
        ]
    return out


def render_assessment(
    result: Assessment, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The report for mentors: the summary first, then categories, requirements, the plan."""
    when = f", plan from {result.plan.start_date.isoformat()}" if result.plan else ""
    stamp = provenance(result.as_of, result.catalog)
    when += f" · {esc(stamp)}" if stamp else ""
    out = [
        f"# {esc(result.profile)} — {esc(result.role.name)}",
        "",
        f"**Score {result.score:.1f} / 100** · {READINESS[result.readiness]}"
        + (f": {esc(t)}" if (t := summary.time_to_ready(result.plan, result.readiness)) else "")
        + f" · role `{esc(result.role.id)}`{when}",
        "",
        *([esc(both), ""] if (both := scores_line(result)) else []),
    ]
    if result.review is not None:
        out += ["## Review", ""] + [f"- {esc(line)}" for line in review_lines(result)] + [""]
    out += _summary(result)
    out += [
        "## Categories",
        "",
        table(
            ["Category", "Score", "Weight", "Points"],
            [
                [
                    CATEGORY_TITLE[c.category],
                    f"{c.score:.1f}",
                    f"{_g(c.weight)}%",
                    f"{_g(c.points)} / {_g(c.max_points)}",
                ]
                for c in result.categories
            ],
            "lrrr",
        ),
        "",
    ]
    for c in result.categories:
        out += [f"## {CATEGORY_TITLE[c.category]}", ""]
        out += _requirements(result, c.category, details=details)
    rows_said = detailed_rows(result)
    if rows_said:
        out += ["## Levels and evidence", ""]
        out += [f"- **{esc(r.name)}**: {esc('; '.join(d))}" for r, d in rows_said]
        out.append("")
    if result.notes:
        out += ["## Notes", "", esc(result.notes), ""]
    if result.names_read:
        out += [f"## Names read as the catalog's ({len(result.names_read)})", ""]
        out += [f"- {esc(n.written)} → {esc(n.name)}" for n in result.names_read]
        out.append("")
    if result.not_required:
        held = ", ".join(f"{esc(s.name)} {s.level}" for s in result.not_required)
        out += [f"*Not required by this role (recognised, not scored): {held}.*", ""]
    others = summary.other_warnings(result.warnings)
    if others:
        out += ["## Warnings", ""]
        out += [f"- `{esc(summary.where(w))}` {esc(summary.warning_text(w))}" for w in others]
        out.append("")
    out += [f"*Readiness rule: {esc(result.readiness_rule)}.*", ""]
    if result.plan is not None:
        out += _plan(result.plan)
    return "\n".join(out).rstrip("\n") + "\n"


def render_plan(report: PlanReport, *, color: bool = False, width: int = 100) -> str:
    """The plan alone, with a summary line."""
    out = [
        f"# Learning plan: {esc(report.profile)} — {esc(report.role.name)}",
        "",
        f"**Score {report.score:.1f} / 100** · {READINESS[report.readiness]}"
        + (f": {esc(t)}" if (t := summary.time_to_ready(report.plan, report.readiness)) else "")
        + (
            f" · evidenced score {report.evidenced_score:.1f}"
            if report.evidenced_score is not None
            else ""
        )
        + (f" · {esc(stamp)}" if (stamp := provenance(report.as_of, report.catalog)) else ""),
        "",
    ]
    out += _plan(report.plan, "##")[2:]
    return "\n".join(out).rstrip("\n") + "\n"


def render_match(report: MatchReport, *, color: bool = False, width: int = 100) -> str:
    """Every role ranked."""
    if any(e.ready_level is not None for e in report.ranking):
        return _render_ladder(report)
    rows = [
        [
            str(e.rank),
            f"{esc(e.role.name)} (`{esc(e.role.id)}`)",
            f"{e.score:.1f}"
            + (f" (evidenced {e.evidenced_score:.1f})" if e.evidenced_score is not None else ""),
            READINESS[e.readiness],
            _g(e.hours_to_ready) if e.hours_to_ready is not None else "–",
            ", ".join(esc(b) for b in e.blockers[:3]) or "none",
        ]
        for e in report.ranking
    ]
    out = [
        f"# Which path is {esc(report.profile)} closest to?",
        "",
        table(
            ["#", "Role", "Score", "Readiness", "Hours to ready", "Top blockers"], rows, "rlrlrl"
        ),
        "",
        f"*Hours from the learning plan, from {report.start_date.isoformat()} at "
        f"{_g(report.hours_per_week)} h/week"
        + (f"; scores {esc(stamp)}" if (stamp := provenance(report.as_of, report.catalog)) else "")
        + ".*",
    ]
    return "\n".join(out) + "\n"


def _render_ladder(report: MatchReport) -> str:
    """``match --all-levels``: per role, the level ready for now and the date of the next."""
    rows = []
    for e in report.ranking:
        top = e.ready_level == e.role.level
        rows.append(
            [
                str(e.rank),
                f"`{esc(e.role.id)}`",
                "no level yet" if e.ready_level == "none" else str(e.ready_level),
                "(the top)" if top else f"{esc(e.role.name)}",
                f"{e.score:.1f}",
                "–" if top else (e.ready_on.isoformat() if e.ready_on else "not reachable"),
                "" if top else (", ".join(esc(b) for b in e.blockers[:3]) or "none"),
            ]
        )
    head = ["#", "Role", "Ready now", "Next level", "Score", "Ready on", "Top blockers"]
    out = [
        f"# Which job is {esc(report.profile)} ready for now, and which next?",
        "",
        table(head, rows, "rllllll"),
        "",
        f"*Dates from the learning plan to the next level, from {report.start_date.isoformat()} "
        f"at {_g(report.hours_per_week)} h/week; the best realistic next job first"
        + (f"; scores {esc(stamp)}" if (stamp := provenance(report.as_of, report.catalog)) else "")
        + ".*",
    ]
    return "\n".join(out) + "\n"


def render_role(view: RoleView, *, color: bool = False, width: int = 100) -> str:
    """A role's requirements with sources."""
    out = [f"# {esc(view.name)} (`{esc(view.id)}`)", ""]
    if view.catalog is not None:
        stamp = esc(provenance(None, view.catalog))
        out += [f"*{stamp[:1].upper()}{stamp[1:]}*", ""]
    if view.summary:
        out += [esc(view.summary), ""]
    if view.facts:
        out += [
            table(
                ["Fact", "Value", "Source"],
                [[esc(f.label), esc(f.value), esc(f.source)] for f in view.facts],
            ),
            "",
        ]
    for cat, title in CATEGORY_TITLE.items():
        rows = [
            [r.importance, esc(r.name), esc(r.target), esc(r.source or "")]
            for r in view.requirements
            if r.category == cat
        ]
        if rows:
            out += [
                f"## {title}",
                "",
                table(["Importance", "Requirement", "Target", "Source"], rows),
                "",
            ]
    for lv in view.levels or []:
        out += [
            f"## {lv.level.capitalize()}: {esc(lv.name)}, ready at {_g(lv.ready_score)}",
            "",
            *([esc(lv.summary), ""] if lv.summary else []),
            *([f"*Rule: {esc(lv.source)}*", ""] if lv.source else []),
        ]
        if lv.changes:
            changes = [[esc(c.name), esc(c.mid), esc(c.target), esc(c.why)] for c in lv.changes]
            out += [table(["Requirement", "Mid", lv.level.capitalize(), "Why"], changes), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_comparison(cmp: Comparison, *, color: bool = False, width: int = 100) -> str:
    """Progress between two assessments."""
    sign = "+" if cmp.score_change >= 0 else ""
    out = [
        f"# Progress: {esc(cmp.new.profile)} — {esc(cmp.new.role.name)}",
        "",
        f"{esc(scored_against(cmp))}.",
        "",
        f"**{cmp.old.score:.1f} → {cmp.new.score:.1f} ({sign}{cmp.score_change:.1f})** · "
        f"{READINESS[cmp.old.readiness]} → {READINESS[cmp.new.readiness]}",
        "",
        table(
            ["Category", "Before", "After", "Change"],
            [
                [CATEGORY_TITLE[c.category], f"{c.old:.1f}", f"{c.new:.1f}", f"{c.change:+.1f}"]
                for c in cmp.categories
            ],
            "lrrr",
        ),
        "",
    ]
    for title, items in comparison_sections(cmp):
        out += [f"## {title}", ""] + ([f"- {esc(i)}" for i in items] or ["None."]) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_cohort(page: CohortPage, *, color: bool = False, width: int = 100) -> str:
    """The cohort summary for mentors (with how many profiles a mentor's review applies to)."""
    summary = page.summary
    out = [
        "# Cohort summary",
        "",
        f"{summary.profiles} profile(s), {summary.invalid} invalid, "
        f"{summary.below_fail_under} below --fail-under."
        + (f" {reviewed_line(page.reviewed)}" if page.reviewed else ""),
        "",
        table(
            ["Role", "Assessed", "Ready", "Nearly ready", "Not ready", "Mean score"],
            [
                [
                    f"{esc(r.name)} (`{esc(k)}`)",
                    str(r.assessed),
                    str(r.ready),
                    str(r.nearly_ready),
                    str(r.not_ready),
                    f"{r.mean_score:.1f}",
                ]
                for k, r in summary.roles.items()
            ],
            "lrrrrr",
        ),
        "",
    ]
    for r in summary.roles.values():
        out += [
            f"## {esc(r.name)}",
            "",
            table(
                ["Score", "People"],
                [[f"{b.from_}-{b.to}", str(b.count)] for b in r.histogram],
                "lr",
            ),
            "",
        ]
        for title, common in (
            ("Most common blockers", r.common_blockers),
            ("Most common gaps", r.common_gaps),
        ):
            out += [
                f"**{title}:** "
                + (", ".join(f"{esc(x.name)} ({x.count})" for x in common) or "none"),
                "",
            ]
    return "\n".join(out).rstrip("\n") + "\n"
