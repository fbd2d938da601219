"""The catalog's rules beside its roles, and the id and text types every catalog model uses.

The rules: a skill group's ``at_least`` (:func:`at_least_of`), how fast skills fade
(recency), what evidence implies a competency, and the fields of work experience
requirements name.
:mod:`skillgap.models.catalog` holds the skills, certifications, degrees and roles, and
the :class:`~skillgap.models.catalog.Catalog` that gathers them all.
"""

from typing import Annotated

from pydantic import Field, model_validator

from skillgap.models.common import ExperienceKind, Strict, new_list

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


def at_least_of(value: int, members: list[str] | None) -> int:
    """A skill group's ``at_least``: 1 to how many different skills its ``any_of`` lists.

    ValueError with the reason otherwise; a k-of-n group (above 1) lists no skill twice,
    which would count it twice towards k.
    """
    if value > 1 and members is None:
        raise ValueError("'at_least' counts the members of an 'any_of' group: give 'any_of'")
    different = len(set(members or []))
    if members is not None and value > different:
        raise ValueError(
            f"'at_least' is {value}, but the any_of group lists {different} different "
            f"skills: at most {different}"
        )
    twice = [m for i, m in enumerate(members or []) if m in (members or [])[:i]]
    if value > 1 and twice:
        raise ValueError(f"a group of 'at_least' {value} lists '{twice[0]}' twice")
    return value


class RecencyRule(Strict):
    """How fast the skills of one category fade, and how long evidence of them counts."""

    category: Id = Field(description="A skill category, or 'default' for every other category")
    fade_years: Annotated[int, Field(ge=1, le=50)] = Field(
        default=3, description="A claimed level counts one lower per this many full years unused"
    )
    evidence_years: Annotated[int, Field(ge=1, le=50)] = Field(
        default=3, description="Work or a certificate older than this is no longer evidence"
    )


class DegreeEvidence(Strict):
    """A completed degree that shows a competency: its lowest rung, and the fields it counts in."""

    level: Id = Field(description="The lowest rung of the degree ladder that counts")
    fields: list[Id] = Field(
        default_factory=new_list, description="The fields of study that count (none: any field)"
    )


class Implication(Strict):
    """Evidence that shows a competency nobody wrote down: a skill, or a kind of work."""

    id: Id
    shows: list[Id] = Field(min_length=1, description="The skills this evidence shows")
    by_skills: list[Id] = Field(
        default_factory=new_list,
        description="A skill at level L shows each of 'shows' at min(L - 1, cap); with "
        "'by_work', the skills an item must list",
    )
    by_work: list[ExperienceKind] = Field(
        default_factory=new_list,
        description="An experience item of these kinds (listing one of 'by_skills', when "
        "given) shows each of 'shows' at 'cap'",
    )
    by_field: Id | None = Field(
        default=None,
        description="With 'by_work': only items that show this field of work (under "
        "'relevance:') in full count",
    )
    by_words: list[Text] = Field(
        default_factory=new_list,
        description="With 'by_work': only items whose title or description holds one of these "
        "words or phrases (whole words, case and punctuation ignored) count",
    )
    by_degree: DegreeEvidence | None = Field(
        default=None,
        description="A completed degree at this rung or higher in one of these fields shows "
        "each of 'shows' at 'cap'; with 'by_work', both must hold",
    )
    min_months: Annotated[float, Field(gt=0, le=600)] | None = Field(
        default=None, description="With 'by_work': the months such items must add up to"
    )
    cap: Annotated[int, Field(ge=1, le=5)] = Field(description="The highest level it shows")
    source: Text

    @model_validator(mode="after")
    def _some_evidence(self) -> "Implication":
        if not self.by_skills and not self.by_work and self.by_degree is None:
            raise ValueError("give 'by_skills', 'by_work', 'by_degree' or a combination")
        if self.by_degree is not None and self.by_skills and not self.by_work:
            raise ValueError(
                "'by_degree' with 'by_skills' needs 'by_work' (the skills an item lists)"
            )
        for key in ("min_months", "by_field", "by_words"):
            if getattr(self, key) and not self.by_work:
                raise ValueError(f"'{key}' needs 'by_work'")
        return self


class Relevance(Strict):
    """A field of work: what in an experience item's title or skills shows it."""

    id: Id
    name: Text
    keywords: list[Text] = Field(
        default_factory=new_list, description="Words or phrases in a title that show the field"
    )
    skills: list[Id] = Field(
        default_factory=new_list, description="Skills an item lists that show the field"
    )
    adjacent_keywords: list[Text] = Field(
        default_factory=new_list, description="Title words of a neighbouring field (half credit)"
    )
    adjacent_skills: list[Id] = Field(
        default_factory=new_list, description="Skills of a neighbouring field (half credit)"
    )
    capped_keywords: list[Text] = Field(
        default_factory=new_list,
        description="Title words of posts that count half at most (teaching, postdoctoral)",
    )
    source: Text
