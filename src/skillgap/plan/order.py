"""The order of the steps: bundles (a step and what it still needs) by importance, then rate.

**Order:** the route comes first: steps already under way (``doing``), then the steps
that close blockers, then the rest of the route, each chosen by the importance of the
most important gap it raises (essential, important, useful: the order of study steps does
not move the date they end on, so a gap that matters comes before a filler), then by the
most score per hour, and preceded by the prerequisites it still needs. The remaining
gaps follow in the same way. A step that adds nothing to the score never comes before
ready (unless another step of the route needs it first), and after ready it is left out:
it serves nothing. Score per hour counts every hour, a degree's and full-time work's
too. ``hours_to_ready``, ``ready_on``, whether the target date is reachable and the
weekly hours that would make it all come from the route.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Final, Literal

from skillgap.plan.ledger import _Ledger, _Step
from skillgap.scoring import rule


def _bundle(key: str, steps: dict[str, _Step], done: set[str]) -> list[str]:
    """``key`` with the steps it still depends on, dependencies first."""
    order: list[str] = []
    if key in done:
        return order
    seen = {key}
    # Depth-first with an explicit stack: a (cycle-free) chain of prerequisites is
    # bounded by the catalog's rules, but the stack should not be what bounds it.
    stack: list[tuple[str, Iterator[str]]] = [(key, iter(steps[key].deps))]
    while stack:
        k, deps = stack[-1]
        dep = next(deps, None)
        if dep is None:
            stack.pop()
            order.append(k)
        elif dep not in done and dep not in seen:
            seen.add(dep)
            stack.append((dep, iter(steps[dep].deps)))
    return order


def _needed(key: str, steps: dict[str, _Step], open_keys: set[str]) -> bool:
    """Whether a step still to come depends on ``key``."""
    return any(key in steps[k].deps for k in open_keys if k != key)


_Class = Literal["doing", "blocker", "route", "rest"]
_REASON: Final[dict[_Class, str]] = {
    "doing": "you have started it, so it comes first",
    "blocker": "it closes a blocker: the quickest route to ready takes it early",
    "route": "on the quickest route to ready: the most important of its open gaps, "
    "then the most score per hour",
    "rest": "after ready: the most important of the open gaps, then the most score per hour",
}


def _ordered(
    ledger: _Ledger,
    steps: Sequence[_Step],
    pool: set[str],
    klass: _Class,
    *,
    importance_first: bool = True,
) -> list[tuple[_Step, str]]:
    """The steps of ``pool`` in order, applied to ``ledger`` as they are taken.

    Each time, the bundle (a step and the prerequisites it still needs) that raises the
    most important gap, then with the most score per hour; with ``klass`` "blocker",
    bundles that close a blocker go first. ``importance_first`` False: score per hour
    only (the old greedy order, the benches' yardstick).
    """
    frame = ledger.frame
    by_key = {s.key: s for s in steps}
    rank = {s.key: i for i, s in enumerate(steps)}
    share = frame.value
    done = {k for k in by_key if k not in pool}
    out: list[tuple[_Step, str]] = []
    # A bundle's rating holds until a step it shares a requirement or a step with is taken.
    cache: dict[str, tuple[list[str], set[str], float, tuple[bool, float, float, int]]] = {}
    while any(k not in done for k in pool):
        best: tuple[tuple[bool, float, float, int], list[str], float] | None = None
        blockers = set(frame.blockers(ledger.points))
        for key in pool:
            if key in done:
                continue
            if key not in cache:
                keys = _bundle(key, by_key, done)
                trial = ledger.copy()
                for k in keys:
                    trial.apply(by_key[k])
                reached = {r.key for k in keys for r in frame.touched(by_key[k])}
                gain = rule.weighted_gain(
                    (ledger.points[r], trial.points[r], share[r]) for r in reached
                )
                # Every hour counts: a degree is not free because it is not study.
                hours = sum(by_key[k].hours for k in keys)
                closes = klass == "blocker" and any(
                    r in blockers and frame.met(r, trial.points[r]) for r in reached
                )
                rate = round(gain / hours, 12) if hours else (math.inf if gain > 0 else 0.0)
                # The order of study steps does not move the date they end on: the most
                # important gap a bundle raises comes first, then score per hour.
                raised = [frame.rank[r] for r in reached if trial.points[r] > ledger.points[r]]
                first = -min(raised, default=0.0) if importance_first else 0.0
                cache[key] = (keys, reached, gain, (closes, first, rate, -rank[key]))
            keys, _, gain, candidate = cache[key]
            if best is None or candidate > best[0]:
                best = (candidate, keys, gain)
        assert best is not None
        (closes, _, _, _), keys, gain = best
        if klass == "rest" and gain <= 0 and not _needed(keys[-1], by_key, pool - done):
            done.add(keys[-1])  # a step that serves nothing is no advice
            cache.pop(keys[-1], None)
            continue
        taken = set(keys)
        touched = {r.key for k in keys for r in frame.touched(by_key[k])}
        cache = {
            key: entry
            for key, entry in cache.items()
            if key not in taken and not entry[1] & touched and not taken & set(entry[0])
        }
        head = by_key[keys[-1]]
        why = _REASON[klass if klass != "blocker" or closes else "route"]
        for k in keys:
            step = by_key[k]
            if k == head.key:
                reason = f"{step.note}; {why}" + (
                    " (counting the prerequisites before it)" if len(keys) > 1 else ""
                )
                if gain <= 0:
                    reason = f"{step.note}; it adds no score by itself"
            else:
                reason = f"{step.note}; placed before '{head.title}', which needs it"
            ledger.apply(step)
            done.add(k)
            out.append((step, reason))
    return out
