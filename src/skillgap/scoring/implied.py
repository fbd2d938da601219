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
  job that lists scikit-learn shows model development. ``by_field`` counts only items that
  show a field of work in full (:mod:`skillgap.scoring.relevance`); ``by_words`` only items
  whose title or description holds one of its phrases, which the explanation names.
* **A degree shows a skill.** An entry with ``by_degree: {level: bachelor, fields: [...]}``
  gives ``cap`` when the profile holds a completed degree at that rung or higher in one of
  those fields, or in any field when it names none ("Bachelor's degree in Actuarial
  Science"); with ``by_work`` too, both must hold (a statistics degree and three years of
  data-science work). A degree does not fade.
* **Work fades.** A level shown by work counts one lower per ``fade_years`` (the shown
  skill's recency rule) full years since the freshest item counted ended, never below 1.
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
from skillgap.models.catalog_rules import Implication
from skillgap.scoring.levels import faded
from skillgap.scoring.relevance import says
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing


class Inferred(NamedTuple):
    """A level a skill counts because other evidence shows it."""

    skill: str
    level: int
    shown_by: str  # "PyTorch 4", "publication: Sparse attention (NeurIPS 2023)"
    by_work: bool  # shown by an experience item or a degree, not by a skill's level


class _Shown(NamedTuple):
    """What one catalog entry shows: its level before recency, and the evidence."""

    level: int
    shown_by: str
    by_work: bool
    years_ago: int = 0  # work: full years since the freshest item counted ended


def _matches(rule: Implication, item: ExperienceHeld) -> bool:
    """Whether one experience item is evidence of the kind ``rule`` names."""
    if item.kind not in rule.by_work:
        return False
    if rule.by_skills and not set(rule.by_skills).intersection(item.skills):
        return False
    if rule.by_field is not None and dict(item.fields).get(rule.by_field, "full") != "full":
        return False
    return not rule.by_words or says(item.text, rule.by_words)


def _by_work(rule: Implication, experience: Collection[ExperienceHeld]) -> _Shown | None:
    """What the experience items of ``rule``'s kinds show, if they do."""
    items = [i for i in experience if _matches(rule, i)]
    if not items:
        return None
    first = f"{items[0].kind.replace('_', ' ')}: {items[0].title}"
    if rule.by_words:
        word = next(w for w in rule.by_words if says(items[0].text, (w,)))
        first += f" ('{word}')"
    fresh = min(i.years_ago for i in items)
    if rule.min_months is None:
        return _Shown(rule.cap, first, True, fresh)
    months = sum(i.months for i in items)
    if months < rule.min_months:
        return None
    more = f" and {len(items) - 1} more" if len(items) > 1 else ""
    return _Shown(rule.cap, f"{first}{more} ({months:g} months)", True, fresh)


def _by_degree(
    rule: Implication, degrees: Collection[DegreeHeld], index: CatalogIndex
) -> str | None:
    """The highest completed degree of ``rule``'s rungs and fields, named (None: none is)."""
    wanted = rule.by_degree
    if wanted is None:
        return None
    lowest = index.degree_rank.get(wanted.level, 0)
    held = [
        d
        for d in degrees
        if d.completed
        and (not wanted.fields or d.field in wanted.fields)
        and index.degree_rank.get(d.degree, 0) >= lowest
    ]
    if not held:
        return None
    best = max(held, key=lambda d: index.degree_rank.get(d.degree, 0))  # first of a tie
    rung = next((r.name for r in index.catalog.degrees if r.id == best.degree), best.degree)
    field = best.field_text or best.field or ""
    return f"{rung} in {field}"


def _best_source(
    rule: Implication,
    levels: Mapping[str, int],
    experience: Collection[ExperienceHeld],
    index: CatalogIndex,
    degrees: Collection[DegreeHeld] = (),
) -> _Shown | None:
    """The level one catalog entry implies, and what shows it (None: nothing does)."""
    if rule.by_degree is not None:
        degree = _by_degree(rule, degrees, index)
        if degree is None:
            return None
        if not rule.by_work:
            return _Shown(rule.cap, degree, True)
        work = _by_work(rule, experience)
        return None if work is None else work._replace(shown_by=f"{degree} and {work.shown_by}")
    if rule.by_work:
        return _by_work(rule, experience)
    best: _Shown | None = None
    for source in rule.by_skills:
        have = levels.get(source, 0)
        level = min(have - 1, rule.cap)
        if level > 0 and (best is None or level > best.level):
            best = _Shown(level, f"{index.skill_name(source)} {have}", False)
    return best


def _aged(shown: _Shown, skill: str, index: CatalogIndex) -> tuple[int, str]:
    """The level work shows for ``skill`` after recency, and its explanation."""
    if not shown.years_ago:
        return shown.level, shown.shown_by
    level = faded(shown.level, shown.years_ago, index.recency_rule(skill).fade_years)
    if level == shown.level:
        return level, shown.shown_by
    years = "year" if shown.years_ago == 1 else "years"
    return (
        level,
        f"{shown.shown_by}, ended {shown.years_ago} {years} ago: {shown.level} faded to {level}",
    )


def implied_levels(
    levels: Mapping[str, int],
    experience: Collection[ExperienceHeld],
    index: CatalogIndex,
    degrees: Collection[DegreeHeld] = (),
) -> dict[str, Inferred]:
    """Every skill some evidence shows, at the best level shown (first source on a tie).

    A level shown by work that ended fades as a claimed level does (``recency:``, one
    level per ``fade_years`` full years since the freshest item counted ended, never below 1).
    """
    found: dict[str, Inferred] = {}
    for rule in index.catalog.implies:
        source = _best_source(rule, levels, experience, index, degrees)
        if source is None:
            continue
        for skill in rule.shows:
            level, shown_by = _aged(source, skill, index)
            old = found.get(skill)
            if old is None or level > old.level:
                found[skill] = Inferred(skill, level, shown_by, source.by_work)
    return found


def with_implied(
    standing: Standing, index: CatalogIndex, reviewed: Collection[str] = ()
) -> tuple[Standing, dict[str, Inferred]]:
    """The standing with each implied level that beats the level counted, and those levels.

    ``reviewed`` skills keep the level a mentor gave them.
    """
    if not index.catalog.implies:
        return standing, {}
    found = implied_levels(standing.skills, standing.experience, index, standing.degrees)
    raised = {
        s: i for s, i in found.items() if i.level > standing.skills.get(s, 0) and s not in reviewed
    }
    if not raised:
        return standing, {}
    levels = {**standing.skills, **{s: i.level for s, i in raised.items()}}
    return standing._replace(skills=levels), raised
