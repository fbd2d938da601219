"""Renderers: one pure function per format, result model in, text out."""

from __future__ import annotations

import enum
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # the CLI imports OutputFormat early; the models only when rendering
    from skillgap.models.result import Assessment, Comparison, MatchReport, PlanReport, RoleView


class OutputFormat(enum.StrEnum):
    """The formats reports can be written in."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


#: Module that renders each format; imported only when that format is asked for.
RENDERER_MODULES: Final[dict[OutputFormat, str]] = {
    OutputFormat.TERMINAL: "skillgap.renderers.terminal",
    OutputFormat.JSON: "skillgap.renderers.json",
    OutputFormat.MARKDOWN: "skillgap.renderers.markdown",
    OutputFormat.HTML: "skillgap.renderers.html",
}


def renderer(fmt: OutputFormat, what: str = "assessment") -> Callable[..., str]:
    """The ``render_<what>`` function of a format's module."""
    module = import_module(RENDERER_MODULES[fmt])
    render: Callable[..., str] = getattr(module, f"render_{what}")
    return render


def render_assessment(
    result: Assessment, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render an assessment in ``fmt``; ``color`` and ``width`` matter to the terminal only."""
    return renderer(fmt)(result, color=color, width=width)


def render_plan(
    report: PlanReport, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a plan report in ``fmt``."""
    return renderer(fmt, "plan")(report, color=color, width=width)


def render_role(view: RoleView, fmt: OutputFormat, *, color: bool = False, width: int = 100) -> str:
    """Render a role view in ``fmt``."""
    return renderer(fmt, "role")(view, color=color, width=width)


def render_match(
    report: MatchReport, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a match ranking in ``fmt``."""
    return renderer(fmt, "match")(report, color=color, width=width)


def render_comparison(
    cmp: Comparison, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a comparison in ``fmt``."""
    return renderer(fmt, "comparison")(cmp, color=color, width=width)
