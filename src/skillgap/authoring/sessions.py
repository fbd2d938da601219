"""``init``, ``review`` and ``import`` as requests: the options in, the file written or made.

The command line asks its questions (``ask``) and shows its messages (``say``); everything
between, the checks, the session and the file, is here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.assessing.load import load_catalog
from skillgap.assessing.requests import Dates
from skillgap.assessing.sources import Inputs, need_path, open_profile, taken
from skillgap.authoring.questionnaire import Ask, Interrupted, Say
from skillgap.errors import UsageError
from skillgap.output import real_path, refuse_inputs, write_file
from skillgap.scoring.standing import pick_role

if TYPE_CHECKING:
    from skillgap.authoring.reviews import Earlier, ReviewAnswers
    from skillgap.catalog.index import CatalogIndex
    from skillgap.inputs.loader import Document
    from skillgap.models.profile import Profile

SCHEMA_COMMENT = "profile.schema.json"


@dataclass(frozen=True)
class Stopped:
    """A session that ended early: at the end of the input, or by Ctrl-C."""

    end_of_input: bool


@dataclass(frozen=True)
class InitRequest:
    """``init``: where to write the profile, and what the options already answer."""

    path: Path
    today: dt.date
    catalog: Path | None = None
    name: str | None = None
    role: str | None = None
    hours_per_week: float | None = None
    target_date: str | None = None
    skills: tuple[str, ...] = ()
    degree: str | None = None
    field_of_study: str | None = None
    degree_status: str | None = None
    certifications: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    competitions: tuple[str, ...] = ()
    open_source: tuple[str, ...] = ()
    internship_months: float | None = None
    job_months: float | None = None
    evidence: tuple[str, ...] = ()
    no_input: bool = False
    keep_answers: bool = False
    force: bool = False


def write_profile(request: InitRequest, ask: Ask, say: Say) -> Stopped | None:
    """Ask what the options leave open and write the profile; how it stopped, if it did.

    A session stopped early (end of input, Ctrl-C) writes nothing, or with
    ``keep_answers`` the answers so far as a draft.
    """
    from skillgap.authoring import drafts
    from skillgap.authoring import options as given
    from skillgap.authoring.questionnaire import interview, past_date_warning
    from skillgap.models.common import level_from_text

    r = request
    if taken(r.path) and not r.force:
        raise UsageError(f"'{r.path}' already exists", "pass --force to overwrite it")
    index = load_catalog(r.catalog)

    def pick(text: str) -> str:
        return pick_role(index, text)

    day = Dates(r.today).date(r.target_date, "--target-date") if r.target_date else None
    known = given.init_answers(
        index,
        pick,
        name=r.name,
        role=r.role,
        hours_per_week=r.hours_per_week,
        target_date=day,
        skills=list(r.skills) or None,
        degree=r.degree,
        field_of_study=r.field_of_study,
        degree_status=r.degree_status,
        certifications=list(r.certifications) or None,
        projects=list(r.projects) or None,
        competitions=list(r.competitions) or None,
        open_source=list(r.open_source) or None,
        internship_months=r.internship_months,
        job_months=r.job_months,
    )
    warning = past_date_warning(day, r.today)
    if warning:
        say(f"skillgap: {warning}")

    def asking_level(text: str) -> int:
        return level_from_text(text or "0")

    try:
        links = given.evidence_links(list(r.evidence) or None, index)
        draft = interview(
            index, known, None if r.no_input else ask, say, asking_level, pick, today=r.today
        )
    except Interrupted as stop:
        why = "the input ended" if stop.end_of_input else "interrupted"
        if not r.keep_answers:
            say(
                f"skillgap: {why} at '{stop.where}'; nothing was written\n"
                "  hint: pass --keep-answers to keep the answers given so far"
            )
            return Stopped(stop.end_of_input)
        stop.draft.header.insert(
            0, f"A draft: 'skillgap init' ended early ({why} at '{stop.where}')."
        )
        _write_new(r.path, drafts.render(stop.draft, SCHEMA_COMMENT), r.catalog)
        say(f"skillgap: {why} at '{stop.where}'; wrote the answers so far to {r.path}")
        return Stopped(stop.end_of_input)
    given.attach_evidence(draft, links, index)
    _write_new(r.path, drafts.render(draft, SCHEMA_COMMENT), r.catalog)
    say(f"Wrote {r.path}. Assess it with:\n  skillgap assess {r.path}")
    return None


def _write_new(path: Path, text: str, catalog: Path | None) -> None:
    """Write init's profile atomically; never over a catalog file, never through a dangling link."""
    refuse_inputs(path, Inputs(catalog=catalog), option="the profile")
    write_file(path, text)


@dataclass(frozen=True)
class ReviewRequest:
    """``review``: the profile, the reviewer, and what the options already say of its skills."""

    profile: Path
    dates: Dates
    reviewer: str | None = None
    role: str | None = None
    verify: tuple[str, ...] = ()
    level: tuple[str, ...] = ()  # SKILL=LEVEL corrections, and a bare junior, mid or senior
    comment: tuple[str, ...] = ()
    overall: str | None = None
    output: Path | None = None
    everything: bool = False
    no_input: bool = False
    keep_answers: bool = False
    force: bool = False
    catalog: Path | None = None


def write_review(request: ReviewRequest, ask: Ask, say: Say) -> Stopped | None:
    """Walk the role's skills with the reviewer (what the options leave open) and write it.

    An existing review of the profile is continued: only what it does not answer yet, or
    what the profile changed since, is asked. How the session stopped early, if it did.
    """
    from skillgap.assessing.assess import at_level, judge_profile
    from skillgap.authoring import options as given
    from skillgap.authoring import reviews as reviewing
    from skillgap.models.common import level_from_text
    from skillgap.scoring.evidence import claim_fingerprints

    r = request
    if str(r.profile) == "-" and not r.no_input:
        raise UsageError(
            "review reads its answers from standard input, so the profile must be a file",
            "save the profile to a file and review that, or pass --no-input with the answers "
            "as options",
        )
    if str(r.profile) == "-" and r.output is None:
        raise UsageError(
            "a review of a profile on standard input has no file to sit beside",
            "pass --output FILE for the review",
        )
    index, prof, doc, inputs = open_profile(r.profile, r.catalog)
    target = r.output or r.profile.with_suffix(".review.yaml")
    before = None
    if taken(target) and not r.force and real_path(target) not in {real_path(i) for i in inputs}:
        before = reviewing.earlier(target, index, prof, doc.sha256)
        if before is None:
            raise UsageError(
                f"'{target}' already exists and is not a review of this profile",
                "pass --force to overwrite it, or --output another file",
            )
    day = r.dates.judged_at()
    role_id = pick_role(index, r.role or (before.role if before else None), prof)
    judged = judge_profile(prof, index, document=doc, as_of=day)
    _say_not_understood(prof, index, doc, day, say)
    seniority = [x for x in r.level if "=" not in x]
    if len(seniority) > 1:
        raise UsageError("--level names the role's level once", "give one of them")
    corrections = [x for x in r.level if "=" in x]
    known = given.review_answers(
        index,
        judged,
        verify=list(r.verify) or None,
        level=corrections,
        comment=list(r.comment) or None,
        overall=r.overall,
    )
    index = at_level(index, seniority[0] if seniority else None, prof, doc)
    name = r.reviewer or (before.reviewer if before else None)
    if not _continues(before, known, index, target, r, say):
        return None

    def save(state: reviewing.Progress, finished: bool | None = None) -> None:
        assert name is not None
        text = reviewing.render(
            reviewer=name,
            date=day,
            profile_sha256=doc.sha256,
            role=role_id,
            skills=state.skills,
            overall=state.overall,
            profile_source=doc.source,
            schema_uri="review.schema.json",
            finished=state.finished if finished is None else finished,
        )
        refuse_inputs(target, inputs)
        write_file(target, text)

    try:
        if name is None and not r.no_input:
            name = ask("Your name (the reviewer)", "")
        if not name:
            raise UsageError("no reviewer", 'pass --reviewer "Your Name"')
        state = reviewing.walk(
            index,
            role_id,
            judged,
            known,
            None if r.no_input else ask,
            say,
            level_from_text,
            claims=claim_fingerprints(prof, index),
            progress=before.progress if before else None,
            reopened=frozenset(before.reopened if before else ()),
            everything=r.everything,
            save=(lambda s: save(s, False)) if r.keep_answers else None,
        )
    except (EOFError, KeyboardInterrupt) as exc:
        why = "the input ended" if isinstance(exc, EOFError) else "interrupted"
        if r.keep_answers and name:
            say(
                f"skillgap: {why}; the answers so far are in {target}\n"
                "  hint: run the same command again to continue"
            )
        else:
            say(
                f"skillgap: {why} before the review was complete; nothing was written\n"
                "  hint: pass --keep-answers to save each answer as you go, or --no-input "
                "with the answers as options"
            )
        return Stopped(end_of_input=isinstance(exc, EOFError))
    save(state)
    left = "" if state.finished else "; not finished: run the same command again to continue"
    say(
        f"Wrote {target} ({len(state.skills)} skill(s) reviewed{left}). Apply it with:\n"
        f"  skillgap assess {r.profile} --review {target}"
    )
    return None


def _say_not_understood(
    profile: Profile, index: CatalogIndex, doc: Document, day: dt.date, say: Say
) -> None:
    """The profile's names the catalog does not know, with "did you mean": never reviewed."""
    from skillgap.renderers.summary import stderr_lines
    from skillgap.scoring.standing import resolve

    for line in stderr_lines(resolve(profile, index, doc, as_of=day)[1]):
        say(line)


def _continues(
    before: Earlier | None,
    known: ReviewAnswers,
    index: CatalogIndex,
    target: Path,
    request: ReviewRequest,
    say: Say,
) -> bool:
    """Whether a review has anything to ask; says what an earlier review left to ask."""
    from skillgap.authoring import reviews as reviewing

    if before is not None and before.reopened:
        names = ", ".join(index.skill_name(s) for s in before.reopened)
        say(
            f"skillgap: warning: the profile changed since the review; asking again about "
            f"{len(before.reopened)} claim(s): {names}"
        )
    if reviewing.nothing_to_ask(before, known, everything=request.everything):
        say(
            f"skillgap: {target} already reviews every claim of {request.profile}; nothing "
            "to ask\n  hint: pass --force to start over, or --all to review every skill"
        )
        return False
    return True


@dataclass(frozen=True)
class ImportRequest:
    """``import``: a JSON Resume or a CV, where its profile goes, and the day it is read at."""

    resume: Path
    dates: Dates
    output: Path | None = None
    force: bool = False
    catalog: Path | None = None


@dataclass(frozen=True)
class Imported:
    """A résumé as a profile to edit: its YAML, what was mapped and what was not, its inputs."""

    text: str
    report: str
    inputs: Inputs


def import_resume(request: ImportRequest) -> Imported:
    """The profile a JSON Resume or a CV gives; an existing ``output`` only with ``force``."""
    from skillgap.authoring import drafts
    from skillgap.authoring import resume as resumes
    from skillgap.errors import InputError
    from skillgap.inputs.files import MAX_FILE_BYTES, too_large
    from skillgap.inputs.loader import decode, read_bytes

    r = request
    piped = str(r.resume) == "-"  # standard input: a JSON Resume if it is a JSON object
    if not piped:
        need_path(r.resume, "résumé")
    if r.output is not None and taken(r.output) and not r.force:
        raise UsageError(f"'{r.output}' already exists", "pass --force to overwrite it")
    day = r.dates.date(r.dates.as_of, "--as-of")
    index = load_catalog(r.catalog)
    source = "<stdin>" if piped else str(r.resume)
    raw = _stdin_resume() if piped else None
    suffix = r.resume.suffix.lower()
    json_resume = raw.lstrip()[:1] == b"{" if raw is not None else suffix == ".json"
    if not json_resume:  # a CV: .pdf, .docx, .md, .txt
        from skillgap.assessing.postings import read_text
        from skillgap.authoring.cv import import_cv
        from skillgap.text.read import document_from_bytes

        cv = read_text(r.resume) if raw is None else document_from_bytes(raw, source)
        draft, report = import_cv(cv, index, as_of=day, source=source if piped else r.resume.name)
    else:
        if raw is not None and len(raw) > MAX_FILE_BYTES:  # as a JSON file is bounded
            raise InputError([too_large(source)])
        text = decode(read_bytes(r.resume, source) if raw is None else raw, source)
        parsed, warnings = resumes.read_resume(text, source)
        draft, report = resumes.to_draft(
            parsed, index, as_of=day, source=source if piped else r.resume.name, warnings=warnings
        )
    text = drafts.render(draft, SCHEMA_COMMENT)
    return Imported(text, report.text(), Inputs(*([] if piped else [r.resume]), catalog=r.catalog))


def _stdin_resume() -> bytes:
    """A résumé piped in: a JSON Resume, or a CV's text, PDF or Word bytes, bounded."""
    import sys

    from skillgap.text.read import MAX_TEXT_FILE_BYTES

    return sys.stdin.buffer.read(MAX_TEXT_FILE_BYTES + 1)
