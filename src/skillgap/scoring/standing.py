"""What a person has, in the catalog's terms: profile names resolved to catalog ids.

Names are matched case-insensitively against ids, names and aliases. A name the
catalog does not know is a warning with a "did you mean", never silently dropped.
Two names for one skill (``SQL`` and ``PostgreSQL``) are how people write: the entry
with the higher counted level counts (:mod:`skillgap.scoring.levels` decides), and one
warning names both places. A certification past its
validity on the assessment date is reported as expired and does not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from skillgap.catalog.index import DEFAULT_ROLE, CatalogIndex
from skillgap.errors import InputError, Problem, UsageError, expect_type
from skillgap.inputs.loader import Document, Loc
from skillgap.models.catalog import CertificationDef
from skillgap.models.common import ExperienceKind, level_label
from skillgap.models.profile import Certification, Profile
from skillgap.models.result import NameRead, Warning
from skillgap.names import SuggestionBudget, norm, suggest
from skillgap.scoring.levels import Claim, claim, counts_over, day_of, full_years
from skillgap.scoring.relevance import Verdict, cites_a_venue, verdicts

if TYPE_CHECKING:  # a review model is built only when there is a review
    from skillgap.models.review import Review

#: The default of Standing.skills: empty, read-only by its type, and (unlike a mapping
#: proxy) copied and pickled like the rest of a Standing.
_NO_SKILLS: Final[Mapping[str, Any]] = {}


class DegreeHeld(NamedTuple):
    """A degree of the profile placed on the catalog's ladder."""

    degree: str
    field: str | None
    field_text: str | None
    completed: bool
    expected_end: dt.date | None = None


class ExperienceHeld(NamedTuple):
    """One experience item of the profile."""

    kind: ExperienceKind
    title: str
    months: float
    skills: tuple[str, ...] = ()  # the catalog ids of the skills the item lists
    #: Per field of work (the catalog's ``relevance:``), how far the item shows it; a field
    #: not listed (an item the plan adds) is shown in full.
    fields: tuple[tuple[str, Verdict], ...] = ()
    #: Full years between its end and the day judged at (0: ongoing, or ended within a year).
    years_ago: int = 0
    #: Its title and description, for implications by the words that describe the work.
    text: str = ""
    #: A job with no end: the one the person is in now (what the plan's "stay" counts on).
    ongoing: bool = False


class ExpiredCertification(NamedTuple):
    """A certification the profile holds that was no longer valid on the assessment date."""

    certification: str
    expired_on: dt.date


class Standing(NamedTuple):
    """A profile resolved against a catalog on a date: the engine's input."""

    name: str
    skills: Mapping[str, int] = _NO_SKILLS
    degrees: tuple[DegreeHeld, ...] = ()
    certifications: tuple[str, ...] = ()
    experience: tuple[ExperienceHeld, ...] = ()
    as_of: dt.date | None = None
    expired: tuple[ExpiredCertification, ...] = ()
    #: Per skill id, the entry that counts (of several for one skill, the one
    #: :func:`skillgap.scoring.levels.counts_over` keeps), with its level counted on
    #: ``as_of``; ``skills`` holds its claimed level. Assess and batch both count this one.
    entries: Mapping[str, Claim] = _NO_SKILLS


class _Resolver:
    """Resolves one profile's names, collecting warnings as it goes."""

    def __init__(self, index: CatalogIndex, doc: Document | None) -> None:
        self.index = index
        self.doc = doc
        self.warnings: list[Warning] = []
        self.budget = SuggestionBudget()

    def place(self, loc: Loc, *, key: bool = False, unknown: str = "") -> tuple[str, int, int]:
        """File, line and column of ``loc``; with no document, ``unknown`` at 0:0."""
        if self.doc is None:
            return unknown, 0, 0
        return (self.doc.source, *self.doc.positions.locate(loc, key=key))

    def warn(self, loc: Loc, code: str, message: str, hint: str, *, key: bool = False) -> None:
        source, line, column = self.place(loc, key=key)
        self.warnings.append(
            Warning.model_construct(
                code=code, message=message, file=source, line=line, column=column, hint=hint
            )
        )

    def skills(self, profile: Profile, as_of: dt.date) -> dict[str, Claim]:
        """The entry that counts for each skill the catalog knows, on ``as_of``."""
        held: dict[str, Claim] = {}
        given_as: dict[str, list[Claim]] = {}
        for name, entry in profile.skills.items():
            skill_ids = self.index.find_skills(name)
            if not skill_ids:
                self.warn(
                    ("skills", name),
                    "unknown-skill",
                    f"unknown skill '{name}' is not counted",
                    self.budget.hint(
                        self.index.suggest_skill,
                        name,
                        "'skillgap skills NAME' finds the catalog's name for a skill",
                    ),
                    key=True,
                )
                continue
            for skill_id in skill_ids:  # "XGBoost / LightGBM": each member gets the level
                this = claim(name, entry, skill_id, self.index, as_of)
                old = held.get(skill_id)
                if old is None or counts_over(this, old):
                    held[skill_id] = this
                given_as.setdefault(skill_id, []).append(this)
        for skill_id, claims in given_as.items():
            if len(claims) > 1:
                self.same_skill(profile, skill_id, claims, held[skill_id])
        return held

    def same_skill(
        self, profile: Profile, skill_id: str, claims: list[Claim], counted: Claim
    ) -> None:
        """One warning for names that all mean one skill, naming where each one is."""
        names = [c.name for c in claims]
        where = [(n, self.place(("skills", n), key=True)) for n in names]
        if self.doc is None:
            listed = [f"'{n}'" for n in names]
        else:
            listed = [f"'{n}' ({src}:{line}:{col})" for n, (src, line, col) in where]
        levels = ", ".join(
            f"{c.name}: {c.level}"
            + (
                f" (last used {profile.skills[c.name].last_used}: counted as {c.counted})"
                if c.counted != c.level
                else ""
            )
            for c in claims
        )
        every = "both" if len(names) == 2 else "all"
        self.warn(
            ("skills", names[-1]),
            "same-skill",
            f"{_and(listed)} {every} name the skill '{self.index.skill_name(skill_id)}'; "
            f"the highest level counted, '{counted.name}' at {level_label(counted.counted)}, "
            f"counts ({levels})",
            "keep one entry for the skill, at the level you have",
            key=True,
        )

    def degrees(self, profile: Profile) -> tuple[DegreeHeld, ...]:
        held: list[DegreeHeld] = []
        for i, edu in enumerate(profile.education):
            degree_id = self.index.find_degree(edu.degree)
            if degree_id is None:
                self.warn(
                    ("education", i, "degree"),
                    "unknown-degree",
                    f"unknown degree '{edu.degree}' is not counted",
                    self.budget.hint(
                        self.index.suggest_degree, edu.degree, "use bachelor, master or phd"
                    ),
                )
                continue
            field_id = self.index.find_field(edu.field) if edu.field else None
            close = (
                self.budget.close(self.index.suggest_field, edu.field)
                if edu.field and not field_id
                else None
            )
            if edu.field and close:
                self.warn(
                    ("education", i, "field"),
                    "unknown-field",
                    f"field of study '{edu.field}' is not one the catalog knows; "
                    "it counts as an unrelated field",
                    f"did you mean '{close}'?",
                )
            held.append(
                DegreeHeld(
                    degree_id, field_id, edu.field, edu.status == "completed", edu.expected_end
                )
            )
        return tuple(held)

    def certifications(
        self, profile: Profile, as_of: dt.date
    ) -> tuple[tuple[str, ...], tuple[ExpiredCertification, ...]]:
        held: set[str] = set()
        expired: dict[str, dt.date] = {}
        for i, cert in enumerate(profile.certifications):
            cert_id = self.index.find_certification(cert.name)
            if cert_id is None:
                self.warn(
                    ("certifications", i, "name"),
                    "unknown-certification",
                    f"unknown certification '{cert.name}' is not counted",
                    self.budget.hint(
                        self.index.suggest_certification,
                        cert.name,
                        "use the certification's full name",
                    ),
                )
                continue
            known = self.index.certifications[cert_id]
            ends = valid_until(cert, known)
            if ends is not None and ends < as_of:
                years = known.validity_for(cert.earned) if cert.earned is not None else None
                validity = (
                    f"; it is valid {years:g} years" if cert.expires is None and years else ""
                )
                self.warn(
                    ("certifications", i, "name"),
                    "expired-certification",
                    f"certification '{known.name}' expired on {ends.isoformat()}{validity}: "
                    f"on {as_of.isoformat()} it does not count as current",
                    "renew it, or give --as-of the date the assessment is for",
                )
                expired[cert_id] = max(ends, expired.get(cert_id, ends))
            else:
                held.add(cert_id)
        lapsed = tuple(
            ExpiredCertification(c, day) for c, day in sorted(expired.items()) if c not in held
        )
        return tuple(sorted(held)), lapsed

    def experience(self, profile: Profile, day: dt.date) -> tuple[ExperienceHeld, ...]:
        for i, item in enumerate(profile.experience):
            for j, name in enumerate(item.skills):
                if not self.index.find_skills(name):
                    self.warn(
                        ("experience", i, "skills", j),
                        "unknown-skill",
                        f"unknown skill '{name}' in experience '{item.title}'",
                        self.budget.hint(
                            self.index.suggest_skill, name, "use a skill from the catalog"
                        ),
                    )
        held = []
        for i, e in enumerate(profile.experience):
            if e.kind != "publication" and cites_a_venue(e.title, self.index):
                self.warn(
                    ("experience", i, "kind"),
                    "looks-like-publication",
                    f"'{e.title}' is titled like a paper but its kind is {e.kind}: "
                    "it does not count towards a research record",
                    "write 'kind: publication' if it was published",
                )
            skills = tuple(dict.fromkeys(s for n in e.skills for s in self.index.find_skills(n)))
            # A paper's venue is where it appeared; an employer's name says nothing of the work.
            venue = e.organization if e.kind == "publication" and e.organization else ""
            text = f"{e.title} {venue}"
            fields = verdicts(text, skills, self.index) if self.index.catalog.relevance else ()
            ago = full_years(day_of(e.end), day) if e.end is not None else 0
            words = f"{e.title} {e.description}" if e.description else e.title
            held.append(
                ExperienceHeld(
                    e.kind,
                    e.title,
                    e.months or 0.0,
                    skills,
                    fields,
                    ago,
                    words,
                    ongoing=e.kind == "job" and e.end is None,
                )
            )
        return tuple(held)


def names_read(profile: Profile, index: CatalogIndex) -> list[NameRead]:
    """Each skill name the profile wrote that counts under another name (``Jupyter``).

    Case, spaces and punctuation are not another name (``sql`` is ``SQL``); an alias, a
    plural or a version number is (``torch`` → PyTorch, ``Python 3.11`` → Python).
    """
    read = []
    for written in profile.skills:
        for skill_id in index.find_skills(written):  # "XGBoost / LightGBM": each member
            name = index.skill_name(skill_id)
            if norm(written) != norm(name):
                read.append(NameRead.model_construct(written=written, skill=skill_id, name=name))
    return read


def valid_until(cert: Certification, known: CertificationDef) -> dt.date | None:
    """The last day a certificate held counts: its own 'expires', else earned + validity."""
    if cert.expires is not None:
        return cert.expires
    return known.expires_on(cert.earned) if cert.earned is not None else None


def _did_you_mean(close: str | None, fallback: str) -> str:
    return f"did you mean '{close}'?" if close else fallback


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def resolve(
    profile: Profile,
    index: CatalogIndex,
    doc: Document | None = None,
    *,
    as_of: dt.date,
) -> tuple[Standing, list[Warning]]:
    """Resolve the profile's names against the catalog on ``as_of``.

    Unknown names, names that repeat a skill and expired certifications become warnings.
    """
    day = as_of
    resolver = _Resolver(index, doc)
    certifications, expired = resolver.certifications(profile, day)
    held = resolver.skills(profile, day)
    standing = Standing(
        name=profile.name,
        skills={s: c.level for s, c in held.items()},
        degrees=resolver.degrees(profile),
        certifications=certifications,
        experience=resolver.experience(profile, day),
        as_of=day,
        expired=expired,
        entries=held,
    )
    warnings = sorted(resolver.warnings, key=lambda w: (w.file, w.line, w.column, w.code))
    return standing, warnings


def same_skill_in_review(
    review: Review, index: CatalogIndex, doc: Document | None
) -> list[Warning]:
    """One warning per skill a review names twice (``SQL`` and ``PostgreSQL``), as a profile's.

    The rule is the profile's: the higher level counts (with its comment); a comment alone
    counts below any level, and of two equal entries the first in the file counts.
    """
    resolver = _Resolver(index, doc)
    for skill_id, given in review_names(review, index).items():
        if len(given) < 2:  # two names or more
            continue
        where = [(n, resolver.place(("skills", n), key=True)) for n in given]
        listed = [
            f"'{n}' ({src}:{line}:{col})" if doc else f"'{n}'" for n, (src, line, col) in where
        ]
        counted = review.skills[reviewed_name(review, given)].level
        levels = ", ".join(f"{n}: {review.skills[n].level}" for n in given)
        every = "both" if len(given) == 2 else "all"
        resolver.warn(
            ("skills", given[-1]),
            "same-skill",
            f"{_and(listed)} {every} name the skill '{index.skill_name(skill_id)}' in the review; "
            + (
                f"the higher level, {level_label(counted)}, is counted ({levels})"
                if counted is not None
                else f"the first, with its comment, is counted ({levels})"
            ),
            "keep one entry for the skill in the review",
            key=True,
        )
    return resolver.warnings


def review_names(review: Review, index: CatalogIndex) -> dict[str, list[str]]:
    """The names a review gives per catalog skill id (a list written as one name: each member)."""
    names: dict[str, list[str]] = {}
    for name in review.skills:
        for skill_id in index.find_skills(name):
            names.setdefault(skill_id, []).append(name)
    return names


def reviewed_name(review: Review, names: Sequence[str]) -> str:
    """Of names a review gives for one skill, the one that counts: the highest level, first."""
    return max(names, key=lambda n: -1 if (lv := review.skills[n].level) is None else lv)


def unknown_target_role(
    profile: Profile, index: CatalogIndex, doc: Document | None = None, source: str = "<profile>"
) -> Problem | None:
    """The problem with a ``target_role`` the catalog does not define, located at its value.

    One rule for ``validate``, ``assess``, ``plan``, ``compare`` and ``batch``: a profile
    that names a role as its target names one that exists (exit 3, like any bad value).
    """
    return _unknown_role(profile.target_role, index, doc, source)


def unknown_target_role_in(data: Any, index: CatalogIndex, doc: Document) -> Problem | None:
    """The same check on a profile that does not validate: its ``target_role`` as written.

    So that a file with a misspelt field and an unknown role shows both in one run.
    """
    wanted = data.get("target_role") if isinstance(data, dict) else None
    if not isinstance(wanted, str) or not wanted.strip():
        return None  # not text: the schema's own problem says so
    return _unknown_role(wanted.strip(), index, doc, doc.source)


def _unknown_role(
    wanted: str | None, index: CatalogIndex, doc: Document | None, source: str
) -> Problem | None:
    if wanted is None or index.find_role(wanted) is not None:  # an id or a role's name
        return None
    close = suggest(wanted, index.roles)
    message = f"unknown role '{wanted}' in target_role"
    hint = _did_you_mean(
        close, "run 'skillgap roles' to list the roles, or pass the catalog that defines it"
    )
    if doc is None:
        return Problem(source, 0, 0, message, hint)
    return doc.problem(("target_role",), message, hint=hint)


def pick_role(
    catalog: CatalogIndex,
    role: str | None,
    profile: Profile | None = None,
    *,
    document: Document | None = None,
) -> str:
    """The role to assess: the one asked for (id or name), else the profile's, else ml-engineer.

    A role asked for that does not exist is a usage error (exit 2); a profile whose
    ``target_role`` does not exist is invalid input (exit 3), located at the value.

    >>> from skillgap.catalog.read import read_catalog
    >>> pick_role(read_catalog(), "MLOps Engineer")
    'mlops-engineer'
    """
    expect_type("catalog", catalog, CatalogIndex, "a CatalogIndex", "load_catalog(path) reads one")
    if role is not None:
        expect_type("role", role, str, "a role id or name (str)")
    if profile is not None:
        expect_type("profile", profile, Profile, "a Profile", "load_profile(path) reads one")
    if document is not None:
        expect_type("document", document, Document, "a Document", "load_profile(path) reads one")
    if role is not None and not role.strip():  # '' is a mistake, not "the default role"
        raise UsageError("the role is empty", "run 'skillgap roles' to list the roles")
    if role is None and profile is not None:
        problem = unknown_target_role(profile, catalog, document)
        if problem is not None:
            raise InputError([problem])
    wanted = role or (profile.target_role if profile else None) or DEFAULT_ROLE
    found = catalog.find_role(wanted)  # one vocabulary: an id or a role's name
    if found is not None:
        return found
    close = suggest(wanted, catalog.roles)
    hint = f"did you mean '{close}'?" if close else "run 'skillgap roles' to list the roles"
    raise UsageError(f"unknown role '{wanted}'", hint)


def pick_roles(catalog: CatalogIndex, roles: Sequence[str] | None) -> list[str] | None:
    """The ids of ``roles`` (ids or names), each as :func:`pick_role` finds it; None for None.

    For the scorers, which take ids: a role the catalog lacks is a usage error here,
    not a KeyError in the middle of a run.
    """
    return [pick_role(catalog, r) for r in roles] if roles else None
