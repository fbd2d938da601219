"""Answers given as options to ``init`` and ``review``, checked before any question is asked.

Each option names a skill as people write it (``--skill python=3``, ``--verify PyTorch``,
``--evidence sql=https://…``); here they become catalog ids and levels, or a usage error
naming the option, with the closest skill when there is one.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from skillgap.authoring.questionnaire import Answers, degree_id
from skillgap.authoring.reviews import ReviewAnswers
from skillgap.errors import UsageError
from skillgap.models.common import level_from_text, status_from_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from skillgap.authoring.drafts import Draft
    from skillgap.catalog.index import CatalogIndex
    from skillgap.scoring.evidence import Judged

#: The longest text option (a name, a project's title ...) a profile keeps.
MAX_TEXT: Final = 200
#: The longest evidence link.
MAX_LINK: Final = 500
#: Evidence links kept for one skill.
MAX_LINKS: Final = 50


def check_lengths(**values: str | list[str] | None) -> None:
    """Text options longer than a profile keeps are usage errors (option by keyword name)."""
    for option, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            if item is not None and len(item) > MAX_TEXT:
                raise UsageError(
                    f"--{option.replace('_', '-')} is {len(item)} characters long "
                    f"(at most {MAX_TEXT})",
                    "shorten it",
                )


def skill_levels(items: list[str] | None, catalog: CatalogIndex) -> dict[str, int]:
    """Init's ``--skill SKILL=LEVEL`` options: levels by skill id (a level word or 0-5)."""
    ratings: dict[str, int] = {}
    for item in items or []:
        key, _, value = item.partition("=")
        skill_id = catalog.find_skill(key)
        if skill_id is None or not value:
            close = catalog.suggest_skill(key[:MAX_TEXT])
            raise UsageError(
                f"--skill '{item[:60]}': unknown skill or no level",
                f"did you mean '{close}'?" if close else "write SKILL=LEVEL",
            )
        try:
            ratings[skill_id] = level_from_text(value)
        except ValueError as exc:
            raise UsageError(f"--skill '{item[:60]}': {exc}") from exc
    return ratings


def skill_values(items: list[str] | None, option: str, catalog: CatalogIndex) -> dict[str, str]:
    """``SKILL=VALUE`` options by catalog skill id; an unknown skill is a usage error.

    A skill named twice (``python=2`` and ``Python=4``) is a usage error too: which one
    was meant is not for skillgap to guess, as a review file's duplicate key is not.
    """
    out: dict[str, str] = {}
    given: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        skill_id = catalog.find_skill(key.strip())
        if skill_id is None or not sep or not value.strip():
            close = catalog.suggest_skill(key)
            raise UsageError(
                f"{option} '{item}': unknown skill or nothing after '='",
                f"did you mean '{close}'?" if close else f"write {option} SKILL=VALUE",
            )
        if skill_id in out:
            raise UsageError(
                f"{option} '{item}' names {catalog.skill_name(skill_id)} again "
                f"(first as '{given[skill_id]}')",
                f"give {option} once for each skill",
            )
        out[skill_id] = value.strip()
        given[skill_id] = item
    return out


def evidence_links(items: list[str] | None, catalog: CatalogIndex) -> dict[str, list[str]]:
    """Init's ``--evidence SKILL=URL`` options: the links by skill id, in the order given."""
    given: dict[str, list[str]] = {}
    for item in items or []:
        key, _, value = item.partition("=")
        (skill_id,) = skill_values([item], "--evidence", catalog)
        if len(value.strip()) > MAX_LINK:
            raise UsageError(f"--evidence {key}: the link is longer than {MAX_LINK} characters")
        given.setdefault(skill_id, []).append(value.strip())
    return given


def attach_evidence(draft: Draft, given: dict[str, list[str]], catalog: CatalogIndex) -> None:
    """Put the ``--evidence`` links on the skills the draft rates.

    A skill the draft does not rate (or rates 0) is a usage error.
    """
    rated = {catalog.find_skill(s.name): s for s in draft.skills}
    for skill_id, links in given.items():
        line = rated.get(skill_id)
        if line is None or line.level == 0:
            raise UsageError(
                f"--evidence {skill_id}: the profile gives no level for it",
                f"add --skill {skill_id}=LEVEL",
            )
        line.evidence = list(dict.fromkeys(links))[:MAX_LINKS]


def certification_names(items: list[str] | None, catalog: CatalogIndex) -> list[str]:
    """Init's ``--certification`` options: the catalog's names, each once, as questions give.

    One skillgap does not know is a usage error, as the question asks it again.
    """
    names: list[str] = []
    for item in items or []:
        cert_id = catalog.find_certification(item)
        if cert_id is None:
            close = catalog.suggest_certification(item[:MAX_TEXT])
            raise UsageError(
                f"--certification '{item[:60]}' is not a certification skillgap knows",
                f"did you mean '{close}'?"
                if close
                else "leave it out here and add it to the file later if you hold it",
            )
        names.append(catalog.certifications[cert_id].name)
    return list(dict.fromkeys(names))


def init_answers(
    catalog: CatalogIndex,
    pick_role: Callable[[str], str],
    *,
    name: str | None = None,
    role: str | None = None,
    hours_per_week: float | None = None,
    target_date: dt.date | None = None,
    skills: list[str] | None = None,
    degree: str | None = None,
    field_of_study: str | None = None,
    degree_status: str | None = None,
    certifications: list[str] | None = None,
    projects: list[str] | None = None,
    competitions: list[str] | None = None,
    open_source: list[str] | None = None,
    internship_months: float | None = None,
    job_months: float | None = None,
) -> Answers:
    """What init's options already answer, checked: the questionnaire asks for the rest.

    ``pick_role`` turns a role as typed into its id (or raises a usage error).
    """
    check_lengths(
        name=name,
        field=field_of_study,
        certification=certifications,
        project=projects,
        competition=competitions,
        open_source=open_source,
    )
    ratings = skill_levels(skills, catalog)
    try:
        degree_given = degree_id(catalog, degree) if degree is not None else None
    except ValueError as exc:
        raise UsageError(f"--degree: {exc}") from None
    try:
        status_given = status_from_text(degree_status) if degree_status else None
    except ValueError as exc:
        raise UsageError(f"--degree-status: {exc}") from None
    held = certification_names(certifications, catalog)
    return Answers(
        name=name,
        role=pick_role(role) if role is not None else None,
        hours_per_week=hours_per_week,
        target_date=target_date,
        skills=ratings,
        degree=(degree_given or "none") if degree is not None else None,
        field_of_study=field_of_study,
        degree_status=status_given,
        certifications=held,
        projects=projects or [],
        competitions=competitions or [],
        open_source=open_source or [],
        internship_months=internship_months,
        job_months=job_months,
    )


def review_answers(
    catalog: CatalogIndex,
    judged: Judged,
    *,
    verify: list[str] | None = None,
    level: list[str] | None = None,
    comment: list[str] | None = None,
    overall: str | None = None,
) -> ReviewAnswers:
    """What review's options already answer: verified levels, corrected ones, comments.

    ``--verify SKILL`` confirms the level the profile claims (one it does not claim is a
    usage error); ``--level SKILL=LEVEL`` corrects it; ``--comment SKILL=TEXT`` comments.
    """
    known = ReviewAnswers(overall=overall)
    for name in verify or []:
        skill_id = catalog.find_skill(name.strip())
        if skill_id is None:
            close = catalog.suggest_skill(name.strip()[:MAX_TEXT])
            raise UsageError(
                f"--verify '{name[:60]}': unknown skill",
                f"did you mean '{close}'?" if close else "write --verify SKILL",
            )
        mine = judged.skills.get(skill_id)
        if mine is None:
            raise UsageError(
                f"--verify {catalog.skill_name(skill_id)}: the profile claims no level for it",
                "give the level with --level SKILL=LEVEL",
            )
        known.levels[skill_id] = mine.claimed
    for skill_id, text in skill_values(level, "--level", catalog).items():
        if skill_id in known.levels:
            raise UsageError(
                f"--level {catalog.skill_name(skill_id)}={text} contradicts --verify of it",
                "--verify confirms the claimed level, --level corrects it: give one",
            )
        try:
            known.levels[skill_id] = level_from_text(text)
        except ValueError as exc:
            raise UsageError(f"--level {skill_id}={text}: {exc}") from exc
    known.comments.update(skill_values(comment, "--comment", catalog))
    return known
