"""Finding, reading, checking and indexing a catalog; resolving roles that extend others."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from skillgap import __version__
from skillgap.catalog.names import NameTable, norm, suggest
from skillgap.errors import CatalogError, InputError, Problem
from skillgap.inputs.discovery import expand
from skillgap.inputs.loader import Document, Loc, decode, load_file, parse, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models import catalog as catalog_models
from skillgap.models import common as common_models
from skillgap.models.catalog import (
    Catalog,
    CertificationDef,
    DegreeLevel,
    FieldOfStudy,
    RecencyRule,
    Requirements,
    Role,
    Skill,
    Weights,
)
from skillgap.models.common import CATEGORIES, MAX_LEVEL, degree_spelling
from skillgap.models.trusted import rebuild

DEFAULT_ROLE: Final = "ml-engineer"
DEFAULT_READY_SCORE: Final = 80.0
BUILTIN_NAME: Final = "<built-in catalog>"
#: Without a ``recency`` rule for a skill's category (or ``default``): 3 years and 3 years.
#: Made without validation: validating this literal would build RecencyRule's validator at
#: import, on every start.
DEFAULT_RECENCY: Final = RecencyRule.model_construct(category="default")

#: A role without weights of its own (or inherited) weighs the categories so.
_DEFAULT_WEIGHTS: Final = Weights.model_construct()

Named = Skill | CertificationDef | DegreeLevel | FieldOfStudy
_MISSING: Final = object()
_NAME_CACHE_MAX: Final = 4096


@dataclass(frozen=True)
class ResolvedRole:
    """A role with everything it inherits through ``extends`` merged in."""

    id: str
    name: str
    summary: str | None
    lineage: tuple[str, ...]
    weights: Weights
    ready_score: float
    industries: tuple[str, ...]
    role: Role
    requirements: Requirements


@dataclass(frozen=True)
class CatalogSource:
    """One catalog file that went into a catalog, by name and content hash."""

    path: str
    sha256: str


class CatalogIndex:
    """Look-ups over a checked catalog: names and aliases to ids, roles resolved."""

    def __init__(self, catalog: Catalog, sources: Sequence[CatalogSource] = ()) -> None:
        self.catalog = catalog
        self.sources = tuple(sources)
        self.skills = {s.id: s for s in catalog.skills}
        self.certifications = {c.id: c for c in catalog.certifications}
        self.degrees = {d.id: d for d in catalog.degrees}
        self.degree_rank = {d.id: rank for rank, d in enumerate(catalog.degrees, start=1)}
        self.fields = {f.id: f for f in catalog.fields}
        self.roles = {r.id: r for r in catalog.roles}
        self.recency = {r.category: r for r in catalog.recency}
        self.skill_names = _table(catalog.skills)
        self.certification_names = _table(catalog.certifications)
        self.degree_names = _table(catalog.degrees)
        self.field_names = _table(catalog.fields)
        self._resolved: dict[str, ResolvedRole] = {}
        self._found: dict[tuple[int, str], object] = {}
        self._suggested: dict[tuple[int, str], str | None] = {}

    def _find(self, table: NameTable, name: str) -> str | None:
        # The same few hundred spellings recur across a batch: remember each one.
        key = (id(table), name)
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            found = table.find(name)
            if len(self._found) < _NAME_CACHE_MAX:  # bounded: flat memory in batch runs
                self._found[key] = found
        return found  # type: ignore[return-value]

    def _suggest(self, table: NameTable, name: str) -> str | None:
        key = (id(table), name)
        if key not in self._suggested:
            if len(self._suggested) >= _NAME_CACHE_MAX:  # bounded, as above
                self._suggested.clear()
            self._suggested[key] = table.suggest(name)
        return self._suggested[key]

    def find_skill(self, name: str) -> str | None:
        """The id of the skill called ``name``: its id, name or alias (see :mod:`.names`)."""
        return self._find(self.skill_names, name)

    def find_certification(self, name: str) -> str | None:
        """The id of the certification called ``name``."""
        return self._find(self.certification_names, name)

    def find_role(self, name: str) -> str | None:
        """The id of the role called ``name``: its id or its name, in any case or punctuation."""
        if name in self.roles:
            return name
        key = norm(name)
        for role_id, role in self.roles.items():
            if key in (norm(role_id), norm(role.name)):
                return role_id
        return None

    def find_degree(self, name: str) -> str | None:
        """The id of the degree level called ``name`` ("MSc", "Master of Science", "MBA")."""
        found = self._find(self.degree_names, name)
        if found is None and (rung := degree_spelling(name)) is not None:
            found = self._find(self.degree_names, rung)
        return found

    def find_field(self, name: str) -> str | None:
        """The id of the field of study called ``name``."""
        return self._find(self.field_names, name)

    def suggest_skill(self, name: str) -> str | None:
        """The display name of the skill ``name`` most likely means, for a "did you mean"."""
        return self._suggest(self.skill_names, name)

    def suggest_certification(self, name: str) -> str | None:
        """The display name of the certification ``name`` most likely means."""
        return self._suggest(self.certification_names, name)

    def suggest_degree(self, name: str) -> str | None:
        """The display name of the degree level ``name`` most likely means."""
        return self._suggest(self.degree_names, name)

    def suggest_field(self, name: str) -> str | None:
        """The display name of the field of study ``name`` most likely means."""
        return self._suggest(self.field_names, name)

    def recency_rule(self, skill_id: str) -> RecencyRule:
        """How the skill fades and how long its evidence counts (its category's rule)."""
        category = self.skills[skill_id].category
        return self.recency.get(category) or self.recency.get("default") or DEFAULT_RECENCY

    def skill_name(self, skill_id: str) -> str:
        """A skill's display name."""
        return self.skills[skill_id].name

    def role(self, role_id: str) -> ResolvedRole:
        """The role with its inherited requirements merged in (the catalog is checked)."""
        if role_id not in self._resolved:
            self._resolved[role_id] = self._resolve(role_id)
        return self._resolved[role_id]

    def _resolve(self, role_id: str) -> ResolvedRole:
        # Iterative, so a long (lint-checked, cycle-free) 'extends' chain cannot exhaust
        # the stack: climb to the first resolved ancestor, then resolve downwards.
        chain = [role_id]
        while True:
            parent_id = self.roles[chain[-1]].extends
            if parent_id is None or parent_id in self._resolved:
                break
            chain.append(parent_id)
        resolved = None
        for rid in reversed(chain):
            role = self.roles[rid]
            parent = self._resolved[role.extends] if role.extends is not None else None
            resolved = _merge(role, parent)
            self._resolved[rid] = resolved
        assert resolved is not None
        return resolved


def _merge(role: Role, parent: ResolvedRole | None) -> ResolvedRole:
    """``role`` with what it inherits from its resolved ``parent`` merged in."""
    if parent is None:
        return ResolvedRole(
            id=role.id,
            name=role.name,
            summary=role.summary,
            lineage=(role.id,),
            weights=role.weights or _DEFAULT_WEIGHTS,
            ready_score=role.ready_score if role.ready_score is not None else DEFAULT_READY_SCORE,
            industries=tuple(role.industries),
            role=role,
            requirements=role.requirements,
        )
    merged: dict[str, Any] = {}
    for category in CATEGORIES:
        inherited = [r for r in getattr(parent.requirements, category) if r.key not in role.exclude]
        own = {r.key: r for r in getattr(role.requirements, category)}
        replaced = [own.pop(r.key, r) for r in inherited]
        merged[category] = [*replaced, *own.values()]
    return ResolvedRole(
        id=role.id,
        name=role.name,
        summary=role.summary or parent.summary,
        lineage=(role.id, *parent.lineage),
        weights=role.weights or parent.weights,
        ready_score=role.ready_score if role.ready_score is not None else parent.ready_score,
        industries=tuple(role.industries) or parent.industries,
        role=role,
        # Checked models already: constructed, not validated again (which would build the
        # requirement models' validators, at a cost of milliseconds, in a short run).
        requirements=Requirements.model_construct(**merged),
    )


def _table(items: Iterable[Named]) -> NameTable:
    return NameTable((item.id, item.name, (item.id, item.name, *item.aliases)) for item in items)


# --- reading -------------------------------------------------------------------------------


def builtin_catalog_dir() -> Path:
    """The folder of the catalog shipped inside the package (or the repository's, in a checkout)."""
    packaged = Path(str(resources.files("skillgap") / "data" / "catalog"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "catalog"


def catalog_paths(path: Path) -> list[Path]:
    """The YAML files that make up the catalog at ``path`` (a file or a folder)."""
    return expand(path)


def read_catalog(path: Path | None = None) -> CatalogIndex:
    """Read, check and index the catalog at ``path`` (default: the shipped one)."""
    if path is None:
        return builtin_catalog()
    files = catalog_paths(path)
    return index_documents([load_file(p) for p in files])


def cache_dir() -> Path:
    r"""Where the checked form of the shipped catalog is kept between runs.

    ``$SKILLGAP_CACHE_DIR`` if set and not empty, else the platform's user cache folder
    (``~/.cache/skillgap`` on Linux, ``~/Library/Caches/skillgap`` on macOS,
    ``%LOCALAPPDATA%\skillgap\Cache`` on Windows).
    """
    configured = os.environ.get("SKILLGAP_CACHE_DIR", "")
    if configured:  # an empty value is unset, not "the current folder"
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("skillgap", appauthor=False))


#: The cache is a few tens of KiB; a file far larger than that is not ours to parse.
_CACHE_MAX_BYTES: Final = 4 * 1024 * 1024
_CACHE_PREFIX: Final = "catalog-"
_STALE_TMP_SECONDS: Final = 600


#: The cache file's first line; the catalog's JSON follows. No wrapper model: building one
#: around Catalog costs pydantic tens of milliseconds at import, on every start.
_CACHE_HEAD: Final = b"skillgap catalog cache "


def cache_bytes(key: str, catalog: Catalog) -> bytes:
    """A cache file's content: a line naming the key and the body's digest, then the body.

    The body is the checked catalog as JSON.
    """
    body = catalog.model_dump_json().encode()
    return _CACHE_HEAD + f"{key} {sha256_hex(body)}".encode() + b"\n" + body


def catalog_from_cache(data: bytes, key: str) -> Catalog | None:
    """The catalog in a cache file's content, or None unless it is whole and for ``key``.

    JSON can only ever be data (a pickle could run code). The catalog in it was validated
    before it was written, by the models the key names; a body that is not, byte for byte,
    the one its first line vouches for is refused, so it is rebuilt without validating it
    a second time (:mod:`skillgap.models.trusted`), which would cost more than the rest of
    a short run. A body of another shape is refused too.
    """
    head, _, body = data.partition(b"\n")
    if head != _CACHE_HEAD + f"{key} {sha256_hex(body)}".encode():
        return None
    try:
        return rebuild(Catalog, json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError):  # not JSON, or not a catalog
        return None


def _builtin_key(sources: Sequence[CatalogSource]) -> str:
    # The models' source is part of the key: a cache of an older model must never load.
    models_sha = sha256_hex(
        b"".join(Path(str(m.__file__)).read_bytes() for m in (catalog_models, common_models))
    )
    return hashlib.sha256(
        "\n".join([__version__, models_sha, *(f"{s.path}:{s.sha256}" for s in sources)]).encode()
    ).hexdigest()[:32]


def _builtin_files() -> tuple[list[tuple[str, bytes]], list[CatalogSource]]:
    files = catalog_paths(builtin_catalog_dir())
    raws = [(f"{BUILTIN_NAME}/{p.name}", p.read_bytes()) for p in files]
    return raws, [CatalogSource(name, sha256_hex(raw)) for name, raw in raws]


def cache_path() -> Path:
    """The cache file of the shipped catalog as it is now (it may not exist yet)."""
    _, sources = _builtin_files()
    return cache_dir() / f"{_CACHE_PREFIX}{_builtin_key(sources)}.json"


@cache
def builtin_catalog() -> CatalogIndex:
    """The shipped catalog, read once per process and, checked, cached between runs.

    Parsing, validating and linting the YAML costs more than the rest of a run; the
    checked catalog is kept as JSON under :func:`cache_dir`, keyed by the tool's version,
    the catalog models' source and the bytes of every catalog file, so an edited or
    upgraded catalog is never served stale. Only a folder and a file of the user's own,
    writable by nobody else, are read; anything else is ignored and the YAML is read.
    ``SKILLGAP_NO_CACHE=1`` turns the cache off.
    """
    raws, sources = _builtin_files()
    key = _builtin_key(sources)
    use_cache = os.environ.get("SKILLGAP_NO_CACHE", "") in ("", "0")
    folder = cache_dir()
    cached = folder / f"{_CACHE_PREFIX}{key}.json"
    if use_cache:
        catalog = _load_cache(cached, key)
        if catalog is not None:
            return CatalogIndex(catalog, sources)
    index = index_documents(
        [
            parse(decode(raw, name), name, src.sha256)
            for (name, raw), src in zip(raws, sources, strict=True)
        ]
    )
    if use_cache:
        _store(cached, key, index.catalog)
    return index


def _private(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    if not hasattr(os, "getuid"):
        # Windows: access is governed by ACLs, which stat does not show (its mode bits say
        # "writable by all" for every writable file); the default folder is per-user.
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _load_cache(path: Path, key: str) -> Catalog | None:
    """The cached catalog, or None when there is none we may trust (never an exception)."""
    try:
        if not _private(path.parent.stat()):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > _CACHE_MAX_BYTES:
                return None
            data = fh.read(_CACHE_MAX_BYTES + 1)
    except OSError:
        return None
    return catalog_from_cache(data, key)


def _store(path: Path, key: str, catalog: Catalog) -> None:
    """Write the cache atomically (0600, in a 0700 folder) and drop older ones.

    A cache that cannot be written, or a folder that is not the user's own, is simply
    not used: the next run reads the YAML again.
    """
    import tempfile

    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder.stat()):
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{_CACHE_PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(cache_bytes(key, catalog))
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{_CACHE_PREFIX}*"):
            if old.name != path.name and old.suffix in (".json", ".pickle"):
                old.unlink(missing_ok=True)  # a cache of an older catalog or version
        for tmp_left in folder.glob(f".{_CACHE_PREFIX}*.tmp"):
            # left by a run killed while writing; a fresh one may be another run's, at work
            if time.time() - tmp_left.stat().st_mtime > _STALE_TMP_SECONDS:
                tmp_left.unlink(missing_ok=True)
    except OSError:
        return


def index_documents(docs: Sequence[Document]) -> CatalogIndex:
    """Validate each file, check the whole, and index it; every problem of every file is raised."""
    parts: list[tuple[Document, Catalog]] = []
    problems: list[Problem] = []
    for doc in docs:
        if isinstance(doc.data, dict) and "name" in doc.data:
            problems.append(
                doc.problem(
                    (),
                    "this is a profile, not a catalog file",
                    hint="pass a catalog (a file or folder with skills:, roles: ...) to --catalog",
                )
            )
            continue
        try:
            parts.append((doc, validate(doc, Catalog)))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise CatalogError(problems)
    problems = lint(parts)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise CatalogError(errors)
    merged = Catalog(
        version=next((c.version for _, c in parts if c.version is not None), None),
        date=next((c.date for _, c in parts if c.date is not None), None),
        scale=[a for _, c in parts for a in c.scale],
        degrees=[d for _, c in parts for d in c.degrees],
        fields=[f for _, c in parts for f in c.fields],
        skills=[s for _, c in parts for s in c.skills],
        certifications=[x for _, c in parts for x in c.certifications],
        roles=[r for _, c in parts for r in c.roles],
        projects=[x for _, c in parts for x in c.projects],
        recency=[x for _, c in parts for x in c.recency],
        notes=[n for _, c in parts for n in c.notes],
    )
    return CatalogIndex(merged, [CatalogSource(d.source, d.sha256) for d, _ in parts])


# --- checking ------------------------------------------------------------------------------


@dataclass
class _Where:
    doc: Document
    loc: Loc


@dataclass
class _Linter:
    parts: Sequence[tuple[Document, Catalog]]
    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, dict[str, _Where]] = field(default_factory=dict)

    def add(self, where: _Where, message: str, hint: str | None = None) -> None:
        self.problems.append(where.doc.problem(where.loc, message, hint=hint))

    def items(self, section: str) -> Iterable[tuple[_Where, Named | Role]]:
        for doc, cat in self.parts:
            for i, item in enumerate(getattr(cat, section)):
                yield _Where(doc, (section, i)), item

    def unique_ids(self, section: str, what: str) -> None:
        seen: dict[str, _Where] = {}
        for where, item in self.items(section):
            if item.id in seen:
                first = seen[item.id]
                self.add(
                    _Where(where.doc, (*where.loc, "id")),
                    f"duplicate {what} id '{item.id}' (first defined at "
                    f"{first.doc.source}:{first.doc.positions.locate(first.loc)[0]})",
                    "give each one its own id",
                )
            else:
                seen[item.id] = where
        self.ids[section] = seen

    def unique_names(self, section: str, what: str) -> None:
        claimed: dict[str, str] = {}
        for where, item in self.items(section):
            assert not isinstance(item, Role)
            labels: list[tuple[str | tuple[str, int], str]] = [("id", item.id), ("name", item.name)]
            labels += [(("aliases", i), a) for i, a in enumerate(item.aliases)]
            for key, label in labels:
                owner = claimed.setdefault(norm(label), item.id)
                if owner != item.id:
                    loc = (*where.loc, *key) if isinstance(key, tuple) else (*where.loc, key)
                    self.add(
                        _Where(where.doc, loc),
                        f"the name '{label}' of {what} '{item.id}' is already claimed by '{owner}'",
                        "a name or alias may point to one entry only; remove one of them",
                    )

    def known(self, where: _Where, section: str, ref: str, what: str) -> bool:
        if ref in self.ids[section]:
            return True
        close = suggest(ref, self.ids[section])
        hint = f"did you mean '{close}'?" if close else f"define the {what} under '{section}:'"
        self.add(where, f"unknown {what} '{ref}'", hint)
        return False

    def run(self) -> list[Problem]:
        for section, what in (
            ("skills", "skill"),
            ("certifications", "certification"),
            ("degrees", "degree"),
            ("fields", "field"),
            ("roles", "role"),
            ("projects", "project idea"),
        ):
            self.unique_ids(section, what)
            if section not in ("roles", "projects"):
                self.unique_names(section, what)
        self.scale()
        self.stamp()
        self.degrees()
        self.skills()
        for where, idea in self.items("projects"):
            for i, ref in enumerate(idea.skills):  # type: ignore[union-attr]
                self.known(_Where(where.doc, (*where.loc, "skills", i)), "skills", ref, "skill")
        self.roles()
        return self.problems

    def scale(self) -> None:
        anchors = list(self.items("scale"))
        levels = sorted(a.level for _, a in anchors)  # type: ignore[union-attr]
        if levels != list(range(MAX_LEVEL + 1)):
            doc = anchors[0][0].doc if anchors else self.parts[0][0]
            self.add(
                _Where(doc, ("scale",)),
                f"the scale must describe each level 0-{MAX_LEVEL} exactly once",
                f"list levels 0-{MAX_LEVEL} under 'scale:', each with a name and description",
            )

    def stamp(self) -> None:
        """``version`` and ``date`` are the whole catalog's: one file gives each."""
        for key in ("version", "date"):
            first: Document | None = None
            for doc, cat in self.parts:
                if getattr(cat, key) is None:
                    continue
                if first is None:
                    first = doc
                    continue
                self.add(
                    _Where(doc, (key,)),
                    f"the catalog's '{key}' is given again (first in {first.source})",
                    f"give '{key}' in one file of the catalog only",
                )

    def skills(self) -> None:
        graph: dict[str, list[str]] = {}
        for where, skill in self.items("skills"):
            assert isinstance(skill, Skill)
            graph[skill.id] = []
            for i, pre in enumerate(skill.prerequisites):
                at = _Where(where.doc, (*where.loc, "prerequisites", i))
                if self.known(at, "skills", pre.skill, "skill"):
                    graph[skill.id].append(pre.skill)
        for where, cert in self.items("certifications"):
            assert isinstance(cert, CertificationDef)
            for i, skill_id in enumerate(cert.skills):
                self.known(
                    _Where(where.doc, (*where.loc, "skills", i)), "skills", skill_id, "skill"
                )
        cycles = _cycles(graph)
        for cycle_start, path in cycles.items():
            where = self.ids["skills"][cycle_start]
            self.add(
                _Where(where.doc, (*where.loc, "prerequisites")),
                f"prerequisite cycle: {_shown_path(path)}",
                "a skill cannot, through its prerequisites, require itself; remove one link",
            )
        if not cycles:
            for skill_id, chain in _too_long(graph, catalog_models.MAX_PREREQUISITE_CHAIN):
                where = self.ids["skills"][skill_id]
                self.add(
                    _Where(where.doc, (*where.loc, "prerequisites")),
                    f"a chain of more than {catalog_models.MAX_PREREQUISITE_CHAIN} skills, "
                    f"each a prerequisite of the one before: {_shown_path(chain)}",
                    "a learning plan lays such a chain out one skill after another; "
                    "shorten it by linking each skill to the ones it really needs",
                )

    def roles(self) -> None:
        parents: dict[str, list[str]] = {}
        for where, role in self.items("roles"):
            assert isinstance(role, Role)
            parents[role.id] = []
            if role.extends is not None:
                at = _Where(where.doc, (*where.loc, "extends"))
                if self.known(at, "roles", role.extends, "role"):
                    parents[role.id].append(role.extends)
            self.requirements(where, role)
        cyclic = set()
        for start, path in _cycles(parents).items():
            cyclic.add(start)
            where = self.ids["roles"][start]
            self.add(
                _Where(where.doc, (*where.loc, "extends")),
                f"'extends' cycle: {_shown_path(path)}",
                "a role cannot extend itself, directly or through others",
            )
        if cyclic or self.problems:
            return
        for role_id, chain in _too_long(parents, catalog_models.MAX_EXTENDS_CHAIN):
            where = self.ids["roles"][role_id]
            self.add(
                _Where(where.doc, (*where.loc, "extends")),
                f"a chain of more than {catalog_models.MAX_EXTENDS_CHAIN} roles, each "
                f"extending the next: {_shown_path(chain)}",
                "extend a role that holds the shared requirements directly",
            )
        if self.problems:
            return
        index = CatalogIndex(Catalog(roles=[r for _, c in self.parts for r in c.roles]))
        for where, role in self.items("roles"):
            assert isinstance(role, Role)
            resolved = index.role(role.id)
            if not any(getattr(resolved.requirements, c) for c in CATEGORIES):
                self.add(
                    _Where(where.doc, (*where.loc, "id")),
                    f"role '{role.id}' has no requirements",
                    "add requirements, or extend a role that has some",
                )
            self.weights(where, role, resolved)
            inherited = set()
            if role.extends:
                parent = index.role(role.extends).requirements
                inherited = {r.key for c in CATEGORIES for r in getattr(parent, c)}
            for i, key in enumerate(role.exclude):
                if key not in inherited:
                    self.add(
                        _Where(where.doc, (*where.loc, "exclude", i)),
                        f"'exclude' names '{key}', which '{role.id}' does not inherit",
                        "exclude lists ids of requirements of the role it extends",
                    )

    def weights(self, where: _Where, role: Role, resolved: ResolvedRole) -> None:
        used = [c for c in CATEGORIES if getattr(resolved.requirements, c)]
        if not used or any(getattr(resolved.weights, c) > 0 for c in used):
            return
        inherited = role.weights is None and role.extends is not None
        self.add(
            _Where(where.doc, (*where.loc, "id" if inherited else "weights")),
            f"role '{role.id}' gives no weight to the categories it has requirements in "
            f"({', '.join(used)})"
            + (f", with the weights it inherits from '{role.extends}'" if inherited else ""),
            "give at least one of those categories a weight above 0; "
            "otherwise every profile would score 0",
        )

    def degrees(self) -> None:
        rungs = list(self.items("degrees"))
        if len(rungs) > catalog_models.MAX_DEGREE_RUNGS:
            where = rungs[catalog_models.MAX_DEGREE_RUNGS][0]
            self.add(
                where,
                f"the degree ladder has {len(rungs)} rungs, more than "
                f"{catalog_models.MAX_DEGREE_RUNGS}",
                "list the degree levels people hold (associate, bachelor, master, ...), "
                "not every programme",
            )

    def requirements(self, where: _Where, role: Role) -> None:
        base = (*where.loc, "requirements")
        seen: set[str] = set()
        for category in CATEGORIES:
            for i, req in enumerate(getattr(role.requirements, category)):
                at = _Where(where.doc, (*base, category, i))
                if req.key in seen:
                    self.add(
                        at,
                        f"requirement id '{req.key}' appears twice in role '{role.id}'",
                        "give the requirement an 'id' of its own",
                    )
                seen.add(req.key)
                if category == "skills":
                    refs = [req.skill] if req.skill else list(req.any_of)
                    for j, ref in enumerate(refs):
                        sub = ("skill",) if req.skill else ("any_of", j)
                        self.known(_Where(where.doc, (*at.loc, *sub)), "skills", ref, "skill")
                elif category == "education":
                    self.known(
                        _Where(where.doc, (*at.loc, "level")), "degrees", req.level, "degree"
                    )
                    for j, ref in enumerate(req.fields):
                        self.known(
                            _Where(where.doc, (*at.loc, "fields", j)), "fields", ref, "field"
                        )
                elif category == "certifications":
                    for j, ref in enumerate(req.any_of):
                        self.known(
                            _Where(where.doc, (*at.loc, "any_of", j)),
                            "certifications",
                            ref,
                            "certification",
                        )


def _cycles(graph: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each cycle of ``graph``, as its path from the node where it was entered back to it.

    A depth-first search with an explicit stack (a catalog's chains may be thousands
    long), from the nodes in sorted order: the same catalog gives the same cycles.
    """
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    found: dict[str, list[str]] = {}
    for root in sorted(graph):
        if root in state:
            continue
        state[root] = 1
        path = [root]
        stack = [iter(graph.get(root, []))]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                state[path.pop()] = 2
            elif state.get(nxt) == 1:
                if nxt not in found:
                    found[nxt] = [*path[path.index(nxt) :], nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(graph.get(nxt, [])))
    return dict(sorted(found.items()))


def _too_long(graph: dict[str, list[str]], most: int) -> list[tuple[str, list[str]]]:
    """Nodes that start a chain of more than ``most`` nodes in the acyclic ``graph``.

    Only the nodes where a chain first grows past ``most`` are given, each with that
    chain, so one long chain is one problem. Iterative: chains may be thousands long.
    """
    longest: dict[str, list[str]] = {}  # node -> the longest chain it starts, capped
    for root in sorted(graph):
        stack = [root]
        while stack:
            node = stack[-1]
            if node in longest:
                stack.pop()
                continue
            waiting = [n for n in graph.get(node, []) if n not in longest]
            if waiting:
                stack.extend(waiting)
                continue
            stack.pop()
            below = max((longest[n] for n in graph.get(node, [])), key=len, default=[])
            longest[node] = [node, *below[:most]]
    # A chain first grows past the bound at the node whose next node's chain is exactly
    # at the bound: that node is the one that tips it over.
    return [
        (n, c)
        for n, c in sorted(longest.items())
        if len(c) == most + 1 and len(longest[c[1]]) == most
    ]


def _shown_path(path: Sequence[str], most: int = 8) -> str:
    """A cycle's path for a message: a long one keeps its ends, so it stays one line."""
    if len(path) > most:
        path = [*path[: most // 2], f"... ({len(path) - most} more)", *path[-most // 2 :]]
    return " -> ".join(path)


def lint(parts: Sequence[tuple[Document, Catalog]]) -> list[Problem]:
    """Every problem across the files of one catalog: dangling ids, cycles, duplicates."""
    if not parts:
        return []
    return _Linter(parts).run()
