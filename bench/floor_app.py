"""The start-up floor: a minimal program on skillgap's own stack.

A typer command that reads a profile with PyYAML's C loader into one pydantic model and
prints it as JSON: what any tool built on typer, PyYAML and pydantic pays before doing
its own work. ``bench_assess.py`` holds ``skillgap assess --format json`` against it.

With ``FLOOR_GC=off`` in the environment it pauses the cycle collector first, as the
``skillgap`` command does: how much of skillgap's start-up is won that way, which any
program could do too.
"""

from __future__ import annotations

import gc
import os

if os.environ.get("FLOOR_GC") == "off":
    gc.disable()

from pathlib import Path
from typing import Any

import typer
import yaml
from pydantic import BaseModel

app = typer.Typer(add_completion=False)


class Profile(BaseModel):
    """A profile, loosely: enough to make pydantic build and run a validator."""

    name: str
    skills: dict[str, Any] = {}
    education: list[Any] = []
    certifications: list[Any] = []
    experience: list[Any] = []


@app.command()
def main(profile: Path, fmt: str = typer.Option("json", "--format")) -> None:
    """Load ``profile`` and print it as JSON."""
    data = yaml.load(profile.read_bytes(), Loader=yaml.CSafeLoader)
    known = {k: v for k, v in data.items() if k in Profile.model_fields}
    typer.echo(Profile.model_validate(known).model_dump_json())


if __name__ == "__main__":
    app()
