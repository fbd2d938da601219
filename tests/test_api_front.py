"""The library's front: what docs/batch.md documents, behind __all__, each example run."""

from __future__ import annotations

import datetime as dt
import doctest
import inspect
from collections.abc import Callable

import pytest

from conftest import PROFILES, ROOT, doc_page
from skillgap import api
from skillgap.batch.cluster import score_paths
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError
from skillgap.models.profile import Profile

#: The "Library" section of docs/batch.md, where the documentation describes the front.
PAGE = doc_page("batch.md")
LIBRARY = PAGE[PAGE.index("\n## Library\n") :].split("\n## ", 2)[1]


def test_every_example_in_the_api_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples in skillgap.api's docstrings run and print what they say."""
    monkeypatch.chdir(ROOT)
    failed, tried = doctest.testmod(api, optionflags=doctest.ELLIPSIS, verbose=False)
    assert tried >= len(api.__all__)
    assert failed == 0


@pytest.mark.parametrize("name", api.__all__)
def test_each_public_name_is_documented_with_an_example(name: str) -> None:
    """Each name in __all__ has a docstring with an example and is in the docs' Library section."""
    doc = inspect.getdoc(getattr(api, name)) or ""
    assert ">>>" in doc, name
    assert f"`{name}" in LIBRARY, name


def test_no_typing_internals_on_the_front() -> None:
    """`api.Any`, `api.Mapping` and friends are not attributes of the library's front."""
    for name in ("Any", "Literal", "Mapping", "Sequence", "TYPE_CHECKING"):
        assert name not in api.__all__
    for name in ("Any", "Literal", "Mapping", "Sequence"):
        assert not hasattr(api, name), name


def test_assess_text_can_return_the_plan() -> None:
    """`assess_text(..., plan=PlanOptions(...))` gives the plan, as the docs say."""
    import datetime as dt

    options = api.PlanOptions(dt.date(2026, 12, 1), hours_per_week=10)
    result = api.assess_text("name: Ada\nskills: {python: 1}\n", plan=options)
    assert result.plan is not None
    assert result.plan.steps
    assert api.plan_report(result).plan == result.plan


def test_the_docs_library_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The Library example of docs/batch.md runs as written and prints the plan's steps."""
    code = LIBRARY.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "docs/batch.md", "exec"), {})  # the page's own example
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) > 1
    assert printed[1].startswith("2026-12-01 ")


def test_library_values_compare_copy_and_show_as_before() -> None:
    """Values the library hands out keep the behaviour of the dataclasses they were.

    PlanOptions works with ``dataclasses.replace``; two reads of one file give equal
    documents, shown by field; a Standing pickles and copies.
    """
    import copy
    import dataclasses
    import pickle

    from skillgap.scoring.standing import Standing

    options = api.PlanOptions(dt.date(2026, 12, 1))
    assert dataclasses.replace(options, hours_per_week=5).hours_per_week == 5
    path = ROOT / "profiles" / "student.yaml"
    _, first = api.load_profile(path)
    _, again = api.load_profile(path)
    assert first == again
    assert repr(first).startswith(f"Document(source={str(path)!r}, data={{")
    empty = Standing("x")
    assert pickle.loads(pickle.dumps(empty)) == copy.deepcopy(empty) == empty


def _student() -> Profile:
    return api.load_profile(PROFILES / "student.yaml")[0]


WRONG_TYPES: dict[str, tuple[Callable[[CatalogIndex], object], str]] = {
    "assess_text(None)": (lambda c: api.assess_text(None), "text must be"),  # type: ignore[arg-type]
    "assess_text(bytes)": (lambda c: api.assess_text(b"name: A\n"), "not bytes"),  # type: ignore[arg-type]
    "assess_text(dict)": (lambda c: api.assess_text({"name": "A"}), "use assess_data"),  # type: ignore[arg-type]
    "role=123": (lambda c: api.assess_text("name: A\n", c, 123), "role must be"),  # type: ignore[arg-type]
    "catalog as a path": (lambda c: api.assess_text("name: A\n", "catalog/"), "load_catalog"),  # type: ignore[arg-type]
    "skills_view(query=123)": (lambda c: api.skills_view(c, 123), "query must be"),  # type: ignore[arg-type]
    "role_view(123)": (lambda c: api.role_view(c, 123), "role_id must be"),  # type: ignore[arg-type]
    "assess_file(123)": (lambda c: api.assess_file(123), "path must be"),  # type: ignore[arg-type]
    "validate_paths(str)": (lambda c: api.validate_paths("profiles"), "paths must be"),  # type: ignore[arg-type]
    "load_result(123)": (lambda c: api.load_result(123), "path must be"),  # type: ignore[arg-type]
    "plan_report(str)": (lambda c: api.plan_report("x"), "result must be"),  # type: ignore[arg-type]
    "pick_role(5)": (lambda c: api.pick_role(c, 5), "role must be"),  # type: ignore[arg-type]
    "judge_profile(str)": (
        lambda c: api.judge_profile("x", c, as_of=dt.date(2026, 12, 1)),  # type: ignore[arg-type]
        "profile must be",
    ),
    "assess(level=int)": (
        lambda c: api.assess_text("name: A\n", c, level=3),  # type: ignore[arg-type]
        "level must be",
    ),
    "at_level(level=int)": (
        lambda c: api.at_level(c, 3),  # type: ignore[arg-type]
        "level must be",
    ),
    "score_text(roles=str)": (
        lambda c: api.score_text("name: A\n", c, "ml-engineer"),
        "roles must be",
    ),
    "pick_role(profile=str)": (lambda c: api.pick_role(c, None, profile="x"), "profile must be"),  # type: ignore[arg-type]
    "pick_role(catalog=str)": (lambda c: api.pick_role("x", None), "catalog must be"),  # type: ignore[arg-type]
    "assess(review=str)": (lambda c: api.assess(_student(), c, review="x"), "review must be"),  # type: ignore[arg-type]
    "assess(document=str)": (lambda c: api.assess(_student(), c, document="x"), "document must be"),  # type: ignore[arg-type]
    "score_paths([5])": (lambda c: score_paths([5]), r"paths\[0\] must be"),  # type: ignore[list-item]
}


@pytest.mark.parametrize("call", sorted(WRONG_TYPES))
def test_a_wrong_type_is_a_type_error_at_the_call(call: str, catalog: CatalogIndex) -> None:
    """A library call with an argument of the wrong type raises TypeError naming the argument."""
    invoke, says = WRONG_TYPES[call]
    with pytest.raises(TypeError, match=says):
        invoke(catalog)


def test_data_nested_100000_deep_is_an_input_error() -> None:
    """assess_data refuses data nested past 64 levels with an InputError, not a RecursionError."""
    deep: dict[str, object] = {}
    inner = deep
    for _ in range(100_000):
        inner["a"] = {}
        inner = inner["a"]  # type: ignore[assignment]
    with pytest.raises(InputError, match="nesting deeper than 64 levels"):
        api.assess_data({"name": "Deep", "notes": deep})


@pytest.mark.parametrize("hours", [1e9, 0.5, float("nan"), True])
def test_plan_options_hold_the_command_lines_bounds(hours: float) -> None:
    """The library plans at 1-100 hours a week, as --hours-per-week does; 1e9 is refused."""
    with pytest.raises((TypeError, ValueError), match="hours_per_week must be"):
        api.PlanOptions(dt.date(2026, 12, 1), hours_per_week=hours)


def test_paths_may_be_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """validate_paths and compare_files take str paths as the other functions do."""
    monkeypatch.chdir(ROOT)
    assert api.validate_paths(["profiles"]).files == 5  # type: ignore[list-item]
    options = api.PlanOptions(dt.date(2026, 12, 1))
    old, new = "profiles/newcomer.yaml", "profiles/student.yaml"
    cmp = api.compare_files(old, new, api.load_catalog(), None, options, force=True)  # type: ignore[arg-type]
    assert cmp.score_change > 0
