"""Checking a catalog as a whole: ids, references, prerequisite chains, levels and weights.

Each file is first validated on its own against the models; :func:`lint` then checks what
only the whole shows, and names the file, line and column of every problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from skillgap.catalog.index import CatalogIndex, Named, ResolvedRole
from skillgap.errors import Problem
from skillgap.inputs.loader import Document, Loc
from skillgap.models import catalog as catalog_models
from skillgap.models.catalog import Catalog, CertificationDef, Role, Skill
from skillgap.models.common import CATEGORIES, MAX_LEVEL
from skillgap.names import norm, suggest

_MISSING: Final = object()


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
        self.evidence_rules()
        if not self.problems:
            from skillgap.catalog.levels import check  # roles resolved: check their levels

            index = CatalogIndex(
                Catalog(
                    roles=[r for _, c in self.parts for r in c.roles],
                    skills=[s for _, c in self.parts for s in c.skills],
                    relevance=[f for _, c in self.parts for f in c.relevance],
                )
            )
            self.problems += check(self.parts, index)
        return self.problems

    def evidence_rules(self) -> None:
        """Every skill an implication or a field of work names is one the catalog defines."""
        for doc, cat in self.parts:
            for i, rule in enumerate(cat.implies):
                for key in ("shows", "by_skills"):
                    for j, ref in enumerate(getattr(rule, key)):
                        self.known(_Where(doc, ("implies", i, key, j)), "skills", ref, "skill")
                for j in (j for j, s in enumerate(rule.shows) if s in rule.by_skills):
                    self.add(
                        _Where(doc, ("implies", i, "shows", j)),
                        f"'{rule.shows[j]}' shows itself",
                        "an implication shows other skills than its sources",
                    )
                if rule.by_degree is not None:
                    at = ("implies", i, "by_degree")
                    self.known(
                        _Where(doc, (*at, "level")), "degrees", rule.by_degree.level, "degree"
                    )
                    for j, ref in enumerate(rule.by_degree.fields):
                        self.known(_Where(doc, (*at, "fields", j)), "fields", ref, "field")
            for i, family in enumerate(cat.relevance):
                for key in ("skills", "adjacent_skills"):
                    for j, ref in enumerate(getattr(family, key)):
                        self.known(_Where(doc, ("relevance", i, key, j)), "skills", ref, "skill")
        self.fields_of_work()

    def fields_of_work(self) -> None:
        """Every ``relevance`` and ``by_field`` names a field of work under ``relevance:``."""
        families = {f.id for _, cat in self.parts for f in cat.relevance}
        for doc, cat in self.parts:
            for i, rule in enumerate(cat.implies):
                if rule.by_field is not None and rule.by_field not in families:
                    self.add(
                        _Where(doc, ("implies", i, "by_field")),
                        f"unknown field of work '{rule.by_field}'",
                        "define it under 'relevance:'",
                    )
            for i, role in enumerate(cat.roles):
                for j, req in enumerate(role.requirements.experience):
                    if req.relevance is not None and req.relevance not in families:
                        loc = ("roles", i, "requirements", "experience", j, "relevance")
                        self.add(
                            _Where(doc, loc),
                            f"unknown field of work '{req.relevance}'",
                            "define it under 'relevance:'",
                        )

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
            self.group_members(where, role, resolved)
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

    def group_members(self, where: _Where, role: Role, resolved: ResolvedRole) -> None:
        groups = [r for r in resolved.requirements.skills if r.any_of]
        members = sum(len(r.members) for r in groups)
        if members > catalog_models.MAX_ROLE_GROUP_MEMBERS:
            self.add(
                _Where(where.doc, (*where.loc, "id")),
                f"role '{role.id}' has {len(groups)} skill groups of {members:,} members in all "
                f"(with what it inherits), more than {catalog_models.MAX_ROLE_GROUP_MEMBERS}",
                "a plan weighs each step against every group it is in: list fewer, smaller groups",
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
                    for j, ref in enumerate(req.members):
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
