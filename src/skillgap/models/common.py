"""Shared vocabulary: the level scale, importance, categories, status and degree words.

Name matching itself lives in :mod:`skillgap.catalog.names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, WithJsonSchema

from skillgap.catalog.names import norm, suggest

LEVEL_NAMES: Final = ("none", "awareness", "novice", "intermediate", "advanced", "expert")
MAX_LEVEL: Final = len(LEVEL_NAMES) - 1

#: Hours a week for learning that the options, the prompt and the plan accept.
#: Weekly study hours a plan accepts (the profile field, --hours-per-week, init alike).
HOURS_PER_WEEK_RANGE: Final = (1.0, 100.0)

Importance = Literal["essential", "important", "useful"]
#: A role's seniority, its second coordinate beside the id: the catalog's roles are mid.
Seniority = Literal["junior", "mid", "senior"]
SENIORITIES: Final[tuple[Seniority, ...]] = ("junior", "mid", "senior")
Category = Literal["skills", "education", "certifications", "experience"]
CATEGORIES: Final[tuple[Category, ...]] = ("skills", "education", "certifications", "experience")
# A research publication (paper, preprint) is practical experience too: research roles weigh it.
ExperienceKind = Literal[
    "project", "internship", "open_source", "job", "competition", "publication"
]

#: What ``skillgap review`` names its files: batch runs over a folder pass them over (here,
#: not beside the review model, so that finding profiles does not build that model).
REVIEW_SUFFIXES: Final = (".review.yaml", ".review.yml")


def new_list() -> list[Any]:
    """A new empty list: the ``default_factory`` of list fields.

    Not the builtin ``list``: pydantic reads a factory's signature when it builds a
    model's schema, and the builtin's comes from a text signature run through tokenize,
    which compiles a large regular expression the first time (about 2 ms) and costs
    0.1 ms a field after that; a run builds some thirty such fields.
    """
    return []


class Strict(BaseModel):
    """Base of every input model: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


def level_label(level: int) -> str:
    """``4 (advanced)``: a level as people read it."""
    return f"{level} ({LEVEL_NAMES[level]})"


#: Words people use for a level, beyond the scale's own names: one table for profiles,
#: ``init``, ``import`` and options alike (matched case-insensitively).
LEVEL_SYNONYMS: Final[dict[str, int]] = {
    "aware": 1,
    "beginner": 2,
    "basic": 2,
    "elementary": 2,
    "familiar": 2,
    "competent": 3,
    "working": 3,
    "proficient": 4,
    "experienced": 4,
    "strong": 4,
    "senior": 4,
    "master": 5,
    "guru": 5,
}

#: Every accepted level word to its number: the scale's names first, then the synonyms.
LEVEL_WORDS: Final[dict[str, int]] = {
    **{n: i for i, n in enumerate(LEVEL_NAMES)},
    **LEVEL_SYNONYMS,
}

_LEVEL_EXACT: Final = {
    **{str(i): i for i in range(MAX_LEVEL + 1)},
    **LEVEL_WORDS,
    **{n.capitalize(): i for n, i in LEVEL_WORDS.items()},
}


def _level(value: Any) -> int:
    if type(value) is int and 0 <= value <= MAX_LEVEL:
        return value
    if isinstance(value, str) and value in _LEVEL_EXACT:
        return _LEVEL_EXACT[value]
    if isinstance(value, bool):
        raise ValueError("a level is a number 0-5 or a level name, not true/false")
    if isinstance(value, float):
        if value.is_integer():
            value = int(value)
        else:
            raise ValueError(
                f"level {value:g} is not on the scale: levels are whole numbers 0-{MAX_LEVEL}",
            )
    if isinstance(value, int):
        if 0 <= value <= MAX_LEVEL:
            return value
        raise ValueError(f"level {value} is outside the scale 0-{MAX_LEVEL}")
    if isinstance(value, str):
        text = value.strip().lower()
        if len(text) <= 3 and text.isdigit():
            return _level(int(text))
        if text in LEVEL_WORDS:
            return LEVEL_WORDS[text]
        if re.fullmatch(r"\d{1,3}\.\d{1,3}", text):
            return _level(float(text))
        close = suggest(text[:100], LEVEL_WORDS)
        extra = f"; did you mean '{close}'?" if close else ""
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise ValueError(
            f"'{shown}' is not a level: use 0-{MAX_LEVEL} or one of {', '.join(LEVEL_NAMES)}{extra}"
        )
    raise ValueError(f"a level is a number 0-{MAX_LEVEL} or a level name, not {value!r}")


#: The JSON Schema of a level: what people may write, not only what is stored.
LEVEL_SCHEMA: Final[dict[str, Any]] = {
    "title": "Level",
    "description": "0-5, or a level name: "
    + ", ".join(f"{i} {n}" for i, n in enumerate(LEVEL_NAMES))
    + " (or a synonym: "
    + ", ".join(f"{n} {i}" for n, i in LEVEL_SYNONYMS.items())
    + ")",
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": 5},
        {"type": "string", "enum": [*LEVEL_WORDS, *(n.capitalize() for n in LEVEL_WORDS)]},
    ],
}

Level = Annotated[int, BeforeValidator(_level), WithJsonSchema(LEVEL_SCHEMA)]


def level_from_text(text: str) -> int:
    """A level typed by a person (``3``, ``advanced``); ValueError with the reason otherwise."""
    return _level(text)


Status = Literal["completed", "in_progress"]

#: How people write a degree's status, to the two the profile stores (after :func:`norm`).
STATUS_WORDS: Final[dict[str, Status]] = {
    **dict.fromkeys(("completed", "complete", "done", "finished", "graduated"), "completed"),
    **dict.fromkeys(
        ("inprogress", "ongoing", "current", "studying", "enrolled", "started"), "in_progress"
    ),
}


def status_from_text(value: Any) -> Status:
    """``in progress``, ``in-progress``, ``in_progress`` … to ``in_progress``; ValueError else."""
    if isinstance(value, str):
        found = STATUS_WORDS.get(norm(value))
        if found is not None:
            return found
    shown = value if not isinstance(value, str) or len(value) <= 40 else value[:40] + "…"
    raise ValueError(f"'{shown}' is not a status: write completed or in_progress (in progress)")


#: Degree spellings beyond the catalog's names and aliases, to a rung id: "Master of
#: Science", "MBA", "Doctor of Philosophy".  Keys are :func:`norm` forms.
DEGREE_SPELLINGS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("ba", "bs", "bsc", "beng", "btech", "bba", "bcs", "bachelor", "bachelors", "ab", "sb"),
        "bachelor",
    ),
    **dict.fromkeys(
        ("ma", "ms", "msc", "meng", "mtech", "mba", "mphil", "mres", "mfa", "mpa", "mcs"),
        "master",
    ),
    **dict.fromkeys(
        ("phd", "dphil", "engd", "dsc", "scd", "doctorate", "doctoral", "doctor"), "phd"
    ),
    **dict.fromkeys(("aa", "as", "aas", "associate", "associates"), "associate"),
}
_DEGREE_OF = re.compile(r"^(bachelor|master|doctor|associate)(?:'?s)?\s+(?:degree\s+)?(?:of|in)\b")


def degree_spelling(name: str) -> str | None:
    """The rung a common degree spelling means (``Master of Science`` → ``master``), or None."""
    found = DEGREE_SPELLINGS.get(norm(name))
    if found is not None:
        return found
    match = _DEGREE_OF.match(name.strip().casefold())
    if match is None:
        return None
    return {"doctor": "phd"}.get(match[1], match[1])


def or_shorthand(shorthand: dict[str, Any]) -> Any:
    """A ``json_schema_extra`` that lets a model also be written as a scalar shorthand."""

    def patch(schema: dict[str, Any]) -> None:
        mapping = {
            k: schema.pop(k)
            for k in ("type", "properties", "required", "additionalProperties")
            if k in schema
        }
        schema["anyOf"] = [shorthand, mapping]

    return patch


def experience_kinds(kinds: Sequence[str]) -> str:
    """``project, internship or open-source``: experience kinds in words."""
    words = [k.replace("_", "-") for k in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
