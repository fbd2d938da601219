"""``skillgap init``: the self-assessment questionnaire, as data the CLI asks or fills in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from skillgap.catalog import CatalogIndex
from skillgap.drafts import Draft, ExperienceLine, SkillLine
from skillgap.engine import skill_members
from skillgap.errors import SkillgapError, UsageError
from skillgap.models.common import LEVEL_NAMES, MAX_LEVEL


@dataclass
class Answers:
    """What is known before asking: from options, or nothing."""

    name: str | None = None
    role: str | None = None
    hours_per_week: float | None = None
    target_date: dt.date | None = None
    skills: dict[str, int] = field(default_factory=dict)
    degree: str | None = None
    field_of_study: str | None = None
    degree_status: str | None = None
    certifications: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    competitions: list[str] = field(default_factory=list)
    open_source: list[str] = field(default_factory=list)
    internship_months: float | None = None
    job_months: float | None = None


def role_skills(catalog: CatalogIndex, role_id: str) -> list[str]:
    """The skills a role asks about, in the catalog's order, any-of members expanded."""
    seen: list[str] = []
    for req in catalog.role(role_id).requirements.skills:
        for skill in skill_members(req):
            if skill not in seen:
                seen.append(skill)
    return seen


def descriptors(catalog: CatalogIndex, skill_id: str) -> list[str]:
    """What each level means for a skill: its own descriptors, else the scale's."""
    skill = catalog.skills[skill_id]
    scale = {a.level: a.description for a in catalog.catalog.scale}
    return [
        f"{lvl} {LEVEL_NAMES[lvl]:<12} {skill.levels.get(lvl, scale.get(lvl, ''))}"
        for lvl in range(MAX_LEVEL + 1)
    ]


T = TypeVar("T")
Ask = Callable[[str, str], str]  # (question, default) -> answer text
Say = Callable[[str], None]


def _number(text: str, low: float, high: float, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not low <= value <= high:
        raise ValueError(f"give a number of {what} from {low:g} to {high:g}")
    return value


def _hours(text: str) -> float:
    return _number(text, 1, 100, "hours")


def _months(text: str) -> float:
    return _number(text, 0, 600, "months")


def _titles(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


ATTEMPTS = 5


def _until_valid(ask: Ask, say: Say, question: str, default: str, parse: Callable[[str], T]) -> T:
    """Ask until ``parse`` accepts the answer; say why it did not, a few times at most."""
    for _ in range(ATTEMPTS):
        answer = ask(question, default)
        try:
            return parse(answer)
        except (ValueError, SkillgapError) as exc:
            say(f"  {exc}" + (f" ({exc.hint})" if isinstance(exc, UsageError) and exc.hint else ""))
    raise UsageError(f"no usable answer to '{question}' after {ATTEMPTS} tries")


@dataclass
class _Interview:
    """One run of the questionnaire: known answers first, questions for the rest."""

    catalog: CatalogIndex
    known: Answers
    ask: Ask | None
    say: Say
    parse_level: Callable[[str], int]
    pick_role: Callable[[str], str]

    def valid(self, question: str, default: str, parse: Callable[[str], T]) -> T:
        if self.ask is None:
            return parse(default)
        return _until_valid(self.ask, self.say, question, default, parse)

    def get(self, question: str, default: str) -> str:
        return self.ask(question, default) if self.ask is not None else default

    def role(self) -> str:
        if self.known.role is not None or self.ask is None:
            return self.pick_role(self.known.role or "ml-engineer")
        self.say("Roles:")
        ids = sorted(self.catalog.roles)
        for i, role_id in enumerate(ids, start=1):
            role = self.catalog.role(role_id)
            self.say(f"  {i}. {role.name} ({role_id}): {role.summary or ''}")
        return self.valid(
            "Target role (number or id)",
            "ml-engineer",
            lambda text: (
                ids[int(text) - 1]
                if text.isdigit() and 0 < int(text) <= len(ids)
                else self.pick_role(text)
            ),
        )

    def skills(self, role_id: str) -> list[SkillLine]:
        lines: list[SkillLine] = []
        asked = role_skills(self.catalog, role_id)
        if self.ask is not None:
            self.say("Rate yourself on each skill the role needs (0-5 or a level name; Enter = 0):")
        for skill_id in asked:
            if skill_id in self.known.skills:
                lines.append(SkillLine(skill_id, self.known.skills[skill_id]))
            elif self.ask is not None:
                name = self.catalog.skill_name(skill_id)
                self.say("")
                self.say(name)
                for line in descriptors(self.catalog, skill_id):
                    self.say(f"    {line}")
                lines.append(
                    SkillLine(skill_id, self.valid(f"{name} level", "0", self.parse_level))
                )
        lines += [SkillLine(s, lvl) for s, lvl in self.known.skills.items() if s not in asked]
        return lines

    def education(self) -> list[dict[str, str]]:
        degree = self.known.degree
        if degree is None:
            degree = self.get("Highest degree (none, bachelor, master, phd)", "none")
        if not degree or degree == "none":
            return []
        field_of_study = self.known.field_of_study
        if field_of_study is None:
            field_of_study = self.get("Field of study", "computer science" if self.ask else "")
        status = self.known.degree_status or self.valid(
            "Status (completed, in_progress)", "completed", _status
        )
        entry = {"degree": degree, "status": status}
        if field_of_study:
            entry["field"] = field_of_study
        return [entry]

    def certifications(self, role_id: str) -> list[str]:
        if self.known.certifications or self.ask is None:
            return list(self.known.certifications)
        cert_ids = [
            c for r in self.catalog.role(role_id).requirements.certifications for c in r.any_of
        ]
        if not cert_ids:
            return []
        self.say("Certifications the role accepts:")
        for i, cert_id in enumerate(cert_ids, start=1):
            self.say(f"  {i}. {self.catalog.certifications[cert_id].name}")
        text = self.get("Certifications you hold (numbers, comma-separated; Enter = none)", "")
        picked = [int(p) for p in text.replace(" ", "").split(",") if p.isdigit()]
        return [
            self.catalog.certifications[cert_ids[n - 1]].name
            for n in picked
            if 0 < n <= len(cert_ids)
        ]

    def experience(self) -> list[ExperienceLine]:
        lines: list[ExperienceLine] = []
        lists = [
            ("project", self.known.projects, "Projects you have built (titles separated by ';')"),
            ("competition", self.known.competitions, "Competitions, e.g. Kaggle (titles; ...)"),
            ("open_source", self.known.open_source, "Open-source contributions (titles; ...)"),
        ]
        for kind, given, question in lists:
            titles = given or _titles(self.get(f"{question}, Enter = none", ""))
            lines += [ExperienceLine(kind, t) for t in titles]
        for kind, given_months, question in (
            ("internship", self.known.internship_months, "internships"),
            ("job", self.known.job_months, "jobs in the field"),
        ):
            months = given_months
            if months is None:
                months = self.valid(
                    f"Months of {question} (Enter = 0)", "0", lambda text: _months(text or "0")
                )
            if months:
                lines.append(
                    ExperienceLine(kind, "Internship" if kind == "internship" else "Job", months)
                )
        return lines


def _status(text: str) -> str:
    if text not in ("completed", "in_progress"):
        raise ValueError("answer completed or in_progress")
    return text


def interview(
    catalog: CatalogIndex,
    known: Answers,
    ask: Ask | None,
    say: Say,
    parse_level: Callable[[str], int],
    pick_role: Callable[[str], str],
) -> Draft:
    """Fill a draft from ``known`` answers, asking for the rest when ``ask`` is given."""
    run = _Interview(catalog, known, ask, say, parse_level, pick_role)
    name = known.name or run.get("Your name", "") or "Your Name"
    role_id = run.role()
    hours = known.hours_per_week
    if hours is None and ask is not None:
        hours = run.valid("Hours a week you can spend learning", "8", _hours)
    target = known.target_date
    if target is None and ask is not None:
        target = run.valid(
            "Target date, YYYY-MM-DD (Enter for none)",
            "",
            lambda text: dt.date.fromisoformat(text) if text else None,
        )
    return Draft(
        name=name,
        target_role=role_id,
        hours_per_week=hours,
        target_date=target,
        skills=run.skills(role_id),
        education=run.education(),
        certifications=[{"name": c} for c in run.certifications(role_id)],
        experience=run.experience(),
        header=[
            "Written by 'skillgap init'. Edit freely; check it with 'skillgap validate'.",
            "Levels: 0 none, 1 awareness, 2 novice, 3 intermediate, 4 advanced, 5 expert.",
        ],
    )
