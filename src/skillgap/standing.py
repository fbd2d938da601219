"""What a person has, in the catalog's terms: profile names resolved to catalog ids.

Names are matched case-insensitively against ids, names and aliases. A name the
catalog does not know is a warning with a "did you mean", never silently dropped;
two names for the same skill are an error, since either level could be meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from skillgap.catalog import CatalogIndex
from skillgap.errors import InputError, Problem
from skillgap.loader import Document, Loc
from skillgap.models.common import suggest
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


class _Resolver:
    """Resolves one profile's names, collecting warnings as it goes."""

    def __init__(self, index: CatalogIndex, doc: Document | None) -> None:
        self.index = index
        self.doc = doc
        self.warnings: list[Warning] = []

    def place(self, loc: Loc, *, key: bool = False, unknown: str = "") -> tuple[str, int, int]:
        """File, line and column of ``loc``; with no document, ``unknown`` at 0:0."""
        if self.doc is None:
            return unknown, 0, 0
        return (self.doc.source, *self.doc.positions.locate(loc, key=key))

    def warn(self, loc: Loc, code: str, message: str, hint: str, *, key: bool = False) -> None:
        source, line, column = self.place(loc, key=key)
        self.warnings.append(
            Warning(code=code, message=message, file=source, line=line, column=column, hint=hint)
        )

    def skills(self, profile: Profile) -> dict[str, int]:
        levels: dict[str, int] = {}
        given_as: dict[str, str] = {}
        clashes: list[Problem] = []
        for name, entry in profile.skills.items():
            skill_id = self.index.find_skill(name)
            if skill_id is None:
                self.warn(
                    ("skills", name),
                    "unknown-skill",
                    f"unknown skill '{name}' is not counted",
                    _did_you_mean(
                        self.index.suggest_skill(name),
                        "check the spelling against the catalog's skill names",
                    ),
                    key=True,
                )
            elif skill_id in levels:
                source, line, column = self.place(("skills", name), key=True, unknown="<profile>")
                clashes.append(
                    Problem(
                        source,
                        line,
                        column,
                        f"'{name}' and '{given_as[skill_id]}' both name the skill "
                        f"'{self.index.skill_name(skill_id)}'",
                        "keep one entry for the skill",
                    )
                )
            else:
                levels[skill_id] = entry.level
                given_as[skill_id] = name
        if clashes:
            raise InputError(clashes)
        return levels

    def degrees(self, profile: Profile) -> tuple[DegreeHeld, ...]:
        held: list[DegreeHeld] = []
        for i, edu in enumerate(profile.education):
            degree_id = self.index.find_degree(edu.degree)
            if degree_id is None:
                self.warn(
                    ("education", i, "degree"),
                    "unknown-degree",
                    f"unknown degree '{edu.degree}' is not counted",
                    _did_you_mean(
                        self.index.suggest_degree(edu.degree), "use bachelor, master or phd"
                    ),
                )
                continue
            field_id = self.index.find_field(edu.field) if edu.field else None
            close = self.index.suggest_field(edu.field) if edu.field and not field_id else None
            if edu.field and close:
                self.warn(
                    ("education", i, "field"),
                    "unknown-field",
                    f"field of study '{edu.field}' is not one the catalog knows; "
                    "it counts as an unrelated field",
                    f"did you mean '{close}'?",
                )
            held.append(DegreeHeld(degree_id, field_id, edu.field, edu.status == "completed"))
        return tuple(held)

    def certifications(self, profile: Profile) -> tuple[str, ...]:
        held: set[str] = set()
        for i, cert in enumerate(profile.certifications):
            cert_id = self.index.find_certification(cert.name)
            if cert_id is None:
                self.warn(
                    ("certifications", i, "name"),
                    "unknown-certification",
                    f"unknown certification '{cert.name}' is not counted",
                    _did_you_mean(
                        self.index.suggest_certification(cert.name),
                        "use the certification's full name",
                    ),
                )
            else:
                held.add(cert_id)
        return tuple(sorted(held))

    def experience(self, profile: Profile) -> tuple[ExperienceHeld, ...]:
        for i, item in enumerate(profile.experience):
            for j, name in enumerate(item.skills):
                if self.index.find_skill(name) is None:
                    self.warn(
                        ("experience", i, "skills", j),
                        "unknown-skill",
                        f"unknown skill '{name}' in experience '{item.title}'",
                        _did_you_mean(
                            self.index.suggest_skill(name), "use a skill from the catalog"
                        ),
                    )
        return tuple(ExperienceHeld(e.kind, e.title, e.months or 0.0) for e in profile.experience)


def _did_you_mean(close: str | None, fallback: str) -> str:
    return f"did you mean '{close}'?" if close else fallback


def resolve(
    profile: Profile, index: CatalogIndex, doc: Document | None = None
) -> tuple[Standing, list[Warning]]:
    """Resolve the profile's names against the catalog; unknown names become warnings."""
    resolver = _Resolver(index, doc)
    standing = Standing(
        name=profile.name,
        skills=resolver.skills(profile),
        degrees=resolver.degrees(profile),
        certifications=resolver.certifications(profile),
        experience=resolver.experience(profile),
    )
    warnings = sorted(resolver.warnings, key=lambda w: (w.file, w.line, w.column, w.code))
    return standing, warnings


def unknown_target_role(
    profile: Profile, index: CatalogIndex, doc: Document | None = None, source: str = "<profile>"
) -> Problem | None:
    """The problem with a ``target_role`` the catalog does not define, located at its value.

    One rule for ``validate``, ``assess``, ``plan``, ``compare`` and ``batch``: a profile
    that names a role as its target names one that exists (exit 3, like any bad value).
    """
    wanted = profile.target_role
    if wanted is None or wanted in index.roles:
        return None
    close = suggest(wanted, index.roles)
    message = f"unknown role '{wanted}' in target_role"
    hint = _did_you_mean(
        close, "run 'skillgap roles' to list the roles, or pass the catalog that defines it"
    )
    if doc is None:
        return Problem(source, 0, 0, message, hint)
    return doc.problem(("target_role",), message, hint=hint)
