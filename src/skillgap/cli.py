"""The ``skillgap`` command: options in, one library call, a renderer, an exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from skillgap import __version__
from skillgap.errors import REPORT_BUG, ExitCode, SkillgapError, UsageError
from skillgap.output import (
    CLOSED_PIPE_EXIT,
    AtomicFile,
    ClosedPipe,
    Terminated,
    refuse_inputs,
    setup_streams,
    stop_on_signals,
    write_file,
    write_stderr,
    write_stdout,
)
from skillgap.renderers import OutputFormat

if TYPE_CHECKING:
    from skillgap.api import PlanOptions
    from skillgap.catalog import CatalogIndex
    from skillgap.loader import Document
    from skillgap.models.profile import Profile

app = typer.Typer(
    name="skillgap",
    help="Where you stand against the role you want, and what to learn next.",
    add_completion=False,
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
ProfileArg = Annotated[Path, typer.Argument(help="The profile YAML file.", show_default=False)]
HoursOpt = Annotated[
    float | None,
    typer.Option(
        "--hours-per-week",
        min=0.5,
        max=100,
        metavar="N",
        help="Hours a week for the plan (else the profile's hours_per_week, else 10).",
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
RoleOpt = Annotated[
    str | None,
    typer.Option(
        "--role", "-r", help="Role id (default: the profile's target_role, else ml-engineer)."
    ),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format: terminal, json, markdown or html."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the report here (default: stdout)."),
]


@app.callback()
def main(version: Version = False) -> None:
    """Where you stand against the role you want, and what to learn next."""


def _err(text: str) -> None:
    write_stderr(text.rstrip("\n") + "\n")


def _run(debug: bool, action: Callable[[], int]) -> None:
    """Run a command body, mapping every error to its message and exit code."""
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
            traceback.print_exc()
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
            traceback.print_exc()
        _err(
            f"skillgap: internal error: {type(exc).__name__}: {exc}\n"
            f"  This is a bug in skillgap; please report it at {REPORT_BUG} "
            "with the output of the same command run with --debug."
        )
        raise typer.Exit(ExitCode.INTERNAL) from None
    raise typer.Exit(code)


def _taken(path: Path) -> bool:
    """Whether a name is in use: a file, or a symlink even when it points nowhere."""
    return path.exists() or path.is_symlink()


def _need_path(path: Path, what: str) -> None:
    if not path.exists():
        raise UsageError(f"{what} '{path}' does not exist", "check the path and try again")


def _profile_and_catalog(
    profile: Path, catalog: Path | None
) -> tuple[CatalogIndex, Profile, Document, Iterator[Path]]:
    """Check the paths, read the catalog and the profile; also the files --output spares."""
    from skillgap import api

    _need_path(profile, "profile")
    if catalog is not None:
        _need_path(catalog, "catalog")
    index = api.load_catalog(catalog)
    prof, doc = api.load_profile(profile)
    return index, prof, doc, _inputs(profile, catalog=catalog)


def _inputs(*files: Path, catalog: Path | None) -> Iterator[Path]:
    """Every input file of a command: ``files``, then each file of the catalog it reads.

    Lazy: the catalog's files are listed only when there is an output to check them against.
    """
    from skillgap.catalog import builtin_catalog_dir, catalog_paths

    yield from files
    yield from catalog_paths(catalog if catalog is not None else builtin_catalog_dir())


def _color(output: Path | None) -> bool:
    if output is not None or "NO_COLOR" in os.environ:
        return False
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def _width() -> int:
    if sys.stdout.isatty():
        return max(60, min(os.get_terminal_size().columns, 140))
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
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0,
            max=100,
            metavar="SCORE",
            help="Exit 1 when the score is below SCORE.",
        ),
    ] = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    no_plan: Annotated[
        bool, typer.Option("--no-plan", help="Leave the learning plan out of the report.")
    ] = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Assess a profile against a role: the gap report and the learning plan."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_assessment

        options = None if no_plan else _plan_options(start_date, hours_per_week)
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog)
        result = api.assess(prof, index, role, document=doc, plan=options)
        text = render_assessment(result, fmt, color=_color(output), width=_width())
        _write(text, output, inputs)
        if fail_under is not None and result.score < fail_under:
            _err(f"skillgap: score {result.score:g} is below --fail-under {fail_under:g}")
            return ExitCode.BELOW_THRESHOLD
        return ExitCode.OK

    _run(debug, body)


def _date(text: str | None, option: str) -> dt.date:
    """The date an option gives (default: today), or a usage error naming the option."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} '{text}' is not a date", "write it as YYYY-MM-DD") from None


def _plan_options(start_date: str | None, hours_per_week: float | None) -> PlanOptions:
    from skillgap.api import PlanOptions

    return PlanOptions(start_date=_date(start_date, "--start-date"), hours_per_week=hours_per_week)


@app.command()
def plan(
    profile: ProfileArg,
    role: RoleOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """The learning plan alone: what to learn next, in what order, by when."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_plan

        options = _plan_options(start_date, hours_per_week)
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog)
        report = api.plan_report(api.assess(prof, index, role, document=doc, plan=options))
        _write(render_plan(report, fmt, color=_color(output), width=_width()), output, inputs)
        return ExitCode.OK

    _run(debug, body)


class ValidateFormat(enum.StrEnum):
    """The formats ``validate`` can write."""

    TEXT = "text"
    JSON = "json"


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Profile and catalog files, or folders of them.", show_default=False),
    ],
    catalog: CatalogOpt = None,
    fmt: Annotated[
        ValidateFormat,
        typer.Option("--format", "-f", help="text (file:line:col: ...) or json."),
    ] = ValidateFormat.TEXT,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Check profiles and catalogs; report every problem in every file (exit 3 if any)."""

    def body() -> int:
        from dataclasses import asdict

        from skillgap import api

        for path in paths:
            _need_path(path, "path")
        index = api.load_catalog(catalog) if catalog is not None else None
        report = api.validate_paths(paths, index)
        if fmt is ValidateFormat.JSON:
            problems = [asdict(p) for p in report.problems]
            text = (
                json.dumps(
                    {
                        "files": report.files,
                        "errors": report.errors,
                        "warnings": len(problems) - report.errors,
                        "problems": problems,
                    },
                    indent=2,
                    ensure_ascii=False,
                )
                + "\n"
            )
        else:
            text = "".join(p.format() + "\n" for p in report.problems)
        _write(text, None)
        warnings = len(report.problems) - report.errors
        _err(
            f"skillgap: checked {report.files} file(s): {report.errors} error(s), "
            f"{warnings} warning(s)"
        )
        return ExitCode.INVALID_INPUT if report.errors else ExitCode.OK

    _run(debug, body)


roles_app = typer.Typer(
    help="The roles the catalog offers; 'roles show ID' for one role's requirements.",
    no_args_is_help=False,
)
app.add_typer(roles_app, name="roles")


@roles_app.callback(invoke_without_command=True)
def roles(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """List the roles the catalog offers."""
    if ctx.invoked_subcommand is not None:
        return

    def body() -> int:
        from skillgap import api
        from skillgap.models.catalog import all_requirements

        if catalog is not None:
            _need_path(catalog, "catalog")
        index = api.load_catalog(catalog)
        rows = []
        for role_id in sorted(index.roles):
            resolved = index.role(role_id)
            rows.append(
                {
                    "id": role_id,
                    "name": resolved.name,
                    "extends": resolved.role.extends,
                    "requirements": len(all_requirements(resolved.requirements)),
                    "summary": resolved.summary,
                }
            )
        if fmt is OutputFormat.JSON:
            text = json.dumps({"roles": rows}, indent=2, ensure_ascii=False) + "\n"
        else:
            from skillgap.renderers.terminal import render_roles

            text = render_roles(rows, color=_color(None), width=_width())
        _write(text, None)
        return ExitCode.OK

    _run(debug, body)


@roles_app.command("show")
def roles_show(
    role_id: Annotated[str, typer.Argument(metavar="ID", help="Role id.", show_default=False)],
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """One role: summary, facts and sources, and its requirements grouped by category."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_role

        if catalog is not None:
            _need_path(catalog, "catalog")
        index = api.load_catalog(catalog)
        view = api.role_view(index, role_id)
        text = render_role(view, fmt, color=_color(output), width=_width())
        _write(text, output, _inputs(catalog=catalog))
        return ExitCode.OK

    _run(debug, body)


@app.command()
def match(
    profile: ProfileArg,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Which path am I closest to: every role ranked by score, with blockers and hours."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_match

        options = _plan_options(start_date, hours_per_week)
        index, prof, doc, inputs = _profile_and_catalog(profile, catalog)
        report = api.match(prof, index, options, document=doc)
        _write(render_match(report, fmt, color=_color(output), width=_width()), output, inputs)
        return ExitCode.OK

    _run(debug, body)


@app.command()
def compare(
    old: Annotated[
        Path,
        typer.Argument(help="The earlier profile, or a saved JSON result.", show_default=False),
    ],
    new: Annotated[
        Path, typer.Argument(help="The later profile, or a saved JSON result.", show_default=False)
    ],
    role: RoleOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Compare results for different roles or catalogs.")
    ] = False,
    hours_per_week: HoursOpt = None,
    start_date: StartOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Progress between two assessments: score and category changes, gaps closed, movers."""

    def body() -> int:
        from skillgap import api
        from skillgap.renderers import render_comparison

        for path in (old, new):
            _need_path(path, "input")
        if catalog is not None:
            _need_path(catalog, "catalog")
        index = api.load_catalog(catalog)
        cmp = api.compare_files(
            old, new, index, role, _plan_options(start_date, hours_per_week), force=force
        )
        text = render_comparison(cmp, fmt, color=_color(output), width=_width())
        _write(text, output, _inputs(old, new, catalog=catalog))
        return ExitCode.OK

    _run(debug, body)


class BatchFormat(enum.StrEnum):
    """The formats ``batch`` can write."""

    JSONL = "jsonl"
    CSV = "csv"
    JSON = "json"
    TABLE = "table"
    MARKDOWN = "markdown"
    HTML = "html"


@app.command()
def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Profiles, folders of profiles (searched recursively) or globs.",
            show_default=False,
        ),
    ],
    role: RoleOpt = None,
    all_roles: Annotated[
        bool, typer.Option("--all-roles", help="Assess every profile against every role.")
    ] = False,
    catalog: CatalogOpt = None,
    fmt: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="jsonl, csv, json, table, markdown, html.")
    ] = BatchFormat.JSONL,
    output: OutputOpt = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, max=256, help="Worker processes (default: the number of CPUs)."
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0,
            max=100,
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
    start_date: StartOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Assess a folder of profiles: one record per profile, streamed; broken files never stop it."""

    def body() -> int:
        from skillgap import api
        from skillgap import batch as batching

        if role and all_roles:
            raise UsageError("--role and --all-roles exclude each other", "give one of them")
        if catalog is not None:
            _need_path(catalog, "catalog")
        _date(start_date, "--start-date")  # refuse a bad date before any work
        index = api.load_catalog(catalog)
        roles = (
            tuple(sorted(index.roles))
            if all_roles
            else ((api.pick_role(index, role),) if role else None)
        )
        if output is not None:
            refuse_inputs(output, _inputs(catalog=catalog))  # each profile: as it is found
        options = batching.Options(
            patterns=tuple(paths),
            catalog=str(catalog) if catalog else None,
            roles=roles,
            fmt=fmt.value,
            report_dir=report_dir,
            start_date=start_date,
            workers=jobs or os.cpu_count() or 1,
            fail_under=fail_under,
            output=output,
        )
        # The output file is written under a temporary name and replaces the old one only
        # once the run is complete: a run that fails or is stopped leaves it as it was.
        with _Sink(output) as sink:
            progress = _progress()
            cohort = batching.execute(options, write=sink.write, on_error=_err, progress=progress)
            if fmt in (BatchFormat.TABLE, BatchFormat.MARKDOWN, BatchFormat.HTML):
                from skillgap.renderers import OutputFormat, renderer

                target = OutputFormat.TERMINAL if fmt is BatchFormat.TABLE else OutputFormat(fmt)
                sink.write(
                    renderer(target, "cohort")(
                        cohort.summary(index),
                        cohort.heatmap(index),
                        color=_color(output),
                        width=_width(),
                    )
                )
            elif fmt is BatchFormat.JSON:
                sink.write(batching.json_document(cohort, index))
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
                f"; {cohort.internal} internal error(s): please report them at {REPORT_BUG}"
                if cohort.internal
                else ""
            )
        )
        if cohort.internal:
            return ExitCode.INTERNAL
        if cohort.unwritten:
            return ExitCode.OUTPUT
        if cohort.invalid:
            return ExitCode.INVALID_INPUT
        return ExitCode.BELOW_THRESHOLD if cohort.below else ExitCode.OK

    _run(debug, body)


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


def _progress() -> Callable[[int | None], None] | None:
    """A spinner with a count on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} profiles"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=False,  # no refresh thread: workers are forked from a one-thread process
    )
    bar.start()
    task = bar.add_task("batch", total=None)

    def update(done: int | None) -> None:
        if done is None:
            bar.stop()
        else:
            bar.update(task, completed=done, refresh=True)

    return update


@app.command()
def init(
    path: Annotated[
        Path, typer.Argument(help="Where to write the profile.", show_default=True)
    ] = Path("profile.yaml"),
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    role: RoleOpt = None,
    hours_per_week: HoursOpt = None,
    target_date: Annotated[
        str | None, typer.Option("--target-date", metavar="YYYY-MM-DD", help="When to be ready.")
    ] = None,
    skill: Annotated[
        list[str] | None,
        typer.Option("--skill", metavar="SKILL=LEVEL", help="A rating, e.g. python=4 (repeat)."),
    ] = None,
    degree: Annotated[
        str | None, typer.Option("--degree", help="Highest degree: none, bachelor, master, phd.")
    ] = None,
    field_of_study: Annotated[
        str | None, typer.Option("--field", help="Field of study of that degree.")
    ] = None,
    degree_status: Annotated[
        str | None, typer.Option("--degree-status", help="completed or in_progress.")
    ] = None,
    certification: Annotated[
        list[str] | None, typer.Option("--certification", help="A certification held (repeat).")
    ] = None,
    project: Annotated[
        list[str] | None, typer.Option("--project", help="A project's title (repeat).")
    ] = None,
    competition: Annotated[
        list[str] | None, typer.Option("--competition", help="A competition (repeat).")
    ] = None,
    open_source: Annotated[
        list[str] | None, typer.Option("--open-source", help="A contribution (repeat).")
    ] = None,
    internship_months: Annotated[
        float | None, typer.Option("--internship-months", min=0, help="Months of internships.")
    ] = None,
    job_months: Annotated[
        float | None, typer.Option("--job-months", min=0, help="Months of jobs in the field.")
    ] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing: use the options and defaults.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Write your profile by answering questions (or from options): the first step."""

    def body() -> int:
        from skillgap import api, drafts
        from skillgap.models.common import level_from_text
        from skillgap.questionnaire import Answers, interview
        from skillgap.schemas import shipped_schema

        if _taken(path) and not force:
            raise UsageError(f"'{path}' already exists", "pass --force to overwrite it")
        index = api.load_catalog(catalog)
        ratings: dict[str, int] = {}
        for item in skill or []:
            key, _, value = item.partition("=")
            skill_id = index.find_skill(key)
            if skill_id is None or not value:
                close = index.suggest_skill(key)
                raise UsageError(
                    f"--skill '{item}': unknown skill or no level",
                    f"did you mean '{close}'?" if close else "write SKILL=LEVEL",
                )
            try:
                ratings[skill_id] = level_from_text(value)
            except ValueError as exc:
                raise UsageError(f"--skill '{item}': {exc}") from exc
        known = Answers(
            name=name,
            role=role,
            hours_per_week=hours_per_week,
            target_date=_date(target_date, "--target-date") if target_date else None,
            skills=ratings,
            degree=degree,
            field_of_study=field_of_study,
            degree_status=degree_status,
            certifications=certification or [],
            projects=project or [],
            competitions=competition or [],
            open_source=open_source or [],
            internship_months=internship_months,
            job_months=job_months,
        )

        def ask(question: str, default: str) -> str:
            answer: str = typer.prompt(
                question, default=default, show_default=bool(default), err=True
            )
            return answer.strip()

        def say(text: str) -> None:
            _err(text)

        def pick(text: str) -> str:
            return api.pick_role(index, text)

        def asking_level(text: str) -> int:
            return level_from_text(text or "0")

        draft = interview(index, known, None if no_input else ask, say, asking_level, pick)
        text = drafts.render(draft, shipped_schema("profile").as_uri())
        refuse_inputs(path, _inputs(catalog=catalog), option="the profile")
        write_file(path, text)  # a dangling symlink at PATH is refused, not followed
        _err(f"Wrote {path}. Assess it with:\n  skillgap assess {path}")
        return ExitCode.OK

    _run(debug, body)


@app.command("import")
def import_resume(
    resume: Annotated[
        Path, typer.Argument(help="A JSON Resume file (schema v1.0.0).", show_default=False)
    ],
    output: OutputOpt = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="Reference date for ongoing jobs and degrees (default: today).",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --output.")] = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Turn a JSON Resume into a profile to edit; print what was mapped and what was not."""

    def body() -> int:
        from skillgap import api, drafts
        from skillgap import resume as resumes
        from skillgap.loader import decode, read_bytes
        from skillgap.schemas import shipped_schema

        _need_path(resume, "résumé")
        if output is not None and _taken(output) and not force:
            raise UsageError(f"'{output}' already exists", "pass --force to overwrite it")
        day = _date(as_of, "--as-of")
        index = api.load_catalog(catalog)
        source = str(resume)
        parsed = resumes.load_resume(decode(read_bytes(resume, source), source), source)
        draft, report = resumes.to_draft(parsed, index, as_of=day, source=resume.name)
        text = drafts.render(draft, shipped_schema("profile").as_uri())
        _write(text, output, _inputs(resume, catalog=catalog))
        _err(report.text().rstrip("\n"))
        if output is not None:
            _err(f"Wrote {output}. Check it, then assess it with:\n  skillgap assess {output}")
        return ExitCode.OK

    _run(debug, body)


@app.command()
def schema(
    kind: Annotated[str, typer.Argument(help="profile, catalog or result.", show_default=False)],
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of a profile, a catalog or a result."""

    def body() -> int:
        from skillgap.schemas import KINDS, schema_text

        if kind not in KINDS:
            from skillgap.models.common import suggest

            close = suggest(kind, KINDS)
            raise UsageError(
                f"unknown schema '{kind}'",
                f"did you mean '{close}'?" if close else "use profile, catalog or result",
            )
        _write(schema_text(kind), None)
        return ExitCode.OK

    _run(debug, body)
