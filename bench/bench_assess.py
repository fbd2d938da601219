"""Cold-start cost of ``skillgap assess --format json``, as a ratio to a floor.

The floor is ``python -c "import yaml, pydantic"`` measured in the same run, so
the ratio holds on a noisy shared machine. Runs are interleaved and the median
of each is taken.

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
    tool_cmd = [script, "assess", args.profile, "--format", "json"]
    timed(floor_cmd)  # warm the OS file cache for both
    timed(tool_cmd)
    floors, tools = [], []
    for _ in range(args.runs):
        floors.append(timed(floor_cmd))
        tools.append(timed(tool_cmd))
    floor, tool = statistics.median(floors), statistics.median(tools)
    print(f"cores: {os.cpu_count()}  runs: {args.runs}")
    print(f"floor  python -c 'import yaml, pydantic'   median {floor * 1000:7.1f} ms")
    print(f"tool   skillgap assess --format json        median {tool * 1000:7.1f} ms")
    print(f"ratio  {tool / floor:.2f} x the floor (target <= 1.6)")


if __name__ == "__main__":
    main()
