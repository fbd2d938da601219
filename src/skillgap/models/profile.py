"""A person's profile: what they have, as they wrote it by hand."""

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from skillgap.models.common import (
    HOURS_PER_WEEK_RANGE,
    LEVEL_SCHEMA,
    STATUS_WORDS,
    ExperienceKind,
    Level,
    Seniority,
    Status,
    Strict,
    new_list,
    or_shorthand,
    status_from_text,
)

Name = Annotated[str, Field(min_length=1, max_length=200)]
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _month_or_date(value: str | dt.date) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if _YEAR_MONTH.match(value):
        return value
    raise ValueError(f"'{value}' is not a date: write YYYY-MM or YYYY-MM-DD")


MonthOrDate = Annotated[dt.date | str, AfterValidator(_month_or_date)]
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
    years: float | None = Field(default=None, ge=0, le=80, description="Years of use")
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
    expected_end: dt.date | None = Field(
        default=None,
        description="In progress: when it should end (default: half its nominal length "
        "from the plan's start)",
    )


class Certification(Strict):
    """A certification held."""

    name: Name
    earned: dt.date | None = None
    expires: dt.date | None = None


class Experience(Strict):
    """Practical experience: a project, internship, contribution, job, competition, paper."""

    kind: ExperienceKind
    title: Name
    months: float | None = Field(default=None, ge=0, le=600)
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
    hours_per_week: float | None = Field(
        default=None,
        ge=HOURS_PER_WEEK_RANGE[0],
        le=HOURS_PER_WEEK_RANGE[1],
        description="Weekly study hours for the learning plan (1-100)",
    )
    target_date: dt.date | None = None
    skills: dict[Name, SkillEntry] = Field(default_factory=dict, max_length=1000)
    education: list[Education] = Field(default_factory=new_list, max_length=50)
    certifications: list[Certification] = Field(default_factory=new_list, max_length=200)
    experience: list[Experience] = Field(default_factory=new_list, max_length=500)
    notes: Annotated[str, Field(max_length=5000)] | None = None
    plan: PlanWishes | None = Field(
        default=None, description="What the learning plan should skip, prefer, or keep"
    )

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
