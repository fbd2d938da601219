"""JSON Schema for editors: printed by the CLI, shipped in the package, true to the examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import PROFILES, ROOT, Run
from skillgap.errors import UsageError
from skillgap.inputs.loader import load_file
from skillgap.models.batch import BatchRecord, BatchReport
from skillgap.models.result import SCHEMA_VERSION
from skillgap.schemas import KINDS, schema_text, shipped_schema


def printed(run: Run, kind: str) -> dict[str, Any]:
    result = run("schema", kind)
    assert result.exit_code == 0
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def as_json(path: Path) -> object:
    """A YAML file's data as JSON would carry it (dates as ISO strings)."""
    return json.loads(json.dumps(load_file(path).data, default=str))


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_schema_files_are_current(kind: str) -> None:
    """The schema files in the package equal what the models generate."""
    assert shipped_schema(kind).read_text(encoding="utf-8") == schema_text(kind), (
        f"regenerate: skillgap schema {kind} > src/skillgap/data/{kind}.schema.json"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_printed_schema_is_valid_draft_2020_12(kind: str, run: Run) -> None:
    """Each printed schema is itself a valid draft 2020-12 schema with titles."""
    schema = printed(run, kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"]


@pytest.mark.parametrize("profile", sorted(PROFILES.glob("*.yaml")), ids=lambda p: p.stem)
def test_example_profiles_validate_against_the_schema(profile: Path, run: Run) -> None:
    """Every example profile passes the printed profile schema, and names it on line 1."""
    schema = printed(run, "profile")
    checker = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert list(checker.iter_errors(as_json(profile))) == []
    first = profile.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../src/skillgap/data/profile.schema.json"


def test_shipped_catalog_validates_against_the_schema(run: Run) -> None:
    """Every file of the shipped catalog passes the printed catalog schema."""
    schema = printed(run, "catalog")
    for path in sorted((ROOT / "catalog").glob("*.yaml")):
        jsonschema.validate(as_json(path), schema)


def test_schema_catches_what_editors_should_flag(run: Run) -> None:
    """A typo'd field and an unknown level name are schema errors (red squiggles)."""
    schema = printed(run, "profile")
    with pytest.raises(jsonschema.ValidationError, match="'skils' was unexpected"):
        jsonschema.validate({"name": "x", "skils": {}}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "x", "skills": {"python": "wizard"}}, schema)
    jsonschema.validate(
        {"name": "x", "skills": {"python": "advanced", "sql": 3, "torch": {"level": 2}}}, schema
    )
    # The synonyms and status spellings the loader accepts are not flagged either.
    jsonschema.validate(
        {
            "name": "x",
            "skills": {"python": "beginner", "sql": "Proficient"},
            "education": [{"degree": "MSc", "status": "in progress"}],
        },
        schema,
    )


def test_result_json_validates_against_result_schema(run: Run) -> None:
    """The JSON that assess prints passes the printed result schema."""
    schema = printed(run, "result")
    out = run("assess", PROFILES / "student.yaml", "-f", "json", "--start-date", "2026-12-01")
    jsonschema.validate(json.loads(out.stdout), schema)


GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.jsonl")), ids=lambda p: p.name)
def test_golden_batch_records_validate_and_round_trip(golden: Path, run: Run) -> None:
    """Every golden JSONL line passes `schema batch`, and BatchRecord reads it back unchanged."""
    schema = printed(run, "batch")
    for line in golden.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        jsonschema.validate(record, schema)
        typed = BatchRecord.model_validate(record)
        assert typed.model_dump(mode="json", by_alias=True, exclude_unset=True) == record


def test_golden_batch_json_validates_against_cohort_schema(run: Run) -> None:
    """`batch --format json` passes `schema cohort`; its summary and records read back typed."""
    document = json.loads((GOLDEN / "profiles.batch.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, printed(run, "cohort"))
    report = BatchReport.model_validate(document)
    assert report.schema_version == SCHEMA_VERSION
    assert report.model_dump(mode="json", by_alias=True, exclude_unset=True) == document
    assert set(report.summary.roles) == {r.role for rec in report.records for r in rec.results}


def test_batch_schema_refuses_what_a_script_would_trip_on() -> None:
    """A record with a stray field, a missing error or a score over 100 fails `schema batch`."""
    schema = json.loads(schema_text("batch"))
    good: dict[str, object] = {
        "file": "a.yaml",
        "name": "A",
        "results": [],
        "warnings": [],
        "error": None,
    }
    jsonschema.validate(good, schema)
    for bad in (
        {**good, "gaps": []},
        {k: v for k, v in good.items() if k != "error"},
        {
            **good,
            "results": [
                {"role": "r", "score": 101, "readiness": "ready", "blockers": [], "categories": {}}
            ],
        },
        {**good, "report": None},  # present only as a path
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_an_unknown_kind_is_a_usage_error_naming_the_closest() -> None:
    """`schema profle` is refused with the kind meant; nonsense lists every kind."""
    with pytest.raises(UsageError, match="unknown schema 'profle'") as caught:
        schema_text("profle")
    assert "did you mean 'profile'?" in caught.value.render()
    with pytest.raises(UsageError) as caught:
        schema_text("zzzz")
    assert "use one of profile, catalog, result, review, batch, cohort" in caught.value.render()
