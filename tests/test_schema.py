"""JSON Schema for editors: printed by the CLI, shipped in the package, true to the examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import PROFILES, ROOT, Run
from skillgap.inputs.loader import load_file
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
