"""Output safety: no input overwritten, no half-written file, calm streams and signals."""

from __future__ import annotations

import json
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import CASES, PROFILES, Run
from skillgap.catalog.read import builtin_catalog_dir, catalog_paths
from skillgap.errors import OutputError
from skillgap.output import AtomicFile, write_file

REFUSED = CASES / "outputs" / "refused.txt"
SHIPPED = catalog_paths(builtin_catalog_dir())
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(*roots: Path) -> dict[str, bytes | str]:
    """Every file below ``roots``: its bytes, or where a symlink points."""
    found: dict[str, bytes | str] = {}
    for root in roots:
        for path in sorted([root, *root.rglob("*")] if root.is_dir() else [root]):
            if path.is_symlink():
                found[str(path)] = f"-> {path.readlink()}"
            elif path.is_file():
                found[str(path)] = path.read_bytes()
    return found


def cli(
    *args: object, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """The real command in a child process (for what a CliRunner cannot show: fds, signals)."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "skillgap", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


# --- outputs aimed at inputs: the drop-in cases ----------------------------------------------


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    """Inputs, and other names for them: hard links and symlinks, outside any profile folder."""
    folder = tmp_path / "cohort"
    folder.mkdir()
    profile = folder / "student.yaml"
    shutil.copy(PROFILES / "student.yaml", profile)
    other = folder / "switcher.yaml"
    shutil.copy(PROFILES / "switcher.yaml", other)
    catalog = tmp_path / "catalog"
    shutil.copytree(builtin_catalog_dir(), catalog)
    catalog_file = catalog / SHIPPED[-1].name
    resume = tmp_path / "resume.json"
    shutil.copy(CASES / "resume" / "ada.json", resume)
    links = tmp_path / "links"
    links.mkdir()
    (links / "profile.json").hardlink_to(profile)
    (links / "profile.md").symlink_to(profile)
    (links / "catalog.md").hardlink_to(catalog_file)
    (links / "resume.md").hardlink_to(resume)
    # A hard link, not a symlink: were the guard to fail, only this name would be replaced.
    (links / "shipped.md").hardlink_to(SHIPPED[-1])
    return {
        "folder": folder,
        "profile": profile,
        "other": other,
        "catalog": catalog,
        "catalog_file": catalog_file,
        "resume": resume,
        "profile_hardlink": links / "profile.json",
        "profile_symlink": links / "profile.md",
        "catalog_hardlink": links / "catalog.md",
        "resume_hardlink": links / "resume.md",
        "shipped_hardlink": links / "shipped.md",
    }


def refused_cases() -> Iterator[str]:
    for line in REFUSED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


@pytest.mark.parametrize("command", list(refused_cases()))
def test_an_output_that_is_an_input_is_refused(
    command: str, places: dict[str, Path], tmp_path: Path, run: Run
) -> None:
    """Exit 2 naming the output, whatever name it is given, and not one byte changes."""
    args = [part.format(**places) for part in shlex.split(command)]
    output = args[args.index("--output") + 1] if "--output" in args else args[1]
    before = snapshot(tmp_path, *SHIPPED)
    result = run(*args, "--as-of", "2026-01-01") if args[0] == "import" else run(*args)
    assert result.exit_code == 2, result.stderr
    assert "is the input file" in result.stderr
    assert f"'{output}'" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path, *SHIPPED) == before


def test_an_output_in_a_missing_folder_says_which_and_how_to_make_it(
    tmp_path: Path, run: Run
) -> None:
    """Exit 4, naming the folder that does not exist and the command that makes it."""
    target = tmp_path / "cohort" / "index.html"
    for args in (
        ("assess", PROFILES / "student.yaml", "-o", target),
        ("batch", PROFILES, "-f", "html", "-o", target, "--as-of", "2026-12-01"),
    ):
        result = run(*args)
        assert result.exit_code == 4
        assert f"the folder '{target.parent}' does not exist" in result.stderr
        assert f"mkdir -p '{target.parent}'" in result.stderr
        assert not target.parent.exists()


def test_failed_batch_leaves_yesterdays_results(tmp_path: Path, run: Run) -> None:
    """`batch missing/ -o results.csv` fails at once (exit 2); the old results stay whole."""
    results = tmp_path / "results.csv"
    results.write_text("yesterday\n")
    result = run("batch", tmp_path / "missing", "-o", results)
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert results.read_text() == "yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]  # no temporary file


# --- atomic writes --------------------------------------------------------------------------


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize(
    "command",
    [
        ["assess", PROFILES / "student.yaml", "-f", "html", "--start-date", "2026-12-01"],
        ["batch", PROFILES, "-f", "json", "-j", "1"],
        ["roles", "show", "ml-engineer", "-f", "html"],
    ],
)
def test_a_write_that_fails_halfway_leaves_the_old_file_whole(
    command: list[object], tmp_path: Path
) -> None:
    """A file-size limit hit mid-write: exit 4 with the reason, the old file as it was."""
    old = tmp_path / "report.out"
    old.write_bytes(b"the old report\n")
    old.chmod(0o640)
    proc = cli(*command, "-o", old, preexec_fn=_limit_file_size)
    assert proc.returncode == 4, proc.stderr
    assert proc.stderr.startswith(f"skillgap: error: cannot write '{old}': File too large")
    assert f"'{old}' is unchanged" in proc.stderr
    assert old.read_bytes() == b"the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.out"]  # no temporary file


def test_a_rewritten_file_keeps_its_mode_and_a_new_one_gets_the_usual(tmp_path: Path) -> None:
    """An old file's permissions survive the rename; a new file gets 0o666 less the umask."""
    kept = tmp_path / "kept.md"
    kept.write_text("old")
    kept.chmod(0o640)
    write_file(kept, "new")
    assert kept.read_text() == "new"
    assert kept.stat().st_mode & 0o777 == 0o640
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "fresh.md"
    write_file(fresh, "new")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_exception_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    """The library writer: an error before commit leaves the old file and no temporary one."""
    old = tmp_path / "results.jsonl"
    old.write_text("old\n")

    def fail_halfway() -> None:
        with AtomicFile(old) as out:
            out.write("half a ")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert old.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["results.jsonl"]


def test_a_symlink_the_user_names_is_followed_and_kept(tmp_path: Path) -> None:
    """`-o link` replaces the file the link points to, and the link still points there."""
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_file(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_a_folder_or_a_dangling_link_is_not_a_place_to_write(tmp_path: Path) -> None:
    """Exit 4 for a folder and for a link to nowhere; the link's target is not created."""
    (tmp_path / "dir").mkdir()
    with pytest.raises(OutputError, match="it is a folder"):
        write_file(tmp_path / "dir", "x")
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere" / "made.md")
    with pytest.raises(OutputError, match="which does not exist"):
        write_file(dangling, "x")
    assert not (tmp_path / "nowhere").exists()


# --- init ------------------------------------------------------------------------------------


def test_init_never_creates_a_file_through_a_dangling_symlink(tmp_path: Path, run: Run) -> None:
    """A dangling link at init's path: exit 2 without --force, exit 4 with it; nothing made."""
    link = tmp_path / "me.yaml"
    target = tmp_path / "elsewhere" / "planted.yaml"
    link.symlink_to(target)
    result = run("init", link, "--no-input")
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    forced = run("init", link, "--no-input", "--force")
    assert forced.exit_code == 4
    assert "symbolic link" in forced.stderr
    assert "does not exist" in forced.stderr
    assert not target.parent.exists()
    assert link.is_symlink()


# --- --report-dir ----------------------------------------------------------------------------


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("student", "switcher", "newcomer"):
        shutil.copy(PROFILES / f"{name}.yaml", folder / f"{name}.yaml")
    return folder


def test_report_dir_never_writes_through_a_planted_symlink(
    team: Path, tmp_path: Path, run: Run
) -> None:
    """A symlink at a report's name (to a profile, or anything else) is refused, not followed.

    The refusal is that file's record; every other report is written, and the run ends
    with exit 4 (a report not written).
    """
    reports = tmp_path / "reports"
    reports.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("keep me\n")
    (reports / "student.md").symlink_to(team / "student.yaml")
    (reports / "switcher.md").symlink_to(secret)
    (reports / "newcomer.md").mkdir()  # a folder sitting at a report's name
    before = snapshot(team, secret)
    result = run("batch", team, "--report-dir", reports, "-j", "1", "--start-date", "2026-12-01")
    assert result.exit_code == 4, result.stderr
    records = {Path(r["file"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert "symbolic link" in records["student.yaml"]["error"]["message"]
    assert "symbolic link" in records["switcher.yaml"]["error"]["message"]
    assert "it is a folder" in records["newcomer.yaml"]["error"]["message"]
    assert all(r["error"]["output"] is True for r in records.values())
    assert "3 report(s) not written" in result.stderr
    assert snapshot(team, secret) == before
    assert (reports / "student.md").is_symlink()


def test_one_unwritable_report_does_not_stop_the_run(team: Path, tmp_path: Path, run: Run) -> None:
    """A folder at one report's name: that file's record says so, the others get reports."""
    reports = tmp_path / "reports"
    (reports / "student.md").mkdir(parents=True)
    result = run("batch", team, "--report-dir", reports, "-j", "2", "--start-date", "2026-12-01")
    assert result.exit_code == 4
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["error"] is None for r in records] == [True, False, True]
    assert sorted(p.name for p in reports.iterdir()) == ["newcomer.md", "student.md", "switcher.md"]
    assert (reports / "switcher.md").read_text().startswith("#")


@pytest.mark.parametrize("kind", ["file", "read-only"])
def test_a_report_dir_that_cannot_be_written_is_exit_4_up_front(
    kind: str, team: Path, tmp_path: Path, run: Run
) -> None:
    """A report folder that is a file or not writable: exit 4 before any scoring."""
    reports = tmp_path / "reports"
    if kind == "file":
        reports.write_text("not a folder\n")
    else:
        if IS_ROOT:
            pytest.skip("root writes into a read-only folder")
        reports.mkdir(mode=0o555)
    result = run("batch", team, "--report-dir", reports)
    assert result.exit_code == 4
    assert f"--report-dir '{reports}'" in result.stderr
    assert result.stdout == ""
    if kind == "file":
        assert reports.read_text() == "not a folder\n"


# --- the standard streams -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["assess", str(PROFILES / "student.yaml"), "-f", "json"], "to standard output"),
        (["batch", str(PROFILES), "-j", "2"], "to standard output"),
        (["--help"], "the output"),
    ],
)
def test_stdout_that_is_full_is_exit_4(args: list[str], message: str) -> None:
    """`skillgap ... > /dev/full`: exit 4 with the reason, not an internal error."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with Path("/dev/full").open("w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "skillgap", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert proc.returncode == 4
    assert proc.stderr == f"skillgap: error: cannot write {message}: No space left on device\n"


def test_a_stdout_that_is_not_utf8_never_crashes() -> None:
    """An ASCII terminal or pipe gets '?' for what it cannot show, and exit 0."""
    proc = cli("assess", PROFILES / "student.yaml", env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 0, proc.stderr
    assert "?" in proc.stdout
    assert proc.stderr == ""


@pytest.mark.parametrize(
    "args",
    [["batch", "{folder}", "-j", "2"], ["batch", "{folder}", "-f", "csv", "-j", "1"]],
)
def test_a_closed_pipe_ends_quietly(args: list[str], many_profiles: Path) -> None:
    """`skillgap batch ... | head -1`: exit 141 (as cat), and nothing on stderr."""
    command = [sys.executable, "-m", "skillgap", *(a.format(folder=many_profiles) for a in args)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # what head does after its line
        code = proc.wait(timeout=120)
        stderr = proc.stderr.read()
    assert code == 141
    assert stderr == b""


@pytest.mark.skipif(not hasattr(__import__("fcntl"), "F_SETPIPE_SZ"), reason="Linux pipes")
@pytest.mark.parametrize("unbuffered", [False, True])
def test_assess_into_a_closed_pipe_ends_quietly(unbuffered: bool) -> None:
    """`skillgap assess ... | head -1` with a report larger than the pipe: 141, silent.

    Unbuffered (PYTHONUNBUFFERED), Python's own stdout would drop what the pipe did not
    take and exit 0, as if the whole report had been read.
    """
    import fcntl

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"

    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # smaller than the HTML report
    command = [sys.executable, "-m", "skillgap", "assess", str(PROFILES / "student.yaml")]
    with subprocess.Popen(
        [*command, "-f", "html", "--start-date", "2026-12-01"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        os.close(write_end)
        assert os.read(read_end, 1)  # the first byte; then the reader goes away
        os.close(read_end)
        code = proc.wait(timeout=120)
        assert proc.stderr is not None
        stderr = proc.stderr.read()
    assert code == 141
    assert stderr == b""


@pytest.mark.parametrize("args", [["--help"], ["assess", "--help"], ["roles", "show", "--help"]])
def test_help_into_a_closed_pipe_ends_quietly(args: list[str]) -> None:
    """`skillgap --help | head -1`: 141 and silent, as for a report (it was exit 1)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "skillgap", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "100"},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (141, b"")


@pytest.fixture(scope="module")
def many_profiles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three thousand profiles: more than a pipe's buffer of output, a few seconds' work.

    (Three hundred took half a second on two cores: a signal sent 0.2 s after the
    workers start could arrive after the run had ended.)
    """
    folder = tmp_path_factory.mktemp("many")
    texts = [p.read_text() for p in sorted(PROFILES.glob("*.yaml"))]
    for i in range(3000):
        (folder / f"p{i:04}.yaml").write_text(texts[i % len(texts)])
    return folder


# --- signals ---------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc for child pids")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_a_stopped_batch_leaves_no_workers_and_only_whole_lines(
    signum: int, many_profiles: Path, tmp_path: Path
) -> None:
    """SIGTERM/SIGHUP to batch: every worker exits with it, and each line printed is JSON.

    Even SIGKILL, which the parent cannot handle, leaves no worker behind.
    """
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "skillgap", "batch", str(many_profiles), "--jobs", "2"]
    with (
        out.open("wb") as sink,
        subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE) as proc,
    ):
        workers: set[int] = set()
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:  # the pool has started
            workers |= _children(proc.pid)
            time.sleep(0.01)
        time.sleep(0.2)
        proc.send_signal(signum)
        code = proc.wait(timeout=60)
        assert proc.stderr is not None
        stderr = proc.stderr.read().decode()
    assert len(workers) >= 2
    time.sleep(0.2)
    assert [pid for pid in workers if _alive(pid)] == []
    if signum == signal.SIGKILL:
        return  # nothing runs in the parent: the kernel stops the workers (Linux)
    assert code == 128 + signum, stderr
    assert f"stopped by {signal.Signals(signum).name}" in stderr
    lines = out.read_bytes().decode().splitlines()
    assert len(lines) < 3000  # stopped before the end
    for line in lines:
        json.loads(line)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc for child pids")
def test_a_stopped_batch_keeps_the_old_output_file(many_profiles: Path, tmp_path: Path) -> None:
    """SIGTERM while `batch -o results.jsonl` runs: the old results stay, no temporary file."""
    old = tmp_path / "results.jsonl"
    old.write_text("yesterday\n")
    command = [sys.executable, "-m", "skillgap", "batch", str(many_profiles), "-j2", "-o", str(old)]
    with subprocess.Popen(command, stderr=subprocess.DEVNULL) as proc:
        deadline = time.monotonic() + 60
        while not _children(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        proc.terminate()
        assert proc.wait(timeout=60) == 143
    assert old.read_text() == "yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.jsonl"]
