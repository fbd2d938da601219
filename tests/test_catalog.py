"""The catalog: the shipped one is clean; a broken one is refused with positions, exit 3."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PROFILES, ROOT, Run
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import builtin_catalog_dir
from skillgap.models.catalog import all_requirements

HEAD = """\
scale:
  - {level: 0, name: none, description: x}
  - {level: 1, name: awareness, description: x}
  - {level: 2, name: novice, description: x}
  - {level: 3, name: intermediate, description: x}
  - {level: 4, name: advanced, description: x}
  - {level: 5, name: expert, description: x}
degrees:
  - {id: bachelor, name: Bachelor}
skills:
  - {id: python, name: Python, category: prog}
  - {id: pytorch, name: PyTorch, category: fw, prerequisites: [python]}
"""
ROLE = """\
roles:
  - id: r
    name: R
    requirements:
      skills:
        - {skill: python, level: 3, importance: essential}
"""


def test_shipped_catalog_is_clean(catalog: CatalogIndex, run: Run) -> None:
    """The linter finds nothing in the shipped catalog."""
    result = run("validate", ROOT / "catalog")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(catalog.roles) == 6


def test_installed_package_ships_the_catalog() -> None:
    """The catalog the package reads has the same files as the repository's catalog/."""
    shipped = sorted(p.name for p in builtin_catalog_dir().glob("*.yaml"))
    assert shipped == sorted(p.name for p in (ROOT / "catalog").glob("*.yaml"))


def test_every_requirement_cites_a_source(catalog: CatalogIndex) -> None:
    """Each requirement of each shipped role says where it comes from."""
    for role in catalog.catalog.roles:
        for req in all_requirements(role.requirements):
            assert req.source, f"{role.id}/{req.key} has no source"


CASES = [
    (
        "unknown skill in a role",
        HEAD + ROLE.replace("skill: python", "skill: pyhton"),
        "18:19",
        "unknown skill 'pyhton'",
        "did you mean 'python'?",
    ),
    (
        "prerequisite cycle",
        HEAD.replace("category: prog}", "category: prog, prerequisites: [pytorch]}") + ROLE,
        "11:63",
        "prerequisite cycle: python -> pytorch -> python",
        None,
    ),
    (
        "extends cycle",
        HEAD + ROLE + "  - {id: a, name: A, extends: b}\n  - {id: b, name: B, extends: a}\n",
        "19:31",
        "'extends' cycle: a -> b -> a",
        None,
    ),
    (
        "duplicate id",
        HEAD + "  - {id: python, name: Py, category: prog}\n" + ROLE,
        "13:10",
        "duplicate skill id 'python'",
        None,
    ),
    (
        "alias claimed twice",
        HEAD + "  - {id: torch2, name: Torch2, aliases: [PyTorch], category: fw}\n" + ROLE,
        "13:42",
        "the name 'PyTorch' of skill 'torch2' is already claimed by 'pytorch'",
        None,
    ),
    (
        "target level outside the scale",
        HEAD + ROLE.replace("level: 3", "level: 6"),
        "18:34",
        "roles.0.requirements.skills.0.level: level 6 is outside the scale 0-5",
        None,
    ),
    (
        "role with no requirements",
        HEAD + ROLE + "  - {id: empty, name: Empty}\n",
        "19:10",
        "role 'empty' has no requirements",
        None,
    ),
    (
        "unknown field",
        HEAD + ROLE.replace("    name: R\n", "    name: R\n    sumary: x\n"),
        "16:5",
        "unknown field 'sumary'",
        "did you mean 'summary'?",
    ),
]


@pytest.mark.parametrize(
    ("text", "position", "message", "hint"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_broken_catalog(
    text: str,
    position: str,
    message: str,
    hint: str | None,
    write: Callable[[str, str | bytes], Path],
    run: Run,
) -> None:
    """A broken --catalog exits 3 with file:line:col; validate says the same."""
    path = write("cat.yaml", text)
    result = run("assess", PROFILES / "student.yaml", "--catalog", path, "--role", "r")
    assert result.exit_code == 3, result.stdout
    assert f"{path}:{position}: error: {message}" in result.stderr
    if hint:
        assert f"hint: {hint}" in result.stderr
    checked = run("validate", path)
    assert checked.exit_code == 3
    assert f"{path}:{position}: error: {message}" in checked.stdout


def test_catalog_split_over_a_folder(tmp_path: Path, run: Run) -> None:
    """A folder of catalog files is read as one catalog; ids may cross files."""
    (tmp_path / "a.yaml").write_text(HEAD)
    (tmp_path / "b.yaml").write_text(ROLE)
    result = run(
        "assess", PROFILES / "student.yaml", "--catalog", tmp_path, "--role", "r", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    assert '"score": 100.0' in result.stdout


def test_extends_inherits_excludes_and_overrides(catalog: CatalogIndex) -> None:
    """A career path inherits ml-engineer's requirements, drops excluded ones, overrides others."""
    base = catalog.role("ml-engineer").requirements
    research = catalog.role("ai-research-scientist").requirements
    base_framework = next(r for r in base.skills if r.key == "dl-framework")
    framework = next(r for r in research.skills if r.key == "dl-framework")
    assert (base_framework.level, framework.level) == (3, 4)
    assert "java" not in {r.key for r in research.skills}
    assert "python" in {r.key for r in research.skills}
    assert research.education[0].level == "phd"
