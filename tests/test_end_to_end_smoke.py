"""End-to-end smoke: a command prints, in each format, what the renderers make of its result.

The numbers are held by tests/golden/scores.tsv and the layout of each format by the
renderer goldens; this checks the wiring between them (options, the library call, the
format picked, the width and colour of a piped report) without a golden file of its own,
so neither a scoring nor a renderer change rewrites anything here.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from conftest import ROOT, Run
from skillgap.api import load_catalog, load_profile
from skillgap.models.result import Assessment
from skillgap.models.views import MatchReport, PlanReport, RoleView
from skillgap.renderers import OutputFormat, renderer
from skillgap.scoring.standing import names_read

#: Each command, with its arguments, the model its JSON is and the renderers' name for it.
COMMANDS: dict[str, tuple[tuple[str, ...], type[BaseModel], str]] = {
    "assess": (
        ("assess", "profiles/student.yaml", "--start-date", "2026-12-01"),
        Assessment,
        "assessment",
    ),
    "plan": (("plan", "profiles/student.yaml", "--start-date", "2026-12-01"), PlanReport, "plan"),
    "match": (
        ("match", "profiles/student.yaml", "--start-date", "2026-12-01"),
        MatchReport,
        "match",
    ),
    "roles show": (("roles", "show", "mlops-engineer"), RoleView, "role"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_prints_its_result_in_every_format(
    command: str, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format a command prints is its JSON result rendered (piped: 100 wide, no colour)."""
    monkeypatch.chdir(ROOT)
    args, model, what = COMMANDS[command]
    saved = run(*args, "--format", "json")
    assert saved.exit_code == 0, saved.stderr
    result = model.model_validate_json(saved.stdout)
    if isinstance(result, Assessment):  # the names read as others are for people, not the JSON
        profile, _ = load_profile(ROOT / "profiles" / "student.yaml")
        result = result.model_copy(update={"names_read": names_read(profile, load_catalog())})
    for fmt in OutputFormat:
        shown = run(*args, "--format", fmt.value)
        assert shown.exit_code == 0, shown.stderr
        expected = getattr(renderer(fmt), f"render_{what}")(result, color=False, width=100)
        assert shown.stdout == expected, f"{command} --format {fmt.value} is not its result"
