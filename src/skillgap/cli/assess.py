"""``assess``, ``plan`` and ``match``: one profile against the catalog's roles."""

from __future__ import annotations

from typing import Annotated

import typer

from skillgap.cli.emit import color, not_understood, width, write
from skillgap.cli.options import (
    AsOfOpt,
    CatalogOpt,
    Debug,
    DoingOpt,
    ForceReviewOpt,
    FormatOpt,
    HoursOpt,
    LevelOpt,
    NoDegreeOpt,
    NoFullTimeOpt,
    OutputOpt,
    PlanFormatOpt,
    PostingOpt,
    PreferOpt,
    ProfileArg,
    RedactKeyOpt,
    RedactOpt,
    ReviewOpt,
    RoleOpt,
    SkipOpt,
    StartOpt,
    TrustLevel,
    TrustOpt,
    Version,
    fail_under_option,
    skips,
)
from skillgap.cli.running import err, run
from skillgap.clock import today
from skillgap.errors import ExitCode
from skillgap.renderers import OutputFormat, PlanFormat, format_for

commands = typer.Typer()


@commands.command()
def assess(
    profile: ProfileArg,
    role: RoleOpt = None,
    level: LevelOpt = None,
    catalog: CatalogOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_under: Annotated[
        float | None, fail_under_option("Exit 1 when the score is below SCORE.")
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
        from skillgap.assessing.requests import Dates, ProfileRequest, assessed
        from skillgap.renderers import render_assessment

        request = ProfileRequest(
            profile,
            Dates(today(), start_date, as_of),
            catalog=catalog,
            role=role,
            hours_per_week=hours_per_week,
            skip=skips(skip, no_degree, no_full_time),
            prefer=tuple(prefer or ()),
            doing=tuple(doing or ()),
            no_plan=no_plan,
            review=review,
            force=force,
            trust=trust.value,
            redact=redact,
            redact_key=redact_key,
            posting=posting,
            level=level,
        )
        answer = assessed(request)
        result = answer.report
        chosen = format_for(OutputFormat, fmt, output)
        text = render_assessment(
            result, chosen, color=color(output), width=width(), details=details
        )
        write(text, output, answer.inputs)
        not_understood(result.warnings, chosen is OutputFormat.TERMINAL)
        if fail_under is not None and result.score < fail_under:
            err(f"skillgap: score {result.score:g} is below --fail-under {fail_under:g}")
            return ExitCode.BELOW_THRESHOLD
        return ExitCode.OK

    if redact:  # the redaction module is imported only when it is asked for
        from skillgap.assessing.redaction import redacting

        body = redacting(redact, body, catalog, profile=profile, review=review, posting=posting)
    run(debug, body)


@commands.command()
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
        from skillgap.assessing.requests import Dates, ProfileRequest, planned
        from skillgap.renderers import render_plan

        request = ProfileRequest(
            profile,
            Dates(today(), start_date, as_of),
            catalog=catalog,
            role=role,
            hours_per_week=hours_per_week,
            skip=skips(skip, no_degree, no_full_time),
            prefer=tuple(prefer or ()),
            doing=tuple(doing or ()),
            review=review,
            force=force,
            trust=trust.value,
            redact=redact,
            redact_key=redact_key,
            posting=posting,
            level=level,
        )
        answer = planned(request)
        chosen = format_for(PlanFormat, fmt, output)
        text = render_plan(answer.report, chosen, color=color(output), width=width())
        write(text, output, answer.inputs)
        not_understood(answer.report.warnings, chosen is PlanFormat.TERMINAL)
        return ExitCode.OK

    if redact:  # the redaction module is imported only when it is asked for
        from skillgap.assessing.redaction import redacting

        body = redacting(redact, body, catalog, profile=profile, review=review, posting=posting)
    run(debug, body)


@commands.command()
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
        from skillgap.assessing.requests import Dates, ProfileRequest, matched
        from skillgap.renderers import render_match

        request = ProfileRequest(
            profile,
            Dates(today(), start_date, as_of),
            catalog=catalog,
            hours_per_week=hours_per_week,
            review=review,
            force=force,
            trust=trust.value,
            redact=redact,
            redact_key=redact_key,
            posting=posting,
            level=level,
            all_levels=all_levels,
        )
        answer = matched(request)
        chosen = format_for(OutputFormat, fmt, output)
        text = render_match(answer.report, chosen, color=color(output), width=width())
        write(text, output, answer.inputs)
        not_understood(answer.report.warnings, chosen is OutputFormat.TERMINAL)
        return ExitCode.OK

    if redact:  # the redaction module is imported only when it is asked for
        from skillgap.assessing.redaction import redacting

        body = redacting(redact, body, catalog, profile=profile, review=review, posting=posting)
    run(debug, body)
