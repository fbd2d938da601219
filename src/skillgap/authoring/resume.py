"""``skillgap import``: a JSON Resume (schema v1.0.0) to a draft profile, with a mapping report.

Every item of the résumé is either mapped (and said how) or listed as not mapped (and
said why, with the closest catalog name); nothing is dropped silently.

Levels and dates are read as :mod:`skillgap.authoring.readings` says. A skill with no
level, or one not understood, gets :data:`DEFAULT_LEVEL` and is marked as an estimate in
the profile; keywords take their skill's level, also marked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field

from skillgap.authoring.drafts import Draft, ExperienceLine, SkillLine
from skillgap.authoring.readings import is_ongoing, months_between, partial_date, read_level
from skillgap.catalog.index import CatalogIndex
from skillgap.inputs.jsontext import parse_json
from skillgap.inputs.validation import validate
from skillgap.models.common import DATE_YEARS, LEVEL_NAMES, new_list
from skillgap.names import norm
from skillgap.untrusted import one_line

DEFAULT_LEVEL: Final = 2
USED_SECTIONS: Final = ("basics", "skills", "education", "certificates", "work", "projects")
#: The longest name a profile keeps; longer résumé text is cut there (and said so).
MAX_NAME: Final = 200
#: The most months one experience item records (the profile's own bound).
MAX_MONTHS: Final = 600
#: What a profile holds at most of each list (the profile model's bounds).
MAX_ITEMS: Final = {"education": 50, "certifications": 200, "experience": 500}
MAX_ITEM_SKILLS: Final = 100
# Text that cannot sit in a YAML value or comment: control characters, line separators.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class RSkill(_Loose):
    """``skills[]``."""

    name: str = ""
    # bool listed: JSON's true stays true (not the number 1), to be told apart below
    level: str | int | float | bool | None = None
    keywords: list[str] = Field(default_factory=new_list)


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
    keywords: list[str] = Field(default_factory=new_list)  # not in v1.0.0, but often written
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815


class RProject(_Loose):
    """``projects[]``."""

    name: str = ""
    keywords: list[str] = Field(default_factory=new_list)
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815


class RBasics(_Loose):
    """``basics``."""

    name: str | None = None


class Resume(_Loose):
    """The parts of a JSON Resume that skillgap reads."""

    basics: RBasics = Field(default_factory=RBasics)
    skills: list[RSkill] = Field(default_factory=new_list)
    education: list[REducation] = Field(default_factory=new_list)
    certificates: list[RCertificate] = Field(default_factory=new_list)
    work: list[RWork] = Field(default_factory=new_list)
    projects: list[RProject] = Field(default_factory=new_list)


@dataclass
class Report:
    """What was mapped and what was not, line by line, and what was changed on the way."""

    mapped: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The mapping report as printed on stderr."""
        # One line per item, whatever the résumé's names hold (a newline would fake an item).
        lines = ["Mapped:", *(f"  {one_line(m)}" for m in self.mapped or ["nothing"])]
        lines += ["Not mapped:", *(f"  {one_line(u)}" for u in self.unmapped or ["nothing"])]
        if self.warnings:
            lines += ["Warnings:", *(f"  {one_line(w)}" for w in self.warnings)]
        return "\n".join(lines) + "\n"


def _clean(data: Any) -> tuple[Any, int]:
    """Control characters and line separators in text become spaces; how many strings changed."""
    if isinstance(data, str):
        cleaned = _UNPRINTABLE.sub(" ", data)
        return cleaned, int(cleaned != data)
    if isinstance(data, list):
        pairs = [_clean(item) for item in data]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    if isinstance(data, dict):
        out, changed = {}, 0
        for key, value in data.items():
            out[key], count = _clean(value)
            changed += count
        return out, changed
    return data, 0


def read_resume(text: str, source: str) -> tuple[Resume, list[str]]:
    """JSON text to a Resume and the warnings of reading it; InputError with positions."""
    doc = parse_json(text, source, hint="check the commas and quotes at this spot")
    data, changed = _clean(doc.data)
    doc.data = data
    warnings = (
        [f"{changed} text value(s) held control characters or line breaks: made spaces"]
        if changed
        else []
    )
    return validate(doc, Resume), warnings


@dataclass
class _Mapper:
    catalog: CatalogIndex
    as_of: dt.date
    report: Report = field(default_factory=Report)
    skills: dict[str, SkillLine] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)
    said: set[str] = field(default_factory=set)

    def cut(self, text: str, where: str) -> str:
        """Text no longer than a profile keeps, saying so when cut."""
        text = " ".join(text.split())
        if len(text) <= MAX_NAME:
            return text
        if where not in self.said:
            self.said.add(where)
            self.report.warnings.append(
                f"{where}: {len(text)} characters, cut to {MAX_NAME} (the most a profile keeps)"
            )
        return text[: MAX_NAME - 1].rstrip() + "…"

    def skill(self, where: str, name: str, level: int, note: str | None) -> str | None:
        skill_id = self.catalog.find_skill(name)
        if skill_id is None:
            close = self.catalog.suggest_skill(name[:MAX_NAME])
            hint = f" (did you mean '{close}'?)" if close else ""
            shown = self.cut(name, where)
            self.report.unmapped.append(f'{where} "{shown}": not in the catalog{hint}')
            self.footer.append(f"  {shown}: {level}   # not in the catalog{hint}")
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
            reading = read_level(item.level)
            level, note = reading.level, reading.note
            if level is None:
                level = DEFAULT_LEVEL
                note = f"estimate: {reading.note}"
            if note and note.startswith("estimate") and item.level not in (None, ""):
                self.report.warnings.append(f'{where} "{self.cut(item.name, where)}": {note}')
            if item.name:
                self.skill(where, item.name, level, note)
            for j, keyword in enumerate(item.keywords):
                self.skill(
                    f"{where}.keywords[{j}]",
                    keyword,
                    level,
                    f"estimate: level of '{self.cut(item.name, where) or 'its skill'}'",
                )

    def education(self, resume: Resume) -> list[dict[str, str]]:
        out = []
        for i, edu in enumerate(resume.education):
            where = f"education[{i}]"
            study = self.cut(edu.studyType or "", f"{where}.studyType")
            degree = self.catalog.find_degree(study)
            if degree is None:
                close = self.catalog.suggest_degree(study)
                hint = f" (did you mean '{close}'?)" if close else ""
                self.report.unmapped.append(
                    f'{where} "{study}" at {self.cut(edu.institution or "?", where)}: '
                    f"not a degree on the catalog's ladder{hint}"
                )
                self.footer.append(
                    f"  education: {study} in {self.cut(edu.area or '', where)}{hint}"
                )
                continue
            status = "in_progress"
            if not is_ongoing(edu.endDate):
                end = partial_date(edu.endDate)
                if end is None:
                    self.report.warnings.append(
                        f"{where}: end date '{(edu.endDate or '')[:40]}' not understood; "
                        "taken as in progress, check it"
                    )
                elif end <= self.as_of:
                    status = "completed"
            entry = {"degree": degree, "status": status}
            area = edu.area or ("Business" if norm(study) == "mba" else "")
            if area:
                entry["field"] = self.cut(area, f"{where}.area")
            out.append(entry)
            self.report.mapped.append(
                f'{where} "{study}" in "{entry.get("field", "")}" → {degree}, {status}'
            )
        return self.capped(out, "education")

    def capped(self, items: list[Any], section: str) -> list[Any]:
        most = MAX_ITEMS[section]
        if len(items) > most:
            self.report.warnings.append(
                f"{section}: {len(items)} items, the first {most} kept (the most a profile holds)"
            )
        return items[:most]

    def certificates(self, resume: Resume) -> list[dict[str, str]]:
        out = []
        for i, cert in enumerate(resume.certificates):
            where = f"certificates[{i}]"
            cert_id = self.catalog.find_certification(cert.name)
            if cert_id is None:
                shown = self.cut(cert.name, where)
                close = self.catalog.suggest_certification(shown)
                hint = f" (did you mean '{close}'?)" if close else ""
                self.report.unmapped.append(f'{where} "{shown}": not in the catalog{hint}')
                self.footer.append(f"  certification: {shown}{hint}")
                continue
            name = self.catalog.certifications[cert_id].name
            entry = {"name": name}
            earned = partial_date(cert.date)
            if earned is not None and cert.date and len(cert.date.strip()) >= 10:
                entry["earned"] = earned.isoformat()
            elif earned is None and cert.date and cert.date.strip():
                self.report.warnings.append(
                    f"{where}: date '{cert.date.strip()[:40]}' not understood (a day in the "
                    f"years {DATE_YEARS[0]}-{DATE_YEARS[1]}); left out, add it by hand"
                )
            out.append(entry)
            self.report.mapped.append(f'{where} "{cert.name}" → {name}')
        return self.capped(out, "certifications")

    def experience(self, resume: Resume) -> list[ExperienceLine]:
        out = []
        for i, job in enumerate(resume.work):
            where = f"work[{i}]"
            title = self.cut(" at ".join(p for p in (job.position, job.name) if p), where)
            title = title or where
            kind = "internship" if "intern" in title.lower() else "job"
            months, why = self._months(where, job.startDate, job.endDate)
            found = [
                s
                for j, k in enumerate(job.keywords)
                if (s := self._keyword(f"{where}.keywords[{j}]", k))
            ]
            out.append(
                ExperienceLine(
                    kind,
                    title,
                    months,
                    list(dict.fromkeys(found))[:MAX_ITEM_SKILLS],
                    note=self._date_note(job.endDate),
                    end=self._ended(job.endDate),
                )
            )
            self.report.mapped.append(
                f'{where} "{title}" → {kind}'
                + (f", {months:g} months" if months is not None else "")
                + (f", {why}" if why else "")
            )
        for i, project in enumerate(resume.projects):
            where = f"projects[{i}]"
            found = [
                s
                for j, k in enumerate(project.keywords)
                if (s := self._keyword(f"{where}.keywords[{j}]", k))
            ]
            skills = list(dict.fromkeys(found))[:MAX_ITEM_SKILLS]
            months, why = self._months(where, project.startDate, project.endDate)
            title = self.cut(project.name, where) or f"Project {i + 1}"
            # A Kaggle entry is a competition: the catalog counts those with projects.
            kind = "competition" if re.search(r"kaggle|competition", title.lower()) else "project"
            out.append(
                ExperienceLine(kind, title, months, skills, end=self._ended(project.endDate))
            )
            self.report.mapped.append(
                f'{where} "{title}" → {kind}'
                + (f", {months:g} months" if months is not None else "")
                + (f", {why}" if why and project.startDate else "")
            )
        return self.capped(out, "experience")

    def _ended(self, end: str | None) -> str | None:
        """``YYYY-MM`` of an end date on or before ``--as-of`` (evidence ages from it)."""
        if is_ongoing(end):
            return None
        ended = partial_date(end)
        if ended is None or ended > self.as_of:
            return None
        return f"{ended.year:04d}-{ended.month:02d}"

    def _keyword(self, where: str, keyword: str) -> str | None:
        skill_id = self.catalog.find_skill(keyword)
        if skill_id is None:
            shown = self.cut(keyword, where)
            close = self.catalog.suggest_skill(shown)
            hint = f" (did you mean '{close}'?)" if close else ""
            self.report.unmapped.append(f'{where} "{shown}": not in the catalog{hint}')
        return skill_id

    def _months(self, where: str, start: str | None, end: str | None) -> tuple[float | None, str]:
        """Months from the dates, or None and the reason; long spans capped, and said so."""
        if not start or not start.strip():
            return None, "months unknown (no start date)"
        began = partial_date(start)
        if began is None:
            return None, (
                f"months unknown (start date '{start.strip()[:40]}' not understood: "
                "write 2021-06 or June 2021)"
            )
        finish = self._end(began, end)
        if isinstance(finish, str):
            return None, finish
        months = months_between(began, finish)
        if months is not None and months > MAX_MONTHS:
            self.report.warnings.append(
                f"{where}: {months:g} months, capped at {MAX_MONTHS} (the most a profile records)"
            )
            return float(MAX_MONTHS), f"capped at {MAX_MONTHS}"
        return months, ""

    def _end(self, began: dt.date, end: str | None) -> dt.date | str:
        """The day a span ends (``--as-of`` when ongoing), or why months are unknown."""
        if is_ongoing(end):
            if began > self.as_of:
                return (
                    f"months unknown (starts {began.isoformat()}, after the reference date "
                    f"{self.as_of.isoformat()}; see --as-of)"
                )
            return self.as_of
        ended = partial_date(end)
        if ended is None:
            return (
                f"months unknown (end date '{(end or '').strip()[:40]}' not understood: write "
                "2021-06, June 2021 or Present)"
            )
        if ended < began:
            return f"months unknown (starts {began.isoformat()}, after it ends {ended.isoformat()})"
        return ended

    def _date_note(self, end: str | None) -> str | None:
        return f"ongoing: counted to {self.as_of.isoformat()}" if is_ongoing(end) else None


def to_draft(
    resume: Resume,
    catalog: CatalogIndex,
    *,
    as_of: dt.date,
    source: str,
    warnings: Sequence[str] = (),
) -> tuple[Draft, Report]:
    """Map a résumé to a draft profile and say what went where."""
    mapper = _Mapper(catalog, as_of)
    mapper.report.warnings += list(warnings)
    mapper.skills_section(resume)
    education = mapper.education(resume)
    certifications = mapper.certificates(resume)
    experience = mapper.experience(resume)
    extra = sorted(k for k in (resume.model_extra or {}) if k not in USED_SECTIONS)
    for key in extra:
        value = (resume.model_extra or {})[key]
        count = f"{len(value)} item(s)" if isinstance(value, list) else "present"
        mapper.report.unmapped.append(f"{key}: {count}; skillgap does not use this section")
    name = mapper.cut(resume.basics.name or "", "basics.name")
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
