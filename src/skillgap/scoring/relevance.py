"""Relevant experience: whether a job, an internship or a paper shows a role's field of work.

The catalog's ``relevance:`` list names fields of work (``catalog/46-implies.yaml``); an
experience requirement with ``relevance: FIELD`` counts each item of its kinds by what
its title (with its organisation or venue) and its listed skills show, and
:mod:`skillgap.scoring.rule` turns the verdict into credit:

* ``full`` (all its months, or one item): a keyword of the field in the title, or a skill
  of the field listed;
* ``adjacent`` (half): a neighbouring field's keyword or skill, or a post the field caps
  (a teaching assistant's or a postdoc's post that shows the field);
* ``none`` (nothing): anything else, a customer-success manager's 48 months included.

Keywords match whole words, ignoring case and punctuation (``cs.LG`` = ``cs lg``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import Literal

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog_rules import Relevance

Verdict = Literal["full", "adjacent", "none"]

_NOT_WORD = re.compile(r"[^0-9a-z+#]+")
_YEAR_IN_PARENS = re.compile(r"\(([^()]*\b(?:19|20)\d\d)\)")


@functools.lru_cache(maxsize=4096)  # titles and keywords recur across a batch
def _words(text: str) -> str:
    return f" {_NOT_WORD.sub(' ', text.lower()).strip()} "


@functools.lru_cache(maxsize=1024)  # a catalog's keyword lists, asked for every item
def _any_of(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for "one of these keywords, as whole words": a single scan of a text."""
    words = _spaced(keywords)
    return re.compile("|".join(map(re.escape, words))) if words else None


@functools.lru_cache(maxsize=1024)
def _spaced(keywords: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_words(k) for k in keywords if k.strip())


#: How often a keyword list is looked for before it is compiled into one pattern. One
#: assess asks each list a few times (compiling the shipped catalog's 27 took 4 ms of a
#: cold run); a batch asks each thousands of times, where one scan a text pays.
COMPILE_AFTER = 32
_asked: dict[tuple[str, ...], int] = {}


def says(text: str, keywords: Collection[str]) -> bool:
    """Whether ``text`` holds one of ``keywords`` as whole words (case, punctuation ignored)."""
    key = tuple(keywords)
    asked = _asked.get(key, 0)
    if asked < COMPILE_AFTER:  # the same answer as the pattern's: any keyword in the text
        if len(_asked) > 4096:  # many catalogs in one process: start counting again
            _asked.clear()
        _asked[key] = asked + 1
        words = _words(text)
        return any(k in words for k in _spaced(key))
    pattern = _any_of(key)
    return pattern is not None and pattern.search(_words(text)) is not None


def verdict(text: str, skills: Collection[str], field: Relevance) -> Verdict:
    """How far an item (its title and venue, its skills' ids) shows ``field``."""
    shows = says(text, field.keywords) or any(s in field.skills for s in skills)
    if says(text, field.capped_keywords):
        return "adjacent" if shows else "none"
    if shows:
        return "full"
    if says(text, field.adjacent_keywords) or any(s in field.adjacent_skills for s in skills):
        return "adjacent"
    return "none"


def verdicts(
    text: str, skills: Collection[str], index: CatalogIndex
) -> tuple[tuple[str, Verdict], ...]:
    """The item's verdict for every field of work the catalog names."""
    return tuple((f.id, verdict(text, skills, f)) for f in index.catalog.relevance)


def field_name(index: CatalogIndex, field_id: str) -> str:
    """A field of work's display name."""
    return next((f.name for f in index.catalog.relevance if f.id == field_id), field_id)


def cites_a_venue(title: str, index: CatalogIndex) -> bool:
    """Whether a title names a research field's keyword with a year in parentheses.

    ``(NeurIPS 2023)``: a keyword of a field some role counts papers by (an experience
    requirement of papers only), not a job title's ``(Data Scientist II since 2024)``.
    """
    cited = _YEAR_IN_PARENS.findall(title)
    if not cited:  # most titles: no need to walk the roles (a thousand, in a big catalog)
        return False
    research = {
        r.relevance
        for role in index.catalog.roles
        for r in role.requirements.experience
        if r.relevance is not None and set(r.kinds) == {"publication"}
    }
    keywords = [k for f in index.catalog.relevance if f.id in research for k in f.keywords]
    return any(says(m, keywords) for m in cited)
