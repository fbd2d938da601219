"""JSON Schema (draft 2020-12) of skillgap's inputs and outputs, generated from the models."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

KINDS: Final = ("profile", "catalog", "result", "review", "batch", "cohort", "extract")
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str) -> dict[str, Any]:
    """The schema of ``kind`` (one of :data:`KINDS`) as a dict.

    ``batch`` is one record of ``batch --format jsonl`` (one line); ``cohort`` is the
    document ``batch --format json`` prints (the cohort summary and every record);
    ``extract`` what ``extract --format json`` prints.
    """
    from pydantic import BaseModel

    from skillgap.models.batch import BatchRecord, BatchReport
    from skillgap.models.catalog import Catalog
    from skillgap.models.profile import Profile
    from skillgap.models.result import Assessment
    from skillgap.models.review import Review
    from skillgap.models.text import ExtractReport

    models: dict[str, type[BaseModel]] = {
        "profile": Profile,
        "catalog": Catalog,
        "result": Assessment,
        "review": Review,
        "batch": BatchRecord,
        "cohort": BatchReport,
        "extract": ExtractReport,
    }
    return {"$schema": DIALECT, **models[kind].model_json_schema()}


def schema_text(kind: str) -> str:
    """The schema as the ``schema`` command prints it and the package ships it.

    An unknown ``kind`` is a usage error naming the closest kind, or every kind.
    """
    if kind not in KINDS:
        from skillgap.errors import UsageError
        from skillgap.names import suggest

        close = suggest(kind, KINDS)
        raise UsageError(
            f"unknown schema '{kind}'",
            f"did you mean '{close}'?" if close else f"use one of {', '.join(KINDS)}",
        )
    import json  # only the schema command prints one

    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"


def shipped_schema(kind: str) -> Path:
    """The schema file shipped in the package, for editors (yaml-language-server)."""
    return Path(__file__).resolve().parent / "data" / f"{kind}.schema.json"
