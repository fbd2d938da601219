"""Steps from the gaps: skills (prerequisites included), certifications, experience, degrees.

**Steps** come from the gaps (skills, certifications, experience, degrees) plus the
prerequisites those skills need. An any-of group is served by one member: the one
preferred (``prefer``), else the one with the fewest hours to the target from where the
person stands and from the levels the plan's other steps already reach (its missing
prerequisites counted), so a plan never raises TensorFlow to 2 and then switches to Keras.
A k-of-n group (``at_least: k``) is served by as many members as it lacks, chosen one by
one the same way: the members already at the target count, then the cheapest to raise.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.catalog import (
    CertificationDef,
    CertificationRequirement,
    DegreeRequirement,
    SkillRequirement,
)
from skillgap.models.common import (
    level_label,
)
from skillgap.models.result import ResourceRef
from skillgap.plan.calendar import _add_months
from skillgap.plan.experience import _experience_steps
from skillgap.plan.ledger import _Ledger, _Step
from skillgap.plan.options import Constraints
from skillgap.scoring.standing import DegreeHeld

DEFAULT_CERTIFICATION_HOURS: Final = 60.0
DEFAULT_DEGREE_HOURS: Final = 2400.0
#: A year of full-time study: a degree rung of 2400 hours takes 18 calendar months.
DEGREE_HOURS_PER_YEAR: Final = 1600.0


def _resources(index: CatalogIndex, skill_id: str) -> tuple[ResourceRef, ...]:
    return tuple(
        ResourceRef.model_construct(title=r.title, kind=r.kind, provider=r.provider, url=r.url)
        for r in index.skills[skill_id].resources
    )


def _hours(index: CatalogIndex, skill_id: str, start: int, target: int) -> float:
    skill = index.skills[skill_id]
    return float(sum(skill.step_hours(level) for level in range(start, target)))


def _climb(
    index: CatalogIndex, skill_id: str, level: int, reached: dict[str, int], skip: frozenset[str]
) -> float:
    """Hours to bring ``skill_id`` to ``level`` from ``reached``, prerequisites included.

    ``math.inf`` when a skill on the way is skipped. ``reached`` is updated in place.
    """
    have = reached.get(skill_id, 0)
    if have >= level:
        return 0.0
    if f"skill:{skill_id}" in skip:
        return math.inf
    hours = 0.0
    for pre in index.skills[skill_id].prerequisites:
        hours += _climb(index, pre.skill, pre.level, reached, skip)
    reached[skill_id] = level
    return hours + _hours(index, skill_id, have, level)


def _skill_steps(
    ledger: _Ledger, reqs: Sequence[SkillRequirement], wishes: Constraints
) -> list[_Step]:
    """A step per skill to raise, prerequisites included (closed over, cycle-free catalog).

    Single-skill requirements (and their prerequisites) are planned first; each any-of
    group then takes the preferred member, else the one that needs the fewest hours from
    the levels reached so far.
    """
    index, have = ledger.index, ledger.skills
    targets: dict[str, int] = {}
    why: dict[str, list[str]] = {}
    reached = dict(have)
    counted = _counted(ledger, reqs)

    def want(skill_id: str, level: int, reason: str) -> None:
        if level > targets.get(skill_id, 0) and level > have.get(skill_id, 0):
            targets[skill_id] = level
        if reason not in why.setdefault(skill_id, []):
            why[skill_id].append(reason)
        # Prerequisites, closed over: a skill never comes before what it needs.
        for pre in index.skills[skill_id].prerequisites:
            if max(counted.get(pre.skill, 0), targets.get(pre.skill, 0)) < pre.level:
                want(
                    pre.skill,
                    pre.level,
                    f"prerequisite: {index.skill_name(skill_id)} needs "
                    f"{index.skill_name(pre.skill)} at {level_label(pre.level)} first",
                )
        reached[skill_id] = max(reached.get(skill_id, 0), level)

    open_reqs = [r for r in reqs if not ledger.met(r)]
    for req in open_reqs:
        if req.skill:
            want(
                req.skill,
                req.level,
                f"the role needs {index.skill_name(req.skill)} at {level_label(req.level)}",
            )
    for req in open_reqs:
        if req.skill:
            continue
        members = req.members
        # members other steps already bring to the level count; the cheapest others are raised
        left = [m for m in members if reached.get(m, 0) < req.level]
        for _ in range(req.at_least - (len(members) - len(left))):
            pick = _pick_member(index, req, left, reached, wishes, have)
            left.remove(pick)
            want(pick, req.level, _group_reason(index, req, pick))
    steps = []
    for skill_id, target in targets.items():
        start = have.get(skill_id, 0)
        deps = tuple(
            f"skill:{p.skill}"
            for p in index.skills[skill_id].prerequisites
            if counted.get(p.skill, 0) < p.level
        )
        steps.append(
            _Step(
                key=f"skill:{skill_id}",
                kind="skill",
                target=skill_id,
                title=f"Raise {index.skill_name(skill_id)} from {start} to {target}",
                hours=_hours(index, skill_id, start, target),
                note="; ".join(why[skill_id]),
                deps=deps,
                level_from=start,
                level_to=target,
                names=frozenset({f"skill:{skill_id}"}),
                resources=_resources(index, skill_id),
            )
        )
    return steps


def _group_reason(index: CatalogIndex, req: SkillRequirement, pick: str) -> str:
    """Why a step raises this member: the group it serves (named, for k of n, with k)."""
    if req.at_least == 1:
        return f"the role needs {req.name or index.skill_name(pick)} at {level_label(req.level)}"
    names = ", ".join(index.skill_name(m) for m in req.members)
    return (
        f"the role needs {req.at_least} of {names} at {level_label(req.level)}; "
        f"{index.skill_name(pick)} is one of the {req.at_least} planned (those you have "
        "started first, then the quickest)"
    )


def _counted(ledger: _Ledger, reqs: Sequence[SkillRequirement]) -> dict[str, int]:
    """Levels as prerequisites see them: a met any-of group counts for each of its members.

    Whoever meets "data preprocessing (or pandas)" at 3 with pandas needs no data
    preprocessing course before model development: the role itself says pandas does it.
    A k-of-n group says no such thing of its members (each is a skill of its own): its
    members count only at their own levels.
    """
    counted = dict(ledger.skills)
    for req in reqs:
        members = req.members
        if len(members) > 1 and req.at_least == 1 and ledger.met(req):
            for m in members:
                counted[m] = max(counted.get(m, 0), req.level)
    return counted


def _pick_member(
    index: CatalogIndex,
    req: SkillRequirement,
    members: list[str],
    reached: dict[str, int],
    wishes: Constraints,
    have: Mapping[str, int],
) -> str:
    """The member an any-of group is served by.

    The preferred member; else the one the person has started, the furthest along (a
    mentor has you keep building the PyTorch you know rather than start Keras because its
    course is shorter); else the fewest hours from ``reached``. Ties: listed first.
    """
    for m in members:
        if f"skill:{m}" in wishes.prefer and f"skill:{m}" not in wishes.skip:
            return m
    costs = [_climb(index, m, req.level, dict(reached), wishes.skip) for m in members]
    if all(math.isinf(c) for c in costs):  # every member skipped: plan one, to list it skipped
        costs = [_climb(index, m, req.level, dict(reached), frozenset()) for m in members]
    started = [m for i, m in enumerate(members) if have.get(m, 0) > 0 and not math.isinf(costs[i])]
    if started:
        return min(started, key=lambda m: (-have[m], costs[members.index(m)], members.index(m)))
    return min(members, key=lambda m: (costs[members.index(m)], members.index(m)))


def _current(cert: CertificationDef) -> bool:
    """Whether a certification can still be earned: a retired one is never suggested."""
    return cert.is_current


def _certification_steps(
    ledger: _Ledger, reqs: Sequence[CertificationRequirement], wishes: Constraints
) -> list[_Step]:
    """A certification per unmet group: the preferred one, else the quickest current one."""
    steps: list[_Step] = []
    for req in reqs:
        if ledger.met(req):
            continue
        certs = [ledger.index.certifications[c] for c in req.any_of]
        current = [c for c in certs if _current(c)]
        if not current:
            continue  # none can be earned any more: nothing to suggest
        allowed = [c for c in current if f"cert:{c.id}" not in wishes.skip] or current
        preferred = [c for c in allowed if f"cert:{c.id}" in wishes.prefer]
        pick = min(
            preferred or allowed,
            key=lambda c: (c.effort_hours or DEFAULT_CERTIFICATION_HOURS, req.any_of.index(c.id)),
        )
        if any(s.target == pick.id for s in steps):
            continue
        resources = (
            ResourceRef.model_construct(
                title=pick.name, kind="docs", provider=pick.issuer, url=pick.url
            ),
        )
        reason = "the one you prefer" if preferred else "the quickest to earn"
        steps.append(
            _Step(
                key=f"cert:{pick.id}",
                kind="certification",
                target=pick.id,
                title=f"Earn {pick.name}",
                hours=pick.effort_hours or DEFAULT_CERTIFICATION_HOURS,
                note=f"one of {len(certs)} accepted for '{req.name or req.key}', and {reason}",
                names=frozenset({f"cert:{pick.id}"}),
                resources=resources,
            )
        )
    return steps


def _degree_months(hours: float) -> float:
    return hours / DEGREE_HOURS_PER_YEAR * 12


def _finish_steps(ledger: _Ledger, start_date: dt.date) -> list[_Step]:
    """A degree in progress is finished on its ``expected_end``, whatever its field.

    It runs from the plan's start (else half its nominal length from there) and is kept:
    it is the person's life, not a choice the plan makes.
    """
    index = ledger.index
    steps: list[_Step] = []
    for d in ledger.degrees:
        if d.completed or any(s.target == d.degree for s in steps):
            continue
        nominal = index.catalog.degrees[index.degree_rank[d.degree] - 1].effort_hours
        half = (nominal or DEFAULT_DEGREE_HOURS) / 2
        end = max(d.expected_end or _add_months(start_date, _degree_months(half)), start_date)
        field_name = index.fields[d.field].name if d.field else d.field_text
        name = index.degrees[d.degree].name
        steps.append(
            _Step(
                key=f"degree:finish:{d.degree}",
                kind="degree",
                target=d.degree,
                title=f"Finish your {name}" + (f" in {field_name}" if field_name else ""),
                hours=round(_months_between(start_date, end) * DEGREE_HOURS_PER_YEAR / 12),
                track="degree",
                fixed_end=end,
                note=f"a degree you are taking: it ends on {end.isoformat()}",
                names=frozenset({f"degree:{d.degree}"}),
                degree=DegreeHeld(d.degree, d.field, d.field_text, True),
                underway=True,
            )
        )
    return steps


def _months_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 30.44


def _degree_steps(
    ledger: _Ledger, reqs: Sequence[DegreeRequirement], finishing: Sequence[_Step]
) -> list[_Step]:
    """New degrees, one rung at a time, each taking the catalog's hours and months.

    A degree at or below one held (or being finished) is never suggested, whatever its
    field. The ladder's first rung (an associate's) is no prerequisite of the next: it is
    planned only when it is the degree asked for.
    """
    index = ledger.index
    ladder = index.catalog.degrees
    reach = max(
        [index.degree_rank[d.degree] for d in ledger.degrees if d.completed]
        + [index.degree_rank[s.target] for s in finishing],
        default=0,
    )
    previous = next((s.key for s in finishing if index.degree_rank[s.target] == reach), None)
    steps: list[_Step] = []
    for req in sorted(reqs, key=lambda r: index.degree_rank[r.level]):
        need = index.degree_rank[req.level]
        if ledger.met(req) or need <= reach:
            continue
        field_id = req.fields[0] if req.fields else None
        field_name = index.fields[field_id].name if field_id else None
        for rank in range(reach + 1, need + 1):
            if rank == 1 and need > 1:
                continue  # an associate's is no step on the way to a bachelor's
            rung = ladder[rank - 1]
            hours = rung.effort_hours or DEFAULT_DEGREE_HOURS
            steps.append(
                _Step(
                    key=f"degree:{rung.id}",
                    kind="degree",
                    target=rung.id,
                    title=f"Earn a {rung.name}" + (f" in {field_name}" if field_name else ""),
                    hours=hours,
                    track="degree",
                    months=_degree_months(hours),
                    deps=(previous,) if previous else (),
                    note="a degree is a long-term step: years, not weeks"
                    + ("" if rank == need else f"; the way to a {index.degrees[req.level].name}"),
                    names=frozenset({f"degree:{rung.id}", "kind:degree", "kind:full_time"}),
                    degree=DegreeHeld(rung.id, field_id, field_name, True),
                )
            )
            previous = f"degree:{rung.id}"
        reach = need
    return steps


def _steps(
    ledger: _Ledger,
    role: ResolvedRole,
    wishes: Constraints,
    start_date: dt.date,
    per_week: float,
) -> list[_Step]:
    return _steps_at(ledger, role, wishes, start_date)(per_week)


def _steps_at(
    ledger: _Ledger, role: ResolvedRole, wishes: Constraints, start_date: dt.date
) -> Callable[[float], list[_Step]]:
    """The steps at any weekly hours, from ``ledger`` (which must not change after).

    Only the part-time experience steps depend on the weekly hours: the others are made
    once, and each call makes those again.
    """
    reqs = role.requirements
    finishing = _finish_steps(ledger, start_date)
    skills = _skill_steps(ledger, reqs.skills, wishes)
    certifications = _certification_steps(ledger, reqs.certifications, wishes)
    degrees = _degree_steps(ledger, reqs.education, finishing)

    def at(per_week: float) -> list[_Step]:
        experience = _experience_steps(ledger, reqs.experience, wishes, start_date, per_week)
        return [*skills, *certifications, *experience, *finishing, *degrees]

    return at


def _skipped(steps: Sequence[_Step], skip: frozenset[str]) -> set[str]:
    """The steps the person skips, and the steps that need one of them."""
    out = {s.key for s in steps if s.names & skip or f"step:{s.key}" in skip}
    grew = True
    while grew:
        more = {s.key for s in steps if s.key not in out and set(s.deps) & out}
        grew = bool(more)
        out |= more
    return out
