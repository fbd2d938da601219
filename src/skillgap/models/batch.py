"""Batch output: one record per profile (a JSONL line) and the cohort summary.

These models are the contract ``skillgap schema batch`` and ``skillgap schema cohort``
print; :class:`HeatMap` and :class:`CohortPage` are what the cohort renderers take (heat
maps are in no JSON: frozen dataclasses, in no schema). The batch hot path builds the
records as plain dicts and serialises them directly (a model per record would cost about
as much as scoring the profile); the tests validate every record they produce against
these schemas, so the two cannot drift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NotRequired, Protocol, TypedDict, TypeVar

from pydantic import Field
from pydantic.json_schema import SkipJsonSchema

from skillgap.models.common import Category, Seniority
from skillgap.models.result import SCHEMA_VERSION, CatalogInfo, Out, Readiness, Version


class RoleScore(Out):
    """One role's numbers for one profile: what ``assess`` would headline, without the why."""

    role: str = Field(description="The role's id")
    score: float = Field(ge=0, le=100, description="The score, as assess gives it")
    readiness: Readiness
    blockers: list[str] = Field(description="Ids of unmet essential requirements")
    categories: dict[Category, float] = Field(
        description="Score per category (0-100), for the categories the role weighs"
    )
    # Never null: the key is there only with --level or --all-levels.
    level: Seniority | SkipJsonSchema[None] = Field(
        default=None, description="With --level or --all-levels: the role's level"
    )


class RecordError(Out):
    """Why a profile has no scores: the first problem found, and how many there were."""

    line: int = Field(ge=0, description="1-based; 0 when the problem is the whole file")
    column: int = Field(ge=0, description="1-based; 0 when the problem is the whole file")
    message: str
    hint: str | None
    problems: int = Field(ge=1, description="How many problems the file has")
    internal: bool = Field(
        default=False,
        description="Present (true) when skillgap itself failed on the file: a bug (exit 70)",
    )
    output: bool = Field(
        default=False,
        description="Present (true) when the file's --report-dir report could not be written",
    )


class BatchRecord(Out):
    """One profile in a batch run: one JSONL line, or one entry of ``records`` in JSON."""

    file: str = Field(description="The profile's path (a pseudonym under --redact)")
    name: str | None = Field(description="The person's name; null for a broken file")
    results: list[RoleScore] = Field(description="One entry per role; empty for a broken file")
    warnings: list[str] = Field(description="The profile's warnings, as messages")
    error: RecordError | None = Field(description="null, or why the file has no scores")
    # Never null: the key is there only with --report-dir, for a report that was written.
    report: str | SkipJsonSchema[None] = Field(
        default=None, description="With --report-dir: the path of the profile's report"
    )


class Bucket(Out):
    """One bar of the score histogram: how many scores fall in [from, to)."""

    from_: int = Field(alias="from", ge=0, le=100)
    to: int = Field(ge=0, le=100, description="Exclusive, except for the last bar (100)")
    count: int = Field(ge=0)


class Common(Out):
    """A requirement many profiles miss, with how many."""

    id: str
    name: str
    count: int = Field(ge=1)


class RoleSummary(Out):
    """One role across the cohort: readiness counts, the score histogram, common misses."""

    name: str
    assessed: int = Field(ge=0)
    ready: int = Field(ge=0)
    nearly_ready: int = Field(ge=0)
    not_ready: int = Field(ge=0)
    mean_score: float = Field(ge=0, le=100)
    histogram: list[Bucket]
    common_blockers: list[Common]
    common_gaps: list[Common]


class CohortSummary(Out):
    """What a mentor wants from a batch: how many, how many broken, each role's picture."""

    profiles: int = Field(ge=0, description="Files read, broken ones included")
    invalid: int = Field(
        ge=0, description="Broken files, files skillgap failed on, reports not written"
    )
    below_fail_under: int = Field(ge=0, description="Scores below --fail-under")
    roles: dict[str, RoleSummary] = Field(description="By role id, sorted")


class BatchReport(Out):
    """``batch --format json``: the cohort summary and every record, in one document."""

    schema_version: Version = SCHEMA_VERSION
    as_of: dt.date | None = Field(default=None, description="The day profiles were judged at")
    catalog: CatalogInfo | None = Field(default=None, description="The catalog's version and date")
    summary: CohortSummary
    records: list[BatchRecord]


@dataclass(frozen=True, slots=True)
class HeatCell:
    """One person × one skill: the level counted, the role's target, their ratio (0-1)."""

    have: int
    need: int
    ratio: float


@dataclass(frozen=True, slots=True)
class HeatRow:
    """One person's row of a heat map; ``reviewed``: whose review set the levels, and when."""

    file: str
    name: str
    cells: tuple[HeatCell, ...]
    reviewed: str | None = None  # "NAME on YYYY-MM-DD" when a mentor's review applies


@dataclass(frozen=True, slots=True)
class HeatColumn:
    """One skill's column of a heat map."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class HeatMap:
    """Skills × people for one role; ``shown`` of ``total`` people (the first ones)."""

    role: str
    role_name: str
    columns: tuple[HeatColumn, ...]
    rows: tuple[HeatRow, ...]
    shown: int
    total: int


class PersonScore(TypedDict):
    """One role's score on the cohort page's row of a person."""

    role: str
    score: float
    readiness: Readiness


class PersonRow(TypedDict):
    """A person on the cohort page: their scores, and their report's link (--report-dir)."""

    file: str
    name: str | None
    #: Whose review set the levels, and when ("NAME on YYYY-MM-DD"); None: as claimed.
    reviewed: str | None
    report: str | None
    results: list[PersonScore]
    #: The report relative to the page (set as the page is written; None: no report).
    link: NotRequired[str | None]


class InvalidFile(TypedDict):
    """A file the cohort page lists as invalid, at the first problem's position."""

    file: str
    line: int
    column: int
    message: str


R_co = TypeVar("R_co", covariant=True)


class Rows(Protocol[R_co]):
    """Rows a page lists and counts: a list, or rows read back from a batch run's spool."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[R_co]: ...


@dataclass(frozen=True, slots=True)
class CohortPage:
    """Everything a cohort renderer shows: the summary, then (pages only) people and heat maps.

    ``persons`` and ``broken`` are read once, in order (a run's spool, or lists);
    ``reviewed`` is how many profiles' levels a mentor's review set (each row says whose).
    """

    summary: CohortSummary
    heatmaps: Sequence[HeatMap] = ()
    persons: Rows[PersonRow] = ()
    broken: Rows[InvalidFile] = ()
    reviewed: int = 0
