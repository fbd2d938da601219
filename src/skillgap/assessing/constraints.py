"""What the person asks of the plan (the profile's ``plan:`` and the options) as target keys."""

from __future__ import annotations

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, Problem, UsageError
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.plan import Constraints, PlanOptions, suggest_target, target_keys, wish_conflicts


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
    problems: list[Problem] = []
    keys: dict[str, set[str]] = {"skip": set(), "prefer": set(), "doing": set()}
    items: dict[str, list[frozenset[str]]] = {}
    for section in keys:
        for i, name in enumerate(getattr(wishes, section) if wishes else []):
            found = target_keys(index, name)
            if not found:
                where = place(document, ("plan", section, i))
                problems.append(Problem(*where, *_unknown_target(index, name)))
            keys[section] |= found
            items.setdefault(section, []).append(found)
    for section, i, other, j in wish_conflicts(items):
        name, first = getattr(wishes, section)[i], getattr(wishes, other)[j]
        where = place(document, ("plan", section, i))
        message = f"'{name}' is in plan.{section} and also in plan.{other} (as '{first}')"
        problems.append(
            Problem(*where, message, f"keep it in one of plan.{other} and plan.{section}")
        )
    if problems:
        raise InputError(problems)
    for section in keys:
        for name in getattr(plan, section):
            found = target_keys(index, name)
            if not found:
                message, hint = _unknown_target(index, name)
                raise UsageError(f"--{section}: {message}", hint)
            keys[section] |= found
    return Constraints(
        skip=frozenset(keys["skip"]),
        prefer=frozenset(keys["prefer"]),
        doing=frozenset(keys["doing"]),
        employed=bool(profile.employed)
        or any(e.kind == "job" and e.end is None for e in profile.experience),
    )


def _unknown_target(index: CatalogIndex, name: str) -> tuple[str, str]:
    close = suggest_target(index, name)
    return (
        f"'{name}' is not a skill, certification, degree, project idea or experience kind "
        "the catalog knows",
        f"did you mean '{close}'?" if close else "use a name from 'skillgap roles show ROLE'",
    )
