"""Reading the inputs of an assessment: the catalog, a profile, a review, a saved result."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.assessing.checks import check_path
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.read import read_catalog
from skillgap.errors import InputError
from skillgap.inputs.loader import Document, decode, load_file, load_input, read_bytes, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.catalog import Catalog
from skillgap.models.profile import Profile
from skillgap.models.result import READABLE_VERSIONS, Assessment
from skillgap.scoring.standing import unknown_target_role_in
from skillgap.untrusted import path_text

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from skillgap.models.review import Review


def load_catalog(path: Path | str | None = None) -> CatalogIndex:
    """The catalog at ``path`` (a YAML file or a folder), or the shipped one.

    >>> catalog = load_catalog()
    >>> "mlops-engineer" in catalog.roles
    True
    """
    if path is not None:
        check_path("path", path)
    return read_catalog(Path(path) if path is not None else None)


def load_profile(path: Path | str, catalog: CatalogIndex | None = None) -> tuple[Profile, Document]:
    """Read and validate a profile file (``-``: standard input); raises InputError with positions.

    >>> profile, document = load_profile("profiles/student.yaml")
    >>> profile.name, document.source
    ('Sam Student', 'profiles/student.yaml')
    """
    check_path("path", path)
    try:
        doc = load_input(path, str(path))  # "-": standard input, named <stdin>
    except InputError as exc:
        raise _cv_hint(exc, path) if _free_text(path) else exc from None
    if not isinstance(doc.data, dict) and _free_text(path):
        raise _cv_hint(InputError([doc.problem((), "this is text, not a profile")]), path)
    return profile_of(doc, catalog), doc


def _free_text(path: Path | str) -> bool:
    """Whether a file's name says a CV or a posting (``skillgap import`` reads a CV)."""
    from skillgap.text.read import OTHER_FORMATS, TEXT_SUFFIXES  # on the error path only

    return Path(str(path)).suffix.lower() in (*TEXT_SUFFIXES, *OTHER_FORMATS)


def _cv_hint(exc: InputError, path: Path | str) -> InputError:
    """The error with the way from a CV to a profile as its hint (not "save as UTF-8")."""
    hint = f"a CV is read by 'skillgap import {path_text(str(path))} -o profile.yaml'"
    exc.problems[0] = dataclasses.replace(exc.problems[0], hint=hint)
    return exc


def profile_of(doc: Document, catalog: CatalogIndex | None = None) -> Profile:
    """The profile a document read holds; a catalog file is refused with a hint."""
    if is_catalog_data(doc.data):
        raise InputError(
            [
                doc.problem(
                    (),
                    "this is a catalog file, not a profile",
                    hint="pass catalogs with --catalog, and a profile (name:, skills: ...) here",
                )
            ]
        )
    return validated_profile(doc, catalog)


def validated_profile(doc: Document, catalog: CatalogIndex | None) -> Profile:
    """The profile; every problem at once: with ``catalog``, an unknown target_role too."""
    try:
        return validate(doc, Profile)
    except InputError as exc:
        role = unknown_target_role_in(doc.data, catalog, doc) if catalog is not None else None
        if role is not None and all(p.line != role.line for p in exc.problems):
            exc.problems = sorted([*exc.problems, role])
        raise


@dataclass(frozen=True)
class Reviewed:
    """A review file, read: the review, its document, and whether to apply it regardless.

    Made by :func:`load_review`; pass it to :func:`assess` as ``review=``.

    >>> Reviewed.__dataclass_fields__.keys()
    dict_keys(['review', 'document', 'force'])
    """

    review: Review
    document: Document
    force: bool = False


def load_review(path: Path | str, *, force: bool = False) -> Reviewed:
    """Read and validate a review file (written by ``skillgap review``).

    >>> load_review("profiles/student.yaml")  # a profile is not a review
    Traceback (most recent call last):
    skillgap.errors.InputError: ...
    """
    check_path("path", path)
    from skillgap.models.review import Review  # only when there is a review to read

    doc = load_file(Path(path), str(path))
    return Reviewed(validate(doc, Review), doc, force)


def is_catalog_data(data: object) -> bool:
    """A catalog file has only catalog sections; a profile has a name or a skills mapping."""
    if not isinstance(data, dict) or not data or "name" in data:
        return False
    return data.keys() <= Catalog.model_fields.keys() and not isinstance(data.get("skills"), dict)


def load_result(path: Path | str) -> Assessment:
    """A result saved with ``--format json``; an older or unknown schema gets a clear error.

    >>> load_result("profiles/student.yaml")  # YAML is not a saved result
    Traceback (most recent call last):
    skillgap.errors.InputError: ...
    """
    check_path("path", path)
    source = path_text(path)
    return result_from(read_bytes(Path(path), source), source)


def looks_like_result(raw: bytes) -> bool:
    """Whether bytes piped in are a saved JSON result rather than a profile."""
    return raw.lstrip()[:1] == b"{" and b'"schema_version"' in raw


def result_from(raw: bytes, source: str) -> Assessment:
    """A saved result from its bytes (:func:`load_result`), its problems named ``source``."""
    from skillgap.inputs.jsontext import parse_json

    text = decode(raw, source)
    doc = parse_json(
        text,
        source,
        sha256_hex(raw),
        hint="pass a file written by 'skillgap assess --format json', or a profile",
    )
    version = doc.data.get("schema_version") if isinstance(doc.data, dict) else None
    if version is None:
        raise InputError(
            [
                doc.problem(
                    (),
                    "this JSON is not a skillgap result (it has no schema_version)",
                    hint="compare profiles, or results written by 'skillgap assess --format json'",
                )
            ]
        )
    if version not in READABLE_VERSIONS:
        raise InputError(
            [
                doc.problem(
                    ("schema_version",),
                    f"this result has schema_version {version!r}; this skillgap reads "
                    + " and ".join(repr(v) for v in READABLE_VERSIONS),
                    hint="re-run 'skillgap assess --format json' on the profile to refresh it",
                )
            ]
        )
    result = validate(doc, Assessment)
    from skillgap.scoring.saved import refuse_impossible

    refuse_impossible(result, doc)  # numbers skillgap never writes: exit 3, where they are
    return result
