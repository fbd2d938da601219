"""``import`` of a CV (.pdf, .docx, .md, .txt): a draft profile and a mapping report.

What :mod:`skillgap.text.cv` read, written as ``import`` writes a JSON Resume's profile.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from skillgap.authoring.drafts import Draft, ExperienceLine, SkillLine
from skillgap.authoring.resume import Report
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, Problem
from skillgap.models.common import LEVEL_NAMES
from skillgap.models.profile import Profile
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.read import TextDocument
from skillgap.text.sections import looks_like_posting


def _end(job_end: dt.date | None, as_of: dt.date) -> str | None:
    if job_end is None or job_end >= dt.date(as_of.year, as_of.month, 1):
        return None  # ongoing: no end, so its evidence does not age
    return f"{job_end.year:04d}-{job_end.month:02d}"


def to_draft(
    reading: CvReading, catalog: CatalogIndex, *, as_of: dt.date, source: str
) -> tuple[Draft, Report]:
    """A CV read, as a draft profile and the report of what went where."""
    report = Report()
    skills = []
    for claim in reading.skills.values():
        name = catalog.skill_name(claim.id)
        where = claim.source or ("skills section" if claim.listed else "jobs' lines")
        skills.append(SkillLine(claim.id, claim.level, f"estimate from: {claim.why}"))
        report.mapped.append(
            f"{name} → {claim.id}: level {claim.level} ({LEVEL_NAMES[claim.level]}), "
            f"estimate from the {where}: {claim.why}"
        )
    experience: list[ExperienceLine] = []
    footer: list[str] = []
    for job in reading.jobs:
        if job.kind == "break":
            report.mapped.append(f"{job.title}: a break, not counted")
            continue
        share = "" if job.fte >= 1 else f", {job.fte:g} of full time"
        if job.first_share is not None:  # "75 % until Feb. 2024, since März 2024 Vollzeit"
            span, fte = job.first_share
            share = f", {fte:g} of full time to {span.end:%Y-%m}{share or ', then full time'}"
        if not job.relevant:
            why = job.why_not or "not data, ML, AI, research or engineering work"
            report.unmapped.append(
                f"{job.title}: {job.months:g} months{share}; {why}, so not counted "
                "(add it as experience if it is)"
            )
            footer.append(f"job not counted: {job.title} ({job.months:g} months{share})")
            continue
        listed = [s for s in job.skills if s in reading.skills]
        experience.append(
            ExperienceLine(
                kind=job.kind,
                title=job.title[:200],
                months=job.months,
                skills=listed,
                end=_end(job.span.end, as_of),
                note=f"{job.span.text}: {job.calendar_months} calendar months{share}",
            )
        )
        report.mapped.append(
            f"{job.title} → {job.kind}, {job.months:g} months ({job.span.text}: "
            f"{job.calendar_months} calendar months{share}; months shared with another job "
            "and leave are not counted)"
        )
    for kind, title, named in reading.projects:
        listed = [s for s in named if s in reading.skills]
        experience.append(ExperienceLine(kind=kind, title=title[:200], skills=listed))
        report.mapped.append(f"{title[:80]} → {kind}")
    for title in reading.publications:
        experience.append(ExperienceLine(kind="publication", title=title[:200]))
        report.mapped.append(f"{title[:80]} → publication")
    for degree in reading.degrees:
        report.mapped.append(
            f"{degree['degree']} in {degree.get('field', 'a field not named')}, {degree['status']}"
        )
    for cert in reading.certifications:
        report.mapped.append(f"{cert['name']} (earned {cert.get('earned', 'no date')})")
    for text in reading.unknown_certifications:
        report.unmapped.append(f"certification not in the catalog: {text}")
        footer.append(f"certification not in the catalog: {text}")
    report.warnings.append(
        f"{len(skills)} levels are estimates read from the CV's words: check each one"
    )
    pairs = _side_by_side(reading.side_by_side)
    for where, heading in pairs:
        report.warnings.append(
            f"{where}: '{heading}' reads as two headings side by side: the CV looks laid "
            "out in two columns and flattened into one text (as a PDF's text often is); its "
            "rows were cut into the sidebar's cells and the main column's and read column by "
            "column, so a title, an employer, a date or a level may have landed in the wrong "
            "column: check the jobs and their months against the CV (or export it as one column)"
        )
    draft = Draft(
        name=reading.name or "Your Name",
        skills=skills,
        education=_at_most(reading.degrees, "education", "degrees", report),
        certifications=_at_most(reading.certifications, "certifications", "certificates", report),
        experience=_at_most(experience, "experience", "experience items", report),
        header=[
            f"Imported from {source} (a CV) by 'skillgap import' on the reference date "
            f"{as_of.isoformat()}.",
            "Every level is an estimate from the CV's words (see each note): check them.",
            *(
                f"{where.capitalize()} ('{h}') looks like two columns flattened into one: read "
                "column by column by rules of thumb; check the jobs."
                for where, h in pairs
            ),
        ],
        footer=["Not mapped from the CV: edit and move up if wanted.", *footer] if footer else [],
    )
    return draft, report


#: Rows of side-by-side headings named one by one; more are counted in one line.
_NAMED_ROWS = 3
_T = TypeVar("_T")


def _side_by_side(rows: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """Where the CV's side-by-side headings are: a few rows by number, the rest counted.

    A hostile CV repeating "SKILLS EXPERIENCE" 10,000 times gets four warnings, not 10,000.
    """
    if len(rows) <= _NAMED_ROWS + 1:
        return [(f"line {n}", h) for n, h in rows]
    named = [(f"line {n}", h) for n, h in rows[:_NAMED_ROWS]]
    (first, heading), last = rows[_NAMED_ROWS], rows[-1][0]
    more = len(rows) - _NAMED_ROWS - 1
    named.append((f"line {first} and {more:,} more lines up to line {last}", heading))
    return named


def _at_most(items: list[_T], field: str, what: str, report: Report) -> list[_T]:
    """The first of ``items`` a profile's ``field`` holds, with a warning when the CV has more.

    A CV read as 5,000 jobs would otherwise write a profile that does not load (exit 70).
    """
    limit = next(
        int(m.max_length) for m in Profile.model_fields[field].metadata if hasattr(m, "max_length")
    )
    if len(items) <= limit:
        return items
    report.warnings.append(
        f"the CV reads as {len(items):,} {what}; a profile holds at most {limit:,}: the first "
        f"{limit:,} are kept (check the CV: a long list is often a table read as text)"
    )
    return items[:limit]


def import_cv(
    document: TextDocument, catalog: CatalogIndex, *, as_of: dt.date, source: str
) -> tuple[Draft, Report]:
    """A CV document read and mapped: the draft profile and the mapping report.

    A job posting given instead is refused (exit 3), not drafted as a person with no skills.
    """
    reading = read_cv(document, catalog, as_of)
    if not reading.jobs and looks_like_posting(document.lines):
        message = "this reads as a job posting (requirements, nice to have), not a CV"
        hint = f"'skillgap posting {document.source}' drafts a role from it; "
        hint += "'skillgap assess PROFILE --posting FILE' scores a profile against it"
        raise InputError([Problem(document.source, 0, 0, message, hint)])
    return to_draft(reading, catalog, as_of=as_of, source=source)
