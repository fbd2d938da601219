"""The Dask recipe: a two-worker local cluster gives exactly batch's JSONL records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import check_batch_record
from skillgap.cli import app


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_dask_cluster_records_equal_batch(tmp_path: Path) -> None:
    """On a local cluster of two worker processes, every record equals batch's, in order."""
    from dask.distributed import Client, LocalCluster

    from skillgap.batch.cluster import records_bag

    root = Path(__file__).resolve().parents[1]
    folder = tmp_path / "cohort"
    folder.mkdir()
    for source in sorted((root / "profiles").glob("*.yaml")):
        for copy in range(3):
            (folder / f"{source.stem}-{copy}.yaml").write_bytes(source.read_bytes())
    (folder / "broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    paths = sorted(str(p) for p in folder.glob("*.yaml"))

    batch = CliRunner().invoke(
        app, ["batch", *paths, "--format", "jsonl", "--role", "ml-engineer", "--jobs", "1"]
    )
    assert batch.exit_code == 3, batch.stderr  # the broken file
    expected = [json.loads(line) for line in batch.stdout.splitlines()]

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        bag = records_bag(paths, roles=["ml-engineer"], npartitions=4)
        records = bag.compute(scheduler=client)
        workers = {w for w, tasks in client.has_what().items() if tasks} | set(
            client.scheduler_info()["workers"]
        )

    assert len(workers) == 2
    assert records == expected
    for record in records:
        check_batch_record(record)
    assert [r["file"] for r in records] == paths
    assert records[paths.index(str(folder / "broken.yaml"))]["error"] is not None


def test_the_old_import_path_still_works_and_says_where_it_went() -> None:
    """``from skillgap.cluster import records_bag``, as the README once said, warns and works."""
    import importlib
    import sys

    from skillgap.batch import cluster

    sys.modules.pop("skillgap.cluster", None)
    with pytest.warns(DeprecationWarning, match=r"skillgap\.batch\.cluster"):
        old = importlib.import_module("skillgap.cluster")
    assert (old.records_bag, old.score_paths) == (cluster.records_bag, cluster.score_paths)
