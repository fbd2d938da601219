"""Cold-start cost of ``skillgap assess --format json`` (or terminal), as a ratio to a floor.

The floor is ``floor_app.py``, a minimal typer command on the same stack that loads the
profile into one pydantic model and prints JSON (aim: assess <= 1.25 x that). Also timed,
in the same run: that floor with the cycle collector paused (as the ``skillgap`` command
pauses it), ``--no-plan``, and bare ``python -c "import yaml, pydantic"``. Runs are
interleaved; each ratio is taken run by run (so a slow moment of the machine slows both
sides of it) and given as its quartiles, for wall time and for CPU time (user + system),
which other work on a busy machine disturbs less. Measure with bytecode compiled
(``python -m compileall src``; with PYTHONDONTWRITEBYTECODE set, every run compiles every
module again).

    python bench/bench_assess.py [--runs 21] [--profile profiles/student.yaml]
                                 [--format json|terminal]

``--format terminal`` times the report a person reads (piped, so 100 columns, no colour)
against the same floor: the renderer's cost shows in the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


#: The runs' own catalog cache: another skillgap (another version or checkout) run meanwhile
#: with the user's cache would replace it, and a run would read the YAML instead.
CACHE = tempfile.mkdtemp(prefix="skillgap-bench-")


def timed(cmd: list[str], extra: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time of one run of ``cmd``, which must succeed."""
    env = os.environ | {"NO_COLOR": "1", "SKILLGAP_CACHE_DIR": CACHE} | extra
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """The lower quartile, the median and the upper quartile (one run: its value, thrice)."""
    if len(values) < 2:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--profile", default=str(ROOT / "profiles" / "student.yaml"))
    parser.add_argument("--format", choices=["json", "terminal"], default="json")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    script = shutil.which("skillgap", path=str(Path(sys.executable).parent)) or "skillgap"
    app = [sys.executable, str(ROOT / "bench" / "floor_app.py"), args.profile]
    fmt = args.format
    tool = [script, "assess", args.profile, "--format", fmt, "--start-date", "2026-12-01"]
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "imports": ([sys.executable, "-c", "import yaml, pydantic"], {}),
        "floor": (app, {}),
        "floor, collector paused": (app, {"FLOOR_GC": "off"}),
        "tool": (tool, {}),
        "tool --no-plan": ([*tool, "--no-plan"], {}),
    }
    for cmd, env in commands.values():
        timed(cmd, env)  # warm the OS file cache and the catalog cache
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (cmd, env) in commands.items():
            runs[name].append(timed(cmd, env))
    load = os.getloadavg()[0]
    print(f"format: {fmt}  cores: {os.cpu_count()}  runs: {args.runs}  load: {load:.2f}")
    labels = {
        "imports": "python -c 'import yaml, pydantic'",
        "floor": "floor: a typer command, profile -> pydantic -> JSON",
        "floor, collector paused": "the same floor with the cycle collector paused",
        "tool": f"skillgap assess --format {fmt} (with plan)",
        "tool --no-plan": f"skillgap assess --format {fmt} --no-plan",
    }
    aim = "the issue's aim: <= 1.25" if fmt == "json" else "the terminal's aim: <= 1.4"
    for column, label in ((0, "wall time"), (1, "CPU time")):
        print(f"-- {label}: median")
        for name in commands:
            ms = statistics.median(r[column] for r in runs[name]) * 1000
            print(f"  {labels[name]:52} {ms:7.1f} ms")
        print(f"-- {label}: ratios, run by run (lower quartile, median, upper quartile)")
        for top, bottom, note in (
            ("tool", "floor", aim),
            ("tool", "floor, collector paused", "had the floor paused it too"),
            ("tool", "tool --no-plan", "the plan's share"),
            ("tool", "imports", "over bare imports"),
        ):
            pairs = [a[column] / b[column] for a, b in zip(runs[top], runs[bottom], strict=True)]
            q1, q2, q3 = quartiles(pairs)
            print(f"  {top} / {bottom:24} {q1:5.2f} {q2:5.2f} {q3:5.2f}   ({note})")


if __name__ == "__main__":
    main()
