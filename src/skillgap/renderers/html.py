"""One self-contained HTML file per report: inline CSS and SVG, no script, autoescaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, Final, Protocol

import jinja2
import markupsafe

from skillgap import __version__
from skillgap.compare import scored_against
from skillgap.compare import sections as comparison_sections
from skillgap.models.common import MAX_LEVEL
from skillgap.models.result import (
    TRACK_NAMES,
    Assessment,
    InputFile,
    Plan,
    provenance,
)
from skillgap.models.views import (
    Comparison,
    MatchReport,
    PlanReport,
    RoleView,
)
from skillgap.renderers.details import confidence, level_details, review_lines, scores_line
from skillgap.scoring.rule import status_of
from skillgap.untrusted import link_url, safe_text

TITLES = {
    "skills": "Skills",
    "education": "Education",
    "certifications": "Certifications",
    "experience": "Experience",
}
READINESS = {"ready": "ready", "nearly_ready": "nearly ready", "not_ready": "not ready"}
STATUS = {"met": "✔ met", "partial": "◐ partial", "missing": "✘ missing"}
COLORS = {"met": "#1a7f37", "partial": "#d69e2e", "missing": "#c0392b"}
WIDTH = 680
LABEL = 250
#: Characters of a skill's name on one line of the chart's label column (about 250 px).
LABEL_CHARS = 40


def _shown(value: Any) -> Any:
    """Every value a template prints: control characters from a file shown visibly."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return safe_text(value)
    return value


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_shown,
    )
    # Only http(s) URLs become links; javascript:, data: and the rest are printed as text.
    env.filters["link_url"] = link_url
    return env


def _render(template: str, inputs: list[InputFile], **context: Any) -> str:
    return "".join(_generate(template, inputs, **context))


def _generate(template: str, inputs: list[InputFile], **context: Any) -> Iterator[str]:
    """The page in pieces as the template makes them (``_render`` joins them)."""
    return (
        _env()
        .get_template(template)
        .generate(
            version=__version__,
            provenance=provenance,
            inputs=inputs,
            readiness=READINESS,
            titles=TITLES,
            status=STATUS,
            **context,
        )
    )


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label_lines(name: str, width: int = LABEL_CHARS) -> list[str]:
    """A chart label on at most two lines, broken between words; only a third line is cut."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:  # two lines fit a row; the tooltip has the rest
        lines = [lines[0], _short(" ".join(lines[1:]), width)]
    return [_short(line, width) for line in lines] or [""]


def skill_chart(result: Assessment) -> dict[str, Any]:
    """Geometry of the level-against-required chart: one row per skill requirement."""
    span = WIDTH - LABEL - 20
    step = span / MAX_LEVEL
    rows = []
    y = 20
    for r in (q for q in result.requirements if q.category == "skills"):
        have, need = r.current_level or 0, r.target_level or 0
        lines = label_lines(r.name)
        rows.append(
            {
                "y": y + 6 * (len(lines) - 1),
                "label": lines,
                "have_w": round(min(have, MAX_LEVEL) * step, 1),
                "need_w": round(need * step, 1),
                "color": COLORS[r.status],
                "essential": r.importance == "essential",
                "title": f"{r.name}: {r.have} of {r.required} ({r.importance})",
            }
        )
        y += 22 + 12 * (len(lines) - 1)
    ticks = [{"x": round(LABEL + n * step, 1), "label": str(n)} for n in range(MAX_LEVEL + 1)]
    return {
        "width": WIDTH,
        "height": y + 4,
        "left": LABEL,
        "rows": rows,
        "ticks": ticks,
    }


def category_chart(result: Assessment) -> dict[str, Any]:
    """Geometry of the category score bars."""
    left, span = 170, WIDTH - 170 - 50
    rows = [
        {
            "y": 4 + i * 24,
            "label": TITLES[c.category],
            "weight": f"{c.weight:g}",
            "score": f"{c.score:.1f}",
            "w": round(span * c.score / 100, 1),
            "color": COLORS[status_of(c.points, c.max_points)],
        }
        for i, c in enumerate(result.categories)
    ]
    return {"width": WIDTH, "height": 8 + 24 * len(rows), "left": left, "span": span, "rows": rows}


#: Bar colours of the plan's tracks: study, full-time experience, degrees.
TRACK_COLORS: Final = {"study": "#2f5fb3", "full_time": "#b35f00", "degree": "#7b3fa0"}


def timeline(plan: Plan | None) -> dict[str, Any]:
    """Geometry of the plan timeline: a bar per step from its start to its end date."""
    if plan is None or not plan.steps:
        return {
            "width": WIDTH,
            "height": 0,
            "bars": [],
            "ticks": [],
            "ready_x": None,
            "target_x": None,
            "target": None,
            "tracks": [],
        }
    first, last = plan.start_date, plan.complete_on
    if plan.target_date is not None and plan.target_date > last:
        last = plan.target_date  # the marker must fit on the time axis
    days = max(1, (last - first).days)
    left, span = 30, WIDTH - 40
    scale = span / days

    def x(day: dt.date) -> float:
        return round(left + (day - first).days * scale, 1)

    bars = []
    for i, s in enumerate(plan.steps):
        bx = x(s.start)
        width = max(2.0, round((s.end - s.start).days * scale, 1))
        bars.append(
            {
                "x": bx,
                "w": width,
                "y": 18 + i * 14,
                "number": s.number,
                "label_x": 2,
                "long_term": s.long_term,
                "color": TRACK_COLORS[s.track],
                "ready": s.number == plan.ready_after_step,
                "title": f"{s.number}. {s.title} ({TRACK_NAMES[s.track]}): {s.start} → {s.end}",
            }
        )
    years = range(first.year + 1, last.year + 1)
    marks = [(x(first.replace(year=y, month=1, day=1)), str(y)) for y in years]
    if len(marks) > 12:
        marks = marks[:: len(marks) // 12 + 1]
    # The start date's label is ~60 px wide: drop a year tick that would overprint it.
    marks = [(left, first.isoformat())] + [(mx, label) for mx, label in marks if mx - left > 70]
    ticks = [{"x": mx, "label": label} for mx, label in marks]
    ready_x = x(plan.ready_on) if plan.ready_on and plan.ready_after_step else None
    target = plan.target_date
    target_x = x(target) if target is not None and target >= first else None
    return {
        "width": WIDTH,
        "height": 22 + 14 * len(bars),
        "bars": bars,
        "ticks": ticks,
        "ready_x": ready_x,
        "target_x": target_x,
        "target": target.isoformat() if target is not None else None,
        "tracks": [
            {"name": t.name, "color": TRACK_COLORS[t.track], "start": t.start, "end": t.end}
            for t in plan.tracks()
        ],
    }


def render_assessment(result: Assessment, **_: Any) -> str:
    """The mentor's report: score, readiness, chart, categories, blockers, plan timeline."""
    by_id = {r.id: r for r in result.requirements}
    return _render(
        "assessment.html.j2",
        result.inputs,
        r=result,
        blockers=[by_id[b] for b in result.blockers],
        chart=skill_chart(result),
        cats=category_chart(result),
        timeline=timeline(result.plan),
        both=scores_line(result),
        review=review_lines(result),
        details=level_details,
        confidence=confidence,
    )


def render_plan(report: PlanReport, **_: Any) -> str:
    """The plan alone, with its timeline."""
    return _render("plan.html.j2", report.inputs, r=report, timeline=timeline(report.plan))


def render_match(report: MatchReport, **_: Any) -> str:
    """Every role ranked."""
    return _render("match.html.j2", report.inputs, r=report)


def render_role(view: RoleView, **_: Any) -> str:
    """A role's requirements with sources."""
    return _render("role.html.j2", [], r=view)


def render_comparison(cmp: Comparison, **_: Any) -> str:
    """Progress between two assessments."""
    sections = comparison_sections(cmp)
    return _render(
        "comparison.html.j2", [], r=cmp, sections=sections, scored_against=scored_against(cmp)
    )


def _heat_color(ratio: float) -> str:
    """White (nothing) to green (at target), as an rgb() string."""
    r = round(255 - ratio * (255 - 26))
    g = round(255 - ratio * (255 - 160))
    b = round(255 - ratio * (255 - 70))
    return f"rgb({r},{g},{b})"


class Rows(Protocol):
    """Rows a page lists and counts: a list, or rows read back from a batch run's spool."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[dict[str, Any]]: ...


def render_cohort(
    summary: dict[str, Any],
    heatmap: dict[str, Any] | None = None,
    *,
    heatmaps: list[dict[str, Any]] | None = None,
    persons: Rows | None = None,
    broken: Rows | None = None,
    **_: Any,
) -> str:
    """The mentor's cohort view: roles, a table of people with links, invalid files, heat maps."""
    return "".join(
        cohort_chunks(summary, heatmap, heatmaps=heatmaps, persons=persons, broken=broken)
    )


def cohort_chunks(
    summary: dict[str, Any],
    heatmap: dict[str, Any] | None = None,
    *,
    heatmaps: list[dict[str, Any]] | None = None,
    persons: Rows | None = None,
    broken: Rows | None = None,
    **_: Any,
) -> Iterator[str]:
    """:func:`render_cohort` in pieces, reading ``persons`` and ``broken`` once, in order."""
    maps = heatmaps if heatmaps is not None else ([heatmap] if heatmap else [])
    heats = [
        {
            **m,
            "rows": [
                {**row, "cells": [{**c, "color": _heat_color(c["ratio"])} for c in row["cells"]]}
                for row in m["rows"]
            ],
        }
        for m in maps
    ]
    return _generate(
        "cohort.html.j2",
        [],
        s=summary,
        heats=heats,
        persons=persons if persons is not None else [],
        broken=broken if broken is not None else [],
    )
