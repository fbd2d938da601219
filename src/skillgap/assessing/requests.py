"""One request per command family, and the one call that answers it.

A request is what the command line was asked, as one immutable value, dates still as
written (so a bad one is refused at the same point of the work as ever); the function
answering it checks the paths, reads the inputs, makes the report and scrubs it under
``--redact`` (the command line wraps its whole body in
:func:`~skillgap.assessing.redaction.redacting`, so that its errors quote nothing either).
The clock is read once, by the caller, into :class:`Dates`. Requests are
named tuples: a frozen dataclass costs a command's start-up about ten times as much to
define.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from skillgap.assessing.assess import assess
from skillgap.assessing.sources import (
    Inputs,
    need_path,
    open_profile,
    read_catalog,
    read_review,
    taken,
)
from skillgap.errors import UsageError
from skillgap.models.common import day_from_text
from skillgap.plan import PlanOptions

if TYPE_CHECKING:
    from pydantic import BaseModel

    from skillgap.assessing.load import Reviewed
    from skillgap.assessing.validating import ValidationReport
    from skillgap.catalog.index import CatalogIndex
    from skillgap.inputs.loader import Document
    from skillgap.models.result import Assessment, Trust, Warning
    from skillgap.models.text import ExtractReport
    from skillgap.models.views import Comparison, MatchReport, PlanReport, RoleView, SkillsReport
    from skillgap.renderers.redact import Redactor

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")


class Dates(NamedTuple):
    """The date options as written, and today (read once, at the edge): each checked when used."""

    today: dt.date
    start_date: str | None = None
    as_of: str | None = None

    def date(self, text: str | None, option: str) -> dt.date:
        """The date an option gives (default: today), or a usage error naming the option."""
        if text is None:
            return self.today
        try:
            return day_from_text(text)
        except ValueError as exc:
            raise UsageError(f"{option} {exc}", "write it as YYYY-MM-DD, in 1900-2100") from None

    def start(self) -> dt.date:
        """The plan's first day: --start-date, else today."""
        return self.date(self.start_date, "--start-date")

    def judged_at(self) -> dt.date:
        """The day to judge at: --as-of, else --start-date, else today (both checked)."""
        start = self.start()
        return start if self.as_of is None else self.date(self.as_of, "--as-of")

    def plan(
        self,
        hours_per_week: float | None,
        skip: tuple[str, ...] = (),
        prefer: tuple[str, ...] = (),
        doing: tuple[str, ...] = (),
    ) -> PlanOptions:
        """The plan the options ask for, from --start-date (else today)."""
        return PlanOptions(
            start_date=self.start(),
            hours_per_week=hours_per_week,
            skip=skip,
            prefer=prefer,
            doing=doing,
            start_date_given=self.start_date is not None,
        )


class ProfileRequest(NamedTuple):
    """``assess``, ``plan`` and ``match``: one profile against the catalog, with its plan."""

    profile: Path
    dates: Dates
    catalog: Path | None = None
    role: str | None = None
    hours_per_week: float | None = None
    skip: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    doing: tuple[str, ...] = ()
    no_plan: bool = False
    review: Path | None = None
    force: bool = False
    trust: Trust = "claimed"
    redact: bool = False
    redact_key: str | None = None
    posting: Path | None = None  # a job posting read as a draft role, instead of ``role``
    level: str | None = None  # junior, mid or senior: the role at that level
    all_levels: bool = False  # match: each role at the highest level ready for, and the next

    def plan(self) -> PlanOptions:
        """The plan options asked for (a bad --start-date is refused here)."""
        return self.dates.plan(self.hours_per_week, self.skip, self.prefer, self.doing)


class Answer(NamedTuple, Generic[T]):
    """A request's report, and every input file of it (an output must spare them).

    ``unknown``: names the catalog did not know, when the report does not hold them itself.
    """

    report: T
    inputs: Inputs
    unknown: tuple[Warning, ...] = ()


def _with_posting(
    index: CatalogIndex, posting: Path | None, role: str | None, inputs: Inputs
) -> tuple[CatalogIndex, str | None]:
    """:func:`~skillgap.assessing.postings.posting_picked`, imported only for --posting."""
    if posting is None:
        return index, role
    from skillgap.assessing.postings import posting_picked

    return posting_picked(index, posting, role, inputs)


def _redactor(request: ProfileRequest | CompareRequest) -> Redactor | None:
    """The run's redactor, or None; the redaction module only with --redact or --redact-key."""
    if not request.redact and request.redact_key is None:
        return None
    from skillgap.assessing.redaction import redactor

    return redactor(request.redact, request.redact_key)


def _scrubbed(
    redactor: Redactor | None,
    model: M,
    index: CatalogIndex,
    doc: Document,
    reviewed: Reviewed | None,
) -> M:
    """``model`` scrubbed by ``redactor`` (:func:`~skillgap.assessing.redaction.redact`)."""
    if redactor is None:
        return model
    from skillgap.assessing.redaction import redact

    return redact(redactor, model, index, doc, reviewed)


def assessed(request: ProfileRequest) -> Answer[Assessment]:
    """``assess``: the gap report, with the plan unless ``no_plan``."""
    r = request
    options = None if r.no_plan else r.plan()

    index, prof, doc, inputs = open_profile(r.profile, r.catalog, r.review)
    index, role = _with_posting(index, r.posting, r.role, inputs)
    day = r.dates.judged_at()
    result = assess(
        prof,
        index,
        role,
        document=doc,
        plan=options,
        as_of=day,
        review=(reviewed := read_review(r.review, r.profile, force=r.force)),
        trust=r.trust,
        level=r.level,
    )
    result = _scrubbed(_redactor(r), result, index, doc, reviewed)
    return Answer(result, inputs)


def planned(request: ProfileRequest) -> Answer[PlanReport]:
    """``plan``: the learning plan alone."""
    from skillgap.assessing.views import plan_report

    r = request
    options = r.plan()

    index, prof, doc, inputs = open_profile(r.profile, r.catalog, r.review)
    index, role = _with_posting(index, r.posting, r.role, inputs)
    day = r.dates.judged_at()
    scrub = _redactor(r)
    result = assess(
        prof,
        index,
        role,
        document=doc,
        plan=options,
        as_of=day,
        review=(reviewed := read_review(r.review, r.profile, force=r.force)),
        trust=r.trust,
        level=r.level,
        climb=True,
    )
    return Answer(_scrubbed(scrub, plan_report(result), index, doc, reviewed), inputs)


def matched(request: ProfileRequest) -> Answer[MatchReport]:
    """``match``: every role ranked by score, with blockers and hours."""
    from skillgap.assessing.matching import match

    r = request
    options = r.dates.plan(r.hours_per_week)

    index, prof, doc, inputs = open_profile(r.profile, r.catalog, r.review)
    index, _ = _with_posting(index, r.posting, None, inputs)
    report = match(
        prof,
        index,
        options,
        document=doc,
        as_of=r.dates.judged_at(),
        review=(reviewed := read_review(r.review, r.profile, force=r.force)),
        trust=r.trust,
        level=r.level,
        all_levels=r.all_levels,
    )
    report = _scrubbed(_redactor(r), report, index, doc, reviewed)
    return Answer(report, inputs)


class CompareRequest(NamedTuple):
    """``compare``: two profiles or saved results, for one role."""

    old: Path
    new: Path
    dates: Dates
    catalog: Path | None = None
    role: str | None = None
    hours_per_week: float | None = None
    force: bool = False
    review: Path | None = None
    trust: Trust = "claimed"
    redact: bool = False
    redact_key: str | None = None
    level: str | None = None


def compared(request: CompareRequest) -> Answer[Comparison]:
    """``compare``: progress between the two."""
    from skillgap.assessing.comparing import compare_with_names

    r = request

    for path in (r.old, r.new):
        if str(path) != "-":  # "-": a profile or saved result on standard input
            need_path(path, "input")
    index = read_catalog(r.catalog)
    cmp, unknown = compare_with_names(
        r.old,
        r.new,
        index,
        r.role,
        r.dates.plan(r.hours_per_week),
        force=r.force,
        as_of=r.dates.judged_at(),
        review=read_review(r.review, r.new, force=r.force),
        trust=r.trust,
        redactor=_redactor(r),
        level=r.level,
    )
    return Answer(cmp, Inputs(r.old, r.new, r.review, catalog=r.catalog), tuple(unknown))


def validated(paths: list[Path], catalog: Path | None, dates: Dates) -> ValidationReport:
    """``validate``: every problem in the files and folders at ``paths``."""
    from skillgap.assessing.load import load_catalog
    from skillgap.assessing.validating import validate_paths

    for path in paths:
        if str(path) != "-":  # "-": a profile on standard input
            need_path(path, "path")
    index = load_catalog(catalog) if catalog is not None else None
    return validate_paths(paths, index, as_of=dates.date(dates.as_of, "--as-of"))


def roles_listed(catalog: Path | None) -> list[dict[str, str | int | None]]:
    """``roles``: every role of the catalog."""
    from skillgap.assessing.views import role_list

    return role_list(read_catalog(catalog))


def role_shown(catalog: Path | None, role: str, level: str | None = None) -> Answer[RoleView]:
    """``roles show``: one role's requirements, sources and levels (at ``level``)."""
    from skillgap.assessing.views import role_view

    return Answer(role_view(read_catalog(catalog), role, level), Inputs(catalog=catalog))


def skills_found(catalog: Path | None, query: str | None) -> SkillsReport:
    """``skills``: the catalog's skills, or those ``query`` finds."""
    from skillgap.assessing.views import skills_view

    return skills_view(read_catalog(catalog), query)


def extracted(file: Path, catalog: Path | None) -> ExtractReport:
    """``extract``: the skills a posting or CV names (``-``: stdin)."""
    from skillgap.assessing.postings import extract_text, read_text

    if str(file) != "-":
        need_path(file, "file")
    return extract_text(read_text(file), read_catalog(catalog))


def posting_drafted(
    file: Path, catalog: Path | None, output: Path | None, *, force: bool = False
) -> Answer[str]:
    """``posting``: a draft catalog role (YAML) from a job posting (``-``: stdin)."""
    from skillgap.assessing.postings import posting_role, read_text

    if str(file) != "-":
        need_path(file, "posting")
    if output is not None and taken(output) and not force:
        raise UsageError(f"'{output}' already exists", "pass --force to overwrite it")
    text = posting_role(read_text(file), read_catalog(catalog))
    return Answer(text, Inputs(*([file] if str(file) != "-" else []), catalog=catalog))
