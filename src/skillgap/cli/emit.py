"""Where a command's product goes: stdout or its ``--output`` file; colour and width."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.output import refuse_inputs, write_file, write_stdout

if TYPE_CHECKING:
    from skillgap.models.result import Warning


def color(output: Path | None) -> bool:
    """Colour only on a terminal (never into a file), and never when NO_COLOR is set."""
    if output is not None or "NO_COLOR" in os.environ:
        return False
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def width() -> int:
    """The terminal's width; when piped, COLUMNS if set, else 100."""
    if sys.stdout.isatty():
        return max(40, min(os.get_terminal_size().columns, 200))
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(40, min(int(columns), 200))
    return 100


def write(text: str, output: Path | None, inputs: Iterable[Path] = ()) -> None:
    """Write the product to ``output`` (atomically, never over an input) or stdout."""
    if output is None:
        write_stdout(text)
        return
    refuse_inputs(output, inputs)
    write_file(output, text)


def not_understood(warnings: Sequence[Warning], terminal: bool) -> None:
    """Names the catalog did not know, on stderr with their "did you mean" (five, then a count).

    Only for terminal output, which a person reads: JSON and the files' formats carry them
    in the report and leave stderr quiet for scripts.
    """
    if not terminal:
        return
    from skillgap.cli.running import err
    from skillgap.renderers.summary import stderr_lines

    for line in stderr_lines(warnings):
        err(line)
