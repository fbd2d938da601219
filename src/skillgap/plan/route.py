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
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from skillgap.plan.calendar import _dates
from skillgap.plan.ledger import _Ledger, _Step
from skillgap.scoring import rule

#: Branch and bound stops after this many nodes and keeps the best route found; the
#: shipped catalog needs a few hundred at most.
SEARCH_BUDGET: Final = 20_000
#: More open study steps than this (a generated or hostile catalog) and the route is the
#: steps taken by score per hour until ready, not searched.
EXACT_LIMIT: Final = 64
#: A blocker touched by at most this many open steps gets an exact least cost in the
#: search's bound (2**n subsets); one touched by more, the cheapest single step.
_SUBSET_LIMIT: Final = 10
#: More free track steps than this (after those no route can do without are forced) and
#: not every set of them is tried: see :func:`_track_choices`.
TRACK_LIMIT: Final = 8


class _Model:
    """Steps as bits, requirements as points looked up by the bits of the steps touching them."""

    def __init__(self, base: _Ledger, steps: Sequence[_Step]) -> None:
        self.base = base
        self.frame = base.frame
        self.steps = list(steps)
        self.bit = {s.key: i for i, s in enumerate(steps)}
        self.deps = [sum(1 << self.bit[d] for d in s.deps if d in self.bit) for s in steps]
        reqs = self.frame.reqs
        self.keys = self.frame.keys
        self.cats = self.frame.categories
        number = {id(r): n for n, r in enumerate(reqs)}
        #: Per step, the requirements it touches (in requirement order); per requirement,
        #: the steps touching it (a bit mask).
        self.touches = [sorted(number[id(r)] for r in self.frame.touched(s)) for s in steps]
        self.touch = [0] * len(reqs)
        for i, touched in enumerate(self.touches):
            for r in touched:
                self.touch[r] |= 1 << i
        self.shares = [self.frame.value[k] for k in self.keys]
        self.worths = self.frame.worths
        #: The requirements that block ready while they are not met (:func:`rule.can_block`).
        self.essential = [n for n, _, _ in self.frame.blocking]
        self.ready_score = self.frame.role.ready_score
        self._memo: list[dict[int, float]] = [{} for _ in reqs]
        self._met: list[dict[int, bool]] = [{} for _ in reqs]
        self._dependents: dict[int, int] = {}
        self._least: dict[tuple[int, int, int], float] = {}

    def points(self, r: int, applied: int) -> float:
        """Points of requirement ``r`` once the steps in ``applied`` are done."""
        mask = applied & self.touch[r]
        memo = self._memo[r]
        found = memo.get(mask)
        if found is None:
            if not mask:
                found = memo[mask] = self.base.points[self.keys[r]]
                return found
            # Every step in ``mask`` touches ``r``: its points after the last of them are
            # its points on the final standing, so they are computed once, there.
            ledger = self.base.copy()
            for i, step in enumerate(self.steps):
                if mask >> i & 1:
                    ledger.give(step)
            found = memo[mask] = ledger.earned(self.frame.reqs[r])
        return found

    def met(self, r: int, applied: int) -> bool:
        """Whether requirement ``r`` is met once the steps in ``applied`` are done."""
        mask = applied & self.touch[r]
        memo = self._met[r]
        found = memo.get(mask)
        if found is None:
            found = memo[mask] = rule.met(self.points(r, mask), self.worths[r])
        return found

    def essentials_met(self, applied: int) -> bool:
        """Whether no blocker is left once the steps in ``applied`` are done."""
        return all(self.met(r, applied) for r in self.essential)

    def score(self, applied: int) -> float:
        """The overall score of the points after ``applied``, by the rule."""
        return self.frame.overall([self.points(r, applied) for r in range(len(self.keys))])

    def ready(self, applied: int) -> bool:
        """:meth:`_Frame.ready`: a blocker rules ready out, so it is checked before the score."""
        if not self.essentials_met(applied):
            return False
        return rule.readiness(self.score(applied), (), self.ready_score) == "ready"

    def gain(self, j: int, applied: int) -> float:
        """Overall-score points step ``j`` adds on top of ``applied`` (before rounding)."""
        after = applied | 1 << j
        return rule.weighted_gain(
            (self.points(r, applied), self.points(r, after), self.shares[r])
            for r in self.touches[j]
        )

    def exact(self, applied: int) -> float:
        return rule.weighted_points((self.points(r, applied), s) for r, s in enumerate(self.shares))

    def closure(self, keys: Iterable[int]) -> int:
        mask = 0
        pending = list(keys)
        while pending:
            j = pending.pop()
            if not mask >> j & 1:
                mask |= 1 << j
                pending.extend(i for i in range(len(self.steps)) if self.deps[j] >> i & 1)
        return mask

    def least_to_meet(self, r: int, applied: int, reach: int) -> float:
        """The fewest study hours of steps in ``reach`` that meet ``r`` on top of ``applied``.

        A lower bound for any route from ``applied``: only steps touching ``r`` change its
        points, so a route that meets it takes one of these sets (their dependencies cost
        more still). Exact over the subsets when few steps touch ``r``; else the cheapest
        single step, which is a weaker bound but still one. inf when none meets it.
        """
        reach &= self.touch[r]
        key = (r, applied & self.touch[r], reach)
        found = self._least.get(key)
        if found is not None:
            return found
        bits = [j for j in range(len(self.steps)) if reach >> j & 1]
        hours = [self.steps[j].study_hours for j in bits]
        if len(bits) > _SUBSET_LIMIT:
            found = min(hours, default=math.inf)
        else:
            found = math.inf
            # Subset by subset, each made from a smaller one and its lowest step.
            masks = [0] * (1 << len(bits))
            spent = [0.0] * (1 << len(bits))
            for chosen in range(1, 1 << len(bits)):
                low = chosen & -chosen
                i = low.bit_length() - 1
                masks[chosen] = masks[chosen ^ low] | 1 << bits[i]
                spent[chosen] = spent[chosen ^ low] + hours[i]
                if spent[chosen] < found and self.met(r, applied | masks[chosen]):
                    found = spent[chosen]
        self._least[key] = found
        return found

    def dependents(self, j: int) -> int:
        """``j`` and every step that needs it, directly or not."""
        found = self._dependents.get(j)
        if found is None:
            found = self._dependents[j] = self._needing(j)
        return found

    def _needing(self, j: int) -> int:
        mask = 1 << j
        grew = True
        while grew:
            grew = False
            for i, deps in enumerate(self.deps):
                if deps & mask and not mask >> i & 1:
                    mask |= 1 << i
                    grew = True
        return mask


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
    """
    steps = model.steps
    hours = [steps[j].study_hours for j in range(len(steps))]
    everything = base | sum(1 << j for j in candidates)
    if not model.ready(everything):
        return None
    for j in candidates:  # a step no route to ready can do without
        if not model.essentials_met(everything & ~model.dependents(j)):
            base |= model.closure([j])
    candidates = [j for j in candidates if not base >> j & 1]
    fixed = _hours_of(base, hours)
    spent, applied = _incumbent(model, base, candidates, hours)
    best: tuple[float, int] | None = (spent, applied) if spent < cap else None
    if len(candidates) > EXACT_LIMIT:  # a hostile catalog: keep the incumbent
        return best
    later_twins = _twins(model, base, candidates)
    limit = best[0] if best else cap
    nodes = 0
    # An exact score below this is never ready, whatever the rounding (the rule's bound).
    target = model.ready_score - rule.exact_score_slack()
    # A step's gain changes only when a step touching one of its requirements is taken.
    touched = {j: set(model.touches[j]) for j in candidates}
    neighbours = {
        j: [k for k in candidates if k != j and touched[k] & touched[j]] for j in candidates
    }

    # The candidates from the i-th on, as a bit mask.
    suffix = [0] * (len(candidates) + 1)
    for k in range(len(candidates) - 1, -1, -1):
        suffix[k] = suffix[k + 1] | 1 << candidates[k]

    def bound(
        applied: int, exact: float, i: int, dead: int, gains: dict[int, float], budget: float
    ) -> float:
        """Hours still needed at least, or inf when no set of open steps can be ready.

        The open steps are the candidates from the i-th on that are not ``dead``; once the
        bound reaches ``budget`` (what a better route may still spend), it is not refined.
        """
        reach = suffix[i] & ~dead
        # Each blocker still open needs a set of the open steps touching it.
        floor = 0.0
        for r in model.essential:
            if not model.met(r, applied):
                floor = max(floor, model.least_to_meet(r, applied, reach))
                if floor >= budget:
                    return floor
        need = target - exact
        if need <= 0:
            return floor
        rated = sorted(
            (hours[j] / gain, gain, hours[j])
            for j in candidates[i:]
            if not dead >> j & 1 and (gain := gains[j]) > 0
        )
        total = 0.0
        for _, gain, h in rated:
            if gain >= need:
                return max(floor, total + h * need / gain)
            need -= gain
            total += h
        return math.inf

    def search(
        i: int, applied: int, spent: float, exact: float, dead: int, gains: dict[int, float]
    ) -> None:
        nonlocal best, limit, nodes
        nodes += 1
        if spent >= limit - 1e-9:
            return
        if exact >= target and model.ready(applied):
            best, limit = (spent, applied), spent
            return
        if i == len(candidates) or nodes > SEARCH_BUDGET:
            return
        if spent + bound(applied, exact, i, dead, gains, limit - spent) >= limit - 1e-9:
            return
        j = candidates[i]
        if not (dead >> j & 1) and (model.deps[j] & ~applied) == 0:
            taken = applied | 1 << j
            after = dict(gains)
            for k in neighbours[j]:
                after[k] = model.gain(k, taken)
            search(i + 1, taken, spent + hours[j], exact + gains[j], dead, after)
        search(
            i + 1, applied, spent, exact, dead | model.dependents(j) | later_twins.get(j, 0), gains
        )

    search(0, base, fixed, model.exact(base), 0, {j: model.gain(j, base) for j in candidates})
    return best


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
    """For each step, the later candidates interchangeable with it (as a bit mask).

    Leaving a step out then leaves its later twins out too: a route with a later twin
    and without this one costs and scores the same with the two swapped.
    """
    needed = set()
    for deps in model.deps:
        needed |= {i for i in range(len(model.steps)) if deps >> i & 1}
    alone: dict[int, tuple[object, ...]] = {}
    for j in candidates:
        touches = model.touches[j]
        if model.deps[j] or j in needed or len(touches) != 1:
            continue
        r = touches[0]
        if model.touch[r] != 1 << j:
            continue
        after = model.points(r, base | 1 << j) - model.points(r, base)
        alone[j] = (
            model.steps[j].hours,
            model.cats[r],
            model.worths[r],
            round(after, 9),
            round(model.points(r, base), 9),
            r in model.essential,
        )
    twins: dict[int, int] = {}
    order = list(candidates)
    for a, j in enumerate(order):
        if j in alone:
            twins[j] = sum(1 << k for k in order[a + 1 :] if alone.get(k) == alone[j])
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
        cost = _commitment(model, base & ~forced, start_date)
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
        picked = [steps[j] for j in range(len(steps)) if mask >> j & 1]
        dated = _dates(sorted(picked, key=lambda s: s.track != "study"), start_date, per_week)
        ready_on = max((d.end for d in dated), default=start_date)
        long = [s for s in picked if s.track != "study"]
        # The honest objective: the earliest date counting a new full-time commitment's
        # months as a cost (it must pay for itself), then the earliest date, then the
        # fewest hours of every kind (a degree's and full-time work's included), then the
        # fewest long commitments.
        total = spent + sum(s.hours for s in long)
        rank = (ready_on + cost, ready_on, round(total, 6), len(long))
        if best is None or rank < best.rank:
            best = _Route(mask, ready_on, spent, rank, exact)
    return best


def _commitment(model: _Model, new: int, start_date: dt.date) -> dt.timedelta:
    """The calendar time of the new full-time steps in ``new``, one after the other.

    A mentor changes a person's life (an internship, a new degree) only when it pays for
    itself: a route that takes them is ready earlier by more than their own months.
    Steps already under way in the person's life (a degree in progress, the job they
    stay in) are not new and cost nothing here.
    """
    picked = [s for j, s in enumerate(model.steps) if new >> j & 1 and s.track != "study"]
    if not picked:
        return dt.timedelta(0)
    dated = _dates(picked, start_date, 1.0)
    return max(d.end for d in dated) - start_date


def _hours_by(
    model: _Model, forced: int, allowed: int, start_date: dt.date, by: dt.date
) -> float | None:
    """The fewest study hours of a route whose track steps all end by ``by`` (None: none)."""
    best: float | None = None
    for end, base in _track_choices(model, forced, allowed, start_date)[0]:
        if end > by:
            continue
        order = [j for j in _by_rate(model, base, _study(model, allowed)) if not base >> j & 1]
        found = _least_hours(model, base, order, math.inf if best is None else best)
        if found is not None:
            best = found[0]
    return best
