"""One vocabulary in every entry point: level words, status spellings, degrees, roles."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run

PROFILE = """\
name: Vocabulary
target_role: ml-engineer
skills:
  python: beginner
  sql: Proficient
  statistics: 3
education:
  - {degree: Master of Science, field: computer science, status: in progress}
"""


def test_profile_accepts_synonyms_statuses_and_degree_spellings(run: Run, tmp_path: Path) -> None:
    """`beginner`, `in progress` and "Master of Science" read as the scale, status and rung."""
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    result = run("assess", path, "-f", "json", "--no-plan")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["warnings"] == []
    by_name = {r["id"]: r for r in data["requirements"]}
    degree = next(r for r in data["requirements"] if r["kind"] == "degree")
    assert degree["points"] > 0, by_name
    education = next(c for c in data["categories"] if c["category"] == "education")
    assert education["score"] > 0


def test_half_levels_in_a_profile_say_why(run: Run, tmp_path: Path) -> None:
    """A hand-written 3.5 is refused with the rule: levels are whole numbers."""
    path = tmp_path / "p.yaml"
    path.write_text("name: Half\nskills:\n  python: 3.5\n", encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 3
    assert "3:11: error:" in result.stdout
    assert "whole numbers 0-5" in result.stdout


def test_target_role_by_name_in_assess_and_batch(run: Run, tmp_path: Path) -> None:
    """`target_role: MLOps Engineer` means mlops-engineer to assess, validate and batch."""
    path = tmp_path / "p.yaml"
    path.write_text("name: Named\ntarget_role: MLOps Engineer\nskills: {python: 3}\n")
    assessed = run("assess", path, "-f", "json", "--no-plan")
    assert assessed.exit_code == 0, assessed.stderr
    assert json.loads(assessed.stdout)["role"]["id"] == "mlops-engineer"
    assert run("validate", path).exit_code == 0
    batch = run("batch", path, "--jobs", "1")
    assert batch.exit_code == 0, batch.stderr
    assert json.loads(batch.stdout)["results"][0]["role"] == "mlops-engineer"


def test_a_foreign_degree_word_means_one_rung_in_a_profile_a_cv_and_a_posting(
    run: Run, tmp_path: Path
) -> None:
    """A Portuguese degree word means one rung everywhere: Mestrado, Graduação, Doutorado.

    The words live in one list (``models.common.FOREIGN_DEGREES``); a profile's education,
    a CV's and a posting's degree line each read the same rung from it.
    """
    from cvs import read_cv_text
    from drafts import draft_of

    path = tmp_path / "p.yaml"
    path.write_text(
        "name: Lusa\ntarget_role: ml-engineer\nskills: {python: 3}\n"
        "education:\n  - {degree: Mestrado, field: computer science, status: completed}\n",
        encoding="utf-8",
    )
    assessed = run("assess", path, "-f", "json", "--no-plan")
    assert assessed.exit_code == 0, assessed.stderr
    assert json.loads(assessed.stdout)["warnings"] == []

    cv = read_cv_text(
        "# Ana Lima\n\n## Formação acadêmica\n"
        "Graduação em Estatística — USP (2012 - 2016)\n"
        "Doutorado em Ciência da Computação — Unicamp (2017 - 2021)\n",
        "cv.md",
    )
    assert [(d["degree"], d.get("field")) for d in cv.degrees] == [
        ("bachelor", "Estatística"),
        ("phd", "Ciência da Computação"),
    ]
    posting = draft_of(
        "Cientista de Dados\n\nRequisitos:\n- Mestrado em Ciência da Computação\n- Python\n"
    )
    degree = next(r for r in posting.requirements if r.kind == "degree")
    assert degree.level == "master"
