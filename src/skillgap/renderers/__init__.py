"""Renderers: one pure function per format, result model in, text out."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar, assert_never

if TYPE_CHECKING:  # the CLI imports OutputFormat early; the models only when rendering
    from skillgap.errors import Problem
    from skillgap.models.batch import CohortPage
    from skillgap.models.result import (
        Assessment,
    )
    from skillgap.models.views import (
        Comparison,
        MatchReport,
        PlanReport,
        RoleView,
        SkillsReport,
    )


class OutputFormat(enum.StrEnum):
    """The formats of a report: ``assess``, ``plan``, ``match``, ``compare``, ``roles show``."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class PlanFormat(enum.StrEnum):
    """The formats of ``plan``: the report's, and iCalendar (one event per step)."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
    ICS = "ics"


class ListFormat(enum.StrEnum):
    """The formats of a listing: ``roles``, ``skills``, ``extract`` and ``postings``."""

    TERMINAL = "terminal"
    JSON = "json"


class ValidateFormat(enum.StrEnum):
    """The formats ``validate`` can write."""

    TEXT = "text"
    JSON = "json"


class BatchFormat(enum.StrEnum):
    """The formats ``batch`` can write: records (jsonl, csv, json) or the cohort summary."""

    JSONL = "jsonl"
    CSV = "csv"
    JSON = "json"
    TABLE = "table"
    MARKDOWN = "markdown"
    HTML = "html"


#: Every command that takes ``--format``, and the formats it offers: nothing else parses.
COMMAND_FORMATS: Final[dict[str, type[enum.StrEnum]]] = {
    "assess": OutputFormat,
    "plan": PlanFormat,
    "match": OutputFormat,
    "compare": OutputFormat,
    "roles show": OutputFormat,
    "roles": ListFormat,
    "skills": ListFormat,
    "extract": ListFormat,
    "postings": ListFormat,
    "validate": ValidateFormat,
    "batch": BatchFormat,
}

#: The format an ``--output`` file's extension asks for when ``--format`` is not given.
FORMAT_OF_SUFFIX: Final[dict[str, str]] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".ics": "ics",
}

F = TypeVar("F", bound=enum.StrEnum)


def format_for(formats: type[F], given: F | None, output: Path | None) -> F:
    """The format asked for, else the one ``output``'s extension names, else the first.

    A ``.pdf`` output is refused (a usage error) with the way to make one: skillgap writes
    no PDF, and writing another format under that name would make a file no viewer opens.
    """
    if output is not None and output.suffix.lower() == ".pdf":
        from skillgap.errors import UsageError

        raise UsageError(
            f"skillgap does not write PDF ('{output}')",
            "write the HTML report with -o report.html, then print it to PDF from the "
            "browser (File → Print → Save as PDF), or run "
            "'chromium --headless --print-to-pdf=report.pdf report.html'",
        )
    if given is not None:
        return given
    if output is not None:
        value = FORMAT_OF_SUFFIX.get(output.suffix.lower())
        if value is not None and value in formats._value2member_map_:
            return formats(value)
    return next(iter(formats))


class Renderer(Protocol):
    """A report format: one function per kind of report, each typed (a format's module is one).

    mypy checks each module :func:`renderer` returns against this protocol, so every call
    through it is checked too: a renderer missing, or taking other arguments, is a type error.
    ``color`` and ``width`` matter to the terminal only; ``details`` to the assessment.
    """

    def render_assessment(
        self, result: Assessment, /, *, color: bool = ..., width: int = ..., details: bool = ...
    ) -> str:
        """An assessment: the summary, with ``details`` every requirement and step after it."""
        ...

    def render_plan(self, report: PlanReport, /, *, color: bool = ..., width: int = ...) -> str:
        """A plan report (``skillgap plan``)."""
        ...

    def render_role(self, view: RoleView, /, *, color: bool = ..., width: int = ...) -> str:
        """A role's requirements (``skillgap roles show``)."""
        ...

    def render_match(self, report: MatchReport, /, *, color: bool = ..., width: int = ...) -> str:
        """Every role ranked (``skillgap match``)."""
        ...

    def render_comparison(self, cmp: Comparison, /, *, color: bool = ..., width: int = ...) -> str:
        """Progress between two assessments (``skillgap compare``)."""
        ...


class CohortRenderer(Protocol):
    """A format of batch's cohort summary (``table``, ``markdown``, ``html``)."""

    def render_cohort(self, page: CohortPage, /, *, color: bool = ..., width: int = ...) -> str:
        """The cohort summary (and, on a page, people, invalid files and heat maps)."""
        ...


def renderer(fmt: OutputFormat) -> Renderer:
    """The module that renders reports in ``fmt``; imported only when that format is asked for.

    The ``match`` is exhaustive: mypy flags a format added to the enum and not handled here.
    """
    match fmt:
        case OutputFormat.TERMINAL:
            from skillgap.renderers import terminal

            return terminal
        case OutputFormat.JSON:
            from skillgap.renderers import json

            return json
        case OutputFormat.MARKDOWN:
            from skillgap.renderers import markdown

            return markdown
        case OutputFormat.HTML:
            from skillgap.renderers import html

            return html
        case _:
            assert_never(fmt)


def cohort_renderer(fmt: BatchFormat) -> CohortRenderer | None:
    """The module that renders batch's cohort summary in ``fmt``; None for record formats."""
    match fmt:
        case BatchFormat.TABLE:
            from skillgap.renderers import terminal

            return terminal
        case BatchFormat.MARKDOWN:
            from skillgap.renderers import markdown

            return markdown
        case BatchFormat.HTML:
            from skillgap.renderers import html

            return html
        case BatchFormat.JSONL | BatchFormat.CSV | BatchFormat.JSON:
            return None
        case _:
            assert_never(fmt)


def render_validation(
    files: int, errors: int, problems: Sequence[Problem], fmt: ValidateFormat
) -> str:
    """What ``validate`` prints: each problem on a line, or the counts and problems as JSON.

    Text from the files (names, messages quoting them) is made safe for a terminal, or
    escaped in the JSON.
    """
    match fmt:
        case ValidateFormat.JSON:
            import json
            from dataclasses import asdict

            from skillgap.untrusted import json_text

            document = {
                "files": files,
                "errors": errors,
                "warnings": len(problems) - errors,
                "problems": [asdict(p) for p in problems],
            }
            return json_text(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"
        case ValidateFormat.TEXT:
            from skillgap.untrusted import safe_text

            return "".join(safe_text(p.format()) + "\n" for p in problems)
        case _:
            assert_never(fmt)


def render_roles(
    rows: Sequence[Mapping[str, Any]], fmt: ListFormat, *, color: bool = False, width: int = 100
) -> str:
    """The list of roles in ``fmt``."""
    match fmt:
        case ListFormat.TERMINAL:
            from skillgap.renderers.screens import render_roles as terminal

            return terminal(rows, color=color, width=width)
        case ListFormat.JSON:
            import json

            from skillgap.untrusted import json_text

            document = json.dumps({"roles": list(rows)}, indent=2, ensure_ascii=False)
            return json_text(document) + "\n"
        case _:
            assert_never(fmt)


def render_skills(
    report: SkillsReport, fmt: ListFormat, *, color: bool = False, width: int = 100
) -> str:
    """The catalog's skills (``skillgap skills``) in ``fmt``."""
    match fmt:
        case ListFormat.TERMINAL:
            from skillgap.renderers.screens import render_skills as terminal

            return terminal(report, color=color, width=width)
        case ListFormat.JSON:
            from skillgap.renderers.json import render_model

            return render_model(report)
        case _:
            assert_never(fmt)


def render_assessment(
    result: Assessment,
    fmt: OutputFormat,
    *,
    color: bool = False,
    width: int = 100,
    details: bool = False,
) -> str:
    """Render an assessment in ``fmt``; ``color`` and ``width`` matter to the terminal only.

    ``details``: the full report (every requirement and step) after the summary.
    The summary without colour is drawn as plain lines, without rich (the same bytes).
    """
    if fmt is OutputFormat.TERMINAL and not color and not details:
        from skillgap.renderers.plain import render_summary

        text = render_summary(result, width)
        if text is not None:
            return text
    return renderer(fmt).render_assessment(result, color=color, width=width, details=details)


def render_plan(
    report: PlanReport, fmt: OutputFormat | PlanFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a plan report in ``fmt`` (iCalendar too)."""
    if fmt == PlanFormat.ICS:
        from skillgap.renderers.ics import render_plan as render_ics

        return render_ics(report)
    return renderer(OutputFormat(fmt.value)).render_plan(report, color=color, width=width)


def render_role(view: RoleView, fmt: OutputFormat, *, color: bool = False, width: int = 100) -> str:
    """Render a role view in ``fmt``."""
    return renderer(fmt).render_role(view, color=color, width=width)


def render_match(
    report: MatchReport, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a match ranking in ``fmt``."""
    return renderer(fmt).render_match(report, color=color, width=width)


def render_comparison(
    cmp: Comparison, fmt: OutputFormat, *, color: bool = False, width: int = 100
) -> str:
    """Render a comparison in ``fmt``."""
    return renderer(fmt).render_comparison(cmp, color=color, width=width)
