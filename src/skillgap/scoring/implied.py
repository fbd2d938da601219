"""Implied levels: what a person's evidence shows that their profile does not write down.

The catalog's ``implies:`` list (``catalog/46-implies.yaml``) states what evidence shows a
competency; this module applies it, once, to a standing's counted levels, so ``assess``,
``plan``, ``match`` and ``batch`` count the same levels. The rule, as docs/catalog.md states it:

* **A skill shows a skill.** An entry ``by_skills: [pytorch, ...], shows: [model-development],
  cap: 3`` gives each skill it shows ``min(L - 1, cap)`` for a source counted at ``L``
  (recency applied): PyTorch 4 shows model development 3. One level below its source, so an
  implied level is never above it.
* **Work shows a skill.** An entry with ``by_work: [job]`` (and ``by_skills``, the skills the
  item must list) gives ``cap`` when the profile has such an item (with ``min_months``:
  when such items add up to that many months): a publication shows research writing, a
  job that lists scikit-learn shows model development.
* **Never lower.** A skill counts the higher of its own counted level and the best level
  implied for it (the first source the catalog lists wins a tie); a level a mentor's review
  gave stands as reviewed. Implications do not chain: only written levels and work imply.
* Raising a level never lowers an implied one (``min`` and ``max`` of levels only), so
  raising any level never lowers any score.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import NamedTuple

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Implication
from skillgap.scoring.standing import ExperienceHeld, Standing


class Inferred(NamedTuple):
    """A level a skill counts because other evidence shows it."""

    skill: str
    level: int
    shown_by: str  # "PyTorch 4", "publication: Sparse attention (NeurIPS 2023)"
    by_work: bool  # shown by an experience item, not by a skill's level


def _best_source(
    rule: Implication,
    levels: Mapping[str, int],
    experience: Collection[ExperienceHeld],
    index: CatalogIndex,
) -> tuple[int, str, bool] | None:
    """The level one catalog entry implies, and what shows it (None: nothing does)."""
    if rule.by_work:
        wanted = set(rule.by_skills)
        items = [
            i
            for i in experience
            if i.kind in rule.by_work and (not wanted or wanted.intersection(i.skills))
        ]
        if not items:
            return None
        first = f"{items[0].kind.replace('_', ' ')}: {items[0].title}"
        if rule.min_months is None:
            return rule.cap, first, True
        months = sum(i.months for i in items)
        if months < rule.min_months:
            return None
        more = f" and {len(items) - 1} more" if len(items) > 1 else ""
        return rule.cap, f"{first}{more} ({months:g} months)", True
    best: tuple[int, str, bool] | None = None
    for source in rule.by_skills:
        have = levels.get(source, 0)
        level = min(have - 1, rule.cap)
        if level > 0 and (best is None or level > best[0]):
            best = level, f"{index.skill_name(source)} {have}", False
    return best


def implied_levels(
    levels: Mapping[str, int], experience: Collection[ExperienceHeld], index: CatalogIndex
) -> dict[str, Inferred]:
    """Every skill some evidence shows, at the best level shown (first source on a tie)."""
    found: dict[str, Inferred] = {}
    for rule in index.catalog.implies:
        source = _best_source(rule, levels, experience, index)
        if source is None:
            continue
        level, shown_by, by_work = source
        for skill in rule.shows:
            old = found.get(skill)
            if old is None or level > old.level:
                found[skill] = Inferred(skill, level, shown_by, by_work)
    return found


def with_implied(
    standing: Standing, index: CatalogIndex, reviewed: Collection[str] = ()
) -> tuple[Standing, dict[str, Inferred]]:
    """The standing with each implied level that beats the level counted, and those levels.

    ``reviewed`` skills keep the level a mentor gave them.
    """
    if not index.catalog.implies:
        return standing, {}
    found = implied_levels(standing.skills, standing.experience, index)
    raised = {
        s: i for s, i in found.items() if i.level > standing.skills.get(s, 0) and s not in reviewed
    }
    if not raised:
        return standing, {}
    levels = {**standing.skills, **{s: i.level for s, i in raised.items()}}
    return standing._replace(skills=levels), raised
