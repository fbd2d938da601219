"""``batch``: a folder of profiles, one record per profile, streamed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from skillgap.cli.emit import color, width
from skillgap.cli.options import (
    AsOfOpt,
    CatalogOpt,
    Debug,
    RedactKeyOpt,
    RedactOpt,
    RoleOpt,
    StartOpt,
    Version,
    fail_under_option,
    format_option,
    output_option,
    whole,
)
from skillgap.cli.running import err, run
from skillgap.clock import today
from skillgap.renderers import BatchFormat

commands = typer.Typer()


@commands.command()
def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Profiles, folders of profiles (searched recursively) or globs.",
            show_default=False,
        ),
    ],
    role: RoleOpt = None,
    all_roles: Annotated[
        bool, typer.Option("--all-roles", help="Assess every profile against every role.")
    ] = False,
    level: Annotated[
        str | None,
        typer.Option(
            "--level",
            "-l",
            metavar="junior|mid|senior",
            help="Every role at this level (default: as written, mid).",
        ),
    ] = None,
    all_levels: Annotated[
        bool,
        typer.Option(
            "--all-levels", help="Every role at every level (jsonl and csv): a level column."
        ),
    ] = False,
    catalog: CatalogOpt = None,
    fmt: Annotated[BatchFormat | None, format_option(BatchFormat)] = None,
    output: Annotated[
        Path | None,
        output_option(
            "Write the records or the summary here (default: stdout); .jsonl, .csv, "
            ".json, .md or .html picks the format."
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            parser=whole(1, 256),
            help="Worker processes (default: the number of CPUs).",
        ),
    ] = None,
    fail_under: Annotated[
        float | None, fail_under_option("Exit 1 when any score is below SCORE.")
    ] = None,
    report_dir: Annotated[
        Path | None,
        typer.Option(
            "--report-dir",
            metavar="DIR",
            help="Also write one report per profile here (markdown, or html).",
        ),
    ] = None,
    review_dir: Annotated[
        Path | None,
        typer.Option(
            "--review-dir",
            metavar="DIR",
            help="Where mentors' reviews are: NAME.review.yaml for NAME.yaml (default: beside "
            "each profile).",
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="Start CSV with a UTF-8 byte order mark, so Excel shows accents (Inès) right.",
        ),
    ] = False,
    start_date: StartOpt = None,
    as_of: AsOfOpt = None,
    redact: RedactOpt = False,
    redact_key: RedactKeyOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Assess a folder of profiles: one record per profile, streamed; broken files never stop it."""

    def body() -> int:
        from skillgap.assessing.requests import Dates
        from skillgap.batch.session import BatchRequest, run_batch

        request = BatchRequest(
            tuple(paths),
            Dates(today(), start_date, as_of),
            role=role,
            all_roles=all_roles,
            level=level,
            all_levels=all_levels,
            catalog=catalog,
            fmt=fmt,
            output=output,
            jobs=jobs,
            fail_under=fail_under,
            report_dir=report_dir,
            review_dir=review_dir,
            bom=bom,
            redact=redact,
            redact_key=redact_key,
        )
        finished = run_batch(
            request, on_error=err, watch=_progress, color=color(output), width=width()
        )
        err(finished.summary)
        return finished.exit_code

    run(debug, body, grows=True)


class _Progress:
    """A count of profiles done out of the total on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("profiles"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,  # no refresh thread: workers fork from a one-thread process
        )
        self.task = self.bar.add_task("batch", total=None)
        self.bar.start()

    def update(self, done: int, total: int | None) -> None:
        self.bar.update(self.task, completed=done, total=total, refresh=True)

    def close(self) -> None:
        """Stop and clear the line (also on Ctrl-C), so what follows starts on a clean line."""
        self.bar.stop()


def _progress() -> _Progress | None:
    return _Progress() if sys.stderr.isatty() else None
