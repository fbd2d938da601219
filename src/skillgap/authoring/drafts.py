"""A profile being written by ``init`` or ``import``, and its commented YAML text."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from skillgap.errors import InputError
from skillgap.inputs.loader import parse
from skillgap.inputs.validation import validate
from skillgap.models.common import LEVEL_NAMES
from skillgap.models.profile import Profile
from skillgap.untrusted import comment, unsafe


@dataclass
class SkillLine:
    """One skill: its catalog id (or the name as given), level, and a note for the reader."""

    name: str
    level: int
    note: str | None = None
    evidence: list[str] = field(default_factory=list)  # links that back the level


@dataclass
class ExperienceLine:
    """One experience item."""

    kind: str
    title: str
    months: float | None = None
    skills: list[str] = field(default_factory=list)
    note: str | None = None
    end: str | None = None  # YYYY-MM when it ended (none: ongoing or unknown)


@dataclass
class Draft:
    """Everything a new profile will say, before it is written."""

    name: str
    target_role: str | None = None
    hours_per_week: float | None = None
    target_date: dt.date | None = None
    skills: list[SkillLine] = field(default_factory=list)
    education: list[dict[str, str]] = field(default_factory=list)
    certifications: list[dict[str, str]] = field(default_factory=list)
    experience: list[ExperienceLine] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


def _q(text: str) -> str:
    """A YAML scalar that stays text whatever it says (JSON strings are YAML).

    JSON leaves U+0085, U+2028, C1 controls and bidi overrides as they are; a YAML reader
    folds the first ones as line breaks and refuses the others, so they are escaped too.
    """
    return unsafe(newline=True).sub(
        lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False)
    )


def _key(name: str) -> str:
    safe = name.replace("-", "").replace("_", "").isalnum() and name[:1].isalpha()
    return (
        name
        if safe and name.lower() not in ("yes", "no", "on", "off", "true", "false", "null")
        else _q(name)
    )


def _months(value: float) -> str:
    return f"{value:g}"


def _skills(draft: Draft) -> list[str]:
    if not draft.skills:
        return ["skills: {}                    # add skills as  name: level"]
    out = [
        "skills:                       # 0-5: none, awareness, novice, intermediate, "
        "advanced, expert"
    ]
    width = max(len(_key(s.name)) for s in draft.skills)
    for s in draft.skills:
        note = LEVEL_NAMES[s.level] + (f"; {s.note}" if s.note else "")
        value = (
            f"{{level: {s.level}, evidence: [{', '.join(_q(e) for e in s.evidence)}]}}"
            if s.evidence
            else str(s.level)
        )
        out.append(f"  {_key(s.name) + ':':<{width + 1}} {value}   {comment(note)}")
    return out


def _flow(pairs: list[tuple[str, str | None]]) -> str:
    return "  - {" + ", ".join(f"{k}: {v}" for k, v in pairs if v is not None) + "}"


def _sections(draft: Draft) -> list[str]:
    out: list[str] = []
    if draft.education:
        out.append("education:                    # status: completed | in_progress")
        out += [
            _flow(
                [
                    ("degree", _q(e["degree"])),
                    ("field", _q(e["field"]) if e.get("field") else None),
                    ("status", e.get("status", "completed")),
                ]
            )
            for e in draft.education
        ]
    if draft.certifications:
        out.append("certifications:")
        out += [
            _flow([("name", _q(c["name"])), ("earned", c.get("earned"))])
            for c in draft.certifications
        ]
    if draft.experience:
        out.append(
            "experience:                   # kind: project | internship | open_source | "
            "job | competition | publication"
        )
        for x in draft.experience:
            line = _flow(
                [
                    ("kind", x.kind),
                    ("title", _q(x.title)),
                    ("months", _months(x.months) if x.months is not None else None),
                    (
                        "skills",
                        "[" + ", ".join(_key(k) for k in x.skills) + "]" if x.skills else None,
                    ),
                    ("end", x.end),
                ]
            )
            out.append(line + (f"   {comment(x.note)}" if x.note else ""))
    return out


def render(draft: Draft, schema_uri: str | None = None) -> str:
    """The profile as commented YAML, checked to load back as a valid profile."""
    out = [comment(f"yaml-language-server: $schema={schema_uri}")] if schema_uri else []
    out += [comment(line) for line in draft.header]
    out.append(f"name: {_q(draft.name)}")
    if draft.target_role:
        out.append(f"target_role: {draft.target_role}")
    if draft.hours_per_week is not None:
        out.append(f"hours_per_week: {draft.hours_per_week:g}            # for the learning plan")
    if draft.target_date is not None:
        out.append(f"target_date: {draft.target_date.isoformat()}     # when you want to be ready")
    out += _skills(draft) + _sections(draft)
    if draft.footer:
        out += ["", *(comment(line) for line in draft.footer)]
    text = "\n".join(out) + "\n"
    check(text)
    return text


def check(text: str) -> Profile:
    """The written text must load back as a valid profile; anything else is a bug here."""
    try:
        return validate(parse(text, "<new profile>"), Profile)
    except InputError as exc:  # a failure here is a bug in render(), reported as one
        raise AssertionError(f"the generated profile does not load: {exc.render()}") from exc
