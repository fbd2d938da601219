"""Batch runs at scale: one catalog read a run, and output that does not wait in memory.

The costs themselves are measured in ``bench/``; these tests hold the behaviour that makes
them: what is read how often, and that the streamed output is the output it replaced.
"""

from __future__ import annotations

import ast
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROFILES, Run
from skillgap import api
from skillgap.batch import run as batch_run
from skillgap.batch import spool
from skillgap.batch.reports import report_links
from skillgap.catalog.read import builtin_catalog_dir
from skillgap.models.batch import CohortPage
from skillgap.renderers.html import render_cohort
from skillgap.untrusted import unsafe

#: Runs ``skillgap.__main__.main`` with the arguments in argv[1] (split at \x1f), after
#: wrapping the catalog's indexing so that every process that indexes a catalog (the
#: command's, and any worker forked from it) appends its pid and whether the cycle
#: collector ran meanwhile to the file in argv[2].
_PROBE = """
import gc, os, sys
from skillgap import __main__
from skillgap.catalog import read
real, path = read._index_documents, sys.argv[2]
def spy(docs):
    with open(path, "a") as log:
        log.write(repr((os.getpid(), gc.isenabled())) + "\\n")
    return real(docs)
read._index_documents = spy
sys.argv = ["skillgap", *sys.argv[1].split("\\x1f")]
try:
    __main__.main()
except SystemExit as exc:
    assert int(exc.code or 0) == 0, exc.code
"""


def _reads(tmp_path: Path, *args: str | Path) -> list[tuple[int, bool]]:
    """Each catalog read by the command: the pid that read it, and whether it collected."""
    log = tmp_path / "reads.log"
    subprocess.run(
        [sys.executable, "-c", _PROBE, "\x1f".join(str(a) for a in args), str(log)],
        check=True,
        capture_output=True,
    )
    return [ast.literal_eval(line) for line in log.read_text().splitlines()]


def test_batch_reads_a_custom_catalog_once_with_the_collector_paused(tmp_path: Path) -> None:
    """Two workers score with the catalog the command read, not with two more reads."""
    catalog = shutil.copytree(builtin_catalog_dir(), tmp_path / "catalog")
    reads = _reads(tmp_path, "batch", PROFILES, "--catalog", catalog, "-j", "2", "-f", "jsonl")
    assert [collecting for _, collecting in reads] == [False]


def test_validate_reads_a_catalog_once_with_the_collector_paused(tmp_path: Path) -> None:
    """Validating a catalog folder indexes it once, without the collector's passes."""
    catalog = shutil.copytree(builtin_catalog_dir(), tmp_path / "catalog")
    reads = _reads(tmp_path, "validate", catalog)
    assert [collecting for _, collecting in reads] == [False]


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """A generated cohort of 120 profiles: accents, a control character, some broken files."""
    rng = random.Random(29)
    skills = ["python", "sql", "pytorch", "docker", "statistics", "pandas", "git", "aws"]
    root = tmp_path / "many"
    root.mkdir()
    for i in range(120):
        picked = {s: rng.randint(0, 5) for s in rng.sample(skills, rng.randint(1, 6))}
        body = ", ".join(f"{s}: {level}" for s, level in picked.items())
        name = f"Inès Nº{i}" if i % 7 else f"Bob\\u009b{i}"  # a C1 control, escaped on output
        text = f'name: "{name}"\nskills: {{{body}}}\n'
        if i % 37 == 0:
            text += "skils: {}\n"
        (root / f"p{i:03d}.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_is_written_as_one_dump_of_every_record(
    many: Path, run: Run, jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The streamed document is byte for byte json.dumps of its data, its records jsonl's."""
    monkeypatch.setattr(spool, "IN_MEMORY", 4096)  # the records wait in a file, as at scale
    args = ("batch", many, "--as-of", "2026-12-01", "--jobs", jobs)
    streamed = run(*args, "-f", "json")
    assert streamed.exit_code == 3
    data = json.loads(streamed.stdout)
    whole = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert streamed.stdout == unsafe().sub(lambda m: f"\\u{ord(m[0]):04x}", whole)
    assert "\\u009b" in streamed.stdout
    jsonl = run(*args, "-f", "jsonl").stdout
    assert data["records"] == [json.loads(line) for line in jsonl.splitlines()]
    assert data["summary"]["profiles"] == 120


def test_html_page_streamed_is_the_page_rendered_whole(
    many: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cohort page written a piece at a time is the page rendered from lists in memory."""
    monkeypatch.setattr(spool, "IN_MEMORY", 4096)  # the rows wait in a file, as at scale
    out = tmp_path / "index.html"
    result = run("batch", many, "-f", "html", "-o", out, "--as-of", "2026-12-01", "-j", "2")
    assert result.exit_code == 3
    catalog = api.load_catalog()
    options = batch_run.Options(
        patterns=(str(many),), catalog=None, roles=None, fmt="html", as_of="2026-12-01"
    )
    cohort = batch_run.execute(options, write=lambda _: None, on_error=lambda _: None)
    whole = render_cohort(
        CohortPage(
            cohort.summary(catalog),
            heatmaps=cohort.heatmaps(catalog),
            persons=list(report_links(cohort.persons, out, None)),
            broken=list(cohort.broken),
        )
    )
    assert len(cohort.persons) == 116
    assert len(cohort.broken) == 4
    assert out.read_text(encoding="utf-8") == whole
    cohort.close()
