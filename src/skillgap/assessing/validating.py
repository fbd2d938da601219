"""Every problem in files and folders of profiles and catalogs (``skillgap validate``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from skillgap.assessing.checks import check_arguments, check_path
from skillgap.assessing.constraints import plan_constraints
from skillgap.assessing.load import is_catalog_data, load_catalog, validated_profile
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import (
    collector_paused,
    index_documents,
    index_roles_with,
    oversized,
    roles_only,
)
from skillgap.clock import or_today
from skillgap.errors import InputError, Problem, expect_type
from skillgap.inputs.discovery import walk
from skillgap.inputs.loader import Document, load_input
from skillgap.inputs.validation import validate
from skillgap.plan import PlanOptions
from skillgap.scoring.standing import resolve, unknown_target_role


@dataclass(frozen=True)
class ValidationReport:
    """What ``validate`` found: every problem in every file, and how many files it read."""

    files: int
    problems: list[Problem]

    @property
    def errors(self) -> int:
        """How many problems are errors (warnings do not fail a run)."""
        return sum(p.level == "error" for p in self.problems)


def _read_folder(
    path: Path, files: list[Path], problems: list[Problem], profiles: list[Document]
) -> list[Document]:
    """Load one path's files for validate: reviews checked, profiles kept, catalog files returned.

    A catalog beyond :func:`~skillgap.catalog.read.oversized`'s bounds is refused as
    ``--catalog`` refuses it, and its files are not kept.
    """
    from skillgap.models.review import Review, is_review_data

    catalog_docs: list[Document] = []
    catalog_files: list[Path] = []
    too_big: Problem | None = None
    for file in files:
        try:
            doc = load_input(file, str(file))
        except InputError as exc:
            problems += exc.problems
            continue
        if is_review_data(doc.data):
            try:
                validate(doc, Review)
            except InputError as exc:
                problems += exc.problems
            continue
        if not is_catalog_data(doc.data):
            profiles.append(doc)
            continue
        catalog_files.append(file)
        if too_big is None and (too_big := oversized(path, catalog_files)):
            problems.append(too_big)
            catalog_docs.clear()
        if too_big is None:
            catalog_docs.append(doc)
    return catalog_docs


def validate_paths(
    paths: list[Path], catalog: CatalogIndex | None = None, *, as_of: dt.date | None = None
) -> ValidationReport:
    """Check profiles and catalogs below ``paths``; files of one folder form one catalog.

    Profiles are also resolved against ``catalog`` (default: a catalog found among
    the paths when there is exactly one, else the shipped one), so that unknown
    skills show up as warnings.

    >>> report = validate_paths([Path("profiles")])
    >>> report.files, report.errors
    (5, 0)
    """
    expect_type("paths", paths, (list, tuple), "a list of paths")
    for path in paths:
        check_path("each of paths", path)
    paths = [Path(p) for p in paths]
    check_arguments(catalog, as_of=as_of)
    day = or_today(as_of)  # a library call that names no day: today, read once
    problems: list[Problem] = []
    groups: list[list[Document]] = []
    profiles: list[Document] = []
    count = 0
    # Every document read is kept to the end: the collector would go over them for nothing.
    with collector_paused():
        for path in paths:
            files = [Path(p) for p in walk(str(path))] if path.is_dir() else [path]
            count += len(files)
            catalog_docs = _read_folder(path, files, problems, profiles)
            if catalog_docs:
                groups.append(catalog_docs)
    found: list[CatalogIndex] = []
    for docs in groups:
        try:
            found.append(
                index_roles_with(docs, catalog) if roles_only(docs) else index_documents(docs)
            )
        except InputError as exc:
            problems += exc.problems
    index = catalog or (found[0] if len(found) == 1 else None)
    for doc in profiles:
        try:
            against = index or load_catalog()
            profile = validated_profile(doc, against)
            _, warnings = resolve(profile, against, doc, as_of=day)
        except InputError as exc:
            problems += exc.problems
            continue
        if profile.plan is not None:  # the plan: section, as assess reads it
            try:
                plan_constraints(against, profile, PlanOptions(day), doc)
            except InputError as exc:
                problems += exc.problems
        unknown = unknown_target_role(profile, against, doc)
        if unknown is not None:
            problems.append(unknown)
        problems += [
            Problem(w.file, w.line, w.column, w.message, w.hint, "warning") for w in warnings
        ]
    return ValidationReport(count, sorted(problems))
