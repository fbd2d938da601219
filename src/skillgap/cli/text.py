"""``extract``, ``posting`` and ``postings``: free text in, postings and CVs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from skillgap.cli.emit import color, width, write
from skillgap.cli.options import (
    AsOfOpt,
    CatalogOpt,
    Debug,
    ListFormatOpt,
    OverwriteOpt,
    Version,
)
from skillgap.cli.running import err, run
from skillgap.clock import today
from skillgap.errors import ExitCode
from skillgap.renderers import ListFormat

commands = typer.Typer()

TextArg = Annotated[
    Path,
    typer.Argument(
        metavar="FILE",
        help="A posting or CV: .txt, .md, .pdf or .docx (- for stdin).",
        show_default=False,
    ),
]


@commands.command()
def extract(
    file: TextArg,
    catalog: CatalogOpt = None,
    fmt: ListFormatOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The skills free text names: catalog id and name, words, line:column, sentence."""

    def body() -> int:
        from skillgap.assessing.requests import extracted

        report = extracted(file, catalog)
        if fmt is ListFormat.JSON:
            from skillgap.renderers.json import render_model

            text = render_model(report)
        else:
            from skillgap.renderers.screens import render_extract

            text = render_extract(report, color=color(None), width=width())
        write(text, None)
        return ExitCode.OK

    run(debug, body)


@commands.command()
def posting(
    file: TextArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the role here (default: stdout)."
        ),
    ] = None,
    force: OverwriteOpt = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """A draft catalog role from a job posting, each requirement citing its sentence."""

    def body() -> int:
        from skillgap.assessing.requests import posting_drafted

        answer = posting_drafted(file, catalog, output, force=force)
        write(answer.report, output, answer.inputs)
        if output is not None:
            err(
                f"Wrote {output}. Edit it, check it with:\n  skillgap validate {output}\n"
                f"or assess against the posting at once:\n  skillgap assess PROFILE "
                f"--posting {file}"
            )
        return ExitCode.OK

    run(debug, body)


@commands.command()
def postings(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="DIR",
            help="A folder of postings (.txt, .md, .pdf, .docx).",
            show_default=False,
        ),
    ],
    profile: Annotated[
        Path | None,
        typer.Option(
            "--profile",
            "-p",
            metavar="PROFILE",
            help="Also the person's gaps, weighted ('-': standard input).",
        ),
    ] = None,
    catalog: CatalogOpt = None,
    fmt: ListFormatOpt = None,
    as_of: AsOfOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Over many postings: the skills asked for most, and a profile's gaps by demand."""

    def body() -> int:
        from skillgap.assessing.requests import Dates
        from skillgap.batch.front import postings_asked

        report = postings_asked(folder, catalog, profile, Dates(today(), as_of=as_of))
        if fmt is ListFormat.JSON:
            from skillgap.renderers.json import render_model

            text = render_model(report)
        else:
            from skillgap.renderers.screens import render_postings

            text = render_postings(report, color=color(None), width=width())
        write(text, None)
        for skipped in report.skipped if fmt is ListFormat.JSON else ():
            err(f"warning: {skipped.file} left aside, not a posting: {skipped.reason}")
        for error in report.errors:
            err(error)
        return ExitCode.INVALID_INPUT if report.errors else ExitCode.OK

    run(debug, body, grows=True)
