"""The terminal report: rich renderables, captured to text."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from skillgap.models.result import Assessment, RequirementResult

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


def capture(renderables: Iterable[RenderableType], *, color: bool, width: int) -> str:
    """Print renderables to a string, with ANSI colour only when asked."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    for item in renderables:
        console.print(item)
    # Rich pads table rows to the full width; trailing blanks only clutter files and diffs.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _fmt(x: float) -> str:
    return f"{x:g}"


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
            Text(mark, style=style),
            r.name,
            r.required,
            r.have,
            Text(r.importance, style="bold" if r.importance == "essential" else ""),
            f"{_fmt(r.points)}/{_fmt(r.max_points)}",
        )
    return table


def render_assessment(
    result: Assessment, *, color: bool = False, width: int = 100, **_: Any
) -> str:
    """The gap report: headline, category scores, each requirement, blockers and warnings."""
    verdict, verdict_style = READINESS[result.readiness]
    head = Text()
    head.append(result.profile, style="bold")
    head.append("  →  ")
    head.append(f"{result.role.name} ({result.role.id})", style="bold")
    head.append("\nScore ")
    head.append(f"{result.score:.1f}", style="bold")
    head.append(" / 100    Readiness: ")
    head.append(verdict, style=verdict_style)
    out: list[RenderableType] = [
        Panel(head, title="skillgap assessment", title_align="left", box=box.ROUNDED, expand=False)
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

    if result.blockers:
        out.append(Text("Blockers (essential, not yet met)", style="bold red"))
        by_id = {r.id: r for r in result.requirements}
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for rid in result.blockers:
            grid.add_row("  •", by_id[rid].explanation)
        out.append(grid)
    else:
        out.append(Text("No blockers: every essential requirement is met.", style="green"))

    if result.warnings:
        out.append(Text(""))
        out.append(Text(f"Warnings ({len(result.warnings)})", style="bold yellow"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for w in result.warnings:
            where = f"{w.file}:{w.line}:{w.column}:" if w.file else ""
            grid.add_row(f"  {where}", w.message + (f" ({w.hint})" if w.hint else ""))
        out.append(grid)
    out.append(Text(""))
    out.append(Text(f"Readiness rule: {result.readiness_rule}.", style="dim"))
    return capture(out, color=color, width=width)


def render_roles(rows: Sequence[dict[str, Any]], *, color: bool = False, width: int = 100) -> str:
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
