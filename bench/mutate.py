"""A small mutation run: whether the tests notice when the scoring rule is wrong.

Each mutant changes one thing in one module (a comparison, an arithmetic operator, a
number, ``and``/``or``, ``min``/``max``) in a copy of the source tree, then runs the
chosen tests against the copy. A mutant is *killed* when the tests fail (or time out),
*survives* when they pass. mutmut and cosmic-ray want to own the test command and the
layout; this is the honest minimum, and it prints every survivor so it can be read.

    python bench/mutate.py src/skillgap/scoring/rule.py --tests tests/test_rule.py

Docstrings, type annotations and string constants are never mutated.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SWAP_COMPARE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
SWAP_BINOP: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
}
SWAP_NAME = {"min": "max", "max": "min", "True": "False", "False": "True"}


def _skipped(tree: ast.AST) -> set[int]:
    """Nodes never mutated: annotations and docstrings."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        notes: list[ast.AST | None] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            notes.append(node.returns)
            args = node.args
            notes += [a.annotation for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
        elif isinstance(node, ast.AnnAssign):
            notes.append(node.annotation)
        for note in notes:
            if note is not None:
                skip.update(id(n) for n in ast.walk(note))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.update(id(n) for n in ast.walk(body[0]))
    return skip


def _points(tree: ast.AST) -> list[tuple[int, str]]:
    """Where a mutant can be made: the node's place in ``ast.walk`` order, and its kind."""
    skip = _skipped(tree)
    points: list[tuple[int, str]] = []
    for n, node in enumerate(ast.walk(tree)):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Compare) and type(node.ops[0]) in SWAP_COMPARE:
            points.append((n, "compare"))
        elif isinstance(node, ast.BinOp) and type(node.op) in SWAP_BINOP:
            points.append((n, "binop"))
        elif isinstance(node, ast.BoolOp):
            points.append((n, "boolop"))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
            points.append((n, "number"))
        elif isinstance(node, ast.Name) and node.id in SWAP_NAME:
            points.append((n, "name"))
    return points


def _mutate(node: ast.AST) -> None:
    if isinstance(node, ast.Compare):
        node.ops[0] = SWAP_COMPARE[type(node.ops[0])]()
    elif isinstance(node, ast.BinOp):
        node.op = SWAP_BINOP[type(node.op)]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        node.value = node.value + 1
    elif isinstance(node, ast.Name):
        node.id = SWAP_NAME[node.id]


def mutants(source: str) -> Iterator[tuple[str, str]]:
    """Every (description, mutated source) of one module."""
    tree = ast.parse(source)
    for n, kind in _points(tree):
        mutated = copy.deepcopy(tree)
        node = list(ast.walk(mutated))[n]
        before = ast.unparse(node)[:50]
        _mutate(node)
        line = getattr(node, "lineno", 0)
        yield f"line {line} {kind}: {before} -> {ast.unparse(node)[:50]}", ast.unparse(mutated)


def run(
    copy_root: Path, relative: Path, source: str, tests: list[str], timeout: float
) -> tuple[int, int, list[str]]:
    """Killed, total and the survivors' descriptions, for every mutant of one module."""
    killed = total = 0
    survivors = []
    target = copy_root / relative
    env = {**os.environ, "PYTHONPATH": str(copy_root / "src")}
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider"]
    for description, text in mutants(source):
        target.write_text(text, encoding="utf-8")
        total += 1
        try:
            done = subprocess.run(
                [*command, *tests],
                cwd=copy_root,
                env=env,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
            dead = done.returncode != 0
        except subprocess.TimeoutExpired:
            dead = True
        killed += dead
        if not dead:
            survivors.append(description)
        print(f"{'killed  ' if dead else 'SURVIVED'} {description}", flush=True)
    target.write_text(source, encoding="utf-8")
    return killed, total, survivors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", type=Path)
    parser.add_argument("--tests", nargs="+", required=True)
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # One copy of the tree, taken before the first mutant: editing the work tree while
        # the run goes on changes nothing it measures.
        copy_root = Path(tmp) / "tree"
        for folder in ("src", "tests", "catalog", "profiles"):
            shutil.copytree(ROOT / folder, copy_root / folder)
        shutil.copy(ROOT / "pyproject.toml", copy_root / "pyproject.toml")
        for module in args.modules:
            relative = module.resolve().relative_to(ROOT)
            source = (copy_root / relative).read_text(encoding="utf-8")
            killed, total, survivors = run(copy_root, relative, source, args.tests, args.timeout)
            print(f"{module}: {killed}/{total} killed, {len(survivors)} survived", flush=True)


if __name__ == "__main__":
    main()
