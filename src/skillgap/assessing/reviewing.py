"""A mentor's review checked against the profile it is applied to, and its warnings.

A review applies when it is of this profile (the content hash), when it is forced, or
when its answers keep their claims and those claims still hold; otherwise exit 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillgap.assessing.load import Reviewed
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, expect_type
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.models.result import Warning
from skillgap.names import SuggestionBudget
from skillgap.scoring.evidence import fingerprinted, still_applies
from skillgap.scoring.standing import same_skill_in_review

if TYPE_CHECKING:
    from skillgap.models.review import Review


def checked_review(
    reviewed: Reviewed | None,
    document: Document | None,
    index: CatalogIndex,
    profile: Profile | None = None,
) -> tuple[Review | None, list[Warning]]:
    """The review, if it is of this profile (by content hash) or forced; else exit 3.

    A review that keeps each answer's claim applies to an edited profile too: the answers
    whose claims changed are left out, and a warning names them. A skill the catalog does
    not know is an error: its level would silently not count.
    """
    if reviewed is None:
        return None, []
    expect_type("review", reviewed, Reviewed, "a Reviewed", "load_review(path) reads one")
    budget = SuggestionBudget()
    unknown = [
        reviewed.document.problem(
            ("skills", name),
            f"unknown skill '{name}' in the review",
            hint=budget.hint(
                index.suggest_skill,
                name,
                "review with the same catalog as the assessment (--catalog)",
            ),
            key=True,
        )
        for name in reviewed.review.skills
        if not index.find_skills(name)
    ]
    if unknown:
        raise InputError(unknown)
    if document is not None and reviewed.review.profile_sha256 == document.sha256:
        return reviewed.review, []
    if reviewed.force:
        return reviewed.review, []
    if profile is not None and fingerprinted(reviewed.review):
        review, reopened = still_applies(reviewed.review, profile, index)
        if review.skills or not reopened:  # else no answer applies: another profile
            return review, _reopened(reviewed.document, reopened)
    about = f"'{document.source}'" if document is not None else "this profile"
    raise InputError(
        [
            reviewed.document.problem(
                ("profile_sha256",),
                f"this review is of another profile, not of {about} "
                "(the content hashes differ: the profile changed, or it is someone else's)",
                hint="review the profile again with 'skillgap review', or pass --force "
                "to apply it anyway",
            )
        ]
    )


def _reopened(doc: Document, names: list[str]) -> list[Warning]:
    """The warning naming a review's answers whose claims the profile changed since."""
    if not names:
        return []
    where = doc.problem(("skills", names[0]), "", key=True)
    shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
    return [
        Warning(
            code="review-reopened",
            message=f"the profile changed since the review: {len(names)} answer(s) no longer "
            f"apply, as their claims changed ({shown})",
            file=where.file,
            line=where.line,
            column=where.column,
            hint="run 'skillgap review' on the profile again: it asks about these only",
        )
    ]


def review_warnings(reviewed: Reviewed | None, index: CatalogIndex) -> list[Warning]:
    """The review's own warnings: skills it names twice."""
    if reviewed is None:
        return []
    return same_skill_in_review(reviewed.review, index, reviewed.document)
