"""skillgap at scale, as ratios against floors measured in the same run.

* custom catalog: ``batch --catalog BIG -f jsonl --jobs 2`` over ``--profiles`` generated
  profiles, and ``validate BIG``, against the floor of parsing the same files (the catalog,
  and the profiles) with PyYAML's C loader in one process (aims: batch <= 1.5, in CPU time);
* cohort documents: peak RSS of ``batch -f json`` and ``-f html`` over the large cohort
  against the small one (aim <= 1.2 in every format; ``--full``: 10,000 and 100,000
  profiles, else 1,000 and 10,000);
* match: ``match`` over catalogs of ``--roles`` generated roles, CPU time and peak RSS,
  against the catalog's own memory (a process that reads the catalog and nothing else;
  aims at 1,000 roles: <= 10 s, <= 1.3 x that memory).

Each command runs in a fresh process; the commands take turns, round after round, and each
figure is the median of ``--runs``. CPU time (user + system, workers included) is the
steadier figure on a busy machine: the load is printed with the results.

    python bench/bench_scale.py [--runs 3] [--roles 100,300,1000] [--profiles 1000] [--full]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import cohort_memory, generate
from big_catalog import generate_catalog

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "profiles" / "student.yaml"

FLOOR = """
import os, sys, yaml
for folder in sys.argv[1:]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            with open(os.path.join(root, name), "rb") as fh:
                try:
                    yaml.load(fh.read(), Loader=yaml.CSafeLoader)
                except yaml.YAMLError:
                    pass
"""

CATALOG_ONLY = "import sys; from skillgap import api; api.load_catalog(sys.argv[1])"

MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t, r.ru_utime + r.ru_stime, r.ru_maxrss)
"""


def measure(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (every process) and peak RSS (MiB, largest process)."""
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, os.devnull, *cmd],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"NO_COLOR": "1"},
    )
    wall, cpu, rss = proc.stdout.split()
    return float(wall), float(cpu), int(rss) / 1024


def medians(cmds: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float, float]]:
    """Each command's median wall, CPU and peak RSS over ``runs`` interleaved rounds."""
    seen: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            seen[name].append(measure(cmd))
    return {
        name: tuple(statistics.median(r[i] for r in rows) for i in range(3))  # type: ignore[misc]
        for name, rows in seen.items()
    }


def line(label: str, figures: tuple[float, float, float], note: str = "") -> None:
    """One result: wall, CPU and memory, and a ratio if any."""
    wall, cpu, rss = figures
    print(f"  {label:44} wall {wall:7.2f} s  cpu {cpu:7.2f} s  rss {rss:7.1f} MiB  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--roles", default="100,300,1000")
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--full", action="store_true", help="cohorts of 10,000 and 100,000")
    parser.add_argument("--skip-cohort", action="store_true")
    args = parser.parse_args()
    roles = [int(n) for n in args.roles.split(",")]
    tool = shutil.which("skillgap", path=str(Path(sys.executable).parent)) or "skillgap"
    py = sys.executable
    print(f"cores: {os.cpu_count()}  load: {os.getloadavg()[0]:.1f} (at the start)")
    with tempfile.TemporaryDirectory(prefix="skillgap-scale-") as tmp:
        work = Path(tmp)
        catalogs = {n: generate_catalog(work / f"catalog{n}", roles=n) for n in roles}
        big = catalogs[max(roles)]
        size = sum(p.stat().st_size for p in big.glob("*.yaml"))
        profiles = work / "profiles"
        generate(profiles, args.profiles)

        print(f"-- a custom catalog: {max(roles)} roles, {size:,} bytes; {args.profiles} profiles")
        got = medians(
            {
                "floor": [py, "-c", FLOOR, str(big), str(profiles)],
                "floor catalog": [py, "-c", FLOOR, str(big)],
                "batch": [tool, "batch", str(profiles), "-c", str(big), "-f", "jsonl", "-j", "2"],
                "validate": [tool, "validate", str(big)],
            },
            args.runs,
        )
        line("floor: C loader, catalog + profiles", got["floor"])
        line("floor: C loader, catalog", got["floor catalog"])
        ratio = got["batch"][1] / got["floor"][1]
        # Start-up weighs on a small run: the aim is for 1,000 roles and 1,000 profiles.
        smoke = "" if max(roles) >= 1000 and args.profiles >= 1000 else " at 1,000; a smoke run"
        line("batch -f jsonl --jobs 2", got["batch"], f"cpu ratio {ratio:.2f} (aim <= 1.5{smoke})")
        ratio = got["validate"][1] / got["floor catalog"][1]
        line("validate the catalog", got["validate"], f"cpu ratio {ratio:.2f}")

        print(f"-- match over many roles ({PROFILE.name})")
        cmds: dict[str, list[str]] = {}
        for n, folder in catalogs.items():
            cmds[f"catalog {n}"] = [py, "-c", CATALOG_ONLY, str(folder)]
            cmds[f"match {n}"] = [
                tool, "match", str(PROFILE), "-c", str(folder), "-f", "json",
                "--start-date", "2026-12-01",
            ]  # fmt: skip
        got = medians(cmds, args.runs)
        for n in roles:
            floor, match = got[f"catalog {n}"], got[f"match {n}"]
            line(f"the catalog alone, {n} roles", floor)
            aim = " (aims at 1,000: <= 10 s, <= 1.3)" if n == 1000 else ""
            line(f"match, {n} roles", match, f"memory ratio {match[2] / floor[2]:.2f}{aim}")

        if not args.skip_cohort:
            _cohorts(work, tool, args.full)


def _cohorts(work: Path, tool: str, full: bool) -> None:
    """Peak memory of the cohort documents, small cohort against large (bench_batch's)."""
    small, large = (10_000, 100_000) if full else (1_000, 10_000)
    started = time.perf_counter()
    generate(work / "small", small)
    print(f"-- cohorts of {small:,} and {large:,} profiles")
    cohort_memory(work / "small", work / "large", large, tool, ["jsonl", "json", "html"])
    print(f"   ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
