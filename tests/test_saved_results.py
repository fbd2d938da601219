"""A saved result whose numbers skillgap could never write is refused, where it is wrong."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import CASES, PROFILES, ROLE_IDS, Run

IMPOSSIBLE = sorted((CASES / "impossible-result").glob("*.json"))


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The student's result against ml-engineer, as ``assess --format json`` saves it."""
    from typer.testing import CliRunner

    from skillgap.cli import app

    args = ["assess", str(PROFILES / "student.yaml"), "-f", "json", "--as-of", "2026-12-01"]
    done = CliRunner().invoke(app, args, catch_exceptions=False)
    assert done.exit_code == 0
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def _edit(data: Any, path: list[str | int], value: object) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


@pytest.mark.parametrize("case", IMPOSSIBLE, ids=[c.stem for c in IMPOSSIBLE])
def test_impossible_numbers_are_refused_at_their_place(
    case: Path, saved: dict[str, Any], tmp_path: Path, run: Run
) -> None:
    """Compare refuses an edited result (exit 3) at file:line:col, never reports it as progress."""
    spec = json.loads(case.read_text(encoding="utf-8"))
    data = json.loads(json.dumps(saved))
    for path, value in spec["set"]:
        _edit(data, path, value)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = run("compare", edited, PROFILES / "student.yaml", "--as-of", "2026-12-01")
    assert result.exit_code == 3, result.stdout
    assert result.stdout == ""
    found = [
        (int(m[1]), int(m[2]))
        for m in re.finditer(
            rf"^{re.escape(str(edited))}:(\d+):(\d+): error: (.*)$", result.stderr, re.M
        )
        if spec["says"] in m[3]
    ]
    assert found, result.stderr
    line, col = found[0]
    at = edited.read_text(encoding="utf-8").splitlines()[line - 1]
    assert at.lstrip().startswith(f'"{spec["at"]}": '), at  # the key whose value is wrong
    assert col > len(at) - len(at.lstrip())
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("trust", ["claimed", "evidenced"])
@pytest.mark.parametrize("role", ROLE_IDS)
def test_every_result_skillgap_writes_is_accepted(
    role: str, trust: str, tmp_path: Path, run: Run
) -> None:
    """Results of every example profile and role, either trust, compare with no refusal."""
    for profile in sorted(PROFILES.glob("*.yaml")):
        out = tmp_path / f"{profile.stem}.json"
        args = ["-f", "json", "--role", role, "--trust", trust, "--as-of", "2026-12-01"]
        assert run("assess", profile, *args, "-o", out).exit_code == 0
        result = run("compare", out, out, "-f", "json")
        assert result.exit_code == 0, result.stderr


def test_a_result_edited_all_over_fits_one_screen(
    saved: dict[str, Any], tmp_path: Path, run: Run
) -> None:
    """Every requirement's points edited: the parts are listed (capped), not every sum too."""
    data = json.loads(json.dumps(saved))
    for requirement in data["requirements"]:
        requirement["points"] = 999
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = run("compare", edited, edited)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) <= 24
    assert lines[0].startswith(f"{edited}:")
    assert "requirement 'python' has 999 of 8 points" in lines[0]
    assert sum("hint:" in line for line in lines) == 1
    assert "category" not in result.stderr
