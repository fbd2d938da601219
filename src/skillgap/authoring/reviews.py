"""``skillgap review``: a mentor walks through a role's skills and writes a review file.

The walk is data the CLI asks or fills in, as ``init``'s questionnaire is: every answer
can also come from an option, and with no ``ask`` nothing is asked at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from skillgap.authoring.drafts import _key, _q
from skillgap.authoring.questionnaire import Ask, Say, _until_valid, role_skills
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError
from skillgap.inputs.loader import parse
from skillgap.inputs.validation import validate
from skillgap.models.common import level_label
from skillgap.models.review import Review, SkillReview
from skillgap.scoring.evidence import Judged


@dataclass
class ReviewAnswers:
    """What the options already say: levels (verified or corrected), comments, overall."""

    levels: dict[str, int] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    overall: str | None = None


def walk(
    catalog: CatalogIndex,
    role_id: str,
    judged: Judged,
    known: ReviewAnswers,
    ask: Ask | None,
    say: Say,
    parse_level: Callable[[str], int],
) -> tuple[dict[str, SkillReview], str | None]:
    """Each skill's review, by catalog id; the role's skills first, then any other answered."""
    order = role_skills(catalog, role_id)
    order += sorted((known.levels.keys() | known.comments.keys()) - set(order))
    out: dict[str, SkillReview] = {}
    for skill_id in order:
        level = known.levels.get(skill_id)
        comment = known.comments.get(skill_id)
        asked = ask is not None and skill_id not in known.levels and skill_id not in known.comments
        if asked:
            assert ask is not None
            mine = judged.skills.get(skill_id)
            claimed = mine.claimed if mine is not None else 0
            say(_describe(catalog, skill_id, judged))

            def answer(text: str, claimed: int = claimed) -> int | None:
                if text in ("", "-"):
                    return None
                if text.lower() in ("y", "yes", "ok", "v", "verify"):
                    return claimed
                return parse_level(text)

            level = _until_valid(
                ask,
                say,
                f"  Level you confirm (y: verify {claimed}; 0-5: correct it; Enter: skip)",
                "",
                answer,
            )
            comment = ask("  Comment (Enter: none)", "").strip() or None
        if level is not None or comment:
            out[skill_id] = SkillReview(level=level, comment=comment)
    overall = known.overall
    if overall is None and ask is not None:
        overall = ask("Overall comment (Enter: none)", "").strip() or None
    return out, overall


def _describe(catalog: CatalogIndex, skill_id: str, judged: Judged) -> str:
    """One line for the reviewer: the claim, what backs it, the profile's note."""
    name = catalog.skill_name(skill_id)
    mine = judged.skills.get(skill_id)
    if mine is None:
        return f"{name}: not claimed"
    parts = [f"{name}: claimed {level_label(mine.claimed)}"]
    if mine.explanation:
        parts.append(mine.explanation)
    parts.append("evidence: " + ("; ".join(mine.evidence) if mine.evidence else "none"))
    if mine.note:
        parts.append(f"note: {mine.note}")
    return " — ".join(parts)


def render(
    *,
    reviewer: str,
    date: dt.date,
    profile_sha256: str,
    role: str,
    skills: Mapping[str, SkillReview],
    overall: str | None,
    profile_source: str,
    schema_uri: str | None = None,
) -> str:
    """The review as YAML, checked to load back as a valid review."""
    out = [f"# yaml-language-server: $schema={schema_uri}"] if schema_uri else []
    profile_source = " ".join(profile_source.split())  # one comment line, whatever the name
    out += [
        f"# A review of {profile_source}; it applies to that file as it was (by its hash).",
        f"# Apply it with: skillgap assess {profile_source} --review FILE",
        f"reviewer: {_q(reviewer)}",
        f"date: {date.isoformat()}",
        f"profile_sha256: {profile_sha256}",
        f"role: {role}",
    ]
    if skills:
        out.append("skills:")
        for skill_id, item in skills.items():
            pairs = []
            if item.level is not None:
                pairs.append(f"level: {item.level}")
            if item.comment:
                pairs.append(f"comment: {_q(item.comment)}")
            out.append(f"  {_key(skill_id)}: {{{', '.join(pairs)}}}")
    else:
        out.append("skills: {}")
    if overall:
        out.append(f"overall: {_q(overall)}")
    text = "\n".join(out) + "\n"
    try:
        validate(parse(text, "<new review>"), Review)
    except InputError as exc:  # a failure here is a bug in render(), reported as one
        raise AssertionError(f"the generated review does not load: {exc.render()}") from exc
    return text
