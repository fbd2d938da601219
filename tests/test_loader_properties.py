"""Properties of the loader: any text loads or raises InputError; the fast path agrees."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.errors import InputError
from skillgap.inputs.loader import MAX_FILE_BYTES, _Loader, parse, parse_data, read_bytes

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
    started = time.process_time()
    try:
        parse(text, "x.yaml")
        parse_data(text)
    except InputError as exc:
        # YAML breaks lines at \r and \x85, U+2028, U+2029 too: splitlines counts them all.
        lines = len(text.splitlines()) + 2
        for problem in exc.problems:
            assert 0 <= problem.line <= lines
            assert problem.column >= 0
    assert time.process_time() - started < 5.0  # a guard against hangs, not a benchmark


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_load_or_raise_input_error(raw: bytes) -> None:
    """Property: random bytes are decoded and parsed, or refused with InputError."""
    from skillgap.inputs.loader import decode

    problems: list[object] = []
    try:
        parse(decode(raw, "b.yaml"), "b.yaml")
    except InputError as exc:
        problems = list(exc.problems)
        assert problems, "an InputError always names at least one problem"


class _Reference(yaml.resolver.BaseResolver):
    """PyYAML's own resolver, with the loader's implicit (YAML 1.2 boolean) rules."""

    yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


kinds = st.sampled_from([yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode])
plain_like = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["3", "-1", "0x1f", "1.5e3", ".inf", "true", "NO", "~", "null", "2027-01-01"]),
)


@settings(max_examples=400, deadline=None)
@given(kinds, plain_like, st.booleans(), st.booleans())
def test_loader_resolves_tags_as_pyyaml_does(
    kind: type[yaml.Node], value: str, plain: bool, quoted: bool
) -> None:
    """Property: the memoised resolver gives PyYAML's tag for every node, asked twice."""
    loader = _Loader("")
    implicit: object = (plain, quoted) if kind is yaml.ScalarNode else plain
    text = value if kind is yaml.ScalarNode else None
    expected = _Reference().resolve(kind, text, implicit)  # type: ignore[no-untyped-call]
    for _ in range(2):  # the second answer comes from the memo
        assert loader.resolve(kind, text, implicit) == expected
    loader.dispose()


def test_loader_has_no_path_resolvers() -> None:
    """The resolver's short cuts hold only while nothing registers a path resolver."""
    assert not _Loader.yaml_path_resolvers


def test_read_bytes_refuses_a_pipe_without_opening_it(tmp_path: Path) -> None:
    """A FIFO is reported as unreadable at once: opening it would wait for a writer for ever."""
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as caught:
        read_bytes(fifo)
    assert "named pipe" in caught.value.problems[0].message


def test_read_bytes_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    """A file over the size limit is refused by name, before it is parsed."""
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(InputError) as caught:
        read_bytes(big)
    assert "larger than the limit" in caught.value.problems[0].message
    big.write_bytes(b"#" * MAX_FILE_BYTES)
    assert len(read_bytes(big)) == MAX_FILE_BYTES


def test_read_bytes_reads_on_when_the_file_is_longer_than_its_size_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grew after its size was asked (here: a size that says less) is read whole."""
    path = tmp_path / "grows.yaml"
    payload = b"name: Growing\n" * 500
    path.write_bytes(payload)
    real = os.fstat

    def stale(fd: int) -> os.stat_result:
        found = real(fd)
        return os.stat_result((*found[:6], 10, *found[7:]))  # st_size, as it was earlier

    monkeypatch.setattr(os, "fstat", stale)
    assert read_bytes(path) == payload
