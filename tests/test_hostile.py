"""Hostile input: catalogs that once crashed a command, discovery's one rule, memory bounds."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import CASES, PROFILES, ROOT, Run
from skillgap import api
from skillgap.errors import InputError
from skillgap.inputs.discovery import discover, walk
from skillgap.inputs.loader import MAX_EXPANDED, MAX_FILE_BYTES

INVALID_CATALOGS = sorted((CASES / "invalid-catalog").glob("*.yaml"))
PROFILE = PROFILES / "student.yaml"


def expectation(path: Path) -> tuple[str, str]:
    """The ``# expect: LINE:COL: message`` header of a drop-in case file."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline().rstrip("\n")
    assert first.startswith("# expect: "), f"{path.name} has no '# expect:' header"
    position, message = first.removeprefix("# expect: ").split(": ", 1)
    return position, message


@pytest.mark.parametrize("case", INVALID_CATALOGS, ids=[p.stem for p in INVALID_CATALOGS])
def test_validate_refuses_a_hostile_catalog_with_its_position(case: Path, run: Run) -> None:
    """Each hostile catalog: validate exits 3 naming file:line:col and the problem."""
    position, message = expectation(case)
    result = run("validate", case)
    assert result.exit_code == 3, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{case}:{position}: error: "), first
    assert message in first
    assert "Traceback" not in result.output


COMMANDS = {
    "assess": ("assess", "--catalog", "{case}", str(PROFILE)),
    "plan": ("plan", "--catalog", "{case}", str(PROFILE)),
    "match": ("match", "--catalog", "{case}", str(PROFILE)),
    "roles": ("roles", "--catalog", "{case}"),
    "batch": ("batch", "--catalog", "{case}", "--jobs", "1", str(PROFILE)),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_what_validate_refuses(command: str, run: Run) -> None:
    """A catalog validate refuses is exit 3 in every command too: never 70, no traceback."""
    for case in INVALID_CATALOGS:
        before = case.read_bytes()
        args = [a.format(case=case) for a in COMMANDS[command]]
        result = run(*args)
        assert result.exit_code == 3, (case.name, result.output)
        assert "Traceback" not in result.output
        assert str(case) in result.stderr
        assert case.read_bytes() == before


def _catalog(tmp_path: Path, roles: str, skills: str = "") -> Path:
    scale = "".join(f"  - {{level: {i}, name: l{i}, description: level {i}}}\n" for i in range(6))
    path = tmp_path / "catalog.yaml"
    path.write_text(
        f"scale:\n{scale}degrees:\n  - {{id: bachelor, name: Bachelor}}\n"
        f"skills:\n  - {{id: python, name: Python, category: c}}\n{skills}roles:\n{roles}",
        encoding="utf-8",
    )
    return path


def test_long_chains_within_the_bounds_are_planned(tmp_path: Path, run: Run) -> None:
    """A 30-skill prerequisite chain and a 30-role extends chain are fine: the plan orders them."""
    skills = "".join(
        f"  - {{id: s{i}, name: S{i}, category: c, prerequisites: [s{i + 1}]}}\n" for i in range(29)
    )
    skills += "  - {id: s29, name: S29, category: c}\n"
    roles = (
        "  - id: r0\n    name: R0\n    requirements:\n      skills:\n"
        "        - {skill: s0, level: 3, importance: essential}\n"
    )
    roles += "".join(f"  - {{id: r{i}, name: R{i}, extends: r{i - 1}}}\n" for i in range(1, 30))
    catalog = _catalog(tmp_path, roles, skills)
    profile = tmp_path / "p.yaml"
    profile.write_text("name: P\ntarget_role: r29\nskills: {python: 1}\n", encoding="utf-8")
    assert run("validate", catalog).exit_code == 0
    result = run("plan", "--catalog", catalog, "--format", "json", profile)
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"kind": "skill"') == 30


# --- discovery -----------------------------------------------------------------------------


def _tree(root: Path) -> Path:
    (root / "a").mkdir(parents=True)
    for name in ("a.yaml", "a/b.yaml", "a0.yaml", "a-b.yaml", "A.yml", "B.YAML", ".hidden.yaml"):
        (root / name).write_text("name: X\n", encoding="utf-8")
    (root / "notes.txt").write_text("not yaml\n", encoding="utf-8")
    (root / "up").symlink_to(root, target_is_directory=True)  # a folder link: not followed
    return root


def test_discovery_order_is_relative_paths_sorted_as_text(tmp_path: Path) -> None:
    """Files come in the order of their paths below the folder, sorted as text."""
    root = _tree(tmp_path / "t")
    found = [Path(p).relative_to(root).as_posix() for p in walk(str(root))]
    # a suffix in capitals (as some systems write them) counts as .yaml
    assert found == ["A.yml", "B.YAML", "a-b.yaml", "a.yaml", "a/b.yaml", "a0.yaml"]
    assert found == sorted(found)


def _hostile_folder(root: Path) -> Path:
    root.mkdir()
    (root / "good.yaml").write_text("name: Good\nskills: {python: 3}\n", encoding="utf-8")
    (root / "loop.yaml").symlink_to(root / "loop.yaml")
    (root / "gone.yaml").symlink_to(root / "missing.yaml")
    (root / "link.yaml").symlink_to(root / "good.yaml")
    os.mkfifo(root / "pipe.yaml")
    return root


def test_validate_and_batch_agree_on_a_folder(tmp_path: Path, run: Run) -> None:
    """One folder, one rule: validate and batch read the same files and both exit 3."""
    root = _hostile_folder(tmp_path / "f")
    checked = run("validate", root)
    batch = run("batch", root, "--jobs", "1")
    assert (checked.exit_code, batch.exit_code) == (3, 3)
    report = api.validate_paths([root])
    assert report.files == len(batch.stdout.splitlines()) == 5
    for name, words in (
        ("loop.yaml", "symbolic link loop"),
        ("gone.yaml", "broken symbolic link"),
        ("pipe.yaml", "named pipe"),
    ):
        # one wording in both: a file that cannot be read has no line and column to give
        assert f"{root / name}: error: cannot read the file: it is" in checked.stdout
        assert f"{root / name}: error: cannot read the file: it is" in batch.stderr
        assert words in checked.stdout
        record = next(line for line in batch.stdout.splitlines() if name in line)
        assert words in record


@pytest.mark.parametrize(
    "patterns",
    [
        ["{root}/*.yaml"],
        ["{root}/loop.yaml", "{root}/good.yaml"],
        ["{root}/gone.yaml", "{root}/*.yaml"],
        ["{root}/pipe.yaml"],
    ],
    ids=["glob", "several", "link-and-glob", "pipe-named"],
)
def test_links_and_pipes_by_name_or_glob_are_records(
    tmp_path: Path, run: Run, patterns: list[str]
) -> None:
    """A loop, a broken link or a pipe named or globbed is a record and exit 3, never 70."""
    root = _hostile_folder(tmp_path / "f")
    result = run("batch", "--jobs", "1", *[p.format(root=root) for p in patterns])
    assert result.exit_code == 3, result.output
    assert "cannot read the file" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["loop.yaml", "gone.yaml"])
def test_a_link_to_nowhere_named_directly_is_unreadable(
    tmp_path: Path, run: Run, name: str
) -> None:
    """Assess and validate report a broken link or a loop named directly as batch does: exit 3."""
    root = _hostile_folder(tmp_path / "f")
    for command in ("assess", "validate"):
        result = run(command, root / name)
        assert result.exit_code == 3, result.output
        assert f"{root / name}: error: cannot read the file: it is" in result.output


@pytest.mark.parametrize("command", ["assess", "plan", "match", "compare"])
def test_a_review_that_is_a_link_loop_is_unreadable(tmp_path: Path, run: Run, command: str) -> None:
    """``--review`` naming a symlink loop is exit 3 naming it, never 70; --redact hides it."""
    root = _hostile_folder(tmp_path / "f")
    profiles = [root / "good.yaml"] * (2 if command == "compare" else 1)
    result = run(command, *profiles, "--review", root / "loop.yaml")
    assert result.exit_code == 3, result.output
    assert f"{root / 'loop.yaml'}: error: cannot read the file: it is" in result.output
    redacted = run(command, *profiles, "--review", root / "loop.yaml", "--redact")
    assert redacted.exit_code == 3, redacted.output
    assert str(root) not in redacted.output


def test_batch_reports_beside_a_link_loop(tmp_path: Path, run: Run) -> None:
    """``batch --report-dir`` over a folder with a symlink loop records it: exit 3, not 70."""
    root = _hostile_folder(tmp_path / "f")
    result = run("batch", root, "--jobs", "1", "--report-dir", tmp_path / "rep")
    assert result.exit_code == 3, result.output
    assert "symbolic link loop" in result.stdout


SHOWN = r"caf\xe9"  # how a name holding the byte 0xE9 (not UTF-8) is shown


def _undecodable_name(root: Path) -> Path:
    root.mkdir()
    (root / "ok.yaml").write_text("name: a\n", encoding="utf-8")
    named = root / os.fsdecode(b"caf\xe9.yaml")  # a Latin-1 name: not UTF-8
    named.write_text("name: b\n", encoding="utf-8")
    return named


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "html", "table"])
def test_batch_shows_a_name_that_is_not_utf8_escaped(tmp_path: Path, run: Run, fmt: str) -> None:
    """A file name that is not UTF-8 is scored and shown with its byte escaped, never exit 70."""
    named = _undecodable_name(tmp_path / "f")
    result = run("batch", named.parent, "--jobs", "1", "-f", fmt)
    assert result.exit_code == 0, result.output
    if fmt in ("jsonl", "csv", "json"):  # the cohort views name people, not files
        assert SHOWN in result.stdout.replace("\\\\", "\\")  # JSON writes the backslash twice


@pytest.mark.parametrize("command", ["assess", "plan", "match", "compare", "review"])
def test_commands_name_a_file_that_is_not_utf8_escaped(
    tmp_path: Path, run: Run, command: str
) -> None:
    """assess, plan, match, compare and review read a file whose name is not UTF-8: exit 0."""
    named = _undecodable_name(tmp_path / "f")
    args: list[object] = [named]
    if command == "compare":
        args.append(named.parent / "ok.yaml")
    if command == "review":
        args += ["--reviewer", "M", "--no-input", "-o", tmp_path / "r.yaml"]
    else:
        args += ["-f", "json"]
    result = run(command, *args)
    assert result.exit_code == 0, result.output
    written = (tmp_path / "r.yaml").read_text("utf-8") if command == "review" else result.stdout
    assert SHOWN in written.replace("\\\\", "\\")


def test_a_link_found_twice_is_read_once(tmp_path: Path) -> None:
    """A file and a link to it, named by two patterns, are one file."""
    root = _hostile_folder(tmp_path / "f")
    found = list(discover([str(root / "good.yaml"), str(root / "link.yaml")]))
    assert found == [str(root / "good.yaml")]


def test_a_pipe_is_never_opened(tmp_path: Path) -> None:
    """Assess and validate on a FIFO answer at once (exit 3) instead of waiting for a writer."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for command in ("assess", "validate"):
        done = subprocess.run(
            [sys.executable, "-m", "skillgap", command, str(fifo)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        assert done.returncode == 3, done.stderr
        assert "named pipe" in done.stdout + done.stderr


# --- profiles against the catalog --------------------------------------------------------


def test_unknown_target_role_is_invalid_input_everywhere(tmp_path: Path, run: Run) -> None:
    """validate, assess, batch and the library refuse it alike; --role ZZZ stays a usage error."""
    profile = tmp_path / "p.yaml"
    profile.write_text("name: P\ntarget_role: data-scientst\nskills: {}\n", encoding="utf-8")
    where = f"{profile}:2:14: error: unknown role 'data-scientst' in target_role"
    for args in (("validate",), ("assess",), ("plan",)):
        result = run(*args, profile)
        assert result.exit_code == 3
        assert where in result.output
        assert "did you mean 'data-scientist'?" in result.output
    assert run("batch", "--jobs", "1", profile).exit_code == 3
    with pytest.raises(InputError) as caught:
        api.assess_text(profile.read_text(encoding="utf-8"), source=str(profile))
    assert caught.value.problems[0].line == 2
    assert run("assess", "--role", "ml-engineer", profile).exit_code == 0
    assert run("assess", "--role", "nope", profile).exit_code == 2


def test_base_sixty_is_text_where_text_is_wanted(tmp_path: Path, run: Run) -> None:
    """`1:30` stays the text written in a name; only a number field refuses it."""
    profile = tmp_path / "p.yaml"
    profile.write_text("name: 1:30\nskills: {python: 3}\n", encoding="utf-8")
    result = run("assess", "--format", "json", profile)
    assert result.exit_code == 0, result.output
    assert '"1:30"' in result.stdout


# --- memory -------------------------------------------------------------------------------

_LIMITED = textwrap.dedent(
    """
    import resource, runpy, sys
    limit = 1024 ** 3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.argv = ["skillgap", *sys.argv[1:]]
    runpy.run_module("skillgap", run_name="__main__")
    """
)


def _largest(tmp_path: Path, kind: str) -> Path:
    """A file at the size limit: a catalog just under the value budget, or a flat list."""
    path = tmp_path / f"{kind}.yaml"
    if kind == "catalog":
        skills = [
            f"  - {{id: k{i}, name: K{i}, category: c, aliases: [a{i}, b{i}, c{i}]}}\n"
            for i in range((MAX_EXPANDED - 1000) // 12)
        ]
        text = _catalog(tmp_path, "", "".join(skills)).read_text(encoding="utf-8")
        text += (
            "  - id: ml-engineer\n    name: ML\n    requirements:\n      skills:\n"
            "        - {skill: k0, level: 3, importance: essential}\n"
        )
        filler = "# " + "x" * 77 + "\n"
        text += filler * ((MAX_FILE_BYTES - len(text)) // len(filler))
    else:  # as many tiny values as fit: refused while composing
        text = "name: X\nnotes: [" + "1," * ((MAX_FILE_BYTES - 20) // 2) + "1]\n"
    path.write_text(text, encoding="utf-8")
    assert len(text.encode()) <= MAX_FILE_BYTES
    return path


@pytest.mark.parametrize(("kind", "code"), [("catalog", 0), ("tiny-values", 3)])
def test_the_largest_accepted_file_fits_in_a_gibibyte(tmp_path: Path, kind: str, code: int) -> None:
    """A file at the size limit is read (or refused) within 1 GiB of address space."""
    path = _largest(tmp_path, kind)
    args = ["validate", str(path)]
    done = subprocess.run(
        [sys.executable, "-c", _LIMITED, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == code, done.stdout[-2000:] + done.stderr[-2000:]
    assert "MemoryError" not in done.stderr
    assert "Traceback" not in done.stderr


def _catalog_folder(tmp_path: Path, padding: int, extra_files: int) -> Path:
    """The shipped catalog copied, with comment padding and extra empty-ish files."""
    folder = tmp_path / "catalog"
    folder.mkdir()
    for file in sorted((ROOT / "catalog").glob("*.yaml")):
        (folder / file.name).write_bytes(file.read_bytes())
    for n in range(extra_files):
        (folder / f"70-pad-{n:03}.yaml").write_text("# padding\n" * padding + "projects: []\n")
    return folder


@pytest.mark.parametrize(
    ("padding", "extra_files", "message"),
    [
        (90_000, 3, "bytes together, more than the limit of 2,097,152 (2 MiB)"),
        (0, 60, "files, more than the limit of 64"),
    ],
)
@pytest.mark.parametrize("command", ["assess", "validate"])
def test_a_catalog_folder_has_a_total_bound(
    tmp_path: Path, run: Run, padding: int, extra_files: int, message: str, command: str
) -> None:
    """A catalog folder of many files, or of 2 MiB in all, is refused (exit 3), naming it."""
    folder = _catalog_folder(tmp_path, padding, extra_files)
    args = (
        ["validate", folder] if command == "validate" else ["assess", PROFILE, "--catalog", folder]
    )
    result = run(*args)
    assert result.exit_code == 3, result.output
    assert f"{folder}: error: the catalog" in result.output
    assert message in result.output


def test_a_folder_tree_a_thousand_deep_is_walked(tmp_path: Path, run: Run) -> None:
    """batch, validate and --catalog walk a tree 1,100 folders deep: no RecursionError, no 70."""
    root = tmp_path / "deep"
    chain = [root]
    for _ in range(1_100):  # one by one: Path.mkdir(parents=True) recurses too
        chain.append(chain[-1] / "d")
    for folder in chain:
        folder.mkdir()
    bottom = chain[-1]
    (bottom / "p.yaml").write_text("name: Deep\nskills: {python: 3}\n", encoding="utf-8")
    try:
        assert list(walk(str(root))) == [str(bottom / "p.yaml")]
        batch = run("batch", root, "--jobs", "1")
        assert batch.exit_code == 0, batch.output[-500:]
        assert '"name":"Deep"' in batch.stdout
        assert run("validate", root).exit_code == 0
        catalog = run("assess", PROFILES / "student.yaml", "--catalog", root)
        assert catalog.exit_code == 3, catalog.output[-500:]
    finally:  # pytest's own clean-up (shutil.rmtree) recurses, and would fail on this tree
        (bottom / "p.yaml").unlink()
        for folder in reversed(chain):
            folder.rmdir()
