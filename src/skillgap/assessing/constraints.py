"""What the person asks of the plan (the profile's ``plan:`` and the options) as target keys."""

from __future__ import annotations

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.plan import (
    Constraints,
    PlanOptions,
    profile_wishes,
    target_keys,
    unknown_target,
    wish_conflicts,
)


def place(document: Document | None, loc: tuple[str | int, ...]) -> tuple[str, int, int]:
    """File, line and column of a profile value (``<profile>`` 0:0 without a document)."""
    if document is None:
        return "<profile>", 0, 0
    return (document.source, *document.positions.locate(loc))


def plan_constraints(
    index: CatalogIndex,
    profile: Profile,
    plan: PlanOptions,
    document: Document | None = None,
) -> Constraints:
    """The profile's ``plan:`` wishes and the options' as target keys.

    An unknown name is an error: in the profile, with its position (exit 3); in an
    option, a usage error (exit 2).
    """
    wishes = profile.plan
    keys, items = profile_wishes(index, profile, document)
    named = {s: [f"plan.{s} '{n}'" for n in getattr(wishes, s)] if wishes else [] for s in keys}
    for section in keys:
        for name in getattr(plan, section):
            found = target_keys(index, name)
            if not found:
                message, hint = unknown_target(index, name)
                raise UsageError(f"--{section}: {message}", hint)
            keys[section] |= found
            items.setdefault(section, []).append(found)
            named[section].append(f"--{section} '{name}'")
    # An option that contradicts another, or the profile: refused as the profile's own are.
    for section, i, other, j in wish_conflicts(items):
        raise UsageError(
            f"{named[section][i]} contradicts {named[other][j]}: a step cannot be both",
            f"keep one of the two (--{section} or --{other})",
        )
    return Constraints(
        skip=frozenset(keys["skip"]),
        prefer=frozenset(keys["prefer"]),
        doing=frozenset(keys["doing"]),
        employed=bool(profile.employed)
        or any(e.kind == "job" and e.end is None for e in profile.experience),
    )
