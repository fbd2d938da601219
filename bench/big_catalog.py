"""A generated catalog of many roles and skills, for the benchmarks at scale.

The shipped catalog's files are copied as they are (so the generated profiles, which name
its skills and roles, still resolve), and three files are added: ``skills`` generated skills
(each with an alias, most with a prerequisite) and ``roles`` generated roles in two files (each
with 15 skill requirements, an any-of group, a degree, a certification group and experience).
Everything stays inside the loader's limits: each file under 2 MiB and 200,000 values, and
the whole folder of 1,000 roles about 1.7 MB, within a catalog folder's 2 MiB bound.

    python bench/big_catalog.py OUT [--roles 1000] [--skills 2000]
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

from skillgap.catalog.read import builtin_catalog_dir

CATEGORIES = ["programming", "data", "mathematics", "platforms", "cloud", "professional"]
IMPORTANCE = ["essential", "important", "important", "useful", "useful", "useful"]
SHIPPED_SKILLS = ["python", "sql", "statistics", "docker", "git", "pandas", "pytorch", "aws"]
DEGREES = ["bachelor", "master"]
FIELDS = ["computer-science", "mathematics", "statistics", "data-science"]
CERTS = ["google-pmle", "aws-mla", "databricks-ml-associate", "azure-ai-engineer"]


def _skills(rng: random.Random, count: int) -> str:
    lines = ["skills:"]
    for i in range(count):
        hours = sorted(rng.randint(5, 900) for _ in range(5))
        # Each skill of a block of ten needs the block's first one: chains stay short.
        prereq = f", prerequisites: [{{skill: g{i - i % 10}, level: 2}}]"
        lines.append(
            f"- {{id: g{i}, name: Skill {i}, aliases: [gs{i}], "
            f"category: {rng.choice(CATEGORIES)}, effort_hours: {hours}"
            + (prereq if i % 10 else "")
            + "}"
        )
    return "\n".join(lines) + "\n"


def _roles(rng: random.Random, first: int, count: int, skills: int) -> str:
    lines = ["roles:"]
    for i in range(first, first + count):
        lines += [
            f"- id: r{i}",
            f"  name: Role {i}",
            "  ready_score: 70",
            "  requirements:",
            "    skills:",
        ]
        picked = rng.sample(range(skills), 14)
        for j in picked[:12]:
            lines.append(
                f"    - {{skill: g{j}, level: {rng.randint(1, 4)}, "
                f"importance: {rng.choice(IMPORTANCE)}}}"
            )
        for name in rng.sample(SHIPPED_SKILLS, 3):
            lines.append(
                f"    - {{skill: {name}, level: {rng.randint(2, 4)}, "
                f"importance: {rng.choice(IMPORTANCE)}}}"
            )
        lines += [
            f"    - {{id: pick, any_of: [g{picked[12]}, g{picked[13]}], level: 2, "
            "importance: important}",
            "    education:",
            f"    - {{level: {rng.choice(DEGREES)}, fields: [{', '.join(FIELDS[:2])}], "
            "importance: important}",
            "    certifications:",
            f"    - {{id: cert, any_of: [{', '.join(rng.sample(CERTS, 2))}], importance: useful}}",
            "    experience:",
            f"    - {{id: work, kinds: [job, internship], min_months: {rng.choice([6, 12, 24])}, "
            "importance: essential}",
        ]
    return "\n".join(lines) + "\n"


def generate_catalog(folder: Path, roles: int = 1000, skills: int = 2000, seed: int = 29) -> Path:
    """Write the catalog into ``folder`` (made if needed); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(builtin_catalog_dir().glob("*.yaml")):
        shutil.copyfile(path, folder / path.name)
    rng = random.Random(seed)
    (folder / "60-generated-skills.yaml").write_text(_skills(rng, skills), encoding="utf-8")
    half = roles // 2  # two files: each well inside one document's 200,000 values
    for name, first, count in (("70", 0, half), ("71", half, roles - half)):
        (folder / f"{name}-generated-roles.yaml").write_text(
            _roles(rng, first, count, skills), encoding="utf-8"
        )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--roles", type=int, default=1000)
    parser.add_argument("--skills", type=int, default=2000)
    args = parser.parse_args()
    folder = generate_catalog(args.out, args.roles, args.skills)
    size = sum(p.stat().st_size for p in folder.glob("*.yaml"))
    print(f"{folder}: {args.roles} roles, {args.skills} generated skills, {size:,} bytes")


if __name__ == "__main__":
    main()
