"""Cold-start cost of ``skillgap assess --format json``, as a ratio to a floor.

Two floors, measured in the same run so the ratios hold on a noisy shared machine:
``python -c "import yaml, pydantic"``, and ``floor_app.py``, a minimal typer command on the
same stack that loads the profile into one pydantic model and prints JSON (aim: assess
<= 1.25 x that). Runs are interleaved and the median of each is taken: of the wall time,
and of the CPU time (user + system) the process used, which other work on a busy machine
disturbs less. Measure with bytecode compiled (``python -m compileall src``; with
PYTHONDONTWRITEBYTECODE set, every run compiles every module again).

    python bench/bench_assess.py [--runs 21] [--profile profiles/student.yaml]
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


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time of one run of ``cmd``, which must succeed."""
    env = os.environ | {"NO_COLOR": "1", "SKILLGAP_CACHE_DIR": CACHE}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--profile", default=str(ROOT / "profiles" / "student.yaml"))
    args = parser.parse_args()

    script = shutil.which("skillgap", path=str(Path(sys.executable).parent)) or "skillgap"
    floor_cmd = [sys.executable, "-c", "import yaml, pydantic"]
    app_cmd = [sys.executable, str(ROOT / "bench" / "floor_app.py"), args.profile]
    tool_cmd = [script, "assess", args.profile, "--format", "json", "--start-date", "2026-12-01"]
    bare_cmd = [*tool_cmd, "--no-plan"]
    for cmd in (floor_cmd, app_cmd, tool_cmd, bare_cmd):
        timed(cmd)  # warm the OS file cache and the catalog cache
    runs: dict[str, list[tuple[float, float]]] = {"floor": [], "app": [], "tool": [], "bare": []}
    for _ in range(args.runs):
        runs["floor"].append(timed(floor_cmd))
        runs["app"].append(timed(app_cmd))
        runs["tool"].append(timed(tool_cmd))
        runs["bare"].append(timed(bare_cmd))
    print(f"cores: {os.cpu_count()}  runs: {args.runs}  load: {os.getloadavg()[0]:.2f}")
    for column, label in ((0, "wall time"), (1, "CPU time")):
        floor, app, tool, bare = (
            statistics.median(r[column] for r in runs[k]) for k in ("floor", "app", "tool", "bare")
        )
        print(f"-- {label} (median)")
        print(f"floor  python -c 'import yaml, pydantic'            {floor * 1000:7.1f} ms")
        print(f"floor  a typer command: profile -> pydantic -> JSON  {app * 1000:7.1f} ms")
        print(f"tool   skillgap assess --format json --no-plan      {bare * 1000:7.1f} ms")
        print(f"tool   skillgap assess --format json (with plan)    {tool * 1000:7.1f} ms")
        print(f"ratio  assess --no-plan / floor   {bare / floor:.2f} (aim <= 1.6)")
        print(f"ratio  assess with plan / floor   {tool / floor:.2f}")
        print(f"ratio  with plan / without plan   {tool / bare:.2f} (aim <= 1.1)")
        print(f"ratio  assess with plan / typer floor   {tool / app:.2f} (aim <= 1.25)")


if __name__ == "__main__":
    main()
