"""``roles``, ``roles show``, ``skills`` and ``schema``: what the catalog and the formats offer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NamedTuple

import typer

from skillgap.cli.emit import color, width, write
from skillgap.cli.options import (
    CatalogOpt,
    Debug,
    FormatOpt,
    LevelOpt,
    ListFormatOpt,
    OutputOpt,
    Version,
    complete_role,
)
from skillgap.cli.running import err, run
from skillgap.errors import ExitCode
from skillgap.renderers import ListFormat, OutputFormat, format_for
from skillgap.schemas import KINDS as SCHEMA_KINDS

commands = typer.Typer()

roles_app = typer.Typer(
    help="The roles the catalog offers; 'roles show ID' for one role's requirements.",
    no_args_is_help=False,
)
commands.add_typer(roles_app, name="roles")


@roles_app.callback(invoke_without_command=True)
def roles(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    fmt: ListFormatOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """List the roles the catalog offers."""
    if ctx.invoked_subcommand is not None:
        # Options given before 'show' are its own ('roles -f json show ID' means JSON).
        ctx.obj = _RolesOptions(catalog, fmt, debug)
        return

    def body() -> int:
        from skillgap.assessing.requests import roles_listed
        from skillgap.renderers import render_roles

        rows = roles_listed(catalog)
        chosen = format_for(ListFormat, fmt, None)
        write(render_roles(rows, chosen, color=color(None), width=width()), None)
        return ExitCode.OK

    run(debug, body)


class _RolesOptions(NamedTuple):
    """What ``roles`` was given before its ``show`` subcommand."""

    catalog: Path | None
    fmt: ListFormat | None
    debug: bool


@roles_app.command("show")
def roles_show(
    ctx: typer.Context,
    role_id: Annotated[
        str,
        typer.Argument(
            metavar="ROLE",
            help="A role id or name, e.g. mlops-engineer.",
            show_default=False,
            autocompletion=complete_role,
        ),
    ],
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """One role: summary, facts and sources, its requirements by category, and its levels."""
    before = ctx.parent.obj if ctx.parent is not None else None
    if isinstance(before, _RolesOptions):
        catalog = catalog or before.catalog
        fmt = fmt or (OutputFormat(before.fmt.value) if before.fmt is not None else None)
        debug = debug or before.debug

    def body() -> int:
        from skillgap.assessing.requests import role_shown
        from skillgap.renderers import render_role

        answer = role_shown(catalog, role_id, level)
        chosen = format_for(OutputFormat, fmt, output)
        text = render_role(answer.report, chosen, color=color(output), width=width())
        write(text, output, answer.inputs)
        return ExitCode.OK

    run(debug, body)


@commands.command()
def skills(
    query: Annotated[
        str | None,
        typer.Argument(
            help="A skill's name as you would write it (typos and other words welcome), "
            "or a category.",
            show_default=False,
        ),
    ] = None,
    catalog: CatalogOpt = None,
    fmt: ListFormatOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The catalog's skills: names, aliases, and which roles need them at what level."""

    def body() -> int:
        from skillgap.assessing.requests import skills_found
        from skillgap.renderers import render_skills

        report = skills_found(catalog, query)
        chosen = format_for(ListFormat, fmt, None)
        text = render_skills(report, chosen, color=color(None), width=width())
        write(text, None)
        if query and not report.skills:
            err(f"skillgap: no skill matches '{query}'")
        return ExitCode.OK

    run(debug, body)


@commands.command()
def schema(
    kind: Annotated[
        str,
        typer.Argument(
            metavar="KIND",
            help=f"Which schema: {', '.join(SCHEMA_KINDS)}.",
            autocompletion=lambda incomplete: [k for k in SCHEMA_KINDS if k.startswith(incomplete)],
            show_default=False,
        ),
    ],
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of an input (profile, catalog, review) or an output."""

    def body() -> int:
        from skillgap.schemas import schema_text

        write(schema_text(kind), None)
        return ExitCode.OK

    run(debug, body)
