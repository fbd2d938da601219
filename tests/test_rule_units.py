"""The rule's small functions, each held to its documented value by a hand-computed case.

Written from the mutation run of ``bench/mutate.py src/skillgap/scoring/rule.py``: each case
fails for a mutant that survived the suite (a changed comparison, operator or constant),
so a change to how a mean, a ratio, a share or the rounding slack is computed is noticed.
"""

from __future__ import annotations

import pytest

from skillgap import api
from skillgap.models.common import Category
from skillgap.scoring import rule


def test_more_important_is_strict() -> None:
    """An importance is not more important than itself: ties keep their order."""
    assert rule.more_important("essential", "important")
    assert not rule.more_important("important", "important")
    assert not rule.more_important("useful", "essential")


def test_points_open_adds_what_is_still_to_earn() -> None:
    assert rule.points_open([(2.0, 5.0), (3.0, 3.0), (0.0, 1.5)]) == pytest.approx(4.5)


def test_point_values_spread_a_share_over_a_category_worth() -> None:
    """60 % of the score over 10 points: 6 score points a point; a category worth 0 gives 0."""
    values = rule.point_values({"skills": 60.0, "education": 40.0}, {"skills": 10.0})
    assert values == {"skills": pytest.approx(6.0), "education": 0.0}
    assert rule.point_values({"skills": 0.0}, {"skills": 10.0}) == {"skills": 0.0}


def test_contributions_are_points_times_their_category_value() -> None:
    shares: dict[Category, float] = {"skills": 60.0, "education": 40.0}
    worths: dict[Category, float] = {"skills": 10.0, "education": 4.0}
    got = rule.contributions(
        [("python", "skills", 2.0), ("degree", "education", 1.0), ("cert", "certifications", 3.0)],
        shares,
        worths,
    )
    assert got == {"python": pytest.approx(12.0), "degree": pytest.approx(10.0), "cert": 0.0}


def test_mean_score_has_one_decimal_and_zero_for_none() -> None:
    assert rule.mean_score(7.0, 2) == 3.5
    assert rule.mean_score(10.0, 3) == 3.3
    assert rule.mean_score(0.0, 0) == 0.0


def test_level_ratio_has_two_decimals_and_one_for_a_target_of_zero() -> None:
    assert rule.level_ratio(1, 3) == 0.33
    assert rule.level_ratio(2, 4) == 0.5
    assert rule.level_ratio(3, 0) == 1.0


def test_exact_score_slack_is_two_half_units_and_the_float_room() -> None:
    """0.05 for each of the two roundings to one decimal, and 0.02 of room: 0.12."""
    assert rule.exact_score_slack() == 0.12


def test_no_degree_held_gives_no_degree_credit() -> None:
    index = api.load_catalog()
    req = next(r for role in index.catalog.roles for r in role.requirements.education)
    assert rule.best_degree_credit(req, [], index) == 0.0
