"""The terminal report: rich renderables, captured to text."""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from skillgap.compare import scored_against
from skillgap.compare import sections as comparison_sections
from skillgap.models.result import (
    Assessment,
    Plan,
    PlanStep,
    RequirementResult,
    provenance,
)
from skillgap.models.text import ExtractReport, PostingsReport
from skillgap.models.views import (
    Comparison,
    MatchReport,
    PlanReport,
    RoleView,
    SkillsReport,
)
from skillgap.renderers import summary
from skillgap.renderers.details import confidence, detailed_rows, review_lines, scores_line
from skillgap.scoring.rule import can_block
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
    result: Assessment, *, color: bool = False, width: int = 100, details: bool = False, **_: Any
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
#: Columns of the plan but the step's title, with the spaces between them.
_PLAN_FIXED = sum(size or 0 for _, _, size in PLAN_COLUMNS) + len(PLAN_COLUMNS) - 1
#: Where a step's reason and resources start: under its title.
_DETAIL_INDENT = 5


def _title_width(width: int) -> int:
    return max(20, width - _PLAN_FIXED)


def _wrap_text(text: Text, width: int) -> list[Text]:
    """``text`` broken between words into lines of at most ``width`` (a longer word is cut)."""
    plain = text.plain
    cuts: list[int] = []
    line_start = 0
    for word in re.finditer(r"\S+", plain):
        if word.end() - line_start > width and word.start() > line_start:
            cuts.append(word.start())
            line_start = word.start()
        while word.end() - line_start > width:  # one word longer than a line
            line_start += width
            cuts.append(line_start)
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
    size = _title_width(width)
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
    size = _title_width(width)
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
    when = summary.time_to_ready(report.plan, report.readiness)
    if when:
        head.append(f"\nTime to ready: {when}")
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
        table = Table(
            title=f"At {lv.level} level, compared with mid",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
        )
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


def render_match(report: MatchReport, *, color: bool = False, width: int = 100, **_: Any) -> str:
    """Which path is closest: roles by score, with the ready date, hours and blockers."""
    if any(e.ready_level is not None for e in report.ranking):
        return _render_ladder(report, color=color, width=width)
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


def _render_ladder(report: MatchReport, *, color: bool, width: int) -> str:
    """``match --all-levels``: per role, the level ready for now and the date of the next."""
    table = Table(
        title=f"Which job is {report.profile} ready for now, and which next?",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
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


def render_extract(report: ExtractReport, *, color: bool = False, width: int = 100) -> str:
    """The skills a text names: where, the catalog skill, the words and the sentence."""
    table = Table(
        title=f"Skills in {safe_text(report.source)} ({len(report.found)} skills, "
        f"{len(report.skills)} mentions)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
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
    demand = Table(
        title=f"Skills asked for in {len(report.postings)} postings of {safe_text(report.folder)}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    demand.add_column("Skill", overflow="fold", style="bold")
    demand.add_column("Required by", justify="right")
    demand.add_column("Nice to have", justify="right")
    for d in report.skills:
        demand.add_row(_t(f"{d.name} ({d.id})"), str(d.required), str(d.nice))
    parts.append(demand)
    if report.profile is not None:
        gaps = Table(
            title=f"Gaps of {safe_text(report.profile)}, by how many postings ask",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
        )
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
    for error in report.errors:
        parts.append(_t(f"not read: {error}"))
    return capture(parts, color=color, width=width)
