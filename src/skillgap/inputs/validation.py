"""Validate a parsed document against a model; turn pydantic's errors into positioned problems."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from skillgap.errors import InputError, Problem
from skillgap.inputs.loader import Document, Loc
from skillgap.names import suggest

M = TypeVar("M", bound=BaseModel)

_QUOTED = re.compile(r"'([^']*)'")


def validate(doc: Document, model: type[M]) -> M:
    """The document's data as ``model``, or an InputError listing every problem."""
    if not isinstance(doc.data, dict):
        found = "a list" if isinstance(doc.data, list) else f"the single value {doc.data!r}"
        raise InputError(
            [
                doc.problem(
                    (),
                    f"expected a mapping of fields at the top level, found {found}",
                    hint=f"start the file with the fields of a {model.__name__.lower()}, "
                    "e.g. 'name: ...'",
                )
            ]
        )
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = [_problem(doc, model, err) for err in exc.errors(include_url=False)]
        raise InputError(problems) from None


def _existing(data: Any, loc: tuple[Any, ...]) -> Loc:
    """The longest prefix of ``loc`` that names something in ``data``."""
    found: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        else:
            break
        found.append(part)
    return tuple(found)


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete arms of an annotation: Annotated and unions opened up."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [arm for arg in typing.get_args(annotation) for arm in _unwrap(arg)]
    return [annotation]


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that validates the value at ``loc``, if one does."""
    current: list[Any] = [model]
    for part in loc:
        following: list[Any] = []
        for ann in current:
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                if isinstance(part, str) and part in ann.model_fields:
                    following += _unwrap(ann.model_fields[part].annotation)
            elif typing.get_origin(ann) is list and isinstance(part, int):
                following += _unwrap(typing.get_args(ann)[0])
            elif typing.get_origin(ann) is dict and isinstance(part, str):
                following += _unwrap(typing.get_args(ann)[1])
        current = following
    for ann in current:
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            return ann
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


#: A YAML 1.1 base-60 number (``1:30`` for 90), which skillgap reads as text.
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")


def _problem(doc: Document, model: type[M], err: Any) -> Problem:
    """The problem for one of pydantic's errors, with a hint where one helps."""
    problem = _described(doc, model, err)
    got = err.get("input")
    if isinstance(got, str) and _SEXAGESIMAL.match(got) and err["type"] != "extra_forbidden":
        return dataclasses.replace(
            problem,
            hint=f"'{got}' is not a number here: YAML 1.1 would read it in base 60, "
            "skillgap does not; write a plain number (1.5 for an hour and a half)",
        )
    return problem


def _described(doc: Document, model: type[M], err: Any) -> Problem:
    loc: tuple[Any, ...] = tuple(err["loc"])
    kind: str = err["type"]
    where = _existing(doc.data, loc)
    names = [p for p in where if isinstance(p, str)]
    field = ".".join(str(p) for p in where) or "the file"
    message: str = err["msg"]
    hint: str | None = None
    if kind == "extra_forbidden":
        key = str(loc[-1])
        owner = _model_at(model, where[:-1])
        allowed = sorted(owner.model_fields) if owner else []
        close = suggest(key, allowed)
        hint = f"did you mean '{close}'?" if close else f"allowed fields: {', '.join(allowed)}"
        return doc.problem(where, f"unknown field '{key}'", hint=hint, key=True)
    if kind == "missing":
        missing = str(loc[-1])
        parent = "the top level" if not where else f"'{field}'"
        return doc.problem(
            where,
            f"missing required field '{missing}' in {parent}",
            hint=f"add '{missing}: ...'",
        )
    if kind in ("value_error", "assertion_error"):
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        return doc.problem(where, f"{field}: {message}" if names else message)
    if kind == "literal_error":
        expected = _QUOTED.findall(str(err.get("ctx", {}).get("expected", "")))
        got = err.get("input")
        close = suggest(str(got), expected) if isinstance(got, str) else None
        hint = f"did you mean '{close}'?" if close else f"use one of: {', '.join(expected)}"
        return doc.problem(
            where, f"{field}: {_short(got)} is not one of {', '.join(expected)}", hint=hint
        )
    return doc.problem(
        where,
        f"{field}: {_in_words(kind, err.get('ctx') or {}, message, err)}",
        hint=_field_hint(model, where),
    )


def _field_hint(model: type[BaseModel], loc: tuple[Any, ...]) -> str | None:
    """A field's own description of its values, when the model gives one, as the hint."""
    if not loc or not isinstance(loc[-1], str):
        return None
    owner = _model_at(model, tuple(loc[:-1]))
    info = owner.model_fields.get(loc[-1]) if owner else None
    return info.description if info is not None and info.description else None


_TYPES = {
    "string_type": "should be text",
    "int_type": "should be a whole number",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "float_type": "should be a number",
    "float_parsing": "should be a number",
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false",
    "list_type": "should be a list (- item, or [a, b])",
    "dict_type": "should be a mapping (key: value)",
    "model_type": "should be a mapping (key: value)",
    "model_attributes_type": "should be a mapping (key: value)",
    "date_type": "should be a date (YYYY-MM-DD)",
    "date_parsing": "should be a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "should be a date (YYYY-MM-DD)",
}
_BOUNDS = {
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "less than"),
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "more than"),
}


def _in_words(kind: str, ctx: dict[str, Any], message: str, err: Any) -> str:
    """Pydantic's message for ``kind`` said as skillgap says things, with what was found."""
    got = err.get("input")
    if kind in ("too_long", "too_short"):
        unit = "characters" if isinstance(got, str) else "items"
        limit = ctx.get("max_length") if kind == "too_long" else ctx.get("min_length")
        most = "at most" if kind == "too_long" else "at least"
        size = len(got) if hasattr(got, "__len__") else ctx.get("actual_length")
        return f"has {size} {unit}; {most} {limit} are allowed"
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return f"must be {words} {ctx.get(key)} (got {_short(got)})"
    if kind in _TYPES:
        return f"{_TYPES[kind]} (got {_short(got)})"
    return f"{message} (got {_short(got)})"
