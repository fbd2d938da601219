"""Renderers: golden files per format, escaping of hostile text, the format table."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, Run
from skillgap.renderers import OutputFormat, renderer

GOLDEN = Path(__file__).resolve().parent / "golden"
# One byte-level end-to-end check of the wording the engine and the plan write for the real
# catalog; the numbers live in golden/scores.tsv and the layouts in golden/rendered/.
PROFILES = ["student"]
COMMANDS = ["match"]


def test_every_format_has_every_renderer() -> None:
    """Each report format renders every report kind (the per-command test is test_formats)."""
    for fmt in OutputFormat:
        module = renderer(fmt)
        for what in ("assessment", "plan", "match", "role", "comparison"):
            assert callable(getattr(module, f"render_{what}"))


def test_renderers_take_no_catch_all_arguments() -> None:
    """No renderer swallows unknown arguments (``**_``): a misspelt option is a type error."""
    import ast

    for path in sorted((ROOT / "src" / "skillgap" / "renderers").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # the module's functions
            if isinstance(node, ast.FunctionDef) and node.name.startswith("render_"):
                assert node.args.kwarg is None, f"{path.name}: {node.name} takes **kwargs"


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("profile", PROFILES)
def test_golden(
    profile: str,
    command: str,
    fmt: OutputFormat,
    run: Run,
    update_golden: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each report, in each format, matches its golden file (regenerate: --update-golden)."""
    monkeypatch.chdir(ROOT)
    result = run(
        command, f"profiles/{profile}.yaml", "--format", fmt.value, "--start-date", "2026-12-01"
    )
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{profile}.{command}.{fmt.value}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; if the change is intended, run pytest --update-golden"
    )


HOSTILE = "<script>alert(1)</script> | *bold* `code` [link](http://x) _u_"


@pytest.fixture
def hostile(write: Callable[[str, str | bytes], Path]) -> Path:
    name = json.dumps(HOSTILE)
    return write(
        "evil.yaml",
        f"name: {name}\nskills:\n  {json.dumps('<b>py</b>')}: 3\n"
        'experience:\n  - {kind: project, title: "a | b"}\n',
    )


def test_html_escapes_profile_text(hostile: Path, run: Run) -> None:
    """A name like <script> appears as text in HTML, never as markup; no script at all."""
    html = run("assess", hostile, "-f", "html", "--start-date", "2026-12-01").stdout
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;py&lt;/b&gt;" in html
    # the only links are the catalog's own http(s) resources, none from the profile
    links = re.findall(r'href="([^"]*)"', html)
    assert all(h.startswith("https://") for h in links if not h.startswith("#"))
    assert "src=" not in html


def test_html_is_self_contained(run: Run) -> None:
    """The HTML fetches nothing: no external stylesheet, script, font or image."""
    html = run("assess", ROOT / "profiles" / "student.yaml", "-f", "html").stdout
    assert "<link" not in html
    assert "<script" not in html
    assert "src=" not in html
    assert "@import" not in html
    assert "<img" not in html
    assert 'id="skills-chart"' in html  # the charts are HTML and CSS
    assert "@page { size: A4" in html


def test_markdown_escapes_table_and_markup(hostile: Path, run: Run) -> None:
    """Pipes, stars, backticks and brackets from a profile cannot break the document."""
    md = run("assess", hostile, "-f", "markdown", "--start-date", "2026-12-01").stdout
    title = md.splitlines()[0]
    assert title.startswith(
        "# \\<script\\>alert(1)\\</script\\> \\| \\*bold\\* \\`code\\` \\[link\\](http://x) \\_u\\_"
    )
    # Every row of a table has exactly as many cell borders as that table's header row: an
    # unescaped pipe from the profile would add a cell.
    columns = None
    tables = 0
    for line in md.splitlines():
        if not line.startswith("|"):
            columns = None
            continue
        borders = line.replace("\\|", "").count("|")
        if columns is None:
            columns, tables = borders, tables + 1
        assert borders == columns, line
    assert tables >= 3


def test_markdown_has_summary_tables_blockers_and_plan(run: Run) -> None:
    """Markdown: a summary line, tables per category, blockers, the plan with dates."""
    md = run(
        "assess", ROOT / "profiles" / "student.yaml", "-f", "markdown", "--start-date", "2026-12-01"
    ).stdout
    assert "**Score " in md
    for heading in ("## Skills", "## Education", "## Blockers", "## Learning plan"):
        assert heading in md
    assert "| 1 | " in md
    assert "2026-12-01" in md


def test_validation_report_in_both_formats() -> None:
    """`validate`'s report: a line a problem, or counts and problems as JSON; names safe."""
    from skillgap.errors import Problem
    from skillgap.renderers import ValidateFormat, render_validation

    problems = [
        Problem("a.yaml", 3, 5, "unknown skill 'py\x1bthon'", hint="check the name"),
        Problem("b.yaml", 0, 0, "no skills", level="warning"),
    ]
    text = render_validation(2, 1, problems, ValidateFormat.TEXT)
    assert text.splitlines() == [
        "a.yaml:3:5: error: unknown skill 'py\\x1bthon'",
        "  hint: check the name",
        "b.yaml: warning: no skills",
    ]
    data = json.loads(render_validation(2, 1, problems, ValidateFormat.JSON))
    assert (data["files"], data["errors"], data["warnings"]) == (2, 1, 1)
    assert data["problems"][0]["message"] == "unknown skill 'py\x1bthon'"
    assert data["problems"][1]["level"] == "warning"


def test_cohort_heat_map_of_many_skills_is_cut_into_tables_that_fit() -> None:
    """30 skills: two tables (1-24, 25-30), each with every person, labels, legend, colours."""
    from skillgap.models.batch import (
        CohortPage,
        CohortSummary,
        HeatCell,
        HeatColumn,
        HeatMap,
        HeatRow,
    )
    from skillgap.renderers.html import HEAT_COLUMNS, heat_tables, render_cohort

    columns = tuple(HeatColumn(f"s{i}", f"Skill number {i} (long)") for i in range(30))
    cells = tuple(HeatCell(i % 3, 2, (i % 3) / 2) for i in range(30))
    heat = HeatMap(
        role="ml-engineer",
        role_name="ML engineer",
        columns=columns,
        rows=(
            HeatRow("a.yaml", "Ana", cells, reviewed="Rita on 2026-12-01"),
            HeatRow("b.yaml", "Ben", cells),
        ),
        shown=2,
        total=2,
    )
    first, second = heat_tables(heat)
    assert HEAT_COLUMNS == 24
    assert (first.first, first.last, second.first, second.last) == (1, 24, 25, 30)
    assert [len(r.cells) for t in (first, second) for r in t.rows] == [24, 24, 6, 6]
    assert second.rows[0].cells[0] == cells[24]  # each row cut to its table's columns
    assert second.rows[0].reviewed == "Rita on 2026-12-01"
    summary = CohortSummary.model_validate(
        {"profiles": 2, "invalid": 0, "below_fail_under": 0, "roles": {}}
    )
    html = render_cohort(CohortPage(summary, heatmaps=[heat], reviewed=1))
    assert "<h3>Skills 1–24 of 30</h3>" in html
    assert "<h3>Skills 25–30 of 30</h3>" in html
    assert 'id="heatmap-ml-engineer"' in html
    assert 'id="heatmap-ml-engineer-2"' in html
    assert html.count('<td class="who">Ana <span class="reviewed"') == 2  # in each table
    assert html.count('<td class="who">Ben</td>') == 2
    assert "<span>Skill number 0</span>" in html  # a header's label is short
    assert "<span>Skill number…</span>" in html
    assert "Skill number 0 = Skill number 0 (long);" in html  # the legend names in full
    assert "Skill number… = Skill number 29 (long).</p>" in html
    # red for nothing, green at the target, an amber between: the legend's swatches too
    assert 'style="background:rgb(246,200,195)" title="Skill number 0 (long): 0 of 2"' in html
    assert 'style="background:rgb(110,186,122)" title="Skill number 2 (long): 2 of 2"' in html
    assert "1 profile(s) reviewed by a mentor" in html
