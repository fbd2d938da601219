"""``skillgap review``: a mentor walks through a profile's claims and writes a review file.

The walk is data the CLI asks or fills in, as ``init``'s questionnaire is: every answer
can also come from an option, and with no ``ask`` nothing is asked at all. By default it
asks about what the mentee claims and, in one question, about the role's essential and
important skills the mentee does not claim; ``everything`` asks about every skill, one by
one. Each answer is one line (a level, then any comment), and ``save`` is called after
each, so a session that ends early can be continued.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, NamedTuple

from skillgap.authoring.drafts import _key, _q
from skillgap.authoring.questionnaire import SKIP, Ask, Say, Target, _until_valid
from skillgap.authoring.questionnaire import role_targets as targets
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError
from skillgap.inputs.loader import parse
from skillgap.inputs.validation import validate
from skillgap.models.common import level_label
from skillgap.models.profile import Profile
from skillgap.models.review import Review, SkillReview
from skillgap.scoring.evidence import Claims, Judged
from skillgap.scoring.rule import by_importance, minor

#: Answers that confirm the claimed level.
VERIFY: Final = frozenset({"y", "yes", "ok", "v", "verify"})


@dataclass
class ReviewAnswers:
    """What the options already say: levels (verified or corrected), comments, overall."""

    levels: dict[str, int] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    overall: str | None = None


class Scope(NamedTuple):
    """What a review asks: skills one by one, then unclaimed skills in one question."""

    one_by_one: list[str]
    unclaimed: list[str]


def scope(
    catalog: CatalogIndex, role_id: str, judged: Judged, *, everything: bool = False
) -> Scope:
    """Claimed skills, most important first; the role's unclaimed essential and important ones.

    ``everything``: every skill of the role and every claim, one by one.
    """
    wanted = targets(catalog, role_id)
    order = list(wanted)  # the catalog's order, for ties

    def rank(skill_id: str) -> tuple[float, int, str]:
        target = wanted.get(skill_id)
        if target is None:  # not the role's: after all of the role's
            return (0.0, len(order), skill_id)
        return (by_importance(target.importance), order.index(skill_id), skill_id)

    claimed = {s for s, e in judged.skills.items() if e.claimed > 0}
    if everything:
        return Scope(sorted(claimed | wanted.keys(), key=rank), [])
    unclaimed = [s for s in order if s not in claimed and not minor(wanted[s].importance)]
    return Scope(sorted(claimed, key=rank), sorted(unclaimed, key=rank))


class Answer(NamedTuple):
    """One line of the reviewer's: the level confirmed (None: none), and a comment."""

    level: int | None
    comment: str | None


def read_answer(text: str, claimed: int, parse_level: Callable[[str], int]) -> Answer:
    """``y``, a level (``3``, ``advanced``) or ``-``, then any comment: ``3 rusty on packaging``."""
    text = text.strip()
    if not text:
        return Answer(None, None)
    try:
        return Answer(_level(text, claimed, parse_level), None)
    except ValueError:
        parts = text.split(None, 1)
        if len(parts) == 1:
            raise
        return Answer(_level(parts[0], claimed, parse_level), parts[1].strip())


def _level(text: str, claimed: int, parse_level: Callable[[str], int]) -> int | None:
    if text.lower() in VERIFY:
        return claimed
    return None if text == "-" else parse_level(text)


@dataclass
class Progress:
    """A review as far as it has gone: answers by skill id, the overall comment, finished."""

    skills: dict[str, SkillReview] = field(default_factory=dict)
    overall: str | None = None
    finished: bool = False


def walk(
    catalog: CatalogIndex,
    role_id: str,
    judged: Judged,
    known: ReviewAnswers,
    ask: Ask | None,
    say: Say,
    parse_level: Callable[[str], int],
    *,
    claims: Claims,
    progress: Progress | None = None,
    reopened: frozenset[str] = frozenset(),
    everything: bool = False,
    save: Callable[[Progress], None] | None = None,
) -> Progress:
    """The review: the options' answers, then questions for what is in scope and not answered.

    ``claims`` fingerprints the profile's claims, kept with each answer;
    ``progress`` an earlier session's answers to continue from, of which ``reopened`` were
    dropped because their claims changed. ``save`` is called after every answer.
    """
    state = progress or Progress()
    out = state.skills

    def record(skill_id: str, level: int | None, comment: str | None) -> None:
        out[skill_id] = SkillReview(level=level, comment=comment or None, claim=claims.of(skill_id))

    for skill_id in dict.fromkeys([*known.levels, *known.comments]):
        record(skill_id, known.levels.get(skill_id), known.comments.get(skill_id))
    if known.overall is not None:
        state.overall = known.overall
    if ask is None:
        state.finished = True
        return state
    wanted = targets(catalog, role_id)
    plan = scope(catalog, role_id, judged, everything=everything)
    one_by_one = [s for s in plan.one_by_one if s not in out]
    if one_by_one:
        say(
            f"{len(one_by_one)} skill(s) to review. Answer y (the claim is right), a level "
            "0-5 or '-' (no level), then any comment: 'y checked the repo', '3 rusty on "
            f"packaging'. Enter: no opinion; '{SKIP}': stop here and continue later."
        )
    stopped = False
    for number, skill_id in enumerate(one_by_one, start=1):
        mine = judged.skills.get(skill_id)
        claimed = mine.claimed if mine is not None else 0
        say("")
        say(f"({number} of {len(one_by_one)}) " + describe(catalog, skill_id, judged, wanted))

        def answer(text: str, claimed: int = claimed) -> Answer | None:
            if text.strip().lower() == SKIP:
                return None
            return read_answer(text, claimed, parse_level)

        given = _until_valid(ask, say, "  Level you confirm", "", answer)
        if given is None:
            left = len(one_by_one) - number + 1
            say(f"  Left {left} skill(s) for later: run the same command again to continue.")
            stopped = True
            break
        record(skill_id, given.level, given.comment)
        if save is not None:
            save(state)
    if stopped:
        return state
    group = [s for s in plan.unclaimed if s not in out and (not state.finished or s in reopened)]
    for skill_id, level in _unclaimed(catalog, group, wanted, ask, say, parse_level).items():
        record(skill_id, level, None)
    if not state.finished:
        if state.overall is None:
            state.overall = ask("Overall comment (Enter: none)", "").strip() or None
        state.finished = True
    if save is not None:
        save(state)
    return state


def _unclaimed(
    catalog: CatalogIndex,
    group: list[str],
    wanted: Mapping[str, Target],
    ask: Ask,
    say: Say,
    parse_level: Callable[[str], int],
) -> dict[str, int]:
    """The unclaimed skills the role needs, listed, and asked about in one question."""
    if not group:
        return {}
    say("")
    say("Not claimed, though the role needs them:")
    for skill_id in group:
        target = wanted[skill_id]
        say(
            f"  {catalog.skill_name(skill_id)} ({skill_id}): target "
            f"{level_label(target.level)}, {target.importance}"
        )
    return _until_valid(
        ask,
        say,
        "Levels you can confirm for any of these (e.g. docker=2, sql=3; Enter: none)",
        "",
        lambda text: _levels_given(text, catalog, parse_level),
    )


def _levels_given(
    text: str, catalog: CatalogIndex, parse_level: Callable[[str], int]
) -> dict[str, int]:
    """``docker=2, sql=3`` as levels by skill id; ValueError naming what is wrong."""
    out: dict[str, int] = {}
    for item in (i.strip() for i in text.split(",")):
        if not item:
            continue
        name, sep, value = item.partition("=")
        skill_id = catalog.find_skill(name.strip())
        if skill_id is None:
            close = catalog.suggest_skill(name.strip()[:200])
            raise ValueError(
                f"'{name.strip()[:40]}' is not a skill"
                + (f" (did you mean '{close}'?)" if close else "")
            )
        if not sep:
            raise ValueError(f"give a level for {name.strip()}: {name.strip()}=LEVEL")
        out[skill_id] = parse_level(value.strip())
    return out


def describe(
    catalog: CatalogIndex,
    skill_id: str,
    judged: Judged,
    wanted: Mapping[str, Target] | None = None,
) -> str:
    """One line for the reviewer: the claim, the role's target, what backs it, the note."""
    name = catalog.skill_name(skill_id)
    mine = judged.skills.get(skill_id)
    parts = [f"{name}: claimed {level_label(mine.claimed)}" if mine else f"{name}: not claimed"]
    target = (wanted or {}).get(skill_id)
    parts.append(
        f"role: target {level_label(target.level)}, {target.importance}"
        if target is not None
        else "role: not required"
    )
    if mine is not None:
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
    finished: bool = True,
) -> str:
    """The review as YAML, checked to load back as a valid review."""
    out = [f"# yaml-language-server: $schema={schema_uri}"] if schema_uri else []
    profile_source = " ".join(profile_source.split())  # one comment line, whatever the name
    out += [
        f"# A review of {profile_source}. Each skill's claim is a fingerprint of the profile's",
        "# entry as reviewed: an entry edited since is asked about again, the rest still apply.",
        # a profile read from standard input is given again there: 'assess -'
        f"# Apply it with: skillgap assess {'-' if profile_source == '<stdin>' else profile_source}"
        " --review FILE",
        f"reviewer: {_q(reviewer)}",
        f"date: {date.isoformat()}",
        f"profile_sha256: {profile_sha256}",
        f"role: {role}",
    ]
    if not finished:
        out.append("finished: false  # run 'skillgap review' again to continue")
    if skills:
        out.append("skills:")
        for skill_id, item in skills.items():
            pairs = []
            if item.level is not None:
                pairs.append(f"level: {item.level}")
            if item.comment:
                pairs.append(f"comment: {_q(item.comment)}")
            if item.claim is not None:
                pairs.append(f"claim: {item.claim}")
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


class Earlier(NamedTuple):
    """A review file written before, to continue: its answers still valid, and what changed."""

    progress: Progress
    reviewer: str
    role: str | None
    reopened: list[str]  # skill ids whose claims changed since: asked again


def earlier(path: Path, catalog: CatalogIndex, profile: Profile, sha256: str) -> Earlier | None:
    """The review at ``path`` if it is one of this profile to continue (by hash or claims)."""
    from skillgap.inputs.loader import load_file
    from skillgap.scoring.evidence import fingerprinted, still_applies

    try:
        review = validate(load_file(path), Review)
    except InputError:
        return None
    if any(not catalog.find_skill(name) for name in review.skills):
        return None
    reopened: list[str] = []
    if review.profile_sha256 != sha256:
        if not fingerprinted(review):
            return None
        review, names = still_applies(review, profile, catalog)
        reopened = [s for n in names if (s := catalog.find_skill(n)) is not None]
    skills: dict[str, SkillReview] = {}
    for name, item in review.skills.items():
        skill_id = catalog.find_skill(name)
        if skill_id is not None:
            skills[skill_id] = item
    progress = Progress(skills, review.overall, review.finished)
    return Earlier(progress, review.reviewer, review.role, reopened)


def nothing_to_ask(before: Earlier | None, known: ReviewAnswers, *, everything: bool) -> bool:
    """Whether a finished review of an unchanged profile leaves nothing to ask or record."""
    if before is None or not before.progress.finished or before.reopened or everything:
        return False
    return not (known.levels or known.comments or known.overall is not None)
