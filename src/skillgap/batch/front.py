"""A batch record for one profile's text, as the library's front gives it (``api.score_text``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from skillgap.assessing.checks import check_arguments
from skillgap.assessing.load import load_catalog
from skillgap.batch.records import score_text as score
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import expect_type
from skillgap.scoring.standing import pick_roles


def score_text(
    text: str,
    catalog: CatalogIndex | None = None,
    roles: Sequence[str] | None = None,
    *,
    source: str = "<profile>",
    as_of: dt.date | None = None,
) -> dict[str, Any]:
    r"""A batch run's record for one profile: exactly what ``batch --format jsonl`` writes.

    ``{"file", "name", "results": [{"role", "score", "readiness", "blockers",
    "categories"}], "warnings", "error"}`` as plain JSON data, the shape of
    :class:`skillgap.models.batch.BatchRecord` (``skillgap schema batch``; pass the dict
    to ``BatchRecord.model_validate`` for a typed object). The numbers are
    :func:`assess_text`'s (a property test holds them equal), about 3 times faster; a
    broken profile gives ``error`` with its line and column instead of raising.
    ``roles`` None means the profile's own ``target_role``; a role is an id or a name, and
    one the catalog lacks is a :class:`~skillgap.errors.UsageError`.

    >>> record = score_text("name: Ada\nskills: {python: 3}\n", roles=["ml-engineer"])
    >>> record["error"], record["results"][0]["role"]
    (None, 'ml-engineer')
    """
    expect_type("text", text, str, "the profile's YAML text (str)", "decode bytes first")
    expect_type("source", source, str, "a name for the text (str)")
    if roles is not None:
        expect_type("roles", roles, (list, tuple), "a list of role ids or names")
        for role in roles:
            check_arguments(role=role)
    check_arguments(catalog, as_of=as_of)
    index = catalog or load_catalog()
    return score(text, source, index, pick_roles(index, roles), gaps=False, as_of=as_of)
