"""A mentor's review of a profile: verified or corrected levels, and comments."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from skillgap.models.common import Level, Strict

Comment = Annotated[str, Field(min_length=1, max_length=2000)]


class SkillReview(Strict):
    """What the reviewer found for one skill: the level they confirm, and why."""

    level: Level | None = Field(
        default=None,
        description="The level the reviewer confirms (the claimed one: verified; another: "
        "corrected); absent: a comment only",
    )
    comment: Comment | None = None
    claim: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")] | None = Field(
        default=None,
        description="A fingerprint of the profile's entry for the skill as reviewed (or of its "
        "absence); the entry edited since, the answer no longer applies and is asked again",
    )


class Review(Strict):
    """A review of one profile (by its content hash); it never changes the profile."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, title="skillgap review"
    )

    reviewer: Annotated[str, Field(min_length=1, max_length=200)]
    date: dt.date = Field(description="The day of the review")
    profile_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the profile file reviewed: a review applies to that file only"
    )
    role: Annotated[str, Field(max_length=80)] | None = None
    skills: dict[Annotated[str, Field(min_length=1, max_length=200)], SkillReview] = Field(
        default_factory=dict, max_length=1000
    )
    overall: Comment | None = Field(default=None, description="The reviewer's overall comment")
    finished: bool = Field(
        default=True,
        description="False while a review is under way: 'skillgap review' continues it",
    )


def is_review_data(data: Any) -> bool:
    """A review file names its reviewer and the hash of the profile it reviews."""
    return isinstance(data, dict) and "reviewer" in data and "profile_sha256" in data
