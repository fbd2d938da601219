"""Models rebuilt from JSON they dumped themselves, without validating it a second time.

Validating the shipped catalog's cache means building the validators of all eighteen
catalog models first, which costs more than the rest of a short run. What
:func:`rebuild` reads was validated before it was written, by the same models (the cache
key holds their source), and is checked whole against an HMAC under a key only skillgap
holds when read, so it is trusted: each model is made with ``model_construct``, its
fields converted from JSON by their types. Only the types the catalog uses are known; any
other is refused when the converters are made, so a model that gains a new kind of field
fails loudly in the tests.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable
from functools import cache, partial
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
Convert = Callable[[Any], Any]

_SCALARS = (str, int, float, bool, type(None))
_set = object.__setattr__


def _same(value: Any) -> Any:
    return value


def rebuild(model: type[M], data: Any) -> M:
    """``model`` from the parsed JSON of its own ``model_dump_json()``, unvalidated.

    Data of another shape raises KeyError, TypeError, AttributeError or ValueError.
    """
    return _model(model, data)


def _model(model: type[M], data: dict[str, Any]) -> M:
    if type(data) is not dict:
        raise TypeError(f"{model.__name__}: expected an object")
    if data.keys() != _converters(model).keys():
        raise KeyError(f"{model.__name__}: fields differ from the model's")
    values = {name: convert(data[name]) for name, convert in _converters(model).items()}
    made = model.__new__(model)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", set(values))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


@cache
def _converters(model: type[BaseModel]) -> dict[str, Convert]:
    if model.__private_attributes__ or model.model_config.get("extra") == "allow":
        raise TypeError(f"{model.__name__}: private or extra attributes are not rebuilt")
    converters = {}
    for name, field in model.model_fields.items():
        if field.alias not in (None, name):
            raise TypeError(f"{model.__name__}.{name}: aliased fields are not rebuilt")
        converters[name] = _converter(field.annotation)
    return converters


def _converter(kind: Any) -> Convert:  # noqa: PLR0911  # one return per kind of type
    origin = get_origin(kind)
    args = get_args(kind)
    if origin is Annotated:
        return _converter(args[0])
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return partial(_model, kind)
    if kind is dt.date:
        return dt.date.fromisoformat
    if kind in _SCALARS or origin is Literal:
        return _same
    if origin is list:
        item = _converter(args[0])
        return _same if item is _same else partial(_list, item)
    if origin is dict and _converter(args[1]) is _same:
        key = _bare(args[0])
        if key is str:
            return _same
        if key is int:
            return _int_keys  # JSON's keys are strings
    if origin in (Union, types.UnionType):
        options = [_converter(a) for a in args if a is not type(None)]
        if all(o is _same for o in options):
            return _same
        if len(options) == 1:
            return partial(_optional, options[0])
    raise TypeError(f"no trusted form for {kind!r}")


def _bare(kind: Any) -> Any:
    """``kind`` without ``Annotated``'s constraints."""
    return _bare(get_args(kind)[0]) if get_origin(kind) is Annotated else kind


def _list(item: Convert, values: list[Any]) -> list[Any]:
    if type(values) is not list:
        raise TypeError("expected a list")
    return [item(v) for v in values]


def _int_keys(values: dict[str, Any]) -> dict[int, Any]:
    return {int(k): v for k, v in values.items()}


def _optional(convert: Convert, value: Any) -> Any:
    return None if value is None else convert(value)
