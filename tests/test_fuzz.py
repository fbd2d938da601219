"""Fuzz: mutated profiles and catalogs through the CLI end no worse than a clear refusal.

Each example mutates a shipped profile or a small catalog (random bytes, swapped
scalars, deep structures, huge numbers, odd unicode) and runs ``assess``, ``plan``,
``validate`` and ``batch`` in process. Every run must exit 0-4 with no traceback, and
take under 5 s. A longer run: ``SKILLGAP_FUZZ_SECONDS=600 SKILLGAP_FUZZ_EXAMPLES=2000``.
Each of the two fuzz tests keeps to a time budget (about 45 s in all).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import PROFILES, check_batch_output
from skillgap.cli import app

#: Seconds each fuzz test may take (two tests); examples past it are drawn, not run.
BUDGET = float(os.environ.get("SKILLGAP_FUZZ_SECONDS", "22"))
#: The slowest a single command may be on any input.
SLOWEST = 5.0
_STARTED: dict[str, float] = {}
#: Examples run to the end, by test (``-s`` prints them at exit).
_RAN: dict[str, int] = {}

SEEDS = sorted(PROFILES.glob("*.yaml"))
SMALL_CATALOG = """\
scale:
  - {level: 0, name: none, description: "n"}
  - {level: 1, name: awareness, description: "a"}
  - {level: 2, name: novice, description: "n"}
  - {level: 3, name: intermediate, description: "i"}
  - {level: 4, name: advanced, description: "a"}
  - {level: 5, name: expert, description: "e"}
degrees:
  - {id: bachelor, name: Bachelor, effort_hours: 4800}
fields:
  - {id: cs, name: Computer Science}
skills:
  - {id: python, name: Python, category: c, effort_hours: [10, 30, 60, 120, 250]}
  - {id: ml, name: ML, category: c, prerequisites: [python]}
certifications:
  - {id: cert, name: Cert, effort_hours: 80}
roles:
  - id: ml-engineer
    name: ML Engineer
    weights: {skills: 60, education: 15, certifications: 5, experience: 20}
    requirements:
      skills:
        - {skill: python, level: 3, importance: essential}
        - {skill: ml, level: 2, importance: important}
      education:
        - {level: bachelor, fields: [cs], importance: useful}
      certifications:
        - {id: c, any_of: [cert], importance: useful}
      experience:
        - {id: projects, kinds: [project], min_count: 2, importance: important}
  - {id: child, name: Child, extends: ml-engineer}
"""

ODD = [
    "1:30",
    "0x1f",
    "1e308",
    "-1e308",
    ".inf",
    ".nan",
    "9" * 400,
    "-0",
    "~",
    "''",
    "[]",
    "{}",
    "no",
    "2027-02-30",
    "\u202e\u0000",
    "\U0001f600",
    "\ud7ff",
    "&a [1]",
    "*a",
    "!!python/object:os.system",
    "[" * 70 + "]" * 70,
    "{a: " * 40 + "1" + "}" * 40,
    "[" + "1," * 3000 + "1]",
    "\t",
    "\x1b[2J",
    "ml-enginer",
    "0.001",
    "20000",
]
scalar_text = st.one_of(st.sampled_from(ODD), st.text(max_size=30))


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> bytes:
    """A seed text with one to three mutations: bytes, scalars, structures, numbers."""
    text = seed
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["swap", "bytes", "insert", "truncate", "duplicate"]))
        lines = text.splitlines(keepends=True) or [""]
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "swap" and ":" in lines[at]:
            key, _, _ = lines[at].partition(":")
            lines[at] = f"{key}: {draw(scalar_text)}\n"
        elif kind == "insert":
            indent = len(lines[at]) - len(lines[at].lstrip(" "))
            lines.insert(at, " " * indent + f"{draw(scalar_text)}: {draw(scalar_text)}\n")
        elif kind == "truncate":
            lines = lines[: at + 1]
            lines[-1] = lines[-1][: draw(st.integers(0, len(lines[-1])))]
        elif kind == "duplicate":
            lines = [*lines[: at + 1], *lines[at:]]
        text = "".join(lines)
        if kind == "bytes":
            raw = text.encode("utf-8", "surrogatepass")
            pos = draw(st.integers(0, len(raw)))
            return raw[:pos] + draw(st.binary(min_size=1, max_size=8)) + raw[pos:]
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module", autouse=True)
def _examples_run() -> Iterator[None]:
    """How many examples ran to the end, printed after the module (seen with ``-s``)."""
    yield
    print(f"\nfuzz examples run: {_RAN}")  # a figure for whoever runs -s


def _check(runner: CliRunner, args: list[str]) -> None:
    started = time.process_time()
    result = runner.invoke(app, args, catch_exceptions=True)
    elapsed = time.process_time() - started
    output = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    assert result.exit_code in {0, 1, 2, 3, 4}, (args, result.exit_code, output[-2000:])
    assert "Traceback" not in output, (args, output[-2000:])
    assert elapsed < SLOWEST, (args, elapsed)
    if args[0] == "batch" and result.exit_code != 2:  # a mutated file's record, held to the schema
        check_batch_output(args, result.stdout)


def _over_budget(test: str) -> bool:
    started = _STARTED.setdefault(test, time.perf_counter())
    return time.perf_counter() - started > BUDGET


FUZZ = settings(
    max_examples=int(os.environ.get("SKILLGAP_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)


@FUZZ
@given(st.data())
def test_mutated_profiles_are_refused_cleanly(tmp_path: Path, data: st.DataObject) -> None:
    """A mutated shipped profile: assess, plan, validate and batch end with 0-4, no traceback."""
    seed = data.draw(st.sampled_from(SEEDS))
    raw = data.draw(mutated(seed.read_text(encoding="utf-8")))
    if _over_budget("profiles"):  # after drawing, so every example draws alike
        return
    _RAN["profiles"] = _RAN.get("profiles", 0) + 1
    path = tmp_path / "profile.yaml"
    path.write_bytes(raw)
    runner = CliRunner()
    # The plan's dates get valid hours here: how the plan dates steps is fuzzed elsewhere.
    for args in (
        ["assess", str(path)],
        ["plan", "--hours-per-week", "10", "--start-date", "2026-01-05", str(path)],
        ["validate", str(path)],
        ["batch", "--jobs", "1", "--role", "ml-engineer", str(path)],
    ):
        _check(runner, args)


@FUZZ
@given(st.data())
def test_mutated_catalogs_are_refused_cleanly(tmp_path: Path, data: st.DataObject) -> None:
    """A mutated small catalog: validate and every command that reads it end with 0-4."""
    raw = data.draw(mutated(SMALL_CATALOG))
    if _over_budget("catalogs"):  # after drawing, so every example draws alike
        return
    _RAN["catalogs"] = _RAN.get("catalogs", 0) + 1
    catalog = tmp_path / "catalog.yaml"
    catalog.write_bytes(raw)
    profile = SEEDS[0]
    runner = CliRunner()
    for args in (
        ["validate", str(catalog)],
        ["assess", "--catalog", str(catalog), "--role", "ml-engineer", str(profile)],
        [
            "plan",
            "--catalog",
            str(catalog),
            "--role",
            "ml-engineer",
            "--hours-per-week",
            "10",
            "--start-date",
            "2026-01-05",
            str(profile),
        ],
        ["batch", "--jobs", "1", "--catalog", str(catalog), "--role", "child", str(profile)],
    ):
        _check(runner, args)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seeds_pass_unchanged(seed: Path) -> None:
    """The fuzz's seeds themselves are valid: a mutation, not the seed, is what is tested."""
    result = CliRunner().invoke(app, ["validate", str(seed)])
    assert result.exit_code == 0, result.output
