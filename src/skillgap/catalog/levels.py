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
from collections.abc import Iterable, Sequence
from typing import Any, Final

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.errors import Problem, UsageError
from skillgap.inputs.loader import Document
from skillgap.models.catalog import (
    MAX_WEIGHT,
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
    Weights,
    all_requirements,
)
from skillgap.models.common import CATEGORIES, SENIORITIES, Importance, Seniority
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
    weights = mid.weights
    if found is not None:
        reqs = _by_rule(reqs, found, index)
        weights = _weighed(weights, found)
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
        weights=weights,
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


def amount(req: ExperienceRequirement) -> str:
    """An experience requirement's measure in words: '2 years', '6 months', '3 items'."""
    if req.min_months is not None:
        months = req.min_months
        if months >= 12 and months % 12 == 0:
            return f"{months / 12:g} year{'s' if months != 12 else ''}"
        return f"{months:g} months"
    return f"{req.min_count} item{'s' if req.min_count != 1 else ''}"


# --- the rule ------------------------------------------------------------------------------


def _by_rule(reqs: Requirements, found: LevelRule, index: CatalogIndex) -> Requirements:
    """The role's requirements moved by the rule, then what the rule asks of every role."""
    return Requirements.model_construct(
        skills=[*(_skill(r, found, index) for r in reqs.skills), *found.add.skills],
        education=[*reqs.education, *found.add.education],
        certifications=[*reqs.certifications, *found.add.certifications],
        experience=[*(_experience(r, found) for r in reqs.experience), *found.add.experience],
    )


def _weighed(weights: Weights, found: LevelRule) -> Weights:
    """The role's weights with the experience weight times the rule's factor."""
    if found.experience_weight == 1:
        return weights
    moved = weights.experience * found.experience_weight
    return weights.model_copy(update={"experience": min(MAX_WEIGHT, moved)})


def moved_level(req: SkillRequirement, found: LevelRule, index: CatalogIndex) -> int:
    """A skill target at the rule's level: moved by the step, within the cap and the floor.

    Targets below ``skill_from``, of other importances than the rule's, or whose skills are
    all of a ``fixed`` category, do not move.
    """
    target = req.level
    if found.skill_step == 0 or target < found.skill_from:
        return target
    if found.importances and req.importance not in found.importances:
        return target
    if _of_categories(req, found.fixed, index):
        return target
    moved = target + found.skill_step
    if found.skill_step > 0:
        return min(moved, max(target, found.skill_cap))
    return max(moved, 1)


def capped_importance(req: SkillRequirement, found: LevelRule, index: CatalogIndex) -> Importance:
    """A skill's importance at the level: capped when all its skills are of a capped category.

    At junior, the professional competencies that grow with responsibility (communication,
    strategy, framing a problem for others) are learned on the job, not screened for.
    """
    cap = found.categories_at_most
    if cap is None or _RANK[req.importance] >= _RANK[cap]:
        return req.importance
    return cap if _of_categories(req, found.categories, index) else req.importance


def _of_categories(req: SkillRequirement, categories: list[str], index: CatalogIndex) -> bool:
    """Whether every skill a requirement names is of one of ``categories`` (none: False)."""
    found = {index.skills[m].category for m in req.members if m in index.skills}
    return bool(found) and found <= set(categories)


def _skill(req: SkillRequirement, found: LevelRule, index: CatalogIndex) -> SkillRequirement:
    level = moved_level(req, found, index)
    importance = capped_importance(req, found, index)
    if (level, importance) == (req.level, req.importance):
        return req
    moves = [f"{req.level} → {level}"] if level != req.level else []
    moves += [f"{req.importance} → {importance}"] if importance != req.importance else []
    note = f"{found.level} level: {', '.join(moves)} by the level rule ({found.source})"
    update = {"level": level, "importance": importance, "source": _cite(req.source, note)}
    return req.model_copy(update=update)


def _experience(req: ExperienceRequirement, found: LevelRule) -> ExperienceRequirement:
    update: dict[str, object] = {}
    if req.min_months is not None and found.months_factor != 1:
        update["min_months"] = max(1.0, round(req.min_months * found.months_factor, 1))
    if req.min_count is not None and found.count_factor != 1:
        update["min_count"] = max(1, min(100, math.ceil(req.min_count * found.count_factor)))
    cap = found.months_at_most
    if req.min_months is not None and cap is not None and _RANK[req.importance] < _RANK[cap]:
        update["importance"] = cap
    more = [k for k in found.months_kinds if k not in req.kinds]
    if req.min_months is not None and more:
        update["kinds"] = [*req.kinds, *more]
    if not update:
        return req
    moved = req.model_copy(update=update)
    note = f"{found.level} level: {amount(req)} → {amount(moved)}"
    if "importance" in update:
        note += f", {req.importance} → {cap}"
    if "kinds" in update:
        note += f", {' and '.join(_KIND_WORDS.get(k, k) for k in more)} count too"
    note += f" by the level rule ({found.source})"
    name = f"{_base_name(req.name)}, {amount(moved)} at {found.level} level" if req.name else None
    return moved.model_copy(update={"source": _cite(req.source, note), "name": name})


#: Experience kinds in words, for a rule's note.
_KIND_WORDS: Final = {"open_source": "open-source work"} | {
    k: f"{k}s" for k in ("project", "internship", "job", "competition", "publication")
}


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
        update["name"] = f"{_base_name(req.name)}, {amount(moved)} at {override.level} level"
    return req.model_copy(update=update)


def resolved_at(index: CatalogIndex, role_id: str, level: Seniority) -> ResolvedRole:
    """The role ``role_id`` at ``level``, resolved as scoring takes it."""
    return at_level(index, level).role(role_id)


# --- checking a catalog's levels (``validate``) ---------------------------------------------

Loc = tuple[str | int, ...]
_CHANGEABLE: Final = ("level", "importance", "min_months", "min_count")


def check(parts: Sequence[tuple[Document, Catalog]], index: CatalogIndex) -> list[Problem]:
    """Every problem of the catalog's level rules and overrides, at its position.

    ``index`` holds the catalog's roles (resolved through ``extends``), skills and fields.
    """
    problems: list[Problem] = []
    rules: dict[str, tuple[str, LevelRule]] = {}
    for doc, cat in parts:
        for i, found in enumerate(cat.levels):
            if found.level in rules:
                first = rules[found.level][0]
                message = f"a second rule for level '{found.level}' (first in {first})"
                problems.append(
                    doc.problem(("levels", i, "level"), message, hint="give each level one rule")
                )
            rules.setdefault(found.level, (doc.source, found))
            problems += _check_rule(doc, ("levels", i), found, index)
    for doc, cat in parts:
        for i, override in enumerate(cat.level_overrides):
            ruled = rules.get(override.level)
            rule_of = ruled[1] if ruled else None
            problems += _check_override(doc, ("level_overrides", i), override, index, rule_of)
    return problems


def _unknown(
    doc: Document, loc: Loc, what: str, name: str, known: Iterable[str], hint: str
) -> Problem:
    """An unknown name, with the nearest known one as the hint when there is one."""
    close = suggest(name, sorted(known))
    return doc.problem(loc, f"{what} '{name}'", hint=f"did you mean '{close}'?" if close else hint)


def _check_rule(doc: Document, loc: Loc, found: LevelRule, index: CatalogIndex) -> list[Problem]:
    problems: list[Problem] = []
    moves = [found.skill_step, found.months_factor - 1, found.count_factor - 1]
    moves += [found.ready_score_step, found.experience_weight - 1, len(found.months_kinds)]
    moves += [len(list(all_requirements(found.add))), found.categories_at_most is not None]
    if found.level == "mid" and (any(moves) or found.months_at_most is not None):
        message = "the mid level is the catalog's roles as written: its rule moves nothing"
        hint = "change a role's requirements in its own file, or with an override"
        problems.append(doc.problem(loc, message, hint=hint))
    known = {s.category for s in index.skills.values()}
    problems += [
        _unknown(
            doc,
            (*loc, key, j),
            "no skill is of the category",
            category,
            known,
            "name a skill category of the catalog",
        )
        for key in ("fixed", "categories")
        for j, category in enumerate(getattr(found, key))
        if category not in known
    ]
    asked = {
        r.key: role for role in index.roles for r in all_requirements(index.role(role).requirements)
    }
    for category in CATEGORIES:
        for j, req in enumerate(getattr(found.add, category)):
            problems += _check_added(
                doc, (*loc, "add", category, j), req, asked.get(req.key), index
            )
    return problems


def _check_override(
    doc: Document, loc: Loc, override: LevelOverride, index: CatalogIndex, ruled: LevelRule | None
) -> list[Problem]:
    if override.role not in index.roles:
        return [
            _unknown(
                doc,
                (*loc, "role"),
                "unknown role",
                override.role,
                index.roles,
                "name a role of the catalog",
            )
        ]
    problems: list[Problem] = []
    if override.level != "mid" and ruled is None:
        message = f"no rule for level '{override.level}' in the catalog"
        hint = "add it under 'levels:' so the level's other targets are derived too"
        problems.append(doc.problem((*loc, "level"), message, hint=hint))
    added = all_requirements(ruled.add) if ruled is not None else []
    reqs = {r.key: r for r in [*all_requirements(index.role(override.role).requirements), *added]}
    hint = "name one of the role's requirement ids"
    what = f"'{override.role}' has no requirement"
    for j, change in enumerate(override.change):
        req = reqs.get(change.id)
        if req is None:
            problems.append(_unknown(doc, (*loc, "change", j, "id"), what, change.id, reqs, hint))
        else:
            problems += _check_change(doc, (*loc, "change", j), change, req)
    problems += [
        _unknown(doc, (*loc, "exclude", j), what, key, reqs, hint)
        for j, key in enumerate(override.exclude)
        if key not in reqs
    ]
    for category in CATEGORIES:
        for j, req in enumerate(getattr(override.add, category)):
            owner = override.role if req.key in reqs else None
            problems += _check_added(doc, (*loc, "add", category, j), req, owner, index)
    return problems


def _check_change(doc: Document, at: Loc, change: LevelChange, req: Requirement) -> list[Problem]:
    given = [k for k in _CHANGEABLE if getattr(change, k) is not None]
    if not given:
        message = f"the change of '{change.id}' changes nothing"
        return [doc.problem(at, message, hint="give a level, importance, min_months or min_count")]
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
    doc: Document, at: Loc, req: Requirement, owner: str | None, index: CatalogIndex
) -> list[Problem]:
    """An added requirement: new to the role (``owner`` already asks for it), sourced, known."""
    problems = []
    if owner is not None:
        message = f"'{owner}' already asks for '{req.key}'"
        problems.append(
            doc.problem(at, message, hint="change it under 'change:' instead of adding it again")
        )
    fields = {f.id for f in index.catalog.relevance}
    if isinstance(req, ExperienceRequirement) and req.relevance and req.relevance not in fields:
        problems.append(
            _unknown(
                doc,
                (*at, "relevance"),
                "unknown field of work",
                req.relevance,
                fields,
                "define it under 'relevance:'",
            )
        )
    if not req.source:
        message = f"the added requirement '{req.key}' cites no source"
        problems.append(
            doc.problem(at, message, hint="say where it comes from: 'source: <a public reference>'")
        )
    if isinstance(req, SkillRequirement):
        refs: list[tuple[Loc, str]] = [(("skill",), req.skill)] if req.skill else []
        refs += [(("any_of", i), ref) for i, ref in enumerate(req.any_of or [])]
        problems += [
            _unknown(
                doc,
                (*at, *sub),
                "unknown skill",
                ref,
                index.skills,
                "define the skill under 'skills:'",
            )
            for sub, ref in refs
            if ref not in index.skills
        ]
    return problems
