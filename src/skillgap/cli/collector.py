"""The cycle collector's policy, in one place.

The ``skillgap`` command pauses the collector for its whole run (``__main__``): a command
builds a few hundred thousand long-lived objects and next to no garbage in cycles. The
commands whose work grows with their input (``batch``, ``validate``: many files) run it
while they work, and leave it as they found it after: paused for the command line, on for
a program that runs :data:`skillgap.cli.app` inside itself (as typer's ``CliRunner`` does).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collecting(grows: bool) -> Iterator[None]:
    """The collector on while a command's body runs when its work ``grows``; then as it was."""
    was_on = gc.isenabled()
    if grows:
        gc.enable()
    try:
        yield
    finally:
        if not was_on:
            gc.disable()
