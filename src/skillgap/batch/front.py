"""The batch stage's functions on the library's front: a profile's record, a folder of postings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillgap.assessing.assess import assess
from skillgap.assessing.checks import check_arguments
from skillgap.assessing.load import load_catalog, load_profile
from skillgap.assessing.postings import with_posting
from skillgap.batch.records import score_text as score
from skillgap.catalog.index import CatalogIndex
from skillgap.clock import or_today
from skillgap.errors import expect_type
from skillgap.scoring.standing import pick_roles

if TYPE_CHECKING:
    from skillgap.assessing.requests import Dates
    from skillgap.models.result import Assessment
    from skillgap.models.text import PostingsReport
    from skillgap.text.read import TextDocument


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
    day = or_today(as_of)  # a library call that names no day: today, read once
    return score(text, source, index, pick_roles(index, roles), gaps=False, as_of=day)


def postings_report(
    folder: Path | str,
    catalog: CatalogIndex,
    profile: Path | str | None = None,
    *,
    as_of: dt.date | None = None,
) -> PostingsReport:
    """The skills a folder of postings asks for most; with a profile, its weighted gaps.

    >>> report = postings_report("tests/data/text-2026-12", load_catalog())
    >>> [(s.id, s.required) for s in report.skills[:2]]
    [('python', 6), ('sql', 4)]
    """
    from skillgap.batch.postings import postings_report as report

    if profile is None:
        return report(Path(folder), catalog)
    person, document = load_profile(profile)

    def against(posting: TextDocument) -> Assessment:
        index, role = with_posting(catalog, posting)
        return assess(person, index, role, document=document, as_of=as_of)

    return report(Path(folder), catalog, against, document.source)


def postings_asked(
    folder: Path, catalog: Path | None, profile: Path | None, dates: Dates
) -> PostingsReport:
    """``postings``: the folder and profile checked, the catalog read, the report made."""
    from skillgap.assessing.sources import need_path, read_catalog
    from skillgap.errors import UsageError

    need_path(folder, "folder")
    if not folder.is_dir():
        raise UsageError(f"'{folder}' is not a folder", "give a folder of postings")
    if profile is not None and str(profile) != "-":  # "-": the profile on standard input
        need_path(profile, "profile")
    index = read_catalog(catalog)
    return postings_report(folder, index, profile, as_of=dates.date(dates.as_of, "--as-of"))
