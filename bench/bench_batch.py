"""Batch speed and memory, as ratios against floors measured in the same run.

* speed: ``skillgap batch --format jsonl --jobs 2`` over N profiles, against the floor of
  reading and parsing the same files with PyYAML's C loader in one process (aim <= 0.7);
* roles: ``--all-roles`` (six roles) against one role (aim <= 1.3);
* memory: peak RSS of the batch (its largest process) over ``--memory-n`` profiles against
  ``--n``, in each of ``--formats`` (aim <= 1.2 in every format; the cohort documents of
  json and html are written in one pass, so they too stay flat). Each run writes to a file
  (``-o``), and its CPU time (user + system, workers included) is printed beside it.

Profiles come from a seeded generator; 1% are broken on purpose. The cohort of 100,000
(about 150 MB of YAML, some minutes a format) is not part of CI's smoke run:

    python bench/bench_batch.py [--n 10000] [--memory-n 100000] [--runs 5] [--skip-memory]
    python bench/bench_batch.py --skip-speed --n 10000 --memory-n 100000 --formats jsonl,json,html
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from skillgap import api

SKILL_WORDS = ["none", "awareness", "novice", "intermediate", "advanced", "expert"]
KINDS = ["project", "internship", "open_source", "job", "competition"]
DEGREES = [
    ("bachelor", "computer science"),
    ("BSc", "mathematics"),
    ("master", "AI"),
    ("MSc", "statistics"),
    ("PhD", "machine learning"),
    ("bachelor", "business"),
]
CERTS = [
    "AWS Certified Machine Learning - Specialty",
    "Google Professional Machine Learning Engineer",
    "AIGP",
]
BROKEN = [
    "skils: {python: 3}\n",
    "  bad indentation: [\n",
    "hours_per_week: lots\n",
    "skills: {python: 9}\n",
]


def profile_text(rng: random.Random, index: int, names: list[list[str]], roles: list[str]) -> str:
    """One realistic profile of about 1-2 KB; ``names`` holds each skill's spellings."""
    lines = [
        f"# generated profile {index}",
        f"name: Person {index}",
        f"target_role: {rng.choice(roles)}",
        f"hours_per_week: {rng.randint(3, 20)}",
        f"target_date: 20{rng.randint(27, 30)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "skills:",
    ]
    for spellings in rng.sample(names, rng.randint(8, 20)):
        name = rng.choice(spellings)
        level = rng.randint(0, 5)
        if rng.random() < 0.3:
            lines.append(f"  {name}: {SKILL_WORDS[level]}")
        elif rng.random() < 0.2:
            lines.append(
                f"  {name}: {{level: {level}, years: {rng.randint(0, 10)}, "
                f"last_used: 2026-0{rng.randint(1, 9)}}}"
            )
        else:
            lines.append(f"  {name}: {level}")
    lines.append("education:")
    for degree, field in rng.sample(DEGREES, rng.randint(1, 2)):
        status = rng.choice(["completed", "completed", "in_progress"])
        lines.append(f"  - {{degree: {degree}, field: {field}, status: {status}}}")
    if rng.random() < 0.5:
        lines.append("certifications:")
        lines.append(f"  - {{name: {rng.choice(CERTS)}, earned: 2025-0{rng.randint(1, 9)}-01}}")
    lines.append("experience:")
    for n in range(rng.randint(1, 5)):
        lines.append(
            f"  - {{kind: {rng.choice(KINDS)}, title: Item {n} of person {index}, "
            f"months: {rng.randint(1, 24)}, "
            f"skills: [{', '.join(s[0] for s in rng.sample(names, 2))}]}}"
        )
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.01:
        text += rng.choice(BROKEN)
    return text


def generate(folder: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` profiles into ``folder``, 1,000 to a subfolder."""
    catalog = api.load_catalog()
    names = [[s.name, *s.aliases[:2]] for s in catalog.catalog.skills]
    roles = sorted(catalog.roles)
    rng = random.Random(seed)
    for i in range(n):
        sub = folder / f"group{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"p{i:06d}.yaml").write_text(profile_text(rng, i, names, roles), encoding="utf-8")


FLOOR = """
import os, sys, yaml
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(root, name), "rb") as fh:
            try:
                yaml.load(fh.read(), Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                pass
"""

MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL).returncode
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t, r.ru_maxrss, r.ru_utime + r.ru_stime, code)
"""


def measure(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest process) of ``cmd``, run in a fresh parent."""
    seconds, rss, _, _ = measure_cpu(cmd)
    return seconds, rss


def measure_cpu(cmd: list[str]) -> tuple[float, int, float, int]:
    """Wall seconds, peak RSS (KiB, largest process), CPU seconds (every process), exit code."""
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, os.devnull, *cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss, cpu, code = proc.stdout.split()
    return float(seconds), int(rss), float(cpu), int(code)


def best(cmds: list[list[str]], runs: int) -> list[tuple[float, int]]:
    """Each command's fastest wall time of ``runs`` and its largest peak RSS.

    The commands take turns, round after round, so that a slow spell of this shared
    machine falls on all of them rather than on whichever ran during it.
    """
    results: list[list[tuple[float, int]]] = [[] for _ in cmds]
    for _ in range(runs):
        for mine, cmd in zip(results, cmds, strict=True):
            mine.append(measure(cmd))
    return [(min(r[0] for r in mine), max(r[1] for r in mine)) for mine in results]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--memory-n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument(
        "--formats", default="jsonl", help="the memory figure's formats: jsonl,json,html"
    )
    args = parser.parse_args()
    skillgap = shutil.which("skillgap", path=str(Path(sys.executable).parent)) or "skillgap"
    with tempfile.TemporaryDirectory(prefix="skillgap-bench-") as tmp:
        small = Path(tmp) / "small"
        started = time.perf_counter()
        generate(small, args.n)
        print(
            f"cores: {os.cpu_count()}  generated {args.n} profiles in "
            f"{time.perf_counter() - started:.1f}s"
        )
        if args.skip_speed:
            _measure_memory(args, skillgap, Path(tmp))
            return
        # Start-up (about 0.2 s) dominates a small run: the aims are for 10,000 profiles.
        aims = "" if args.n >= 10_000 else " at 10,000 profiles; this is a smoke run"
        batch = [skillgap, "batch", str(small), "-f", "jsonl", "-j", "2"]
        (floor, _), (one, _), (every, _) = best(
            [[sys.executable, "-c", FLOOR, str(small)], batch, [*batch, "--all-roles"]],
            args.runs,
        )
        print(f"floor  parse {args.n} files, C loader, 1 process   {floor:7.2f} s")
        print(
            f"batch  jsonl --jobs 2                           {one:7.2f} s   "
            f"ratio {one / floor:.2f} (aim <= 0.7{aims})"
        )
        print(
            f"batch  jsonl --jobs 2 --all-roles               {every:7.2f} s   "
            f"ratio to one role {every / one:.2f} (aim <= 1.3{aims})"
        )
        print(
            f"       per profile: floor {floor / args.n * 1e3:.3f} ms, batch "
            f"{one / args.n * 1e3:.3f} ms wall"
        )
        if not args.skip_memory:
            _measure_memory(args, skillgap, Path(tmp))


def _measure_memory(args: argparse.Namespace, skillgap: str, tmp: Path) -> None:
    """Peak RSS over ``--memory-n`` profiles against ``--n``, format by format."""
    print(f"load: {os.getloadavg()[0]:.1f} (before the cohort of {args.memory_n:,})")
    started = time.perf_counter()
    cohort_memory(tmp / "small", tmp / "big", args.memory_n, skillgap, args.formats.split(","))
    print(f"load: {os.getloadavg()[0]:.1f} (after, {time.perf_counter() - started:.0f} s)")


def cohort_memory(small: Path, big: Path, n: int, skillgap: str, formats: list[str]) -> None:
    """Generate ``n`` profiles into ``big``; each format's peak RSS there against ``small``.

    Each batch writes its document to a file in ``big``'s parent folder, as a user would.
    """
    generate(big, n, seed=11)
    sizes = [sum(1 for _ in folder.rglob("*.yaml")) for folder in (small, big)]
    for fmt in formats:
        out = big.parent / f"cohort.{fmt}"
        figures = [
            measure_cpu([skillgap, "batch", str(folder), "-f", fmt, "-j", "2", "-o", str(out)])
            for folder in (small, big)
        ]
        for size, (wall, rss, cpu, code) in zip(sizes, figures, strict=True):
            # exit 3: the cohort's broken profiles (1 %), reported as invalid input
            print(
                f"memory -f {fmt:5} {size:7,} profiles: peak RSS {rss / 1024:7.1f} MiB  "
                f"cpu {cpu:7.1f} s  wall {wall:7.1f} s  exit {code}"
            )
        ratio = figures[1][1] / figures[0][1]
        print(f"memory -f {fmt:5} ratio {sizes[1]:,} / {sizes[0]:,}: {ratio:.2f} (aim <= 1.2)")
        out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
