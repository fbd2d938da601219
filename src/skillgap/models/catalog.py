"""The catalog: a skill dictionary and the roles that require those skills."""

import datetime as dt
from typing import Annotated, Any, Final, Literal

from pydantic import ConfigDict, Field, ValidationInfo, field_validator, model_validator

from skillgap.models.catalog_rules import Id, Implication, RecencyRule, Relevance, Text, at_least_of
from skillgap.models.common import (
    MAX_LEVEL,
    NOT_A_FLAG,
    ExperienceKind,
    Importance,
    Level,
    Seniority,
    Strict,
    new_list,
    or_shorthand,
)

# Bounds on what a learning plan can lay out: a catalog beyond them is refused when it
# is read, with the position of the value, rather than producing a plan no one can date.
#: Hours for one level step of a skill: three years of full-time study (an expert's
#: last step is measured in years).
MAX_STEP_HOURS: Final = 5_000
#: Hours for a degree rung, a certification or a project idea: a doctorate, full time.
MAX_EFFORT_HOURS: Final = 10_000
#: Rungs of the degree ladder, over all files of a catalog.
MAX_DEGREE_RUNGS: Final = 12
#: Members of one skill group, and of a role's groups together, inherited ones too (3 groups
#: of 200 took 5 s to plan, 60 of 50 took 2 s; the shipped roles: 5 and 42 at most).
MAX_GROUP_MEMBERS: Final = 50
MAX_ROLE_GROUP_MEMBERS: Final = 300
#: Skills in one chain of prerequisites (a needs b needs c ...).
MAX_PREREQUISITE_CHAIN: Final = 30
#: Roles in one chain of 'extends' (a role, its parent, its parent's parent ...).
MAX_EXTENDS_CHAIN: Final = 30
#: A category's weight: weights are relative, so this only keeps their sum finite.
MAX_WEIGHT: Final = 1_000_000

_WEIGHT: Final = (
    f"a category's share, relative to the others: a finite number 0-{MAX_WEIGHT:,}, "
    "e.g. skills 60, education 15, certifications 5, experience 20"
)
_EFFORT: Final = f"Hours it takes, above 0 and at most {MAX_EFFORT_HOURS:,}"
StepHours = Annotated[float, Field(gt=0, le=MAX_STEP_HOURS, allow_inf_nan=False)]
Hours = Annotated[float, Field(gt=0, le=MAX_EFFORT_HOURS, allow_inf_nan=False)]
Weight = Annotated[float, Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)]


class LevelAnchor(Strict):
    """One point of the 0-5 scale and what it means, like O*NET's level anchors."""

    level: Annotated[int, Field(ge=0, le=MAX_LEVEL)]
    name: Text
    description: Text


class Resource(Strict):
    """A named course, book or documentation page; URLs are shown, never fetched."""

    title: Text
    kind: Literal["course", "book", "docs", "tutorial", "video", "practice", "community"]
    provider: Text | None = None
    url: Text | None = None


class Prerequisite(Strict):
    """A skill at a level that should come before another skill (or just its id: level 2)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        json_schema_extra=or_shorthand({"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$"}),
    )

    skill: Id
    level: Level = 2

    @model_validator(mode="before")
    @classmethod
    def _bare_id(cls, value: Any) -> Any:
        """``prerequisites: [python]`` means python at level 2 (novice)."""
        return {"skill": value} if isinstance(value, str) else value


class Skill(Strict):
    """A skill of the dictionary."""

    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=new_list)
    category: Id
    description: Text | None = None
    prerequisites: list[Prerequisite] = Field(default_factory=new_list)
    effort_hours: StepHours | list[StepHours] = Field(
        default=40,
        description="Hours to climb one level: one number for every step, or five (0→1 … 4→5), "
        f"each above 0 and at most {MAX_STEP_HOURS:,}",
    )
    levels: dict[Annotated[int, Field(ge=1, le=MAX_LEVEL)], Text] = Field(
        default_factory=dict, description="What each level means for this skill"
    )
    resources: list[Resource] = Field(default_factory=new_list)
    onet: Text | None = Field(default=None, description="Comparable O*NET element id")
    sfia: Text | None = Field(default=None, description="Comparable SFIA skill code")

    @model_validator(mode="after")
    def _five_steps(self) -> "Skill":
        if isinstance(self.effort_hours, list) and len(self.effort_hours) != MAX_LEVEL:
            raise ValueError(f"effort_hours lists one number per level step: {MAX_LEVEL} numbers")
        return self

    def step_hours(self, level_from: int) -> float:
        """Hours to go from ``level_from`` to the next level."""
        if isinstance(self.effort_hours, list):
            return self.effort_hours[level_from]
        return self.effort_hours


class DegreeLevel(Strict):
    """A rung of the degree ladder; the list order is the ladder's order, lowest first."""

    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=new_list)
    effort_hours: Hours | None = Field(default=None, description=_EFFORT)


class FieldOfStudy(Strict):
    """A field of study a degree can be in."""

    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=new_list)


class ValidityRule(Strict):
    """An issuer's earlier policy: certificates earned before a day stay valid longer."""

    earned_before: dt.date = Field(
        description="The policy covers certificates earned before this day"
    )
    years: Annotated[float, Field(gt=0, le=100)] = Field(
        description="Years a certificate earned under the policy stays valid"
    )


class CertificationDef(Strict):
    """A certification people can earn (or could: a retired one still counts for holders)."""

    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=new_list)
    issuer: Text | None = None
    status: Literal["active", "retired"] = Field(
        default="active",
        description="retired: no longer offered; it still counts for people who hold it, "
        "and the plan never suggests it",
    )
    retired_on: dt.date | None = Field(
        default=None, description="The day it stopped being offered (status: retired)"
    )
    validity_years: Annotated[float, Field(gt=0, le=100)] | None = Field(
        default=None,
        description="Years it stays valid after it is earned (none: it does not expire)",
    )
    validity_rules: list[ValidityRule] = Field(
        default_factory=new_list,
        description="Earlier policies by the day a certificate was earned: the rule with the "
        "earliest 'earned_before' after that day gives its years, else validity_years",
    )
    renewal: Text | None = Field(
        default=None,
        description="How holders keep it current, when that is not a new exam by a date "
        "(continuing-education credits each term): it does not lapse on a date alone",
    )
    url: Text | None = None
    source: Text | None = Field(
        default=None, description="Where the status and validity come from (a page, its date)"
    )
    effort_hours: Hours | None = Field(default=None, description=_EFFORT)
    notes: Text | None = None
    skills: list[Id] = Field(
        default_factory=new_list, description="Skills holding it is evidence of (within the window)"
    )

    @model_validator(mode="after")
    def _retired_on_retired(self) -> "CertificationDef":
        if self.retired_on is not None and self.status != "retired":
            raise ValueError("'retired_on' is given, so 'status' must be 'retired'")
        return self

    @property
    def is_current(self) -> bool:
        """Still offered: a plan may suggest it (a retired one still counts for holders)."""
        return self.status == "active"

    def validity_for(self, earned: dt.date) -> float | None:
        """Years a certificate earned on ``earned`` stays valid, by the policy of that day."""
        for rule in sorted(self.validity_rules, key=lambda r: r.earned_before):
            if earned < rule.earned_before:
                return rule.years
        return self.validity_years

    def expires_on(self, earned: dt.date) -> dt.date | None:
        """The last day a certificate earned on ``earned`` is valid (None: it does not expire)."""
        years = self.validity_for(earned)
        return None if years is None else add_years(earned, years)


def add_years(day: dt.date, years: float) -> dt.date:
    """``day`` plus ``years`` (whole years by the calendar, a fraction in days)."""
    whole = int(years)
    try:
        moved = day.replace(year=day.year + whole)
    except ValueError:  # 29 February into a year that has none
        moved = day.replace(year=day.year + whole, day=28)
    return moved + dt.timedelta(days=round((years - whole) * 365.25))


class SkillRequirement(Strict):
    """A skill at a target level, or an any-of group: the best one, or ``at_least`` of them."""

    name: Text | None = Field(default=None, description="Display name (default: generated)")
    id: Id | None = None
    skill: Id | None = None
    any_of: list[Id] | None = Field(default=None, min_length=2, max_length=MAX_GROUP_MEMBERS)
    at_least: Annotated[int, Field(ge=1), NOT_A_FLAG] = Field(
        default=1,
        description="An any_of group: how many of its members must reach the level (1: any "
        "one; 2 for 'two of Spark, Flink, Kafka'); its best 'at_least' members count",
    )
    level: Level
    importance: Importance
    source: Text | None = None
    note: Text | None = None

    @field_validator("at_least")
    @classmethod
    def _at_most_members(cls, value: int, info: ValidationInfo) -> int:
        any_of = info.data.get("any_of", ())  # absent: 'any_of' is invalid, its error says why
        return value if any_of == () else at_least_of(value, any_of)

    @model_validator(mode="after")
    def _one_target(self) -> "SkillRequirement":
        if (self.skill is None) == (self.any_of is None):
            raise ValueError("give either 'skill' or 'any_of', not both or neither")
        if self.any_of is not None and self.id is None:
            raise ValueError("an any_of group needs an 'id'")
        if self.level < 1:
            raise ValueError("a required level must be at least 1")
        return self

    @property
    def key(self) -> str:
        """The id that ``extends`` and ``exclude`` refer to."""
        return self.id or self.skill or ""

    @property
    def members(self) -> list[str]:
        """The skills it names: one, or the members of an any-of group, in the listed order."""
        return [self.skill] if self.skill else list(self.any_of or [])


class DegreeRequirement(Strict):
    """A degree at or above a rung of the ladder, in one of the accepted fields."""

    name: Text | None = Field(default=None, description="Display name (default: generated)")
    id: Id = "degree"
    level: Id
    fields: list[Id] = Field(default_factory=new_list, description="Empty: any field")
    importance: Importance
    source: Text | None = None
    note: Text | None = None

    @property
    def key(self) -> str:
        """The id that ``extends`` and ``exclude`` refer to."""
        return self.id


class CertificationRequirement(Strict):
    """Any one of a set of certifications."""

    name: Text | None = Field(default=None, description="Display name (default: generated)")
    id: Id
    any_of: list[Id] = Field(min_length=1)
    importance: Importance
    source: Text | None = None
    note: Text | None = None

    @property
    def key(self) -> str:
        """The id that ``extends`` and ``exclude`` refer to."""
        return self.id


class ExperienceRequirement(Strict):
    """Experience of some kinds: a minimum count of items or months in all."""

    name: Text | None = Field(default=None, description="Display name (default: generated)")
    id: Id
    kinds: list[ExperienceKind] = Field(min_length=1)
    min_count: Annotated[int, Field(ge=1, le=100)] | None = None
    min_months: Annotated[float, Field(gt=0, le=600)] | None = None
    importance: Importance
    relevance: Id | None = Field(
        default=None,
        description="A field of work (under 'relevance:'): items count in full when they show it, "
        "half when they show an adjacent field, not at all otherwise",
    )
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _one_measure(self) -> "ExperienceRequirement":
        if (self.min_count is None) == (self.min_months is None):
            raise ValueError("give either 'min_count' or 'min_months', not both or neither")
        return self

    @property
    def key(self) -> str:
        """The id that ``extends`` and ``exclude`` refer to."""
        return self.id


class Requirements(Strict):
    """What a role requires, by scoring category."""

    skills: list[SkillRequirement] = Field(default_factory=new_list)
    education: list[DegreeRequirement] = Field(default_factory=new_list)
    certifications: list[CertificationRequirement] = Field(default_factory=new_list)
    experience: list[ExperienceRequirement] = Field(default_factory=new_list)


Requirement = (
    SkillRequirement | DegreeRequirement | CertificationRequirement | ExperienceRequirement
)


def all_requirements(reqs: Requirements) -> list[Requirement]:
    """Every requirement, category by category, in the catalog's order."""
    return [*reqs.skills, *reqs.education, *reqs.certifications, *reqs.experience]


class Weights(Strict):
    """How much each category counts towards the overall score (normalised over used ones)."""

    skills: Weight = Field(default=60, description=_WEIGHT)
    education: Weight = Field(default=15, description=_WEIGHT)
    certifications: Weight = Field(default=5, description=_WEIGHT)
    experience: Weight = Field(default=20, description=_WEIGHT)


class Fact(Strict):
    """A fact about a role, with where it comes from."""

    label: Text
    value: Text
    source: Text


class Role(Strict):
    """A role: its summary and requirements, possibly extending another role."""

    id: Id
    name: Text
    summary: Text | None = None
    extends: Id | None = None
    exclude: list[Id] = Field(
        default_factory=new_list, description="Requirement ids inherited through 'extends' to drop"
    )
    weights: Weights | None = None
    ready_score: Annotated[float, Field(ge=0, le=100)] | None = None
    industries: list[Text] = Field(default_factory=new_list)
    facts: list[Fact] = Field(default_factory=new_list)
    requirements: Requirements = Field(default_factory=Requirements)


class LevelRule(Strict):
    """How a role's targets at one seniority follow from the role as written (mid level)."""

    level: Seniority
    title: Text = Field(default="{role}", description="The role's name at this level: {role}")
    summary: Text = Field(description="What the level means, in one line")
    skill_step: Annotated[int, Field(ge=-2, le=2)] = Field(
        default=0, description="Added to every moving skill target (-1 junior, +1 senior)"
    )
    skill_from: Level = Field(default=3, description="Targets below this level do not move")
    skill_cap: Level = Field(default=5, description="A target moved up goes no higher")
    ready_score_step: Annotated[float, Field(ge=-50, le=50)] = Field(
        default=0, description="Added to the role's ready score (kept within 0-100)"
    )
    importances: list[Importance] = Field(
        default_factory=new_list,
        description="The importances whose skill targets move (empty: every importance)",
    )
    months_factor: Annotated[float, Field(gt=0, le=10)] = Field(
        default=1, description="Times a requirement's min_months"
    )
    count_factor: Annotated[float, Field(gt=0, le=10)] = Field(
        default=1, description="Times a requirement's min_count (rounded up)"
    )
    months_at_most: Importance | None = Field(
        default=None, description="A min_months requirement is at most this important"
    )
    months_kinds: list[ExperienceKind] = Field(
        default_factory=new_list, description="Kinds a min_months requirement also accepts"
    )
    fixed: list[Id] = Field(
        default_factory=new_list, description="Skill categories whose targets do not move"
    )
    categories: list[Id] = Field(
        default_factory=new_list, description="Skill categories whose importance is capped"
    )
    categories_at_most: Importance | None = Field(
        default=None, description="A skill target of those categories is at most this important"
    )
    experience_weight: Annotated[float, Field(gt=0, le=10)] = Field(
        default=1, description="Times the role's experience weight"
    )
    add: Requirements = Field(
        default_factory=Requirements, description="Asked of every role at this level"
    )
    source: Text


class LevelChange(Strict):
    """One requirement of a role changed at one level (after the rule)."""

    id: Id = Field(description="The requirement's id (a skill requirement's skill id)")
    level: Level | None = None
    importance: Importance | None = None
    min_months: Annotated[float, Field(gt=0, le=600)] | None = None
    min_count: Annotated[int, Field(ge=1, le=100)] | None = None
    source: Text


class LevelOverride(Strict):
    """What one role asks at one level beyond the rule: changes, additions, removals."""

    role: Id
    level: Seniority
    source: Text
    change: list[LevelChange] = Field(default_factory=new_list)
    add: Requirements = Field(default_factory=Requirements)
    exclude: list[Id] = Field(default_factory=new_list, description="Requirement ids to drop")


class ProjectIdea(Strict):
    """A concrete piece of practical experience the learning plan can suggest."""

    id: Id
    title: Text
    kind: ExperienceKind
    description: Text | None = None
    skills: list[Id] = Field(default_factory=new_list)
    effort_hours: Hours = Field(default=60, description=_EFFORT)
    months: Annotated[float, Field(gt=0, le=60)] | None = Field(
        default=None, description="Months it counts for (internships and jobs)"
    )
    url: Text | None = None
    source: Text | None = None


class Catalog(Strict):
    """A whole catalog, or one file of a catalog split over a folder."""

    version: Text | None = Field(
        default=None, description="The catalog's version, shown in reports (one file gives it)"
    )
    date: dt.date | None = Field(
        default=None, description="The day the catalog was last revised (one file gives it)"
    )
    scale: list[LevelAnchor] = Field(default_factory=new_list)
    degrees: list[DegreeLevel] = Field(
        default_factory=new_list,
        max_length=MAX_DEGREE_RUNGS,
        description=f"The degree ladder, lowest first: at most {MAX_DEGREE_RUNGS} rungs "
        "(the levels people hold, not every programme)",
    )
    fields: list[FieldOfStudy] = Field(default_factory=new_list)
    skills: list[Skill] = Field(default_factory=new_list)
    certifications: list[CertificationDef] = Field(default_factory=new_list)
    roles: list[Role] = Field(default_factory=new_list)
    projects: list[ProjectIdea] = Field(default_factory=new_list)
    recency: list[RecencyRule] = Field(default_factory=new_list)
    levels: list[LevelRule] = Field(
        default_factory=new_list, description="How junior and senior follow from the roles (mid)"
    )
    level_overrides: list[LevelOverride] = Field(default_factory=new_list)
    implies: list[Implication] = Field(
        default_factory=new_list, description="What evidence shows a competency (implied levels)"
    )
    relevance: list[Relevance] = Field(
        default_factory=new_list, description="Fields of work, for experience requirements"
    )
    notes: list[Text] = Field(default_factory=new_list)
