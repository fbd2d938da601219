"""Batch runs over folders of profiles: discovery, per-profile records, workers, the cohort.

The per-profile work is :func:`score_text`, a pure function of the text, the catalog and
the roles; everything else here is plumbing around it. Each record is small and already
scored, so the parent holds no parse trees or results: it streams records out in input
order as workers finish them, and keeps only running counts for the cohort summary.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, NamedTuple

from pydantic_core import to_json

from skillgap.catalog.index import DEFAULT_ROLE, CatalogIndex
from skillgap.catalog.read import read_catalog
from skillgap.errors import REPORT_BUG, InputError, OutputError, Problem, UsageError
from skillgap.inputs.discovery import discover_labelled
from skillgap.inputs.loader import decode, parse, parse_data, read_bytes, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.common import CATEGORIES
from skillgap.models.profile import Profile
from skillgap.models.result import SCHEMA_VERSION
from skillgap.output import file_identity, prepare_folder, write_file
from skillgap.renderers.redact import Redactor
from skillgap.scoring import engine
from skillgap.scoring.evidence import counted_levels
from skillgap.scoring.standing import Standing, resolve, unknown_target_role
from skillgap.untrusted import csv_cell, json_text

CHUNK: Final = 64
HISTOGRAM_BUCKETS: Final = 10
HEATMAP_PEOPLE: Final = 60
#: A batch record as JSONL and JSON print it, the shape of ``models.batch.BatchRecord``
#: (``skillgap schema batch``): a plain dict on the hot path, where a model per record
#: would cost a few percent of the run (the tests validate every record they make).
Record = dict[str, Any]
Job = tuple[str, str | None]  # a profile's path, and its report's path with --report-dir
#: Worker deaths in a row, each on a file scored alone, that mean the fault is not the files.
MAX_DEATHS_IN_A_ROW: Final = 3
#: Seconds a stopped run gives each worker to finish the chunk it is scoring.
STOP_GRACE: Final = 5.0


# --- report names --------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class ReportNames:
    """Unique, safe file names inside one folder, derived from profile paths."""

    folder: Path
    suffix: str
    inputs: set[Path] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    identities: set[tuple[int, int]] = field(default_factory=set)  # inputs' (device, inode)

    def add_input(self, path: str | Path) -> None:
        """Keep reports off this input file: by its resolved path, and by device and inode."""
        self.inputs.add(Path(path).resolve())
        identity = file_identity(path)
        if identity is not None:
            self.identities.add(identity)

    def name_for(self, label: str) -> Path:
        """``team/ana.yaml`` → ``DIR/team__ana.md``: never outside DIR, twice, or an input."""
        parts = [p for p in Path(label).with_suffix("").parts if p not in ("", ".", "..", "/")]
        stem = "__".join(_UNSAFE.sub("_", p).strip("._") or "_" for p in parts)[-150:] or "report"
        candidate, n = stem, 1
        while True:
            target = self.folder / f"{candidate}{self.suffix}"
            if (
                candidate.casefold() not in self.taken
                # the folder resolved, the name not: a symlink at the name is refused on writing
                and target.parent.resolve() / target.name not in self.inputs
                # a hard link to an input is stepped around; a symlink is refused when written
                and file_identity(target, follow_symlinks=False) not in self.identities
            ):
                self.taken.add(candidate.casefold())
                return target
            n += 1
            candidate = f"{stem}-{n}"


# --- the per-profile work ------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What every worker needs to know, sent once per worker."""

    catalog: str | None
    roles: tuple[str, ...] | None  # None: each profile's target_role, else ml-engineer
    keep_levels: bool = False
    report_format: str | None = None
    start_date: str | None = None
    as_of: str | None = None  # the day profiles are judged at (default: start_date, else today)
    stream: str | None = None  # "jsonl" or "csv": workers write the output text themselves
    redact_key: str | None = None  # with --redact: the key of the pseudonyms

    @property
    def as_of_date(self) -> dt.date:
        """The day profiles are judged at: certifications expire against it."""
        day = self.as_of or self.start_date
        return dt.date.fromisoformat(day) if day else dt.date.today()

    @property
    def need_records(self) -> bool:
        """Whether the parent needs whole records (JSON and the human formats do)."""
        return self.stream is None


def _error_record(file: str, problems: Sequence[Problem]) -> Record:
    first = problems[0]
    return {
        "file": file,
        "name": None,
        "results": [],
        "warnings": [],
        "error": {
            "line": first.line,
            "column": first.column,
            "message": first.message,
            "hint": first.hint,
            "problems": len(problems),
        },
    }


def _internal_record(file: str, message: str, hint: str) -> Record:
    """The record of a file skillgap itself failed on: ``error.internal`` says so."""
    record = _error_record(file, [Problem(file, 0, 0, message, hint)])
    record["error"]["internal"] = True
    return record


def _positioned(
    text: str, source: str, catalog: CatalogIndex, as_of: dt.date | None
) -> tuple[Profile, Standing, list[str]]:
    """The slow path: parse with positions, so that any problem is located."""
    doc = parse(text, source, sha256_hex(text.encode()))
    profile = validate(doc, Profile)
    day = as_of or dt.date.today()
    standing, warnings = resolve(profile, catalog, doc, as_of=day)
    standing = counted_levels(profile, standing, catalog, day, doc)
    return profile, standing, [w.message for w in warnings]


#: Warnings whose message names places in the file: only the slow path knows them.
_PLACED: Final = frozenset({"same-skill"})


class _NeedsPositions(Exception):
    """The fast path's result needs the file's positions: take the slow path."""


def score_text(
    text: str,
    source: str,
    catalog: CatalogIndex,
    roles: Sequence[str] | None = None,
    *,
    keep_levels: bool = False,
    gaps: bool = False,
    as_of: dt.date | None = None,
) -> Record:
    """One profile's batch record: per role, score, readiness, blockers, category scores.

    Pure: text in, record out; by default exactly the record JSONL prints. A broken
    profile gives a record whose ``error`` has the line and column. ``roles`` None means
    the profile's ``target_role`` (else ml-engineer). Levels are counted as of ``as_of``
    (default today), with recency applied as ``assess`` does. For the cohort summary,
    ``gaps`` adds each role's unmet requirement ids and ``keep_levels`` the counted
    levels; :func:`public_record` takes them off again.
    """
    day = as_of or dt.date.today()
    try:
        try:
            # Fast path: the same strict rules without keeping positions.
            profile = Profile.model_validate(parse_data(text, source))
            standing, found = resolve(profile, catalog, None, as_of=day)
            if any(w.code in _PLACED for w in found):
                raise _NeedsPositions
            standing = counted_levels(profile, standing, catalog, day)
            warnings = [w.message for w in found]
        except Exception:  # noqa: BLE001  # any doubt: redo it with positions to locate it
            profile, standing, warnings = _positioned(text, source, catalog, day)
    except InputError as exc:
        return _error_record(source, exc.problems)
    if not roles:
        unknown = unknown_target_role(profile, catalog, None, source)
        if unknown is not None:
            # Rare: only now are positions worth a second parse.
            return _error_record(
                source, [unknown_target_role(profile, catalog, parse(text, source)) or unknown]
            )
    own = catalog.find_role(profile.target_role) if profile.target_role else None
    wanted = list(roles) if roles else [own or DEFAULT_ROLE]
    results = []
    scores = engine.scorer(catalog, wanted).score(standing, gaps=gaps)
    for role_id, quick in zip(wanted, scores, strict=True):
        entry: Record = {
            "role": role_id,
            "score": quick.score,
            "readiness": quick.readiness,
            "blockers": list(quick.blockers),
            "categories": dict(quick.categories),
        }
        if gaps:
            entry["gaps"] = list(quick.unmet)
        results.append(entry)
    record: Record = {
        "file": source,
        "name": profile.name,
        "results": results,
        "warnings": warnings,
        "error": None,
    }
    if keep_levels:
        record["levels"] = dict(standing.skills)
    return record


# --- workers -------------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _worker_init(settings: Settings) -> None:
    """A worker's start: signals as the parent wants them, the GC off inherited objects."""
    # The parent owns shutdown: Ctrl-C (sent to the whole process group) is the parent's to
    # handle, and it stops the pool. SIGTERM and SIGHUP kill a worker outright, whatever
    # handler it inherited from the parent by fork.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _die_with_parent()
    # Everything inherited from the parent is long-lived: keep the cyclic GC off it, so a
    # collection neither walks it nor touches (and so copies) its pages in this process.
    gc.freeze()
    _prepare(settings)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker if the parent dies, even by SIGKILL.

    A worker waits for work on a pipe it also holds open itself, so a parent's death
    alone never wakes it.
    """
    if sys.platform != "linux":
        return
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


def _prepare(settings: Settings) -> None:
    _STATE["settings"] = settings
    _STATE["as_of"] = settings.as_of_date
    _STATE["redactor"] = Redactor(settings.redact_key.encode()) if settings.redact_key else None
    _STATE["catalog"] = read_catalog(Path(settings.catalog) if settings.catalog else None)


def _one(path: str, report: str | None) -> Record:
    settings: Settings = _STATE["settings"]
    catalog: CatalogIndex = _STATE["catalog"]
    try:
        text = decode(read_bytes(path, path), path)
    except InputError as exc:
        return _error_record(path, exc.problems)
    try:
        record = score_text(
            text,
            path,
            catalog,
            settings.roles,
            keep_levels=settings.keep_levels,
            gaps=settings.need_records,
            as_of=_STATE["as_of"],
        )
        if report is not None and record["error"] is None:
            # A report that cannot be made or written is this file's failure, not the run's.
            try:
                _write_report(text, path, report, catalog, settings)
            except InputError as exc:  # e.g. a plan that cannot be dated
                return _error_record(path, exc.problems)
            except OutputError as exc:
                return _output_record(path, str(exc))
            record["report"] = report
    except Exception as exc:  # noqa: BLE001  # a bug must not stop the run: report it, go on
        record = _internal_record(
            path,
            f"internal error while scoring this file: {type(exc).__name__}: {exc}",
            f"this is a bug in skillgap; please report it at {REPORT_BUG} with the file",
        )
    return record


def _output_record(file: str, message: str) -> Record:
    """The record of a file whose report could not be written: ``error.output`` says so."""
    record = _error_record(
        file, [Problem(file, 0, 0, message, "check the --report-dir folder and try again")]
    )
    record["error"]["output"] = True
    return record


def _write_report(
    text: str, path: str, report: str, catalog: CatalogIndex, settings: Settings
) -> None:
    from skillgap import api
    from skillgap.renderers import OutputFormat, render_assessment

    doc = parse(text, path, sha256_hex(text.encode()))
    start = dt.date.fromisoformat(settings.start_date) if settings.start_date else dt.date.today()
    role = settings.roles[0] if settings.roles else None
    result = api.assess_document(
        doc, catalog, role, plan=api.PlanOptions(start), as_of=settings.as_of_date
    )
    redactor: Redactor | None = _STATE.get("redactor")
    if redactor is not None:
        result = redactor.assessment(result)
    fmt = OutputFormat(settings.report_format or "markdown")
    # The name is skillgap's own, in a folder others may write to: a symlink planted there
    # is refused, never written through, and the old report is replaced only when whole.
    write_file(Path(report), render_assessment(result, fmt), follow_symlinks=False)


class Outcome(NamedTuple):
    """What a worker sends back per profile: small, already scored, already serialised."""

    text: str  # the profile's JSONL line or CSV rows ("" for other formats)
    error: str | None  # "file:line:col: error: message" for a broken file
    scores: tuple[float, ...]
    record: Record | None  # only when the parent builds a summary or a JSON document
    internal: bool = False  # the error is a bug in skillgap, not in the file
    unwritten: bool = False  # the error is the file's report, which could not be written


def _outcome(record: Record, settings: Settings) -> Outcome:
    error = record["error"]
    message = (
        (f"{record['file']}:{error['line']}:{error['column']}: error: {error['message']}")
        if error
        else None
    )
    if settings.redact_key:  # the operator's messages keep the path; the output does not
        record = Redactor(settings.redact_key.encode()).record(record)
    if settings.stream == "jsonl":
        # Compact JSON, UTF-8 as it is, written by pydantic's Rust serialiser: twice as
        # fast as the json module, which formats every float through a Python call.
        text = json_text(to_json(public_record(record)).decode()) + "\n"
    elif settings.stream == "csv":
        text = "".join(csv_line(row) for row in csv_rows(record))
    else:
        text = ""
    scores = tuple(r["score"] for r in record["results"])
    internal = bool(error and error.get("internal"))
    unwritten = bool(error and error.get("output"))
    return Outcome(
        text, message, scores, record if settings.need_records else None, internal, unwritten
    )


def public_record(record: Record) -> Record:
    """A record as JSONL and JSON print it: without the per-person levels and gap lists.

    Those feed the cohort summary (common gaps, heat map); a record keeps to what a
    script needs per profile, and stays small enough to stream fast.
    """
    if "levels" not in record and not any("gaps" in r for r in record["results"]):
        return record  # already public, as streaming records are: no copy
    results = [{k: v for k, v in r.items() if k != "gaps"} for r in record["results"]]
    return {**{k: v for k, v in record.items() if k != "levels"}, "results": results}


def csv_line(row: Sequence[str]) -> str:
    """One CSV line, quoted as needed; a cell a spreadsheet would run as a formula is text."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def _chunk(items: Sequence[Job]) -> list[Outcome]:
    settings: Settings = _STATE["settings"]
    return [_outcome(_one(path, report), settings) for path, report in items]


def run(
    jobs: Iterable[Job],
    settings: Settings,
    workers: int,
    on_chunk: Callable[[list[Outcome]], None],
) -> None:
    """Score every (path, report) job; ``on_chunk`` gets outcomes in input order, chunk by chunk."""
    chunks = _chunks(jobs)
    if workers <= 1:
        _prepare(settings)
        for chunk in chunks:
            on_chunk(_chunk(chunk))
        return
    pool = _Pool(settings, workers)
    # Chunks sent and not yet given back, oldest first. A bounded window keeps memory flat
    # however many profiles there are.
    window: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()
    try:
        for chunk in chunks:
            window.append((chunk, pool.submit(chunk)))
            while len(window) >= workers * 3:
                on_chunk(pool.result(window))
        while window:
            on_chunk(pool.result(window))
    except BaseException:
        pool.stop()  # stopped (a signal, Ctrl-C, a closed pipe, an error): soon, not later
        raise
    finally:
        pool.shutdown()


def _start_method() -> str:
    """The process start method, chosen here rather than left to the platform's default.

    ``fork`` starts a worker in milliseconds, sharing the imported code, but it is safe
    only on Linux and only from a process with no other thread (a lock held by another
    thread at the fork stays locked in the child for ever); the command line is such a
    process. Elsewhere, or for a library caller running threads, ``forkserver`` forks
    workers from a clean one-thread server; ``spawn`` where there is nothing else (Windows).
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    if "forkserver" in multiprocessing.get_all_start_methods():
        return "forkserver"
    return "spawn"


class _Pool:
    """A process pool that outlives the death of a worker.

    A worker killed while scoring (out of memory, a signal, a crash in C) breaks the whole
    pool. Every chunk it had not given back is then scored again in a new pool, one file
    at a time, so that the file that kills a worker is found: its record says so, and the
    run goes on.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.pool = self._new()
        self.deaths_in_a_row = 0

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(_start_method()),
            initializer=_worker_init,
            initargs=(self.settings,),
        )

    def submit(self, chunk: list[Job]) -> Future[list[Outcome]]:
        return self.pool.submit(_chunk, chunk)

    def result(self, window: deque[tuple[list[Job], Future[list[Outcome]]]]) -> list[Outcome]:
        """The oldest chunk's outcomes; after a worker's death, every waiting chunk's again."""
        chunk, future = window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self._replace()
        outcomes = [self._alone(job) for job in chunk]
        waiting = list(window)
        window.clear()
        for other, done in waiting:
            finished = done.done() and done.exception() is None
            # Chunks the dead pool had finished keep their outcomes; the rest start again.
            window.append((other, done if finished else self.submit(other)))
        return outcomes

    def _alone(self, job: Job) -> Outcome:
        """One file scored by itself, so that a worker's death names the file."""
        try:
            (outcome,) = self.submit([job]).result()
        except BrokenProcessPool:
            self.deaths_in_a_row += 1
            if self.deaths_in_a_row >= MAX_DEATHS_IN_A_ROW:
                raise  # every worker dies, whatever the file: stop, as an internal error
            self._replace()
            record = _internal_record(
                job[0],
                "the worker process died while scoring this file",
                f"skillgap or the machine failed here; please report it at {REPORT_BUG}",
            )
            return _outcome(record, self.settings)
        self.deaths_in_a_row = 0
        return outcome

    def _replace(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()

    def stop(self) -> None:
        """Stop soon: no chunk starts any more, the ones being scored finish, workers exit.

        Killing a worker outright could cut the result it is sending in half, leaving the
        executor waiting for the rest for ever; so each gets :data:`STOP_GRACE` seconds to
        finish its chunk (a fraction of a second, normally), and only one that is stuck
        is killed.
        """
        # The executor has no public handle on its workers before Python 3.14
        # (terminate_workers()); its process table is the one there is.
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + STOP_GRACE
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _chunks(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- the cohort ----------------------------------------------------------------------------


@dataclass
class RoleCohort:
    """Running counts for one role across the cohort."""

    assessed: int = 0
    readiness: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BUCKETS)
    blockers: Counter[str] = field(default_factory=Counter)
    gaps: Counter[str] = field(default_factory=Counter)
    score_sum: float = 0.0


@dataclass
class Cohort:
    """What a mentor wants from a batch: readiness per role, scores, common gaps."""

    profiles: int = 0
    invalid: int = 0  # broken files, files skillgap failed on, reports not written
    internal: int = 0
    unwritten: int = 0  # files whose report could not be written
    below: int = 0
    roles: dict[str, RoleCohort] = field(default_factory=dict)
    people: dict[str, list[tuple[str, str, dict[str, int]]]] = field(default_factory=dict)
    persons: list[Record] = field(default_factory=list)  # one row per person (human formats)
    broken: list[Record] = field(default_factory=list)  # the invalid files (human formats)
    records: list[Record] = field(default_factory=list)

    def count(self, outcome: Outcome, fail_under: float | None) -> None:
        """Count one profile in: invalid, below the threshold, and its details if sent."""
        self.profiles += 1
        if outcome.error is not None:
            self.invalid += 1
            self.internal += outcome.internal
            self.unwritten += outcome.unwritten
        elif fail_under is not None:
            self.below += sum(score < fail_under for score in outcome.scores)
        if outcome.record is not None and outcome.error is None:
            self._add(outcome.record)
        elif outcome.record is not None:
            error = outcome.record["error"]
            self.broken.append(
                {
                    "file": outcome.record["file"],
                    "line": error["line"],
                    "column": error["column"],
                    "message": error["message"],
                }
            )

    def _add(self, record: Record) -> None:
        for entry in record["results"]:
            cohort = self.roles.setdefault(entry["role"], RoleCohort())
            cohort.assessed += 1
            cohort.readiness[entry["readiness"]] += 1
            bucket = min(HISTOGRAM_BUCKETS - 1, int(entry["score"] // 10))
            cohort.histogram[bucket] += 1
            cohort.blockers.update(entry["blockers"])
            cohort.gaps.update(entry.get("gaps", ()))
            cohort.score_sum += entry["score"]
        if "levels" in record:
            for entry in record["results"]:
                shown = self.people.setdefault(entry["role"], [])
                if len(shown) < HEATMAP_PEOPLE:
                    shown.append((record["file"], record["name"], record["levels"]))
            self.persons.append(
                {
                    "file": record["file"],
                    "name": record["name"],
                    "report": record.get("report"),
                    "results": [
                        {"role": e["role"], "score": e["score"], "readiness": e["readiness"]}
                        for e in record["results"]
                    ],
                }
            )

    def heatmap(self, catalog: CatalogIndex) -> dict[str, Any] | None:
        """Skills × people for the first role: each cell the level counted against the target."""
        maps = self.heatmaps(catalog)
        return maps[0] if maps else None

    def heatmaps(self, catalog: CatalogIndex) -> list[dict[str, Any]]:
        """One heat map per role: skills × the people assessed against it."""
        return [self._heatmap(catalog, r) for r in sorted(self.roles) if self.people.get(r)]

    def _heatmap(self, catalog: CatalogIndex, role_id: str) -> dict[str, Any]:
        role = catalog.role(role_id)
        columns = [
            (r.key, r.name or " / ".join(catalog.skill_name(m) for m in engine.skill_members(r)), r)
            for r in role.requirements.skills
        ]
        rows = []
        for file, name, levels in self.people[role_id]:
            cells = []
            for _, _, req in columns:
                have = max(min(levels.get(m, 0), req.level) for m in engine.skill_members(req))
                cells.append(
                    {
                        "have": have,
                        "need": req.level,
                        "ratio": round(have / req.level, 2) if req.level else 1.0,
                    }
                )
            rows.append({"file": file, "name": name, "cells": cells})
        return {
            "role": role.id,
            "role_name": role.name,
            "columns": [{"id": k, "name": n} for k, n, _ in columns],
            "rows": rows,
            "shown": len(rows),
            "total": self.roles[role_id].assessed,
        }

    def summary(self, catalog: CatalogIndex, top: int = 8) -> dict[str, Any]:
        """The cohort as plain data (the ``summary`` of JSON output)."""
        roles = {}
        for role_id in sorted(self.roles):
            c = self.roles[role_id]
            names = _requirement_names(catalog, role_id)
            roles[role_id] = {
                "name": catalog.role(role_id).name,
                "assessed": c.assessed,
                "ready": c.readiness["ready"],
                "nearly_ready": c.readiness["nearly_ready"],
                "not_ready": c.readiness["not_ready"],
                "mean_score": round(c.score_sum / c.assessed, 1) if c.assessed else 0.0,
                "histogram": [
                    {"from": 10 * i, "to": 10 * i + 10 if i < 9 else 100, "count": n}
                    for i, n in enumerate(c.histogram)
                ],
                "common_blockers": [
                    {"id": k, "name": names.get(k, k), "count": n} for k, n in _top(c.blockers, top)
                ],
                "common_gaps": [
                    {"id": k, "name": names.get(k, k), "count": n} for k, n in _top(c.gaps, top)
                ],
            }
        return {
            "profiles": self.profiles,
            "invalid": self.invalid,
            "below_fail_under": self.below,
            "roles": roles,
        }


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _requirement_names(catalog: CatalogIndex, role_id: str) -> dict[str, str]:
    from skillgap.api import role_view

    return {r.id: r.name for r in role_view(catalog, role_id).requirements}


CSV_HEADER: Final = (
    "file",
    "name",
    "role",
    "score",
    "readiness",
    "blockers",
    *CATEGORIES,
    "warnings",
    "error_line",
    "error_column",
    "error",
)


def csv_rows(record: Record) -> Iterator[list[str]]:
    """A record as CSV rows: one per role, or one for a broken file."""
    error = record["error"]
    if error is not None:
        yield [
            record["file"],
            "",
            "",
            "",
            "",
            "",
            *([""] * len(CATEGORIES)),
            "",
            str(error["line"]),
            str(error["column"]),
            error["message"],
        ]
        return
    for entry in record["results"]:
        cats = entry["categories"]
        yield [
            record["file"],
            record["name"],
            entry["role"],
            f"{entry['score']:g}",
            entry["readiness"],
            ";".join(entry["blockers"]),
            *(f"{cats[c]:g}" if c in cats else "" for c in CATEGORIES),
            "; ".join(record["warnings"]),
            "",
            "",
            "",
        ]


# --- one run, end to end -------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """A batch run as the command line asks for it."""

    patterns: tuple[str, ...]
    catalog: str | None
    roles: tuple[str, ...] | None
    fmt: str = "jsonl"
    report_dir: Path | None = None
    start_date: str | None = None
    as_of: str | None = None
    redact_key: str | None = None
    workers: int = 1
    fail_under: float | None = None
    output: Path | None = None  # never one of the profiles


def execute(
    options: Options,
    *,
    write: Callable[[str], None],
    on_error: Callable[[str], None],
    progress: Callable[[int, int | None], None] | None = None,
) -> Cohort:
    """Discover, score and stream: JSONL and CSV are written as chunks finish, in input order.

    ``progress(done, total)`` is called as chunks finish; with it, the files are listed
    before the run so that the total is known.

    Broken files are reported through ``on_error`` and in their own record; the run goes
    on. JSON and the human formats are written by the caller from the returned cohort.
    """
    import itertools

    human = options.fmt in ("table", "markdown", "html")
    report_fmt = "html" if options.fmt == "html" else "markdown"
    stream = options.fmt if options.fmt in ("jsonl", "csv") else None
    settings = Settings(
        catalog=options.catalog,
        roles=options.roles,
        keep_levels=human,
        report_format=report_fmt if options.report_dir else None,
        start_date=options.start_date,
        as_of=options.as_of,
        stream=stream,
        redact_key=options.redact_key,
    )
    redactor = Redactor(options.redact_key.encode()) if options.redact_key else None
    files = discover_labelled(options.patterns)
    first = next(files)  # a pattern that matches nothing fails here, before any output
    total = None
    if progress is not None:  # a person is watching: list the files to say how many there are
        listed = [first, *files]
        total = len(listed)
        files = iter(listed[1:])
        progress(0, total)
    names = None
    if options.report_dir is not None:
        prepare_folder(options.report_dir, "--report-dir")  # exit 4 before any scoring
        names = ReportNames(options.report_dir, ".html" if report_fmt == "html" else ".md")
        # Files found in folders end in .yaml/.yml and can never be a report's name; a file
        # named on the command line could be anything, so it is protected from the start.
        for pattern in options.patterns:
            if os.path.isfile(pattern):
                names.add_input(pattern)
    output = file_identity(options.output) if options.output is not None else None

    def jobs() -> Iterator[tuple[str, str | None]]:
        for path, label in itertools.chain([first], files):
            if output is not None and file_identity(path) == output:
                raise UsageError(
                    f"--output '{options.output}' is the input file '{path}'; "
                    "writing it would lose the input",
                    "choose another file",
                )
            if names is None:
                yield path, None
            else:
                names.add_input(path)
                # Under --redact, a report's name must not tell whose it is.
                named = redactor.file(path) if redactor is not None else label
                yield path, str(names.name_for(named))

    cohort = Cohort()
    if stream == "csv":
        write(csv_line(CSV_HEADER))

    def on_chunk(outcomes: list[Outcome]) -> None:
        write("".join(o.text for o in outcomes))
        for outcome in outcomes:
            cohort.count(outcome, options.fail_under)
            if outcome.error is not None:
                on_error(outcome.error)
            if options.fmt == "json" and outcome.record is not None:
                cohort.records.append(public_record(outcome.record))
        if progress is not None:
            progress(cohort.profiles, total)

    run(jobs(), settings, options.workers, on_chunk)
    return cohort


def json_document(cohort: Cohort, catalog: CatalogIndex, *, as_of: dt.date | None = None) -> str:
    """``--format json``: the cohort summary and every record, in one document."""
    import json

    head: Record = {"schema_version": SCHEMA_VERSION}
    if as_of is not None:
        head["as_of"] = as_of.isoformat()
    info = engine.catalog_info(catalog)
    if info is not None:
        head["catalog"] = info.model_dump(mode="json")
    return json_text(
        json.dumps(
            {
                **head,
                "summary": cohort.summary(catalog),
                "records": cohort.records,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
