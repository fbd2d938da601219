"""The route to ready, exact: steps as bits, branch and bound over the study steps.

**The route to ready** is computed exactly: of all the sets of steps that close every
blocker (with their prerequisites) and reach the role's ready score, the plan takes the
one ready on the earliest date; among those, the fewest hours in all (a degree's and
full-time work's counted, not only study); then the fewest long commitments. It is found
by branch and bound over the study steps for each choice of track steps (a
fractional-knapsack bound over score per hour prunes the search).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Sequence
from typing import Final, NamedTuple

from skillgap.plan.bound import Known, Rated, bound, rate, rerated, shape, still_open
from skillgap.plan.calendar import _commitment, _dates
from skillgap.plan.ledger import _Model
from skillgap.scoring import rule

#: Branch and bound stops after this many nodes and keeps the best route found; the
#: shipped catalog needs a few hundred at most.
SEARCH_BUDGET: Final = 20_000
#: More open study steps than this (a generated or hostile catalog) and the route is the
#: steps taken by score per hour until ready, not searched.
EXACT_LIMIT: Final = 64
#: More free track steps than this (after those no route can do without are forced) and
#: not every set of them is tried: see :func:`_track_choices`.
TRACK_LIMIT: Final = 8


def _least_hours(
    model: _Model, base: int, candidates: Sequence[int], cap: float = math.inf
) -> tuple[float, int] | None:
    """The fewest study hours (and the steps) that make ``base`` ready in under ``cap``.

    None when no set of ``candidates`` does.

    Steps without which no blocker can close are taken first. Then depth-first over
    ``candidates`` (dependencies before dependents), taking a step before leaving it out;
    a branch is cut when it cannot be ready even with every step still open, or when a
    fractional knapsack over score per hour (a step's gain only shrinks as others are
    added) says it cannot beat the best route found. Interchangeable steps (same hours,
    same gain, each alone on a requirement of the same worth) are tried in one order only.

    The search starts from a first route (:func:`_incumbent`); when that one is under
    ``cap``, ``cap`` plays no further part, so the answer is kept on the model and given
    again to any ``cap`` above the first route (the route and the date-finding of the
    target date ask of the same steps).
    """
    key = (base, tuple(candidates))
    known = model.searched.get(key)
    if known is not None and known[0] < cap:
        return known[1]
    first, found = _search(model, base, candidates, cap)
    if first < cap:
        model.searched[key] = (first, found)
    return found


def _search(
    model: _Model, base: int, candidates: Sequence[int], cap: float
) -> tuple[float, tuple[float, int] | None]:
    """:func:`_least_hours`, with the hours of the first route (-inf: none was needed)."""
    steps = model.steps
    hours = [steps[j].study_hours for j in range(len(steps))]
    everything = base | sum(1 << j for j in candidates)
    if not model.ready(everything):
        return -math.inf, None
    for j in candidates:  # a step no route to ready can do without
        if not model.essentials_met(everything & ~model.dependents(j)):
            base |= model.closure([j])
    candidates = [j for j in candidates if not base >> j & 1]
    fixed = _hours_of(base, hours)
    spent, applied = _incumbent(model, base, candidates, hours)
    best: tuple[float, int] | None = (spent, applied) if spent < cap else None
    if len(candidates) > EXACT_LIMIT:  # a hostile catalog: keep the incumbent
        return spent, best
    later_twins = _twins(model, base, candidates)
    limit = best[0] if best else cap
    nodes = 0
    # An exact score below this is never ready, whatever the rounding (the rule's bound).
    target = model.ready_score - rule.exact_score_slack()
    neighbours, closes, suffix, leaving = shape(model, candidates, later_twins)

    def search(
        i: int,
        applied: int,
        spent: float,
        exact: float,
        dead: int,
        gains: dict[int, float],
        state: tuple[Rated, tuple[int, ...]],
        known: Known | None = None,
    ) -> None:
        nonlocal best, limit, nodes
        nodes += 1
        if spent >= limit - 1e-9:
            return
        # No blocker open and the score reached: what model.ready asks, in that order.
        if exact >= target and not state[1] and model.ready(applied):
            best, limit = (spent, applied), spent
            return
        if i == len(candidates) or nodes > SEARCH_BUDGET:
            return
        reach = suffix[i] & ~dead
        least, known = bound(model, target, applied, exact, reach, state, limit - spent, known)
        if spent + least >= limit - 1e-9:
            return
        j = candidates[i]
        # A step already left out (it needs one left out, or a twin was): its one child,
        # leaving it out, has the same standing and, when leaving it out leaves nothing
        # more out, the same open steps, so the same bound; it passes every test its
        # parent did, as nothing was found in between. Those children are walked here,
        # each counted as a node.
        while dead >> j & 1:
            skip = dead | leaving[j]
            if suffix[i + 1] & ~skip != suffix[i + 1] & ~dead:
                break
            nodes += 1
            i, dead = i + 1, skip
            if i == len(candidates) or nodes > SEARCH_BUDGET:
                return
            j = candidates[i]
        if not (dead >> j & 1) and (model.deps[j] & ~applied) == 0:
            if spent + hours[j] >= limit - 1e-9:  # the child taking it: no better, counted
                nodes += 1
            else:
                taken = applied | 1 << j
                after = gains | {k: model.gain(k, taken) for k in neighbours[j]}
                rated = rerated(state[0], neighbours[j], gains, after, hours)
                blocked = still_open(model, state[1], closes[j], taken)
                search(
                    i + 1, taken, spent + hours[j], exact + gains[j], dead, after, (rated, blocked)
                )
        # Leaving the step out: the same standing, so the same knapsack unless it used it.
        search(i + 1, applied, spent, exact, dead | leaving[j], gains, state, known)

    gains = {j: model.gain(j, base) for j in candidates}
    rated = sorted(rate(j, gains[j], hours) for j in candidates if gains[j] > 0)
    blocked = tuple(r for r in model.essential if not model.met(r, base))
    search(0, base, fixed, model.exact(base), 0, gains, (rated, blocked))
    return spent, best


def _hours_of(mask: int, hours: Sequence[float]) -> float:
    return sum(h for i, h in enumerate(hours) if mask >> i & 1)


def _incumbent(
    model: _Model, base: int, candidates: Sequence[int], hours: Sequence[float]
) -> tuple[float, int]:
    """A first route: steps by rate until ready, then any that can go without losing ready."""
    applied = base
    for j in candidates:
        if model.ready(applied):
            break
        applied |= 1 << j
    for j in reversed(candidates):
        if applied >> j & 1 and model.ready(less := applied & ~model.dependents(j)):
            applied = less
    return _hours_of(applied, hours), applied


def _twins(model: _Model, base: int, candidates: Sequence[int]) -> dict[int, int]:
    """For each step, the later candidates it makes pointless to take without it (a mask).

    Leaving a step out then leaves those out too. A later twin (same hours, same gain,
    each alone on a requirement of the same worth) costs and scores the same with the two
    swapped. A later step it dominates (alone on a requirement that blocks nothing, in the
    same category, no fewer hours and no more gain) costs no less and scores no more: the
    route with the two swapped is ready too (a category's score only rises with its
    points, and no blocker is lost), so it is found in the branch that takes this step.
    """
    needed = set()
    for deps in model.deps:
        needed |= {i for i in range(len(model.steps)) if deps >> i & 1}
    alone: dict[int, tuple[object, ...]] = {}
    gain: dict[int, float] = {}
    for j in candidates:
        touches = model.touches[j]
        if model.deps[j] or j in needed or len(touches) != 1:
            continue
        r = touches[0]
        if model.touch[r] != 1 << j:
            continue
        after = model.points(r, base | 1 << j) - model.points(r, base)
        gain[j] = round(after * model.shares[r], 9)
        alone[j] = (
            model.steps[j].hours,
            model.cats[r],
            model.worths[r],
            round(after, 9),
            round(model.points(r, base), 9),
            r in model.essential,
        )

    def dominated(j: int, k: int) -> bool:
        if alone[k] == alone[j]:
            return True
        hours, category, _, _, _, _ = alone[j]
        k_hours, k_category, _, _, _, k_blocks = alone[k]
        return (
            not k_blocks
            and k_category == category
            and float(k_hours) >= float(hours)  # type: ignore[arg-type]
            and gain[k] <= gain[j]
        )

    twins: dict[int, int] = {}
    order = list(candidates)
    for a, j in enumerate(order):
        if j in alone:
            twins[j] = sum(1 << k for k in order[a + 1 :] if k in alone and dominated(j, k))
    return twins


def _by_rate(model: _Model, base: int, keys: Sequence[int]) -> list[int]:
    """``keys`` with dependencies first, otherwise by score per hour on top of ``base``."""
    rate = {
        j: (model.gain(j, base) / model.steps[j].hours if model.steps[j].hours else 0.0)
        for j in keys
    }
    # Each time, the best rate (then the lowest index) among the steps none of whose
    # dependencies is still waiting: a heap of those, fed as their dependencies are taken.
    left = set(keys)
    waiting = dict.fromkeys(left, 0)
    needed_by: dict[int, list[int]] = {k: [] for k in left}
    for j in left:
        deps, k = model.deps[j], 0
        while deps:
            if deps & 1 and k in left:
                waiting[j] += 1
                needed_by[k].append(j)
            deps >>= 1
            k += 1
    heap = [(-rate[j], j) for j in left if not waiting[j]]
    heapq.heapify(heap)
    out: list[int] = []
    while heap:
        _, j = heapq.heappop(heap)
        out.append(j)
        for k in needed_by[j]:
            waiting[k] -= 1
            if not waiting[k]:
                heapq.heappush(heap, (-rate[k], k))
    if len(out) != len(left):
        raise ValueError("plan steps that depend on each other in a cycle")
    return out


class _Route(NamedTuple):
    """The steps of the quickest route to ready, as a bit mask of the model's steps."""

    mask: int
    ready_on: dt.date
    study_hours: float
    rank: tuple[dt.date, dt.date, float, int]
    #: False when the track steps were too many to try every set of (see TRACK_LIMIT).
    exact: bool = True


def _track_choices(
    model: _Model, forced: int, allowed: int, start_date: dt.date
) -> tuple[list[tuple[dt.date, int]], bool]:
    """The sets of track steps a route can take (``forced`` in each), with their last end.

    A step comes with the ones it follows. Track steps without which no blocker can close
    are in every set. With at most :data:`TRACK_LIMIT` others, every set of them is tried
    (``True``: the route is exact); with more, the richest set, then one step fewer at a
    time while the rest still close every blocker (``False``: not proved the best). The
    richest first, so the best route is found early and caps the search of the others.
    """
    steps = model.steps
    tracks = [
        j
        for j in range(len(steps))
        if steps[j].track != "study" and allowed >> j & 1 and not forced >> j & 1
    ]
    for j in tracks:  # a track step no route to ready can do without
        if not model.essentials_met(allowed & ~model.dependents(j)):
            forced |= model.closure([j])
    free = [j for j in tracks if not forced >> j & 1]
    exact = len(free) <= TRACK_LIMIT
    if exact:
        masks = [0]
        for j in free:  # a step after the ones it follows (the steps' own order)
            masks += [m | 1 << j for m in masks if model.deps[j] & ~forced & ~m == 0]
    else:
        current = sum(1 << j for j in free)
        masks = [current]
        study = sum(1 << j for j in _study(model, allowed))
        for j in reversed(free):
            less = current & ~model.dependents(j)
            if model.essentials_met(forced | less | study):
                current = less
                masks.append(current)
    choices = []
    for chosen in masks:
        picked = [steps[j] for j in range(len(steps)) if (forced | chosen) >> j & 1]
        ends = _dates([s for s in picked if s.track != "study"], start_date, 1.0)
        choices.append((max((d.end for d in ends), default=start_date), forced | chosen))
    gains = {c: model.exact(c) for _, c in choices}
    return sorted(choices, key=lambda c: (-round(gains[c[1]], 9), c[0])), exact


def _study(model: _Model, allowed: int) -> list[int]:
    return [j for j, s in enumerate(model.steps) if s.track == "study" and allowed >> j & 1]


def _route(
    model: _Model,
    forced: int,
    allowed: int,
    start_date: dt.date,
    per_week: float,
) -> _Route | None:
    """Exact: for each choice of track steps, the fewest study hours; the earliest date wins."""
    steps = model.steps
    best: _Route | None = None
    choices, exact = _track_choices(model, forced, allowed, start_date)
    for end, base in choices:
        new = [s for j, s in enumerate(steps) if (base & ~forced) >> j & 1]
        cost = _commitment(new, start_date)
        if best is not None and end + cost > best.rank[0]:
            continue
        cap = math.inf
        if best is not None:  # only a route ready by the best date (its cost counted) can win
            cap = (best.rank[0] - cost - start_date).days * per_week / 7 + 1e-6
        order = [j for j in _by_rate(model, base, _study(model, allowed)) if not base >> j & 1]
        found = _least_hours(model, base, order, cap)
        if found is None:
            continue
        spent, mask = found
        ready_on = _ready_on(model, mask, start_date, per_week)
        # The honest objective: the earliest date counting a new full-time commitment's
        # months as a cost (it must pay for itself), then the earliest date, then the
        # fewest hours of every kind (a degree's and full-time work's included), then the
        # fewest long commitments.
        rank = (ready_on + cost, ready_on, *_hours_and_long(model, mask))
        if best is None or rank < best.rank:
            best = _Route(mask, ready_on, spent, rank, exact)
    if best is None:
        return None
    return _prefer_important(model, best, forced, allowed, start_date, per_week)


def _ready_on(model: _Model, mask: int, start_date: dt.date, per_week: float) -> dt.date:
    """When the steps in ``mask`` are done, on the calendar of one life."""
    picked = [s for j, s in enumerate(model.steps) if mask >> j & 1]
    dated = _dates(sorted(picked, key=lambda s: s.track != "study"), start_date, per_week)
    return max((d.end for d in dated), default=start_date)


def _hours_and_long(model: _Model, mask: int) -> tuple[float, int]:
    """Every hour of the steps in ``mask`` (study, degrees, full-time work), and the long ones."""
    picked = [s for j, s in enumerate(model.steps) if mask >> j & 1]
    long = [s for s in picked if s.track != "study"]
    total = sum(s.study_hours for s in picked) + sum(s.hours for s in long)
    return round(total, 6), len(long)


def _prefer_important(
    model: _Model,
    route: _Route,
    forced: int,
    allowed: int,
    start_date: dt.date,
    per_week: float,
) -> _Route:
    """At an equal date, no filler: a route without useful-only steps, when one is as early.

    A filler is a study step that raises only "useful" requirements and that no other
    step needs (a prerequisite of an important step is none). When the route
    takes one and another route without any filler (the same full-time steps, the fewest
    study hours of those) is ready on the same date, that one is the route: its hours
    may be more, since the date comes first, then importance, then hours. "Raise Julia
    from 0 to 1" is never the step that makes ready when important steps make it as soon.
    """
    study = _study(model, allowed)
    if not route.mask & model.fillers & ~forced or len(study) > EXACT_LIMIT:
        return route
    base = route.mask & ~sum(1 << j for j in study) | forced
    order = [
        j for j in _by_rate(model, base, study) if not base >> j & 1 and not model.fillers >> j & 1
    ]
    cap = (route.ready_on - start_date).days * per_week / 7 + 1e-6
    found = _least_hours(model, base, order, cap)
    if found is None:
        return route
    spent, mask = found
    if _ready_on(model, mask, start_date, per_week) != route.ready_on:
        return route
    ranked = (route.rank[0], route.ready_on, *_hours_and_long(model, mask))
    return route._replace(mask=mask, study_hours=spent, rank=ranked)


def _per_week_by(
    model: _Model, forced: int, allowed: int, start_date: dt.date, by: dt.date
) -> float | None:
    """The fewest weekly hours of a route that makes the plan ready by ``by`` (None: none).

    The plan takes the route ready earliest once its new full-time months are counted
    (:func:`_route`), so a route ready by ``by`` is enough only when its months beyond
    the fewest any route takes fit too: for each choice of track steps, those and the
    fewest study hours must all end by ``by`` less those months.
    """
    choices = []
    for end, base in _track_choices(model, forced, allowed, start_date)[0]:
        new = [s for j, s in enumerate(model.steps) if (base & ~forced) >> j & 1]
        choices.append((end, base, _commitment(new, start_date)))
    least = min((cost for _, _, cost in choices), default=dt.timedelta(0))
    best: float | None = None
    for end, base, cost in choices:
        days = (by - start_date - (cost - least)).days
        if days <= 0 or end > start_date + dt.timedelta(days=days):
            continue
        order = [j for j in _by_rate(model, base, _study(model, allowed)) if not base >> j & 1]
        found = _least_hours(model, base, order, math.inf if best is None else best * days / 7)
        if found is not None and (best is None or found[0] * 7 / days < best):
            best = found[0] * 7 / days
    return best
