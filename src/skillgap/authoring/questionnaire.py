"""``skillgap init``: the self-assessment questionnaire, as data the CLI asks or fills in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, NamedTuple, TypeVar

from skillgap.authoring.drafts import Draft, ExperienceLine, SkillLine
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import SkillgapError, UsageError
from skillgap.models.common import (
    HOURS_PER_WEEK_RANGE,
    LEVEL_NAMES,
    MAX_LEVEL,
    Importance,
    day_from_text,
    status_from_text,
)
from skillgap.scoring.rule import by_importance, more_important

#: What to answer to a skill's level to leave it and every remaining skill out.
SKIP: Final = "skip"
#: The hours a week the prompt offers: the plan's own default.
DEFAULT_HOURS: Final = 10


class Interrupted(Exception):  # it is an event, not an error of the user's
    """The session ended early (end of input or Ctrl-C): the answers given so far, and where."""

    def __init__(self, draft: Draft, where: str, *, end_of_input: bool) -> None:
        super().__init__(where)
        self.draft = draft
        self.where = where
        self.end_of_input = end_of_input


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
        for skill in req.members:
            if skill not in seen:
                seen.append(skill)
    return seen


#: Degrees init asks for at most; more can be written in the file.
MAX_DEGREES: Final = 5


class Target(NamedTuple):
    """What a role asks of a skill: the level, and how much it matters."""

    level: int
    importance: Importance


def role_targets(catalog: CatalogIndex, role_id: str) -> dict[str, Target]:
    """The role's target per skill, in the catalog's order (of two, the more important)."""
    out: dict[str, Target] = {}
    for req in catalog.role(role_id).requirements.skills:
        for skill in req.members:
            held = out.get(skill)
            if held is None or more_important(req.importance, held.importance):
                out[skill] = Target(req.level, req.importance)
    return out


def ranked_skills(catalog: CatalogIndex, role_id: str) -> list[str]:
    """The role's skills, most important first (essential, important, useful), catalog order."""
    targets = role_targets(catalog, role_id)
    return sorted(targets, key=lambda s: by_importance(targets[s].importance))


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def pick_skills(catalog: CatalogIndex, listed: list[str], text: str) -> list[str]:
    """Skills picked from a numbered list: numbers, ranges (``1-5``) or names; ValueError else."""
    chosen: list[str] = []
    for item in _items(text):
        low, dash, high = item.partition("-")
        if item.isdigit() or (dash and low.strip().isdigit() and high.strip().isdigit()):
            first, last = int(low), int(high) if dash else int(low)
            if not 1 <= first <= last <= len(listed):
                raise ValueError(f"there is no skill {item} in the list: use 1-{len(listed)}")
            chosen += listed[first - 1 : last]
            continue
        skill_id = catalog.find_skill(item)
        if skill_id is None:
            close = catalog.suggest_skill(item[:200])
            raise ValueError(
                f"'{item[:40]}' is not a skill skillgap knows"
                + (f" (did you mean '{close}'?)" if close else " (try 'skillgap skills NAME')")
            )
        chosen.append(skill_id)
    return list(dict.fromkeys(chosen))


def pick_certifications(catalog: CatalogIndex, listed: list[str], text: str) -> list[str]:
    """Certifications by list number or name; one skillgap does not know is a ValueError."""
    chosen: list[str] = []
    for item in _items(text):
        if item.isdigit():
            if not 1 <= int(item) <= len(listed):
                raise ValueError(
                    f"there is no certification {item} in the list"
                    + (f": use 1-{len(listed)} or a name" if listed else ": write its name")
                )
            chosen.append(listed[int(item) - 1])
            continue
        cert_id = catalog.find_certification(item)
        if cert_id is None:
            close = catalog.suggest_certification(item[:200])
            raise ValueError(
                f"'{item[:40]}' is not a certification skillgap knows"
                + (f" (did you mean '{close}'?)" if close else "")
                + "; leave it out here and add it to the file later if you hold it"
            )
        chosen.append(cert_id)
    return list(dict.fromkeys(chosen))


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
    return _number(text, *HOURS_PER_WEEK_RANGE, "hours")


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


def target_date(text: str, today: dt.date) -> dt.date | None:
    """A target date as typed (Enter for none); ValueError with an example (next year's)."""
    if not text:
        return None
    try:
        return day_from_text(text)
    except ValueError as exc:
        raise ValueError(f"{exc}, e.g. {today.year + 1}-06-30") from None


def past_date_warning(day: dt.date | None, today: dt.date) -> str | None:
    """The warning for a target date already gone, or None."""
    if day is None or day >= today:
        return None
    return (
        f"warning: the target date {day.isoformat()} is in the past; the plan will say it "
        "cannot be reached (edit target_date to change it)"
    )


def degree_id(catalog: CatalogIndex, text: str) -> str | None:
    """A degree as typed to its rung id (``Master of Science`` → master); None for none."""
    if not text or text.strip().lower() in ("none", "no", "-"):
        return None
    found = catalog.find_degree(text)
    if found is None:
        close = catalog.suggest_degree(text[:200])
        rungs = ", ".join(catalog.degrees)
        raise ValueError(
            f"'{text[:40]}' is not a degree on the ladder: use none, {rungs}"
            + (f" (did you mean '{close}'?)" if close else " (BSc, Master of Science … work too)")
        )
    return found


@dataclass
class _Interview:
    """One run of the questionnaire: known answers first, questions for the rest."""

    catalog: CatalogIndex
    known: Answers
    ask: Ask | None
    say: Say
    parse_level: Callable[[str], int]
    pick_role: Callable[[str], str]
    draft: Draft = field(default_factory=lambda: Draft(name="Your Name"))
    where: str = "the start"

    def valid(self, question: str, default: str, parse: Callable[[str], T]) -> T:
        if self.ask is None:
            return parse(default)
        self.where = question
        return _until_valid(self.ask, self.say, question, default, parse)

    def get(self, question: str, default: str) -> str:
        if self.ask is None:
            return default
        self.where = question
        return self.ask(question, default)

    def role(self) -> str:
        if self.known.role is not None or self.ask is None:
            return self.pick_role(self.known.role or "ml-engineer")
        self.say("Roles:")
        ids = sorted(self.catalog.roles)
        for i, role_id in enumerate(ids, start=1):
            role = self.catalog.role(role_id)
            self.say(f"  {i}. {role.name} ({role_id}): {role.summary or ''}")

        def choose(text: str) -> str:
            if text.isdigit():
                if 0 < int(text) <= len(ids):
                    return ids[int(text) - 1]
                raise ValueError(
                    f"there is no role {text}: answer 1-{len(ids)}, a role id or a role name"
                )
            return self.pick_role(text)

        return self.valid("Target role (number, id or name)", "ml-engineer", choose)

    def skills(self, role_id: str) -> None:
        lines = self.draft.skills
        ranked = [s for s in ranked_skills(self.catalog, role_id) if s not in self.known.skills]
        lines += [SkillLine(s, lvl) for s, lvl in self.known.skills.items()]
        if self.ask is None or not ranked:
            return
        targets = role_targets(self.catalog, role_id)
        self.say("Which of these skills do you have? The role's, most important first:")
        for number, skill_id in enumerate(ranked, start=1):
            name = self.catalog.skill_name(skill_id)
            self.say(f"  {number:>2}. {name} ({targets[skill_id].importance})")
        chosen = self.valid(
            "Skills you have (numbers, ranges like 1-5, or names; comma-separated; Enter = none)",
            "",
            lambda text: pick_skills(self.catalog, ranked, text),
        )
        chosen = [s for s in chosen if s not in self.known.skills]
        if chosen:
            self.say(f"Now your level on each (0-5 or a level name; '{SKIP}' leaves out the rest):")
        for number, skill_id in enumerate(chosen, start=1):
            name = self.catalog.skill_name(skill_id)
            self.say("")
            self.say(f"{name} (skill {number} of {len(chosen)})")
            for line in descriptors(self.catalog, skill_id):
                self.say(f"    {line}")
            level = self.valid(
                f"{name} level",
                "",
                lambda text: None if text.lower() == SKIP else self.parse_level(text),
            )
            if level is None:
                left = len(chosen) - number + 1
                self.say(f"  Left out the remaining {left} skill(s); add them to the file later.")
                return
            lines.append(SkillLine(skill_id, level))

    def education(self) -> None:
        if self.known.degree is not None:
            self._degree(None if self.known.degree == "none" else self.known.degree)
            return
        question = "Highest degree (none, bachelor, master, phd)"
        for _ in range(MAX_DEGREES):
            degree = self.valid(question, "none", lambda text: degree_id(self.catalog, text))
            if degree is None:
                return
            self._degree(degree)
            question = "Another degree? (bachelor, master, phd; Enter = none)"

    def _degree(self, degree: str | None) -> None:
        if degree is None:
            return
        field_of_study = self.known.field_of_study
        if field_of_study is None:
            field_of_study = self.get("Field of study", "computer science" if self.ask else "")
        status = self.known.degree_status or self.valid(
            "Status (completed, in progress)", "completed", status_from_text
        )
        entry = {"degree": degree, "status": status}
        if field_of_study:
            entry["field"] = field_of_study
        self.draft.education.append(entry)

    def certifications(self, role_id: str) -> None:
        names = self.draft.certifications
        if self.known.certifications or self.ask is None:
            names += [{"name": c} for c in self.known.certifications]
            return
        cert_ids = [
            c for r in self.catalog.role(role_id).requirements.certifications for c in r.any_of
        ]
        if cert_ids:
            self.say("Certifications the role accepts:")
            for i, cert_id in enumerate(cert_ids, start=1):
                self.say(f"  {i}. {self.catalog.certifications[cert_id].name}")
        held = self.valid(
            "Certifications you hold (numbers or names, comma-separated; Enter = none)",
            "",
            lambda text: pick_certifications(self.catalog, cert_ids, text),
        )
        names += [{"name": self.catalog.certifications[c].name} for c in held]

    def experience(self) -> None:
        lines = self.draft.experience
        lists = [
            ("project", self.known.projects, "Projects you have built (titles separated by ';')"),
            ("competition", self.known.competitions, "Competitions, e.g. Kaggle (titles; ...)"),
            ("open_source", self.known.open_source, "Open-source contributions (titles; ...)"),
        ]
        for kind, given, question in lists:
            titles = given or _titles(self.get(f"{question}, Enter = none", ""))
            lines += [ExperienceLine(kind, t[:200]) for t in titles]
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


def interview(
    catalog: CatalogIndex,
    known: Answers,
    ask: Ask | None,
    say: Say,
    parse_level: Callable[[str], int],
    pick_role: Callable[[str], str],
    *,
    today: dt.date,
) -> Draft:
    """Fill a draft from ``known`` answers, asking for the rest when ``ask`` is given.

    End of input or Ctrl-C while asking raises :class:`Interrupted` with the answers so far.
    """
    run = _Interview(catalog, known, ask, say, parse_level, pick_role)
    draft = run.draft
    draft.header = [
        "Written by 'skillgap init'. Edit freely; check it with 'skillgap validate'.",
        "Levels: 0 none, 1 awareness, 2 novice, 3 intermediate, 4 advanced, 5 expert.",
    ]
    try:
        draft.name = known.name or run.get("Your name", "")[:200] or "Your Name"
        draft.target_role = run.role()
        draft.hours_per_week = known.hours_per_week
        if draft.hours_per_week is None and ask is not None:
            draft.hours_per_week = run.valid(
                "Hours a week you can spend learning", str(DEFAULT_HOURS), _hours
            )
        draft.target_date = known.target_date
        if draft.target_date is None and ask is not None:
            draft.target_date = run.valid(
                "Target date, YYYY-MM-DD (Enter for none)",
                "",
                lambda text: target_date(text, today),
            )
            warning = past_date_warning(draft.target_date, today)
            if warning:
                say(f"  {warning}")
        run.skills(draft.target_role)
        run.education()
        run.certifications(draft.target_role)
        run.experience()
    except (EOFError, KeyboardInterrupt) as exc:
        raise Interrupted(draft, run.where, end_of_input=isinstance(exc, EOFError)) from None
    return draft
