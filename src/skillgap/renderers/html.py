"""One self-contained HTML file per report: inline CSS and SVG, no script, autoescaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

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
from skillgap.renderers import summary
from skillgap.renderers.details import confidence, level_details, review_lines, scores_line
from skillgap.scoring.rule import can_block, status_of
from skillgap.untrusted import link_url, safe_text

if TYPE_CHECKING:
    from skillgap.models.batch import CohortPage, HeatColumn, HeatMap, HeatRow

TITLES = {
    "skills": "Skills",
    "education": "Education",
    "certifications": "Certifications",
    "experience": "Experience",
}
READINESS = {"ready": "ready", "nearly_ready": "nearly ready", "not_ready": "not ready"}
STATUS = {"met": "✔ met", "partial": "◐ partial", "missing": "✘ missing"}


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


def _pct(part: float, whole: float) -> float:
    """``part`` as a percentage of ``whole``, to one decimal (a CSS width or offset)."""
    return round(100 * part / whole, 1) if whole else 0.0


def skill_chart(result: Assessment) -> list[dict[str, Any]]:
    """The level-against-required chart: a row per skill requirement, widths in percent.

    Drawn with HTML and CSS, not SVG: on a phone the label goes above its bar, at full
    size, instead of the whole chart shrinking to unreadable text.
    """
    rows = []
    for r in (q for q in result.requirements if q.category == "skills"):
        have: float = r.current_level or 0
        need = r.target_level or 0
        if r.counted is not None and r.max_points:  # k of n: the mean its best k reach
            have = need * r.points / r.max_points
        rows.append(
            {
                "label": r.name,
                "have": _pct(min(have, MAX_LEVEL), MAX_LEVEL),
                "need": _pct(need, MAX_LEVEL),
                "status": r.status,
                "essential": can_block(r.importance),
                "title": f"{r.name}: {r.have} of {r.required} ({r.importance})",
            }
        )
    return rows


def category_chart(result: Assessment) -> list[dict[str, Any]]:
    """The category score bars."""
    return [
        {
            "label": TITLES[c.category],
            "weight": f"{c.weight:g}",
            "score": f"{c.score:.1f}",
            "w": round(c.score, 1),
            "status": status_of(c.points, c.max_points),  # met: every point earned
        }
        for c in result.categories
    ]


#: Bar colours of the plan's tracks: study, full-time experience, degrees.
TRACK_COLORS: Final = {"study": "#2f5fb3", "full_time": "#b35f00", "degree": "#7b3fa0"}


def timeline(plan: Plan | None) -> dict[str, Any]:
    """The plan timeline: a bar per step from its start to its end date, offsets in percent."""
    if plan is None or not plan.steps:
        return {"bars": [], "ticks": [], "ready_x": None, "target_x": None, "tracks": []}
    first, last = plan.start_date, plan.complete_on
    if plan.target_date is not None and plan.target_date > last:
        last = plan.target_date  # the marker must fit on the time axis
    days = max(1, (last - first).days)

    def x(day: dt.date) -> float:
        return _pct((day - first).days, days)

    bars = [
        {
            "x": x(s.start),
            "w": max(0.4, _pct((s.end - s.start).days, days)),
            "number": s.number,
            "color": TRACK_COLORS[s.track],
            "ready": s.number == plan.ready_after_step,
            "title": f"{s.number}. {s.title} ({TRACK_NAMES[s.track]}): {s.start} → {s.end}",
        }
        for s in plan.steps
    ]
    years = range(first.year + 1, last.year + 1)
    marks = [(x(first.replace(year=y, month=1, day=1)), str(y)) for y in years]
    if len(marks) > 8:
        marks = marks[:: len(marks) // 8 + 1]
    # The start date's label is wide: drop a year tick that would overprint it.
    marks = [(0.0, first.isoformat())] + [(mx, label) for mx, label in marks if 22 < mx < 94]
    target = plan.target_date
    return {
        "bars": bars,
        "ticks": [{"x": mx, "label": label} for mx, label in marks],
        "ready_x": x(plan.ready_on) if plan.ready_on and plan.ready_after_step else None,
        "target_x": x(target) if target is not None and target >= first else None,
        "target": target.isoformat() if target is not None else None,
        "tracks": [
            {"name": t.name, "color": TRACK_COLORS[t.track], "start": t.start, "end": t.end}
            for t in plan.tracks()
        ],
    }


def render_assessment(
    result: Assessment, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The mentor's report: the summary first, a table of contents, charts, tables, the plan."""
    return _render(
        "assessment.html.j2",
        result.inputs,
        r=result,
        details=details,
        verdict_time=summary.time_to_ready(result.plan, result.readiness),
        unknown=summary.not_understood(result.warnings),
        others=summary.other_warnings(result.warnings),
        notes=summary.reading_notes(result),
        blockers=summary.blockers(result),
        next_steps=summary.next_steps(result.plan),
        gap=summary.gap,
        chart=skill_chart(result),
        cats=category_chart(result),
        timeline=timeline(result.plan),
        both=scores_line(result),
        review=review_lines(result),
        details_of=level_details,
        confidence=confidence,
    )


def render_plan(report: PlanReport, *, color: bool = False, width: int = 100) -> str:
    """The plan alone, with its timeline."""
    return _render(
        "plan.html.j2",
        report.inputs,
        r=report,
        timeline=timeline(report.plan),
        verdict_time=summary.time_to_ready(report.plan, report.readiness),
        details=True,
    )


def render_match(report: MatchReport, *, color: bool = False, width: int = 100) -> str:
    """Every role ranked."""
    return _render("match.html.j2", report.inputs, r=report)


def render_role(view: RoleView, *, color: bool = False, width: int = 100) -> str:
    """A role's requirements with sources."""
    return _render("role.html.j2", [], r=view)


def render_comparison(cmp: Comparison, *, color: bool = False, width: int = 100) -> str:
    """Progress between two assessments."""
    sections = comparison_sections(cmp)
    return _render(
        "comparison.html.j2", [], r=cmp, sections=sections, scored_against=scored_against(cmp)
    )


#: A heat map's colours: nothing yet (a gap stands out), part way, at the role's target.
HEAT_NONE: Final = (246, 200, 195)
HEAT_PART: Final = ((250, 214, 150), (226, 232, 160))  # a little, to nearly there
HEAT_MET: Final = (110, 186, 122)
#: Skills per heat-map table: a page's width (A4 or a desktop column) holds this many.
HEAT_COLUMNS: Final = 24
#: A skill's name in a heat map's header, at most this long (the full name: hover, legend).
HEAT_LABEL: Final = 14


def _heat_color(ratio: float) -> str:
    """Red for nothing, amber to green as the level nears the target, as an rgb() string."""
    if ratio <= 0:
        return "rgb({},{},{})".format(*HEAT_NONE)
    if ratio >= 1:
        return "rgb({},{},{})".format(*HEAT_MET)
    low, high = HEAT_PART
    mixed = (round(a + ratio * (b - a)) for a, b in zip(low, high, strict=True))
    return "rgb({},{},{})".format(*mixed)


def _heat_label(name: str) -> str:
    """``Statistics and…``: a skill's name short enough for a heat map's header."""
    plain = name.split(" (", maxsplit=1)[0].strip() or name
    if len(plain) <= HEAT_LABEL:
        return plain
    return plain[: HEAT_LABEL - 1].rstrip(" ,-") + "…"


@dataclass(frozen=True, slots=True)
class HeatTable:
    """One table of a heat map: its skills ``first`` to ``last`` (from 1), every person's row.

    Each row's cells are cut to the table's columns; ``labels`` are the columns' short names.
    """

    first: int
    last: int
    columns: tuple[HeatColumn, ...]
    labels: tuple[str, ...]
    rows: tuple[HeatRow, ...]


def heat_tables(heat: HeatMap) -> list[HeatTable]:
    """A heat map cut into tables of at most HEAT_COLUMNS skills each.

    Each table repeats the people, so that every table fits a page: none is clipped in
    print, and on a phone each scrolls sideways in its box.
    """
    tables = []
    for start in range(0, len(heat.columns), HEAT_COLUMNS):
        cut = slice(start, start + HEAT_COLUMNS)
        columns = heat.columns[cut]
        tables.append(
            HeatTable(
                first=start + 1,
                last=start + len(columns),
                columns=columns,
                labels=tuple(_heat_label(c.name) for c in columns),
                rows=tuple(replace(row, cells=row.cells[cut]) for row in heat.rows),
            )
        )
    return tables


def abbreviated(heat: HeatMap) -> tuple[tuple[str, str], ...]:
    """The heat map's skills whose header is cut short: (label, full name), for the legend."""
    return tuple((label, c.name) for c in heat.columns if (label := _heat_label(c.name)) != c.name)


def render_cohort(page: CohortPage, *, color: bool = False, width: int = 100) -> str:
    """The mentor's cohort view: roles, a table of people with links, invalid files, heat maps.

    ``page.reviewed``: how many profiles' levels a mentor's review set (each row says whose).
    """
    return "".join(cohort_chunks(page))


def cohort_chunks(page: CohortPage) -> Iterator[str]:
    """:func:`render_cohort` in pieces, reading ``persons`` and ``broken`` once, in order."""
    return _generate(
        "cohort.html.j2",
        [],
        s=page.summary,
        heats=page.heatmaps,
        heat_color=_heat_color,
        heat_tables=heat_tables,
        abbreviated=abbreviated,
        persons=page.persons,
        broken=page.broken,
        reviewed=page.reviewed,
    )
