"""What a person has, in the catalog's terms: profile names resolved to catalog ids.

Names are matched case-insensitively against ids, names and aliases. A name the
catalog does not know is a warning with a "did you mean", never silently dropped;
two names for the same skill are an error, since either level could be meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from skillgap.catalog import CatalogIndex
from skillgap.errors import InputError
from skillgap.loader import Document
from skillgap.models.profile import Profile
from skillgap.models.result import Warning


@dataclass(frozen=True)
class DegreeHeld:
    """A degree of the profile placed on the catalog's ladder."""

    degree: str
    field: str | None
    field_text: str | None
    completed: bool


@dataclass(frozen=True)
class ExperienceHeld:
    """One experience item of the profile."""

    kind: str
    title: str
    months: float


@dataclass(frozen=True)
class Standing:
    """A profile resolved against a catalog: the engine's input."""

    name: str
    skills: dict[str, int] = field(default_factory=dict)
    degrees: tuple[DegreeHeld, ...] = ()
    certifications: tuple[str, ...] = ()
    experience: tuple[ExperienceHeld, ...] = ()


def _warning(doc: Document | None, loc: tuple[str | int, ...], code: str, message: str,
             hint: str | None, *, key: bool = False) -> Warning:
    if doc is None:
        return Warning(code=code, message=message, file="", line=0, column=0, hint=hint)
    line, column = doc.positions.locate(loc, key=key)
    return Warning(code=code, message=message, file=doc.source, line=line, column=column, hint=hint)


def _did_you_mean(close: str | None, fallback: str) -> str:
    return f"did you mean '{close}'?" if close else fallback


def resolve(
    profile: Profile, index: CatalogIndex, doc: Document | None = None
) -> tuple[Standing, list[Warning]]:
    """Resolve the profile's names against the catalog; unknown names become warnings."""
    warnings: list[Warning] = []
    skills: dict[str, int] = {}
    given_as: dict[str, str] = {}
    clashes = []
    for name, entry in profile.skills.items():
        skill_id = index.find_skill(name)
        if skill_id is None:
            warnings.append(
                _warning(
                    doc, ("skills", name), "unknown-skill",
                    f"unknown skill '{name}' is not counted",
                    _did_you_mean(index.suggest_skill(name),
                                  "check the spelling against the catalog's skill names"),
                    key=True,
                )
            )
            continue
        if skill_id in skills:
            clashes.append(
                (doc.problem(("skills", name),
                             f"'{name}' and '{given_as[skill_id]}' both name the skill "
                             f"'{index.skill_name(skill_id)}'",
                             hint="keep one entry for the skill", key=True)
                 if doc else None)
            )
            continue
        skills[skill_id] = entry.level
        given_as[skill_id] = name
    problems = [c for c in clashes if c is not None]
    if problems:
        raise InputError(problems)

    degrees: list[DegreeHeld] = []
    for i, edu in enumerate(profile.education):
        degree_id = index.find_degree(edu.degree)
        if degree_id is None:
            warnings.append(
                _warning(
                    doc, ("education", i, "degree"), "unknown-degree",
                    f"unknown degree '{edu.degree}' is not counted",
                    _did_you_mean(index.suggest_degree(edu.degree),
                                  "use bachelor, master or phd"),
                )
            )
            continue
        field_id = index.find_field(edu.field) if edu.field else None
        if edu.field and field_id is None:
            close = index.suggest_field(edu.field)
            if close:
                warnings.append(
                    _warning(
                        doc, ("education", i, "field"), "unknown-field",
                        f"field of study '{edu.field}' is not one the catalog knows; "
                        "it counts as an unrelated field",
                        f"did you mean '{close}'?",
                    )
                )
        degrees.append(DegreeHeld(degree_id, field_id, edu.field, edu.status == "completed"))

    certifications: list[str] = []
    for i, cert in enumerate(profile.certifications):
        cert_id = index.find_certification(cert.name)
        if cert_id is None:
            warnings.append(
                _warning(
                    doc, ("certifications", i, "name"), "unknown-certification",
                    f"unknown certification '{cert.name}' is not counted",
                    _did_you_mean(index.suggest_certification(cert.name),
                                  "use the certification's full name"),
                )
            )
        elif cert_id not in certifications:
            certifications.append(cert_id)

    experience: list[ExperienceHeld] = []
    for i, item in enumerate(profile.experience):
        experience.append(ExperienceHeld(item.kind, item.title, item.months or 0.0))
        for j, name in enumerate(item.skills):
            if index.find_skill(name) is None:
                warnings.append(
                    _warning(
                        doc, ("experience", i, "skills", j), "unknown-skill",
                        f"unknown skill '{name}' in experience '{item.title}'",
                        _did_you_mean(index.suggest_skill(name), "use a skill from the catalog"),
                    )
                )

    standing = Standing(
        name=profile.name,
        skills=skills,
        degrees=tuple(degrees),
        certifications=tuple(sorted(certifications)),
        experience=tuple(experience),
    )
    return standing, sorted(warnings, key=lambda w: (w.file, w.line, w.column, w.code))
