"""The summary drawn as plain lines is, byte for byte, what rich draws without colour.

``renderers.plain`` draws the default terminal report (piped or ``NO_COLOR``) without
importing rich; ``terminal.render_assessment`` (rich) stays the reference, and draws the
report whenever the plain drawing declines. These tests hold the two equal over real
assessments at many widths and over generated names, and check that the plain drawing is
the one a piped ``assess`` uses.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from conftest import GOLDEN, ROOT
from skillgap import api
from skillgap.models.result import Assessment, NameRead, ReviewSummary, Warning
from skillgap.plan import PlanOptions
from skillgap.renderers import OutputFormat, plain, render_assessment, terminal

WIDTHS = (40, 47, 60, 68, 75, 100, 131, 200)
PROFILES = (
    sorted((ROOT / "profiles").glob("*.yaml"))
    + sorted((ROOT / "tests" / "calibration" / "mentor-2026-12" / "profiles").glob("*.yaml"))[:6]
)
START = dt.date(2026, 12, 1)


@cache
def _assessed(path: Path, role: str | None, trust: str) -> Assessment:
    profile, document = api.load_profile(path)
    return api.assess(
        profile,
        role=role,
        document=document,
        plan=PlanOptions(START),
        as_of=START,
        trust="evidenced" if trust == "evidenced" else "claimed",
    )


def _rich(result: Assessment, width: int) -> str:
    return terminal.render_assessment(result, color=False, width=width)


CASES = [
    (path, role, trust)
    for path in PROFILES
    for role, trust in (
        (None, "claimed"),
        ("data-scientist", "evidenced"),
        ("mlops-engineer", "claimed"),
    )
]


@pytest.mark.parametrize(("path", "role", "trust"), CASES, ids=lambda c: getattr(c, "stem", c))
def test_plain_summary_is_richs_at_every_width(path: Path, role: str | None, trust: str) -> None:
    """Every width from 40 to 200: the same bytes, or the plain drawing declines."""
    result = _assessed(path, role, trust)
    for width in WIDTHS:
        drawn = plain.render_summary(result, width)
        if drawn is not None:
            assert drawn == _rich(result, width), (path.name, width)
    # At the widths people use, the plain drawing is the one taken (not rich's).
    assert plain.render_summary(result, 100) is not None
    assert plain.render_summary(result, 80) is not None


def test_the_golden_assessment_is_drawn_plain_as_its_golden() -> None:
    """The frozen assessment's terminal golden, through the dispatch a piped assess takes."""
    text = (GOLDEN / "results" / "assessment.json").read_text(encoding="utf-8")
    result = Assessment.model_validate_json(text)
    assert plain.render_summary(result, 100) is not None
    golden = (GOLDEN / "rendered" / "assessment.txt").read_text(encoding="utf-8")
    assert render_assessment(result, OutputFormat.TERMINAL, width=100) == golden


def test_colour_and_details_are_drawn_by_rich() -> None:
    """Only the summary without colour is drawn plain: ANSI colour and --details are rich's."""
    result = _assessed(ROOT / "profiles" / "student.yaml", None, "claimed")
    coloured = render_assessment(result, OutputFormat.TERMINAL, color=True, width=100)
    assert "\x1b[" in coloured
    assert coloured == terminal.render_assessment(result, color=True, width=100)
    detailed = render_assessment(result, OutputFormat.TERMINAL, width=100, details=True)
    assert detailed == terminal.render_assessment(result, width=100, details=True)


def test_every_character_taken_as_one_cell_is_one_cell_to_rich() -> None:
    """The plain drawing counts a character as one cell only where rich does too."""
    wide = [c for c in plain._ONE_CELL if cell_len(c) != 1]
    assert not wide, wide[:10]


def test_the_plans_fixed_columns_are_the_terminals() -> None:
    """The step title's column is what the plan's other columns leave (shared by both)."""
    fixed = sum(n or 0 for _, _, n in terminal.PLAN_COLUMNS) + len(terminal.PLAN_COLUMNS) - 1
    assert fixed == plain.PLAN_FIXED


#: Names as files may write them: words, spaces, accents and dashes, long words (all
#: drawn plain), and wide and zero-width characters, tabs, newlines, controls and bidi
#: overrides (drawn by rich).
_PLAIN = [*"abcdefghij klmno ", "Zoë", "é", "—", "→", "·", "a" * 30, "  ", "word ", "\u00a0"]
_WILD = ["漢", "\u0301", "\t", "\n", "\x1b", "\u202e", "😀", "\u00ad"]
NAMES = st.one_of(
    st.lists(st.sampled_from(_PLAIN), min_size=1, max_size=40),
    st.lists(st.sampled_from(_PLAIN + _WILD), min_size=1, max_size=40),
).map("".join)


@settings(max_examples=80, deadline=None)
@given(
    name=NAMES,
    skill=NAMES,
    message=NAMES,
    comment=NAMES,
    width=st.integers(min_value=40, max_value=140),
)
def test_plain_summary_is_richs_for_any_names(
    name: str, skill: str, message: str, comment: str, width: int
) -> None:
    """Whatever a profile, a review, a warning or the catalog says: rich's bytes, or rich's."""
    base = _assessed(ROOT / "profiles" / "student.yaml", None, "claimed")
    assert base.plan is not None
    renamed = {
        base.blockers[0],
        next(r.id for r in base.requirements if r.importance == "important"),
    }
    warning = Warning(
        code="unknown-skill", message=message, file="p.yaml", line=3, column=5, hint=skill
    )
    review = ReviewSummary(
        reviewer=name, date=START, overall=comment, forced=bool(len(comment) % 2)
    )
    first, *steps = base.plan.steps
    result = base.model_copy(
        update={
            "profile": name,
            "requirements": [
                r.model_copy(update={"name": skill}) if r.id in renamed else r
                for r in base.requirements
            ],
            "warnings": [warning, *base.warnings],
            "names_read": [NameRead(written=skill, skill="python", name=name)],
            "review": review,
            "plan": base.plan.model_copy(
                update={"steps": [first.model_copy(update={"title": comment + skill}), *steps]}
            ),
        }
    )
    drawn = plain.render_summary(result, width)
    if drawn is not None:
        assert drawn == _rich(result, width)
