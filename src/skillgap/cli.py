"""The ``skillgap`` command: options in, one library call, a renderer, an exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gc
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypeVar

import typer
import typer.core
import typer.main
from typer._click import Command, Context
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.exceptions import Abort
from typer.models import CommandInfo, TyperInfo

from skillgap import __version__
from skillgap.errors import REPORT_BUG, ExitCode, SkillgapError, UsageError
from skillgap.models.common import HOURS_PER_WEEK_RANGE, day_from_text
from skillgap.output import (
    CLOSED_PIPE_EXIT,
    AtomicFile,
    ClosedPipe,
    Terminated,
    file_identity,
    real_path,
    refuse_inputs,
    setup_streams,
    silence_stdout,
    stop_on_signals,
    write_file,
    write_stderr,
    write_stdout,
)
from skillgap.renderers import (
    BatchFormat,
    ListFormat,
    OutputFormat,
    PlanFormat,
    ValidateFormat,
    format_for,
)
from skillgap.schemas import KINDS as SCHEMA_KINDS
from skillgap.untrusted import path_text, safe_text

if TYPE_CHECKING:
    from pydantic import BaseModel

    from skillgap.api import PlanOptions, Reviewed
    from skillgap.catalog.index import CatalogIndex
    from skillgap.inputs.loader import Document
    from skillgap.models.profile import Profile
    from skillgap.renderers.redact import Personal, Redactor

# Typer shows "<bool>" as the type of every flag (--force, --help ...); a flag takes no value,
# so it shows none.
_display_type = typer.core.TyperOption.display_type_rich


def _flag_type(self: typer.core.TyperOption, ctx: typer.Context) -> str | None:
    return None if self.is_flag else _display_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_type  # type: ignore[method-assign,assignment]

_argument_type = typer.core.TyperArgument.display_type_rich


def _named_argument_type(self: typer.core.TyperArgument, ctx: typer.Context) -> str | None:
    # An argument with a name of its own (PROFILE, ROLE) says what it is; "<path>" adds nothing.
    return None if self.metavar else _argument_type(self, ctx)


typer.core.TyperArgument.display_type_rich = _named_argument_type  # type: ignore[method-assign,assignment]


C = TypeVar("C", bound=Callable[..., Any])
M = TypeVar("M", bound="BaseModel")


class _App(typer.Typer):
    """The command, with its streams set up and failing stdout handled outside commands too.

    Each command's body runs in :func:`_run`, which maps every error; ``--help`` and usage
    errors are printed by the option parser before that, so a closed pipe or a full disk
    there is caught here, by the same rules: 141 quietly, or exit 4 with the reason.

    Subcommands are registered as typer's, but their click commands are built only when
    they are looked up (see :class:`_Group`): a run builds the one it runs, not all of them.
    """

    def __init__(self, **kwargs: Any) -> None:
        app = self

        class Group(_Group):
            source = app

        super().__init__(cls=Group, **kwargs)
        self.deferred: dict[str, CommandInfo | TyperInfo] = {}

    def command(self, name: str | None = None, **kwargs: Any) -> Callable[[C], C]:
        """Register a subcommand, as typer does; its click command is built on first use."""
        register = super().command(name, **kwargs)

        def defer(function: C) -> C:
            register(function)
            info = self.registered_commands.pop()
            self.deferred[name or typer.main.get_command_name(function.__name__)] = info
            return function

        return defer

    def add_typer(self, typer_instance: typer.Typer, **kwargs: Any) -> None:
        """Register a named group of subcommands, as typer does; it is built on first use."""
        name = kwargs.get("name")
        if not isinstance(name, str):
            raise TypeError("a group of subcommands needs a name")
        super().add_typer(typer_instance, **kwargs)
        self.deferred[name] = self.registered_groups.pop()

    def build(self, name: str) -> Command:
        """The click command of subcommand ``name``; KeyError if there is none."""
        info = self.deferred[name]
        if isinstance(info, TyperInfo):
            group = typer.main.get_group_from_info(
                info,
                pretty_exceptions_short=self.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode,
                suggest_commands=self.suggest_commands,
            )
            for sub in group.commands.values():
                _checked_values(sub)
            return group
        return _checked_values(
            typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=self.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode,
            )
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        setup_streams()
        stdout_id = file_identity(1)
        try:
            return super().__call__(*args, **kwargs)
        except BrokenPipeError:
            silence_stdout()
            sys.exit(CLOSED_PIPE_EXIT)
        except SystemExit as exc:
            # Help is printed by rich, which on a closed pipe points stdout at /dev/null and
            # exits 1 ('skillgap --help | head'); a closed pipe is 141 everywhere else.
            if exc.code == 1 and stdout_id != file_identity(1) == file_identity(os.devnull):
                sys.exit(CLOSED_PIPE_EXIT)
            raise
        except OSError as exc:
            silence_stdout()
            _err(f"skillgap: error: cannot write the output: {exc.strerror or exc}")
            sys.exit(ExitCode.OUTPUT)


def _checked_values(command: Command) -> Command:
    """``command``, whose text values are refused (exit 2, naming the option) unless text."""
    from skillgap.inputs.arguments import combination_problem, option_problem

    run = command.callback
    params = {p.name: p for p in command.params}

    def checked(**values: Any) -> Any:
        clash = combination_problem(values)
        if clash is not None:
            _err(clash.render())
            raise typer.Exit(clash.exit_code)
        for name, value in values.items():
            param = params.get(name)
            label = name
            if param is not None:
                option = param.param_type_name == "option"
                label = param.opts[0] if option else (param.metavar or name.upper())
            problem = option_problem(name, label, value)
            if problem is not None:
                _err(problem.render())
                raise typer.Exit(problem.exit_code)
        return run(**values) if run is not None else None

    command.callback = checked
    return command


class _Commands(MutableMapping[str, "Command"]):
    """A group's subcommands by name, each built from its registration when first looked up.

    Names are listed without building anything (typos are matched against them); help
    and shell completion look up each command they show, for its one-line help.
    """

    def __init__(self, source: _App, built: MutableMapping[str, Command]) -> None:
        self.source = source
        self.built = dict(built)

    def __getitem__(self, name: str) -> Command:
        command = self.built.get(name)
        if command is None:
            command = self.built[name] = self.source.build(name)
        return command

    def __setitem__(self, name: str, command: Command) -> None:
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        found = self.built.pop(name, None) or self.source.deferred.get(name)
        if found is None:
            raise KeyError(name)
        self.source.deferred.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        # Typer lists commands before groups, each in the order they were registered.
        deferred = self.source.deferred
        yield from (n for n, i in deferred.items() if not isinstance(i, TyperInfo))
        yield from (n for n, i in deferred.items() if isinstance(i, TyperInfo))
        yield from (n for n in self.built if n not in deferred)

    def __len__(self) -> int:
        return len(self.source.deferred.keys() | self.built.keys())


class _Group(typer.core.TyperGroup):
    """The top-level group, over :class:`_Commands`.

    Building the click options of all fourteen subcommands costs more than some runs do.
    """

    source: _App

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands(self.source, self.commands)

    def list_commands(self, ctx: Context) -> list[str]:
        """The subcommands' names, in typer's order, without building them."""
        return list(self.commands)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run as typer does, with every usage error in skillgap's words: one line, exit 2.

        An unknown option, a missing argument and a bad option value (a range, a format)
        read ``skillgap: error: …`` with a hint, as every other error does; no box.
        """
        standalone = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except NoArgsIsHelpError as exc:  # 'skillgap' alone: the help, as typer shows it
            if not standalone:
                raise
            from typer import rich_utils

            rich_utils.rich_format_error(exc)
            sys.exit(exc.exit_code)
        except ClickException as exc:
            if not standalone:
                raise
            _err(_usage_message(exc))
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone:
                raise
            _err("skillgap: aborted")
            sys.exit(1)
        if not standalone:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _usage_message(exc: ClickException) -> str:
    """A click error as skillgap says errors: the message, and where to find help."""
    message = exc.format_message().strip().rstrip(".")
    message = message[:1].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    hint = f"see '{ctx.command_path} --help'" if ctx is not None else None
    return UsageError(message, hint).render()


app = _App(
    name="skillgap",
    help="Where you stand against the role you want, and what to learn next.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        try:
            write_stdout(f"skillgap {__version__}\n")
        except ClosedPipe:
            raise typer.Exit(CLOSED_PIPE_EXIT) from None
        except SkillgapError as exc:
            _err(exc.render())
            raise typer.Exit(exc.exit_code) from None
        raise typer.Exit(ExitCode.OK)


def _completion_catalog(ctx: typer.Context) -> CatalogIndex | None:
    """The catalog a command line names so far (--catalog), else the shipped one; None if broken."""
    from skillgap import api

    catalog = ctx.params.get("catalog")
    try:
        return api.load_catalog(catalog if isinstance(catalog, Path) else None)
    except Exception:  # noqa: BLE001  # completion never fails loudly: it offers nothing
        return None


def _complete_role(ctx: typer.Context, incomplete: str) -> list[str]:
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


def _complete_skill(ctx: typer.Context, incomplete: str) -> list[str]:
    """Skill ids for tab completion."""
    return _skill_ids(ctx, incomplete)


def _complete_skill_pair(ctx: typer.Context, incomplete: str) -> list[str]:
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


def _within(low: float, high: float) -> Callable[[str], float]:
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


def _whole(low: int, high: int) -> Callable[[str], int]:
    """A whole-number option's parser: from ``low`` to ``high``, else a usage error saying so."""

    def parse(text: str) -> int:
        if not text.strip().isdigit() or not low <= int(text) <= high:
            raise typer.BadParameter(f"give a whole number from {low} to {high}, not '{text[:40]}'")
        return int(text)

    return parse


HoursOpt = Annotated[
    float | None,
    typer.Option(
        "--hours-per-week",
        parser=_within(*HOURS_PER_WEEK_RANGE),
        metavar="N",
        help="Hours a week for the plan, 1-100 (else the profile's hours_per_week, else 10).",
    ),
]
SkipOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--skip",
        metavar="NAME",
        help="A skill, certification, degree or experience the plan must leave out "
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
    typer.Option(
        "--prefer",
        metavar="NAME",
        help="The any-of member or certification to learn, e.g. PyTorch (repeatable).",
    ),
]
DoingOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--doing",
        metavar="NAME",
        help="A step already under way: kept, and put first (repeatable).",
    ),
]
StartOpt = Annotated[
    str | None,
    typer.Option(
        "--start-date",
        metavar="YYYY-MM-DD",
        help="First day of the plan (default: today; the date used is in the output).",
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="The day the profile is judged at: recency, evidence windows, expired "
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
ForceReviewOpt = Annotated[
    bool,
    typer.Option(
        "--force", help="Apply a --review made for another profile (or another version of it)."
    ),
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
RoleOpt = Annotated[
    str | None,
    typer.Option(
        "--role",
        "-r",
        metavar="ROLE",
        autocompletion=_complete_role,
        help="A role id or name (default: the profile's target_role, else ml-engineer).",
    ),
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


def _format_option(formats: type[E], *, output: bool = True) -> Any:
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


FormatOpt = Annotated[OutputFormat | None, _format_option(OutputFormat)]
PlanFormatOpt = Annotated[PlanFormat | None, _format_option(PlanFormat)]


def _output_path(text: str) -> Path:
    """``--output``'s parser: a name ending in a separator is a usage error (exit 2)."""
    from skillgap.output import output_path

    try:
        return output_path(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        parser=_output_path,
        help="Write the report here (default: stdout); .json, .md or .html picks the format.",
    ),
]


@app.callback()
def main(version: Version = False) -> None:
    """Where you stand against the role you want, and what to learn next."""


def _err(text: str) -> None:
    """A message on stderr; names from files in it show control characters visibly."""
    write_stderr(safe_text(text.rstrip("\n")) + "\n")


def _run(debug: bool, action: Callable[[], int], *, grows: bool = False) -> None:
    """Run a command body, mapping every error to its message and exit code.

    ``grows``: the work grows with the input (many files), so the cycle collector,
    paused by the ``skillgap`` command for its start-up (see ``__main__``), runs while
    the body does; then it is as it was.
    """
    collecting = gc.isenabled()
    if grows:
        gc.enable()
    try:
        _mapped(debug, action)
    finally:
        if not collecting:
            gc.disable()


def _mapped(debug: bool, action: Callable[[], int]) -> None:
    """Run the body; every error becomes its message and exit code (``typer.Exit``)."""
    setup_streams()
    try:
        with stop_on_signals():
            code = action()
    except typer.Exit:
        raise
    except ClosedPipe:
        raise typer.Exit(CLOSED_PIPE_EXIT) from None  # quiet, as cat and grep are
    except SkillgapError as exc:
        if debug:
            _err(traceback.format_exc())  # its messages may quote a file: shown safely
        _err(exc.render())
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _err("skillgap: interrupted")
        raise typer.Exit(130) from None
    except Terminated as exc:
        # Everything is cleaned up by now (temporary files, workers); leave at once, as the
        # signal's default action would, rather than wait on anything still winding down.
        _err(f"skillgap: stopped by {exc}")
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        os._exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001  # the last line of defence: exit 70, not a traceback
        if debug:
            _err(traceback.format_exc())  # its messages may quote a file: shown safely
        _err(
            f"skillgap: internal error: {type(exc).__name__}: {exc}\n"
            f"  This is a bug in skillgap; {REPORT_BUG}."
        )
        raise typer.Exit(ExitCode.INTERNAL) from None
    raise typer.Exit(code)


def _taken(path: Path) -> bool:
    """Whether a name is in use: a file, or a symlink even when it points nowhere."""
    return path.exists() or path.is_symlink()


def _need_path(path: Path, what: str) -> None:
    # A link that leads nowhere (broken, or a loop) exists as a name: reading it says
    # what is wrong with it (exit 3), as batch and folder searches do.
    if not path.exists() and not path.is_symlink():
        raise UsageError(f"{what} '{path}' does not exist", "check the path and try again")


def _read_catalog(catalog: Path | None) -> CatalogIndex:
    """The catalog given with --catalog (which must exist), else the shipped one."""
    from skillgap import api

    if catalog is not None:
        _need_path(catalog, "catalog")
    return api.load_catalog(catalog)


def _profile_and_catalog(
    profile: Path, catalog: Path | None, review: Path | None = None
) -> tuple[CatalogIndex, Profile, Document, _Inputs]:
    """Check the paths, read the catalog and the profile; also the files --output spares."""
    from skillgap import api

    if str(profile) != "-":  # "-": standard input
        _need_path(profile, "profile")
    index = _read_catalog(catalog)
    prof, doc = api.load_profile(profile, index)
    return index, prof, doc, _Inputs(profile, review, catalog=catalog)


def _with_posting(
    index: CatalogIndex, posting: Path | None, role: str | None, inputs: _Inputs
) -> tuple[CatalogIndex, str | None]:
    """The catalog with --posting's draft role added and that role picked, or as it was."""
    if posting is None:
        return index, role
    from skillgap import api

    if role is not None:
        raise UsageError("--role and --posting both name the role", "give one of them")
    _need_path(posting, "posting")
    inputs.files.append(posting)
    return api.with_posting(index, api.read_text(posting))


class _Inputs:
    """Every input file of a command: the files named, then each file of the catalog read.

    Lazy, and read afresh each time it is iterated: the catalog's files are listed only
    when there is an output to check them against.
    """

    def __init__(self, *files: Path | None, catalog: Path | None) -> None:
        self.files = [f for f in files if f is not None]
        self.catalog = catalog

    def __iter__(self) -> Iterator[Path]:
        from skillgap.catalog.read import builtin_catalog_dir, catalog_paths

        yield from self.files
        yield from catalog_paths(
            self.catalog if self.catalog is not None else builtin_catalog_dir()
        )


def _color(output: Path | None) -> bool:
    if output is not None or "NO_COLOR" in os.environ:
        return False
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def _width() -> int:
    """The terminal's width; when piped, COLUMNS if set, else 100."""
    if sys.stdout.isatty():
        return max(40, min(os.get_terminal_size().columns, 200))
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(40, min(int(columns), 200))
    return 100


def _write(text: str, output: Path | None, inputs: Iterable[Path] = ()) -> None:
    """Write the product to ``output`` (atomically, never over an input) or stdout."""
    if output is None:
        write_stdout(text)
        return
    refuse_inputs(output, inputs)
    write_file(output, text)


@app.command()
def assess(
    profile: ProfileArg,
    role: RoleOpt = None,
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            parser=_within(0, 100),
            metavar="SCORE",
            help="Exit 1 when the score is below SCORE.",
        ),
    ] = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    skip: SkipOpt = None,
    no_degree: NoDegreeOpt = False,
    no_full_time: NoFullTimeOpt = False,
    prefer: PreferOpt = None,
    doing: DoingOpt = None,
    as_of: AsOfOpt = None,
    redact: RedactOpt = False,
    redact_key: RedactKeyOpt = None,
    trust: TrustOpt = TrustLevel.CLAIMED,
    review: ReviewOpt = None,
    force: ForceReviewOpt = False,
    posting: PostingOpt = None,
    no_plan: Annotated[
        bool, typer.Option("--no-plan", help="Leave the learning plan out of the report.")
    ] = False,
    details: Annotated[
        bool,
        typer.Option(
            "--details", help="After the summary, every requirement, the evidence, the whole plan."
        ),
    ] = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Assess a profile against a role: the gap report and the learning plan."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_assessment

        options = (
            None
            if no_plan
            else _plan_options(
                start_date, hours_per_week, _skips(skip, no_degree, no_full_time), prefer, doing
            )
        )
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog, review)
        index, chosen_role = _with_posting(index, posting, role, inputs)
        day = _as_of(as_of, start_date)
        result = api.assess(
            prof,
            index,
            chosen_role,
            document=doc,
            plan=options,
            as_of=day,
            review=(reviewed := _review(review, profile, force=force)),
            trust=trust.value,
            level=level,
        )
        result = _redact(_redactor(redact, redact_key), result, index, doc, reviewed)
        chosen = format_for(OutputFormat, fmt, output)
        text = render_assessment(
            result, chosen, color=_color(output), width=_width(), details=details
        )
        _write(text, output, inputs)
        if chosen is OutputFormat.TERMINAL:  # the other formats are for files and scripts
            from skillgap.renderers.summary import stderr_lines

            for line in stderr_lines(result.warnings):
                _err(line)
        if fail_under is not None and result.score < fail_under:
            _err(f"skillgap: score {result.score:g} is below --fail-under {fail_under:g}")
            return ExitCode.BELOW_THRESHOLD
        return ExitCode.OK

    _run(debug, _redacting(redact, body, catalog, profile=profile, review=review))


def _date(text: str | None, option: str) -> dt.date:
    """The date an option gives (default: today), or a usage error naming the option."""
    if text is None:
        return dt.date.today()
    try:
        return day_from_text(text)
    except ValueError as exc:
        raise UsageError(f"{option} {exc}", "write it as YYYY-MM-DD, in 1900-2100") from None


def _skips(skip: list[str] | None, no_degree: bool, no_full_time: bool) -> list[str]:
    """--skip, with what --no-degree and --no-full-time mean in its words."""
    return [
        *(skip or ()),
        *(["degree"] if no_degree else []),
        *(["full-time"] if no_full_time else []),
    ]


def _plan_options(
    start_date: str | None,
    hours_per_week: float | None,
    skip: list[str] | None = None,
    prefer: list[str] | None = None,
    doing: list[str] | None = None,
) -> PlanOptions:
    from skillgap.api import PlanOptions

    return PlanOptions(
        start_date=_date(start_date, "--start-date"),
        hours_per_week=hours_per_week,
        skip=tuple(skip or ()),
        prefer=tuple(prefer or ()),
        doing=tuple(doing or ()),
        start_date_given=start_date is not None,
    )


def _review(path: Path | None, profile: Path, *, force: bool = False) -> Reviewed | None:
    """The review file given with --review, read; never the profile itself."""
    if path is None:
        return None
    from skillgap import api

    _need_path(path, "review")
    if real_path(path) == real_path(profile):
        raise UsageError(f"--review '{path}' is the profile", "pass the review file it has")
    return api.load_review(path, force=force)


def _redactor(redact: bool, key: str | None) -> Redactor | None:
    """The run's one redactor for --redact, or None; --redact-key alone is a usage error.

    $SKILLGAP_REDACT_KEY is read only under --redact: exported, it never stops a run without.
    """
    if not redact:
        if key is not None:
            raise UsageError("--redact-key needs --redact", "add --redact")
        return None
    from skillgap.renderers.redact import Redactor

    return Redactor.from_options(key, os.environ.get("SKILLGAP_REDACT_KEY"))


def _redact(
    redactor: Redactor | None,
    model: M,
    index: CatalogIndex,
    doc: Document,
    reviewed: Reviewed | None,
) -> M:
    """``model`` as --redact shares it: the one pass, knowing the profile's and review's text."""
    if redactor is None:
        return model
    from skillgap.renderers.redact import personal_of

    inputs = [("<profile>", doc.source, doc.data)]
    if reviewed is not None:
        inputs.append(("<review>", reviewed.document.source, reviewed.document.data))
    return redactor.scrub(model, personal_of(inputs, index))


def _redacting(
    redact: bool, body: Callable[[], int], catalog: Path | None, **inputs: Path | None
) -> Callable[[], int]:
    """``body``, whose input errors under --redact name no input and quote none of its values.

    The catalog's names are not the person's: they stay (when the catalog can be read).
    """
    if not redact:
        return body

    def personal() -> Personal:
        from skillgap.inputs.loader import decode, parse_data, read_bytes
        from skillgap.renderers.redact import personal_of

        index = None
        with contextlib.suppress(SkillgapError):  # the error may be the catalog's own
            index = _read_catalog(catalog)
        found = []
        for kind, path in inputs.items():
            data = None
            if path is not None:
                with contextlib.suppress(Exception):  # unreadable: nothing of it to quote
                    data = parse_data(decode(read_bytes(path), str(path)), str(path))
                found.append((f"<{kind}>", path_text(path), data))
        return personal_of(found, index)

    def redacted() -> int:
        from skillgap.errors import InputError
        from skillgap.renderers.redact import Redactor

        try:
            return body()
        except InputError as exc:
            exc.problems = Redactor.with_key(None).problems(exc.problems, personal())
            raise
        except UsageError as exc:  # e.g. two results for different roles: their files, ids
            raise Redactor.with_key(None).usage_error(exc, personal()) from None

    return redacted


def _as_of(as_of: str | None, start_date: str | None) -> dt.date:
    """The day to judge at: --as-of, else --start-date, else today (both checked)."""
    start = _date(start_date, "--start-date")
    return start if as_of is None else _date(as_of, "--as-of")


@app.command()
def plan(
    profile: ProfileArg,
    role: RoleOpt = None,
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: PlanFormatOpt = None,
    output: OutputOpt = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    skip: SkipOpt = None,
    no_degree: NoDegreeOpt = False,
    no_full_time: NoFullTimeOpt = False,
    prefer: PreferOpt = None,
    doing: DoingOpt = None,
    as_of: AsOfOpt = None,
    redact: RedactOpt = False,
    redact_key: RedactKeyOpt = None,
    trust: TrustOpt = TrustLevel.CLAIMED,
    review: ReviewOpt = None,
    force: ForceReviewOpt = False,
    posting: PostingOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The learning plan alone: the quickest route to ready, then every other gap, dated.

    With --level, the quickest route to the role at that level; if you are ready there
    already, the plan to the next level up.
    """

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_plan

        options = _plan_options(
            start_date, hours_per_week, _skips(skip, no_degree, no_full_time), prefer, doing
        )
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog, review)
        index, chosen_role = _with_posting(index, posting, role, inputs)
        day = _as_of(as_of, start_date)
        redactor = _redactor(redact, redact_key)
        result = api.assess(
            prof,
            index,
            chosen_role,
            document=doc,
            plan=options,
            as_of=day,
            review=(reviewed := _review(review, profile, force=force)),
            trust=trust.value,
            level=level,
            climb=True,
        )
        report = _redact(redactor, api.plan_report(result), index, doc, reviewed)
        chosen = format_for(PlanFormat, fmt, output)
        _write(render_plan(report, chosen, color=_color(output), width=_width()), output, inputs)
        return ExitCode.OK

    _run(debug, _redacting(redact, body, catalog, profile=profile, review=review))


@app.command()
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
    fmt: Annotated[ValidateFormat | None, _format_option(ValidateFormat, output=False)] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="The day profiles are checked at: dates after it are errors (default: today).",
        ),
    ] = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Check profiles and catalogs; report every problem in every file (exit 3 if any)."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_validation

        for path in paths:
            if str(path) != "-":  # "-": a profile on standard input
                _need_path(path, "path")
        index = api.load_catalog(catalog) if catalog is not None else None
        report = api.validate_paths(paths, index, as_of=_date(as_of, "--as-of"))
        chosen = format_for(ValidateFormat, fmt, None)
        _write(render_validation(report.files, report.errors, report.problems, chosen), None)
        warnings = len(report.problems) - report.errors
        _err(
            f"skillgap: checked {report.files} file(s): {report.errors} error(s), "
            f"{warnings} warning(s)"
        )
        return ExitCode.INVALID_INPUT if report.errors else ExitCode.OK

    _run(debug, body, grows=True)


roles_app = typer.Typer(
    help="The roles the catalog offers; 'roles show ID' for one role's requirements.",
    no_args_is_help=False,
)
app.add_typer(roles_app, name="roles")


@roles_app.callback(invoke_without_command=True)
def roles(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    fmt: Annotated[ListFormat | None, _format_option(ListFormat, output=False)] = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """List the roles the catalog offers."""
    if ctx.invoked_subcommand is not None:
        # Options given before 'show' are its own ('roles -f json show ID' means JSON).
        ctx.obj = _RolesOptions(catalog, fmt, debug)
        return

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_roles

        rows = api.role_list(_read_catalog(catalog))
        chosen = format_for(ListFormat, fmt, None)
        _write(render_roles(rows, chosen, color=_color(None), width=_width()), None)
        return ExitCode.OK

    _run(debug, body)


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
            autocompletion=_complete_role,
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
        from skillgap import api
        from skillgap.renderers import render_role

        index = _read_catalog(catalog)
        view = api.role_view(index, role_id, level)
        chosen = format_for(OutputFormat, fmt, output)
        text = render_role(view, chosen, color=_color(output), width=_width())
        _write(text, output, _Inputs(catalog=catalog))
        return ExitCode.OK

    _run(debug, body)


@app.command()
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
    fmt: Annotated[ListFormat | None, _format_option(ListFormat, output=False)] = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The catalog's skills: names, aliases, and which roles need them at what level."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_skills

        index = _read_catalog(catalog)
        report = api.skills_view(index, query)
        chosen = format_for(ListFormat, fmt, None)
        text = render_skills(report, chosen, color=_color(None), width=_width())
        _write(text, None)
        if query and not report.skills:
            _err(f"skillgap: no skill matches '{query}'")
        return ExitCode.OK

    _run(debug, body)


AllLevelsOpt = Annotated[
    bool,
    typer.Option("--all-levels", help="Every role at every level: junior, mid and senior."),
]


@app.command()
def match(
    profile: ProfileArg,
    level: LevelOpt = None,
    all_levels: Annotated[
        bool,
        typer.Option(
            "--all-levels",
            help="For each role, the highest level you are ready for now and the date of the "
            "next; the best realistic next job first.",
        ),
    ] = False,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    as_of: AsOfOpt = None,
    redact: RedactOpt = False,
    redact_key: RedactKeyOpt = None,
    trust: TrustOpt = TrustLevel.CLAIMED,
    review: ReviewOpt = None,
    force: ForceReviewOpt = False,
    posting: PostingOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Which path am I closest to: every role ranked by score, with blockers and hours."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_match

        options = _plan_options(start_date, hours_per_week)
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog, review)
        index, _ = _with_posting(index, posting, None, inputs)
        report = api.match(
            prof,
            index,
            options,
            document=doc,
            as_of=_as_of(as_of, start_date),
            review=(reviewed := _review(review, profile, force=force)),
            trust=trust.value,
            level=level,
            all_levels=all_levels,
        )
        report = _redact(_redactor(redact, redact_key), report, index, doc, reviewed)
        chosen = format_for(OutputFormat, fmt, output)
        _write(render_match(report, chosen, color=_color(output), width=_width()), output, inputs)
        return ExitCode.OK

    _run(debug, _redacting(redact, body, catalog, profile=profile, review=review))


@app.command()
def compare(
    old: Annotated[
        Path,
        typer.Argument(
            metavar="OLD", help="The earlier profile, or a saved JSON result.", show_default=False
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(
            metavar="NEW", help="The later profile, or a saved JSON result.", show_default=False
        ),
    ],
    role: RoleOpt = None,
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Compare results for different roles, levels or catalogs; apply a --review made "
            "for another profile.",
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
        from skillgap import api
        from skillgap.renderers import render_comparison

        for path in (old, new):
            _need_path(path, "input")
        index = _read_catalog(catalog)
        cmp = api.compare_files(
            old,
            new,
            index,
            role,
            _plan_options(start_date, hours_per_week),
            force=force,
            as_of=_as_of(as_of, start_date),
            review=_review(review, new, force=force),
            trust=trust.value,
            redactor=_redactor(redact, redact_key),
            level=level,
        )
        for warning in cmp.warnings:
            _err(f"skillgap: warning: {safe_text(warning)}")
        chosen = format_for(OutputFormat, fmt, output)
        text = render_comparison(cmp, chosen, color=_color(output), width=_width())
        _write(text, output, _Inputs(old, new, review, catalog=catalog))
        return ExitCode.OK

    _run(debug, _redacting(redact, body, catalog, old=old, new=new, review=review))


@app.command()
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
    fmt: Annotated[BatchFormat | None, _format_option(BatchFormat)] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            parser=_output_path,
            help="Write the records or the summary here (default: stdout); .jsonl, .csv, "
            ".json, .md or .html picks the format.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            parser=_whole(1, 256),
            help="Worker processes (default: the number of CPUs).",
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            parser=_within(0, 100),
            metavar="SCORE",
            help="Exit 1 when any score is below SCORE.",
        ),
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
        from skillgap import api
        from skillgap.batch import run as batching
        from skillgap.batch.cohort import json_chunks

        if catalog is not None:
            _need_path(catalog, "catalog")
        if review_dir is not None and not review_dir.is_dir():
            raise UsageError(f"--review-dir '{review_dir}' is not a folder", "check the path")
        day = _as_of(as_of, start_date)  # refuse a bad date before any work
        index = api.load_catalog(catalog)
        roles = batching.choose_roles(index, role, all_roles)
        chosen = format_for(BatchFormat, fmt, output)
        levels = batching.choose_levels(
            index, level, all_levels, streamed=chosen in (BatchFormat.JSONL, BatchFormat.CSV)
        )
        if levels is not None and len(levels) > 1 and report_dir is not None:
            raise UsageError("--report-dir writes one report a profile", "use --level LEVEL")
        if bom and chosen is not BatchFormat.CSV:
            raise UsageError("--bom is for CSV output", "add --format csv, or drop --bom")
        if output is not None:
            refuse_inputs(output, _Inputs(catalog=catalog))  # each profile: as it is found
        options = batching.Options(
            patterns=tuple(paths),
            catalog=str(catalog) if catalog else None,
            roles=roles,
            fmt=chosen.value,
            report_dir=report_dir,
            start_date=start_date,
            as_of=day.isoformat(),
            redactor=_redactor(redact, redact_key),
            workers=jobs or os.cpu_count() or 1,
            fail_under=fail_under,
            output=output,
            assess=api.assess_text,
            levels=levels,
            review_dir=str(review_dir) if review_dir is not None else None,
            index=index,
        )
        # The output file is written under a temporary name and replaces the old one only
        # once the run is complete: a run that fails or is stopped leaves it as it was.
        with _Sink(output) as sink:
            first = ["\ufeff"] if bom else []  # the BOM goes before the header, once

            def write(text: str) -> None:
                sink.write((first.pop() if first else "") + text)

            progress = _progress()
            try:
                cohort = batching.execute(
                    options,
                    write=write,
                    on_error=_err,
                    progress=progress.update if progress is not None else None,
                )
            finally:
                if progress is not None:
                    progress.close()
            from skillgap.batch.reports import report_links
            from skillgap.batch.spool import in_blocks
            from skillgap.renderers import cohort_format, renderer

            # JSON and HTML list every record after the summary: written a piece at a time,
            # from the spool the records waited in, never whole in memory.
            target = cohort_format(chosen)
            pieces: Iterable[str] = ()
            if target is not None:
                page: Callable[..., str | Iterator[str]] = renderer(target, "cohort")
                if target is OutputFormat.HTML:  # a row per person: the page in pieces
                    from skillgap.renderers.html import cohort_chunks as page

                text = page(
                    cohort.summary(index),
                    cohort.heatmap(index),
                    color=_color(output),
                    width=_width(),
                    heatmaps=cohort.heatmaps(index),
                    persons=report_links(cohort.persons, output, report_dir),
                    broken=cohort.broken,
                )
                pieces = [text] if isinstance(text, str) else text
            elif chosen is BatchFormat.JSON:
                pieces = json_chunks(cohort, index, as_of=day)
            for block in in_blocks(pieces):
                sink.write(block)
            cohort.close()
            sink.commit()
        _err(
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
        return batching.exit_code(cohort)

    _run(debug, body, grows=True)


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


InitHoursOpt = Annotated[
    float | None,
    typer.Option(
        "--hours-per-week",
        parser=_within(*HOURS_PER_WEEK_RANGE),
        metavar="N",
        help="Hours a week you can spend learning, 1-100, written to the profile "
        "(asked when not given; Enter = 10).",
    ),
]


def _prompt(question: str, default: str) -> str:
    """Ask on stderr, read one line from stdin; EOFError at the end of input."""
    sys.stderr.write(safe_text(question + (f" [{default}]" if default else "")) + ": ")
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        raise EOFError
    return line.strip() or default


@app.command()
def init(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="Where to write the profile.", show_default=True)
    ] = Path("profile.yaml"),
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="Your name.")] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            metavar="ROLE",
            autocompletion=_complete_role,
            help="Target role: an id or a name, e.g. mlops-engineer or 'MLOps Engineer' "
            "(asked when not given; default ml-engineer).",
        ),
    ] = None,
    hours_per_week: InitHoursOpt = None,
    target_date: Annotated[
        str | None, typer.Option("--target-date", metavar="YYYY-MM-DD", help="When to be ready.")
    ] = None,
    skill: Annotated[
        list[str] | None,
        typer.Option(
            "--skill",
            metavar="SKILL=LEVEL",
            autocompletion=_complete_skill_pair,
            help="A rating, e.g. python=4 or sql=beginner (repeat).",
        ),
    ] = None,
    degree: Annotated[
        str | None,
        typer.Option(
            "--degree",
            metavar="DEGREE",
            help="Highest degree: none, bachelor, master, phd (or BSc, MSc, MBA …).",
        ),
    ] = None,
    field_of_study: Annotated[
        str | None, typer.Option("--field", metavar="FIELD", help="Field of study of that degree.")
    ] = None,
    degree_status: Annotated[
        str | None,
        typer.Option(
            "--degree-status",
            metavar="STATUS",
            help="completed or in_progress ('in progress' too).",
        ),
    ] = None,
    certification: Annotated[
        list[str] | None,
        typer.Option("--certification", metavar="NAME", help="A certification held (repeat)."),
    ] = None,
    project: Annotated[
        list[str] | None,
        typer.Option("--project", metavar="TITLE", help="A project's title (repeat)."),
    ] = None,
    competition: Annotated[
        list[str] | None,
        typer.Option("--competition", metavar="TITLE", help="A competition (repeat)."),
    ] = None,
    open_source: Annotated[
        list[str] | None,
        typer.Option("--open-source", metavar="TITLE", help="A contribution (repeat)."),
    ] = None,
    internship_months: Annotated[
        float | None,
        typer.Option(
            "--internship-months",
            metavar="MONTHS",
            parser=_within(0, 600),
            help="Months of internships (0-600).",
        ),
    ] = None,
    job_months: Annotated[
        float | None,
        typer.Option(
            "--job-months",
            metavar="MONTHS",
            parser=_within(0, 600),
            help="Months of jobs in the field (0-600).",
        ),
    ] = None,
    evidence: Annotated[
        list[str] | None,
        typer.Option(
            "--evidence",
            metavar="SKILL=URL",
            autocompletion=_complete_skill_pair,
            help="A link that backs a level: a portfolio, a repository, a paper (repeat).",
        ),
    ] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing: use the options and defaults.")
    ] = False,
    keep_answers: Annotated[
        bool,
        typer.Option(
            "--keep-answers",
            help="If the session ends early (Ctrl-C, end of input), write the answers given "
            "so far as a draft profile instead of nothing.",
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Write your profile by answering questions (or from options): the first step."""

    def body() -> int:
        from skillgap import api
        from skillgap.authoring import drafts
        from skillgap.authoring import options as given
        from skillgap.authoring.questionnaire import Interrupted, interview, past_date_warning
        from skillgap.models.common import level_from_text

        if _taken(path) and not force:
            raise UsageError(f"'{path}' already exists", "pass --force to overwrite it")
        index = api.load_catalog(catalog)

        def pick(text: str) -> str:
            return api.pick_role(index, text)

        day = _date(target_date, "--target-date") if target_date else None
        known = given.init_answers(
            index,
            pick,
            name=name,
            role=role,
            hours_per_week=hours_per_week,
            target_date=day,
            skills=skill,
            degree=degree,
            field_of_study=field_of_study,
            degree_status=degree_status,
            certifications=certification,
            projects=project,
            competitions=competition,
            open_source=open_source,
            internship_months=internship_months,
            job_months=job_months,
        )
        warning = past_date_warning(day, dt.date.today())
        if warning:
            _err(f"skillgap: {warning}")

        def asking_level(text: str) -> int:
            return level_from_text(text or "0")

        schema_comment = "profile.schema.json"
        try:
            links = given.evidence_links(evidence, index)
            draft = interview(index, known, None if no_input else _prompt, _err, asking_level, pick)
        except Interrupted as stop:
            code = 2 if stop.end_of_input else 130
            why = "the input ended" if stop.end_of_input else "interrupted"
            if not keep_answers:
                _err(
                    f"skillgap: {why} at '{stop.where}'; nothing was written\n"
                    "  hint: pass --keep-answers to keep the answers given so far"
                )
                return code
            stop.draft.header.insert(
                0, f"A draft: 'skillgap init' ended early ({why} at '{stop.where}')."
            )
            _write_new(path, drafts.render(stop.draft, schema_comment), catalog)
            _err(f"skillgap: {why} at '{stop.where}'; wrote the answers so far to {path}")
            return code
        given.attach_evidence(draft, links, index)
        _write_new(path, drafts.render(draft, schema_comment), catalog)
        _err(f"Wrote {path}. Assess it with:\n  skillgap assess {path}")
        return ExitCode.OK

    _run(debug, body)


def _review_continues(
    before: Any, known: Any, index: Any, target: Path, profile: Path, *, everything: bool
) -> bool:
    """Whether a review has anything to ask; says what an earlier review left to ask."""
    from skillgap.authoring import reviews as reviewing

    if before is not None and before.reopened:
        names = ", ".join(index.skill_name(s) for s in before.reopened)
        _err(
            f"skillgap: warning: the profile changed since the review; asking again about "
            f"{len(before.reopened)} claim(s): {names}"
        )
    if reviewing.nothing_to_ask(before, known, everything=everything):
        _err(
            f"skillgap: {target} already reviews every claim of {profile}; nothing "
            "to ask\n  hint: pass --force to start over, or --all to review every skill"
        )
        return False
    return True


@app.command()
def review(
    profile: ProfileArg,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", metavar="NAME", help="Your name, as the reviewer.")
    ] = None,
    role: RoleOpt = None,
    verify: Annotated[
        list[str] | None,
        typer.Option(
            "--verify",
            metavar="SKILL",
            autocompletion=_complete_skill,
            help="Confirm the claimed level (repeat).",
        ),
    ] = None,
    level: Annotated[
        list[str] | None,
        typer.Option(
            "--level",
            metavar="SKILL=LEVEL",
            autocompletion=_complete_skill_pair,
            help="Correct a level, e.g. python=3 (repeat); a bare junior, mid or senior "
            "reviews the skills of the role at that level.",
        ),
    ] = None,
    comment: Annotated[
        list[str] | None,
        typer.Option(
            "--comment",
            metavar="SKILL=TEXT",
            autocompletion=_complete_skill_pair,
            help="A comment on a skill (repeat).",
        ),
    ] = None,
    overall: Annotated[
        str | None, typer.Option("--overall", metavar="TEXT", help="An overall comment.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            parser=_output_path,
            help="Where to write it (default: PROFILE.review.yaml).",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="The day of the review, recorded in it; claims are judged at it (default: today).",
        ),
    ] = None,
    everything: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Ask about every skill of the role, one by one (default: the claimed skills, "
            "then the role's unclaimed essential and important ones in one question).",
        ),
    ] = False,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing: use the options only.")
    ] = False,
    keep_answers: Annotated[
        bool,
        typer.Option(
            "--keep-answers",
            help="Save the review after every answer, so that a session that ends early "
            "(Ctrl-C, end of input) can be continued by running the same command again.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Start over: overwrite an existing review instead of continuing it."
        ),
    ] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Review a profile as a mentor: verify or correct levels, comment; writes a review file.

    An existing review of the profile is continued: only what it does not answer yet, or
    what the profile changed since, is asked.
    """

    def body() -> int:
        from skillgap import api
        from skillgap.authoring import options as given
        from skillgap.authoring import reviews as reviewing
        from skillgap.models.common import level_from_text
        from skillgap.scoring.evidence import claim_fingerprints

        if str(profile) == "-":
            raise UsageError(
                "review reads its answers from standard input, so the profile must be a file",
                "save the profile to a file and review that",
            )
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog)
        target = output or profile.with_suffix(".review.yaml")
        before = None
        if _taken(target) and not force and real_path(target) not in {real_path(i) for i in inputs}:
            before = reviewing.earlier(target, index, prof, doc.sha256)
            if before is None:
                raise UsageError(
                    f"'{target}' already exists and is not a review of this profile",
                    "pass --force to overwrite it, or --output another file",
                )
        day = _as_of(as_of, None)
        role_id = api.pick_role(index, role or (before.role if before else None), prof)
        judged = api.judge_profile(prof, index, document=doc, as_of=day)
        seniority = [x for x in level or [] if "=" not in x]
        if len(seniority) > 1:
            raise UsageError("--level names the role's level once", "give one of them")
        corrections = [x for x in level or [] if "=" in x]
        known = given.review_answers(
            index, judged, verify=verify, level=corrections, comment=comment, overall=overall
        )
        index = api.at_level(index, seniority[0] if seniority else None, prof, doc)
        name = reviewer or (before.reviewer if before else None)
        if not _review_continues(before, known, index, target, profile, everything=everything):
            return ExitCode.OK

        def save(state: reviewing.Progress, finished: bool | None = None) -> None:
            assert name is not None
            text = reviewing.render(
                reviewer=name,
                date=day,
                profile_sha256=doc.sha256,
                role=role_id,
                skills=state.skills,
                overall=state.overall,
                profile_source=path_text(profile),
                schema_uri="review.schema.json",
                finished=state.finished if finished is None else finished,
            )
            _write(text, target, inputs)

        try:
            if name is None and not no_input:
                name = _prompt("Your name (the reviewer)", "")
            if not name:
                raise UsageError("no reviewer", 'pass --reviewer "Your Name"')
            state = reviewing.walk(
                index,
                role_id,
                judged,
                known,
                None if no_input else _prompt,
                _err,
                level_from_text,
                claims=claim_fingerprints(prof, index),
                progress=before.progress if before else None,
                reopened=frozenset(before.reopened if before else ()),
                everything=everything,
                save=(lambda s: save(s, False)) if keep_answers else None,
            )
        except (EOFError, KeyboardInterrupt) as exc:
            why = "the input ended" if isinstance(exc, EOFError) else "interrupted"
            if keep_answers and name:
                _err(
                    f"skillgap: {why}; the answers so far are in {target}\n"
                    "  hint: run the same command again to continue"
                )
            else:
                _err(
                    f"skillgap: {why} before the review was complete; nothing was written\n"
                    "  hint: pass --keep-answers to save each answer as you go, or --no-input "
                    "with the answers as options"
                )
            return ExitCode.USAGE if isinstance(exc, EOFError) else 130
        save(state)
        left = "" if state.finished else "; not finished: run the same command again to continue"
        _err(
            f"Wrote {target} ({len(state.skills)} skill(s) reviewed{left}). Apply it with:\n"
            f"  skillgap assess {profile} --review {target}"
        )
        return ExitCode.OK

    _run(debug, body)


def _write_new(path: Path, text: str, catalog: Path | None) -> None:
    """Write init's profile atomically; never over a catalog file, never through a dangling link."""
    refuse_inputs(path, _Inputs(catalog=catalog), option="the profile")
    write_file(path, text)


@app.command("import")
def import_resume(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="A JSON Resume file (schema v1.0.0, .json), or a CV: .pdf, .docx, .md, .txt.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            parser=_output_path,
            help="Write the profile here (default: stdout).",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="Reference date: ongoing jobs and degrees count up to it (default: today; "
            "the file records it).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
    ] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Turn a JSON Resume or a CV into a profile to edit; print what was mapped and what not."""

    def body() -> int:
        from skillgap import api
        from skillgap.authoring import drafts
        from skillgap.authoring import resume as resumes
        from skillgap.inputs.loader import decode, read_bytes

        _need_path(resume, "résumé")
        if output is not None and _taken(output) and not force:
            raise UsageError(f"'{output}' already exists", "pass --force to overwrite it")
        day = _date(as_of, "--as-of")
        index = api.load_catalog(catalog)
        source = str(resume)
        if resume.suffix.lower() != ".json":  # a CV: .pdf, .docx, .md, .txt
            from skillgap.authoring.cv import import_cv

            draft, report = import_cv(api.read_text(resume), index, as_of=day, source=resume.name)
        else:
            text = decode(read_bytes(resume, source), source)
            parsed, warnings = resumes.read_resume(text, source)
            draft, report = resumes.to_draft(
                parsed, index, as_of=day, source=resume.name, warnings=warnings
            )
        text = drafts.render(draft, "profile.schema.json")
        _write(text, output, _Inputs(resume, catalog=catalog))
        _err(report.text().rstrip("\n"))
        if output is not None:
            _err(f"Wrote {output}. Check it, then assess it with:\n  skillgap assess {output}")
        return ExitCode.OK

    _run(debug, body)


TextArg = Annotated[
    Path,
    typer.Argument(
        metavar="FILE",
        help="A posting or CV: .txt, .md, .pdf or .docx (- for stdin).",
        show_default=False,
    ),
]


@app.command()
def extract(
    file: TextArg,
    catalog: CatalogOpt = None,
    fmt: Annotated[ListFormat | None, _format_option(ListFormat, output=False)] = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The skills free text names: catalog id and name, words, line:column, sentence."""

    def body() -> int:
        from skillgap import api

        if str(file) != "-":
            _need_path(file, "file")
        report = api.extract_text(api.read_text(file), _read_catalog(catalog))
        if fmt is ListFormat.JSON:
            from skillgap.renderers.json import render_model

            text = render_model(report)
        else:
            from skillgap.renderers.terminal import render_extract

            text = render_extract(report, color=_color(None), width=_width())
        _write(text, None)
        return ExitCode.OK

    _run(debug, body)


@app.command()
def posting(
    file: TextArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the role here (default: stdout)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
    ] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """A draft catalog role from a job posting, each requirement citing its sentence."""

    def body() -> int:
        from skillgap import api

        if str(file) != "-":
            _need_path(file, "posting")
        if output is not None and _taken(output) and not force:
            raise UsageError(f"'{output}' already exists", "pass --force to overwrite it")
        text = api.posting_role(api.read_text(file), _read_catalog(catalog))
        _write(text, output, _Inputs(*([file] if str(file) != "-" else []), catalog=catalog))
        if output is not None:
            _err(
                f"Wrote {output}. Edit it, check it with:\n  skillgap validate {output}\n"
                f"or assess against the posting at once:\n  skillgap assess PROFILE "
                f"--posting {file}"
            )
        return ExitCode.OK

    _run(debug, body)


@app.command()
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
            "--profile", "-p", metavar="PROFILE", help="Also the person's gaps, weighted."
        ),
    ] = None,
    catalog: CatalogOpt = None,
    fmt: Annotated[ListFormat | None, _format_option(ListFormat, output=False)] = None,
    as_of: AsOfOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Over many postings: the skills asked for most, and a profile's gaps by demand."""

    def body() -> int:
        from skillgap import api

        _need_path(folder, "folder")
        if not folder.is_dir():
            raise UsageError(f"'{folder}' is not a folder", "give a folder of postings")
        if profile is not None:
            _need_path(profile, "profile")
        report = api.postings_report(
            folder, _read_catalog(catalog), profile, as_of=_date(as_of, "--as-of")
        )
        if fmt is ListFormat.JSON:
            from skillgap.renderers.json import render_model

            text = render_model(report)
        else:
            from skillgap.renderers.terminal import render_postings

            text = render_postings(report, color=_color(None), width=_width())
        _write(text, None)
        for error in report.errors:
            _err(error)
        return ExitCode.INVALID_INPUT if report.errors else ExitCode.OK

    _run(debug, body, grows=True)


@app.command()
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

        _write(schema_text(kind), None)
        return ExitCode.OK

    _run(debug, body)
