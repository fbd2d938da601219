"""Finding, reading, checking and indexing a catalog; resolving roles that extend others."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from skillgap import __version__
from skillgap.discovery import expand
from skillgap.errors import CatalogError, InputError, Problem
from skillgap.loader import Document, Loc, decode, load_file, parse, sha256_hex
from skillgap.models import catalog as catalog_models
from skillgap.models.catalog import (
    Catalog,
    CertificationDef,
    DegreeLevel,
    FieldOfStudy,
    Requirements,
    Role,
    Skill,
    Weights,
)
from skillgap.models.common import CATEGORIES, LEVEL_NAMES, MAX_LEVEL, norm, suggest
from skillgap.validation import validate

DEFAULT_ROLE: Final = "ml-engineer"
DEFAULT_READY_SCORE: Final = 80.0
BUILTIN_NAME: Final = "<built-in catalog>"

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
        self._skill_names = _names(catalog.skills)
        self._cert_names = _names(catalog.certifications)
        self._degree_names = _names(catalog.degrees)
        self._field_names = _names(catalog.fields)
        self._resolved: dict[str, ResolvedRole] = {}
        self._found: dict[tuple[int, str], object] = {}

    def _find(self, table: dict[str, str], name: str) -> str | None:
        # The same few hundred spellings recur across a batch: remember each one.
        key = (id(table), name)
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            found = table.get(norm(name))
            if len(self._found) < _NAME_CACHE_MAX:  # bounded: flat memory in batch runs
                self._found[key] = found
        return found  # type: ignore[return-value]

    def find_skill(self, name: str) -> str | None:
        """The id of the skill called ``name`` (id, name or alias; any case)."""
        return self._find(self._skill_names, name)

    def find_certification(self, name: str) -> str | None:
        """The id of the certification called ``name``."""
        return self._find(self._cert_names, name)

    def find_degree(self, name: str) -> str | None:
        """The id of the degree level called ``name``."""
        return self._find(self._degree_names, name)

    def find_field(self, name: str) -> str | None:
        """The id of the field of study called ``name``."""
        return self._find(self._field_names, name)

    def suggest_skill(self, name: str) -> str | None:
        """The display name of the skill closest to ``name``, for a "did you mean"."""
        return _closest(name, self.catalog.skills, cutoff=0.7)

    def suggest_certification(self, name: str) -> str | None:
        """The display name of the certification closest to ``name``."""
        return _closest(name, self.catalog.certifications)

    def suggest_degree(self, name: str) -> str | None:
        """The display name of the degree level closest to ``name``."""
        return _closest(name, self.catalog.degrees)

    def suggest_field(self, name: str) -> str | None:
        """The display name of the field of study closest to ``name``."""
        return _closest(name, self.catalog.fields, cutoff=0.75)

    def skill_name(self, skill_id: str) -> str:
        """A skill's display name."""
        return self.skills[skill_id].name

    def level_name(self, level: int) -> str:
        """The catalog's name for a point of the scale."""
        for anchor in self.catalog.scale:
            if anchor.level == level:
                return anchor.name
        return LEVEL_NAMES[level]

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
            weights=role.weights or Weights(),
            ready_score=role.ready_score if role.ready_score is not None else DEFAULT_READY_SCORE,
            industries=tuple(role.industries),
            role=role,
            requirements=role.requirements,
        )
    merged: dict[str, list[object]] = {}
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
        requirements=Requirements.model_validate(merged),
    )


def _names(items: Iterable[Named]) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in items:
        for name in (item.id, item.name, *item.aliases):
            table.setdefault(norm(name), item.id)
    return table


def _closest(name: str, items: Iterable[Named], cutoff: float = 0.6) -> str | None:
    by_name: dict[str, str] = {}
    for item in items:
        for label in (item.id, item.name, *item.aliases):
            by_name.setdefault(label, item.name)
    close = suggest(name, by_name, cutoff=cutoff)
    return by_name[close] if close else None


# --- reading -------------------------------------------------------------------------------


def builtin_catalog_dir() -> Path:
    """The folder of the catalog shipped inside the package (or the repository's, in a checkout)."""
    packaged = Path(str(resources.files("skillgap") / "catalog"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "catalog"


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
    """Where the checked form of the shipped catalog is kept between runs."""
    if "SKILLGAP_CACHE_DIR" in os.environ:
        return Path(os.environ["SKILLGAP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "skillgap"


@cache
def builtin_catalog() -> CatalogIndex:
    """The shipped catalog, read once per process and, checked, cached between runs.

    Parsing, validating and linting the YAML costs more than the rest of a run; the
    checked catalog is pickled under :func:`cache_dir`, keyed by the tool's version,
    the catalog models' source and the bytes of every catalog file, so an edited or
    upgraded catalog is never served stale. ``SKILLGAP_NO_CACHE=1`` turns the cache off.
    """
    files = catalog_paths(builtin_catalog_dir())
    raws = [(f"{BUILTIN_NAME}/{p.name}", p.read_bytes()) for p in files]
    sources = [CatalogSource(name, sha256_hex(raw)) for name, raw in raws]
    # The models' source is part of the key: a pickle of an older model must never load.
    models_sha = sha256_hex(Path(catalog_models.__file__).read_bytes())
    key = hashlib.sha256(
        "\n".join([__version__, models_sha, *(f"{s.path}:{s.sha256}" for s in sources)]).encode()
    ).hexdigest()
    use_cache = os.environ.get("SKILLGAP_NO_CACHE", "") in ("", "0")
    cached = cache_dir() / f"catalog-{key[:32]}.pickle"
    if use_cache:
        try:
            with cached.open("rb") as fh:
                catalog = pickle.load(fh)  # our own file, keyed by content hash
            if isinstance(catalog, Catalog):
                return CatalogIndex(catalog, sources)
        except Exception:  # noqa: BLE001  # any unreadable cache is rebuilt below
            pass
    index = index_documents(
        [
            parse(decode(raw, name), name, sha)
            for (name, raw), (_, sha) in zip(
                raws, ((s.path, s.sha256) for s in sources), strict=True
            )
        ]
    )
    if use_cache:
        _store(cached, index.catalog)
    return index


def _store(path: Path, catalog: Catalog) -> None:
    """Write the cache atomically; a cache that cannot be written is simply not used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
            pickle.dump(catalog, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp.name).replace(path)
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
        scale=[a for _, c in parts for a in c.scale],
        degrees=[d for _, c in parts for d in c.degrees],
        fields=[f for _, c in parts for f in c.fields],
        skills=[s for _, c in parts for s in c.skills],
        certifications=[x for _, c in parts for x in c.certifications],
        roles=[r for _, c in parts for r in c.roles],
        projects=[x for _, c in parts for x in c.projects],
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

    def skills(self) -> None:
        graph: dict[str, list[str]] = {}
        for where, skill in self.items("skills"):
            assert isinstance(skill, Skill)
            graph[skill.id] = []
            for i, pre in enumerate(skill.prerequisites):
                at = _Where(where.doc, (*where.loc, "prerequisites", i))
                if self.known(at, "skills", pre.skill, "skill"):
                    graph[skill.id].append(pre.skill)
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
