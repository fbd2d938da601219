"""The cohort of a batch run: running counts per role, the summary, heat maps, JSON.

The parent process keeps only these counts in memory, never the profiles; what a document
prints after its summary (the records of ``--format json``, a row per person and the
invalid files of ``html``) waits in a :class:`~.spool.Spool`, out of memory. Memory stays
flat however many profiles there are. The summary has the shape of
:class:`skillgap.models.batch.CohortSummary` (``skillgap schema cohort``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from skillgap.batch.records import Outcome, Record
from skillgap.batch.spool import Spool
from skillgap.catalog.index import CatalogIndex
from skillgap.models.batch import (
    CohortPage,
    CohortSummary,
    HeatCell,
    HeatColumn,
    HeatMap,
    HeatRow,
    InvalidFile,
    PersonRow,
    Rows,
)
from skillgap.models.catalog import all_requirements
from skillgap.models.result import SCHEMA_VERSION
from skillgap.scoring.engine import catalog_info, requirement_name
from skillgap.scoring.rule import counted_level, level_ratio, mean_score
from skillgap.untrusted import json_text

HISTOGRAM_BUCKETS: Final = 10
HEATMAP_PEOPLE: Final = 60


@dataclass
class RoleCohort:
    """Running counts for one role across the cohort."""

    assessed: int = 0
    readiness: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BUCKETS)
    blockers: Counter[str] = field(default_factory=Counter)
    gaps: Counter[str] = field(default_factory=Counter)
    score_sum: float = 0.0


@dataclass
class Cohort:
    """What a mentor wants from a batch: readiness per role, scores, common gaps."""

    profiles: int = 0
    invalid: int = 0  # broken files, files skillgap failed on, reports not written
    internal: int = 0
    unwritten: int = 0  # files whose report could not be written
    below: int = 0
    roles: dict[str, RoleCohort] = field(default_factory=dict)
    reviewed: int = 0  # profiles whose levels a mentor's review set
    # per role, the heat map's people: file, name, levels, whose review set them (or None)
    people: dict[str, list[tuple[str, str, dict[str, int], str | None]]] = field(
        default_factory=dict
    )
    persons: Spool[PersonRow] = field(default_factory=Spool)  # a row per person (human formats)
    broken: Spool[InvalidFile] = field(default_factory=Spool)  # invalid files (human formats)
    records: Spool[Record] = field(default_factory=Spool)  # the records (--format json)

    def close(self) -> None:
        """Drop what waits for the document (call once it is written)."""
        for spool in (self.persons, self.broken, self.records):
            spool.close()

    def count(self, outcome: Outcome, fail_under: float | None) -> None:
        """Count one profile in: invalid, below the threshold, and its details if sent."""
        self.profiles += 1
        if outcome.error is not None:
            self.invalid += 1
            self.internal += outcome.internal
            self.unwritten += outcome.unwritten
        elif fail_under is not None:
            self.below += sum(score < fail_under for score in outcome.scores)
        if outcome.record is not None and outcome.error is None:
            self._add(outcome.record)
        elif outcome.record is not None:
            error = outcome.record["error"]
            self.broken.append(
                {
                    "file": outcome.record["file"],
                    "line": error["line"],
                    "column": error["column"],
                    "message": error["message"],
                }
            )

    def _add(self, record: Record) -> None:
        for entry in record["results"]:
            cohort = self.roles.setdefault(entry["role"], RoleCohort())
            cohort.assessed += 1
            cohort.readiness[entry["readiness"]] += 1
            bucket = min(HISTOGRAM_BUCKETS - 1, int(entry["score"] // 10))
            cohort.histogram[bucket] += 1
            cohort.blockers.update(entry["blockers"])
            cohort.gaps.update(entry.get("gaps", ()))
            cohort.score_sum += entry["score"]
        whose = record.get("reviewed")
        reviewed = f"{whose['by']} on {whose['on']}" if whose else None
        self.reviewed += reviewed is not None
        if "levels" in record:
            for entry in record["results"]:
                shown = self.people.setdefault(entry["role"], [])
                if len(shown) < HEATMAP_PEOPLE:
                    shown.append((record["file"], record["name"], record["levels"], reviewed))
            self.persons.append(
                {
                    "file": record["file"],
                    "name": record["name"],
                    "reviewed": reviewed,
                    "report": record.get("report"),
                    "results": [
                        {"role": e["role"], "score": e["score"], "readiness": e["readiness"]}
                        for e in record["results"]
                    ],
                }
            )

    def heatmaps(self, catalog: CatalogIndex) -> list[HeatMap]:
        """One heat map per role: skills × the people assessed against it."""
        return [self._heatmap(catalog, r) for r in sorted(self.roles) if self.people.get(r)]

    def _heatmap(self, catalog: CatalogIndex, role_id: str) -> HeatMap:
        role = catalog.role(role_id)
        reqs = role.requirements.skills
        rows = tuple(
            HeatRow(
                file=file,
                name=name,
                # the scoring rule's level, as assess counts it
                cells=tuple(
                    HeatCell(have, r.level, level_ratio(have, r.level))
                    for r in reqs
                    for have in (counted_level(r, levels),)
                ),
                reviewed=reviewed,
            )
            for file, name, levels, reviewed in self.people[role_id]
        )
        return HeatMap(
            role=role.id,
            role_name=role.name,
            columns=tuple(HeatColumn(r.key, requirement_name(r, catalog)) for r in reqs),
            rows=rows,
            shown=len(rows),
            total=self.roles[role_id].assessed,
        )

    def page(
        self, catalog: CatalogIndex, persons: Rows[PersonRow] = (), *, heatmaps: bool = True
    ) -> CohortPage:
        """What the cohort renderers show: the summary, the heat maps, people, broken files."""
        return CohortPage(
            summary=self.summary(catalog),
            heatmaps=self.heatmaps(catalog) if heatmaps else (),
            persons=persons,
            broken=self.broken,
            reviewed=self.reviewed,
        )

    def summary(self, catalog: CatalogIndex, top: int = 8) -> CohortSummary:
        """The cohort's numbers (the ``summary`` of JSON output)."""
        roles: dict[str, dict[str, object]] = {}
        for role_id in sorted(self.roles):
            c = self.roles[role_id]
            names = _requirement_names(catalog, role_id)
            roles[role_id] = {
                "name": catalog.role(role_id).name,
                "assessed": c.assessed,
                "ready": c.readiness["ready"],
                "nearly_ready": c.readiness["nearly_ready"],
                "not_ready": c.readiness["not_ready"],
                "mean_score": mean_score(c.score_sum, c.assessed),
                "histogram": [
                    {"from": 10 * i, "to": 10 * i + 10 if i < 9 else 100, "count": n}
                    for i, n in enumerate(c.histogram)
                ],
                "common_blockers": [
                    {"id": k, "name": names.get(k, k), "count": n} for k, n in _top(c.blockers, top)
                ],
                "common_gaps": [
                    {"id": k, "name": names.get(k, k), "count": n} for k, n in _top(c.gaps, top)
                ],
            }
        return CohortSummary.model_validate(
            {
                "profiles": self.profiles,
                "invalid": self.invalid,
                "below_fail_under": self.below,
                "roles": roles,
            }
        )


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _requirement_names(catalog: CatalogIndex, role_id: str) -> dict[str, str]:
    """Each requirement of the role (inherited ones too) by id: its name as reports show it."""
    return {
        r.key: requirement_name(r, catalog)
        for r in all_requirements(catalog.role(role_id).requirements)
    }


def json_document(cohort: Cohort, catalog: CatalogIndex, *, as_of: dt.date | None = None) -> str:
    """``--format json``: the cohort summary and every record, in one document."""
    return "".join(json_chunks(cohort, catalog, as_of=as_of))


def json_chunks(
    cohort: Cohort, catalog: CatalogIndex, *, as_of: dt.date | None = None
) -> Iterator[str]:
    """:func:`json_document` in pieces, a record at a time: the records are never all in memory.

    The text is what ``json.dumps(document, indent=2)`` gives: each record is dumped alone
    and indented to its depth in the document (JSON text has no newline inside a string).
    """
    import json

    head: Record = {"schema_version": SCHEMA_VERSION}
    if as_of is not None:
        head["as_of"] = as_of.isoformat()
    info = catalog_info(catalog)
    if info is not None:
        head["catalog"] = info.model_dump(mode="json")
    head["summary"] = cohort.summary(catalog).model_dump(mode="json", by_alias=True)
    if not cohort.records:
        yield json_text(json.dumps({**head, "records": []}, indent=2, ensure_ascii=False) + "\n")
        return
    top = json.dumps({**head, "records": None}, indent=2, ensure_ascii=False)
    yield json_text(top.removesuffix("null\n}") + "[")
    separator = "\n    "
    for record in cohort.records:
        text = json.dumps(record, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        yield json_text(separator + text)
        separator = ",\n    "
    yield "\n  ]\n}\n"
