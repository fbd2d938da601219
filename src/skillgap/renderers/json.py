"""JSON: the result model itself, with its schema version (``color`` and ``width`` unused)."""

from __future__ import annotations

from pydantic import BaseModel

from skillgap.untrusted import json_text


def render_model(model: BaseModel) -> str:
    """A model as indented JSON with a trailing newline (no raw control character in it)."""
    return json_text(model.model_dump_json(indent=2)) + "\n"


def render_assessment(
    result: BaseModel, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The assessment as JSON (``schema_version`` first)."""
    return render_model(result)


def render_plan(report: BaseModel, *, color: bool = False, width: int = 100) -> str:
    """The plan report as JSON."""
    return render_model(report)


def render_role(view: BaseModel, *, color: bool = False, width: int = 100) -> str:
    """A role view as JSON."""
    return render_model(view)


def render_match(report: BaseModel, *, color: bool = False, width: int = 100) -> str:
    """A match ranking as JSON."""
    return render_model(report)


def render_comparison(cmp: BaseModel, *, color: bool = False, width: int = 100) -> str:
    """A comparison as JSON."""
    return render_model(cmp)
