"""Renderer goldens: frozen results in tests/golden/results/, rendered in every format.

The fixtures are results as skillgap wrote them (a small two-role catalog whose first role's
weights sum to 97, a profile judged on 2026-11-30 with a plan from 2026-12-07), frozen: no
test recomputes them, so a scoring change leaves these goldens alone and only a renderer
change (or a model change) rewrites them. Each report's JSON golden is its fixture itself:
read back and printed, a saved result is byte for byte what was saved.
Regenerate with ``pytest --update-golden``; edit a fixture by hand to cover a new case.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import BaseModel

from conftest import GOLDEN, Golden, compare_golden
from skillgap.models.batch import BatchReport, CohortPage
from skillgap.models.result import Assessment, NameRead
from skillgap.models.views import Comparison, MatchReport, PlanReport, RoleView
from skillgap.renderers import BatchFormat, OutputFormat, cohort_renderer, renderer
from skillgap.schemas import schema_text

RESULTS = GOLDEN / "results"
RENDERED = GOLDEN / "rendered"
WIDTH = 100

#: Each frozen report: its model and the renderers' name for it (``render_<what>``).
REPORTS: dict[str, tuple[type[BaseModel], str]] = {
    "assessment": (Assessment, "assessment"),
    "plan": (PlanReport, "plan"),
    "match": (MatchReport, "match"),
    "comparison": (Comparison, "comparison"),
    "role": (RoleView, "role"),
}
#: The fixtures ``skillgap schema KIND`` covers; the others are held to their model's schema.
SHIPPED_SCHEMA = {"assessment": "result", "cohort": "cohort"}
#: The cohort summary's formats: batch's own name for each.
COHORT_FORMATS = {
    OutputFormat.TERMINAL: BatchFormat.TABLE,
    OutputFormat.MARKDOWN: BatchFormat.MARKDOWN,
    OutputFormat.HTML: BatchFormat.HTML,
}
HUMAN_FORMATS = list(COHORT_FORMATS)


def fixture_text(name: str) -> str:
    """The frozen fixture ``name`` as saved."""
    return (RESULTS / f"{name}.json").read_bytes().decode("utf-8")


def load(name: str) -> BaseModel:
    """The frozen report ``name`` read back with its result model, as ``compare`` reads one."""
    model = BatchReport if name == "cohort" else REPORTS[name][0]
    return model.model_validate_json(fixture_text(name))


def suffix(fmt: OutputFormat) -> str:
    """The golden file's extension for ``fmt`` (what ``--output`` would pick it by)."""
    return {"terminal": "txt", "json": "json", "markdown": "md", "html": "html"}[fmt.value]


@pytest.mark.parametrize("fmt", list(OutputFormat), ids=lambda f: f.value)
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_renders_as_its_golden(name: str, fmt: OutputFormat, golden: Golden) -> None:
    """Each frozen report prints, in each format, exactly as its golden file shows."""
    render = getattr(renderer(fmt), f"render_{REPORTS[name][1]}")
    text = render(load(name), color=False, width=WIDTH)
    # The JSON of a saved result is the saved result: its fixture is its golden.
    path = (
        RESULTS / f"{name}.json" if fmt is OutputFormat.JSON else RENDERED / f"{name}.{suffix(fmt)}"
    )
    golden(path, text)


#: A name the profile wrote that the catalog reads as another: never in a saved result's JSON.
READ_AS = NameRead(written="torch", skill="pytorch", name="PyTorch")


@pytest.mark.parametrize("fmt", HUMAN_FORMATS, ids=lambda f: f.value)
def test_assessment_details_renders_as_its_golden(fmt: OutputFormat, golden: Golden) -> None:
    """--details prints the summary, then every requirement, each name read, the whole plan."""
    result = load("assessment").model_copy(update={"names_read": [READ_AS]})
    assert isinstance(result, Assessment)
    text = renderer(fmt).render_assessment(result, color=False, width=WIDTH, details=True)
    golden(RENDERED / f"assessment.details.{suffix(fmt)}", text)


def cohort_page(report: BatchReport) -> CohortPage:
    """What ``batch`` hands the cohort renderers, rebuilt from a saved ``--format json`` run."""
    return CohortPage(
        summary=report.summary,
        persons=[
            {
                "file": r.file,
                "name": r.name,
                "reviewed": None,  # a saved run's records do not say whose review applied
                "report": r.report,
                "link": r.report,  # batch makes it relative to the cohort report
                "results": [
                    {"role": s.role, "score": s.score, "readiness": s.readiness} for s in r.results
                ],
            }
            for r in report.records
            if r.error is None
        ],
        broken=[
            {
                "file": r.file,
                "line": r.error.line,
                "column": r.error.column,
                "message": r.error.message,
            }
            for r in report.records
            if r.error is not None
        ],
    )


@pytest.mark.parametrize("fmt", COHORT_FORMATS, ids=lambda f: f.value)
def test_cohort_summary_renders_as_its_golden(fmt: OutputFormat, golden: Golden) -> None:
    """A batch run's cohort summary (table, markdown, html) prints as its golden file shows."""
    report = load("cohort")
    assert isinstance(report, BatchReport)
    render = cohort_renderer(COHORT_FORMATS[fmt])
    assert render is not None
    text = render.render_cohort(cohort_page(report), color=False, width=WIDTH)
    golden(RENDERED / f"cohort.{suffix(fmt)}", text)


@pytest.mark.parametrize("name", [*sorted(REPORTS), "cohort"])
def test_fixture_is_valid_against_the_current_schema(name: str) -> None:
    """Every frozen fixture passes today's JSON Schema: `skillgap schema` where it has one."""
    kind = SHIPPED_SCHEMA.get(name)
    if kind is not None:
        schema = json.loads(schema_text(kind))
    else:
        schema = REPORTS[name][0].model_json_schema()
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in validator.iter_errors(json.loads(fixture_text(name)))
    ]
    assert errors == [], f"{name}.json breaks its schema: {errors}"


def test_fixtures_exercise_decimal_shares_and_two_dates() -> None:
    """The frozen assessment has shares with decimals and a plan starting after its as-of day."""
    result = load("assessment")
    assert isinstance(result, Assessment)
    assert any(c.weight != int(c.weight) for c in result.categories)
    assert result.plan is not None
    assert result.as_of is not None
    assert result.plan.start_date > result.as_of


@pytest.mark.parametrize("fmt", [OutputFormat.TERMINAL, OutputFormat.MARKDOWN, OutputFormat.HTML])
def test_human_formats_show_shares_and_both_dates(fmt: OutputFormat) -> None:
    """Terminal, markdown and HTML show the 51.5 % share, the as-of day and the plan's start."""
    result = load("assessment")
    assert isinstance(result, Assessment)
    text = renderer(fmt).render_assessment(result, color=False, width=WIDTH)
    for shown in ("51.5%", "2026-11-30", "2026-12-07"):
        assert shown in text, f"the {fmt.value} report does not show {shown}"


def test_golden_check_never_writes_without_the_option(tmp_path: Path) -> None:
    """Without --update-golden a differing or missing golden file fails and stays as it was."""
    stale = tmp_path / "stale.txt"
    stale.write_text("old\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match="--update-golden"):
        compare_golden(stale, "new\n", update=False)
    assert stale.read_text(encoding="utf-8") == "old\n"
    missing = tmp_path / "missing.txt"
    with pytest.raises(AssertionError, match="missing"):
        compare_golden(missing, "new\n", update=False)
    assert not missing.exists()
    compare_golden(stale, "new\n", update=True)
    assert stale.read_text(encoding="utf-8") == "new\n"
