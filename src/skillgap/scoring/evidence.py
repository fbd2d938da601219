"""Evidence, recency and the mentor's review: which level of each skill counts, and why.

This runs between name resolution and scoring: it turns the levels a profile claims into
the levels the engine counts, each with a confidence and a line that explains it. The
scoring core never sees dates, links or reviews. The rules, as docs/profiles.md states them:

* **Recency.** A skill with ``last_used`` counts one level lower per ``fade_years`` full
  years between that date and ``--as-of`` (never below 1); ``fade_years`` comes from the
  catalog's ``recency`` rule for the skill's category (else its ``default`` rule, else 3).
  A ``YYYY-MM`` date counts from the first day of that month. Of two names for one skill,
  the entry :mod:`skillgap.scoring.levels` picks (the higher counted level) is the one
  judged, here and in batch runs alike; links under either name back the skill.
* **Evidence.** A skill is ``evidenced`` when something backs it: an experience entry that
  lists it and ended (``end``) less than ``evidence_years`` full years ago or is ongoing; a
  certification held that the catalog links to the skill, earned less than
  ``evidence_years`` ago (or undated) and not expired; or a link in its ``evidence`` list.
  Otherwise it is ``self``: a claim only.
* **Review.** A level a mentor's review gives replaces the claimed one and is ``verified``
  (recency no longer applies: the mentor judged it at the review's date).
* **Implied levels.** What the catalog's ``implies:`` shows (:mod:`skillgap.scoring.implied`)
  is applied last, to the counted levels and to the evidenced ones apart: a level implied
  above the one counted counts, ``inferred``, and says what showed it. In the evidenced
  standing only evidenced or verified skills (and work) imply.
* Dates after ``--as-of`` (``last_used``, a certificate's ``earned``, an experience's
  ``end``) are errors, with their position.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, Problem
from skillgap.inputs.loader import Document, Loc
from skillgap.models.profile import Profile, SkillEntry
from skillgap.scoring.implied import with_implied
from skillgap.scoring.levels import Claim, claim, day_of, full_years
from skillgap.scoring.standing import Standing, review_names, reviewed_name, valid_until

if TYPE_CHECKING:  # a review is read, and its model built, only when there is one
    from skillgap.models.review import Review

Confidence = Literal["self", "evidenced", "verified", "inferred"]
TRUSTED: Final[frozenset[str]] = frozenset({"evidenced", "verified"})


class SkillEvidence(NamedTuple):
    """One skill of the profile: the level claimed, the level counted, and why."""

    skill: str
    claimed: int
    counted: int
    confidence: Confidence
    explanation: str | None = None
    evidence: tuple[str, ...] = ()
    note: str | None = None
    review_comment: str | None = None
    reviewed: int | None = None


class Judged(NamedTuple):
    """A standing with its levels judged: as counted, as evidenced, and each skill's story."""

    standing: Standing  # the counted levels (recency and review applied)
    evidenced: Standing  # the same, keeping only evidenced or verified levels
    skills: dict[str, SkillEvidence]


def _place(doc: Document | None, loc: Loc) -> tuple[str, int, int]:
    if doc is None:
        return "<profile>", 0, 0
    return (doc.source, *doc.positions.locate(loc))


def future_dates(profile: Profile, as_of: dt.date, doc: Document | None) -> list[Problem]:
    """Every date of the profile that lies after ``as_of``, located."""
    found: list[tuple[Loc, str, str]] = []
    for name, entry in profile.skills.items():
        if entry.last_used is not None and day_of(entry.last_used) > as_of:
            found.append((("skills", name, "last_used"), "last_used", str(entry.last_used)))
    for i, cert in enumerate(profile.certifications):
        if cert.earned is not None and cert.earned > as_of:
            found.append((("certifications", i, "earned"), "earned", cert.earned.isoformat()))
    for i, item in enumerate(profile.experience):
        if item.end is not None and day_of(item.end) > as_of:
            found.append((("experience", i, "end"), "end", str(item.end)))
    problems = []
    for loc, what, value in found:
        source, line, column = _place(doc, loc)
        problems.append(
            Problem(
                source,
                line,
                column,
                f"{what} {value} is after {as_of.isoformat()}, the day the profile is judged at",
                "fix the date, or pass --as-of with a later day",
            )
        )
    return sorted(problems)


def _held_entries(profile: Profile, index: CatalogIndex) -> dict[str, SkillEntry]:
    """Each catalog skill's profile entry, as written; of two names, the higher level's."""
    entries: dict[str, SkillEntry] = {}
    for name, entry in profile.skills.items():
        for skill_id in index.find_skills(name):
            held = entries.get(skill_id)
            if held is None or entry.level > held.level:
                entries[skill_id] = entry
    return entries


class Claims(NamedTuple):
    """The profile's claims as a review fingerprints them: per skill, a short hash."""

    held: dict[str, str]  # by skill id: the claimed entry's fingerprint
    unclaimed: str  # the fingerprint of any skill the profile does not claim

    def of(self, skill_id: str) -> str:
        """The fingerprint of the profile's claim on ``skill_id`` (claimed or not)."""
        return self.held.get(skill_id, self.unclaimed)


def claim_fingerprints(profile: Profile, index: CatalogIndex) -> Claims:
    """Each skill's fingerprint: a short hash of its entry (level, dates, links, note).

    A review keeps it per answer, so that an edit to one entry re-opens that answer only.
    The person's name is in it too: another person's profile matches no answer.
    """
    person = (profile.name or "").encode() + b"\0"

    def digest(text: str) -> str:
        return hashlib.sha256(person + text.encode()).hexdigest()[:16]

    held = {s: digest(e.model_dump_json()) for s, e in _held_entries(profile, index).items()}
    return Claims(held, digest("not claimed"))


def fingerprinted(review: Review) -> bool:
    """Whether a review keeps each answer's claim (older reviews hold the file's hash only)."""
    return any(item.claim is not None for item in review.skills.values())


def still_applies(
    review: Review, profile: Profile, index: CatalogIndex
) -> tuple[Review, list[str]]:
    """The review's answers whose claims the profile still makes as reviewed; the others' names.

    An answer with no fingerprint, or with one the profile's entry no longer has, is left
    out: the claim changed since the review, so the answer is for something else.
    """
    current = claim_fingerprints(profile, index)
    kept = {}
    reopened = []
    for name, item in review.skills.items():
        ids = index.find_skills(name)
        if item.claim is not None and all(current.of(s) == item.claim for s in ids):
            kept[name] = item
        else:
            reopened.append(name)
    return review.model_copy(update={"skills": kept}), reopened


def counted_levels(
    profile: Profile,
    standing: Standing,
    index: CatalogIndex,
    as_of: dt.date,
    doc: Document | None = None,
) -> Standing:
    """The standing with recency applied (no review, no evidence): batch runs' fast path.

    The same levels as :func:`judge` counts: each skill's entry is the one the standing
    picked, with the level :func:`skillgap.scoring.levels.claim` counted for it
    (``standing.entries``); only a date after ``as_of`` is checked here.
    """
    future = (
        any(c.earned is not None and c.earned > as_of for c in profile.certifications)
        or any(x.end is not None and day_of(x.end) > as_of for x in profile.experience)
        or any(
            e.last_used is not None and day_of(e.last_used) > as_of for e in profile.skills.values()
        )
    )
    if future:
        raise InputError(future_dates(profile, as_of, doc))
    claims = (
        standing.entries if standing.as_of == as_of else _recount(profile, standing, index, as_of)
    )
    faded = {s: c.counted for s, c in claims.items() if c.counted != c.level}
    counted = standing._replace(skills={**standing.skills, **faded}) if faded else standing
    return with_implied(counted, index)[0]


def _recount(
    profile: Profile, standing: Standing, index: CatalogIndex, as_of: dt.date
) -> dict[str, Claim]:
    """The standing's entries counted on ``as_of`` with ``index``'s recency rules."""
    return {
        s: claim(c.name, profile.skills[c.name], s, index, as_of)
        for s, c in standing.entries.items()
    }


def _links(profile: Profile, index: CatalogIndex) -> dict[str, list[str]]:
    """The ``evidence`` links of each skill, under whichever of its names they are written."""
    links: dict[str, list[str]] = {}
    for name, entry in profile.skills.items():
        for skill_id in index.find_skills(name) if entry.evidence else ():
            mine = links.setdefault(skill_id, [])
            mine += [link for link in entry.evidence if link not in mine]
    return links


def judge(
    profile: Profile,
    standing: Standing,
    index: CatalogIndex,
    as_of: dt.date,
    doc: Document | None = None,
    review: Review | None = None,
) -> Judged:
    """Each skill's counted level, confidence and explanation; the standings to score."""
    problems = future_dates(profile, as_of, doc)
    if problems:
        raise InputError(problems)
    # Counted again here: a standing may be judged on another day or with another
    # catalog's recency rules than it was resolved with (the review command does).
    claims = _recount(profile, standing, index, as_of)
    entries = {s: profile.skills[c.name] for s, c in claims.items()}
    links = _links(profile, index)
    reviewed = review_levels(review, index) if review is not None else {}
    held = _certificates(profile, index, as_of)
    skills: dict[str, SkillEvidence] = {}
    for skill_id in sorted(entries.keys() | reviewed.keys()):
        entry = entries.get(skill_id)
        claimed = entry.level if entry is not None else 0
        rule = index.recency_rule(skill_id)
        name = index.skill_name(skill_id)
        refs = [*_work(profile, index, skill_id, as_of, rule.evidence_years)]
        refs += [
            f"certification: {c}"
            for c, skills, earned in held
            if skill_id in skills
            and (earned is None or full_years(earned, as_of) < rule.evidence_years)
        ]
        refs += links.get(skill_id, [])
        counted, explanation = claimed, None
        if entry is not None and entry.last_used is not None:
            counted = claims[skill_id].counted
            if counted < claimed:
                explanation = f"{name} {claimed}, last used {entry.last_used}: counted as {counted}"
        confidence: Confidence = "evidenced" if refs else "self"
        level, comment = reviewed.get(skill_id, (None, None))
        if level is not None:
            counted, confidence = level, "verified"
            explanation = (
                f"claimed {claimed}, reviewed {level}"
                if level != claimed
                else f"{name} {claimed}, verified in review"
            )
        skills[skill_id] = SkillEvidence(
            skill=skill_id,
            claimed=claimed,
            counted=counted,
            confidence=confidence,
            explanation=explanation,
            evidence=tuple(refs),
            note=entry.note if entry is not None else None,
            review_comment=comment,
            reviewed=level,
        )
    counted_skills = {**standing.skills, **{s: e.counted for s, e in skills.items()}}
    trusted = {s: e.counted for s, e in skills.items() if e.confidence in TRUSTED}
    fixed = {s for s, (lv, _) in reviewed.items() if lv is not None}
    judged, inferred = with_implied(standing._replace(skills=counted_skills), index, fixed)
    evidenced, _ = with_implied(standing._replace(skills=trusted), index, fixed)
    for skill_id, shown in inferred.items():
        old = skills.get(skill_id)
        name = index.skill_name(skill_id)
        written = f" (counted {old.counted})" if old is not None and old.counted else ""
        skills[skill_id] = SkillEvidence(
            skill=skill_id,
            claimed=old.claimed if old is not None else 0,
            counted=shown.level,
            confidence="inferred",
            explanation=f"{name} {shown.level}, shown by {shown.shown_by}{written}",
            evidence=(*(old.evidence if old is not None else ()), shown.shown_by),
            note=old.note if old is not None else None,
        )
    return Judged(standing=judged, evidenced=evidenced, skills=dict(sorted(skills.items())))


def review_levels(review: Review, index: CatalogIndex) -> dict[str, tuple[int | None, str | None]]:
    """The review's level and comment per catalog skill id (of two names, the higher level)."""
    # Two names for one skill: the profile's rule, see standing.same_skill_in_review.
    out: dict[str, tuple[int | None, str | None]] = {}
    for skill_id, given in review_names(review, index).items():
        item = review.skills[reviewed_name(review, given)]
        out[skill_id] = (item.level, item.comment)
    return out


def _work(
    profile: Profile, index: CatalogIndex, skill_id: str, as_of: dt.date, window: int
) -> list[str]:
    refs = []
    for item in profile.experience:
        if not any(skill_id in index.find_skills(s) for s in item.skills):
            continue
        if item.end is None or full_years(day_of(item.end), as_of) < window:
            refs.append(f"{item.kind.replace('_', ' ')}: {item.title}")
    return refs


def _certificates(
    profile: Profile, index: CatalogIndex, as_of: dt.date
) -> list[tuple[str, frozenset[str], dt.date | None]]:
    """Certifications held and not expired on ``as_of``: name, skills it backs, when earned."""
    out = []
    for cert in profile.certifications:
        cert_id = index.find_certification(cert.name)
        if cert_id is None:
            continue
        definition = index.certifications[cert_id]
        ends = valid_until(cert, definition)
        if not definition.skills or (ends is not None and ends < as_of):
            continue
        out.append((definition.name, frozenset(definition.skills), cert.earned))
    return out
