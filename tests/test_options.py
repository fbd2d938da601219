"""Answers given as options to init and review, checked in the library before any question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from conftest import PROFILES
from skillgap import api
from skillgap.authoring import options
from skillgap.authoring.drafts import Draft, SkillLine
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError


def _pick(catalog: CatalogIndex) -> Callable[[str], str]:
    return lambda text: api.pick_role(catalog, text)


def test_skill_levels_by_catalog_id(catalog: CatalogIndex) -> None:
    """--skill takes names as people write them, and levels as numbers or words."""
    levels = options.skill_levels(["Python=3", "torch=advanced", "SQL = 2"], catalog)
    assert levels == {"python": 3, "pytorch": 4, "sql": 2}


@pytest.mark.parametrize(
    ("item", "message", "hint"),
    [
        ("pyhton=3", "--skill 'pyhton=3': unknown skill or no level", "did you mean 'Python'?"),
        ("python", "--skill 'python': unknown skill or no level", "did you mean 'Python'?"),
        ("python=9", "--skill 'python=9':", None),
    ],
    ids=["typo", "no-level", "bad-level"],
)
def test_skill_levels_refuse_with_the_option_named(
    catalog: CatalogIndex, item: str, message: str, hint: str | None
) -> None:
    with pytest.raises(UsageError) as caught:
        options.skill_levels([item], catalog)
    assert caught.value.render().startswith(f"skillgap: error: {message}")
    if hint is not None:
        assert hint in caught.value.render()


def test_skill_values_need_a_known_skill_and_a_value(catalog: CatalogIndex) -> None:
    """SKILL=VALUE options key by skill id; a missing value or unknown skill is refused."""
    assert options.skill_values(["sklearn= good work "], "--comment", catalog) == {
        "scikit-learn": "good work"
    }
    for bad in ("sklearn=", "sklearn", "nosuchskill=x"):
        with pytest.raises(UsageError, match="--comment"):
            options.skill_values([bad], "--comment", catalog)


def test_evidence_links_are_grouped_by_skill_and_attached_once(catalog: CatalogIndex) -> None:
    """--evidence links go onto the rated skill, duplicates once; an unrated skill is refused."""
    links = options.evidence_links(
        ["python=https://a.example", "Python=https://a.example", "sql=https://b.example"],
        catalog,
    )
    assert links == {
        "python": ["https://a.example", "https://a.example"],
        "sql": ["https://b.example"],
    }
    draft = Draft(name="Ada", skills=[SkillLine("python", 3), SkillLine("sql", 2)])
    options.attach_evidence(draft, links, catalog)
    assert [s.evidence for s in draft.skills] == [["https://a.example"], ["https://b.example"]]
    unrated = Draft(name="Ada", skills=[SkillLine("python", 3), SkillLine("sql", 0)])
    with pytest.raises(UsageError, match="--evidence sql: the profile gives no level"):
        options.attach_evidence(unrated, links, catalog)
    with pytest.raises(UsageError, match="longer than 500"):
        options.evidence_links(["python=https://" + "x" * 500], catalog)


def test_init_answers_from_options(catalog: CatalogIndex) -> None:
    """Degrees, statuses and roles as typed become ids; text too long for a profile is refused."""
    known = options.init_answers(
        catalog,
        _pick(catalog),
        name="Ada",
        role="Machine Learning Engineer",
        skills=["python=3"],
        degree="Master of Science",
        degree_status="in progress",
        target_date=dt.date(2027, 6, 30),
        projects=["A classifier"],
    )
    assert (known.role, known.degree, known.skills) == ("ml-engineer", "master", {"python": 3})
    assert known.degree_status is not None
    assert known.projects == ["A classifier"]
    assert options.init_answers(catalog, _pick(catalog), degree="none").degree == "none"
    with pytest.raises(UsageError, match="--degree: 'Wizard' is not a degree on the ladder"):
        options.init_answers(catalog, _pick(catalog), degree="Wizard")
    with pytest.raises(UsageError, match="--degree-status"):
        options.init_answers(catalog, _pick(catalog), degree_status="sleeping")
    with pytest.raises(UsageError, match="--name is 201 characters long"):
        options.init_answers(catalog, _pick(catalog), name="N" * 201)
    with pytest.raises(UsageError, match="--open-source is 201 characters long"):
        options.init_answers(catalog, _pick(catalog), open_source=["x", "y" * 201])


def test_review_answers_verify_correct_and_comment(catalog: CatalogIndex) -> None:
    """--verify confirms the claimed level, --level corrects one, --comment comments."""
    profile, document = api.load_profile(PROFILES / "student.yaml")
    judged = api.judge_profile(profile, catalog, document=document, as_of=dt.date(2026, 12, 1))
    known = options.review_answers(
        catalog,
        judged,
        verify=["Python", "torch"],
        level=["sql=advanced"],
        comment=["sklearn=solid"],
        overall="Good start",
    )
    assert known.levels == {"python": 3, "pytorch": 2, "sql": 4}
    assert known.comments == {"scikit-learn": "solid"}
    assert known.overall == "Good start"
    with pytest.raises(
        UsageError, match="--verify Docker and containers: the profile claims no level"
    ):
        options.review_answers(catalog, judged, verify=["docker"])
    with pytest.raises(UsageError, match="--level sql=9"):
        options.review_answers(catalog, judged, level=["sql=9"])


@pytest.mark.parametrize(
    ("verify", "level", "comment", "says"),
    [
        ([], ["python=2", "Python=4"], [], "--level 'Python=4' names Python again"),
        (["python"], ["python=2"], [], "contradicts --verify"),
        ([], [], ["python=a", "py=b"], "--comment 'py=b' names Python again"),
    ],
    ids=["level-twice", "verify-and-level", "comment-twice"],
)
def test_review_options_naming_a_skill_twice_are_refused(
    catalog: CatalogIndex, verify: list[str], level: list[str], comment: list[str], says: str
) -> None:
    """A skill given twice by review's options is a usage error, never the last one silently."""
    profile, doc = api.load_profile(PROFILES / "student.yaml")
    judged = api.judge_profile(profile, catalog, document=doc, as_of=dt.date(2026, 12, 1))
    with pytest.raises(UsageError, match=says):
        options.review_answers(catalog, judged, verify=verify, level=level, comment=comment)
