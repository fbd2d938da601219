"""Arguments of the library's functions checked at the call: TypeError, naming the argument."""

from __future__ import annotations

import datetime as dt
import os
from typing import Final

from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, Problem, expect_type
from skillgap.inputs.loader import Document
from skillgap.models.common import Seniority
from skillgap.plan import PlanOptions

_PATH: Final = (str, os.PathLike)


def check_arguments(
    catalog: object = None,
    role: object = None,
    as_of: object = None,
    plan: object = None,
    *,
    catalog_needed: bool = False,
) -> None:
    """TypeError at the call for the arguments most calls share, not AttributeError deep down."""
    if catalog is not None or catalog_needed:
        expect_type(
            "catalog", catalog, CatalogIndex, "a CatalogIndex", "load_catalog(path) reads one"
        )
    if role is not None:
        expect_type("role", role, str, "a role id or name (str)")
    if as_of is not None:
        expect_type("as_of", as_of, dt.date, "a datetime.date")
    if plan is not None:
        expect_type("plan", plan, PlanOptions, "PlanOptions")


def check_path(name: str, value: object) -> None:
    """TypeError unless ``value`` is a path (str or os.PathLike)."""
    expect_type(name, value, _PATH, "a path (str or pathlib.Path)")


def chosen_level(
    index: CatalogIndex,
    level: str | None,
    target_level: Seniority | None = None,
    document: Document | None = None,
) -> Seniority | None:
    """The level asked for (``--level``), else the profile's ``target_level``; None: neither.

    An option the catalog does not describe is a usage error (exit 2); a profile's
    ``target_level`` it does not describe is invalid input at the value (exit 3).
    """
    if level is not None:
        expect_type("level", level, str, "junior, mid or senior (str)")
        return levels.check_level(index, level)
    if target_level is None:
        return None
    if target_level in levels.levels_of(index):
        return target_level
    problem = Problem(
        document.source if document else "<profile>",
        *(document.positions.locate(("target_level",)) if document else (0, 0)),
        f"the catalog describes no level '{target_level}'",
        f"use one of {', '.join(levels.levels_of(index))}",
    )
    raise InputError([problem])
