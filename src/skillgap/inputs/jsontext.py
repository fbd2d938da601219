r"""JSON text to a :class:`~skillgap.inputs.loader.Document`: plain data and where each value is.

Used for JSON Resume files and saved results. JSON is not read through the YAML parser:
tab indentation and surrogate-pair escapes (``"\\ud83d\\ude00"``, what Python's own
``json.dumps`` writes) are valid JSON but not valid YAML. Bounds match the YAML loader's:
nesting deeper than :data:`~skillgap.inputs.loader.MAX_DEPTH`, numbers longer than
:data:`MAX_NUMBER_CHARS` characters, lone surrogates and duplicate keys are refused with
their line and column.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable
from typing import Any, Final

from skillgap.errors import InputError, Problem
from skillgap.inputs.loader import MAX_DEPTH, Document, Loc, Positions

MAX_NUMBER_CHARS: Final = 100
_WS: Final = re.compile(r"[ \t\n\r]*")
_NUMBER: Final = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_NUMBER_START: Final = frozenset("-0123456789")
_LITERALS: Final = (("true", True), ("false", False), ("null", None))
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# The standard library's string scanner (C-accelerated); typeshed does not declare it.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


class _Stop(Exception):
    def __init__(self, index: int, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.message = message
        self.hint = hint


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.positions = Positions()

    def where(self, index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1

    def skip(self, index: int) -> int:
        match = _WS.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, loc: Loc, depth: int) -> tuple[Any, int]:
        index = self.skip(index)
        self.positions.values[loc] = self.where(index)
        if index >= len(self.text):
            raise _Stop(index, "the JSON ends where a value should be")
        char = self.text[index]
        if char in "{[":
            if depth >= MAX_DEPTH:
                raise _Stop(
                    index,
                    f"nesting deeper than {MAX_DEPTH} levels",
                    "a résumé or result is never this deep",
                )
            if char == "{":
                return self.mapping(index + 1, loc, depth + 1)
            return self.sequence(index + 1, loc, depth + 1)
        if char == '"':
            return self.string(index)
        if char in _NUMBER_START:
            return self.number(index)
        for word, literal in _LITERALS:
            if self.text.startswith(word, index):
                return literal, index + len(word)
        raise _Stop(index, f"unexpected character {char!r}", 'a value starts with { [ " a digit')

    def string(self, index: int) -> tuple[str, int]:
        try:
            text, end = _scanstring(self.text, index + 1, True)
        except json.JSONDecodeError as exc:
            raise _Stop(exc.pos, exc.msg, "check the quotes and backslashes at this spot") from None
        lone = _SURROGATE.search(text)
        if lone is not None:
            raise _Stop(
                index,
                f"a lone surrogate escape \\u{ord(lone[0]):04x} is not a character",
                "an escape of U+D800-U+DFFF needs its pair, e.g. \\ud83d\\ude00",
            )
        return text, end

    def number(self, index: int) -> tuple[int | float, int]:
        match = _NUMBER.match(self.text, index)
        if match is None:
            raise _Stop(index, "not a number", "write digits, e.g. 4 or 3.5")
        literal = match[0]
        if len(literal) > MAX_NUMBER_CHARS:
            raise _Stop(
                index,
                f"a number of {len(literal)} characters (at most {MAX_NUMBER_CHARS})",
                "no field of a résumé or result needs a number this long",
            )
        if re.fullmatch(r"-?\d+", literal):
            return int(literal), match.end()
        value = float(literal)
        if not math.isfinite(value):
            raise _Stop(index, f"the number {literal} is too large", "write a smaller number")
        return value, match.end()

    def mapping(self, index: int, loc: Loc, depth: int) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        index = self.skip(index)
        if self.text.startswith("}", index):
            return out, index + 1
        while True:
            index = self.skip(index)
            if not self.text.startswith('"', index):
                raise _Stop(index, "expected a key in double quotes", 'keys are written "key"')
            key_at = index
            key, index = self.string(index)
            if key in out:
                raise _Stop(key_at, f"duplicate key '{key[:80]}'", "keep one of the two")
            self.positions.keys[(*loc, key)] = self.where(key_at)
            index = self.skip(index)
            if not self.text.startswith(":", index):
                raise _Stop(index, "expected ':' after the key")
            out[key], index = self.value(index + 1, (*loc, key), depth)
            index = self.skip(index)
            if self.text.startswith(",", index):
                index += 1
                continue
            if self.text.startswith("}", index):
                return out, index + 1
            raise _Stop(index, "expected ',' or '}'", "check the commas at this spot")

    def sequence(self, index: int, loc: Loc, depth: int) -> tuple[list[Any], int]:
        out: list[Any] = []
        index = self.skip(index)
        if self.text.startswith("]", index):
            return out, index + 1
        while True:
            item, index = self.value(index, (*loc, len(out)), depth)
            out.append(item)
            index = self.skip(index)
            if self.text.startswith(",", index):
                index += 1
                continue
            if self.text.startswith("]", index):
                return out, index + 1
            raise _Stop(index, "expected ',' or ']'", "check the commas at this spot")


def parse_json(text: str, source: str, sha256: str = "", *, hint: str | None = None) -> Document:
    """Parse JSON text with positions, or raise an InputError at the first problem."""
    reader = _Reader(text)
    start = 1 if text.startswith("\ufeff") else 0
    try:
        data, end = reader.value(start, (), 0)
        end = reader.skip(end)
        if end != len(text):
            raise _Stop(end, "extra text after the JSON value", "a file holds one JSON value")
    except _Stop as stop:
        line, column = reader.where(min(stop.index, len(text)))
        raise InputError(
            [Problem(source, line, column, f"not valid JSON: {stop.message}", stop.hint or hint)]
        ) from None
    return Document(source, data, reader.positions, sha256)
