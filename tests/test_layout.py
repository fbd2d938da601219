"""The package reads as the pipeline: imports point one way, from the CLI down to the inputs.

Every ``import`` of the package's own modules counts, also those inside functions (they run
too, only later); imports under ``if TYPE_CHECKING:`` are for annotations and never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "skillgap"

#: The stages, first to last: a module may import from its own stage or an earlier one.
#: The "Layout" section of docs/internals.md names the same folders in the same order.
STAGES: dict[str, int] = {
    "skillgap": 0,
    "skillgap.errors": 0,
    "skillgap.untrusted": 0,
    "skillgap.output": 0,
    "skillgap.names": 0,  # name matching: standard library only, so every floor may use it
    "skillgap.models": 1,
    "skillgap.inputs": 2,
    "skillgap.catalog": 3,
    "skillgap.text": 3,  # free text in: with the inputs and the catalog's names, below scoring
    "skillgap.scoring": 4,
    "skillgap.plan": 5,  # the plan/ package, every module of it: steps, route, order, calendar
    "skillgap.compare": 6,
    "skillgap.renderers": 7,
    "skillgap.assessing": 8,  # the use case: load, check, assess, plan, match, views
    "skillgap.authoring": 9,
    "skillgap.batch": 10,
    "skillgap.cluster": 10,  # the old import path of batch/cluster.py
    "skillgap.schemas": 11,
    "skillgap.api": 11,
    "skillgap.cli": 12,  # the cli/ package, every module of it
    "skillgap.__main__": 12,
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _type_checking_only(node: ast.AST) -> set[int]:
    """The ids of the import nodes that sit under ``if TYPE_CHECKING:``."""
    skip: set[int] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.If) and ast.unparse(n.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            for inner in n.body:
                skip.update(id(x) for x in ast.walk(inner))
    return skip


def _in_functions(node: ast.AST) -> set[int]:
    """The ids of the nodes inside a function body (they run when it is called)."""
    inside: set[int] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef):
            inside.update(id(x) for x in ast.walk(n) if x is not n)
    return inside


def _imports(name: str, path: Path, *, at_import: bool = False) -> set[str]:
    """The package's modules that ``name`` imports (``at_import``: only when it is imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_only(tree)
    if at_import:
        skip |= _in_functions(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "skillgap")
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{name}: the package imports its modules by full name"
            base = node.module or ""
            if base.split(".")[0] != "skillgap":
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _stage(module: str) -> int:
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in STAGES:
            return STAGES[prefix]
    raise AssertionError(f"{module} is in no stage: add its folder to STAGES and the README")


def test_every_module_has_a_stage() -> None:
    for module in MODULES:
        _stage(module)


def test_no_import_cycle() -> None:
    """No module can reach itself through imports (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # the package has a few dozen modules: recursion is fine
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert cycles == []


def test_imports_point_from_later_stages_to_earlier_ones() -> None:
    """A module imports only from its own stage or earlier ones: no exception, no arrow up.

    Name matching, which every stage uses, sits on the bottom floor (``skillgap.names``).
    """
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if _stage(target) > _stage(module)
    )
    assert wrong == []


def test_package_inits_import_nothing() -> None:
    """Importing one module of a folder does not import the folder's other modules."""
    for module, path in MODULES.items():
        if path.name == "__init__.py":
            assert _imports(module, path, at_import=True) == set(), module


def test_nothing_but_main_imports_the_cli() -> None:
    """Nothing imports the CLI: it is the last stage, the library never depends on it."""
    assert [m for m, targets in GRAPH.items() if "skillgap.cli" in targets] == ["skillgap.__main__"]


def _in_cli(module: str) -> bool:
    return module == "skillgap.cli" or module.startswith("skillgap.cli.")


def test_nothing_outside_the_cli_imports_a_module_of_it() -> None:
    """Only ``__main__`` reaches into the cli/ package, and only through its front door."""
    outside = {
        m: sorted(t for t in targets if _in_cli(t))
        for m, targets in GRAPH.items()
        if not _in_cli(m) and any(_in_cli(t) for t in targets)
    }
    assert outside == {"skillgap.__main__": ["skillgap.cli"]}


def _families() -> dict[str, str]:
    """cli/main.py's FAMILIES: each subcommand's module, as written there."""
    tree = ast.parse(MODULES["skillgap.cli.main"].read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "FAMILIES"
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, dict)
            return value
    raise AssertionError("cli/main.py names no FAMILIES")


def test_each_command_family_is_a_cli_module_imported_by_no_other() -> None:
    """A command imports its own family only: families are modules of cli/, named by string.

    The app imports a family by its name when one of its commands runs (cli/lazy); no
    module imports a family directly, so no command pays for another's imports.
    """
    families = set(_families().values())
    assert families, "no command families found"
    for family in sorted(families):
        assert family in MODULES, family
        assert _in_cli(family), family
        source = MODULES[family].read_text(encoding="utf-8")
        assert "\ncommands = typer.Typer()" in source, f"{family} holds no commands"
    importers = sorted(f"{m} -> {t}" for m, targets in GRAPH.items() for t in targets & families)
    assert importers == []


#: The values of a requirement's status and of a readiness verdict (models/result.py).
DECIDED = {"met", "partial", "missing", "ready", "nearly_ready", "not_ready"}


def _decides(path: Path) -> list[str]:
    """Where ``path`` produces a status or readiness value, rather than reading one.

    Reading is comparing (``status == "met"``), indexing (``counts["ready"]``), a display
    table's key or its value for that key, or a ``Literal[...]`` type.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parent = {id(c): n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and node.value in DECIDED):
            continue
        up = parent.get(id(node))
        if isinstance(up, ast.Compare):
            continue
        if isinstance(up, ast.Subscript) and up.slice is node:
            continue
        if isinstance(up, ast.Tuple) and isinstance(parent.get(id(up)), ast.Subscript):
            continue  # Literal["met", "partial", "missing"]
        if isinstance(up, ast.Dict):
            keys = {id(k): k for k in up.keys if k is not None}
            if id(node) in keys:
                continue
            key = up.keys[up.values.index(node)]
            if isinstance(key, ast.Constant) and key.value == node.value:
                continue  # a display table's value for its own key
        found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(up)[:60] if up else ''}")
    return found


def test_only_the_rule_decides_a_status_or_readiness() -> None:
    """No module but the scoring rule produces a status or a readiness: all others ask it."""
    rule = PACKAGE / "scoring" / "rule.py"
    assert _decides(rule), "the rule itself must be seen deciding, or this test sees nothing"
    assert [d for p in sorted(PACKAGE.rglob("*.py")) if p != rule for d in _decides(p)] == []


def test_docs_layout_names_every_module() -> None:
    """The Layout table of docs/internals.md maps each folder to its stage, names each module."""
    page = (SRC.parent / "docs" / "internals.md").read_text(encoding="utf-8")
    table = page.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    missing = []
    for module, path in MODULES.items():
        parts = module.split(".")[1:]
        if not parts or parts[-1] == "__main__":
            continue
        if path.name == "__init__.py" or len(parts) == 1:
            shown = f"`{parts[0]}/`" if path.name == "__init__.py" else f"`{parts[0]}.py`"
        else:
            shown = f"`{parts[-1]}`"
        if shown not in table:
            missing.append(module)
    assert missing == []


#: The values of a requirement's importance (models/common.py ``Importance``).
IMPORTANCE = {"essential", "important", "useful"}
#: Names that hold a requirement's or a category's points, earned or possible.
POINTS = {"points", "max_points", "worth", "worths", "earned", "possible"}
#: Modules still deciding on their own, each with the task that removes it.
KNOWN = {
    # Not a scoring decision: drafting a catalog requirement from a posting's words, an
    # importance is chosen (essential, or important where "or equivalent" is written).
    "skillgap/text/posting.py",
    # Not a scoring decision either: a role at junior or senior is derived from the mid role
    # by the catalog's cited rule, which names the importances whose targets it moves.
    "skillgap/catalog/levels.py",
}


def _names(node: ast.AST) -> set[str]:
    """Every name and attribute name used inside ``node``."""
    found = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            found.add(n.id)
        elif isinstance(n, ast.Attribute):
            found.add(n.attr)
    return found


def _rule_work(path: Path) -> list[str]:
    """Where ``path`` decides on an importance or sums points, instead of asking the rule.

    A decision on importance is a comparison with an ``importance`` value or one of the
    Importance literals (``r.importance == "essential"``, ``x in ("essential", ...)``). A sum
    of points is ``sum(...)``, ``a + b`` or ``x += y`` over names that hold points.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        what = None
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            literals = {c.value for s in sides for c in ast.walk(s) if isinstance(c, ast.Constant)}
            if "importance" in _names(node) or literals & IMPORTANCE:
                what = "decides on importance"
        elif isinstance(node, ast.Call) and {"sum", "fsum"} & _names(node.func):
            if POINTS & _names(node):
                what = "sums points"
        elif isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, ast.Add):
            lists = (ast.List, ast.ListComp, ast.Tuple)
            if isinstance(node, ast.AugAssign) and isinstance(node.value, lists):
                continue  # a list grown, not a number summed
            if POINTS & _names(node):
                what = "adds points"
        if what:
            where = path.relative_to(SRC)
            found.append(f"{where}:{getattr(node, 'lineno', 0)}: {what}: {ast.unparse(node)[:60]}")
    return found


def _known(path: Path) -> bool:
    name = path.relative_to(SRC).as_posix()
    return any(name == k or (k.endswith("/") and name.startswith(k)) for k in KNOWN)


def test_only_the_rule_decides_blockers_and_sums_points() -> None:
    """No module but scoring/rule.py tests an importance or adds points up: all others ask it."""
    rule = PACKAGE / "scoring" / "rule.py"
    assert _rule_work(rule), "the rule itself must be seen deciding, or this test sees nothing"
    others = [p for p in sorted(PACKAGE.rglob("*.py")) if p != rule and not _known(p)]
    assert [d for p in others for d in _rule_work(p)] == []


def test_the_known_exceptions_still_need_to_be_one() -> None:
    """An exception that exists and no longer decides anything is taken off the list."""
    for known in sorted(KNOWN):
        mine = [
            p
            for p in PACKAGE.rglob("*.py")
            if _known(p) and p.relative_to(SRC).as_posix().startswith(known)
        ]
        if mine:
            assert any(_rule_work(p) for p in mine), (
                f"{known} asks the rule now: drop it from KNOWN"
            )


#: The one module that reads the clock; every other takes the day as an argument.
CLOCK = "skillgap.clock"
#: The calls that read the calendar's clock (``date.today()``, ``datetime.now()`` ...).
CLOCK_READS = {"today", "now", "utcnow"}
#: Where a day nobody named is filled in with today (``clock.today``): the command line,
#: and the library's fronts, each once at its start (a call with ``as_of=None``).
DEFAULTS_TODAY = {
    "skillgap.assessing.assess",  # judged_at: the day of assess_*, match, compare
    "skillgap.assessing.validating",  # validate_paths
    "skillgap.batch.front",  # score_text
    "skillgap.batch.run",  # execute: once a run, so no worker reads the clock
    "skillgap.batch.cluster",  # records_bag: once a bag, on the driver
}


def _clock_reads(path: Path) -> list[str]:
    """Where ``path`` reads the clock itself: ``X.today()``, ``X.now()``, ``X.utcnow()``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CLOCK_READS
        ):
            found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_only_the_clock_module_reads_the_clock() -> None:
    """Today is read in one module: a result depends on the day it is given, never the clock."""
    assert _clock_reads(MODULES[CLOCK]), (
        "the clock itself must be seen reading, or this sees nothing"
    )
    assert [r for m, p in MODULES.items() if m != CLOCK for r in _clock_reads(p)] == []


def test_only_the_edges_default_the_day_to_today() -> None:
    """The CLI and the library's fronts fill in today; scoring, plans and records are given it."""
    users = {m for m, targets in GRAPH.items() if CLOCK in targets and not _in_cli(m)}
    assert users == DEFAULTS_TODAY


#: The longest a module of the package may be: past it, a module is doing two jobs.
MAX_MODULE_LINES = 500


def test_no_module_is_over_500_lines() -> None:
    """Every module of the package fits in 500 lines (split one that grows past it)."""
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, long
