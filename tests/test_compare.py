"""Progress between two assessments: profiles or saved JSON, same role and catalog."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import PROFILES, Run

OLD = "name: Ada\nskills: {python: 2, statistics: 1}\n"
NEW = (
    "name: Ada\nskills: {python: 4, statistics: 3, pytorch: 3}\n"
    "experience:\n  - {kind: project, title: P1}\n  - {kind: project, title: P2}\n"
)


def test_compare_two_profiles(write: Callable[[str, str | bytes], Path], run: Run) -> None:
    """Score change, gaps closed, level changes, blockers removed and movers are reported."""
    old, new = write("q1.yaml", OLD), write("q2.yaml", NEW)
    result = run("compare", old, new, "-f", "json", "--start-date", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["score_change"] == round(data["new"]["score"] - data["old"]["score"], 1)
    assert data["score_change"] > 0
    assert "Python" in data["gaps_closed"]
    assert {"id": "python", "name": "Python", "old": 2, "new": 4} in data["level_changes"]
    assert "Python" in data["blockers_removed"]
    assert data["gaps_opened"] == []
    assert data["movers"][0]["change"] > 0
    assert any("Python" in s for s in data["steps_completed"])
    text = run("compare", old, new, "--start-date", "2026-12-01").stdout
    assert "Gaps closed" in text
    assert "What moved the score most" in text


def test_compare_saved_json_results(
    write: Callable[[str, str | bytes], Path], run: Run, tmp_path: Path
) -> None:
    """Results saved earlier with --format json compare like profiles do."""
    old_json, new_json = tmp_path / "old.json", tmp_path / "new.json"
    for src, out in ((write("a.yaml", OLD), old_json), (write("b.yaml", NEW), new_json)):
        assert (
            run("assess", src, "-f", "json", "-o", out, "--start-date", "2026-12-01").exit_code == 0
        )
    direct = json.loads(run("compare", old_json, new_json, "-f", "json").stdout)
    assert direct["score_change"] > 0
    mixed = run(
        "compare", old_json, write("c.yaml", NEW), "-f", "json", "--start-date", "2026-12-01"
    )
    assert mixed.exit_code == 0, mixed.stderr
    assert json.loads(mixed.stdout)["score_change"] == direct["score_change"]


def test_older_schema_version_gets_a_clear_message(tmp_path: Path, run: Run) -> None:
    """A result from another schema version says which version is needed, exit 3."""
    saved = tmp_path / "old.json"
    saved.write_text(json.dumps({"schema_version": "0.9", "score": 3}, indent=2))
    result = run("compare", saved, PROFILES / "student.yaml")
    assert result.exit_code == 3
    assert f"{saved}:2:21: error: this result has schema_version '0.9'" in result.stderr
    assert "reads '1.0' and '1.1'" in result.stderr


def test_a_result_saved_before_levels_is_still_read(
    write: Callable[[str, str | bytes], Path], run: Run, tmp_path: Path
) -> None:
    """A 1.0 result (written before levels, schema 1.1) compares as it did: the role as written."""
    saved = tmp_path / "old.json"
    path = write("a.yaml", OLD)
    assert run("assess", path, "-f", "json", "-o", saved, "--as-of", "2026-12-01").exit_code == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.1"
    assert "level" not in data["role"]
    data["schema_version"] = "1.0"
    saved.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = run("compare", saved, write("b.yaml", NEW), "-f", "json", "--as-of", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    compared = json.loads(result.stdout)
    assert compared["score_change"] > 0
    assert compared["old"]["score"] == data["score"]


def test_broken_json_gets_line_and_column(tmp_path: Path, run: Run) -> None:
    """Invalid JSON is reported at its line and column."""
    saved = tmp_path / "bad.json"
    saved.write_text('{\n  "schema_version": "1.0",\n  oops\n}\n')
    result = run("compare", saved, PROFILES / "student.yaml")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{saved}:3:3: error: not valid JSON")


def test_different_roles_refused_unless_forced(tmp_path: Path, run: Run) -> None:
    """Comparing results for two roles is refused with a hint; --force compares anyway."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    run("assess", PROFILES / "student.yaml", "-f", "json", "-o", a, "--role", "ml-engineer")
    run("assess", PROFILES / "student.yaml", "-f", "json", "-o", b, "--role", "data-scientist")
    refused = run("compare", a, b)
    assert refused.exit_code == 2
    assert "different roles" in refused.stderr
    assert "--force" in refused.stderr
    assert run("compare", a, b, "--force").exit_code == 0


def test_different_catalogs_refused(tmp_path: Path, run: Run) -> None:
    """Results made with different catalogs do not compare without --force."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    run("assess", PROFILES / "student.yaml", "-f", "json", "-o", a)
    data = json.loads(a.read_text())
    data["inputs"][-1]["sha256"] = "0" * 64
    b.write_text(json.dumps(data))
    refused = run("compare", a, b)
    assert refused.exit_code == 2
    assert "different catalogs" in refused.stderr


def test_json_that_is_not_a_result(tmp_path: Path, run: Run) -> None:
    """A JSON file without schema_version is named as not a skillgap result."""
    other = tmp_path / "resume.json"
    other.write_text('{"basics": {"name": "A"}}\n')
    result = run("compare", other, PROFILES / "student.yaml")
    assert result.exit_code == 3
    assert "is not a skillgap result" in result.stderr


def test_steps_of_another_group_member_are_not_completed(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """The old plan said Keras; learning PyTorch meets the group but completes no Keras step."""
    old = write("q1.yaml", "name: Ada\nskills: {python: 2}\n")
    new = write("q2.yaml", "name: Ada\nskills: {python: 2, pytorch: 3}\n")
    args = ("-f", "json", "--start-date", "2026-12-01", "--role", "data-scientist")
    plan = json.loads(run("plan", old, *args).stdout)["plan"]
    assert any(s["target"] == "keras" for s in plan["steps"])
    data = json.loads(run("compare", old, new, *args).stdout)
    assert "Deep-learning framework" in data["gaps_closed"]
    assert not any("Keras" in s for s in data["steps_completed"])


def test_profiles_of_different_people_and_roles(run: Run, tmp_path: Path) -> None:
    """Two names warn; two target roles are refused unless --role; the role used is said."""
    jamie = tmp_path / "jamie.yaml"
    jamie.write_text("name: Jamie\ntarget_role: data-scientist\nskills: {python: 2}\n")
    morgan = tmp_path / "morgan.yaml"
    morgan.write_text("name: Morgan Lee\ntarget_role: mlops-engineer\nskills: {python: 4}\n")
    refused = run("compare", jamie, morgan)
    assert refused.exit_code == 2
    assert "different roles" in refused.stderr
    assert "'data-scientist'" in refused.stderr
    assert "--role" in refused.stderr
    chosen = run("compare", jamie, morgan, "--role", "MLOps Engineer", "--start-date", "2026-12-01")
    assert chosen.exit_code == 0, chosen.stderr
    assert "warning: the two are for different names: 'Jamie' and 'Morgan Lee'" in chosen.stderr
    assert "Both scored against MLOps Engineer (mlops-engineer)" in chosen.stdout
    assert "Jamie → Morgan Lee" in chosen.stdout
    forced = run("compare", jamie, morgan, "--force", "-f", "json", "--start-date", "2026-12-01")
    assert forced.exit_code == 0, forced.stderr
    data = json.loads(forced.stdout)
    assert data["old"]["role"]["id"] == data["new"]["role"]["id"] == "mlops-engineer"
    assert len(data["warnings"]) == 1
