"""The error tree, the problems it carries, and the exit-code contract."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final

from skillgap.untrusted import one_line

#: How to report a bug, said by every internal error. The project names no issue tracker
#: (pyproject.toml has no URL), so no address is made up: what to send is what helps.
REPORT_BUG: Final = "please report this with the command and its --debug output"


class ExitCode(enum.IntEnum):
    """Exit codes of the ``skillgap`` command: a contract, documented in the README."""

    OK = 0
    BELOW_THRESHOLD = 1
    USAGE = 2
    INVALID_INPUT = 3
    OUTPUT = 4
    INTERNAL = 70


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input file, at a 1-based line and column (0: the whole file)."""

    file: str
    line: int
    column: int
    message: str
    hint: str | None = field(default=None, compare=False)
    level: str = field(default="error", compare=False)

    def format(self) -> str:
        """Render as ``file:line:col: level: message`` plus an indented hint line.

        Messages quote names from files: each part stays on its line, its control
        characters shown visibly, so a name cannot fake a line of its own.
        """
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{one_line(where)}: {self.level}: {one_line(self.message)}"
        if self.hint:
            text += f"\n  hint: {one_line(self.hint)}"
        return text


class SkillgapError(Exception):
    """Base of every error skillgap reports to a user; carries its exit code."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def render(self) -> str:
        """The one-screen message shown on stderr (names quoted in it stay on its line)."""
        return f"skillgap: error: {one_line(str(self))}"


class UsageError(SkillgapError):
    """The command line asks for something that does not exist (exit 2)."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def render(self) -> str:
        """The message and its hint, each on one line."""
        text = f"skillgap: error: {one_line(str(self))}"
        if self.hint:
            text += f"\n  hint: {one_line(self.hint)}"
        return text


MAX_SHOWN_PROBLEMS = 20


class InputError(SkillgapError):
    """One or more input files do not parse or validate (exit 3)."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        first = self.problems[0].format() if self.problems else "invalid input"
        super().__init__(first)

    def render(self) -> str:
        """Every problem (up to a cap), sorted by file and position."""
        shown = self.problems[:MAX_SHOWN_PROBLEMS]
        lines = [p.format() for p in shown]
        hidden = len(self.problems) - len(shown)
        if hidden:
            lines.append(f"... and {hidden} more")
        return "\n".join(lines)


class CatalogError(InputError):
    """The catalog itself is broken: dangling ids, cycles, duplicates (exit 3)."""


class OutputError(SkillgapError):
    """The report could not be written (exit 4)."""

    exit_code = ExitCode.OUTPUT


def expect_type(
    name: str, value: object, kinds: type | tuple[type, ...], wanted: str, hint: str = ""
) -> None:
    """Raise TypeError at a library call when ``value`` is not of ``kinds`` (a bool is no int).

    ``wanted`` says in words what the argument takes; ``hint`` how to get one.
    """
    if isinstance(value, kinds) and not (isinstance(value, bool) and bool not in _flat(kinds)):
        return
    got = "None" if value is None else type(value).__name__
    raise TypeError(f"{name} must be {wanted}, not {got}" + (f": {hint}" if hint else ""))


def _flat(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)
