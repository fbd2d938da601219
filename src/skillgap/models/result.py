"""The assessment result: the contract between the engine and every renderer."""

import datetime as dt
from typing import Any, Final, Literal

from pydantic import ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer
from pydantic.json_schema import SkipJsonSchema

from skillgap.models.common import (
    HOURS_PER_WEEK_RANGE,
    Category,
    Day,
    ExperienceKind,
    Importance,
    Plain,
    Seniority,
    new_list,
)

#: The version of the JSON skillgap writes. 1.1 (catalog 2.2, issue 25) added a role's level:
#: ``role.level`` in a result, ``ready_level`` and ``levels`` in match and roles show, a
#: batch record's ``level``; each is absent when no level was asked for.
SCHEMA_VERSION: Final = "1.1"
#: The versions a saved result may have: a 1.0 result, written before 1.1, reads as it is
#: (the fields 1.1 added are optional, and it has none of them or one main wrote as 1.0).
READABLE_VERSIONS: Final = ("1.0", "1.1")
Version = Literal["1.1"]

Status = Literal["met", "partial", "missing"]
Readiness = Literal["ready", "nearly_ready", "not_ready"]
Confidence = Literal["self", "evidenced", "verified", "inferred"]
Trust = Literal["claimed", "evidenced"]
RequirementKind = Literal["skill", "skill_group", "degree", "certification", "experience"]


class Out(Plain):
    """Base of result models: immutable, and strict when a saved result is read back."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RequirementResult(Out):
    """How one requirement of the role is met, with the points it earns and why."""

    id: str
    kind: RequirementKind
    category: Category
    name: str
    importance: Importance
    required: str = Field(description="What the role asks for, in words")
    have: str = Field(description="What the profile has towards it, in words")
    target_level: int | None = Field(default=None, description="Skills: the level required")
    current_level: int | None = Field(default=None, description="Skills: the level counted")
    member: str | None = Field(
        default=None,
        description="Any-of groups and certifications: the id of the member that counts "
        "(k-of-n groups: the k-th best, whose level is current_level; None when not held)",
    )
    counted: list[str] | None = Field(
        default=None,
        description="k-of-n skill groups (at_least above 1): the members held among the "
        "best k, which count, best first (absent for every other requirement)",
    )
    points: float
    max_points: float
    status: Status
    blocker: bool = Field(description="An essential requirement not fully met")
    explanation: str
    skills: list[str] = Field(default_factory=new_list, description="Catalog skill ids involved")
    source: str | None = None
    claimed_level: int | None = Field(
        default=None, description="Skills: the level the profile claims (before recency, review)"
    )
    confidence: Confidence | None = Field(
        default=None,
        description="Skills: self (a claim), evidenced (work or a certificate backs it), "
        "verified (a mentor's review), inferred (other evidence shows it: catalog 'implies')",
    )
    level_explanation: str | None = Field(
        default=None, description="Why the counted level differs from the claim"
    )
    evidence: list[str] = Field(default_factory=new_list, description="What backs the level")
    note: str | None = Field(default=None, description="The profile's note on the skill")
    review_comment: str | None = Field(default=None, description="The reviewer's comment")

    @model_serializer(mode="wrap")
    def _counted_for_k_of_n(self, handler: SerializerFunctionWrapHandler) -> Any:
        return without_none(handler(self), ("counted",))


class ReviewSummary(Out):
    """The mentor's review applied to a result: who, when, and their overall comment."""

    reviewer: str
    date: dt.date
    overall: str | None = None
    forced: bool = Field(
        default=False, description="Applied with --force although it is of another profile"
    )


class CategoryResult(Out):
    """The score of one category: skills, education, certifications or experience."""

    category: Category
    score: float = Field(ge=0, le=100)
    points: float
    max_points: float
    weight: float = Field(description="Share of the overall score, in percent")
    requirements: int


class Warning(Out):
    """Something in the input that was understood in a way worth checking."""

    code: str
    message: str
    file: str
    line: int
    column: int
    hint: str | None = None


class NameRead(Out):
    """A skill name the profile wrote that the catalog reads as another name (``Jupyter``)."""

    written: str
    skill: str = Field(description="The catalog skill's id")
    name: str = Field(description="The catalog skill's name")


class InputFile(Out):
    """An input file by name and content hash, so a number can be reproduced."""

    kind: Literal["profile", "catalog", "review"]
    path: str
    sha256: str


class SkillHeld(Out):
    """A catalog skill the profile names that the role does not require: recognised, not scored."""

    id: str
    name: str
    level: int


class CatalogInfo(Out):
    """Which catalog a result was measured against: its version and date, as it states them."""

    version: str | None = None
    date: dt.date | None = None


def provenance(as_of: dt.date | None, catalog: CatalogInfo | None) -> str:
    """``as of 2026-12-01 · catalog 2.0 (2026-11-27)``: what a report's numbers rest on."""
    parts = [f"as of {as_of.isoformat()}"] if as_of else []
    if catalog is not None:
        label = "catalog" + (f" {catalog.version}" if catalog.version else "")
        parts.append(label + (f" ({catalog.date.isoformat()})" if catalog.date else ""))
    return " · ".join(parts)


def without_none(data: Any, keys: tuple[str, ...]) -> Any:
    """``data`` without those of ``keys`` whose value is None: output as it was before them."""
    if isinstance(data, dict):
        for key in keys:
            if data.get(key, 0) is None:
                del data[key]
    return data


class RoleRef(Out):
    """A role by id and name, and its level when one was asked for."""

    id: str
    name: str
    level: Seniority | None = Field(
        default=None,
        description="junior, mid or senior when a level was asked for (absent: the catalog's "
        "role as written, a mid-level hire)",
    )

    @model_serializer(mode="wrap")
    def _level_when_asked(self, handler: SerializerFunctionWrapHandler) -> Any:
        return without_none(handler(self), ("level",))


class ResourceRef(Out):
    """A learning resource named by the catalog."""

    title: str
    kind: str
    provider: str | None = None
    url: str | None = None


StepKind = Literal["skill", "certification", "experience", "degree"]
#: The plan's calendar tracks: weekly study hours, full-time experience, degrees.
Track = Literal["study", "full_time", "degree"]


class PlanStep(Out):
    """One step of the learning plan: what, from → to, effort, gain, dates and why here."""

    number: int
    kind: StepKind
    track: Track = Field(
        description="study: at the weekly hours; full_time and degree: calendar time, "
        "in parallel with study"
    )
    title: str
    target: str = Field(description="Catalog id of the skill, certification, idea or degree")
    level_from: int | None = None
    level_to: int | None = None
    effort_hours: float = Field(
        description="Study hours; for full-time and degree steps, their full-time hours"
    )
    score_gain: float = Field(ge=0, le=100)
    score_after: float = Field(ge=0, le=100)
    start: dt.date
    end: dt.date
    long_term: bool = Field(description="Degrees and full-time experience: months, not weeks")
    underway: bool = Field(
        default=False,
        description="Already part of the person's life, not a new commitment: a degree in "
        "progress being finished, the job they stay in",
    )
    experience_kind: ExperienceKind | None = None
    months: float | None = Field(
        default=None, description="Experience: months it adds; a new degree: months it takes"
    )
    field: str | None = Field(default=None, description="Degree: the field of study it is in")
    serves: list[str] = Field(description="Requirement ids this step raises")
    after: list[int] = Field(description="Numbers of the steps that must come first")
    why: str
    resources: list[ResourceRef] = Field(default_factory=new_list)


class SkippedStep(Out):
    """A step left out of the plan, why, and the score it would have added."""

    title: str
    target: str
    score_gain: float = Field(description="Overall-score points it would add at the plan's end")
    why: str = Field(
        default="skipped at your wish",
        description="Skipped at your wish; or a long commitment (a degree, full-time work) "
        "the route to ready does not need, or one that would mean leaving your job",
    )


class Plan(Out):
    """The learning plan: the quickest route to ready first, then the remaining gaps."""

    start_date: Day
    hours_per_week: float = Field(ge=HOURS_PER_WEEK_RANGE[0], le=HOURS_PER_WEEK_RANGE[1])
    hours_per_week_from: Literal["option", "profile", "default"]
    total_hours: float = Field(ge=0, description="Study hours of every step (the study track)")
    steps: list[PlanStep]
    ready_after_step: int | None = Field(
        description="The step after which the readiness rule says ready (0: ready already)"
    )
    hours_to_ready: float | None = Field(description="Study hours of the route to ready")
    ready_on: dt.date | None = Field(
        description="When the route's last step ends, on whichever track (None: never)"
    )
    months_to_ready: float | None = Field(
        default=None,
        description="Calendar months from the start to ready_on (0: ready already; None: never)",
    )
    complete_on: dt.date
    target_date: dt.date | None = None
    target_reachable: bool | None = None
    hours_per_week_needed: float | None = Field(
        default=None, description="Weekly hours that would make the target date"
    )
    skipped: list[SkippedStep] = Field(
        default_factory=new_list,
        description="Steps left out: at the person's wish, or long commitments the plan "
        "does not give (see each one's why)",
    )
    summary: str

    def tracks(self) -> "list[TrackSpan]":
        """Each track the plan uses, from its first step's start to its last step's end."""
        spans: dict[str, TrackSpan] = {}
        for step in self.steps:
            span = spans.get(step.track)
            spans[step.track] = TrackSpan.model_construct(
                track=step.track,
                name=TRACK_NAMES[step.track],
                start=min(step.start, span.start) if span else step.start,
                end=max(step.end, span.end) if span else step.end,
                steps=(span.steps if span else 0) + 1,
            )
        return [spans[t] for t in TRACK_NAMES if t in spans]


#: How each track is named in reports.
TRACK_NAMES: Final[dict[str, str]] = {
    "study": "study (weekly hours)",
    "full_time": "full-time experience",
    "degree": "degree",
}


class TrackSpan(Out):
    """One track of a plan: when its first step starts and its last one ends."""

    track: Track
    name: str
    start: dt.date
    end: dt.date
    steps: int


class Assessment(Out):
    """One profile assessed against one role."""

    schema_version: Literal["1.0", "1.1"] = Field(
        default=SCHEMA_VERSION, description="1.1 as written; 1.0 for a result saved before levels"
    )
    profile: str = Field(description="The person's name, from the profile")
    role: RoleRef
    as_of: dt.date | None = Field(
        default=None,
        description="The day the profile was judged at (--as-of): certifications expire against it",
    )
    catalog: CatalogInfo | None = Field(default=None, description="The catalog's version and date")
    score: float = Field(ge=0, le=100, description="The headline score (see trust)")
    claimed_score: float | None = Field(
        default=None, description="Counting every level as claimed (after recency and review)"
    )
    evidenced_score: float | None = Field(
        default=None, description="Counting only evidenced or verified skill levels"
    )
    trust: Trust = Field(default="claimed", description="Which of the two is the headline")
    readiness: Readiness
    readiness_rule: str
    blockers: list[str] = Field(description="Ids of unmet essential requirements")
    categories: list[CategoryResult]
    requirements: list[RequirementResult]
    not_required: list[SkillHeld] = Field(
        default_factory=new_list,
        description="Skills of the profile the catalog knows but this role does not require",
    )
    notes: str | None = Field(default=None, description="The profile's notes")
    review: ReviewSummary | None = None
    warnings: list[Warning] = Field(default_factory=new_list)
    inputs: list[InputFile] = Field(default_factory=new_list)
    plan: Plan | None = None
    # For the reports people read, not the JSON contract: neither dumped nor in the schema.
    names_read: SkipJsonSchema[list[NameRead]] = Field(default_factory=new_list, exclude=True)
