"""What a Dask cluster costs and buys, against ``skillgap batch`` on the same machine.

* per profile: ``skillgap.batch.cluster.score_paths`` in this one process (read, parse, score);
* Dask: ``records_bag`` on a local cluster of 2 worker processes (started beforehand, as an
  existing cluster is), against ``skillgap batch --format jsonl --jobs 2`` (its start-up
  included), as a ratio measured in the same run.

A cluster pays off only when the profiles outgrow one machine: docs/batch.md says when.

    python bench/bench_cluster.py [--n 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import generate  # the same seeded profiles as the batch benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    from skillgap.batch.cluster import records_bag, score_paths

    skillgap = shutil.which("skillgap", path=str(Path(sys.executable).parent)) or "skillgap"
    with tempfile.TemporaryDirectory(prefix="skillgap-bench-") as tmp:
        generate(Path(tmp), args.n)
        paths = sorted(str(p) for p in Path(tmp).rglob("*.yaml"))
        score_paths(paths[:10])  # the catalog, read once, as on a warm worker
        started = time.perf_counter()
        score_paths(paths)
        one = (time.perf_counter() - started) / len(paths)
        print(f"per profile, one process: {one * 1e3:.3f} ms")
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            records_bag(paths[:100]).compute(scheduler=client)  # warm the workers
            dask_times, batch_times = [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                records_bag(paths).compute(scheduler=client)
                dask_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                subprocess.run(
                    [skillgap, "batch", tmp, "-f", "jsonl", "-j", "2"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )
                batch_times.append(time.perf_counter() - started)
        dask_best, batch_best = min(dask_times), min(batch_times)
        print(f"batch --jobs 2:           {batch_best:.2f} s for {len(paths)} profiles")
        print(
            f"Dask, 2 local workers:    {dask_best:.2f} s   ratio to batch "
            f"{dask_best / batch_best:.2f}"
        )


if __name__ == "__main__":
    main()
