"""What free text gives: the skills a posting or CV names (``skillgap extract``)."""

from typing import Literal

from pydantic import Field

from skillgap.models.common import new_list
from skillgap.models.result import SCHEMA_VERSION, CatalogInfo, Out, Version


class SkillMention(Out):
    """One place the text names a catalog skill."""

    id: str = Field(description="The catalog skill's id")
    name: str = Field(description="The catalog skill's name")
    text: str = Field(description="The words matched, as the text writes them")
    line: int = Field(ge=1, description="1-based line (of the text extracted, for PDF and Word)")
    column: int = Field(ge=1, description="1-based column of the first word")
    sentence: str = Field(description="The sentence it came from (bullets and bold marks gone)")
    section: str = Field(default="", description="The heading of the section it sits under")


class SkillCount(Out):
    """A skill the text names, and how often."""

    id: str
    name: str
    count: int = Field(ge=1)
    first_line: int = Field(ge=1)


class ExtractReport(Out):
    """``skillgap extract``: every skill a text names, where, and in which sentence."""

    schema_version: Version = SCHEMA_VERSION
    source: str = Field(description="The file read ('<stdin>' for standard input)")
    kind: Literal["txt", "md", "pdf", "docx"]
    sha256: str
    catalog: CatalogInfo | None = None
    skills: list[SkillMention] = Field(default_factory=new_list)
    found: list[SkillCount] = Field(
        default_factory=new_list, description="Each skill once, in order of first mention"
    )


class PostingRef(Out):
    """One posting read: its file, title, and the person's score against it (with a profile)."""

    file: str
    title: str
    role: str
    score: float | None = None


class Skipped(Out):
    """A file of the folder not read as a posting, and why."""

    file: str
    reason: str = Field(description="'a CV' or 'no requirements'")


class Demand(Out):
    """How many postings ask for a skill: as a requirement, or as a nice-to-have."""

    id: str
    name: str
    required: int = Field(ge=0, description="Postings that require it (alone or in an any-of)")
    nice: int = Field(ge=0, description="Postings that list it as nice to have")


class Gap(Out):
    """A requirement the person does not meet, weighted by how many postings ask for it."""

    id: str
    name: str
    postings: int = Field(ge=1, description="Postings where it is required and not met")
    essential: int = Field(ge=0, description="Of those, where it is essential (a blocker)")
    have: int | None = Field(default=None, description="The level the person has")
    asked: int | None = Field(default=None, description="The highest level a posting asks")


class PostingsReport(Out):
    """``skillgap postings``: the skills many postings ask for, and the person's gaps."""

    schema_version: Version = SCHEMA_VERSION
    folder: str
    profile: str | None = None
    postings: list[PostingRef] = Field(default_factory=new_list)
    errors: list[str] = Field(default_factory=new_list, description="Files that could not be read")
    skipped: list[Skipped] = Field(
        default_factory=new_list,
        description="Files not counted as postings: a CV (experience, education, skills "
        "sections and no requirements), or a text without requirements the catalog knows",
    )
    skills: list[Demand] = Field(default_factory=new_list)
    gaps: list[Gap] = Field(default_factory=new_list)
