"""``validate``: check profiles and catalogs, every problem in every file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from skillgap.cli.emit import write
from skillgap.cli.options import CatalogOpt, Debug, Version, date_option, format_option
from skillgap.cli.running import err, run
from skillgap.clock import today
from skillgap.errors import ExitCode
from skillgap.renderers import ValidateFormat, format_for

commands = typer.Typer()


@commands.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Profile and catalog files, or folders of them ('-': a profile on standard "
            "input).",
            show_default=False,
        ),
    ],
    catalog: CatalogOpt = None,
    fmt: Annotated[ValidateFormat | None, format_option(ValidateFormat, output=False)] = None,
    as_of: Annotated[
        str | None,
        date_option(
            "--as-of",
            "The day profiles are checked at: dates after it are errors (default: today).",
        ),
    ] = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Check profiles and catalogs; report every problem in every file (exit 3 if any)."""

    def body() -> int:
        from skillgap.assessing.requests import Dates, validated
        from skillgap.renderers import render_validation

        report = validated(paths, catalog, Dates(today(), as_of=as_of))
        chosen = format_for(ValidateFormat, fmt, None)
        write(render_validation(report.files, report.errors, report.problems, chosen), None)
        warnings = len(report.problems) - report.errors
        err(
            f"skillgap: checked {report.files} file(s): {report.errors} error(s), "
            f"{warnings} warning(s)"
        )
        return ExitCode.INVALID_INPUT if report.errors else ExitCode.OK

    run(debug, body, grows=True)
