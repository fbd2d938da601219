"""Seniority: every role at junior, mid and senior, derived from the mid-level role by one rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PROFILES, Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.levels import at_level, differences, levels_of
from skillgap.models.catalog import SkillRequirement, all_requirements

DAY = dt.date(2026, 12, 7)
HEAD = """\
scale:
  - {level: 0, name: none, description: x}
  - {level: 1, name: awareness, description: x}
  - {level: 2, name: novice, description: x}
  - {level: 3, name: intermediate, description: x}
  - {level: 4, name: advanced, description: x}
  - {level: 5, name: expert, description: x}
skills:
  - {id: python, name: Python, category: prog}
  - {id: mentoring, name: Mentoring, category: people}
roles:
  - id: r
    name: R
    requirements:
      skills:
        - {skill: python, level: 4, importance: essential}
      experience:
        - {id: work, kinds: [job], min_months: 24, importance: essential}
levels:
  - {level: junior, summary: j, skill_step: -1, months_factor: 0.25, source: SFIA 2-3}
  - {level: senior, summary: s, skill_step: 1, months_factor: 2.5, source: SFIA 4-5}
"""


def _skills(index: CatalogIndex, role: str) -> dict[str, int]:
    return {r.key: r.level for r in index.role(role).requirements.skills}


def test_the_shipped_catalog_describes_three_levels(catalog: CatalogIndex) -> None:
    """Every shipped role has a junior, a mid and a senior level."""
    assert levels_of(catalog) == ("junior", "mid", "senior")


def test_mid_is_the_catalog_as_written(catalog: CatalogIndex) -> None:
    """At mid level every example profile scores exactly what it scores without a level."""
    mid = at_level(catalog, "mid")
    for path in sorted(PROFILES.glob("*.yaml")):
        profile, doc = api.load_profile(path)
        for role in sorted(catalog.roles):
            plain = api.assess(profile, catalog, role, document=doc, as_of=DAY)
            levelled = api.assess(profile, mid, role, document=doc, as_of=DAY)
            assert (levelled.score, levelled.readiness) == (plain.score, plain.readiness)


def test_junior_asks_less_and_senior_more(catalog: CatalogIndex) -> None:
    """No junior target is above mid's and no senior target below it, for every role."""
    junior, senior = at_level(catalog, "junior"), at_level(catalog, "senior")
    for role in catalog.roles:
        mid = _skills(catalog, role)
        low, high = _skills(junior, role), _skills(senior, role)
        assert all(low[k] <= mid[k] for k in low if k in mid), role
        assert all(high[k] >= mid[k] for k in mid), role
        assert all(1 <= v <= 5 for v in [*low.values(), *high.values()])
    ml = catalog.role("ml-engineer")
    assert _skills(junior, "ml-engineer")["python"] == 3
    assert _skills(senior, "ml-engineer")["statistics"] == 4
    months = {r.key: r.min_months for r in ml.requirements.experience}["industry"]
    junior_months = {
        r.key: r.min_months for r in junior.role("ml-engineer").requirements.experience
    }
    assert (months, junior_months["industry"]) == (24, 6)


def test_a_senior_ml_engineer_is_asked_for_system_design_and_mentoring(
    catalog: CatalogIndex,
) -> None:
    """System design and mentoring are essential or important at senior, absent at junior."""
    senior = {
        r.key: r
        for r in all_requirements(at_level(catalog, "senior").role("ml-engineer").requirements)
    }
    junior = {
        r.key
        for r in all_requirements(at_level(catalog, "junior").role("ml-engineer").requirements)
    }
    assert senior["system-design"].importance == "essential"
    assert isinstance(senior["mentoring"], SkillRequirement)
    assert {"system-design", "mentoring"}.isdisjoint(junior)
    changed = {d.id: d for d in differences(catalog, "ml-engineer", "senior")}
    assert changed["system-design"].mid == "not asked"
    assert "sfia" in changed["statistics"].source.lower()


def test_every_level_change_cites_its_source(catalog: CatalogIndex) -> None:
    """Each requirement that differs between levels says where the difference comes from."""
    for level in ("junior", "senior"):
        for role in catalog.roles:
            for diff in differences(catalog, role, level):
                assert diff.source, (role, level, diff.id)
                if diff.mid != "not asked":
                    assert f"{level} level" in diff.source, (role, level, diff.id)


def test_the_role_name_says_the_level(catalog: CatalogIndex) -> None:
    """A role at junior or senior is named so; its id stays the same."""
    role = at_level(catalog, "junior").role("mlops-engineer")
    assert (role.id, role.name) == ("mlops-engineer", "Junior MLOps Engineer")


def test_a_catalog_without_levels_has_mid_only(
    write: Callable[[str, str | bytes], Path],
) -> None:
    """A catalog of one's own with no level rules describes its roles as mid only."""
    path = write("cat.yaml", HEAD.split("levels:", maxsplit=1)[0])
    assert levels_of(api.load_catalog(path)) == ("mid",)


BAD_OVERRIDES = [
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: pyhton, level: 5, source: y}]}\n",
        "23:55",
        "'r' has no requirement 'pyhton'",
        "did you mean 'python'?",
        id="unknown-requirement",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: python, level: 6, source: y}]}\n",
        "23:70",
        "level_overrides.0.change.0.level: level 6 is outside the scale 0-5",
        None,
        id="level-above-5",
    ),
    pytest.param(
        "  - {role: rr, level: senior, source: x}\n",
        "23:12",
        "unknown role 'rr'",
        "did you mean 'r'?",
        id="unknown-role",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, exclude: [wrok]}\n",
        "23:51",
        "'r' has no requirement 'wrok'",
        "did you mean 'work'?",
        id="unknown-exclude",
    ),
    pytest.param(
        "  - role: r\n    level: senior\n    source: x\n    add:\n      skills:\n"
        "        - {skill: mentoring, level: 3, importance: useful}\n",
        "28:11",
        "the added requirement 'mentoring' cites no source",
        None,
        id="added-without-source",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: work, level: 3, source: y}]}\n",
        "23:68",
        "'work' has no level to change",
        None,
        id="level-of-experience",
    ),
]


@pytest.mark.parametrize(("override", "position", "message", "hint"), BAD_OVERRIDES)
def test_validate_refuses_a_bad_override(
    override: str,
    position: str,
    message: str,
    hint: str | None,
    write: Callable[[str, str | bytes], Path],
    run: Run,
) -> None:
    """A broken level override is an error at its file:line:col (exit 3), with a hint."""
    path = write("cat.yaml", HEAD + "level_overrides:\n" + override)
    result = run("validate", path)
    assert result.exit_code == 3, result.stdout
    assert f"{path}:{position}: error: {message}" in result.stdout
    if hint:
        assert f"hint: {hint}" in result.stdout


def test_validate_refuses_a_second_rule_for_a_level(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Two rules for one level are an error at the second one."""
    path = write("cat.yaml", HEAD + "  - {level: junior, summary: k, source: z}\n")
    result = run("validate", path)
    assert result.exit_code == 3
    assert f"{path}:22:13: error: a second rule for level 'junior'" in result.stdout
