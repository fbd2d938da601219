"""A document read: its plain data, where each key and value starts, and its content hash."""

from __future__ import annotations

from typing import Any

from skillgap.errors import Problem

#: A key path into a document's data, as pydantic's ``loc`` is.
Loc = tuple[str | int, ...]


class Positions:
    """Where each key and value of a document starts (1-based line, column)."""

    # A plain class, not a dataclass: this module is imported by every run, and making a
    # dataclass costs more than the whole class is used for.
    __slots__ = ("_loose", "keys", "values")

    def __init__(
        self,
        values: dict[Loc, tuple[int, int]] | None = None,
        keys: dict[Loc, tuple[int, int]] | None = None,
    ) -> None:
        self.values: dict[Loc, tuple[int, int]] = {} if values is None else values
        self.keys: dict[Loc, tuple[int, int]] = {} if keys is None else keys
        self._loose: tuple[dict[Loc, tuple[int, int]], dict[Loc, tuple[int, int]]] | None = None

    # Equal by value and shown by field, as the dataclass it was.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Positions):
            return NotImplemented
        return (self.values, self.keys) == (other.values, other.keys)

    __hash__ = None  # type: ignore[assignment]  # mutable: not hashable

    def __repr__(self) -> str:
        return f"Positions(values={self.values!r}, keys={self.keys!r})"

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of ``loc`` (its key when ``key``), else of its nearest known ancestor.

        A key written with padding (``"PYTHON ": 4``) is validated stripped: it is found
        by its stripped text too, at its own place rather than its parent's.
        """
        probe = tuple(loc)
        while True:
            if key and probe in self.keys:
                return self.keys[probe]
            if probe in self.values:
                return self.values[probe]
            keys, values = self._stripped()
            if key and probe in keys:
                return keys[probe]
            if probe in values:
                return values[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]

    def _stripped(self) -> tuple[dict[Loc, tuple[int, int]], dict[Loc, tuple[int, int]]]:
        """Keys and values by locations whose keys are stripped: built on the first miss."""
        if self._loose is None:

            def strip(loc: Loc) -> Loc:
                return tuple(p.strip() if isinstance(p, str) else p for p in loc)

            self._loose = (
                {strip(k): v for k, v in reversed(self.keys.items())},
                {strip(k): v for k, v in reversed(self.values.items())},
            )
        return self._loose


class Document:
    """One YAML file, read: its plain data, positions and content hash."""

    __slots__ = ("data", "positions", "sha256", "source")

    def __init__(self, source: str, data: Any, positions: Positions, sha256: str) -> None:
        self.source = source
        self.data = data
        self.positions = positions
        self.sha256 = sha256

    # Equal by value and shown by field, as the dataclass it was.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.source, self.data, self.positions, self.sha256) == (
            other.source,
            other.data,
            other.positions,
            other.sha256,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable: not hashable

    def __repr__(self) -> str:
        return (
            f"Document(source={self.source!r}, data={self.data!r}, "
            f"positions={self.positions!r}, sha256={self.sha256!r})"
        )

    def problem(
        self,
        loc: Loc,
        message: str,
        *,
        hint: str | None = None,
        key: bool = False,
        level: str = "error",
    ) -> Problem:
        """A problem located at ``loc`` in this document."""
        line, column = self.positions.locate(loc, key=key)
        return Problem(self.source, line, column, message, hint, level)
