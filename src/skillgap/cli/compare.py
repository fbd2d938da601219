"""``compare``: progress between two assessments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from skillgap.cli.emit import color, not_understood, width, write
from skillgap.cli.options import (
    AsOfOpt,
    CatalogOpt,
    Debug,
    FormatOpt,
    HoursOpt,
    LevelOpt,
    OutputOpt,
    RedactKeyOpt,
    RedactOpt,
    ReviewOpt,
    RoleOpt,
    StartOpt,
    TrustLevel,
    TrustOpt,
    Version,
    force_option,
)
from skillgap.cli.running import err, run
from skillgap.clock import today
from skillgap.errors import ExitCode
from skillgap.renderers import OutputFormat, format_for
from skillgap.untrusted import safe_text

commands = typer.Typer()


@commands.command()
def compare(
    old: Annotated[
        Path,
        typer.Argument(
            metavar="OLD",
            help="The earlier profile, or a saved JSON result ('-': standard input).",
            show_default=False,
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(
            metavar="NEW",
            help="The later profile, or a saved JSON result ('-': standard input).",
            show_default=False,
        ),
    ],
    role: RoleOpt = None,
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    force: Annotated[
        bool,
        force_option(
            "Compare results for different roles, levels or catalogs; apply a --review made "
            "for another profile."
        ),
    ] = False,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    as_of: AsOfOpt = None,
    redact: RedactOpt = False,
    redact_key: RedactKeyOpt = None,
    trust: TrustOpt = TrustLevel.CLAIMED,
    review: ReviewOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Progress between two assessments: score and category changes, gaps closed, movers."""

    def body() -> int:
        from skillgap.assessing.requests import CompareRequest, Dates, compared
        from skillgap.renderers import render_comparison

        request = CompareRequest(
            old,
            new,
            Dates(today(), start_date, as_of),
            catalog=catalog,
            role=role,
            hours_per_week=hours_per_week,
            force=force,
            review=review,
            trust=trust.value,
            redact=redact,
            redact_key=redact_key,
            level=level,
        )
        answer = compared(request)
        for warning in answer.report.warnings:
            err(f"skillgap: warning: {safe_text(warning)}")
        chosen = format_for(OutputFormat, fmt, output)
        text = render_comparison(answer.report, chosen, color=color(output), width=width())
        write(text, output, answer.inputs)
        not_understood(answer.unknown, chosen is OutputFormat.TERMINAL)
        return ExitCode.OK

    if redact:  # the redaction module is imported only when it is asked for
        from skillgap.assessing.redaction import redacting

        body = redacting(redact, body, catalog, old=old, new=new, review=review)
    run(debug, body)
