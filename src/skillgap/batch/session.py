"""A batch run as the command line asks for it: checked, streamed to its output, summed up.

:func:`run_batch` answers a :class:`BatchRequest`: the catalog and roles, the format, the
output (a file that appears whole, or stdout as records arrive), the run itself
(:mod:`.run`), the cohort page or JSON document after the records, and the run's summary
line and exit code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from skillgap.assessing.load import load_catalog
from skillgap.assessing.redaction import redactor
from skillgap.assessing.requests import Dates
from skillgap.assessing.sources import Inputs, need_path
from skillgap.batch import run as batching
from skillgap.batch.cohort import Cohort
from skillgap.errors import REPORT_BUG, ExitCode, UsageError
from skillgap.output import AtomicFile, refuse_inputs, write_stdout
from skillgap.renderers import BatchFormat, format_for


class Progress(Protocol):
    """Someone watching the run: told how many profiles are done, out of how many."""

    def update(self, done: int, total: int | None) -> None:
        """``done`` profiles of ``total`` (None while the files are still being found)."""

    def close(self) -> None:
        """The run is over (or stopped)."""


@dataclass(frozen=True)
class BatchRequest:
    """``batch``: the profiles to assess, against which roles, and where the records go."""

    paths: tuple[str, ...]
    dates: Dates
    role: str | None = None
    all_roles: bool = False
    level: str | None = None
    all_levels: bool = False
    catalog: Path | None = None
    fmt: BatchFormat | None = None
    output: Path | None = None
    jobs: int | None = None
    fail_under: float | None = None
    report_dir: Path | None = None
    review_dir: Path | None = None
    bom: bool = False
    redact: bool = False
    redact_key: str | None = None


@dataclass(frozen=True)
class Finished:
    """A run done: its cohort, the line that sums it up, and its exit code."""

    cohort: Cohort
    summary: str
    exit_code: ExitCode


def run_batch(
    request: BatchRequest,
    *,
    on_error: Callable[[str], None],
    watch: Callable[[], Progress | None],
    color: bool = False,
    width: int = 100,
) -> Finished:
    """Check the request, run it, write the records and the cohort; ``on_error`` per bad file.

    ``watch`` gives what is told the progress (or None), once the run starts; ``color``
    and ``width`` are for the cohort page of ``--format table``.
    """
    r = request
    if "-" in r.paths and not os.path.lexists("-"):
        raise UsageError(
            "batch reads profiles from files and folders, not from standard input ('-')",
            "for one profile on standard input use 'skillgap assess -'; else save it to a file",
        )
    if r.catalog is not None:
        need_path(r.catalog, "catalog")
    if r.review_dir is not None and not r.review_dir.is_dir():
        raise UsageError(f"--review-dir '{r.review_dir}' is not a folder", "check the path")
    start = r.dates.start()  # refuse a bad date before any work
    day = r.dates.judged_at()
    index = load_catalog(r.catalog)
    roles = batching.choose_roles(index, r.role, r.all_roles)
    chosen = format_for(BatchFormat, r.fmt, r.output)
    levels = batching.choose_levels(
        index, r.level, r.all_levels, streamed=chosen in (BatchFormat.JSONL, BatchFormat.CSV)
    )
    if levels is not None and len(levels) > 1 and r.report_dir is not None:
        raise UsageError("--report-dir writes one report a profile", "use --level LEVEL")
    if r.bom and chosen is not BatchFormat.CSV:
        raise UsageError("--bom is for CSV output", "add --format csv, or drop --bom")
    if r.output is not None:
        refuse_inputs(r.output, Inputs(catalog=r.catalog))  # each profile: as it is found
    options = batching.Options(
        patterns=r.paths,
        catalog=str(r.catalog) if r.catalog else None,
        roles=roles,
        start_date=start.isoformat(),  # resolved here: no worker reads the clock
        as_of=day.isoformat(),
        fmt=chosen.value,
        report_dir=r.report_dir,
        redactor=redactor(r.redact, r.redact_key),
        workers=r.jobs or os.cpu_count() or 1,
        fail_under=r.fail_under,
        output=r.output,
        levels=levels,
        review_dir=str(r.review_dir) if r.review_dir is not None else None,
        index=index,
    )
    # The output file is written under a temporary name and replaces the old one only
    # once the run is complete: a run that fails or is stopped leaves it as it was.
    with _Sink(r.output) as sink:
        first = ["\ufeff"] if r.bom else []  # the BOM goes before the header, once

        def write(text: str) -> None:
            sink.write((first.pop() if first else "") + text)

        progress = watch()
        try:
            cohort = batching.execute(
                options,
                write=write,
                on_error=on_error,
                progress=progress.update if progress is not None else None,
            )
        finally:
            if progress is not None:
                progress.close()
        from skillgap.batch.cohort import json_chunks
        from skillgap.batch.reports import report_links
        from skillgap.batch.spool import in_blocks
        from skillgap.renderers import cohort_renderer

        # JSON and HTML list every record after the summary: written a piece at a time,
        # from the spool the records waited in, never whole in memory.
        render = cohort_renderer(chosen)
        pieces: Iterable[str] = ()
        if chosen is BatchFormat.HTML:  # a row per person and heat maps: the page in pieces
            from skillgap.renderers.html import cohort_chunks

            persons = report_links(cohort.persons, r.output, r.report_dir)
            pieces = cohort_chunks(cohort.page(index, persons))
        elif render is not None:
            page = cohort.page(index, heatmaps=False)
            pieces = [render.render_cohort(page, color=color, width=width)]
        elif chosen is BatchFormat.JSON:
            pieces = json_chunks(cohort, index, as_of=day)
        for block in in_blocks(pieces):
            sink.write(block)
        cohort.close()
        sink.commit()
    return Finished(cohort, summary(cohort, r.fail_under), batching.exit_code(cohort))


def summary(cohort: Cohort, fail_under: float | None) -> str:
    """The run in one line: profiles, invalid ones, scores below the bar, what failed."""
    return (
        f"skillgap: {cohort.profiles} profile(s), {cohort.invalid} invalid"
        + (
            f", {cohort.below} score(s) below --fail-under {fail_under:g}"
            if fail_under is not None
            else ""
        )
        + (f"; {cohort.unwritten} report(s) not written" if cohort.unwritten else "")
        + (
            f"; {cohort.internal} internal error(s), bugs in skillgap: {REPORT_BUG}"
            if cohort.internal
            else ""
        )
    )


class _Sink:
    """Where batch output goes: stdout as records arrive, or a file that appears whole."""

    def __init__(self, output: Path | None) -> None:
        self.file = AtomicFile(output) if output is not None else None

    def write(self, text: str) -> None:
        if self.file is None:
            write_stdout(text)
        else:
            self.file.write(text)

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.file is not None:
            self.file.discard()  # after commit() there is nothing left to discard
