"""A skill's name whose first words name the skill it stands on: ``LLM APIs`` asks for LLMs.

A posting asking for "an LLM API", "LLM evaluation" or "LLM fine-tuning" asks for the
LLMs those words are about, as the sets' readers list them ("Built at least one application
on an LLM API": LLMs, required): the name's modifier is a skill of its own that the catalog
makes the named skill's prerequisite, asked as the named skill is, at most at the level the
catalog's prerequisite gives ("2+ years in ML deployment": model development at 2). Only
then: "Azure OpenAI" asks for the LLM API, not for the cloud behind it (Azure is no
prerequisite of it), and "Spark SQL" is Spark's own (its modifier is the skill itself). The
converse, a branch named as a qualifier and its field ("Bayesian statistics"), is
:func:`skillgap.text.skill_list.field_of_branch`.
"""

from __future__ import annotations

from collections.abc import Sequence

from skillgap.models.common import Importance
from skillgap.names import norm
from skillgap.text.context import tokens_of
from skillgap.text.draft import Requirement
from skillgap.text.match import Found, Matcher


def modifier_prerequisite(found: Found, matcher: Matcher) -> tuple[str, int] | None:
    """The skill the first words of a found name name, when the catalog makes it the prerequisite.

    ``LLM API`` (Prompting and LLM APIs, whose prerequisite LLMs is what "LLM" names):
    llms, with the level the catalog asks of it there (the depth the skill stands on, not the
    skill's own). The longest such first words win; a short name counts only as the catalog
    spells it ("ML", not "ml").
    """
    catalog = matcher.catalog
    skill = catalog.skills.get(found.id)
    tokens = tokens_of(found.text)
    if skill is None or len(tokens) < 2:
        return None
    prerequisites = {p.skill: p.level for p in skill.prerequisites}
    for k in range(len(tokens) - 1, 0, -1):
        modifier = found.text[tokens[0].start : tokens[k - 1].end]
        named = catalog.find_skill(modifier)
        if named is None or named == found.id:
            continue
        if named in prerequisites and matcher.spelled(norm(modifier), modifier):
            return named, prerequisites[named]
    return None


def prerequisites_asked(
    run: Sequence[Found],
    asked: Sequence[str],
    matcher: Matcher,
    taken: set[str],
    how: tuple[Importance, str, int],
) -> list[Requirement]:
    """The requirements the names of a run of skills asked on their own (``asked``) add.

    Each skill a name's first words name as its prerequisite and the role does not ask yet,
    with the run's importance and source, at most at the prerequisite's level.
    """
    importance, source, level = how
    out = []
    for f in run:
        about = modifier_prerequisite(f, matcher) if f.id in asked else None
        if about is not None and about[0] not in taken:
            taken.add(about[0])
            out.append(Requirement("skill", importance, source, [about[0]], min(level, about[1])))
    return out
