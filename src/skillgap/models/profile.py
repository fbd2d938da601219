"""A person's profile: what they have, as they wrote it by hand."""

import datetime as dt
from typing import Annotated, Any, Final

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from skillgap.models.common import (
    HOURS_PER_WEEK_RANGE,
    LEVEL_SCHEMA,
    NOT_A_FLAG,
    STATUS_WORDS,
    Day,
    ExperienceKind,
    Level,
    Seniority,
    Status,
    Strict,
    month_or_date,
    new_list,
    or_shorthand,
    status_from_text,
)

Name = Annotated[str, Field(min_length=1, max_length=200)]
#: Skill names all experience items may give together (each has at most 100).
MAX_EXPERIENCE_SKILLS: Final = 5000
#: ``YYYY-MM`` or ``YYYY-MM-DD``, quoted or not: kept as text.
MonthOrDate = Annotated[dt.date | str, BeforeValidator(month_or_date)]
StatusText = Annotated[
    Status,
    BeforeValidator(status_from_text),
    WithJsonSchema(
        {
            "type": "string",
            "description": "completed or in_progress (also: in progress, in-progress, ongoing, "
            "finished ...)",
            "enum": sorted(
                {*STATUS_WORDS, "completed", "in_progress", "in progress", "in-progress"}
            ),
        }
    ),
]


class SkillEntry(Strict):
    """A level on the 0-5 scale, with optional context; or just the level."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        json_schema_extra=or_shorthand(LEVEL_SCHEMA),
    )

    level: Level = Field(
        description="0-5 or none, awareness, novice, intermediate, advanced, expert"
    )
    years: Annotated[float, Field(ge=0, le=80), NOT_A_FLAG] | None = Field(
        default=None, description="Years of use"
    )
    last_used: MonthOrDate | None = Field(default=None, description="YYYY-MM or YYYY-MM-DD")
    note: Annotated[str, Field(max_length=2000)] | None = None
    evidence: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        default_factory=new_list,
        max_length=50,
        description="Links that back the level: a portfolio, a repository, a paper",
    )


class Education(Strict):
    """A degree, completed or in progress."""

    degree: Name = Field(description="bachelor, master, phd … (names and aliases from the catalog)")
    field: Name | None = Field(default=None, description="Field of study, e.g. computer science")
    status: StatusText = "completed"
    institution: Name | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    expected_end: Day | None = Field(
        default=None,
        description="In progress: when it should end (default: half its nominal length "
        "from the plan's start)",
    )


class Certification(Strict):
    """A certification held."""

    name: Name
    earned: Day | None = None
    expires: Day | None = None


class Experience(Strict):
    """Practical experience: a project, internship, contribution, job, competition, paper."""

    kind: ExperienceKind
    title: Name
    months: Annotated[float, Field(ge=0, le=600), NOT_A_FLAG] | None = None
    skills: list[Name] = Field(default_factory=new_list, max_length=100)
    organization: Name | None = None
    url: Annotated[str, Field(max_length=500)] | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None
    end: MonthOrDate | None = Field(
        default=None, description="When it ended, YYYY-MM or YYYY-MM-DD (none: ongoing)"
    )


def _profile_schema(schema: dict[str, Any]) -> None:
    """Sections may be left empty (``skills:``)."""
    props = schema["properties"]
    for section in ("skills", "education", "certifications", "experience"):
        props[section] = {
            "anyOf": [props[section], {"type": "null"}],
            "description": props[section].get("description", ""),
        }


class PlanWishes(Strict):
    """What the learning plan should respect.

    Each entry names a skill, certification, degree, project idea or experience kind
    (``internship``).
    """

    skip: list[Name] = Field(
        default_factory=new_list, max_length=200, description="Never plan these (e.g. MATLAB)"
    )
    prefer: list[Name] = Field(
        default_factory=new_list,
        max_length=200,
        description="The member of an any-of group (or certification) to learn, e.g. PyTorch",
    )
    doing: list[Name] = Field(
        default_factory=new_list,
        max_length=200,
        description="Steps already under way: kept, and put first",
    )


class Profile(Strict):
    """What a person brings: skills, education, certifications, experience."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        json_schema_extra=_profile_schema,
        title="skillgap profile",
    )

    name: Name
    target_role: Name | None = None
    target_level: Seniority | None = Field(
        default=None, description="The level aimed at: junior, mid or senior (default: mid)"
    )
    hours_per_week: (
        Annotated[float, Field(ge=HOURS_PER_WEEK_RANGE[0], le=HOURS_PER_WEEK_RANGE[1]), NOT_A_FLAG]
        | None
    ) = Field(default=None, description="Weekly study hours for the learning plan (1-100)")
    target_date: Day | None = None
    employed: bool | None = Field(
        default=None,
        description="In a full-time job now (an experience entry of kind job with no end "
        "says so too): the plan keeps you in it and never sends you to an internship",
    )
    skills: dict[Name, SkillEntry] = Field(default_factory=dict, max_length=1000)
    education: list[Education] = Field(default_factory=new_list, max_length=50)
    certifications: list[Certification] = Field(default_factory=new_list, max_length=200)
    experience: list[Experience] = Field(default_factory=new_list, max_length=500)
    notes: Annotated[str, Field(max_length=5000)] | None = None
    plan: PlanWishes | None = Field(
        default=None, description="What the learning plan should skip, prefer, or keep"
    )

    @field_validator("experience")
    @classmethod
    def _experience_names(cls, items: list[Experience]) -> list[Experience]:
        """Bounded as a whole: each name is looked up (and may warn), 500 x 100 is too many."""
        named = sum(len(item.skills) for item in items)
        if named > MAX_EXPERIENCE_SKILLS:
            raise ValueError(
                f"the experience names {named:,} skills in all, more than the limit of "
                f"{MAX_EXPERIENCE_SKILLS:,}"
            )
        return items

    @model_validator(mode="before")
    @classmethod
    def _shorthands(cls, value: Any) -> Any:
        """Forgiving forms, expanded once per profile rather than once per value.

        A section written with nothing under it (``skills:``) is empty, not an error;
        ``python: 4`` is shorthand for ``python: {level: 4}``.
        """
        if not isinstance(value, dict):
            return value
        sections = ("skills", "education", "certifications", "experience")
        value = {k: v for k, v in value.items() if not (k in sections and v is None)}
        skills = value.get("skills")
        if isinstance(skills, dict):
            value["skills"] = {
                name: entry
                if isinstance(entry, dict)
                else ({} if entry is None else {"level": entry})
                for name, entry in skills.items()
            }
        return value
