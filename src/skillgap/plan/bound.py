"""The bound of the route search: the least hours a node's open steps may still need.

Each blocker still open needs a set of the open steps that touch it; past them, a
fractional knapsack over the open steps by hours per point, kept in rate order as gains
change (never sorted at a node) and handed to the child that leaves out no step it used.
Used only by :mod:`skillgap.plan.route`, whose search this bounds.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from skillgap.plan.ledger import _Model

#: Every candidate with a gain: (hours per point, gain, hours, step), best rate first.
Rated = list[tuple[float, float, float, int]]
#: A knapsack's least hours and the steps it used.
Known = tuple[float, int]


def rate(j: int, gain: float, hours: Sequence[float]) -> tuple[float, float, float, int]:
    """Step ``j``'s place in ``Rated``: its hours per point first."""
    return hours[j] / gain, gain, hours[j], j


def still_open(
    model: _Model, blocked: tuple[int, ...], closes: set[int], taken: int
) -> tuple[int, ...]:
    """The blockers of ``blocked`` still open once the steps in ``taken`` are done."""
    if not closes:
        return blocked
    return tuple(r for r in blocked if r not in closes or not model.met(r, taken))


def rerated(
    rated: Rated,
    changed: Sequence[int],
    gains: dict[int, float],
    after: dict[int, float],
    hours: Sequence[float],
) -> Rated:
    """``rated`` with the gains of the steps in ``changed`` moved from ``gains`` to ``after``.

    The same order a sort of every step by its new rate gives (steps of equal hours and
    gain may swap, which changes no sum over them): each changed step is taken out and put
    back where its new rate goes.
    """
    out = list(rated)
    for k in changed:
        old, new = gains[k], after[k]
        if old == new:
            continue
        if old > 0:
            del out[bisect.bisect_left(out, rate(k, old, hours))]
        if new > 0:
            bisect.insort(out, rate(k, new, hours))
    return out


def shape(
    model: _Model, candidates: Sequence[int], later_twins: dict[int, int]
) -> tuple[dict[int, list[int]], dict[int, set[int]], list[int], dict[int, int]]:
    """What the search looks up at each node.

    For each candidate, the others whose gain it changes, the blockers it can close and
    the steps left out with it (those that need it, and its later twins); and the
    candidates from the i-th on, as a bit mask.
    """
    # A step's gain changes only when a step touching one of its requirements is taken.
    touched = {j: set(model.touches[j]) for j in candidates}
    neighbours = {
        j: [k for k in candidates if k != j and touched[k] & touched[j]] for j in candidates
    }
    closes = {j: {r for r in model.essential if r in touched[j]} for j in candidates}
    suffix = [0] * (len(candidates) + 1)
    for k in range(len(candidates) - 1, -1, -1):
        suffix[k] = suffix[k + 1] | 1 << candidates[k]
    leaving = {j: model.dependents(j) | later_twins.get(j, 0) for j in candidates}
    return neighbours, closes, suffix, leaving


def bound(
    model: _Model,
    target: float,
    applied: int,
    exact: float,
    reach: int,
    state: tuple[Rated, tuple[int, ...]],
    budget: float,
    known: Known | None,
) -> tuple[float, Known | None]:
    """Hours still needed at least, or inf when no set of open steps can be ready.

    ``target``: the exact score below which no standing is ready. The open steps are
    those in ``reach``; once the bound reaches ``budget`` (what a better route may still
    spend), it is not refined. ``state``: every candidate with a gain, by hours per point
    (then gain, hours), and the blockers still open, in the model's order. Also the
    knapsack's part, to hand to the child that leaves a step out: ``known`` is its
    parent's, kept when the steps it lost are none it used.
    """
    rated, blocked = state
    # Each blocker still open needs a set of the open steps touching it.
    floor = 0.0
    for r in blocked:
        floor = max(floor, model.least_to_meet(r, applied, reach))
        if floor >= budget:
            return floor, None
    need = target - exact
    if need <= 0:
        return floor, None
    if known is not None and not known[1] & ~reach:
        return max(floor, known[0]), known
    # A fractional knapsack over the open steps, the best rate first: ``rated`` is kept
    # in that order as gains change (see :func:`rerated`), not sorted at each node.
    total = 0.0
    used = 0
    for _, gain, h, j in rated:
        if reach >> j & 1:
            used |= 1 << j
            if gain >= need:
                least = total + h * need / gain
                return max(floor, least), (least, used)
            need -= gain
            total += h
    return math.inf, (math.inf, used)
