"""Properties of the loader: any text loads or raises InputError; the fast path agrees."""

from __future__ import annotations

import time
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.errors import InputError
from skillgap.loader import parse, parse_data

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.dates(),
    st.sampled_from(["no", "NO", "off", "y", "~", "3:00", "2027-02-30", "0o17", "1_000"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _outcome(fn: Any, text: str) -> object:
    try:
        return ("ok", fn(text))
    except InputError:
        return ("error",)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_fast_path_agrees_with_the_strict_builder(data: object) -> None:
    """Property: on any YAML document, parse_data returns what parse returns, or both refuse."""
    text = yaml.safe_dump(data, allow_unicode=True)
    strict = _outcome(lambda t: parse(t, "x").data, text)
    fast = _outcome(parse_data, text)
    assert fast == strict


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_loads_or_raises_input_error_quickly(text: str) -> None:
    """Property: random text either loads or raises InputError with a position in the file."""
    started = time.perf_counter()
    try:
        parse(text, "x.yaml")
        parse_data(text)
    except InputError as exc:
        lines = text.count("\n") + 2
        for problem in exc.problems:
            assert 0 <= problem.line <= lines
            assert problem.column >= 0
    assert time.perf_counter() - started < 1.0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_load_or_raise_input_error(raw: bytes) -> None:
    """Property: random bytes are decoded and parsed, or refused with InputError."""
    from skillgap.loader import decode

    problems: list[object] = []
    try:
        parse(decode(raw, "b.yaml"), "b.yaml")
    except InputError as exc:
        problems = list(exc.problems)
        assert problems, "an InputError always names at least one problem"
