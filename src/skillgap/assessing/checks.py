"""Arguments of the library's functions checked at the call: TypeError, naming the argument."""

from __future__ import annotations

import datetime as dt
import os
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import expect_type
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
