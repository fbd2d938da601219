"""What the person asks of the plan: from when, at how many hours a week, with which wishes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, NamedTuple

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, Problem
from skillgap.inputs.loader import Document
from skillgap.models.common import HOURS_PER_WEEK_RANGE, check_plan_options
from skillgap.models.profile import Profile
from skillgap.names import norm

DEFAULT_HOURS_PER_WEEK: Final = 10.0
#: The fewest weekly hours a plan is laid out at (the profile field and the option alike).
MIN_HOURS_PER_WEEK: Final = HOURS_PER_WEEK_RANGE[0]
#: The most weekly hours a plan is laid out at, and the most it ever advises.
MAX_HOURS_PER_WEEK: Final = HOURS_PER_WEEK_RANGE[1]


class Undatable(ValueError):
    """The plan's dates would run past the calendar's last day (9999-12-31)."""


class Constraints(NamedTuple):
    """What the person asked of the plan, as target keys (see :func:`target_keys`).

    ``skip``: never plan these; ``prefer``: the any-of member (or certification) to
    learn; ``doing``: steps already under way, kept and put first.
    """

    skip: frozenset[str] = frozenset()
    prefer: frozenset[str] = frozenset()
    doing: frozenset[str] = frozenset()
    #: In a job now (an ongoing ``job`` entry, or ``employed: true``): the job is the
    #: person's full-time track, and time in it is experience.
    employed: bool = False


_NO_CONSTRAINTS: Final = Constraints()


@dataclass(frozen=True, slots=True)
class PlanOptions:
    r"""How to lay out the learning plan: from when, how many hours a week, which wishes.

    ``skip``, ``prefer`` and ``doing`` come from the command line and are added to the
    profile's ``plan:`` section. A frozen dataclass, as the library has always given it
    (``dataclasses.replace`` works); the one dataclass a run builds at import.

    >>> PlanOptions(dt.date(2026, 12, 1), hours_per_week=10).start_date
    datetime.date(2026, 12, 1)
    """

    start_date: dt.date
    hours_per_week: float | None = None
    skip: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    doing: tuple[str, ...] = ()
    #: False when the start date is today's by default (then a plan that runs past the
    #: calendar is blamed on the hours, not the date).
    start_date_given: bool = True

    def __post_init__(self) -> None:
        """The bounds the command line holds its options to, for library callers too.

        A ``datetime`` start is its day (the plan's dates are days: its models are made
        without validating again, so nothing else would turn it into one).
        """
        check_plan_options(self.start_date, self.hours_per_week)
        if isinstance(self.start_date, dt.datetime):
            object.__setattr__(self, "start_date", self.start_date.date())


def target_keys(index: CatalogIndex, name: str) -> frozenset[str]:
    """The target keys a name can mean: a skill, certification, degree, project idea or kind.

    Kinds are the experience kinds (``internship``, ``job``, ...), ``degree`` (any new
    degree) and ``full-time`` (any new degree, internship or job: not the degree you are
    finishing nor the job you stay in).

    Empty when the catalog knows no such thing.
    """
    keys: set[str] = set()
    if (skill := index.find_skill(name)) is not None:
        keys.add(f"skill:{skill}")
    if (cert := index.find_certification(name)) is not None:
        keys.add(f"cert:{cert}")
    if (degree := index.find_degree(name)) is not None:
        keys.add(f"degree:{degree}")
    wanted = norm(name)
    for idea in index.catalog.projects:
        if wanted in (norm(idea.id), norm(idea.title)):
            keys.add(f"idea:{idea.id}")
    for kind in ("project", "internship", "open_source", "job", "competition"):
        if wanted == norm(kind):
            keys.add(f"kind:{kind}")
    # Kinds of long commitment: any new degree, any new full-time step.
    for kind, words in _LONG_KINDS.items():
        if wanted in {norm(w) for w in words}:
            keys.add(f"kind:{kind}")
    return frozenset(keys)


#: Names for whole kinds of long step, as ``--skip`` and ``plan: skip`` take them.
_LONG_KINDS: Final = {
    "degree": ("degree", "degrees", "new degree"),
    "full_time": ("full-time", "full time", "full_time", "fulltime"),
}


#: Wishes that cannot both hold: a step is not skipped and preferred, nor skipped and under way.
_CONFLICTS: Final = (("skip", "prefer"), ("skip", "doing"))


def wish_conflicts(
    found: dict[str, list[frozenset[str]]],
) -> list[tuple[str, int, str, int]]:
    """Pairs of wishes that contradict each other, ``(section, i, earlier section, j)``.

    ``found``: each section's target keys, item by item. The later item of a pair is the
    one named, so the problem points at the second time a thing is mentioned.
    """
    out = []
    for first, second in _CONFLICTS:
        for i, keys in enumerate(found.get(second, [])):
            for j, other in enumerate(found.get(first, [])):
                if keys & other:
                    out.append((second, i, first, j))
                    break
    return out


def suggest_target(index: CatalogIndex, name: str) -> str | None:
    """The closest skill, certification or degree name, for a "did you mean"."""
    return (
        index.suggest_skill(name) or index.suggest_certification(name) or index.suggest_degree(name)
    )


def unknown_target(index: CatalogIndex, name: str) -> tuple[str, str]:
    """The message and hint for a wish that names nothing the catalog knows."""
    close = suggest_target(index, name)
    return (
        f"'{name}' is not a skill, certification, degree, project idea or experience kind "
        "the catalog knows",
        f"did you mean '{close}'?" if close else "use a name from 'skillgap roles show ROLE'",
    )


def profile_wishes(
    index: CatalogIndex, profile: Profile, document: Document | None = None
) -> tuple[dict[str, set[str]], dict[str, list[frozenset[str]]]]:
    """The profile's ``plan:`` wishes as target keys, by section and item by item.

    One rule for every command, with a plan or without: a wish naming nothing the catalog
    knows, or contradicting another, is an InputError at its position (exit 3).
    """
    wishes = profile.plan
    problems: list[Problem] = []
    keys: dict[str, set[str]] = {"skip": set(), "prefer": set(), "doing": set()}
    items: dict[str, list[frozenset[str]]] = {}

    def place(loc: tuple[str | int, ...]) -> tuple[str, int, int]:
        if document is None:
            return "<profile>", 0, 0
        return (document.source, *document.positions.locate(loc))

    for section in keys:
        for i, name in enumerate(getattr(wishes, section) if wishes else []):
            found = target_keys(index, name)
            if not found:
                problems.append(Problem(*place(("plan", section, i)), *unknown_target(index, name)))
            keys[section] |= found
            items.setdefault(section, []).append(found)
    for section, i, other, j in wish_conflicts(items):
        name, first = getattr(wishes, section)[i], getattr(wishes, other)[j]
        message = f"'{name}' is in plan.{section} and also in plan.{other} (as '{first}')"
        problems.append(
            Problem(
                *place(("plan", section, i)),
                message,
                f"keep it in one of plan.{other} and plan.{section}",
            )
        )
    if problems:
        raise InputError(problems)
    return keys, items
