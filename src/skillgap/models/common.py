"""Shared vocabulary: the level scale, importance, categories, and name matching."""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, WithJsonSchema

LEVEL_NAMES: Final = ("none", "awareness", "novice", "intermediate", "advanced", "expert")
MAX_LEVEL: Final = len(LEVEL_NAMES) - 1

Importance = Literal["essential", "important", "useful"]
IMPORTANCES: Final[tuple[Importance, ...]] = ("essential", "important", "useful")
Category = Literal["skills", "education", "certifications", "experience"]
CATEGORIES: Final[tuple[Category, ...]] = ("skills", "education", "certifications", "experience")
# A research publication (paper, preprint) is practical experience too: research roles weigh it.
ExperienceKind = Literal[
    "project", "internship", "open_source", "job", "competition", "publication"
]
EXPERIENCE_KINDS: Final[tuple[ExperienceKind, ...]] = (
    "project",
    "internship",
    "open_source",
    "job",
    "competition",
    "publication",
)


class Strict(BaseModel):
    """Base of every input model: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


def level_label(level: int) -> str:
    """``4 (advanced)``: a level as people read it."""
    return f"{level} ({LEVEL_NAMES[level]})"


#: Level words as people write them, to their number: the common cases in one look-up.
_LEVEL_WORDS: Final = {
    **{str(i): i for i in range(MAX_LEVEL + 1)},
    **{n: i for i, n in enumerate(LEVEL_NAMES)},
    **{n.capitalize(): i for i, n in enumerate(LEVEL_NAMES)},
}


def _level(value: Any) -> int:
    if type(value) is int and 0 <= value <= MAX_LEVEL:
        return value
    if isinstance(value, str) and value in _LEVEL_WORDS:
        return _LEVEL_WORDS[value]
    if isinstance(value, bool):
        raise ValueError("a level is a number 0-5 or a level name, not true/false")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 0 <= value <= MAX_LEVEL:
            return value
        raise ValueError(f"level {value} is outside the scale 0-{MAX_LEVEL}")
    if isinstance(value, str):
        text = value.strip().lower()
        if text.isdigit():
            return _level(int(text))
        if text in LEVEL_NAMES:
            return LEVEL_NAMES.index(text)
        close = suggest(text, LEVEL_NAMES)
        extra = f"; did you mean '{close}'?" if close else ""
        raise ValueError(
            f"'{value}' is not a level: use 0-{MAX_LEVEL} or one of {', '.join(LEVEL_NAMES)}{extra}"
        )
    raise ValueError(f"a level is a number 0-{MAX_LEVEL} or a level name, not {value!r}")


#: The JSON Schema of a level: what people may write, not only what is stored.
LEVEL_SCHEMA: Final[dict[str, Any]] = {
    "title": "Level",
    "description": "0-5, or a level name: "
    + ", ".join(f"{i} {n}" for i, n in enumerate(LEVEL_NAMES)),
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": 5},
        {"type": "string", "enum": [*LEVEL_NAMES, *(n.capitalize() for n in LEVEL_NAMES)]},
    ],
}

Level = Annotated[int, BeforeValidator(_level), WithJsonSchema(LEVEL_SCHEMA)]


def level_from_text(text: str) -> int:
    """A level typed by a person (``3``, ``advanced``); ValueError with the reason otherwise."""
    return _level(text)


_NAME_NOISE = re.compile(r"[\s_\-./,:'’()–—]+")


def norm(name: str) -> str:
    """The form names are matched in: case, spaces and punctuation do not matter."""
    return _NAME_NOISE.sub("", name.casefold())


def suggest(word: str, candidates: Any, cutoff: float = 0.6) -> str | None:
    """The closest candidate to ``word`` (case-insensitive), or None."""
    pool = sorted({str(c) for c in candidates})
    lowered = {c.casefold(): c for c in pool}
    match = difflib.get_close_matches(word.casefold(), list(lowered), n=1, cutoff=cutoff)
    if match:
        return lowered[match[0]]
    # A fragment of a longer name ("mlops" for "mlops-engineer") is a fair guess too.
    key = word.casefold()
    containing = [c for low, c in lowered.items() if len(key) >= 3 and key in low]
    return containing[0] if containing else None


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
