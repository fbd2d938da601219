"""Reading a catalog: its files found, parsed, validated, checked as a whole and indexed.

The shipped catalog is read once a process and its checked form cached between runs
(:mod:`skillgap.catalog.cache`).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Final

from skillgap.catalog import cache as catalog_cache
from skillgap.catalog.index import BUILTIN_NAME, CatalogIndex, CatalogSource
from skillgap.errors import CatalogError, InputError, Problem
from skillgap.inputs.discovery import expand
from skillgap.inputs.loader import Document, decode, load_file, parse, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.catalog import Catalog


def builtin_catalog_dir() -> Path:
    """The folder of the catalog shipped inside the package (or the repository's, in a checkout)."""
    packaged = Path(__file__).resolve().parents[1] / "data" / "catalog"  # the package's folder
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "catalog"


#: The most files and bytes one catalog folder may hold, all files together: each file has
#: the loader's 2 MiB limit, and a folder of them would add up (14 such files took 26 s
#: and 1 GB). The shipped catalog is 7 files and 137 KB.
MAX_CATALOG_FILES: Final = 64
MAX_CATALOG_BYTES: Final = 2 * 1024 * 1024


def catalog_paths(path: Path) -> list[Path]:
    """The YAML files that make up the catalog at ``path`` (a file or a folder)."""
    return expand(path)


def oversized(where: Path, files: Sequence[Path]) -> Problem | None:
    """The problem with a catalog of more files or bytes than the bounds, or None.

    Sizes are taken before anything is read; a file that cannot be read counts 0 here
    and is reported by the loader.
    """
    if len(files) > MAX_CATALOG_FILES:
        message = (
            f"the catalog has {len(files):,} files, more than the limit of {MAX_CATALOG_FILES}"
        )
    else:
        total = 0
        for file in files:
            try:
                total += Path(file).stat().st_size
            except OSError:
                continue
        if total <= MAX_CATALOG_BYTES:
            return None
        message = (
            f"the catalog's files hold {total:,} bytes together, more than the limit of "
            f"{MAX_CATALOG_BYTES:,} ({MAX_CATALOG_BYTES // (1024 * 1024)} MiB)"
        )
    return Problem(str(where), 0, 0, message, "a catalog is a few hundred kilobytes: keep one")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector paused for a read, then as it was.

    Reading a catalog makes hundreds of thousands of long-lived objects (nodes, models,
    the index) and no garbage in cycles: each full collection meanwhile goes over all of
    them for nothing (27 of them while a 4.4 MB catalog was read, half the read's time).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def read_catalog(path: Path | None = None) -> CatalogIndex:
    """Read, check and index the catalog at ``path`` (default: the shipped one)."""
    if path is None:
        return builtin_catalog()
    with collector_paused():
        files = catalog_paths(path)
        problem = oversized(path, files)
        if problem is not None:
            raise CatalogError([problem])
        return index_documents([load_file(p) for p in files])


def _builtin_key(sources: Sequence[CatalogSource]) -> str:
    return catalog_cache.cache_key((s.path, s.sha256) for s in sources)


def _builtin_files() -> tuple[list[tuple[str, bytes]], list[CatalogSource]]:
    files = catalog_paths(builtin_catalog_dir())
    raws = [(f"{BUILTIN_NAME}/{p.name}", p.read_bytes()) for p in files]
    return raws, [CatalogSource(name, sha256_hex(raw)) for name, raw in raws]


def cache_path() -> Path:
    """The cache file of the shipped catalog as it is now (it may not exist yet)."""
    _, sources = _builtin_files()
    return catalog_cache.cache_file(_builtin_key(sources))


@cache
def builtin_catalog() -> CatalogIndex:
    """The shipped catalog, read once per process and, checked, cached between runs.

    Parsing, validating and linting the YAML costs more than the rest of a run; the
    checked catalog is kept as JSON under :func:`.cache.cache_dir`, keyed by the tool's version,
    the catalog models' source and the bytes of every catalog file, so an edited or
    upgraded catalog is never served stale. Only a folder and a file of the user's own,
    writable by nobody else, are read; anything else is ignored and the YAML is read.
    ``SKILLGAP_NO_CACHE=1`` turns the cache off.
    """
    raws, sources = _builtin_files()
    key = _builtin_key(sources)
    use_cache = os.environ.get("SKILLGAP_NO_CACHE", "") in ("", "0")
    cached = catalog_cache.cache_file(key)
    if use_cache:
        catalog = catalog_cache.load(cached, key)
        if catalog is not None:
            return CatalogIndex(catalog, sources)
    with collector_paused():
        index = index_documents(
            [
                parse(decode(raw, name), name, src.sha256)
                for (name, raw), src in zip(raws, sources, strict=True)
            ]
        )
    if use_cache:
        catalog_cache.store(cached, key, index.catalog)
    return index


def index_documents(docs: Sequence[Document]) -> CatalogIndex:
    """Validate each file, check the whole, and index it; every problem of every file is raised."""
    with collector_paused():
        return _index_documents(docs)


def _index_documents(docs: Sequence[Document]) -> CatalogIndex:
    parts: list[tuple[Document, Catalog]] = []
    problems: list[Problem] = []
    for doc in docs:
        if isinstance(doc.data, dict) and "name" in doc.data:
            problems.append(
                doc.problem(
                    (),
                    "this is a profile, not a catalog file",
                    hint="pass a catalog (a file or folder with skills:, roles: ...) to --catalog",
                )
            )
            continue
        try:
            parts.append((doc, validate(doc, Catalog)))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise CatalogError(problems)
    from skillgap.catalog.lint import lint  # only for YAML read: not on the cached path

    problems = lint(parts)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise CatalogError(errors)
    merged = Catalog(
        version=next((c.version for _, c in parts if c.version is not None), None),
        date=next((c.date for _, c in parts if c.date is not None), None),
        scale=[a for _, c in parts for a in c.scale],
        degrees=[d for _, c in parts for d in c.degrees],
        fields=[f for _, c in parts for f in c.fields],
        skills=[s for _, c in parts for s in c.skills],
        certifications=[x for _, c in parts for x in c.certifications],
        roles=[r for _, c in parts for r in c.roles],
        projects=[x for _, c in parts for x in c.projects],
        recency=[x for _, c in parts for x in c.recency],
        levels=[x for _, c in parts for x in c.levels],
        level_overrides=[x for _, c in parts for x in c.level_overrides],
        implies=[x for _, c in parts for x in c.implies],
        relevance=[x for _, c in parts for x in c.relevance],
        notes=[n for _, c in parts for n in c.notes],
    )
    return CatalogIndex(merged, [CatalogSource(d.source, d.sha256) for d, _ in parts])


def roles_only(docs: Sequence[Document]) -> bool:
    """Files that hold only roles (a draft from ``skillgap posting``): they need a catalog."""
    return bool(docs) and all(
        isinstance(d.data, dict) and d.data and set(d.data) <= {"roles"} for d in docs
    )


def index_roles_with(docs: Sequence[Document], base: CatalogIndex | None) -> CatalogIndex:
    """Role files checked together with the catalog whose skills they name (default: shipped)."""
    base_files = [s.path for s in base.sources] if base is not None else []
    if not base_files or not all(Path(p).is_file() for p in base_files):
        base_files = [str(p) for p in catalog_paths(builtin_catalog_dir())]
    from skillgap.inputs.loader import load_file

    return index_documents([*(load_file(Path(p), p) for p in base_files), *docs])
