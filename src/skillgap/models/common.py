"""Shared vocabulary: the level scale, importance, categories, status and degree words.

Name matching itself lives in :mod:`skillgap.names`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from inspect import Signature
from types import UnionType
from typing import Annotated, Any, Final, Literal, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from skillgap.names import norm, suggest

LEVEL_NAMES: Final = ("none", "awareness", "novice", "intermediate", "advanced", "expert")
MAX_LEVEL: Final = len(LEVEL_NAMES) - 1

#: Hours a week for learning that the options, the prompt and the plan accept.
#: Weekly study hours a plan accepts (the profile field, --hours-per-week, init alike).
HOURS_PER_WEEK_RANGE: Final = (1.0, 100.0)

#: The years a date in a profile or review may fall in: a career's span, with room. Outside
#: them a date is a typo (``0000-01``), and the calendar arithmetic (expiry, recency)
#: would leave the years Python's dates hold.
DATE_YEARS: Final = (1900, 2100)


def _not_a_flag(value: Any) -> Any:
    """``true`` is no number: YAML's booleans would otherwise pass as 1 and 0."""
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} is not a number")
    return value


def _not_a_number(value: Any, form: str = "YYYY-MM-DD") -> Any:
    """``0`` or ``1735689600`` is no date (pydantic would read it as Unix seconds)."""
    if isinstance(value, bool | int | float):
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        raise ValueError(f"{shown} is not a date: write {form}")
    return value


def _in_years(value: dt.date, shown: str = "") -> dt.date:
    low, high = DATE_YEARS
    if not low <= value.year <= high:
        raise ValueError(f"{shown or value.isoformat()} is not a date between {low} and {high}")
    return value


#: Put after a number field's bounds: an int or a float, never a boolean.
NOT_A_FLAG: Final = BeforeValidator(_not_a_flag)
#: A day a person writes: ``YYYY-MM-DD``, quoted or not, in :data:`DATE_YEARS`.
Day = Annotated[dt.date, BeforeValidator(_not_a_number), AfterValidator(_in_years)]
_YEAR_MONTH: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_FULL_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def day_from_text(text: str) -> dt.date:
    """``YYYY-MM-DD`` and nothing else (Python also reads ``2026-W49-1`` and ``20261201``).

    Only a day in :data:`DATE_YEARS`, as a profile holds them: ValueError otherwise.
    """
    shown = text if len(text) <= 40 else text[:40] + "…"
    if not _FULL_DATE.match(text):
        raise ValueError(f"'{shown}' is not a date: write YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{shown}' is not a date: write YYYY-MM-DD") from None
    return _in_years(day, f"'{shown}'")


def month_or_date(value: Any) -> str:
    """``YYYY-MM`` or ``YYYY-MM-DD``, quoted or not, as text; ValueError with the reason."""
    value = _not_a_number(value, "YYYY-MM or YYYY-MM-DD")
    if isinstance(value, str) and (month := _YEAR_MONTH.match(value.strip())):
        _in_years(dt.date(max(1, int(month[1])), 1, 1), value.strip())
        return value.strip()
    if isinstance(value, str) and _FULL_DATE.match(value.strip()):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{value.strip()}' is not a valid date") from None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return _in_years(value).isoformat()
    shown = value if not isinstance(value, str) or len(value) <= 40 else value[:40] + "…"
    raise ValueError(f"'{shown}' is not a date: write YYYY-MM or YYYY-MM-DD")


def check_plan_options(start_date: object, hours_per_week: object) -> None:
    """TypeError or ValueError for plan options the command line would refuse."""
    if not isinstance(start_date, dt.date):
        raise TypeError(f"start_date must be a datetime.date, not {type(start_date).__name__}")
    if hours_per_week is None:
        return
    if isinstance(hours_per_week, bool) or not isinstance(hours_per_week, int | float):
        raise TypeError(f"hours_per_week must be a number, not {type(hours_per_week).__name__}")
    low, high = HOURS_PER_WEEK_RANGE
    if not low <= hours_per_week <= high:  # NaN fails this too
        raise ValueError(f"hours_per_week must be {low:g}-{high:g}, not {hours_per_week:g}")


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
    0.1 ms a field after that; a run builds some thirty such fields. Its signature is
    given (below): ``model_construct`` asks for it at every list field left to its default.
    """
    return []


new_list.__signature__ = Signature()  # type: ignore[attr-defined]  # no parameters, known


def _kinds(annotation: Any) -> frozenset[Any]:
    """The plain types an annotation admits at its top level (unions and Annotated opened)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kinds(get_args(annotation)[0])
    if origin in (Union, UnionType):
        return frozenset().union(*(_kinds(a) for a in get_args(annotation)))
    return frozenset({origin or annotation})


#: Per model and field: (a number that is no flag, a day that is no number, items' rule).
_RULES: dict[tuple[type, str], tuple[bool, bool, bool]] = {}


def _rule(model: type[BaseModel], name: str) -> tuple[bool, bool, bool]:
    rule = _RULES.get((model, name))
    if rule is None:
        annotation = model.model_fields[name].annotation
        kinds = _kinds(annotation)
        number = bool(kinds & {int, float}) and bool not in kinds
        # a field that takes text too (YYYY-MM) reads numbers by its own rule, with its words
        day = dt.date in kinds and not kinds & {int, float, str}
        items = [
            get_args(a)[0]
            for a in (get_args(annotation) or (annotation,))
            if get_origin(a) is list and get_args(a)
        ]
        listed = any(bool(_kinds(i) & {int, float}) and bool not in _kinds(i) for i in items)
        rule = _RULES[(model, name)] = (number, day, listed)
    return rule


class Plain(BaseModel):
    """Base whose numbers take no ``true`` and whose days take no number, in every model.

    YAML's and JSON's ``true`` would pass as 1 and a number as Unix seconds (pydantic's lax
    mode): a profile, a catalog and a saved result refuse both, at the value's position.
    """

    @field_validator("*", mode="before")
    @classmethod
    def _no_flag_or_stamp(cls, value: Any, info: ValidationInfo) -> Any:
        kind = type(value)
        if kind is bool or kind is int or kind is float or kind is list:
            name = info.field_name
            number, day, listed = _rule(cls, name) if name else (False, False, False)
            if kind is bool and number:
                raise ValueError(f"{str(value).lower()} is not a number")
            if day and kind is not bool and kind is not list:
                raise ValueError(f"{value!r} is not a date: write YYYY-MM-DD")
            if kind is list and listed and any(type(v) is bool for v in value):
                raise ValueError("true and false are not numbers")
        return value


class Strict(Plain):
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
    # India's Bachelor and Master of Commerce and of Computer Applications; the two-year Post
    # Graduate Diploma in Management, which employers hire as an MBA and the Association of
    # Indian Universities grants an MBA's equivalence once accredited (lbsim.ac.in, "Can
    # PGDM be equivalent to MBA in India?")
    **dict.fromkeys(("bcom", "bca"), "bachelor"),
    **dict.fromkeys(("mcom", "mca", "pgdm"), "master"),
}
#: Degree names in Spanish, Portuguese, French and Italian, to their rung: the one list
#: profiles, CVs ("Bacharelado em Ciência da Computação", "Laurea Magistrale in Statistica")
#: and postings ("Licenciatura o Máster") read. Italy's three cycles: the "Laurea Triennale",
#: the "Laurea Magistrale" (before 2004 "Specialistica") and the "Dottorato di ricerca".
FOREIGN_DEGREES: Final[dict[str, str]] = {
    **dict.fromkeys(("licenciatura", "bacharelado", "graduação", "laurea triennale"), "bachelor"),
    **dict.fromkeys(("maestría", "máster", "magíster", "mestrado"), "master"),
    **dict.fromkeys(("laurea magistrale", "laurea specialistica"), "master"),
    **dict.fromkeys(("doctorado", "doutorado", "doctorat", "dottorato di ricerca"), "phd"),
    "dottorato": "phd",
}
DEGREE_SPELLINGS.update({norm(word): rung for word, rung in FOREIGN_DEGREES.items()})
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
