"""Two profiles or saved results compared (``skillgap compare``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.assessing.assess import assess
from skillgap.assessing.checks import check_arguments, check_path
from skillgap.assessing.load import (
    Reviewed,
    load_profile,
    load_result,
    looks_like_result,
    profile_of,
    result_from,
)
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError
from skillgap.inputs.loader import (
    STDIN,
    STDIN_SOURCE,
    Document,
    decode,
    parse,
    sha256_hex,
    stdin_bytes,
)
from skillgap.models.profile import Profile
from skillgap.models.result import Assessment, Trust, Warning
from skillgap.plan import PlanOptions
from skillgap.renderers.summary import not_understood
from skillgap.scoring.standing import pick_role
from skillgap.untrusted import path_text

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from skillgap.models.views import Comparison
    from skillgap.renderers.redact import Redactor


def _side(path: Path) -> tuple[Assessment | None, Profile | None, Document | None]:
    """A saved JSON result, or a profile still to assess (``-``: standard input, either)."""
    if str(path) == STDIN:
        raw = stdin_bytes()
        if looks_like_result(raw):
            return result_from(raw, STDIN_SOURCE), None, None
        doc = parse(decode(raw, STDIN_SOURCE), STDIN_SOURCE, sha256_hex(raw))
        return None, profile_of(doc), doc
    if path.suffix.lower() == ".json":
        return load_result(path), None, None
    profile, doc = load_profile(path)
    return None, profile, doc


def _named(path: Path) -> str:
    """How a side is named in the report: its path, or <stdin>."""
    return STDIN_SOURCE if str(path) == STDIN else path_text(path)


def compare_files(
    old: Path,
    new: Path,
    catalog: CatalogIndex,
    role: str | None,
    plan: PlanOptions,
    *,
    force: bool = False,
    as_of: dt.date | None = None,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    redactor: Redactor | None = None,
    level: str | None = None,
) -> Comparison:
    """Compare two profiles or saved JSON results (either mix) for the same role and level.

    The level: ``level``, else a saved result's, else the newer profile's ``target_level``.

    >>> cmp = compare_files(
    ...     Path("profiles/newcomer.yaml"),
    ...     Path("profiles/student.yaml"),
    ...     load_catalog(),
    ...     "ml-engineer",
    ...     PlanOptions(dt.date(2026, 12, 1)),
    ... )
    >>> cmp.score_change > 0, cmp.warnings[0].startswith("the two are for different names")
    (True, True)
    """
    return compare_with_names(
        old,
        new,
        catalog,
        role,
        plan,
        force=force,
        as_of=as_of,
        review=review,
        trust=trust,
        redactor=redactor,
        level=level,
    )[0]


def compare_with_names(
    old: Path,
    new: Path,
    catalog: CatalogIndex,
    role: str | None,
    plan: PlanOptions,
    *,
    force: bool = False,
    as_of: dt.date | None = None,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    redactor: Redactor | None = None,
    level: str | None = None,
) -> tuple[Comparison, list[Warning]]:
    """:func:`compare_files`, and the names either profile wrote that the catalog did not know.

    Those come from the profiles assessed now (a saved result's were told when it was made),
    scrubbed as the comparison is under ``redactor``.
    """
    check_path("old", old)
    check_path("new", new)
    old, new = Path(old), Path(new)
    if str(old) == str(new) == STDIN:
        raise UsageError(
            "only one of OLD and NEW can be '-' (standard input)",
            "save one of them to a file and name it",
        )
    check_arguments(catalog, role, as_of, plan, catalog_needed=True)
    sides = [_side(p) for p in (old, new)]
    if review is not None and sides[1][0] is not None:
        raise UsageError(
            f"--review applies to a profile, and '{new}' is a saved result",
            "compare against the profile itself to apply the review",
        )
    # The role: asked for, else a saved result's, else the newer profile's target role. Two
    # sides that target different roles are refused unless --role or --force says which.
    saved_roles = [r.role.id for r, _, _ in sides if r is not None]
    own = [
        saved.role.id if saved is not None else pick_role(catalog, None, profile)
        for saved, profile, _ in sides
    ]
    if role is None and own[0] != own[1] and not force:
        raise UsageError(
            f"the two are for different roles: '{old}' is for '{own[0]}', '{new}' for '{own[1]}'",
            "pass --role ID to score both against one role, or --force to compare anyway",
        )
    wanted = role or (saved_roles[-1] if saved_roles else own[1])
    saved_levels = [r.role.level for r, _, _ in sides if r is not None]
    newest = sides[1][1] or sides[0][1]
    wanted_level = level or (
        saved_levels[-1] if saved_levels else (newest.target_level if newest else None)
    )
    results = []
    for saved, profile, doc in sides:
        if saved is not None:
            results.append(saved)
            continue
        assert profile is not None
        newer = sides[1][1]
        role_id = pick_role(
            catalog, wanted, newer or profile, document=sides[1][2] if newer else doc
        )
        applied = review if saved is sides[-1][0] and profile is sides[-1][1] else None
        results.append(
            assess(
                profile,
                catalog,
                role_id,
                document=doc,
                plan=plan,
                as_of=as_of,
                review=applied,
                trust=trust,
                level=wanted_level,
            )
        )
    from skillgap.compare import compare

    cmp = compare(
        results[0], results[1], old_source=_named(old), new_source=_named(new), force=force
    )
    unknown = list(
        {  # a file compared with itself says each name once
            (w.file, w.line, w.column, w.message): w
            for r, (saved, _, _) in zip(results, sides, strict=True)
            if saved is None
            for w in not_understood(r.warnings)
        }.values()
    )
    if redactor is None:
        return cmp, unknown
    from skillgap.renderers.redact import harvest, personal_of

    docs = [
        # a saved result's role is the person's text when the catalog does not define it
        (f"<{side}>", _named(path), d.data if d else r.role.model_dump())
        for side, path, (_, _, d), r in zip(("old", "new"), (old, new), sides, results, strict=True)
    ]
    if review is not None:
        docs.append(("<review>", review.document.source, review.document.data))
    # The results' own personal fields (a saved result has no document) count too.
    known = harvest(results[0]) | harvest(results[1]) | personal_of(docs, catalog)
    return redactor.scrub(cmp, known), [redactor.scrub(w, known) for w in unknown]
