"""The options the commands share, as typer annotations (aliases), and their parsers.

A command's signature is its option list: each family module names these aliases, so an
option reads and behaves alike in every command that takes it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from skillgap.cli.running import print_version
from skillgap.models.common import HOURS_PER_WEEK_RANGE
from skillgap.renderers import ListFormat, OutputFormat, PlanFormat

if TYPE_CHECKING:
    from skillgap.catalog.index import CatalogIndex


def _version(value: bool) -> None:
    if value:
        print_version()


def _completion_catalog(ctx: typer.Context) -> CatalogIndex | None:
    """The catalog a command line names so far (--catalog), else the shipped one; None if broken."""
    from skillgap.assessing.load import load_catalog

    catalog = ctx.params.get("catalog")
    try:
        return load_catalog(catalog if isinstance(catalog, Path) else None)
    except Exception:  # noqa: BLE001  # completion never fails loudly: it offers nothing
        return None


def complete_role(ctx: typer.Context, incomplete: str) -> list[str]:
    """Role ids for tab completion."""
    index = _completion_catalog(ctx)
    if index is None:
        return []
    return [r for r in sorted(index.roles) if r.startswith(incomplete.lower())]


def _skill_ids(ctx: typer.Context, incomplete: str, suffix: str = "") -> list[str]:
    index = _completion_catalog(ctx)
    if index is None or "=" in incomplete:
        return []
    return [s + suffix for s in sorted(index.skills) if s.startswith(incomplete.lower())]


def complete_skill(ctx: typer.Context, incomplete: str) -> list[str]:
    """Skill ids for tab completion."""
    return _skill_ids(ctx, incomplete)


def complete_skill_pair(ctx: typer.Context, incomplete: str) -> list[str]:
    """Skill ids followed by '=' for SKILL=VALUE options."""
    return _skill_ids(ctx, incomplete, "=")


Version = Annotated[
    bool,
    typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show a traceback for any error.")]
CatalogOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalog",
        "-c",
        metavar="PATH",
        help="A catalog YAML file or a folder of them (default: the shipped catalog).",
    ),
]
ProfileArg = Annotated[
    Path,
    typer.Argument(
        metavar="PROFILE",
        help="The profile YAML file ('-': read it from standard input).",
        show_default=False,
    ),
]


def within(low: float, high: float) -> Callable[[str], float]:
    """A number option's parser: from ``low`` to ``high``, else a usage error saying so."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not low <= value <= high:  # NaN fails this too
            raise typer.BadParameter(f"give a number from {low:g} to {high:g}, not '{text[:40]}'")
        return value

    return parse


def whole(low: int, high: int) -> Callable[[str], int]:
    """A whole-number option's parser: from ``low`` to ``high``, else a usage error saying so."""

    def parse(text: str) -> int:
        if not text.strip().isdigit() or not low <= int(text) <= high:
            raise typer.BadParameter(f"give a whole number from {low} to {high}, not '{text[:40]}'")
        return int(text)

    return parse


def hours_option(help: str) -> Any:
    """``--hours-per-week N``, 1-100; ``help`` says what the hours are for."""
    return typer.Option(
        "--hours-per-week", parser=within(*HOURS_PER_WEEK_RANGE), metavar="N", help=help
    )


def date_option(name: str, help: str) -> Any:
    """A date option, ``YYYY-MM-DD`` (checked where it is used, naming the option)."""
    return typer.Option(name, metavar="YYYY-MM-DD", help=help)


def repeated(name: str, metavar: str, help: str, *, pairs: bool = False) -> Any:
    """An option given once per value; ``pairs``: ``SKILL=VALUE``, skill ids completed."""
    if pairs:
        return typer.Option(name, metavar=metavar, autocompletion=complete_skill_pair, help=help)
    return typer.Option(name, metavar=metavar, help=help)


def force_option(help: str) -> Any:
    """``--force``; ``help`` says what it overrides."""
    return typer.Option("--force", help=help)


def fail_under_option(help: str) -> Any:
    """``--fail-under SCORE``, 0-100 (exit 1 below it)."""
    return typer.Option("--fail-under", parser=within(0, 100), metavar="SCORE", help=help)


HoursOpt = Annotated[
    float | None,
    hours_option("Hours a week for the plan, 1-100 (else the profile's hours_per_week, else 10)."),
]
SkipOpt = Annotated[
    list[str] | None,
    repeated(
        "--skip",
        "NAME",
        "A skill, certification, degree or experience the plan must leave out "
        "(repeatable; added to the profile's plan: skip).",
    ),
]
NoDegreeOpt = Annotated[
    bool,
    typer.Option("--no-degree", help="Plan no new degree (the same as --skip degree)."),
]
NoFullTimeOpt = Annotated[
    bool,
    typer.Option(
        "--no-full-time",
        help="Plan no new full-time step: no degree, internship or job (--skip full-time).",
    ),
]
PreferOpt = Annotated[
    list[str] | None,
    repeated(
        "--prefer",
        "NAME",
        "The any-of member or certification to learn, e.g. PyTorch (repeatable).",
    ),
]
DoingOpt = Annotated[
    list[str] | None,
    repeated("--doing", "NAME", "A step already under way: kept, and put first (repeatable)."),
]
StartOpt = Annotated[
    str | None,
    date_option(
        "--start-date", "First day of the plan (default: today; the date used is in the output)."
    ),
]
AsOfOpt = Annotated[
    str | None,
    date_option(
        "--as-of",
        "The day the profile is judged at: recency, evidence windows, expired "
        "certifications, dates in the future (default: --start-date if given, else today; "
        "the date used is in the output).",
    ),
]


class TrustLevel(enum.StrEnum):
    """Which score is the headline: levels as claimed, or only evidenced ones."""

    CLAIMED = "claimed"
    EVIDENCED = "evidenced"


TrustOpt = Annotated[
    TrustLevel,
    typer.Option(
        "--trust",
        help="The headline score: claimed (every level) or evidenced (only evidenced or "
        "verified levels; the plan follows it too).",
    ),
]
ReviewOpt = Annotated[
    Path | None,
    typer.Option(
        "--review",
        metavar="FILE",
        help="Apply a mentor's review (written by 'skillgap review'): its levels replace "
        "the claimed ones.",
    ),
]
#: ``--force`` of the commands that write a file (``--output``) and would not replace one.
OverwriteOpt = Annotated[bool, force_option("Overwrite the --output file if it exists.")]
ForceReviewOpt = Annotated[
    bool, force_option("Apply a --review made for another profile (or another version of it).")
]
RedactOpt = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Share without personal data: no name, notes, comments, evidence, file names, "
        "paths or other text of the person's, in messages too; people become pseudonyms "
        "(a keyed hash).",
    ),
]
RedactKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--redact-key",
        metavar="KEY",
        help="With --redact: the key of the pseudonyms, for the same pseudonym across runs "
        "(default: $SKILLGAP_REDACT_KEY, else random per run).",
    ),
]


def role_option(help: str) -> Any:
    """``--role``/``-r ROLE``, role ids completed; ``help`` says what the role is for."""
    return typer.Option("--role", "-r", metavar="ROLE", autocompletion=complete_role, help=help)


RoleOpt = Annotated[
    str | None,
    role_option("A role id or name (default: the profile's target_role, else ml-engineer)."),
]
PostingOpt = Annotated[
    Path | None,
    typer.Option(
        "--posting",
        metavar="FILE",
        help="Score against a job posting (.txt, .md, .pdf, .docx) read as a draft role "
        "(see 'skillgap posting'), instead of a catalog role.",
    ),
]
LevelOpt = Annotated[
    str | None,
    typer.Option(
        "--level",
        "-l",
        metavar="junior|mid|senior",
        help="The role at this level (default: the profile's target_level, else mid).",
        autocompletion=lambda incomplete: [
            s for s in ("junior", "mid", "senior") if s.startswith(incomplete.lower())
        ],
    ),
]
E = TypeVar("E", bound=enum.StrEnum)


def format_option(formats: type[E], *, output: bool = True) -> Any:
    """``--format``/``-f`` offering exactly ``formats``, in any case; anything else is refused."""
    names = [f.value for f in formats]

    def parse(text: str) -> E:
        try:
            return formats(text.strip().lower())
        except ValueError:
            raise typer.BadParameter(
                f"'{text[:40]}' is not a format of this command: use {', '.join(names)}"
            ) from None

    def complete(incomplete: str) -> list[str]:
        return [n for n in names if n.startswith(incomplete.lower())]

    return typer.Option(
        "--format",
        "-f",
        parser=parse,
        metavar="|".join(names),
        autocompletion=complete,
        show_default=False,
        help=(
            f"Output format (default: from --output's extension, else {names[0]})."
            if output
            else f"Output format (default: {names[0]})."
        ),
    )


FormatOpt = Annotated[OutputFormat | None, format_option(OutputFormat)]
PlanFormatOpt = Annotated[PlanFormat | None, format_option(PlanFormat)]
#: The listings' --format (roles, skills, extract, postings): stdout only, no --output.
ListFormatOpt = Annotated[ListFormat | None, format_option(ListFormat, output=False)]


def skips(skip: list[str] | None, no_degree: bool, no_full_time: bool) -> tuple[str, ...]:
    """--skip, with what --no-degree and --no-full-time mean in its words."""
    return (
        *(skip or ()),
        *(["degree"] if no_degree else []),
        *(["full-time"] if no_full_time else []),
    )


def output_path(text: str) -> Path:
    """``--output``'s parser: a name ending in a separator is a usage error (exit 2)."""
    from skillgap.output import output_path as checked

    try:
        return checked(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def output_option(help: str) -> Any:
    """``--output``/``-o FILE``, checked by :func:`output_path`; ``help`` says what is written."""
    return typer.Option("--output", "-o", metavar="FILE", parser=output_path, help=help)


OutputOpt = Annotated[
    Path | None,
    output_option("Write the report here (default: stdout); .json, .md or .html picks the format."),
]
