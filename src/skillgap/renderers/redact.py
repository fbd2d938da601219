"""``--redact``: reports to share without personal data.

A redacted result holds no name, notes, comments, evidence links, file names or paths.
People become stable pseudonyms: a keyed hash (HMAC-SHA-256) of their name, so the same
person gets the same pseudonym in every report made with the same key, and nobody without
the key can tell who it is. The key is given (``--redact-key``) or random for each run.
Pure: results in, results out; the renderers never see the personal strings.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skillgap.catalog.index import BUILTIN_NAME
from skillgap.models.result import (
    Assessment,
    InputFile,
    RequirementResult,
    Warning,
)
from skillgap.models.views import (
    Comparison,
    MatchReport,
)

REVIEWER: str = "the reviewer"


@dataclass(frozen=True)
class Redactor:
    """Pseudonyms under one key."""

    key: bytes

    @classmethod
    def with_key(cls, key: str | None) -> Redactor:
        """The given key, or a random one for this run only."""
        return cls(key.encode() if key else secrets.token_bytes(32))

    def _tag(self, kind: str, text: str) -> str:
        digest = hmac.new(self.key, f"{kind}\0{text}".encode(), hashlib.sha256).hexdigest()
        return f"{kind}-{digest[:10]}"

    def person(self, name: str) -> str:
        """A person's stable pseudonym: ``person-`` and ten hex digits."""
        return self._tag("person", " ".join(name.split()).casefold())

    def file(self, path: str) -> str:
        """A file's stable pseudonym, for a file whose person is not known (a broken one)."""
        return self._tag("file", path)

    def inputs(self, inputs: list[InputFile]) -> list[InputFile]:
        """Input files by kind and hash only; the shipped catalog keeps its name."""
        return [
            i if i.path.startswith(BUILTIN_NAME) else i.model_copy(update={"path": f"<{i.kind}>"})
            for i in inputs
        ]

    def warnings(self, warnings: list[Warning]) -> list[Warning]:
        """Warnings without the file's name."""
        return [w.model_copy(update={"file": "<profile>"}) for w in warnings]

    def requirement(self, row: RequirementResult) -> RequirementResult:
        """A requirement without its note, evidence and review comment."""
        if row.note is None and not row.evidence and row.review_comment is None:
            return row
        return row.model_copy(update={"note": None, "evidence": [], "review_comment": None})

    def assessment(self, result: Assessment) -> Assessment:
        """An assessment to share: pseudonymous, with no notes, comments, links or paths."""
        review = (
            result.review.model_copy(update={"reviewer": REVIEWER, "overall": None})
            if result.review is not None
            else None
        )
        return result.model_copy(
            update={
                "profile": self.person(result.profile),
                "notes": None,
                "review": review,
                "requirements": [self.requirement(r) for r in result.requirements],
                "warnings": self.warnings(result.warnings),
                "inputs": self.inputs(result.inputs),
            }
        )

    def match(self, report: MatchReport) -> MatchReport:
        """A match report to share."""
        return report.model_copy(
            update={
                "profile": self.person(report.profile),
                "warnings": self.warnings(report.warnings),
                "inputs": self.inputs(report.inputs),
            }
        )

    def comparison(self, cmp: Comparison) -> Comparison:
        """A comparison to share (made from redacted results): sources named by side only."""
        return cmp.model_copy(
            update={
                "old": cmp.old.model_copy(update={"source": "<old>"}),
                "new": cmp.new.model_copy(update={"source": "<new>"}),
            }
        )

    def record(self, record: dict[str, Any]) -> dict[str, Any]:
        """A batch record to share: pseudonyms for the name and the file."""
        name = record.get("name")
        out = {
            **record,
            "file": self.person(name) if name else self.file(record["file"]),
            "name": self.person(name) if name else None,
        }
        if record.get("report"):  # named by a pseudonym already; the folder's path goes
            out["report"] = Path(record["report"]).name
        return out
