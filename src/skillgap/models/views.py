"""The reports of the other commands: ``plan``, ``roles show``, ``match``, ``compare``, ``skills``.

Apart from :mod:`skillgap.models.result` so that ``assess`` does not build their classes.
"""

import datetime as dt
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from skillgap.models.common import Category, Importance, Seniority, new_list
from skillgap.models.result import (
    SCHEMA_VERSION,
    CatalogInfo,
    InputFile,
    Out,
    Plan,
    Readiness,
    RequirementKind,
    ReviewSummary,
    RoleRef,
    Version,
    Warning,
    without_none,
)


class PlanReport(Out):
    """``skillgap plan``: the plan alone, with who it is for and where they stand."""

    schema_version: Version = SCHEMA_VERSION
    profile: str
    role: RoleRef
    as_of: dt.date | None = None
    catalog: CatalogInfo | None = None
    score: float
    evidenced_score: float | None = None
    readiness: Readiness
    plan: Plan
    warnings: list[Warning] = Field(default_factory=new_list)
    inputs: list[InputFile] = Field(default_factory=new_list)


class RequirementView(Out):
    """One requirement of a role as the catalog states it."""

    id: str
    category: Category
    kind: RequirementKind
    name: str
    importance: Importance
    target: str
    skills: list[str] = Field(default_factory=new_list)
    source: str | None = None


class FactView(Out):
    """A fact about a role, with its source."""

    label: str
    value: str
    source: str


class LevelChangeView(Out):
    """One requirement that a level asks differently from mid."""

    id: str
    name: str
    mid: str = Field(description="What mid asks ('not asked': only this level asks it)")
    target: str = Field(description="What this level asks ('not asked': dropped here)")
    why: str = Field(description="The rule or override that makes the difference, with its source")


class LevelView(Out):
    """One level of a role: its name, what it means, and what differs from mid."""

    level: Seniority
    name: str
    summary: str | None = None
    ready_score: float
    source: str | None = Field(default=None, description="Where the level's rule comes from")
    changes: list[LevelChangeView] = Field(default_factory=new_list)


class RoleView(Out):
    """``skillgap roles show``: a role, its lineage, facts and resolved requirements."""

    schema_version: Version = SCHEMA_VERSION
    id: str
    name: str
    summary: str | None
    extends: str | None
    lineage: list[str]
    industries: list[str]
    facts: list[FactView]
    weights: dict[str, float]
    ready_score: float
    requirements: list[RequirementView]
    catalog: CatalogInfo | None = None
    level: Seniority | None = Field(
        default=None, description="The level shown (absent: the role as written, mid)"
    )
    levels: list[LevelView] | None = Field(
        default=None, description="The role's levels and what each changes from mid"
    )

    @model_serializer(mode="wrap")
    def _levels_when_known(self, handler: SerializerFunctionWrapHandler) -> Any:
        return without_none(handler(self), ("level", "levels"))


class MatchEntry(Out):
    """One role in a ``match`` ranking."""

    rank: int
    role: RoleRef
    score: float
    evidenced_score: float | None = None
    readiness: Readiness
    blockers: list[str] = Field(description="Names of the unmet essential requirements")
    hours_to_ready: float | None
    total_hours: float
    ready_on: dt.date | None
    ready_level: Seniority | Literal["none"] | None = Field(
        default=None,
        description="match --all-levels: the highest level ready for now ('none': none yet); "
        "the rest of the entry is about the next level up (role.level)",
    )
    months_to_ready: float | None = Field(
        default=None, description="Calendar months from the start to ready_on (None: never)"
    )

    @model_serializer(mode="wrap")
    def _ladder_when_asked(self, handler: SerializerFunctionWrapHandler) -> Any:
        return without_none(handler(self), ("ready_level",))


class MatchReport(Out):
    """``skillgap match``: every role ranked by score, with the time each needs."""

    schema_version: Version = SCHEMA_VERSION
    profile: str
    start_date: dt.date
    as_of: dt.date | None = None
    catalog: CatalogInfo | None = None
    hours_per_week: float
    ranking: list[MatchEntry]
    warnings: list[Warning] = Field(default_factory=new_list)
    inputs: list[InputFile] = Field(default_factory=new_list)


class Snapshot(Out):
    """One side of a comparison."""

    profile: str
    role: RoleRef
    as_of: dt.date | None = None
    score: float
    readiness: Readiness
    source: str = Field(description="The file it was read from")


class CategoryChange(Out):
    """A category's score before and after."""

    category: Category
    old: float
    new: float
    change: float


class LevelChange(Out):
    """A required skill whose counted level changed."""

    id: str
    name: str
    old: int
    new: int


class Mover(Out):
    """A requirement and how much it moved the overall score."""

    id: str
    name: str
    change: float = Field(description="Change in overall-score points")


class Comparison(Out):
    """``skillgap compare``: progress between two assessments of the same role."""

    schema_version: Version = SCHEMA_VERSION
    old: Snapshot
    new: Snapshot
    score_change: float
    categories: list[CategoryChange]
    gaps_closed: list[str]
    gaps_opened: list[str]
    blockers_removed: list[str]
    blockers_added: list[str]
    level_changes: list[LevelChange]
    steps_completed: list[str] = Field(
        description="Steps of OLD's plan that NEW's own claims meet (progress, not a review)"
    )
    movers: list[Mover]
    review: ReviewSummary | None = Field(default=None, description="A review applied to 'new'")
    review_changes: list[str] = Field(
        default_factory=new_list, description="Levels the review set, and its comments"
    )
    steps_met_by_review: list[str] = Field(
        default_factory=new_list,
        description="Steps of OLD's plan met only because the review verified a level",
    )
    warnings: list[str] = Field(
        default_factory=new_list, description="What makes the two hard to compare, e.g. two names"
    )


class SkillUse(Out):
    """One role's requirement of a skill: the level and importance it asks for."""

    role: str = Field(description="Role id")
    role_name: str
    requirement: str = Field(description="The requirement's id")
    level: int
    importance: Importance
    any_of: list[str] = Field(
        default_factory=new_list, description="The group's skill ids when any one of them will do"
    )
    at_least: int | None = Field(
        default=None,
        description="A k-of-n group: how many of any_of must reach the level (absent: one)",
    )

    @model_serializer(mode="wrap")
    def _k_when_more_than_one(self, handler: SerializerFunctionWrapHandler) -> Any:
        return without_none(handler(self), ("at_least",))


class SkillView(Out):
    """A skill of the catalog: the names it goes by and the roles that need it."""

    id: str
    name: str
    category: str
    aliases: list[str]
    description: str | None = None
    needed_by: list[SkillUse] = Field(description="Roles that require it (empty: none does)")


class SkillsReport(Out):
    """``skillgap skills [QUERY]``: the catalog's skills, or those a query finds."""

    schema_version: Version = SCHEMA_VERSION
    query: str | None = None
    catalog: CatalogInfo | None = None
    total: int = Field(description="How many skills the catalog has")
    counts_as: list[str] = Field(
        default_factory=new_list,
        description="The skill ids a profile writing the query counts it as (empty: a "
        "profile would not count it; the skills listed are what it may mean)",
    )
    skills: list[SkillView]
