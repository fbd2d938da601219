"""The terminal report: rich renderables, captured to text."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from skillgap.compare import scored_against
from skillgap.compare import sections as comparison_sections
from skillgap.models.result import (
    Assessment,
    Plan,
    RequirementResult,
    provenance,
)
from skillgap.models.views import (
    Comparison,
    MatchReport,
    PlanReport,
    RoleView,
    SkillsReport,
)
from skillgap.renderers.details import confidence, detailed_rows, review_lines, scores_line
from skillgap.untrusted import safe_text, unsafe

STATUS_MARK = {
    "met": ("✔ met", "green"),
    "partial": ("◐ partial", "yellow"),
    "missing": ("✘ missing", "red"),
}
READINESS = {
    "ready": ("READY", "bold green"),
    "nearly_ready": ("NEARLY READY", "bold yellow"),
    "not_ready": ("NOT READY", "bold red"),
}
CATEGORY_TITLE = {
    "skills": "Skills",
    "education": "Education",
    "certifications": "Certifications",
    "experience": "Experience",
}


def _t(text: str = "", style: str = "") -> Text:
    """Text from a profile or catalog as a renderable: no markup read, controls shown visibly."""
    return Text(safe_text(text), style=style)


class _Console(Console):
    r"""A console that reads no markup and shows control characters in every string it renders.

    Names come from files: ``[/]`` or ``[link=...]`` in a skill's name must print as those
    characters, and ``\x1b[2J`` must print as that text, not clear the screen. Strings
    handed to tables and titles pass through here; Text is built with :func:`_t`.
    """

    def render_str(self, text: str, **kwargs: Any) -> Text:
        """A string as plain text: never markup, never a raw control character."""
        kwargs["markup"] = False
        return super().render_str(safe_text(text), **kwargs)


class _Shown:
    """A renderable whose printed text has every control character shown visibly.

    The last guard: text from files is made safe where renderables are built (:func:`_t`,
    :class:`_Console`), so the layout measures what is printed; anything that reached a
    renderable by another road is caught here, before it can reach a terminal raw.
    """

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The inner renderable's segments, their text made safe (styles are not text)."""
        for segment in console.render(self.inner, options):
            text = segment.text
            if segment.control or text.isprintable() or not unsafe().search(text):
                yield segment
            else:
                yield Segment(safe_text(text), segment.style)


def capture(renderables: Iterable[RenderableType], *, color: bool, width: int) -> str:
    """Print renderables to a string, with ANSI colour only when asked."""
    buffer = io.StringIO()
    console = _Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    for item in renderables:
        console.print(_Shown(_WholeWords(item) if isinstance(item, Table) else item))
    # Rich pads table rows to the full width; trailing blanks only clutter files and diffs.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _fmt(x: float) -> str:
    return f"{x:g}"


#: The longest word a wrapped column keeps whole; longer ones (a URL) may still be folded.
LONGEST_WORD = 24


class _WholeWords:
    """A table whose wrapping columns get room for their longest word: words wrap, never split.

    Rich shares out a narrow width by shrinking the widest columns, which folds words
    ("Hyperparamete / r", "(intermediate / )"). Here each wrapping column first gets its
    longest word, the rest of the width goes where text is longest, and rich wraps at
    spaces. When even that does not fit, rich's own sharing is left to do what it can.
    """

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table, its column widths fitted to the width it is printed at."""
        _fit_words(self.table, options.max_width)
        yield self.table


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def _fit_words(table: Table, width: int) -> None:
    columns = table.columns
    texts = [[_plain(c.header), *map(_plain, c.cells)] for c in columns]
    longest = [max((len(line) for t in ts for line in t.splitlines()), default=0) for ts in texts]
    words = [
        min(max((len(w) for t in ts for w in t.split()), default=1), LONGEST_WORD) for ts in texts
    ]

    def padding() -> int:
        return table._extra_width + sum(table._get_padding_width(i) for i in range(len(columns)))

    if sum(longest) + padding() <= width:
        return
    wraps = [not c.no_wrap and c.width is None for c in columns]
    fixed = sum(n for n, w in zip(longest, wraps, strict=True) if not w)
    least = fixed + sum(n for n, w in zip(words, wraps, strict=True) if w)
    if least + padding() > width:
        table.collapse_padding = True  # one space less between columns before any word splits
    room = width - padding() - least
    if room < 0:
        return
    # Share the room out as water fills vessels: short columns get all they want (no
    # needless wrap in "AI Consultant"), the longest texts share what is left evenly.
    wants = {i: longest[i] - words[i] for i, w in enumerate(wraps) if w}
    for left, i in enumerate(sorted(wants, key=lambda i: wants[i]), start=0):
        share = min(wants[i], room // (len(wants) - left))
        room -= share
        columns[i].width = words[i] + share


def _requirements_table(category: str, rows: Sequence[RequirementResult]) -> Table:
    table = Table(
        title=CATEGORY_TITLE[category],
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
    )
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
            _t(r.importance, style="bold" if r.importance == "essential" else ""),
            f"{_fmt(r.points)}/{_fmt(r.max_points)}",
        )
    return table


def render_assessment(
    result: Assessment, *, color: bool = False, width: int = 100, **_: Any
) -> str:
    """The gap report: headline, category scores, each requirement, blockers and warnings."""
    verdict, verdict_style = READINESS[result.readiness]
    head = _t()
    head.append(safe_text(result.profile), style="bold")
    head.append("  →  ")
    head.append(safe_text(f"{result.role.name} ({result.role.id})"), style="bold")
    head.append("\nScore ")
    head.append(f"{result.score:.1f}", style="bold")
    head.append(" / 100    Readiness: ")
    head.append(verdict, style=verdict_style)
    stamp = provenance(result.as_of, result.catalog)
    for line in (scores_line(result), stamp and f"{stamp[0].upper()}{stamp[1:]}"):
        if line:
            head.append(safe_text(f"\n{line}"), style="dim")
    out: list[RenderableType] = [
        Panel(
            head, title=_t("skillgap assessment"), title_align="left", box=box.ROUNDED, expand=False
        )
    ]

    cats = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    cats.add_column("Category")
    cats.add_column("Score", justify="right")
    cats.add_column("Weight", justify="right")
    cats.add_column("Points", justify="right")
    for c in result.categories:
        cats.add_row(
            CATEGORY_TITLE[c.category],
            f"{c.score:.1f}",
            f"{c.weight:g}%",
            f"{_fmt(c.points)}/{_fmt(c.max_points)}",
        )
    out.append(cats)

    for c in result.categories:
        rows = [r for r in result.requirements if r.category == c.category]
        out.append(_requirements_table(c.category, rows))

    out.extend(_evidence_renderables(result))
    out.extend(_not_required(result))

    if result.blockers:
        out.append(_t("Blockers (essential, not yet met)", style="bold red"))
        by_id = {r.id: r for r in result.requirements}
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for rid in result.blockers:
            grid.add_row("  •", by_id[rid].explanation)
        out.append(grid)
    else:
        out.append(_t("No blockers: every essential requirement is met.", style="green"))

    if result.warnings:
        out.append(_t(""))
        out.append(_t(f"Warnings ({len(result.warnings)})", style="bold yellow"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for w in result.warnings:
            where = f"{w.file}:{w.line}:{w.column}:" if w.file else ""
            grid.add_row(f"  {where}", w.message + (f" ({w.hint})" if w.hint else ""))
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
    lines = review_lines(result)
    if lines:
        out.append(_t("Review", style="bold"))
        out.extend(_t(f"  {line}") for line in lines)
    if out:
        out.append(_t(""))
    return out


PLAN_COLUMNS: list[tuple[str, Literal["left", "right"], int | None]] = [
    ("#", "right", 3),
    ("Step", "left", None),
    ("Hours", "right", 7),
    ("Gain", "right", 5),
    ("Score", "right", 5),
    ("Dates", "left", 23),
]
HOURS_FROM = {"option": "--hours-per-week", "profile": "the profile", "default": "the default"}


def plan_renderables(plan: Plan, width: int) -> list[RenderableType]:
    """The plan as a numbered, dated list: each step with its gain, reason and resources."""
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
    for span in plan.tracks():
        tracks.add_row(
            f"  {span.name}",
            f"{span.start.isoformat()} → {span.end.isoformat()}",
            f"{span.steps} step{'s' if span.steps > 1 else ''}",
        )
    if plan.ready_on is not None:
        tracks.add_row(Text("  ready", style="green"), plan.ready_on.isoformat(), "")
    if plan.target_date is not None:
        tracks.add_row("  target date", plan.target_date.isoformat(), "")
    out.append(tracks)
    fixed = sum(size or 0 for _, _, size in PLAN_COLUMNS) + len(PLAN_COLUMNS) - 1
    widths = [size or max(20, width - fixed) for _, _, size in PLAN_COLUMNS]

    def grid() -> Table:
        table = Table.grid(padding=(0, 1))
        for (name, justify, _), size in zip(PLAN_COLUMNS, widths, strict=True):
            table.add_column(justify=justify, width=size, no_wrap=name != "Step")
        return table

    header = grid()
    header.add_row(*(_t(n, style="bold") for n, _, _ in PLAN_COLUMNS))
    out.append(header)
    for step in plan.steps:
        row = grid()
        title = _t(step.title, style="bold" if step.number == plan.ready_after_step else "")
        if step.track != "study":
            title.append(f"  [{step.track.replace('_', '-')}]", style="magenta")
        if step.number == plan.ready_after_step:
            title.append("  ← ready", style="bold green")
        row.add_row(
            f"{step.number}.",
            title,
            f"{step.effort_hours:g} h",
            f"+{step.score_gain:.1f}",
            f"{step.score_after:.1f}",
            f"{step.start.isoformat()} → {step.end.isoformat()}",
        )
        detail = _t(f"why: {step.why}", style="dim")
        if step.after:
            detail.append(f"\nafter step {', '.join(str(n) for n in step.after)}", style="dim")
        for res in step.resources[:2]:
            label = res.title + (f" ({res.provider})" if res.provider else "")
            detail.append(
                safe_text(f"\n→ {label}" + (f" {res.url}" if res.url else "")), style="cyan"
            )
        out.append(row)
        out.append(Padding(detail, (0, 0, 0, 5)))
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


def render_plan(report: PlanReport, *, color: bool = False, width: int = 100, **_: Any) -> str:
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
    stamp = provenance(report.as_of, report.catalog)
    if stamp:
        head.append(safe_text(f"\n{stamp}"), style="dim")
    return capture([head, _t(""), *plan_renderables(report.plan, width)], color=color, width=width)


def render_roles(
    rows: Sequence[Mapping[str, Any]], *, color: bool = False, width: int = 100
) -> str:
    """The table of roles a catalog offers."""
    table = Table(
        title="Roles", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False
    )
    table.add_column("Id", no_wrap=True, style="bold")
    table.add_column("Name")
    table.add_column("Extends", no_wrap=True)
    table.add_column("Reqs", justify="right")
    table.add_column("Summary", overflow="fold")
    for row in rows:
        table.add_row(
            row["id"],
            row["name"],
            row["extends"] or "",
            str(row["requirements"]),
            row["summary"] or "",
        )
    return capture([table], color=color, width=width)


def _not_required(result: Assessment) -> list[RenderableType]:
    """Skills the catalog knows that the role does not ask for: recognised, not unknown."""
    if not result.not_required:
        return []
    held = ", ".join(f"{s.name} {s.level}" for s in result.not_required)
    return [_t(f"Not required by this role (recognised, not scored): {held}", style="dim")]


def render_skills(report: SkillsReport, *, color: bool = False, width: int = 100) -> str:
    """The catalog's skills: id, name, category, aliases and the roles that need each."""
    shown = f"{len(report.skills)} of {report.total}"
    title = f"Skills matching '{report.query}' ({shown})" if report.query else f"Skills ({shown})"
    stamp = provenance(None, report.catalog)
    table = Table(
        title=safe_text(title) + (f" · {safe_text(stamp)}" if stamp else ""),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    table.add_column("Id", no_wrap=True, style="bold")
    table.add_column("Name", overflow="fold")
    table.add_column("Category", no_wrap=True)
    table.add_column("Also written", overflow="fold")
    table.add_column("Needed by (level, importance)", overflow="fold")
    for skill in report.skills:
        # Roles that ask the same are one line: "ml-engineer, mlops-engineer: 3 essential".
        same: dict[str, list[str]] = {}
        for u in skill.needed_by:
            ask = f"{u.level} {u.importance}" + (" (any of)" if u.any_of else "")
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


def render_role(view: RoleView, *, color: bool = False, width: int = 100, **_: Any) -> str:
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
        facts = Table(
            title="Facts",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
        )
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
        table = Table(
            title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False
        )
        table.add_column("Importance", no_wrap=True)
        table.add_column("Requirement", overflow="fold")
        table.add_column("Target", overflow="fold")
        table.add_column("Source", overflow="fold", style="dim")
        for r in rows:
            table.add_row(
                _t(r.importance, style="bold" if r.importance == "essential" else ""),
                r.name,
                r.target,
                r.source or "",
            )
        out.append(table)
    return capture(out, color=color, width=width)


def render_match(report: MatchReport, *, color: bool = False, width: int = 100, **_: Any) -> str:
    """Which path is closest: roles by score, with the ready date, hours and blockers."""
    table = Table(
        title=f"Which path is {report.profile} closest to?",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
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


def render_comparison(cmp: Comparison, *, color: bool = False, width: int = 100, **_: Any) -> str:
    """Progress between two assessments: score, categories, what changed."""
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
    cats = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
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


def render_cohort(
    summary: dict[str, Any],
    heatmap: dict[str, Any] | None = None,
    *,
    color: bool = False,
    width: int = 100,
    **_: Any,
) -> str:
    """The cohort summary for people: readiness per role, score spread, common gaps."""
    out: list[RenderableType] = [
        _t(
            f"Cohort: {summary['profiles']} profile(s), {summary['invalid']} invalid"
            + (
                f", {summary['below_fail_under']} below --fail-under"
                if summary["below_fail_under"]
                else ""
            ),
            style="bold",
        )
    ]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name, justify in (
        ("Role", "left"),
        ("Assessed", "right"),
        ("Ready", "right"),
        ("Nearly", "right"),
        ("Not ready", "right"),
        ("Mean", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for role_id, r in summary["roles"].items():
        table.add_row(
            f"{r['name']} ({role_id})",
            str(r["assessed"]),
            str(r["ready"]),
            str(r["nearly_ready"]),
            str(r["not_ready"]),
            f"{r['mean_score']:.1f}",
        )
    out.append(table)
    for r in summary["roles"].values():
        out.append(_t(f"{r['name']}: score distribution", style="bold"))
        most = max((b["count"] for b in r["histogram"]), default=0) or 1
        hist = Table.grid(padding=(0, 1))
        hist.add_column(justify="right", no_wrap=True)
        hist.add_column(no_wrap=True)
        for b in r["histogram"]:
            bar = "█" * round(30 * b["count"] / most)
            hist.add_row(f"{b['from']:>3}-{b['to']:<3}", f"{bar} {b['count']}")
        out.append(hist)
        for title, key in (
            ("Most common blockers", "common_blockers"),
            ("Most common gaps", "common_gaps"),
        ):
            items = ", ".join(f"{x['name']} ({x['count']})" for x in r[key]) or "none"
            out.append(_t(f"{title}: {items}"))
    return capture(out, color=color, width=width)
