"""batch: every valid profile assessed, broken ones reported, streams in order, safe names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import multiprocessing
import os
from pathlib import Path

import pytest

from conftest import PROFILES, ROOT, Run, check_batch_record
from skillgap import api
from skillgap.batch import pool
from skillgap.batch import run as batch_module
from skillgap.batch.records import CSV_HEADER, score_text
from skillgap.batch.reports import ReportNames
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError
from skillgap.inputs.discovery import discover, discover_labelled

GOLDEN = Path(__file__).resolve().parent / "golden"
#: The day the library calls here judge at (the command lines pass --as-of).
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def cohort(tmp_path: Path) -> Path:
    """A folder of profiles: the examples, one nested, one broken, one hidden, a symlink loop."""
    root = tmp_path / "cohort"
    (root / "team").mkdir(parents=True)
    for p in sorted(PROFILES.glob("*.yaml")):
        (root / p.name).write_text(p.read_text())
    (root / "team" / "ana.yaml").write_text("name: Ana\nskills: {python: 5, torch: 4}\n")
    (root / "team" / "broken.yaml").write_text("name: Broken\nskils: {}\n")
    (root / ".hidden.yaml").write_text("name: Hidden\n")
    (root / "notes.txt").write_text("not a profile\n")
    (root / "team" / "loop").symlink_to(root)
    return root


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_every_profile_in_order_and_broken_one_reported(
    cohort: Path, run: Run, jobs: str
) -> None:
    """One line per profile, in a stable order; the broken file has its error; exit 3."""
    result = run("batch", cohort, "--jobs", jobs)
    assert result.exit_code == 3
    records = lines(result.stdout)
    files = [Path(str(r["file"])).relative_to(cohort).as_posix() for r in records]
    assert files == [
        "newcomer.yaml",
        "platform-engineer.yaml",
        "researcher.yaml",
        "student.yaml",
        "switcher.yaml",
        "team/ana.yaml",
        "team/broken.yaml",
    ]
    broken = records[-1]
    assert broken["error"] == {
        "line": 2,
        "column": 1,
        "message": "unknown field 'skils'",
        "hint": "did you mean 'skills'?",
        "problems": 1,
    }
    assert f"{cohort / 'team' / 'broken.yaml'}:2:1: error: unknown field 'skils'" in (result.stderr)
    for record in records[:-1]:
        assert record["error"] is None
        assert record["results"]


def test_batch_scores_equal_assess_scores(cohort: Path, run: Run, catalog: CatalogIndex) -> None:
    """The batch fast path gives the same numbers as assess, for every role."""
    records = lines(
        run(
            "batch", cohort / "student.yaml", cohort / "researcher.yaml", "--all-roles", "-j", "1"
        ).stdout
    )
    for record in records:
        profile, doc = api.load_profile(str(record["file"]))
        results = record["results"]
        assert isinstance(results, list)
        assert [r["role"] for r in results] == sorted(catalog.roles)
        for entry in results:
            full = api.assess(profile, catalog, entry["role"], document=doc)
            assert entry["score"] == full.score
            assert entry["readiness"] == full.readiness
            assert entry["blockers"] == full.blockers
            assert entry["categories"] == {c.category: c.score for c in full.categories}


def test_exit_codes(cohort: Path, run: Run) -> None:
    """3 if any file is invalid, else 1 if any score is below --fail-under, else 0."""
    (cohort / "team" / "broken.yaml").unlink()
    assert run("batch", cohort, "-j", "1").exit_code == 0
    assert run("batch", cohort, "-j", "1", "--fail-under", "50").exit_code == 1
    (cohort / "team" / "bad.yaml").write_text("- not a profile\n")
    assert run("batch", cohort, "-j", "1", "--fail-under", "50").exit_code == 3


def test_csv_has_documented_header_and_a_row_per_role(cohort: Path, run: Run) -> None:
    """CSV: the documented header; one row per profile and role; broken files have a row."""
    out = run("batch", cohort, "-f", "csv", "--all-roles", "-j", "2").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 1 + 6 * 6 + 1
    broken = [r for r in rows if r[0].endswith("broken.yaml")]
    assert broken[0][-3:] == ["2", "1", "unknown field 'skils'"]


def test_json_and_human_formats(cohort: Path, run: Run) -> None:
    """JSON has the cohort summary; table, markdown and html summarise for mentors."""
    data = json.loads(run("batch", cohort, "-f", "json", "--role", "ml-engineer").stdout)
    mle = data["summary"]["roles"]["ml-engineer"]
    assert data["summary"]["profiles"] == 7
    assert data["summary"]["invalid"] == 1
    assert mle["assessed"] == 6
    assert sum(b["count"] for b in mle["histogram"]) == 6
    assert mle["common_blockers"][0]["count"] >= mle["common_blockers"][-1]["count"]
    table = run("batch", cohort, "-f", "table", "--role", "ml-engineer").stdout
    assert "Most common blockers" in table
    md = run("batch", cohort, "-f", "markdown").stdout
    assert md.startswith("# Cohort summary")
    html = run("batch", cohort, "-f", "html", "--role", "ml-engineer").stdout
    assert 'id="heatmap-ml-engineer"' in html
    assert 'id="people"' in html
    assert 'id="invalid"' in html
    assert "<script" not in html


def test_path_matching_nothing_is_usage_error(tmp_path: Path, run: Run) -> None:
    """A path or glob that matches nothing exits 2 before writing anything."""
    result = run("batch", str(tmp_path / "nothing-*.yaml"))
    assert result.exit_code == 2
    assert result.stdout == ""
    (tmp_path / "empty").mkdir()
    assert run("batch", tmp_path / "empty").exit_code == 2


def test_glob_patterns(cohort: Path, run: Run) -> None:
    """A glob selects files; each file is assessed once even when named twice."""
    result = run("batch", str(cohort / "s*.yaml"), cohort / "student.yaml", "-j", "1")
    files = [Path(str(r["file"])).name for r in lines(result.stdout)]
    assert files == ["student.yaml", "switcher.yaml"]


def test_report_dir_names_are_safe_and_unique(cohort: Path, run: Run, tmp_path: Path) -> None:
    """One report per valid profile, named from its path, inside DIR, never twice."""
    (cohort / "team" / "student.yaml").write_text((cohort / "student.yaml").read_text())
    reports = tmp_path / "reports"
    result = run("batch", cohort, "--report-dir", reports, "-j", "2", "--start-date", "2026-12-01")
    assert result.exit_code == 3  # the broken file
    written = sorted(p.relative_to(reports).as_posix() for p in reports.rglob("*"))
    assert len(written) == len(set(written)) == 7
    assert all("/" not in name and name.endswith(".md") for name in written)
    assert "team__student.md" in written
    assert "student.md" in written
    text = (reports / "team__ana.md").read_text()
    assert text.startswith("# Ana — Machine Learning Engineer")


def test_report_names_never_escape_or_collide(tmp_path: Path) -> None:
    """Hostile paths map to plain names inside the folder; an input file is never a target."""
    names = ReportNames(tmp_path, ".md")
    a = names.name_for("../../etc/passwd.yaml")
    b = names.name_for("etc/passwd.yaml")
    c = names.name_for("etc/passwd.yml")
    assert len({a, b, c}) == 3
    for target in (a, b, c):
        assert target.parent == tmp_path
    victim = tmp_path / "x.md"
    names.inputs.add(victim.resolve())
    assert names.name_for("x.yaml") != victim


def test_discover_skips_hidden_and_follows_no_symlink_loop(cohort: Path) -> None:
    """Hidden files and symlinked folders are not searched; the order is stable."""
    found = [Path(p).relative_to(cohort).as_posix() for p in discover([str(cohort)])]
    assert ".hidden.yaml" not in found
    assert not any(f.startswith("team/loop") for f in found)
    assert found == sorted(found)
    with pytest.raises(UsageError):
        list(discover([str(cohort / "missing")]))


@pytest.mark.parametrize("form", ["absolute", "trailing slash", "relative", "dot"])
def test_discover_labels_are_paths_below_the_folder(
    cohort: Path, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's label (its report's name) is its path below the folder searched."""
    monkeypatch.chdir(cohort.parent)
    folder = {
        "absolute": str(cohort),
        "trailing slash": str(cohort) + os.sep,
        "relative": cohort.name,
        "dot": ".",
    }[form]
    found = list(discover_labelled([folder]))
    assert found
    for path, label in found:
        assert label == os.path.relpath(path, folder)
        assert not label.startswith((os.sep, "."))


def test_folder_search_reports_pipes_and_broken_links_unread(cohort: Path, run: Run) -> None:
    """A pipe named *.yaml is reported, never opened (it would wait for ever); a broken link too."""
    os.mkfifo(cohort / "pipe.yaml")
    (cohort / "gone.yaml").symlink_to(cohort / "missing-target.yaml")
    found = [Path(p).name for p in discover([str(cohort)])]
    assert "pipe.yaml" in found
    assert "gone.yaml" in found
    result = run("batch", cohort, "--jobs", "1")
    assert result.exit_code == 3
    records = {Path(str(r["file"])).name: r for r in lines(result.stdout)}
    assert "broken symbolic link" in str(records["gone.yaml"]["error"])
    assert "named pipe" in str(records["pipe.yaml"]["error"])


def test_a_bug_on_one_file_does_not_stop_the_run(
    cohort: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while scoring one file is that file's record; the rest are scored; exit 70."""
    real = score_text

    def flaky(text: str, source: str, *args: object, **kwargs: object) -> dict[str, object]:
        if source.endswith("ana.yaml"):
            raise ZeroDivisionError("boom")
        return real(text, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_module, "score_text", flaky)
    result = run("batch", cohort, "--jobs", "1")
    assert result.exit_code == 70
    records = lines(result.stdout)
    ana = next(r for r in records if str(r["file"]).endswith("ana.yaml"))
    assert ana["error"] == {
        "line": 0,
        "column": 0,
        "message": "internal error while scoring this file: ZeroDivisionError: boom",
        "hint": ana["error"]["hint"],  # type: ignore[index]
        "problems": 1,
        "internal": True,
    }
    scored = [r for r in records if r["error"] is None]
    assert len(scored) == len(records) - 2  # all but ana and the broken file
    assert "1 internal error(s)" in result.stderr
    assert "http" not in result.stderr + str(ana["error"])  # no made-up report address


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers forked from this process, so that they inherit a monkeypatched function."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method")
    monkeypatch.setattr(pool, "start_method", lambda: "fork")


@pytest.mark.usefixtures("forked_workers")
def test_a_file_that_kills_its_worker_does_not_stop_the_run(
    cohort: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies on one file: that file's record says so, all others are scored."""
    normal = lines(run("batch", cohort, "--jobs", "2").stdout)
    real = score_text

    def deadly(text: str, source: str, *args: object, **kwargs: object) -> dict[str, object]:
        if source.endswith("ana.yaml"):
            os._exit(9)  # as if killed: no exception, no clean-up
        return real(text, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_module, "score_text", deadly)
    result = run("batch", cohort, "--jobs", "2")
    assert result.exit_code == 70
    records = lines(result.stdout)
    assert [r["file"] for r in records] == [r["file"] for r in normal]
    for before, after in zip(normal, records, strict=True):
        if str(after["file"]).endswith("ana.yaml"):
            assert "worker process died" in str(after["error"])
            assert "'internal': True" in str(after["error"])
        else:
            assert after == before


def test_workers_leave_the_callers_process_as_it_was(cohort: Path, run: Run) -> None:
    """A run with workers freezes no GC and changes no signal handler in the caller's process."""
    import gc
    import signal

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    frozen = gc.get_freeze_count()
    result = run("batch", cohort, "--jobs", "2")
    assert result.exit_code == 3
    assert gc.get_freeze_count() == frozen
    assert {s: signal.getsignal(s) for s in handlers} == handlers


def test_start_method_is_chosen_not_the_platforms_default() -> None:
    """Workers fork only from a one-thread process on Linux; else forkserver or spawn."""
    import threading

    assert pool.start_method() in multiprocessing.get_all_start_methods()
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert pool.start_method() in ("forkserver", "spawn")
    finally:
        stop.set()
        helper.join()


def test_a_run_leaves_nothing_behind_in_the_callers_process(cohort: Path, run: Run) -> None:
    """With one worker the run is prepared in this process; afterwards none of it is left.

    A leftover once hid a crash: the record of a file whose worker died was made from the
    previous run's settings, and in a fresh process there were none (KeyError, exit 70).
    """
    assert run("batch", cohort, "--jobs", "1").exit_code == 3
    assert batch_module._STATE == {}


@pytest.mark.usefixtures("forked_workers")
def test_workers_that_always_die_stop_the_run_as_an_internal_error(
    cohort: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When every worker dies whatever the file, the run stops with exit 70 (no endless retry)."""

    def deadly(*args: object, **kwargs: object) -> dict[str, object]:
        os._exit(9)

    monkeypatch.setattr(batch_module, "score_text", deadly)
    result = run("batch", cohort, "--jobs", "2")
    assert result.exit_code == 70
    assert "internal error: BrokenProcessPool" in result.stderr


def test_score_text_is_pure_and_reports_positions(catalog: CatalogIndex) -> None:
    """The per-profile library function: text in, a small record out, errors located."""
    good = score_text("name: A\nskills: {python: 4}\n", "a.yaml", catalog, as_of=DAY)
    assert good["results"][0]["role"] == "ml-engineer"
    assert good == score_text("name: A\nskills: {python: 4}\n", "a.yaml", catalog, as_of=DAY)
    bad = score_text("name: A\nskills: {python: 4, python: 3}\n", "b.yaml", catalog, as_of=DAY)
    assert bad["error"]["line"] == 2
    assert "duplicate key" in bad["error"]["message"]
    unknown_role = score_text("name: A\ntarget_role: mlops\n", "c.yaml", catalog, as_of=DAY)
    assert unknown_role["error"]["message"] == "unknown role 'mlops' in target_role"
    assert unknown_role["error"]["line"] == 2


def test_library_score_text_takes_role_names_and_refuses_unknown_ones(
    catalog: CatalogIndex,
) -> None:
    """Roles are ids or names, as everywhere; one the catalog lacks is a usage error."""
    text = "name: A\nskills: {python: 4}\n"
    by_name = api.score_text(text, catalog, ["MLOps Engineer"], as_of=dt.date(2026, 12, 1))
    assert [r["role"] for r in by_name["results"]] == ["mlops-engineer"]
    with pytest.raises(UsageError, match="unknown role 'nope'"):
        api.score_text(text, catalog, ["nope"])


def test_library_score_text_returns_what_jsonl_writes(
    cohort: Path, run: Run, catalog: CatalogIndex
) -> None:
    """api.score_text gives, field for field, the record batch prints for the same file."""
    paths = [cohort / "student.yaml", cohort / "team" / "broken.yaml"]
    printed = lines(run("batch", *paths, "--as-of", "2026-12-01", "-j", "1").stdout)
    day = dt.date(2026, 12, 1)
    for path, line in zip(paths, printed, strict=True):
        text = path.read_text(encoding="utf-8")
        record = api.score_text(text, catalog, source=str(path), as_of=day)
        check_batch_record(record)
        assert record == line
    assert "gaps" not in printed[0]["results"][0]  # type: ignore[index]


def test_docs_concurrent_futures_example_runs(tmp_path: Path) -> None:
    """The distributed-mapping example of docs/batch.md runs as written and scores every profile."""
    import re
    import subprocess
    import sys

    page = (PROFILES.parent / "docs" / "batch.md").read_text(encoding="utf-8")
    block = next(
        b for b in re.findall(r"```python\n(.*?)```", page, re.S) if "ProcessPoolExecutor" in b
    )
    script = tmp_path / "example.py"
    script.write_text(block)
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=PROFILES.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    count = len(list(PROFILES.glob("*.yaml")))
    assert proc.stdout.strip() == f"{count} profiles scored"


def test_report_never_overwrites_a_named_input(tmp_path: Path, run: Run) -> None:
    """A profile named on the command line is never overwritten by another's report."""
    (tmp_path / "a.yml").write_text("name: A\n")
    victim = tmp_path / "a.md"  # a profile whose name is what a.yml's report would take
    victim.write_text("name: Victim\n")
    result = run(
        "batch",
        tmp_path / "a.yml",
        victim,
        "--report-dir",
        tmp_path,
        "-j",
        "1",
        "--start-date",
        "2026-12-01",
    )
    assert result.exit_code == 0, result.stderr
    assert victim.read_text() == "name: Victim\n"
    assert sorted(p.name for p in tmp_path.glob("*.md")) == ["a-2.md", "a-3.md", "a.md"]


def test_progress_only_when_stderr_is_a_terminal(cohort: Path, tmp_path: Path) -> None:
    """On a terminal stderr shows progress; piped, stderr has only the summary and errors."""
    import os
    import pty
    import subprocess
    import sys

    cmd = [
        sys.executable,
        "-m",
        "skillgap",
        "batch",
        str(cohort),
        "-j",
        "1",
        "-o",
        str(tmp_path / "out.jsonl"),
    ]
    piped = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert piped.stderr.splitlines() == [
        f"{cohort / 'team' / 'broken.yaml'}:2:1: error: unknown field 'skils'",
        "skillgap: 7 profile(s), 1 invalid",
    ]
    main, secondary = pty.openpty()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=secondary, env={**os.environ, "COLUMNS": "80"}
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(main)
    shown = b"".join(chunks).decode(errors="replace")
    assert "profiles" in shown.replace("profile(s)", "")  # the progress count
    assert "skillgap: 7 profile(s), 1 invalid" in shown


@pytest.mark.parametrize(
    ("variant", "args"),
    [
        ("jsonl", ["--format", "jsonl"]),
        ("all-roles.jsonl", ["--format", "jsonl", "--all-roles"]),
        ("csv", ["--format", "csv"]),
        ("all-roles.csv", ["--format", "csv", "--all-roles"]),
        ("json", ["--format", "json"]),
        ("markdown", ["--format", "markdown"]),
    ],
)
def test_batch_golden(
    variant: str, args: list[str], run: Run, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch output over the example profiles is byte-stable, with one worker or two."""
    monkeypatch.chdir(ROOT)
    one = run("batch", "profiles", *args, "--as-of", "2026-12-01", "--jobs", "1")
    two = run("batch", "profiles", *args, "--as-of", "2026-12-01", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, one.stderr
    assert one.stdout == two.stdout
    golden = GOLDEN / f"profiles.batch.{variant}"
    if update_golden:
        golden.write_text(one.stdout, encoding="utf-8")
    assert one.stdout == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; if the change is intended, run pytest --update-golden"
    )


def test_heat_map_cells_are_the_levels_assess_counts(catalog: CatalogIndex) -> None:
    """Heat map cells, any-of groups too, are the levels assess counts, named as assess does."""
    from skillgap.batch.cohort import Cohort
    from skillgap.batch.records import outcome

    text = (PROFILES / "switcher.yaml").read_text(encoding="utf-8")
    day = dt.date(2026, 12, 1)
    record = score_text(
        text, "switcher.yaml", catalog, ["ml-engineer"], keep_levels=True, gaps=True, as_of=day
    )
    cohort = Cohort()
    cohort.count(outcome(record, None, None, keep=True), None)
    (heatmap,) = cohort.heatmaps(catalog)
    result = api.assess_text(text, catalog, "ml-engineer", source="switcher.yaml", as_of=day)
    skills = {r.id: r for r in result.requirements if r.kind in ("skill", "skill_group")}
    assert [c.id for c in heatmap.columns] == list(skills)
    assert [c.name for c in heatmap.columns] == [r.name for r in skills.values()]
    (row,) = heatmap.rows
    # The level held counts up to the target: the heat map shows it capped.
    assert [(c.have, c.need) for c in row.cells] == [
        (min(r.current_level or 0, r.target_level or 0), r.target_level) for r in skills.values()
    ]
    assert any(r.kind == "skill_group" for r in skills.values())


def test_batch_package_never_imports_the_front() -> None:
    """batch/ imports neither api nor cli, not even inside a function: no cycle with api."""
    import ast

    for path in sorted((ROOT / "src" / "skillgap" / "batch").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                assert name.split(".")[:2] not in (["skillgap", "api"], ["skillgap", "cli"]), (
                    f"{path.name}:{node.lineno} imports {name}"
                )
