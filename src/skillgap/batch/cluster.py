"""Batch records on an existing Dask cluster: the recipe behind ``skillgap[dask]``.

``skillgap batch`` already uses every core of one machine. When a cohort outgrows one
machine, the same per-profile function maps over a Dask bag of paths on a cluster:

>>> from dask.distributed import Client          # doctest: +SKIP
>>> from skillgap.batch.cluster import records_bag      # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")       # doctest: +SKIP
>>> records = records_bag(paths, roles=["ml-engineer"]).compute()  # doctest: +SKIP

Each record is exactly what ``skillgap batch --format jsonl`` prints for that file. The
catalog is read once per worker process (the first partition a worker scores reads it; the
rest reuse it), so only the paths travel to the workers, and only small records come back.
The files must be readable at the same paths on every worker (a shared file system).

Dask is an optional dependency: ``pip install 'skillgap[dask]'``. Importing this module
without it raises ImportError with that advice.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from skillgap.batch.records import Record, read_text, score_text
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import read_catalog
from skillgap.clock import or_today
from skillgap.errors import expect_type
from skillgap.scoring.standing import pick_roles

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["records_bag", "score_paths"]

# One catalog per worker process, keyed by its path ("" for the shipped one).
_CATALOGS: dict[str, CatalogIndex] = {}


def _catalog(path: str) -> CatalogIndex:
    from pathlib import Path

    if path not in _CATALOGS:
        _CATALOGS[path] = read_catalog(Path(path) if path else None)  # collector paused
        if _in_dask_worker():
            # The catalog lives as long as the worker: frozen, the collector never goes
            # over it again. A library caller's own process is left as it was.
            gc.freeze()
    return _CATALOGS[path]


def _in_dask_worker() -> bool:
    """Whether this process is a Dask worker's (which has imported distributed already)."""
    distributed = sys.modules.get("distributed")
    if distributed is None:
        return False
    try:
        distributed.get_worker()
    except ValueError:
        return False
    return True


def score_paths(
    paths: Iterable[str],
    catalog: str = "",
    roles: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> list[Record]:
    """The JSONL records of ``paths``, scored in this process (one Dask partition's work).

    ``catalog`` is a catalog path ("" for the shipped one), read once per process; levels
    are counted as of ``as_of`` (default: today, as batch's). A file
    that cannot be read or parsed gives a record with its ``error``, as in ``batch``.
    ``roles`` are ids or names; one the catalog lacks is a :class:`~skillgap.errors.UsageError`.
    """
    expect_type("catalog", catalog, str, "a catalog path (str), '' for the shipped one")
    index = _catalog(catalog)
    roles = pick_roles(index, roles)
    day = or_today(as_of)
    records = []
    for n, path in enumerate(paths):
        expect_type(f"paths[{n}]", path, str, "a path (str)")
        text = read_text(path)  # batch's own functions, so that the records are equal
        records.append(
            score_text(text, path, index, roles, as_of=day) if isinstance(text, str) else text
        )
    return records


def records_bag(
    paths: Sequence[str],
    catalog: str = "",
    roles: Sequence[str] | None = None,
    *,
    npartitions: int | None = None,
    as_of: dt.date | None = None,
) -> Bag:
    """A Dask bag of the batch records of ``paths``, in their order, one per path.

    ``npartitions`` defaults to about 256 paths a partition (fewer, larger partitions
    amortise the task overhead; a profile costs well under a millisecond to score).
    Every partition counts levels as of ``as_of`` (default: today, read once, here).
    """
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "skillgap.batch.cluster needs Dask: pip install 'skillgap[dask]'"
        ) from exc
    parts = npartitions or max(1, len(paths) // 256)
    wanted = list(roles) if roles else None
    records: Bag = db.from_sequence(list(paths), npartitions=parts).map_partitions(
        score_paths, catalog, wanted, or_today(as_of)
    )
    return records
