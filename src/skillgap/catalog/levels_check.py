"""Checking a catalog's levels (``validate``): the rules and overrides, each at its position.

The rule and the overrides themselves, and the roles they derive, are in :mod:`.levels`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import Problem
from skillgap.inputs.loader import Document
from skillgap.models.catalog import (
    Catalog,
    LevelChange,
    LevelOverride,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import CATEGORIES
from skillgap.names import suggest


def check(parts: Sequence[tuple[Document, Catalog]], index: CatalogIndex) -> list[Problem]:
    """Every problem of the catalog's level rules and overrides, at its position.

    ``index`` holds the catalog's roles (resolved through ``extends``) and skill ids.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for doc, cat in parts:
        for i, found in enumerate(cat.levels):
            if found.level in seen:
                problems.append(
                    doc.problem(
                        ("levels", i, "level"),
                        f"a second rule for level '{found.level}' (first in {seen[found.level]})",
                        hint="give each level one rule",
                    )
                )
            seen[found.level] = doc.source
            if found.level == "mid" and (
                found.skill_step,
                found.months_factor,
                found.count_factor,
                found.months_at_most,
                found.ready_score_step,
            ) != (0, 1, 1, None, 0):
                problems.append(
                    doc.problem(
                        ("levels", i),
                        "the mid level is the catalog's roles as written: its rule moves nothing",
                        hint="change a role's requirements in its own file, or with an override",
                    )
                )
        for i, override in enumerate(cat.level_overrides):
            problems += _check_override(doc, ("level_overrides", i), override, index, seen)
    return problems


def _check_override(
    doc: Document,
    loc: tuple[str | int, ...],
    override: LevelOverride,
    index: CatalogIndex,
    ruled: dict[str, str],
) -> list[Problem]:
    if override.role not in index.roles:
        close = suggest(override.role, index.roles)
        hint = f"did you mean '{close}'?" if close else "name a role of the catalog"
        return [doc.problem((*loc, "role"), f"unknown role '{override.role}'", hint=hint)]
    problems: list[Problem] = []
    if override.level != "mid" and override.level not in ruled:
        problems.append(
            doc.problem(
                (*loc, "level"),
                f"no rule for level '{override.level}' in the catalog",
                hint="add it under 'levels:' so the level's other targets are derived too",
            )
        )
    reqs = {r.key: r for r in all_requirements(index.role(override.role).requirements)}
    for j, change in enumerate(override.change):
        problems += _check_change(doc, (*loc, "change", j), change, override, reqs)
    problems += [
        _unknown_requirement(doc, (*loc, "exclude", j), key, override, reqs)
        for j, key in enumerate(override.exclude)
        if key not in reqs
    ]
    for category in CATEGORIES:
        for j, req in enumerate(getattr(override.add, category)):
            problems += _check_added(doc, (*loc, "add", category, j), req, override, reqs, index)
    return problems


_CHANGEABLE: Final = ("level", "importance", "min_months", "min_count")


def _check_change(
    doc: Document,
    at: tuple[str | int, ...],
    change: LevelChange,
    override: LevelOverride,
    reqs: dict[str, Requirement],
) -> list[Problem]:
    req = reqs.get(change.id)
    if req is None:
        return [_unknown_requirement(doc, (*at, "id"), change.id, override, reqs)]
    given = [k for k in _CHANGEABLE if getattr(change, k) is not None]
    if not given:
        return [
            doc.problem(
                at,
                f"the change of '{change.id}' changes nothing",
                hint="give a level, importance, min_months or min_count",
            )
        ]
    return [
        doc.problem(
            (*at, key),
            f"'{change.id}' has no {key} to change",
            hint="a skill has a level; experience has min_months or min_count",
        )
        for key in given
        if key != "importance" and getattr(req, key, None) is None
    ]


def _check_added(
    doc: Document,
    at: tuple[str | int, ...],
    req: Requirement,
    override: LevelOverride,
    reqs: dict[str, Requirement],
    index: CatalogIndex,
) -> list[Problem]:
    problems = []
    if req.key in reqs:
        problems.append(
            doc.problem(
                at,
                f"'{override.role}' already asks for '{req.key}'",
                hint="change it under 'change:' instead of adding it again",
            )
        )
    if not req.source:
        problems.append(
            doc.problem(
                at,
                f"the added requirement '{req.key}' cites no source",
                hint="say where it comes from: 'source: <a public reference>'",
            )
        )
    if isinstance(req, SkillRequirement):
        refs: list[tuple[tuple[str | int, ...], str]] = (
            [(("skill",), req.skill)] if req.skill else []
        )
        refs += [(("any_of", i), ref) for i, ref in enumerate(req.any_of or [])]
        for sub, ref in refs:
            if ref is not None and ref not in index.skills:
                close = suggest(ref, index.skills)
                problems.append(
                    doc.problem(
                        (*at, *sub),
                        f"unknown skill '{ref}'",
                        hint=f"did you mean '{close}'?"
                        if close
                        else "define the skill under 'skills:'",
                    )
                )
    return problems


def _unknown_requirement(
    doc: Document,
    loc: tuple[str | int, ...],
    key: str,
    override: LevelOverride,
    reqs: dict[str, Requirement],
) -> Problem:
    close = suggest(key, reqs)
    return doc.problem(
        loc,
        f"'{override.role}' has no requirement '{key}'",
        hint=f"did you mean '{close}'?" if close else "name one of the role's requirement ids",
    )
