"""The library's front: what the CLI calls, and what scripts and distributed jobs can map.

    >>> from skillgap import api
    >>> result = api.assess_text("name: Ada\\nskills: {python: 3}\\n")
    >>> result.role.id, result.score > 0
    ('ml-engineer', True)
"""

from __future__ import annotations

from pathlib import Path

from skillgap import engine
from skillgap.catalog import DEFAULT_ROLE, CatalogIndex, read_catalog
from skillgap.errors import UsageError
from skillgap.loader import Document, load_file, parse, sha256_hex
from skillgap.models.common import suggest
from skillgap.models.profile import Profile
from skillgap.models.result import Assessment, InputFile
from skillgap.standing import resolve
from skillgap.validation import validate

__all__ = [
    "assess",
    "assess_document",
    "assess_file",
    "assess_text",
    "load_catalog",
    "load_profile",
    "pick_role",
]


def load_catalog(path: Path | str | None = None) -> CatalogIndex:
    """The catalog at ``path`` (a YAML file or a folder), or the shipped one."""
    return read_catalog(Path(path) if path is not None else None)


def load_profile(path: Path | str) -> tuple[Profile, Document]:
    """Read and validate a profile file; raises InputError with positions."""
    doc = load_file(Path(path), str(path))
    return validate(doc, Profile), doc


def pick_role(catalog: CatalogIndex, role: str | None, profile: Profile | None = None) -> str:
    """The role to assess: the one asked for, else the profile's target, else ml-engineer."""
    wanted = role or (profile.target_role if profile else None) or DEFAULT_ROLE
    if wanted in catalog.roles:
        return wanted
    close = suggest(wanted, catalog.roles)
    hint = f"did you mean '{close}'?" if close else "run 'skillgap roles' to list the roles"
    raise UsageError(f"unknown role '{wanted}'", hint)


def assess(
    profile: Profile,
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    document: Document | None = None,
) -> Assessment:
    """Assess a validated profile against a role of the catalog (default: the shipped one)."""
    index = catalog or load_catalog()
    role_id = pick_role(index, role, profile)
    standing, warnings = resolve(profile, index, document)
    inputs = [InputFile(kind="catalog", path=s.path, sha256=s.sha256) for s in index.sources]
    if document is not None:
        inputs.insert(0, InputFile(kind="profile", path=document.source, sha256=document.sha256))
    return engine.assess(standing, index.role(role_id), index, warnings=warnings, inputs=inputs)


def assess_document(
    document: Document, catalog: CatalogIndex | None = None, role: str | None = None
) -> Assessment:
    """Validate a parsed profile document and assess it."""
    return assess(validate(document, Profile), catalog, role, document=document)


def assess_text(
    text: str, catalog: CatalogIndex | None = None, role: str | None = None,
    *, source: str = "<profile>",
) -> Assessment:
    """Assess profile YAML given as text: a pure function of its inputs, for batch and maps."""
    return assess_document(parse(text, source, sha256_hex(text.encode())), catalog, role)


def assess_file(
    path: Path | str, catalog: CatalogIndex | None = None, role: str | None = None
) -> Assessment:
    """Read a profile file and assess it."""
    return assess_document(load_file(Path(path), str(path)), catalog, role)
