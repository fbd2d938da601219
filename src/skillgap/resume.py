"""``skillgap import``: a JSON Resume (schema v1.0.0) to a draft profile, with a mapping report.

Every item of the résumé is either mapped (and said how) or listed as not mapped (and
said why, with the closest catalog name); nothing is dropped silently.

Level words map to the 0-5 scale by this table (case-insensitive; the first word that
appears in the résumé's level wins):

==================================================  =====
résumé level                                        level
==================================================  =====
awareness, aware                                    1
beginner, basic, elementary, novice, familiar       2
intermediate, competent, working                    3
advanced, proficient, experienced, strong, senior   4
expert, master, guru                                5
a number 0-5, "4/5", or a percentage (÷ 20)         that
==================================================  =====

A skill with no level (or a word not in the table) gets :data:`DEFAULT_LEVEL` and is
marked as an estimate in the profile; keywords take their skill's level, also marked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from skillgap.catalog import CatalogIndex
from skillgap.drafts import Draft, ExperienceLine, SkillLine
from skillgap.loader import check_json, parse
from skillgap.models.common import LEVEL_NAMES
from skillgap.untrusted import one_line
from skillgap.validation import validate

DEFAULT_LEVEL: Final = 2
LEVEL_WORDS: Final = (
    (("awareness", "aware"), 1),
    (("beginner", "basic", "elementary", "novice", "familiar"), 2),
    (("intermediate", "competent", "working"), 3),
    (("advanced", "proficient", "experienced", "strong", "senior"), 4),
    (("expert", "master", "guru"), 5),
)
USED_SECTIONS: Final = ("basics", "skills", "education", "certificates", "work", "projects")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class RSkill(_Loose):
    """``skills[]``."""

    name: str = ""
    level: str | int | float | None = None
    keywords: list[str] = Field(default_factory=list)


class REducation(_Loose):
    """``education[]``."""

    institution: str | None = None
    area: str | None = None
    studyType: str | None = None  # noqa: N815  # JSON Resume's field name
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815


class RCertificate(_Loose):
    """``certificates[]``."""

    name: str = ""
    date: str | None = None
    issuer: str | None = None


class RWork(_Loose):
    """``work[]``."""

    name: str | None = None
    position: str | None = None
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815


class RProject(_Loose):
    """``projects[]``."""

    name: str = ""
    keywords: list[str] = Field(default_factory=list)
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815


class RBasics(_Loose):
    """``basics``."""

    name: str | None = None


class Resume(_Loose):
    """The parts of a JSON Resume that skillgap reads."""

    basics: RBasics = Field(default_factory=RBasics)
    skills: list[RSkill] = Field(default_factory=list)
    education: list[REducation] = Field(default_factory=list)
    certificates: list[RCertificate] = Field(default_factory=list)
    work: list[RWork] = Field(default_factory=list)
    projects: list[RProject] = Field(default_factory=list)


@dataclass
class Report:
    """What was mapped and what was not, line by line."""

    mapped: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The mapping report as printed on stderr."""
        # One line per item, whatever the résumé's names hold (a newline would fake an item).
        lines = ["Mapped:", *(f"  {one_line(m)}" for m in self.mapped or ["nothing"])]
        lines += ["Not mapped:", *(f"  {one_line(u)}" for u in self.unmapped or ["nothing"])]
        return "\n".join(lines) + "\n"


def _number_level(number: float, scale: float) -> int:
    return max(0, min(5, round(5 * number / scale)))


def level_of(text: str | float | None) -> int | None:
    """A résumé's level to the 0-5 scale by the module's table, or None if not understood."""
    if text is None or isinstance(text, bool):
        return None
    words = str(text).strip().lower()
    number = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:(/)\s*(\d+)|(%))?", words)
    if number:
        value = float(number[1])
        if number[2]:
            return _number_level(value, float(number[3]))
        return _number_level(value, 100 if number[4] or value > 5 else 5)
    for names, level in LEVEL_WORDS:
        if any(re.search(rf"\b{n}\b", words) for n in names):
            return level
    return None


def partial_date(text: str | None) -> dt.date | None:
    """``2021``, ``2021-06`` or ``2021-06-15`` as a date (missing parts: the first)."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def months_between(start: dt.date | None, end: dt.date | None) -> float | None:
    """Whole months, to one decimal, between two dates (None without a start)."""
    if start is None or end is None or end < start:
        return None
    return round((end - start).days / 30.44, 1)


def load_resume(text: str, source: str) -> Resume:
    """JSON text to a Resume; bad JSON or wrong shapes raise InputError with positions."""
    check_json(text, source, "check the commas and quotes at this spot")
    return validate(parse(text, source), Resume)


@dataclass
class _Mapper:
    catalog: CatalogIndex
    as_of: dt.date
    report: Report = field(default_factory=Report)
    skills: dict[str, SkillLine] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)

    def skill(self, where: str, name: str, level: int, note: str | None) -> str | None:
        skill_id = self.catalog.find_skill(name)
        if skill_id is None:
            close = self.catalog.suggest_skill(name)
            hint = f" (did you mean '{close}'?)" if close else ""
            self.report.unmapped.append(f'{where} "{name}": not in the catalog{hint}')
            self.footer.append(f"  {name}: {level}   # not in the catalog{hint}")
            return None
        old = self.skills.get(skill_id)
        if old is None or level > old.level:
            self.skills[skill_id] = SkillLine(skill_id, level, note)
        self.report.mapped.append(
            f'{where} "{name}" → {skill_id}: {level} ({LEVEL_NAMES[level]})'
            + (f", {note}" if note else "")
        )
        return skill_id

    def skills_section(self, resume: Resume) -> None:
        for i, item in enumerate(resume.skills):
            where = f"skills[{i}]"
            level = level_of(item.level)
            note = None
            if level is None:
                level = DEFAULT_LEVEL
                note = (
                    "estimate: no level given"
                    if item.level in (None, "")
                    else f"estimate: level '{item.level}' not understood"
                )
            if item.name:
                self.skill(where, item.name, level, note)
            for j, keyword in enumerate(item.keywords):
                self.skill(
                    f"{where}.keywords[{j}]",
                    keyword,
                    level,
                    f"estimate: level of '{item.name or 'its skill'}'",
                )

    def education(self, resume: Resume) -> list[dict[str, str]]:
        out = []
        for i, edu in enumerate(resume.education):
            where = f"education[{i}]"
            degree = self.catalog.find_degree(edu.studyType or "")
            if degree is None:
                close = self.catalog.suggest_degree(edu.studyType or "")
                hint = f" (did you mean '{close}'?)" if close else ""
                self.report.unmapped.append(
                    f'{where} "{edu.studyType or ""}" at {edu.institution or "?"}: '
                    f"not a degree on the catalog's ladder{hint}"
                )
                self.footer.append(f"  education: {edu.studyType} in {edu.area}{hint}")
                continue
            end = partial_date(edu.endDate)
            status = "completed" if end is not None and end <= self.as_of else "in_progress"
            entry = {"degree": degree, "status": status}
            if edu.area:
                entry["field"] = edu.area
            out.append(entry)
            self.report.mapped.append(
                f'{where} "{edu.studyType}" in "{edu.area or ""}" → {degree}, {status}'
            )
        return out

    def certificates(self, resume: Resume) -> list[dict[str, str]]:
        out = []
        for i, cert in enumerate(resume.certificates):
            where = f"certificates[{i}]"
            cert_id = self.catalog.find_certification(cert.name)
            if cert_id is None:
                close = self.catalog.suggest_certification(cert.name)
                hint = f" (did you mean '{close}'?)" if close else ""
                self.report.unmapped.append(f'{where} "{cert.name}": not in the catalog{hint}')
                self.footer.append(f"  certification: {cert.name}{hint}")
                continue
            name = self.catalog.certifications[cert_id].name
            entry = {"name": name}
            earned = partial_date(cert.date)
            if earned is not None and cert.date and len(cert.date.strip()) >= 10:
                entry["earned"] = earned.isoformat()
            out.append(entry)
            self.report.mapped.append(f'{where} "{cert.name}" → {name}')
        return out

    def experience(self, resume: Resume) -> list[ExperienceLine]:
        out = []
        for i, job in enumerate(resume.work):
            title = " at ".join(p for p in (job.position, job.name) if p) or f"work[{i}]"
            kind = "internship" if "intern" in title.lower() else "job"
            months = self._months(job.startDate, job.endDate)
            out.append(ExperienceLine(kind, title, months, note=self._date_note(job.endDate)))
            self.report.mapped.append(
                f'work[{i}] "{title}" → {kind}'
                + (
                    f", {months:g} months"
                    if months is not None
                    else ", months unknown (no start date)"
                )
            )
        for i, project in enumerate(resume.projects):
            skills = [
                s
                for j, k in enumerate(project.keywords)
                if (s := self._keyword(f"projects[{i}].keywords[{j}]", k))
            ]
            months = self._months(project.startDate, project.endDate)
            title = project.name or f"Project {i + 1}"
            # A Kaggle entry is a competition: the catalog counts those with projects.
            kind = "competition" if re.search(r"kaggle|competition", title.lower()) else "project"
            out.append(ExperienceLine(kind, title, months, skills))
            self.report.mapped.append(
                f'projects[{i}] "{project.name}" → {kind}'
                + (f", {months:g} months" if months is not None else "")
            )
        return out

    def _keyword(self, where: str, keyword: str) -> str | None:
        skill_id = self.catalog.find_skill(keyword)
        if skill_id is None:
            close = self.catalog.suggest_skill(keyword)
            hint = f" (did you mean '{close}'?)" if close else ""
            self.report.unmapped.append(f'{where} "{keyword}": not in the catalog{hint}')
        return skill_id

    def _months(self, start: str | None, end: str | None) -> float | None:
        finish = partial_date(end) if end else self.as_of
        return months_between(partial_date(start), finish)

    def _date_note(self, end: str | None) -> str | None:
        return None if end else f"ongoing: counted to {self.as_of.isoformat()}"


def to_draft(
    resume: Resume, catalog: CatalogIndex, *, as_of: dt.date, source: str
) -> tuple[Draft, Report]:
    """Map a résumé to a draft profile and say what went where."""
    mapper = _Mapper(catalog, as_of)
    mapper.skills_section(resume)
    education = mapper.education(resume)
    certifications = mapper.certificates(resume)
    experience = mapper.experience(resume)
    extra = sorted(k for k in (resume.model_extra or {}) if k not in USED_SECTIONS)
    for key in extra:
        value = (resume.model_extra or {})[key]
        count = f"{len(value)} item(s)" if isinstance(value, list) else "present"
        mapper.report.unmapped.append(f"{key}: {count}; skillgap does not use this section")
    name = resume.basics.name
    if not name:
        mapper.report.unmapped.append("basics.name: missing; the profile says 'Your Name'")
    draft = Draft(
        name=name or "Your Name",
        skills=list(mapper.skills.values()),
        education=education,
        certifications=certifications,
        experience=experience,
        header=[
            f"Imported from {source} (JSON Resume) by 'skillgap import' on the reference "
            f"date {as_of.isoformat()}.",
            "Levels marked 'estimate' were not stated in the résumé: check them.",
        ],
        footer=(
            [
                "Not mapped from the résumé (not in the catalog): edit and move up if wanted.",
                *mapper.footer,
            ]
            if mapper.footer
            else []
        ),
    )
    return draft, mapper.report
