"""Batch runs at scale: one catalog read a run, and output that does not wait in memory.

The costs themselves are measured in ``bench/``; these tests hold the behaviour that makes
them: what is read how often, and that the streamed output is the output it replaced.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import PROFILES
from skillgap.catalog.read import builtin_catalog_dir

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
