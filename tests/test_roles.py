"""The shipped catalog against its source, roles show, and match."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest

from conftest import PROFILES, ROLE_IDS, ROOT, Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import all_requirements
from skillgap.scoring import rule

ROLES = ["ml-engineer", *(r for r in ROLE_IDS if r != "ml-engineer")]

# The article's list (shared/seed), as a reader would name each item.
ARTICLE_SKILLS = [
    "Model Development",
    "Data Preprocessing",
    "Algorithm Selection",
    "Model Deployment",
    "Performance Monitoring",
    "Hyperparameter tuning",
    "Problem framing",
    "Python",
    "R",
    "Statistics",
    "probability",
    "SQL",
    "Data warehousing",
    "TensorFlow",
    "Keras",
    "PyTorch",
    "Scikit-learn",
    "AWS SageMaker",
    "Google Cloud AI Platform",
    "Azure Machine Learning",
    "IBM Watson Studio",
    "Problem-Solving Abilities",
    "workshops",
    "webinars",
    "conferences",
    # named by the article outside its skill lists (degrees, projects, daily tasks)
    "Data structures and algorithms",
    "algorithms",
    "data structures",
    "Data visualization",
    "Neural networks",
    "Deep learning",
    "Bayesian models",
    "Collaboration",
    "Documentation",
    "natural language processing",
    "image recognition",
    "autonomous systems",
    "databases",
    "Google AI Platform",
]
#: The article's tools that 2026 postings no longer ask of an ML engineer: in the
#: vocabulary (a profile naming them is understood), required by no role but the ML
#: developer's Java.
ARTICLE_LEGACY_TOOLS = [
    "Java", "Julia", "MATLAB", "Hadoop", "caret", "randomForest", "Weka", "Deeplearning4j",
    "TensorFlow Extended (TFX)",
]  # fmt: skip
ALIASES_PEOPLE_WRITE = ["sklearn", "torch", "tf", "GCP Vertex AI", "scikit learn", "Vertex AI"]
ARTICLE_CERTIFICATIONS = [
    "Google Professional Machine Learning Engineer",
    "AWS Certified Machine Learning — Specialty",
]
ARTICLE_PROJECTS = [
    "image recognition",
    "natural language processing",
    "autonomous systems",
    "Kaggle",
    "internship",
    "open-source",
]


@pytest.mark.parametrize("name", ARTICLE_SKILLS + ALIASES_PEOPLE_WRITE)
def test_article_skill_is_in_the_catalog(catalog: CatalogIndex, name: str) -> None:
    """Every skill the article names resolves to a catalog skill required by ml-engineer."""
    skill_id = catalog.find_skill(name)
    assert skill_id is not None, name
    required = {
        s
        for r in catalog.role("ml-engineer").requirements.skills
        for s in ([r.skill] if r.skill else r.any_of or [])
    }
    assert skill_id in required, name


@pytest.mark.parametrize("name", ARTICLE_LEGACY_TOOLS)
def test_article_legacy_tool_is_known_but_not_required(catalog: CatalogIndex, name: str) -> None:
    """The article's legacy tools resolve to skills; no ML engineer requirement asks for them."""
    skill_id = catalog.find_skill(name)
    assert skill_id is not None, name
    for role_id in ROLES:
        required = {
            s
            for r in catalog.role(role_id).requirements.skills
            for s in ([r.skill] if r.skill else r.any_of or [])
        }
        if (role_id, skill_id) != ("ml-developer", "java"):
            assert skill_id not in required, (role_id, name)


@pytest.mark.parametrize("name", ARTICLE_CERTIFICATIONS)
def test_article_certification_is_in_the_catalog(catalog: CatalogIndex, name: str) -> None:
    """The article's two real certifications resolve."""
    assert catalog.find_certification(name) is not None, name


def test_article_iapp_name_is_explained_not_credited(catalog: CatalogIndex) -> None:
    """The IAPP never had a 'Certified Machine Learning Specialist': no credit, a note why."""
    assert catalog.find_certification("Certified Machine Learning Specialist") is None
    notes = catalog.certifications["iapp-aigp"].notes or ""
    assert "no certification of that name" in notes


def test_article_degrees_experience_and_facts(catalog: CatalogIndex) -> None:
    """Degrees, practical experience, industries; pay and growth figures carry their year."""
    mle = catalog.role("ml-engineer")
    levels = {r.level for r in mle.requirements.education}
    assert levels == {"bachelor", "master"}
    assert catalog.role("ai-research-scientist").requirements.education[0].level == "phd"
    assert "computer-science" in mle.requirements.education[0].fields
    kinds = {k for r in mle.requirements.experience for k in r.kinds}
    assert kinds >= {"project", "competition", "internship", "open_source"}
    ideas = " ".join(f"{p.title} {p.description}" for p in catalog.catalog.projects).lower()
    for word in ARTICLE_PROJECTS:
        assert word.lower() in ideas, word
    facts = {f.label: f for f in mle.role.facts}
    assert facts["Median pay (US, May 2024)"].value == "$112,590 per year"
    assert "Bureau of Labor Statistics" in facts["Median pay (US, May 2024)"].source
    assert facts["Job growth (US, 2024-2034)"].value.startswith("34%")
    for fact in facts.values():
        assert fact.label == "Seniority" or re.search(r"\b20\d\d\b", fact.label), fact.label
    assert set(mle.industries) == {"healthcare", "finance", "retail", "technology"}


def test_every_skill_is_described_at_every_level(catalog: CatalogIndex) -> None:
    """Each skill has aliases or a name, descriptors for levels 1-5 and a resource."""
    for skill in catalog.catalog.skills:
        assert sorted(skill.levels) == [1, 2, 3, 4, 5], skill.id
        assert skill.resources, skill.id


def test_career_paths_differ_where_the_roles_differ(catalog: CatalogIndex) -> None:
    """Research needs the Ph.D. and deep statistics; MLOps high deployment; consultant framing."""

    def target(role: str, skill: str) -> int:
        reqs = catalog.role(role).requirements.skills
        return next(r.level for r in reqs if r.key == skill)

    assert target("ai-research-scientist", "statistics") >= 3
    assert target("mlops-engineer", "model-deployment") == 4
    assert target("mlops-engineer", "performance-monitoring") >= 3
    assert target("ai-consultant", "problem-framing") >= 4
    assert target("ai-consultant", "communication") >= 4
    for role in ROLES[1:]:
        assert catalog.role(role).lineage[-1] == "ml-engineer"


def test_roles_show_terminal_and_json(run: Run) -> None:
    """The roles show command lists grouped requirements with importance, targets and sources."""
    text = run("roles", "show", "ml-engineer").stdout
    assert "Machine Learning Engineer (ml-engineer)" in text
    assert "$112,590 per year" in text
    assert "May 2024" in text
    assert "Python" in text  # long names wrap inside their cell
    data = json.loads(run("roles", "show", "mlops-engineer", "--format", "json").stdout)
    assert data["lineage"] == ["mlops-engineer", "ml-engineer"]
    deploy = next(r for r in data["requirements"] if r["id"] == "model-deployment")
    assert (deploy["importance"], deploy["target"]) == ("essential", "4 (advanced)")
    assert all(r["source"] for r in data["requirements"])


def test_roles_options_before_show_are_its_own(run: Run, tmp_path: Path) -> None:
    """``roles -f json show ID`` writes JSON and ``roles -c DIR show ID`` reads that catalog.

    They were silently ignored: the terminal table, or "unknown role" for a role only the
    given catalog has.
    """
    data = json.loads(run("roles", "-f", "json", "show", "ml-engineer").stdout)
    assert data["id"] == "ml-engineer"
    own = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog", own)
    roles = own / "30-roles.yaml"
    roles.write_text(
        roles.read_text(encoding="utf-8")
        + "\n  - id: edge-role\n    name: Edge Role\n    extends: ml-engineer\n",
        encoding="utf-8",
    )
    result = run("roles", "-c", own, "show", "edge-role")
    assert result.exit_code == 0, result.stderr
    assert "Edge Role (edge-role)" in result.stdout


def test_roles_show_unknown_role(run: Run) -> None:
    """An unknown role id exits 2 with a suggestion."""
    result = run("roles", "show", "mlops")
    assert result.exit_code == 2
    assert "did you mean 'mlops-engineer'?" in result.stderr


def _score(report: dict[str, object], role: str) -> float:
    ranking = report["ranking"]
    assert isinstance(ranking, list)
    return float(next(e["score"] for e in ranking if e["role"]["id"] == role))


def test_match_ranks_research_and_deployment_profiles(run: Run) -> None:
    """Research-minded beats deployment-minded for research, and the reverse for MLOps."""
    args = ("--format", "json", "--start-date", "2026-12-01")
    research = json.loads(run("match", PROFILES / "researcher.yaml", *args).stdout)
    platform = json.loads(run("match", PROFILES / "platform-engineer.yaml", *args).stdout)
    assert _score(research, "ai-research-scientist") > _score(platform, "ai-research-scientist")
    assert _score(platform, "mlops-engineer") > _score(research, "mlops-engineer")
    assert research["ranking"][0]["role"]["id"] == "ai-research-scientist"
    assert platform["ranking"][0]["role"]["id"] == "mlops-engineer"
    scores = [e["score"] for e in research["ranking"]]
    assert scores == sorted(scores, reverse=True)
    assert {e["role"]["id"] for e in research["ranking"]} == set(ROLES)
    for entry in research["ranking"]:
        assert entry["total_hours"] >= (entry["hours_to_ready"] or 0)


def test_match_terminal(run: Run) -> None:
    """The terminal ranking names each role, its readiness and hours."""
    out = run("match", PROFILES / "student.yaml", "--start-date", "2026-12-01").stdout
    assert "Which path is Sam Student closest to?" in out
    for role in ROLES:
        assert role in out


def test_match_api_is_consistent_with_assess(catalog: CatalogIndex) -> None:
    """Each role's match score equals assess's score for that role."""
    profile, doc = api.load_profile(PROFILES / "student.yaml")
    import datetime as dt

    report = api.match(profile, catalog, api.PlanOptions(dt.date(2026, 12, 1)), document=doc)
    for entry in report.ranking:
        assert api.assess(profile, catalog, entry.role.id).score == entry.score
    assert all(len(all_requirements(catalog.role(r).requirements)) > 0 for r in ROLES)


def test_role_list_counts_what_each_role_requires(catalog: CatalogIndex) -> None:
    """`roles` lists every role once, by id, with the requirements `roles show` shows."""
    rows = api.role_list(catalog)
    assert [r["id"] for r in rows] == sorted(catalog.roles)
    for row in rows:
        view = api.role_view(catalog, str(row["id"]))
        assert (row["name"], row["extends"], row["summary"]) == (
            view.name,
            view.extends,
            view.summary,
        )
        assert row["requirements"] == len(view.requirements)
    own = {r: len(all_requirements(catalog.roles[r].requirements)) for r in catalog.roles}
    inherited = [
        r for r in rows if r["extends"] and own[str(r["id"])] < int(r["requirements"] or 0)
    ]
    assert inherited, "a role that extends another counts what it inherits"


@pytest.mark.parametrize("role_id", ROLES)
def test_ready_score_is_the_same_bar_in_every_role(catalog: CatalogIndex, role_id: str) -> None:
    """A role's ready score is what every essential, 3/4 of the important and no useful earn.

    Recomputed here from the role's requirements and weights, apart from ``rule.ready_bar``
    (which drafts from postings use), so a change to a role that moves the bar fails here
    until its ready score is set again, and a change to the rule's bar fails too.
    """
    share = {"essential": 1.0, "important": 0.75, "useful": 0.0}
    role = catalog.role(role_id)
    requirements = all_requirements(role.requirements)
    rows = [
        (rule.CATEGORY_OF[type(r)], rule.max_points(r) * share[r.importance], rule.max_points(r))
        for r in requirements
    ]
    bar = rule.overall(rule.category_sums(rows), role.weights)
    assert rule.ready_bar(requirements, role.weights) == math.floor(bar)
    assert role.ready_score == math.floor(bar), (role_id, bar)
