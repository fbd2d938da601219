"""A batch run end to end: options in, records streamed out, the cohort and the exit code back.

The stages live beside this module: :mod:`~skillgap.inputs.discovery` finds the files,
:mod:`.records` scores one profile into its record, :mod:`.pool` spreads the files over
worker processes, :mod:`.reports` names and writes ``--report-dir`` reports, and
:mod:`.cohort` counts the cohort. This module wires them: which roles, what each worker
is told, and which exit code the run ends with.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from skillgap.batch import pool
from skillgap.batch.cohort import Cohort
from skillgap.batch.records import (
    Outcome,
    Record,
    csv_header,
    csv_line,
    error_record,
    internal_record,
    outcome,
    output_record,
    personal_in,
    public_record,
    read_text,
    review_path,
    score_text,
)
from skillgap.batch.reports import ReportNames, write_report
from skillgap.catalog import levels as seniority
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import read_catalog
from skillgap.clock import today
from skillgap.errors import REPORT_BUG, ExitCode, InputError, OutputError, UsageError
from skillgap.inputs.discovery import discover_labelled
from skillgap.output import file_identity, prepare_folder
from skillgap.plan import PlanOptions
from skillgap.renderers.redact import Redactor
from skillgap.scoring.standing import pick_role
from skillgap.untrusted import path_text

Job = tuple[str, str | None]  # a profile's path, and its report's path with --report-dir


def choose_roles(
    catalog: CatalogIndex, role: str | None, all_roles: bool
) -> tuple[str, ...] | None:
    """The roles every profile is scored against; None: each profile's own ``target_role``.

    ``--role`` and ``--all-roles`` exclude each other (exit 2), as does a role the
    catalog does not have.
    """
    if role and all_roles:
        raise UsageError("--role and --all-roles exclude each other", "give one of them")
    if all_roles:
        return tuple(sorted(catalog.roles))
    return (pick_role(catalog, role),) if role else None


def choose_levels(
    catalog: CatalogIndex, level: str | None, all_levels: bool, *, streamed: bool
) -> tuple[str, ...] | None:
    """The levels every role is scored at; None: the roles as written (no level column).

    ``--level`` and ``--all-levels`` exclude each other (exit 2), as does a level the
    catalog does not describe; ``--all-levels`` is for the record formats (jsonl, csv):
    the cohort views summarise one level.
    """
    if level and all_levels:
        raise UsageError("--level and --all-levels exclude each other", "give one of them")
    if all_levels:
        if not streamed:
            raise UsageError(
                "--all-levels writes records (--format jsonl or csv)",
                "the cohort views summarise one level: use --level LEVEL",
            )
        return seniority.levels_of(catalog)
    return (seniority.check_level(catalog, level),) if level else None


def exit_code(cohort: Cohort) -> ExitCode:
    """The run's exit code, the worst outcome first (README's table).

    A bug (70), a report not written (4), a broken file (3), a score below
    ``--fail-under`` (1), else 0.
    """
    if cohort.internal:
        return ExitCode.INTERNAL
    if cohort.unwritten:
        return ExitCode.OUTPUT
    if cohort.invalid:
        return ExitCode.INVALID_INPUT
    return ExitCode.BELOW_THRESHOLD if cohort.below else ExitCode.OK


# --- what each worker is told, and does ------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What every worker needs to know, sent once per worker."""

    catalog: str | None
    roles: tuple[str, ...] | None  # None: each profile's target_role, else ml-engineer
    start_date: str  # the plan's first day (execute() fills it in: no worker reads the clock)
    as_of: str  # the day profiles are judged at
    keep_levels: bool = False
    report_format: str | None = None
    stream: str | None = None  # "jsonl" or "csv": workers write the output text themselves
    redactor: Redactor | None = None  # with --redact: the run's one redactor (its key)
    levels: tuple[str, ...] | None = None  # with --level or --all-levels: the levels scored
    review_dir: str | None = None  # where NAME.review.yaml is looked for (else beside NAME.yaml)

    @property
    def as_of_date(self) -> dt.date:
        """The day profiles are judged at: certifications expire against it."""
        return dt.date.fromisoformat(self.as_of)

    @property
    def need_records(self) -> bool:
        """Whether the parent needs whole records (JSON and the human formats do)."""
        return self.stream is None


# A worker's (or, with one worker, this process's) settings, catalog and redactor.
_STATE: dict[str, Any] = {}
# The catalog the run's caller read, by its path: a worker forked from the caller inherits it
# rather than reading it again (one read a run, not one per process). A worker started
# by forkserver or spawn finds this empty and reads the catalog itself.
#: Lines of names not understood a run says on stderr (five a file), before a count.
NOTICES_SHOWN: Final = 50

_READ: dict[str | None, CatalogIndex] = {}


def _prepare(settings: Settings) -> None:
    _STATE["settings"] = settings
    _STATE["as_of"] = settings.as_of_date
    catalog = _READ.get(settings.catalog)
    if catalog is None:
        catalog = read_catalog(Path(settings.catalog) if settings.catalog else None)
    _STATE["catalog"] = catalog


def _one(path: str, report: str | None) -> tuple[Record, str | None]:
    """A file's record, and its text (None when it cannot be read as text)."""
    text = read_text(path)
    if not isinstance(text, str):
        return text, None  # the file cannot be read as text: its error record
    return _scored(text, path_text(path), report), text


def _scored(text: str, path: str, report: str | None) -> Record:
    settings: Settings = _STATE["settings"]
    catalog: CatalogIndex = _STATE["catalog"]
    try:
        record = _levelled(text, path, catalog, settings)
        if report is not None and record["error"] is None:
            # A report that cannot be made or written is this file's failure, not the run's.
            try:
                _report(text, path, report, catalog, settings)
            except InputError as exc:  # e.g. a plan that cannot be dated
                return error_record(path, exc.problems)
            except OutputError as exc:
                return output_record(path, str(exc))
            record["report"] = report
    except Exception as exc:  # noqa: BLE001  # a bug must not stop the run: report it, go on
        record = internal_record(
            path,
            f"internal error while scoring this file: {type(exc).__name__}: {exc}",
            f"this is a bug in skillgap; {REPORT_BUG} (and the file, if you can share it)",
        )
    return record


def _levelled(text: str, path: str, catalog: CatalogIndex, settings: Settings) -> Record:
    """The file's record: each role's result, once per level asked for (tagged with it)."""
    records = [
        score_text(
            text,
            path,
            seniority.at_level(catalog, seniority.check_level(catalog, level))
            if level
            else catalog,
            settings.roles,
            keep_levels=settings.keep_levels,
            gaps=settings.need_records,
            as_of=_STATE["as_of"],
            review=review_path(path, settings.review_dir),
        )
        for level in settings.levels or (None,)
    ]
    record = records[0]
    if settings.levels and record["error"] is None:
        record["results"] = [
            {**entry, "level": level}
            for level, one in zip(settings.levels, records, strict=True)
            for entry in one["results"]
        ]
    return record


def _report(text: str, path: str, report: str, catalog: CatalogIndex, settings: Settings) -> None:
    from skillgap.renderers import OutputFormat

    start = dt.date.fromisoformat(settings.start_date)
    write_report(
        text,
        path,
        Path(report),
        catalog=seniority.at_level(catalog, seniority.check_level(catalog, settings.levels[0]))
        if settings.levels
        else catalog,
        role=settings.roles[0] if settings.roles else None,
        plan=PlanOptions(start),
        as_of=settings.as_of_date,
        fmt=OutputFormat(settings.report_format or "markdown"),
        redactor=settings.redactor,
        review=review_path(path, settings.review_dir),
    )


def _settled(record: Record, text: str | None) -> Outcome:
    settings: Settings = _STATE["settings"]
    personal = (
        personal_in(text, record["file"], _STATE["catalog"])
        if settings.redactor is not None and text is not None
        else None
    )
    return outcome(
        record,
        settings.stream,
        settings.redactor,
        keep=settings.need_records,
        personal=personal,
        levelled=settings.levels is not None,
    )


def _chunk(items: Sequence[Job]) -> list[Outcome]:
    return [_settled(*_one(path, report)) for path, report in items]


def _dead(settings: Settings, job: Job) -> Outcome:
    """The outcome of a job whose worker died: made in the caller's process, from ``settings``.

    The caller never ran :func:`_prepare` (only its workers did), so nothing here may come
    from the worker's state.
    """
    record = internal_record(
        job[0],
        "the worker process died while scoring this file",
        f"skillgap or the machine failed here; {REPORT_BUG}",
    )
    return outcome(
        record,
        settings.stream,
        settings.redactor,
        keep=settings.need_records,
        levelled=settings.levels is not None,
    )


# --- one run, end to end -------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """A batch run as the command line asks for it."""

    patterns: tuple[str, ...]
    catalog: str | None
    roles: tuple[str, ...] | None  # see choose_roles()
    fmt: str = "jsonl"
    report_dir: Path | None = None
    start_date: str | None = None
    as_of: str | None = None
    redactor: Redactor | None = None  # with --redact
    workers: int = 1
    fail_under: float | None = None
    output: Path | None = None  # never one of the profiles
    #: ``--level`` (one level) or ``--all-levels`` (each level the catalog describes).
    levels: tuple[str, ...] | None = None
    #: Where each profile's ``NAME.review.yaml`` is (default: beside the profile).
    review_dir: str | None = None
    #: The catalog at ``catalog``, if the caller has read it already: not read again.
    index: CatalogIndex | None = None


def _report_names(options: Options, report_fmt: str) -> ReportNames | None:
    """The names of ``--report-dir`` reports, kept off every name already taken."""
    if options.report_dir is None:
        return None
    prepare_folder(options.report_dir, "--report-dir")  # exit 4 before any scoring
    names = ReportNames(options.report_dir, ".html" if report_fmt == "html" else ".md")
    if options.output is not None:  # the cohort page's own name (index.html) is taken
        names.add_input(options.output)
    # Files found in folders end in .yaml/.yml and can never be a report's name; a file
    # named on the command line could be anything, so it is protected from the start.
    for pattern in options.patterns:
        if os.path.isfile(pattern):
            names.add_input(pattern)
    return names


def _pooled(
    options: Options,
    settings: Settings,
    jobs: Iterator[Job],
    on_chunk: Callable[[list[Outcome]], None],
) -> None:
    """The jobs through the pool, with the caller's catalog handed down to the workers."""
    if options.index is not None:
        _READ[options.catalog] = options.index
    # What this process holds now (the catalog above all) lives until the run ends: frozen,
    # the collector passes over it neither here nor in a worker forked from here. Thawed
    # after the run, unless the caller had frozen it already.
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        pool.run(
            jobs,
            workers=options.workers,
            prepare=_prepare,
            setup=settings,
            work=_chunk,
            dead=functools.partial(_dead, settings),
            on_chunk=on_chunk,
        )
    finally:
        # With one worker the run was prepared in this process: leave nothing of it behind
        # (a later run, or a worker forked for it, must not see this run's settings).
        _STATE.clear()
        _READ.clear()
        if thaw:
            gc.unfreeze()


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
    on. JSON and the human formats are written by the caller from the returned cohort;
    :func:`exit_code` gives the run's exit code.
    """
    human = options.fmt in ("table", "markdown", "html")
    report_fmt = "html" if options.fmt == "html" else "markdown"
    stream = options.fmt if options.fmt in ("jsonl", "csv") else None
    # The run's days, once: --start-date (default today) and --as-of (default the start).
    start = options.start_date or today().isoformat()
    settings = Settings(
        catalog=options.catalog,
        roles=options.roles,
        keep_levels=human,
        report_format=report_fmt if options.report_dir else None,
        start_date=start,
        as_of=options.as_of or start,
        stream=stream,
        redactor=options.redactor,
        levels=options.levels,
        review_dir=options.review_dir,
    )
    redactor = options.redactor
    files = discover_labelled(options.patterns)
    first = next(files)  # a pattern that matches nothing fails here, before any output
    total = None
    if progress is not None:  # a person is watching: list the files to say how many there are
        listed = [first, *files]
        total = len(listed)
        files = iter(listed[1:])
        progress(0, total)
    names = _report_names(options, report_fmt)
    output = file_identity(options.output) if options.output is not None else None

    def jobs() -> Iterator[Job]:
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
        write(csv_line(csv_header(levelled=options.levels is not None)))

    told = [0]  # lines of names not understood said on stderr, then counted

    def on_chunk(outcomes: list[Outcome]) -> None:
        write("".join(o.text for o in outcomes))
        for done in outcomes:
            cohort.count(done, options.fail_under)
            if done.error is not None:
                on_error(done.error)
            if human:  # a person reads the summary; records keep them in their warnings
                for line in done.notices:
                    told[0] += 1
                    if told[0] <= NOTICES_SHOWN:
                        on_error(line)
            if options.fmt == "json" and done.record is not None:
                cohort.records.append(public_record(done.record))
        if progress is not None:
            progress(cohort.profiles, total)

    _pooled(options, settings, jobs(), on_chunk)
    if told[0] > NOTICES_SHOWN:
        on_error(
            f"skillgap: and {told[0] - NOTICES_SHOWN} more line(s) of names not understood "
            "(each record's warnings list them)"
        )
    return cohort
