"""The batch scorer: :mod:`skillgap.scoring.rule` compiled once per set of roles.

An assessment explains every requirement in words; a batch run needs only the numbers,
for thousands of profiles. :class:`QuickScorer` flattens the roles once into slots and
look-up tables built from the rule's own functions, so scoring one more profile is a few
C-level passes, and its numbers are :func:`skillgap.scoring.engine.assess`'s (a property
test holds them equal, float-boundary sums included).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import lt
from typing import Final, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.catalog import Requirement, SkillRequirement
from skillgap.models.common import CATEGORIES, MAX_LEVEL, Category
from skillgap.models.result import Readiness
from skillgap.scoring import rule
from skillgap.scoring.standing import Standing


class QuickScore(NamedTuple):
    """The numbers of an assessment without its explanations: for batch runs."""

    score: float
    readiness: Readiness
    blockers: tuple[str, ...]
    categories: tuple[tuple[Category, float], ...]
    unmet: tuple[str, ...]


class _Selection(NamedTuple):
    """Some requirements of a role, picked out of a scorer's points by slot."""

    keys: tuple[str, ...]
    slots: tuple[int, ...]
    worths: tuple[float, ...]  # each requirement's rule.max_points (rounded once)

    def short(self, at: Callable[[int], float]) -> tuple[str, ...]:
        """The keys not met, in order: ``not rule.met(points, worth)``, with the loop in C.

        Both sides are rounded once already (the slots hold rule.requirement_points), so
        ``points < worth`` is exactly the rule's test.
        """
        return tuple(compress(self.keys, map(lt, map(at, self.slots), self.worths)))


class _RoleRows(NamedTuple):
    """One role of a :class:`QuickScorer`, as slots into the scorer's points."""

    role: ResolvedRole
    names: tuple[Category, ...]  # the categories the role uses, in order
    categories: tuple[tuple[tuple[int, ...], float], ...]  # each one's slots, summed worth
    shares: tuple[float, ...]  # each category's rule.shares
    essentials: _Selection
    rows: _Selection  # every requirement


def _selection(picked: Sequence[tuple[Requirement, int]]) -> _Selection:
    return _Selection(
        keys=tuple(r.key for r, _ in picked),
        slots=tuple(n for _, n in picked),
        worths=tuple(rule.max_points(r) for r, _ in picked),
    )


def _points_at(req: SkillRequirement) -> tuple[float, ...]:
    """A skill requirement's rule.skill_points for each level 0-5 of its best member."""
    return tuple(
        rule.skill_points(req, dict.fromkeys(req.members, level)) for level in range(MAX_LEVEL + 1)
    )


class QuickScorer:
    """Roles flattened once for scoring many standings: batch runs' hot path.

    Roles that extend another share its requirement objects, so each distinct
    requirement gets one slot and is scored once per standing however many roles
    list it; each role then sums its slots. The numbers are the rule's.
    """

    def __init__(self, roles: Sequence[ResolvedRole], index: CatalogIndex) -> None:
        self.index = index
        distinct: dict[int, Requirement] = {}  # by id: the roles keep them alive
        for role in roles:
            for c in CATEGORIES:
                for req in getattr(role.requirements, c):
                    distinct.setdefault(id(req), req)
        # Slots in four runs: one-skill requirements, any-of groups, k-of-n groups, the rest.
        skills = [r for r in distinct.values() if isinstance(r, SkillRequirement)]
        single = [r for r in skills if r.skill]
        groups = [r for r in skills if not r.skill and r.at_least == 1]
        k_of_n = [r for r in skills if not r.skill and r.at_least > 1]
        others = [r for r in distinct.values() if not isinstance(r, SkillRequirement)]
        order = [*single, *groups, *k_of_n, *others]
        slot = {id(r): n for n, r in enumerate(order)}
        # A skill requirement's points for each level 0-5 its skill may have.
        self._single_skills = tuple(str(r.skill) for r in single)
        self._single_points = tuple(_points_at(r) for r in single)
        self._groups = tuple((tuple(r.members), _points_at(r)) for r in groups)
        self._k_of_n = tuple(k_of_n)  # the mean of the best k: the rule's own sum
        # The rest: the rule's credit (0-1) for its kind, and what it is worth.
        self._others = tuple((rule.CREDIT[type(r)], r, rule.max_points(r)) for r in others)
        self._roles: list[_RoleRows] = []
        for role in roles:
            reqs = [(c, r, slot[id(r)]) for c in CATEGORIES for r in getattr(role.requirements, c)]
            worths = rule.category_sums((c, 0.0, rule.max_points(r)) for c, r, _ in reqs)
            categories = {
                c: (tuple(n for cat, _, n in reqs if cat == c), worth)
                for c, (_, worth) in worths.items()
            }
            shares = rule.shares(role.weights, categories)
            self._roles.append(
                _RoleRows(
                    role=role,
                    names=tuple(categories),
                    categories=tuple(categories.values()),
                    shares=tuple(shares[c] for c in categories),
                    essentials=_selection(
                        [(r, n) for _, r, n in reqs if rule.can_block(r.importance)]
                    ),
                    rows=_selection([(r, n) for _, r, n in reqs]),
                )
            )

    def score(self, standing: Standing, *, gaps: bool = True) -> list[QuickScore]:
        """Score, readiness, blockers and category scores for each role, in order.

        ``gaps=False`` leaves each list of unmet requirements empty when nobody reads it.
        """
        get = standing.skills.get
        # rule.skill_points as look-ups by level, one-skill requirements in one C-level pass.
        levels = map(get, self._single_skills, repeat(0))
        points = list(map(tuple.__getitem__, self._single_points, levels))
        # Points never fall as the level rises: a group's best member has the most points.
        points += [max([at[get(m, 0)] for m in members]) for members, at in self._groups]
        points += [rule.skill_points(r, standing.skills) for r in self._k_of_n]
        index = self.index
        points += [
            rule.points_for(worth, credit(r, standing, index)) for credit, r, worth in self._others
        ]
        at = points.__getitem__
        out = []
        for rows in self._roles:
            scores = [
                rule.category_score(rule.total(map(at, slots)), worth)
                for slots, worth in rows.categories
            ]
            score = rule.weighted_mean(scores, rows.shares)
            blockers = rows.essentials.short(at)
            out.append(
                QuickScore(
                    score=score,
                    readiness=rule.readiness(score, blockers, rows.role.ready_score),
                    blockers=blockers,
                    categories=tuple(zip(rows.names, scores, strict=True)),
                    unmet=rows.rows.short(at) if gaps else (),
                )
            )
        return out


_SCORERS: dict[tuple[str, ...], QuickScorer] = {}
_SCORERS_MAX: Final = 64


def scorer(index: CatalogIndex, role_ids: Sequence[str]) -> QuickScorer:
    """The :class:`QuickScorer` for these roles of this catalog, built once per process."""
    key = tuple(role_ids)
    found = _SCORERS.get(key)
    if found is None or found.index is not index:
        found = QuickScorer([index.role(r) for r in key], index)
        if len(_SCORERS) >= _SCORERS_MAX:  # bounded: a long-lived process stays flat
            _SCORERS.clear()
        _SCORERS[key] = found
    return found
