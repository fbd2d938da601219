"""One home for level words: a CV and a posting read each word at the same level.

A CV writes a level 1-5 (:func:`level_of`); a posting asks relative to its default
(:func:`asked_level`: high ``max(default, 4)``, low 2, working ``min(default, 3)``). And a
posting's title raises its default only when it names a senior role in the craft, not a
civil-service grade such as "Senior Executive Officer".
"""

from __future__ import annotations

import pytest

from drafts import draft_of, requirement_of
from skillgap.text.levels import WORDS, asked_level, level_of
from skillgap.text.title import senior_role


@pytest.mark.parametrize(
    ("words", "cv", "posting"),
    [
        ("Strong Python", 4, 4),
        ("Deep knowledge of Spark", 4, 4),
        ("Excellent SQL", 4, 4),
        ("Solid SQL", 3, 3),
        ("Good knowledge of Docker", 3, 3),
        ("Exposure to Airflow", 2, 2),
        ("Sehr gute Kenntnisse in Docker", 4, 4),
        ("Gute Kenntnisse in SQL", 3, 3),
        ("Grundkenntnisse in Linux", 2, 2),
        ("Conocimientos avanzados de Python", 4, 4),
        ("Read-only familiarity with Kubernetes", 1, 2),
    ],
)
def test_a_word_reads_the_same_level_in_a_cv_and_a_posting(
    words: str, cv: int, posting: int
) -> None:
    """The CV's level, and the posting's on a requirement's default (3)."""
    assert level_of(words) == cv
    assert asked_level(words, 3, len(words)) == posting


def test_a_posting_maps_the_words_onto_its_own_default() -> None:
    """A senior posting's default (4) stays for a working word; a nice-to-have's (2) too."""
    assert asked_level("Solid SQL", 4, 6) == 3
    assert asked_level("Solid SQL", 2, 6) == 2
    assert asked_level("Expert in SQL", 3, 10) == 4
    assert asked_level("Expert in SQL", 5, 10) == 5


@pytest.mark.parametrize(
    "line",
    [
        "Deep Learning: PyTorch, TensorFlow",
        "Experience with deep learning frameworks such as PyTorch",
        "Experiencia en aprendizaje profundo con PyTorch",
        "Built deep neural networks in PyTorch",
    ],
)
def test_deep_learning_is_a_skill_not_a_level(line: str) -> None:
    assert level_of(line) is None
    assert asked_level(line, 3, len(line) - 7) == 3


def test_words_one_kind_of_text_reads_only() -> None:
    """Words one kind of text reads: "some", bare "working", "master".

    "some" asks 2 in a posting, and in a CV only where an item opens with it; bare "working"
    and "master" are a CV's levels, and a posting's duty and degree.
    """
    assert asked_level("Some experience with dbt", 3, 21) == 2
    assert level_of("Some AWS") == 2
    assert level_of("I built some pipelines in Airflow") is None
    assert level_of("Bash - working") == 3
    assert asked_level("Working with stakeholders to define Python services", 3, 37) == 3
    assert asked_level("Working knowledge of Python", 4, 21) == 3
    assert level_of("SQL (master)") == 5
    assert asked_level("Master's degree and Python", 3, 20) == 3


def test_every_word_is_written_once() -> None:
    """No alternative of the table is listed twice: one word, one level."""
    every = [w for words in WORDS.values() for w in words]
    alternatives = [a for w in every for a in w.words.split("|") if "(" not in a]
    assert len(alternatives) == len(set(alternatives))


def test_a_german_posting_asks_what_a_german_cv_says() -> None:
    draft = draft_of(
        "Data Engineer\n\nAnforderungen\n"
        "- Sehr gute Kenntnisse in Docker\n- Grundkenntnisse in Linux\n"
    )
    assert requirement_of(draft, "docker").level == 4
    assert requirement_of(draft, "linux").level == 2


@pytest.mark.parametrize(
    "title",
    [
        "Senior ML Engineer",
        "Staff Engineer",
        "Lead Data Scientist",
        "Data Science Lead",
        "MLOps Engineer (Senior) - ML Platform",
        "Científico de Datos Senior",
        "Senior Softwareentwickler (m/w/d)",
    ],
)
def test_a_seniority_in_the_craft_is_senior(title: str) -> None:
    assert senior_role(title)


@pytest.mark.parametrize(
    "title",
    [
        "Senior Executive Officer",
        "Higher Executive Officer - Data Analyst",
        "Senior Officer, Analytics",
        "MLOps Engineer (Senior Executive Officer)",
        "Senior Executive Officer Data Scientist",
        "Lead generation",
        "Data Engineer",
    ],
)
def test_a_grade_name_is_no_seniority(title: str) -> None:
    assert not senior_role(title)


POSTING = "{title}\n\nRequirements\n- Python\n- Docker\n"


def test_a_grade_in_the_title_leaves_the_default_level() -> None:
    """A civil-service grade asks the requirement default (3); a senior engineer's title 4."""
    grade = draft_of(POSTING.format(title="MLOps Engineer (Senior Executive Officer)"))
    senior = draft_of(POSTING.format(title="Senior MLOps Engineer"))
    assert [requirement_of(grade, s).level for s in ("python", "docker")] == [3, 3]
    assert [requirement_of(senior, s).level for s in ("python", "docker")] == [4, 4]
