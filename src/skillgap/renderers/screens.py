"""The terminal's other reports: roles, skills, one role, match, compare, a cohort, text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table

from skillgap.models.result import (
    provenance,
)
from skillgap.renderers.console import _t, capture, listing
from skillgap.renderers.summary import CATEGORY_TITLE, READINESS, reviewed_line
from skillgap.scoring.rule import can_block
from skillgap.untrusted import safe_text

if TYPE_CHECKING:  # annotations only: an assess run imports none of these view models
    from skillgap.models.batch import CohortPage
    from skillgap.models.text import ExtractReport, PostingsReport
    from skillgap.models.views import Comparison, MatchReport, RoleView, SkillsReport


def render_roles(
    rows: Sequence[Mapping[str, Any]], *, color: bool = False, width: int = 100
) -> str:
    """The table of roles a catalog offers."""
    table = listing("Roles")
    table.add_column("Id", no_wrap=True, style="bold")
    table.add_column("Name")
    table.add_column("Extends", no_wrap=True)
    table.add_column("Reqs", justify="right")
    table.add_column("Levels", overflow="fold")
    table.add_column("Summary", overflow="fold")
    for row in rows:
        table.add_row(
            row["id"],
            row["name"],
            row["extends"] or "",
            str(row["requirements"]),
            row.get("levels") or "mid",
            row["summary"] or "",
        )
    return capture([table], color=color, width=width)


def render_skills(report: SkillsReport, *, color: bool = False, width: int = 100) -> str:
    """The catalog's skills: id, name, category, aliases and the roles that need each."""
    shown = f"{len(report.skills)} of {report.total}"
    title = f"Skills matching '{report.query}' ({shown})" if report.query else f"Skills ({shown})"
    stamp = provenance(None, report.catalog)
    table = listing(safe_text(title) + (f" · {safe_text(stamp)}" if stamp else ""))
    table.add_column("Id", no_wrap=True, style="bold")
    table.add_column("Name", overflow="fold")
    table.add_column("Category", no_wrap=True)
    table.add_column("Also written", overflow="fold")
    table.add_column("Needed by (level, importance)", overflow="fold")
    for skill in report.skills:
        # Roles that ask the same are one line: "ml-engineer, mlops-engineer: 3 essential".
        same: dict[str, list[str]] = {}
        for u in skill.needed_by:
            group = f" ({u.at_least} of)" if u.at_least else " (any of)" if u.any_of else ""
            ask = f"{u.level} {u.importance}" + group
            same.setdefault(ask, []).append(u.role)
        needs = "\n".join(f"{', '.join(roles)}: {ask}" for ask, roles in same.items())
        table.add_row(
            _t(skill.id),
            _t(skill.name),
            _t(skill.category),
            _t(", ".join(skill.aliases)),
            _t(needs or "no role", style="" if needs else "dim"),
        )
    out: list[RenderableType] = [table]
    if not report.skills:
        out.append(_t("No skill matches; 'skillgap skills' lists them all.", style="yellow"))
    elif report.query and report.counts_as:
        names = ", ".join(s.name for s in report.skills if s.id in report.counts_as)
        out.append(_t(f"In a profile, '{report.query}' counts as: {names}."))
    elif report.query:
        out.append(
            _t(
                f"In a profile, '{report.query}' is not counted: write a name or alias above.",
                style="yellow",
            )
        )
    return capture(out, color=color, width=width)


def render_role(view: RoleView, *, color: bool = False, width: int = 100) -> str:
    """A role: summary, lineage, facts with sources, requirements by category."""
    head = _t()
    head.append(safe_text(f"{view.name} ({view.id})"), style="bold")
    if view.extends:
        head.append(safe_text(f"\nextends {' → '.join(view.lineage[1:])}"))
    if view.summary:
        head.append(safe_text(f"\n{view.summary}"))
    if view.industries:
        head.append(safe_text(f"\nIndustries: {', '.join(view.industries)}"))
    stamp = provenance(None, view.catalog)
    if stamp:
        head.append(safe_text(f"\n{stamp[0].upper()}{stamp[1:]}"), style="dim")
    out: list[RenderableType] = [Panel(head, box=box.ROUNDED, expand=False)]
    if view.facts:
        facts = listing("Facts")
        facts.add_column("Fact")
        facts.add_column("Value")
        facts.add_column("Source", overflow="fold")
        for f in view.facts:
            facts.add_row(f.label, f.value, f.source)
        out.append(facts)
    weights = ", ".join(f"{k} {v:g}" for k, v in view.weights.items())
    out.append(_t(f"Weights: {weights}; ready at {view.ready_score:g} with no blocker."))
    for category, title in CATEGORY_TITLE.items():
        rows = [r for r in view.requirements if r.category == category]
        if not rows:
            continue
        table = listing(title)
        table.add_column("Importance", no_wrap=True)
        table.add_column("Requirement", overflow="fold")
        table.add_column("Target", overflow="fold")
        table.add_column("Source", overflow="fold", style="dim")
        for r in rows:
            table.add_row(
                _t(r.importance, style="bold" if can_block(r.importance) else ""),
                r.name,
                r.target,
                r.source or "",
            )
        out.append(table)
    out += _levels(view)
    return capture(out, color=color, width=width)


def _levels(view: RoleView) -> list[RenderableType]:
    """``roles show``: the role's levels, and what each asks differently from mid."""
    if not view.levels:
        return []
    out: list[RenderableType] = []
    ladder = "; ".join(
        f"{lv.level}: {lv.name}, ready at {lv.ready_score:g}"
        + (f" ({lv.summary})" if lv.summary else "")
        for lv in view.levels
    )
    out.append(_t(safe_text(f"Levels (--level): {ladder}")))
    for lv in view.levels:
        if not lv.changes:
            continue
        table = listing(f"At {lv.level} level, compared with mid")
        table.add_column("Requirement", overflow="fold")
        table.add_column("Mid", overflow="fold")
        table.add_column(lv.level.capitalize(), overflow="fold")
        table.add_column("Why", overflow="fold", style="dim")
        for c in lv.changes:
            table.add_row(c.name, c.mid, c.target, c.why)
        out.append(table)
        if lv.source:
            out.append(_t(safe_text(f"The {lv.level} rule: {lv.source}"), style="dim"))
    return out


def render_match(report: MatchReport, *, color: bool = False, width: int = 100) -> str:
    """Which path is closest: roles by score, with the ready date, hours and blockers."""
    if any(e.ready_level is not None for e in report.ranking):
        return _render_ladder(report, color=color, width=width)
    table = listing(f"Which path is {report.profile} closest to?")
    table.add_column("#", justify="right")
    table.add_column("Role", overflow="fold")
    table.add_column("Score", justify="right")
    table.add_column("Readiness", no_wrap=True)
    table.add_column("Ready on (study hours)", justify="right")
    table.add_column("Top blockers", overflow="fold")
    for e in report.ranking:
        verdict, style = READINESS[e.readiness]
        blockers = ", ".join(e.blockers[:3]) + (
            f" (+{len(e.blockers) - 3})" if len(e.blockers) > 3 else ""
        )
        table.add_row(
            str(e.rank),
            f"{e.role.name}\n({e.role.id})",
            f"{e.score:.1f}"
            + (f"\n({e.evidenced_score:.1f})" if e.evidenced_score is not None else ""),
            _t(verdict, style=style),
            f"{e.ready_on.isoformat()}\n({e.hours_to_ready:g} h)"
            if e.ready_on is not None and e.hours_to_ready is not None
            else "-",
            blockers or "none",
        )
    note = _t(
        f"Hours are the learning plan's, from {report.start_date.isoformat()} at "
        f"{report.hours_per_week:g} h/week; 'skillgap plan PROFILE --role ID' shows one."
        + "\nIn brackets under a score: the evidenced score (only evidenced or verified levels)."
        + (f"\nScores {stamp}." if (stamp := provenance(report.as_of, report.catalog)) else ""),
        style="dim",
    )
    return capture([table, note], color=color, width=width)


def _render_ladder(report: MatchReport, *, color: bool, width: int) -> str:
    """``match --all-levels``: per role, the level ready for now and the date of the next."""
    table = listing(f"Which job is {report.profile} ready for now, and which next?")
    for name, justify in (
        ("#", "right"),
        ("Role", "left"),
        ("Ready now", "left"),
        ("Next level", "left"),
        ("Score", "right"),
        ("Ready on", "left"),
        ("Top blockers", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for e in report.ranking:
        at_top = e.ready_level == e.role.level
        blockers = ", ".join(e.blockers[:3]) + (
            f" (+{len(e.blockers) - 3})" if len(e.blockers) > 3 else ""
        )
        table.add_row(
            str(e.rank),
            e.role.id,
            "no level yet" if e.ready_level == "none" else str(e.ready_level),
            "(the top)" if at_top else str(e.role.level),
            f"{e.score:.1f}",
            "-" if at_top else (e.ready_on.isoformat() if e.ready_on else "not reachable"),
            "" if at_top else (blockers or "none"),
        )
    note = _t(
        f"Dates are the learning plan's to the next level, from {report.start_date.isoformat()} "
        f"at {report.hours_per_week:g} h/week; 'skillgap plan PROFILE --role ID --level LEVEL' "
        "shows one. The first line is the best realistic next job: the highest level ready "
        "for, then the best score there, then the earliest next level."
        + (f"\nScores {stamp}." if (stamp := provenance(report.as_of, report.catalog)) else ""),
        style="dim",
    )
    return capture([table, note], color=color, width=width)


def render_comparison(cmp: Comparison, *, color: bool = False, width: int = 100) -> str:
    """Progress between two assessments: score, categories, what changed."""
    # imported here: the comparison's words (and its view models) cost an assess run nothing
    from skillgap.compare import scored_against
    from skillgap.compare import sections as comparison_sections

    head = _t()
    who = (
        cmp.new.profile
        if cmp.old.profile == cmp.new.profile
        else f"{cmp.old.profile} → {cmp.new.profile}"
    )
    head.append(safe_text(who), style="bold")
    head.append(safe_text(f"\n{scored_against(cmp)}"))
    head.append(safe_text(f"\n{cmp.old.source}  →  {cmp.new.source}"))
    head.append(f"\nScore {cmp.old.score:.1f} → ")
    head.append(f"{cmp.new.score:.1f}", style="bold")
    head.append(f" ({cmp.score_change:+.1f})    ")
    head.append(READINESS[cmp.old.readiness][0], style=READINESS[cmp.old.readiness][1])
    head.append(" → ")
    head.append(READINESS[cmp.new.readiness][0], style=READINESS[cmp.new.readiness][1])
    out: list[RenderableType] = [
        Panel(
            head, title=_t("skillgap progress"), title_align="left", box=box.ROUNDED, expand=False
        )
    ]
    cats = listing()
    for name in ("Category", "Before", "After", "Change"):
        cats.add_column(name, justify="left" if name == "Category" else "right")
    for c in cmp.categories:
        cats.add_row(CATEGORY_TITLE[c.category], f"{c.old:.1f}", f"{c.new:.1f}", f"{c.change:+.1f}")
    out.append(cats)
    sections = comparison_sections(cmp)
    for title, items in sections:
        out.append(_t(title, style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for item in items or ["none"]:
            grid.add_row("  •", item)
        out.append(grid)
    return capture(out, color=color, width=width)


def render_cohort(page: CohortPage, *, color: bool = False, width: int = 100) -> str:
    """The cohort summary for people: readiness per role, score spread, common gaps."""
    summary = page.summary
    out: list[RenderableType] = [
        _t(
            f"Cohort: {summary.profiles} profile(s), {summary.invalid} invalid"
            + (
                f", {summary.below_fail_under} below --fail-under"
                if summary.below_fail_under
                else ""
            ),
            style="bold",
        )
    ]
    if page.reviewed:
        out.append(_t(reviewed_line(page.reviewed)))
    table = listing()
    for name, justify in (
        ("Role", "left"),
        ("Assessed", "right"),
        ("Ready", "right"),
        ("Nearly", "right"),
        ("Not ready", "right"),
        ("Mean", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for role_id, r in summary.roles.items():
        table.add_row(
            f"{r.name} ({role_id})",
            str(r.assessed),
            str(r.ready),
            str(r.nearly_ready),
            str(r.not_ready),
            f"{r.mean_score:.1f}",
        )
    out.append(table)
    for r in summary.roles.values():
        out.append(_t(f"{r.name}: score distribution", style="bold"))
        most = max((b.count for b in r.histogram), default=0) or 1
        hist = Table.grid(padding=(0, 1))
        hist.add_column(justify="right", no_wrap=True)
        hist.add_column(no_wrap=True)
        for b in r.histogram:
            bar = "█" * round(30 * b.count / most)
            hist.add_row(f"{b.from_:>3}-{b.to:<3}", f"{bar} {b.count}")
        out.append(hist)
        for title, common in (
            ("Most common blockers", r.common_blockers),
            ("Most common gaps", r.common_gaps),
        ):
            items = ", ".join(f"{x.name} ({x.count})" for x in common) or "none"
            out.append(_t(f"{title}: {items}"))
    return capture(out, color=color, width=width)


def render_extract(report: ExtractReport, *, color: bool = False, width: int = 100) -> str:
    """The skills a text names: where, the catalog skill, the words and the sentence."""
    table = listing(
        f"Skills in {safe_text(report.source)} ({len(report.found)} skills, "
        f"{len(report.skills)} mentions)"
    )
    table.add_column("Line:col", no_wrap=True)
    table.add_column("Skill", overflow="fold", style="bold")
    table.add_column("Text", overflow="fold")
    table.add_column("Sentence", overflow="fold")
    for m in report.skills:
        table.add_row(f"{m.line}:{m.column}", _t(f"{m.name} ({m.id})"), _t(m.text), _t(m.sentence))
    return capture([table], color=color, width=width)


def render_postings(report: PostingsReport, *, color: bool = False, width: int = 100) -> str:
    """The skills a folder of postings asks for most and, with a profile, the gaps."""
    parts: list[RenderableType] = []
    if not report.postings:
        parts.append(
            _t(f"No posting read in {safe_text(report.folder)} (it reads .txt, .md, .pdf, .docx).")
        )
    count = len(report.postings)
    demand = listing(
        f"Skills asked for in {count} posting{'' if count == 1 else 's'} of "
        f"{safe_text(report.folder)}"
    )
    demand.add_column("Skill", overflow="fold", style="bold")
    demand.add_column("Required by", justify="right")
    demand.add_column("Nice to have", justify="right")
    for d in report.skills:
        demand.add_row(_t(f"{d.name} ({d.id})"), str(d.required), str(d.nice))
    if report.postings:
        parts.append(demand)
    if report.profile is not None and report.postings:
        gaps = listing(f"Gaps of {safe_text(report.profile)}, by how many postings ask")
        gaps.add_column("Skill", overflow="fold", style="bold")
        gaps.add_column("Postings", justify="right")
        gaps.add_column("Essential in", justify="right")
        gaps.add_column("Have → asked", justify="right")
        for g in report.gaps:
            gaps.add_row(
                _t(f"{g.name} ({g.id})"), str(g.postings), str(g.essential), f"{g.have} → {g.asked}"
            )
        parts.append(gaps)
        scores = ", ".join(f"{p.file} {p.score:g}" for p in report.postings if p.score is not None)
        parts.append(_t(f"Scores: {scores}"))
    for skipped in report.skipped:
        why = "reads as a CV" if skipped.reason == "a CV" else "asks for nothing the catalog knows"
        parts.append(_t(f"left aside: {skipped.file} {why}, not a posting"))
    for error in report.errors:
        parts.append(_t(f"not read: {error}"))
    return capture(parts, color=color, width=width)
