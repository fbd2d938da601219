"""Cold-start cost of ``skillgap assess --format json``, as a ratio to a floor.

Two floors, measured in the same run so the ratios hold on a noisy shared machine:
``python -c "import yaml, pydantic"``, and ``floor_app.py``, a minimal typer command on the
same stack that loads the profile into one pydantic model and prints JSON (aim: assess
<= 1.25 x that). Runs are interleaved and the median of each is taken.

    python bench/bench_assess.py [--runs 21] [--profile profiles/student.yaml]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str]) -> float:
    """Wall time of one run of ``cmd``, which must succeed."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=os.environ | {"NO_COLOR": "1"})
    return time.perf_counter() - started


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
    floors: list[float] = []
    apps: list[float] = []
    tools: list[float] = []
    bares: list[float] = []
    for _ in range(args.runs):
        floors.append(timed(floor_cmd))
        apps.append(timed(app_cmd))
        tools.append(timed(tool_cmd))
        bares.append(timed(bare_cmd))
    floor, app, tool, bare = (statistics.median(x) for x in (floors, apps, tools, bares))
    print(f"cores: {os.cpu_count()}  runs: {args.runs}")
    print(f"floor  python -c 'import yaml, pydantic'            median {floor * 1000:7.1f} ms")
    print(f"floor  a typer command: profile -> pydantic -> JSON  median {app * 1000:7.1f} ms")
    print(f"tool   skillgap assess --format json --no-plan      median {bare * 1000:7.1f} ms")
    print(f"tool   skillgap assess --format json (with plan)    median {tool * 1000:7.1f} ms")
    print(f"ratio  assess --no-plan / floor   {bare / floor:.2f} (aim <= 1.6)")
    print(f"ratio  assess with plan / floor   {tool / floor:.2f}")
    print(f"ratio  with plan / without plan   {tool / bare:.2f} (aim <= 1.1)")
    print(f"ratio  assess with plan / typer floor   {tool / app:.2f} (aim <= 1.25)")


if __name__ == "__main__":
    main()
