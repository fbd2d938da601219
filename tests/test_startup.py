"""What a command costs before its own work: the collector, and what it imports.

Each check runs the command in a fresh interpreter, as a user's shell would.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROFILES

STUDENT = PROFILES / "student.yaml"

#: Runs ``skillgap.__main__.main`` (what the ``skillgap`` script and ``python -m skillgap``
#: run) with the arguments in argv[1] (split at \x1f), and prints on stderr, as a Python
#: literal, whether the cycle collector ran while the command's body started and which
#: modules the run imported. It imports nothing of its own the command might not.
_PROBE = """
import gc, sys
from skillgap import __main__
from skillgap.cli import running as cli
seen = {}
real = cli.setup_streams
def spy():
    seen["collecting"] = gc.isenabled()
    real()
cli.setup_streams = spy
sys.argv = ["skillgap", *sys.argv[1].split("\\x1f")]
try:
    __main__.main()
except SystemExit as exc:
    seen["exit"] = int(exc.code or 0)
seen["modules"] = sorted(sys.modules)
print(repr(seen), file=sys.stderr)
"""


def _probe(*args: str | Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "\x1f".join(str(a) for a in args)],
        capture_output=True,
        text=True,
        check=False,
    )
    seen: dict[str, object] = ast.literal_eval(proc.stderr.splitlines()[-1])
    return seen


@pytest.mark.parametrize(
    ("args", "collecting"),
    [
        (("assess", STUDENT, "--format", "json", "--start-date", "2026-12-01"), False),
        (("plan", STUDENT, "--start-date", "2026-12-01"), False),
        (("validate", PROFILES), True),
        (("batch", PROFILES, "--jobs", "1", "--format", "jsonl"), True),
    ],
)
def test_the_collector_is_paused_only_for_commands_of_one_input(
    args: tuple[str | Path, ...], collecting: bool
) -> None:
    """A short command runs without the cycle collector; one over many files keeps it."""
    seen = _probe(*args)
    assert seen["exit"] == 0
    assert seen["collecting"] is collecting


def test_importing_the_library_leaves_the_collector_alone() -> None:
    """Only the command line pauses the collector: a library user's process is theirs."""
    code = "import gc, skillgap.__main__, skillgap.api, skillgap.cli; print(gc.isenabled())"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "True"


def test_assess_as_json_imports_only_what_it_uses() -> None:
    """No terminal or HTML renderer, no batch run, review or other command's views.

    Nor the json module (the cached catalog is read with pydantic's own parser) or glob.
    """
    seen = _probe("assess", STUDENT, "--format", "json", "--start-date", "2026-12-01")
    assert seen["exit"] == 0
    modules = seen["modules"]
    assert isinstance(modules, list)
    unused = {
        "rich",
        "jinja2",
        "skillgap.batch.run",
        "skillgap.models.views",
        "skillgap.models.review",
        "json",
        "glob",
    }
    assert not unused.intersection(modules), sorted(unused.intersection(modules))


def test_the_piped_report_imports_no_rich() -> None:
    """The default report piped (no colour) is drawn as plain lines: rich is not imported.

    Its bytes are rich's (``tests/test_plain.py``); importing rich and drawing with it cost
    a fifth of the run. With --details, rich draws it.
    """
    args = ("assess", STUDENT, "--start-date", "2026-12-01")
    seen = _probe(*args)
    assert seen["exit"] == 0
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert "rich" not in modules
    detailed = _probe(*args, "--details")["modules"]
    assert isinstance(detailed, list)
    assert "rich" in detailed


def test_nothing_is_frozen_before_exit_and_the_app_leaves_the_collector_as_found() -> None:
    """Nothing is frozen before exit, and the typer app leaves a host's collector alone.

    Run by another program (runpy, a wrapper catching SystemExit), the command freezes
    nothing before the interpreter really exits; the typer app itself (as CliRunner runs
    it) leaves a host's collector as it was, even through batch and validate.
    """
    code = f"""
import gc, runpy, sys
from typer.testing import CliRunner
sys.argv = ["skillgap", "assess", {str(STUDENT)!r}, "--format", "json"]
try:
    runpy.run_module("skillgap", run_name="__main__")
except SystemExit as exc:
    assert exc.code == 0, exc.code
print(gc.get_freeze_count(), file=sys.stderr)
from skillgap.cli import app
for state in (gc.disable, gc.enable):
    state()
    assert CliRunner().invoke(app, ["validate", {str(PROFILES)!r}]).exit_code == 0
    print(gc.isenabled(), file=sys.stderr)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr.split()[-3:] == ["0", "False", "True"]


def test_usage_names_the_command_as_it_was_run() -> None:
    """Installed under another name (a link called sg), usage says sg; python -m, skillgap."""
    code = "import sys; from skillgap.__main__ import main; sys.argv = ['/opt/bin/sg', 'x']; main()"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "see 'sg --help'" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "skillgap", "x"], capture_output=True, text=True, check=False
    )
    assert "see 'skillgap --help'" in proc.stderr


def test_no_model_field_defaults_to_the_builtin_list() -> None:
    """List fields default through models.common.new_list, not the builtin list.

    pydantic reads a default factory's signature while it builds a schema; the builtin's
    goes through tokenize (about 2 ms the first time, 0.1 ms a field after).
    """
    import importlib
    import pkgutil

    from pydantic import BaseModel

    import skillgap.models

    for info in pkgutil.iter_modules(skillgap.models.__path__, "skillgap.models."):
        importlib.import_module(info.name)
    importlib.import_module("skillgap.authoring.resume")  # the JSON Resume models
    seen: list[type[BaseModel]] = []
    pending = list(BaseModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if model.__module__.startswith("skillgap."):
            seen.append(model)
    assert len(seen) > 40
    builtin = [
        f"{m.__module__}.{m.__qualname__}.{name}"
        for m in seen
        for name, field in m.model_fields.items()
        if field.default_factory in (list, set, tuple)
    ]
    assert not builtin
