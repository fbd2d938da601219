"""``init``, ``review`` and ``import``: writing the inputs, a profile or a mentor's review."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from skillgap.cli.emit import write
from skillgap.cli.options import (
    CatalogOpt,
    Debug,
    OverwriteOpt,
    ProfileArg,
    RoleOpt,
    Version,
    complete_skill,
    date_option,
    force_option,
    hours_option,
    output_option,
    repeated,
    role_option,
    within,
)
from skillgap.cli.running import ended, err, run
from skillgap.clock import today
from skillgap.errors import ExitCode
from skillgap.untrusted import safe_text

commands = typer.Typer()

InitHoursOpt = Annotated[
    float | None,
    hours_option(
        "Hours a week you can spend learning, 1-100, written to the profile "
        "(asked when not given; Enter = 10)."
    ),
]


def _months(name: str, help: str) -> Any:
    """A number of months, 0-600 (``init``'s experience)."""
    return typer.Option(name, metavar="MONTHS", parser=within(0, 600), help=help)


def _prompt(question: str, default: str) -> str:
    """Ask on stderr, read one line from stdin; EOFError at the end of input."""
    sys.stderr.write(safe_text(question + (f" [{default}]" if default else "")) + ": ")
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        raise EOFError
    return line.strip() or default


@commands.command()
def init(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="Where to write the profile.", show_default=True)
    ] = Path("profile.yaml"),
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="Your name.")] = None,
    role: Annotated[
        str | None,
        role_option(
            "Target role: an id or a name, e.g. mlops-engineer or 'MLOps Engineer' "
            "(asked when not given; default ml-engineer)."
        ),
    ] = None,
    hours_per_week: InitHoursOpt = None,
    target_date: Annotated[
        str | None, typer.Option("--target-date", metavar="YYYY-MM-DD", help="When to be ready.")
    ] = None,
    skill: Annotated[
        list[str] | None,
        repeated(
            "--skill",
            "SKILL=LEVEL",
            "A rating, e.g. python=4 or sql=beginner (repeat).",
            pairs=True,
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
        list[str] | None, repeated("--certification", "NAME", "A certification held (repeat).")
    ] = None,
    project: Annotated[
        list[str] | None, repeated("--project", "TITLE", "A project's title (repeat).")
    ] = None,
    competition: Annotated[
        list[str] | None, repeated("--competition", "TITLE", "A competition (repeat).")
    ] = None,
    open_source: Annotated[
        list[str] | None, repeated("--open-source", "TITLE", "A contribution (repeat).")
    ] = None,
    internship_months: Annotated[
        float | None, _months("--internship-months", "Months of internships (0-600).")
    ] = None,
    job_months: Annotated[
        float | None, _months("--job-months", "Months of jobs in the field (0-600).")
    ] = None,
    evidence: Annotated[
        list[str] | None,
        repeated(
            "--evidence",
            "SKILL=URL",
            "A link that backs a level: a portfolio, a repository, a paper (repeat).",
            pairs=True,
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
        from skillgap.authoring.sessions import InitRequest, write_profile

        request = InitRequest(
            path,
            today(),
            catalog=catalog,
            name=name,
            role=role,
            hours_per_week=hours_per_week,
            target_date=target_date,
            skills=tuple(skill or ()),
            degree=degree,
            field_of_study=field_of_study,
            degree_status=degree_status,
            certifications=tuple(certification or ()),
            projects=tuple(project or ()),
            competitions=tuple(competition or ()),
            open_source=tuple(open_source or ()),
            internship_months=internship_months,
            job_months=job_months,
            evidence=tuple(evidence or ()),
            no_input=no_input,
            keep_answers=keep_answers,
            force=force,
        )
        return ended(write_profile(request, _prompt, err))

    run(debug, body)


@commands.command()
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
            autocompletion=complete_skill,
            help="Confirm the claimed level (repeat).",
        ),
    ] = None,
    level: Annotated[
        list[str] | None,
        repeated(
            "--level",
            "SKILL=LEVEL",
            "Correct a level, e.g. python=3 (repeat); a bare junior, mid or senior "
            "reviews the skills of the role at that level.",
            pairs=True,
        ),
    ] = None,
    comment: Annotated[
        list[str] | None,
        repeated("--comment", "SKILL=TEXT", "A comment on a skill (repeat).", pairs=True),
    ] = None,
    overall: Annotated[
        str | None, typer.Option("--overall", metavar="TEXT", help="An overall comment.")
    ] = None,
    output: Annotated[
        Path | None,
        output_option(
            "Where to write it (default: PROFILE.review.yaml; needed for '-', with --no-input)."
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        date_option(
            "--as-of",
            "The day of the review, recorded in it; claims are judged at it (default: today).",
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
        bool, force_option("Start over: overwrite an existing review instead of continuing it.")
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
        from skillgap.assessing.requests import Dates
        from skillgap.authoring.sessions import ReviewRequest, write_review

        request = ReviewRequest(
            profile,
            Dates(today(), as_of=as_of),
            reviewer=reviewer,
            role=role,
            verify=tuple(verify or ()),
            level=tuple(level or ()),
            comment=tuple(comment or ()),
            overall=overall,
            output=output,
            everything=everything,
            no_input=no_input,
            keep_answers=keep_answers,
            force=force,
            catalog=catalog,
        )
        return ended(write_review(request, _prompt, err))

    run(debug, body)


@commands.command("import")
def import_resume(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="A JSON Resume file (schema v1.0.0, .json), or a CV: .pdf, .docx, .md, .txt "
            "('-': standard input).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None, output_option("Write the profile here (default: stdout).")
    ] = None,
    as_of: Annotated[
        str | None,
        date_option(
            "--as-of",
            "Reference date: ongoing jobs and degrees count up to it (default: today; "
            "the file records it).",
        ),
    ] = None,
    force: OverwriteOpt = False,
    catalog: CatalogOpt = None,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Turn a JSON Resume or a CV into a profile to edit; print what was mapped and what not."""

    def body() -> int:
        from skillgap.assessing.requests import Dates
        from skillgap.authoring.sessions import ImportRequest, import_resume

        request = ImportRequest(
            resume, Dates(today(), as_of=as_of), output=output, force=force, catalog=catalog
        )
        imported = import_resume(request)
        write(imported.text, output, imported.inputs)
        err(imported.report.rstrip("\n"))
        if output is not None:
            err(f"Wrote {output}. Check it, then assess it with:\n  skillgap assess {output}")
        return ExitCode.OK

    run(debug, body)
