"""The catalog indexed: lookups by id and name, and roles resolved through ``extends``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final, NamedTuple

from skillgap.models.catalog import (
    Catalog,
    CertificationDef,
    DegreeLevel,
    FieldOfStudy,
    Requirements,
    Role,
    Skill,
    Weights,
)
from skillgap.models.catalog_rules import RecencyRule
from skillgap.models.common import CATEGORIES, degree_spelling
from skillgap.names import NameTable, norm

DEFAULT_ROLE: Final = "ml-engineer"
DEFAULT_READY_SCORE: Final = 80.0
BUILTIN_NAME: Final = "<built-in catalog>"
#: Without a ``recency`` rule for a skill's category (or ``default``): 3 years and 3 years.
#: Made without validation: validating this literal would build RecencyRule's validator at
#: import, on every start.
DEFAULT_RECENCY: Final = RecencyRule.model_construct(category="default")
#: A role without weights of its own (or inherited) weighs the categories so.
_DEFAULT_WEIGHTS: Final = Weights.model_construct()

Named = Skill | CertificationDef | DegreeLevel | FieldOfStudy
_MISSING: Final = object()
_NAME_CACHE_MAX: Final = 4096


class ResolvedRole(NamedTuple):
    """A role with everything it inherits through ``extends`` merged in."""

    id: str
    name: str
    summary: str | None
    lineage: tuple[str, ...]
    weights: Weights
    ready_score: float
    industries: tuple[str, ...]
    role: Role
    requirements: Requirements


class CatalogSource(NamedTuple):
    """One catalog file that went into a catalog, by name and content hash."""

    path: str
    sha256: str


class CatalogIndex:
    """Look-ups over a checked catalog: names and aliases to ids, roles resolved."""

    def __init__(self, catalog: Catalog, sources: Sequence[CatalogSource] = ()) -> None:
        self.catalog = catalog
        self.sources = tuple(sources)
        self.skills = {s.id: s for s in catalog.skills}
        self.certifications = {c.id: c for c in catalog.certifications}
        self.degrees = {d.id: d for d in catalog.degrees}
        self.degree_rank = {d.id: rank for rank, d in enumerate(catalog.degrees, start=1)}
        self.fields = {f.id: f for f in catalog.fields}
        self.roles = {r.id: r for r in catalog.roles}
        self.recency = {r.category: r for r in catalog.recency}
        self.skill_names = _table(catalog.skills)
        self.certification_names = _table(catalog.certifications)
        self.degree_names = _table(catalog.degrees)
        self.field_names = _table(catalog.fields)
        self._resolved: dict[str, ResolvedRole] = {}
        self._found: dict[tuple[int, str], object] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._suggested: dict[tuple[int, str], str | None] = {}

    def _find(self, table: NameTable, name: str) -> str | None:
        # The same few hundred spellings recur across a batch: remember each one.
        key = (id(table), name)
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            found = table.find(name)
            if len(self._found) < _NAME_CACHE_MAX:  # bounded: flat memory in batch runs
                self._found[key] = found
        return found  # type: ignore[return-value]

    def _suggest(self, table: NameTable, name: str) -> str | None:
        key = (id(table), name)
        if key not in self._suggested:
            if len(self._suggested) >= _NAME_CACHE_MAX:  # bounded, as above
                self._suggested.clear()
            self._suggested[key] = table.suggest(name)
        return self._suggested[key]

    def find_skill(self, name: str) -> str | None:
        """The id of the skill called ``name``: its id, name or alias (see :mod:`.names`)."""
        return self._find(self.skill_names, name)

    def find_skills(self, name: str) -> tuple[str, ...]:
        """Every skill ``name`` counts for in a profile: one, or each member of a list.

        "XGBoost / LightGBM" counts for both; empty if unknown. ``skills NAME`` and profiles
        resolve through it, so the two always agree.
        """
        found = self._members.get(name)
        if found is None:
            found = self.skill_names.find_all(name)
            if len(self._members) < _NAME_CACHE_MAX:  # bounded, as above
                self._members[name] = found
        return found

    def find_certification(self, name: str) -> str | None:
        """The id of the certification called ``name``."""
        return self._find(self.certification_names, name)

    def find_role(self, name: str) -> str | None:
        """The id of the role called ``name``: its id or its name, in any case or punctuation."""
        if name in self.roles:
            return name
        key = norm(name)
        for role_id, role in self.roles.items():
            if key in (norm(role_id), norm(role.name)):
                return role_id
        return None

    def find_degree(self, name: str) -> str | None:
        """The id of the degree level called ``name`` ("MSc", "Master of Science", "MBA")."""
        found = self._find(self.degree_names, name)
        if found is None and (rung := degree_spelling(name)) is not None:
            found = self._find(self.degree_names, rung)
        return found

    def find_field(self, name: str) -> str | None:
        """The id of the field of study called ``name``."""
        return self._find(self.field_names, name)

    def suggest_skill(self, name: str) -> str | None:
        """The display name of the skill ``name`` most likely means, for a "did you mean"."""
        return self._suggest(self.skill_names, name)

    def suggest_certification(self, name: str) -> str | None:
        """The display name of the certification ``name`` most likely means."""
        return self._suggest(self.certification_names, name)

    def suggest_degree(self, name: str) -> str | None:
        """The display name of the degree level ``name`` most likely means."""
        return self._suggest(self.degree_names, name)

    def suggest_field(self, name: str) -> str | None:
        """The display name of the field of study ``name`` most likely means."""
        return self._suggest(self.field_names, name)

    def recency_rule(self, skill_id: str) -> RecencyRule:
        """How the skill fades and how long its evidence counts (its category's rule)."""
        category = self.skills[skill_id].category
        return self.recency.get(category) or self.recency.get("default") or DEFAULT_RECENCY

    def skill_name(self, skill_id: str) -> str:
        """A skill's display name."""
        return self.skills[skill_id].name

    def role(self, role_id: str) -> ResolvedRole:
        """The role with its inherited requirements merged in (the catalog is checked)."""
        if role_id not in self._resolved:
            self._resolved[role_id] = self._resolve(role_id)
        return self._resolved[role_id]

    def _resolve(self, role_id: str) -> ResolvedRole:
        # Iterative, so a long (lint-checked, cycle-free) 'extends' chain cannot exhaust
        # the stack: climb to the first resolved ancestor, then resolve downwards.
        chain = [role_id]
        while True:
            parent_id = self.roles[chain[-1]].extends
            if parent_id is None or parent_id in self._resolved:
                break
            chain.append(parent_id)
        resolved = None
        for rid in reversed(chain):
            role = self.roles[rid]
            parent = self._resolved[role.extends] if role.extends is not None else None
            resolved = _merge(role, parent)
            self._resolved[rid] = resolved
        assert resolved is not None
        return resolved


def _merge(role: Role, parent: ResolvedRole | None) -> ResolvedRole:
    """``role`` with what it inherits from its resolved ``parent`` merged in."""
    if parent is None:
        return ResolvedRole(
            id=role.id,
            name=role.name,
            summary=role.summary,
            lineage=(role.id,),
            weights=role.weights or _DEFAULT_WEIGHTS,
            ready_score=role.ready_score if role.ready_score is not None else DEFAULT_READY_SCORE,
            industries=tuple(role.industries),
            role=role,
            requirements=role.requirements,
        )
    merged: dict[str, Any] = {}
    for category in CATEGORIES:
        inherited = [r for r in getattr(parent.requirements, category) if r.key not in role.exclude]
        own = {r.key: r for r in getattr(role.requirements, category)}
        replaced = [own.pop(r.key, r) for r in inherited]
        merged[category] = [*replaced, *own.values()]
    return ResolvedRole(
        id=role.id,
        name=role.name,
        summary=role.summary or parent.summary,
        lineage=(role.id, *parent.lineage),
        weights=role.weights or parent.weights,
        ready_score=role.ready_score if role.ready_score is not None else parent.ready_score,
        industries=tuple(role.industries) or parent.industries,
        role=role,
        # Checked models already: constructed, not validated again (which would build the
        # requirement models' validators, at a cost of milliseconds, in a short run).
        requirements=Requirements.model_construct(**merged),
    )


def _table(items: Iterable[Named]) -> NameTable:
    return NameTable((item.id, item.name, (item.id, item.name, *item.aliases)) for item in items)
