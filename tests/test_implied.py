"""Implied levels: what a CV's tools, work and papers show, counted and explained.

The catalog's ``implies:`` (``catalog/46-implies.yaml``) is applied once, in the scoring
core, so ``assess`` and ``batch`` count the same levels (``tests/test_levels.py`` holds the
properties: batch = assess, raising a level never lowers a score, implications included).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import Assessment, RequirementResult

AS_OF = dt.date(2026, 12, 1)

#: Issue 24's six-year senior ML engineer, written as such CVs are: tools and jobs only.
SENIOR = """\
name: Six-year ML engineer
skills:
  Python: 4
  PyTorch: 4
  scikit-learn: 4
  XGBoost: 4
  recommender systems: 4
  SQL: 3
  Docker: 3
  AWS: 3
  GitLab CI: 4
  KServe: 3
  Statistics: 3
  LLMs: 2
education:
  - {degree: MSc, field: computer science, status: completed}
experience:
  - {kind: job, title: Senior ML engineer, months: 40, skills: [PyTorch, XGBoost, KServe]}
  - {kind: job, title: Machine learning engineer, months: 32, skills: [scikit-learn, Python, SQL]}
"""


def assessed(text: str, catalog: CatalogIndex, role: str = "ml-engineer") -> Assessment:
    return api.assess_text(text, catalog, role, as_of=AS_OF)


def row(result: Assessment, req_id: str) -> RequirementResult:
    return next(r for r in result.requirements if r.id == req_id)


def test_a_six_year_ml_engineer_naming_only_tools_is_ready(catalog: CatalogIndex) -> None:
    """PyTorch, sklearn, XGBoost at 4 and six years of ML jobs: ready, model development met."""
    result = assessed(SENIOR, catalog)
    assert result.readiness == "ready", result.blockers
    md = row(result, "model-development")
    assert (md.status, md.current_level, md.confidence) == ("met", 4, "inferred")
    assert md.level_explanation is not None
    assert "shown by job: Senior ML engineer and 1 more (72 months)" in (md.level_explanation)
    record = api.score_text(SENIOR, catalog, ["ml-engineer"], as_of=AS_OF)
    assert record["results"][0]["score"] == result.score
    assert record["results"][0]["readiness"] == "ready"


def test_every_implied_level_says_what_showed_it(catalog: CatalogIndex) -> None:
    """Each inferred row names its source: 'Git and version control 3, shown by CI/CD 4'."""
    result = assessed(SENIOR, catalog)
    inferred = [r for r in result.requirements if r.confidence == "inferred"]
    assert {r.id for r in inferred} >= {"git", "model-deployment", "pandas", "deep-learning"}
    for r in inferred:
        assert r.level_explanation is not None
        assert ", shown by " in r.level_explanation
    git = row(result, "git")
    assert git.current_level == 3
    assert git.level_explanation is not None
    assert "shown by CI/CD 4" in git.level_explanation
    # Three years of ML jobs listing a serving tool show deployment 4 (above KServe 3's 2).
    deployment = row(result, "model-deployment")
    assert deployment.current_level == 4
    assert "shown by job: Senior ML engineer (40 months)" in (deployment.level_explanation or "")
    alone = row(assessed("name: T\nskills:\n  KServe: 4\n", catalog), "model-deployment")
    assert "shown by Model serving" in (alone.level_explanation or "")


def test_an_implied_level_is_one_below_its_source_and_never_lowers_a_stated_one(
    catalog: CatalogIndex,
) -> None:
    """PyTorch 2 shows deep learning 1; deep learning written at 4 stays 4, self-rated."""
    low = assessed("name: T\nskills:\n  pytorch: 2\n", catalog)
    assert row(low, "deep-learning").current_level == 1
    assert row(low, "deep-learning").confidence == "inferred"
    high = assessed("name: T\nskills:\n  pytorch: 5\n  deep learning: 4\n", catalog)
    dl = row(high, "deep-learning")
    assert (dl.current_level, dl.confidence, dl.level_explanation) == (4, "self", None)
    one = assessed("name: T\nskills:\n  pytorch: 1\n", catalog)
    assert row(one, "deep-learning").current_level == 0  # 1 - 1: nothing shown


def test_a_paper_shows_research_writing(catalog: CatalogIndex) -> None:
    """Seven papers and no 'research' skill: research counts 3, shown by the first paper."""
    papers = "".join(
        f"  - {{kind: publication, title: Paper {i} (NeurIPS 202{i})}}\n" for i in range(7)
    )
    result = assessed(f"name: T\nexperience:\n{papers}", catalog, "ai-research-scientist")
    research = row(result, "research")
    assert (research.current_level, research.confidence) == (3, "inferred")
    assert "shown by publication: Paper 0 (NeurIPS 2020)" in (research.level_explanation or "")


def test_trust_evidenced_counts_an_implied_level_only_from_an_evidenced_source(
    catalog: CatalogIndex, tmp_path: Path
) -> None:
    """--trust evidenced: PyTorch 4 self-rated shows nothing; backed by a job, it shows 3."""
    scores = []
    for work in ("", "experience:\n  - {kind: project, title: Classifier, skills: [pytorch]}\n"):
        path = tmp_path / "p.yaml"
        path.write_text(f"name: T\nskills:\n  pytorch: 4\n{work}", encoding="utf-8")
        profile, doc = api.load_profile(path)
        scores.append(
            api.assess(
                profile, catalog, "ml-engineer", document=doc, as_of=AS_OF, trust="evidenced"
            )
        )
    alone, backed = scores
    # The claimed view infers deep learning 3 either way; the evidenced one only when backed.
    assert row(alone, "deep-learning").current_level == 0  # the headline is the evidenced view
    assert row(backed, "deep-learning").current_level == 3
    assert alone.score < backed.score


def test_a_mentors_level_is_not_raised_by_inference(catalog: CatalogIndex) -> None:
    """A level a review gave stands: the engine infers nothing over a verified skill."""
    from skillgap.scoring.implied import with_implied
    from skillgap.scoring.standing import Standing

    standing = Standing(name="T", skills={"pytorch": 4, "deep-learning": 1})
    raised, why = with_implied(standing, catalog)
    assert raised.skills["deep-learning"] == 3
    assert why["deep-learning"].shown_by == "PyTorch 4"
    kept, none = with_implied(standing, catalog, reviewed={"deep-learning"})
    assert kept.skills["deep-learning"] == 1
    assert "deep-learning" not in none


def test_an_implication_naming_an_unknown_skill_is_refused(tmp_path: Path, run: Run) -> None:
    """A catalog whose implies: names a skill it lacks fails validate with file:line:col."""
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "c.yaml").write_text(
        "skills:\n  - {id: python, name: Python, category: programming}\n"
        "  - {id: git, name: Git, category: programming}\n"
        "roles:\n  - id: r\n    name: R\n    requirements:\n      skills:\n"
        "        - {skill: python, level: 3, importance: essential}\n"
        "implies:\n  - {id: x, by_skills: [pyhton], shows: [git], cap: 3, source: s}\n",
        encoding="utf-8",
    )
    result = run("validate", folder)
    assert result.exit_code == 3
    said = result.stdout + result.stderr
    assert "c.yaml:11:" in said
    assert "unknown skill 'pyhton'" in said
