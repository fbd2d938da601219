"""Seniority: every role at junior, mid and senior level, derived from the role as written.

The catalog's roles describe a mid-level hire. A level's rule (the catalog's ``levels:``)
moves every role's targets the same way; an override (``level_overrides:``) changes, adds
or drops what one role asks at one level, so a senior can be asked for system design that a
junior does not need. The result is an ordinary :class:`Role`, with no ``extends``, under the
same id: :func:`at_level` gives a view of the catalog whose roles are the roles at one level,
so scoring, the plan and the renderers work on it unchanged. Mid without a rule or an
override is the catalog as written, number for number.
"""

from __future__ import annotations

import copy
import math
import weakref
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.errors import InputError, Problem, UsageError, expect_type
from skillgap.inputs.loader import Document
from skillgap.models.catalog import (
    Catalog,
    ExperienceRequirement,
    Fact,
    LevelChange,
    LevelOverride,
    LevelRule,
    Requirement,
    Requirements,
    Role,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import CATEGORIES, SENIORITIES, Importance, Seniority, level_label
from skillgap.names import suggest

#: Importances from the most to the least binding.
_RANK: Final[dict[Importance, int]] = {"essential": 0, "important": 1, "useful": 2}
_VIEWS: weakref.WeakKeyDictionary[CatalogIndex, dict[str, CatalogIndex]] = (
    weakref.WeakKeyDictionary()
)


def levels_of(index: CatalogIndex) -> tuple[Seniority, ...]:
    """The levels the catalog describes: mid (its roles as written) and each level with a rule."""
    ruled = {r.level for r in index.catalog.levels}
    return tuple(s for s in SENIORITIES if s == "mid" or s in ruled)


def check_level(index: CatalogIndex, level: str) -> Seniority:
    """``level`` as a seniority this catalog describes; else a usage error naming them."""
    text = level.strip().lower()
    for known in levels_of(index):
        if text == known:
            return known
    known_levels = ", ".join(levels_of(index))
    close = suggest(text, levels_of(index))
    raise UsageError(
        f"unknown level '{level[:40]}'",
        f"did you mean '{close}'?" if close else f"this catalog describes {known_levels}",
    )


def chosen_level(
    index: CatalogIndex,
    level: str | None,
    target_level: Seniority | None = None,
    document: Document | None = None,
) -> Seniority | None:
    """The level asked for (``--level``), else the profile's ``target_level``; None: neither.

    An option the catalog does not describe is a usage error (exit 2); a profile's
    ``target_level`` it does not describe is invalid input at the value (exit 3).
    """
    if level is not None:
        expect_type("level", level, str, "junior, mid or senior (str)")
        return check_level(index, level)
    if target_level is None:
        return None
    if target_level in levels_of(index):
        return target_level
    problem = Problem(
        document.source if document else "<profile>",
        *(document.positions.locate(("target_level",)) if document else (0, 0)),
        f"the catalog describes no level '{target_level}'",
        f"use one of {', '.join(levels_of(index))}",
    )
    raise InputError([problem])


def next_level(index: CatalogIndex, level: Seniority) -> Seniority | None:
    """The level above ``level`` that the catalog describes, or None at the top."""
    known = levels_of(index)
    at = known.index(level) if level in known else len(known)
    return known[at + 1] if at + 1 < len(known) else None


def rule(index: CatalogIndex, level: Seniority) -> LevelRule | None:
    """The catalog's rule for ``level`` (None: the roles as written)."""
    return next((r for r in index.catalog.levels if r.level == level), None)


def overrides(index: CatalogIndex, role_id: str, level: Seniority) -> list[LevelOverride]:
    """The overrides the catalog gives ``role_id`` at ``level``, in catalog order."""
    return [o for o in index.catalog.level_overrides if o.role == role_id and o.level == level]


def title(index: CatalogIndex, role_id: str, level: Seniority) -> str:
    """The role's name at ``level`` ("Junior Machine Learning Engineer")."""
    found = rule(index, level)
    name = index.role(role_id).name
    return found.title.replace("{role}", name) if found is not None else name


def derive(index: CatalogIndex, role_id: str, level: Seniority) -> Role:
    """The role ``role_id`` at ``level``: the mid role resolved, the rule, then the overrides."""
    mid = index.role(role_id)
    found = rule(index, level)
    reqs = mid.requirements
    if found is not None:
        reqs = _by_rule(reqs, found)
    for override in overrides(index, role_id, level):
        reqs = _overridden(reqs, override)
    facts = list(mid.role.facts)
    if found is not None:
        fact = Fact.model_construct(label="Seniority", value=found.summary, source=found.source)
        facts = [fact, *(f for f in facts if f.label != "Seniority")]
    return Role.model_construct(
        id=mid.id,
        name=title(index, role_id, level),
        summary=mid.summary,
        extends=None,
        exclude=[],
        weights=mid.weights,
        ready_score=min(
            100.0, max(0.0, mid.ready_score + (found.ready_score_step if found else 0))
        ),
        industries=list(mid.industries),
        facts=facts,
        requirements=reqs,
    )


def at_level(index: CatalogIndex, level: Seniority) -> CatalogIndex:
    """The catalog with every role at ``level``: same ids, names, skills and sources.

    Made once per catalog and level. Scoring, the plan and the reports take it where they
    take the catalog.
    """
    base = index.base if isinstance(index, _AtLevel) else index
    views = _VIEWS.setdefault(base, {})
    if level not in views:
        roles = [derive(base, role_id, level) for role_id in base.roles]
        view = _AtLevel.__new__(_AtLevel)
        view.__dict__.update(copy.copy(base.__dict__))
        view.base = base
        view.catalog = base.catalog.model_copy(update={"roles": roles})
        view.roles = {r.id: r for r in roles}
        view._resolved = {}  # the view resolves its own roles
        views[level] = view
    return views[level]


class _AtLevel(CatalogIndex):
    """The catalog with its roles at one level; a role's name finds it as the catalog names it."""

    base: CatalogIndex

    def find_role(self, name: str) -> str | None:
        """The id of the role called ``name`` in the catalog ("Machine Learning Engineer")."""
        return self.base.find_role(name)


class LevelDifference(NamedTuple):
    """One requirement that differs between mid and another level."""

    id: str
    requirement: Requirement  # as asked at the other level (at mid when it is dropped there)
    mid: str  # what mid asks, in words ("not asked" when it is added)
    other: str  # what the other level asks ("not asked" when it is dropped)
    source: str  # the requirement's whole source, the level's note last
    why: str  # the level's note alone: the rule or override, with its source


def differences(index: CatalogIndex, role_id: str, level: Seniority) -> list[LevelDifference]:
    """What ``role_id`` asks at ``level`` that it does not ask at mid, one requirement a line."""
    mid = {r.key: r for r in all_requirements(index.role(role_id).requirements)}
    there = {r.key: r for r in all_requirements(resolved_at(index, role_id, level).requirements)}
    found = []
    for key in [*mid, *(k for k in there if k not in mid)]:
        old, new = mid.get(key), there.get(key)
        if old is not None and new is not None and _target(old) == _target(new):
            continue
        shown = new if new is not None else old
        assert shown is not None
        found.append(
            LevelDifference(
                id=key,
                requirement=shown,
                mid=_target(old) if old is not None else "not asked",
                other=_target(new) if new is not None else "not asked",
                source=shown.source or "",
                why=_why(shown.source or "", level, added=old is None),
            )
        )
    return found


def _why(source: str, level: str, *, added: bool) -> str:
    """The part of a source that says why the level differs (an added one: all of it)."""
    at = source.rfind(f"{level} level")
    if at < 0 or added:
        return source
    note = source[at:]
    cut = note.find(" by the level rule (")  # the rule's own source is given once, with it
    return note[:cut] + " by the level rule" if cut >= 0 else note


def _target(req: Requirement) -> str:
    """What a requirement asks, with its importance, in words."""
    if isinstance(req, SkillRequirement):
        what = level_label(req.level)
    elif isinstance(req, ExperienceRequirement):
        what = _amount(req)
    else:
        what = "as written"
    return f"{what}, {req.importance}"


def _amount(req: ExperienceRequirement) -> str:
    if req.min_months is not None:
        months = req.min_months
        if months >= 12 and months % 12 == 0:
            return f"{months / 12:g} years"
        return f"{months:g} months"
    return f"{req.min_count} item{'s' if req.min_count != 1 else ''}"


# --- the rule ------------------------------------------------------------------------------


def _by_rule(reqs: Requirements, found: LevelRule) -> Requirements:
    return Requirements.model_construct(
        skills=[_skill(r, found) for r in reqs.skills],
        education=list(reqs.education),
        certifications=list(reqs.certifications),
        experience=[_experience(r, found) for r in reqs.experience],
    )


def moved_level(req: SkillRequirement, found: LevelRule) -> int:
    """A skill target at the rule's level: moved by the step, within the cap and the floor."""
    target = req.level
    if found.skill_step == 0 or target < found.skill_from:
        return target
    if found.importances and req.importance not in found.importances:
        return target
    moved = target + found.skill_step
    if found.skill_step > 0:
        return min(moved, max(target, found.skill_cap))
    return max(moved, 1)


def _skill(req: SkillRequirement, found: LevelRule) -> SkillRequirement:
    level = moved_level(req, found)
    if level == req.level:
        return req
    note = f"{found.level} level: {req.level} → {level} by the level rule ({found.source})"
    return req.model_copy(update={"level": level, "source": _cite(req.source, note)})


def _experience(req: ExperienceRequirement, found: LevelRule) -> ExperienceRequirement:
    update: dict[str, object] = {}
    if req.min_months is not None and found.months_factor != 1:
        update["min_months"] = max(1.0, round(req.min_months * found.months_factor, 1))
    if req.min_count is not None and found.count_factor != 1:
        update["min_count"] = max(1, min(100, math.ceil(req.min_count * found.count_factor)))
    cap = found.months_at_most
    if req.min_months is not None and cap is not None and _RANK[req.importance] < _RANK[cap]:
        update["importance"] = cap
    if not update:
        return req
    moved = req.model_copy(update=update)
    note = f"{found.level} level: {_amount(req)} → {_amount(moved)}"
    if "importance" in update:
        note += f", {req.importance} → {cap}"
    note += f" by the level rule ({found.source})"
    name = f"{_base_name(req.name)}, {_amount(moved)} at {found.level} level" if req.name else None
    return moved.model_copy(update={"source": _cite(req.source, note), "name": name})


def _base_name(name: str) -> str:
    """A name without a closing remark on the mid level ("... (2 years for a mid-level hire)")."""
    if name.endswith(")") and "(" in name and "mid-level" in name.rsplit("(", 1)[1]:
        return name.rsplit("(", 1)[0].rstrip()
    return name


def _cite(source: str | None, note: str) -> str:
    return f"{source}; {note}" if source else note


# --- the overrides -------------------------------------------------------------------------


def _overridden(reqs: Requirements, override: LevelOverride) -> Requirements:
    changes = {c.id: c for c in override.change}
    merged: dict[str, Any] = {}
    for category in CATEGORIES:
        kept = [
            _changed(r, changes[r.key], override) if r.key in changes else r
            for r in getattr(reqs, category)
            if r.key not in override.exclude
        ]
        merged[category] = [*kept, *getattr(override.add, category)]
    return Requirements.model_construct(**merged)


def _changed(req: Requirement, change: LevelChange, override: LevelOverride) -> Requirement:
    update: dict[str, object] = {}
    for key in ("level", "importance", "min_months", "min_count"):
        value = getattr(change, key)
        if value is not None and key in type(req).model_fields:
            update[key] = value
    note = f"{override.level} level, overridden: {change.source}"
    update["source"] = _cite(req.source, note)
    if (
        isinstance(req, ExperienceRequirement)
        and req.name
        and {"min_months", "min_count"} & set(update)
    ):
        moved = req.model_copy(update=update)
        assert isinstance(moved, ExperienceRequirement)
        update["name"] = f"{_base_name(req.name)}, {_amount(moved)} at {override.level} level"
    return req.model_copy(update=update)


# --- checking a catalog's levels (``validate``) ---------------------------------------------


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


def resolved_at(index: CatalogIndex, role_id: str, level: Seniority) -> ResolvedRole:
    """The role ``role_id`` at ``level``, resolved as scoring takes it."""
    return at_level(index, level).role(role_id)
