"""The shipped catalog tells the truth about 2026 roles: names, certifications, platforms."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROLE_IDS, Run
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import SkillRequirement, all_requirements

#: Forty skill names as real postings for these roles write them.
POSTING_SKILLS = [
    "Python", "SQL", "R", "Java", "Machine learning", "C++", "pandas", "NumPy",
    "scikit-learn", "PyTorch", "TensorFlow", "Keras", "XGBoost", "Hugging Face", "Spark",
    "Airflow", "MLflow", "Kubeflow", "Docker", "Kubernetes", "AWS", "GCP", "Azure",
    "SageMaker", "Databricks", "Snowflake", "Git", "Linux", "CI/CD", "Terraform", "Tableau",
    "Power BI", "Excel", "Statistics", "Deep learning", "NLP", "Computer vision", "LLMs",
    "RAG", "A/B testing",
]  # fmt: skip


def _members(req: SkillRequirement) -> list[str]:
    return [req.skill] if req.skill else list(req.any_of or [])


def test_forty_posting_skills_resolve_and_are_not_refused(
    catalog: CatalogIndex, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A profile naming 40 skills common in postings is assessed, with at most 2 unknown."""
    assert len(POSTING_SKILLS) == 40
    known = [name for name in POSTING_SKILLS if catalog.find_skill(name)]
    assert len(known) >= 38, sorted(set(POSTING_SKILLS) - set(known))
    body = "".join(f"  {name}: 3\n" for name in POSTING_SKILLS)
    path = write("posting.yaml", f"name: Posting Reader\nskills:\n{body}")
    result = run("assess", path, "--format", "json", "--no-plan")
    assert result.exit_code == 0, result.stderr
    unknown = [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "unknown-skill"]
    assert len(unknown) <= 2, unknown


@pytest.mark.parametrize(
    ("written", "skill_id"),
    [
        ("Deep Learning", "deep-learning"),
        ("Software engineering", "software-engineering"),
        ("PostgreSQL", "sql"),
        ("Probability", "statistics"),
        ("PyTorch Lightning", "pytorch"),
        ("Helm", "kubernetes"),
        ("GitHub Actions", "ci-cd"),
        ("Infrastructure as code", "iac"),
        ("Weights & Biases", "experiment-tracking"),
        ("Generative AI", "llms"),
        ("Prompt engineering", "llm-apps"),
        ("Retrieval-augmented generation", "rag"),
        ("LoRA", "llm-fine-tuning"),
        ("Prometheus", "observability"),
        ("Data storytelling", "communication"),
        ("Responsible AI", "ai-governance"),
        ("Causal inference", "causal-inference"),
        ("Linear algebra", "linear-algebra"),
        ("Scala", "scala"),
    ],
)
def test_names_people_write_resolve(catalog: CatalogIndex, written: str, skill_id: str) -> None:
    """The names people write on CVs resolve to the skill they mean."""
    assert catalog.find_skill(written) == skill_id


def test_containers_orchestration_and_delivery_are_separate(catalog: CatalogIndex) -> None:
    """Docker, Kubernetes, CI/CD, IaC, tracking and orchestration are six skills, not one."""
    names = ["Docker", "Kubernetes", "CI/CD", "Terraform", "MLflow", "Airflow"]
    assert len({catalog.find_skill(n) for n in names}) == 6


def test_platforms_have_their_current_names(catalog: CatalogIndex) -> None:
    """Vertex AI, Amazon SageMaker AI and IBM watsonx.ai, with the article's names as aliases."""
    for old, new in [
        ("Google Cloud AI Platform", "Vertex AI"),
        ("AWS SageMaker", "Amazon SageMaker AI"),
        ("IBM Watson Studio", "IBM watsonx.ai"),
    ]:
        skill_id = catalog.find_skill(old)
        assert skill_id is not None, old
        assert catalog.skill_name(skill_id) == new


def test_tfx_is_at_most_useful(catalog: CatalogIndex) -> None:
    """TFX's development has slowed: no role calls it more than useful."""
    for role_id in ROLE_IDS:
        for req in catalog.role(role_id).requirements.skills:
            if "tfx" in _members(req):
                assert req.importance == "useful", role_id


def test_certifications_of_2026(catalog: CatalogIndex) -> None:
    """Current ML, cloud-AI and Kubernetes certifications are known, each with an issuer."""
    for name in [
        "AWS Certified Machine Learning Engineer - Associate",
        "MLA-C01",
        "Azure AI Engineer Associate",
        "AI-103",
        "Databricks Certified Machine Learning Associate",
        "Databricks Certified Machine Learning Professional",
        "Google Cloud Professional Machine Learning Engineer",
        "CKA",
        "CKAD",
    ]:
        cert_id = catalog.find_certification(name)
        assert cert_id is not None, name
        assert catalog.certifications[cert_id].issuer, name


def test_aigp_is_governance_not_machine_learning(catalog: CatalogIndex) -> None:
    """The AIGP counts only towards the consultant's governance; 'IAPP certification': none."""
    assert catalog.find_certification("IAPP certification") is None
    for role_id in ROLE_IDS:
        for req in catalog.role(role_id).requirements.certifications:
            if "iapp-aigp" in req.any_of:
                assert (role_id, req.key) == ("ai-consultant", "ai-governance-certification")


def test_resources_are_current(catalog: CatalogIndex) -> None:
    """No resource points at Papers with Code (gone) or the JDK 8 Java tutorials."""
    for skill in catalog.catalog.skills:
        for resource in skill.resources:
            url = resource.url or ""
            assert "paperswithcode.com" not in url, skill.id
            assert "docs.oracle.com/javase/tutorial" not in url, skill.id


def test_levels_four_and_five_take_years(catalog: CatalogIndex) -> None:
    """The steps to levels 4 and 5 are what regular work takes, not a weekend course."""
    for skill in catalog.catalog.skills:
        assert skill.step_hours(3) >= 150, skill.id
        assert skill.step_hours(4) >= 2 * skill.step_hours(3), skill.id


def test_seniority_is_stated(catalog: CatalogIndex, run: Run) -> None:
    """The catalog says it describes a mid-level hire (2-4 years)."""
    facts = {f.label: f.value for f in catalog.role("ml-engineer").role.facts}
    assert "2-4 years" in facts["Seniority"]
    assert "Seniority" in run("roles", "show", "ml-engineer").stdout


def test_sources_say_article_or_judgement(catalog: CatalogIndex) -> None:
    """Every requirement's source is the article's section or the catalog's judgement."""
    for role in catalog.catalog.roles:
        for req in all_requirements(role.requirements):
            source = req.source or ""
            assert source.startswith(("Article: ", "catalog judgement: ")), (role.id, req.key)


def test_notes_do_not_overclaim_the_article(catalog: CatalogIndex) -> None:
    """The notes attribute 'essential' to the article only where it says so (programming)."""
    text = " ".join(catalog.catalog.notes)
    assert "because the article calls them essential" not in text
    assert "calls programming expertise 'essential'" in text


def test_research_scientist_needs_a_phd_or_a_record(catalog: CatalogIndex) -> None:
    """The Ph.D. is important, not essential; a research record (publications) is essential."""
    reqs = catalog.role("ai-research-scientist").requirements
    assert [(d.level, d.importance) for d in reqs.education] == [("phd", "important")]
    record = next(e for e in reqs.experience if e.key == "publications")
    assert (record.kinds, record.importance) == (["publication"], "essential")


def test_jobs_count_as_practical_experience(catalog: CatalogIndex) -> None:
    """Every role's practical-experience requirement counts jobs."""
    for role_id in ROLE_IDS:
        kinds = {k for e in catalog.role(role_id).requirements.experience for k in e.kinds}
        assert "job" in kinds or role_id == "ai-research-scientist", role_id


def _importance(catalog: CatalogIndex, role_id: str, key: str) -> str | None:
    reqs = catalog.role(role_id).requirements
    return next((r.importance for r in all_requirements(reqs) if r.key == key), None)


@pytest.mark.parametrize(
    ("role_id", "expected"),
    [
        (
            "ml-developer",
            {"apis": "essential", "software-testing": "important", "ci-cd": "important",
             "llm-applications": "important"},
        ),
        (
            "data-scientist",
            {"communication": "essential", "experimentation": "important",
             "data-visualisation": "important", "advanced-degree": "important"},
        ),
        (
            "ai-consultant",
            {"ai-strategy": "essential", "business-acumen": "essential",
             "communication": "essential", "ai-governance": "important", "dl-framework": None},
        ),
        (
            "mlops-engineer",
            {"docker": "essential", "kubernetes": "essential", "ci-cd": "essential",
             "iac": "important", "cloud": "important", "performance-monitoring": "essential",
             "ml-platform": "important"},
        ),
    ],
)  # fmt: skip
def test_paths_differ_where_the_real_roles_differ(
    catalog: CatalogIndex, role_id: str, expected: dict[str, str | None]
) -> None:
    """Each career path asks for what its real postings ask for."""
    got = {key: _importance(catalog, role_id, key) for key in expected}
    assert got == expected


def test_mlops_platform_accepts_open_source(catalog: CatalogIndex) -> None:
    """The MLOps platform requirement takes a vendor platform or open-source Kubeflow."""
    reqs = catalog.role("mlops-engineer").requirements.skills
    platform = next(r for r in reqs if r.key == "ml-platform")
    assert {"aws-sagemaker", "vertex-ai", "azure-ml", "kubeflow"} <= set(_members(platform))
    deploy = next(r for r in reqs if r.key == "model-deployment")
    assert deploy.level == 4


def test_data_scientist_accepts_quantitative_fields(catalog: CatalogIndex) -> None:
    """Economics and business analytics count for the data scientist's degrees."""
    for req in catalog.role("data-scientist").requirements.education:
        assert {"economics", "business-analytics"} <= set(req.fields), req.key


def _requirement(catalog: CatalogIndex, role_id: str, key: str) -> SkillRequirement | None:
    return next((r for r in catalog.role(role_id).requirements.skills if r.key == key), None)


def test_ml_engineer_asks_genai_and_serving_as_2026_postings_do(catalog: CatalogIndex) -> None:
    """LLM work and model serving or inference optimisation are important, at level 2."""
    genai = _requirement(catalog, "ml-engineer", "generative-ai")
    serving = _requirement(catalog, "ml-engineer", "model-serving")
    assert genai is not None
    assert (genai.importance, genai.level) == ("important", 2)
    assert serving is not None
    assert (serving.importance, serving.level) == ("important", 2)
    assert set(serving.any_of or []) == {"model-serving", "inference-optimisation"}


def test_useful_extras_no_longer_fill_the_ml_engineer(catalog: CatalogIndex) -> None:
    """Half or fewer of the ML engineer's skill requirements are useful (29 of 48 were)."""
    skills = catalog.role("ml-engineer").requirements.skills
    useful = [r for r in skills if r.importance == "useful"]
    assert len(useful) * 2 <= len(skills)


def test_mlops_engineer_operates_llm_systems(catalog: CatalogIndex) -> None:
    """LLMOps is an important MLOps requirement; serving is its own, at 3."""
    llmops = _requirement(catalog, "mlops-engineer", "llmops")
    assert llmops is not None
    assert llmops.importance == "important"
    serving = _requirement(catalog, "mlops-engineer", "model-serving")
    assert serving is not None
    assert (serving.skill, serving.level) == ("model-serving", 3)


def test_paths_inherit_only_what_fits_them(catalog: CatalogIndex) -> None:
    """No Git for the consultant; scikit-learn and continuous learning only useful in research."""
    assert _requirement(catalog, "ai-consultant", "git") is None
    for key in ("scikit-learn", "continuous-learning"):
        req = _requirement(catalog, "ai-research-scientist", key)
        assert req is not None
        assert req.importance == "useful", key
    for role_id in ("data-scientist", "ai-research-scientist", "ml-developer", "ai-consultant"):
        assert _requirement(catalog, role_id, "model-serving") is None, role_id


@pytest.mark.parametrize(
    ("field", "field_id"),
    [
        ("Robotics", "robotics"),
        ("Mechatronics", "mechatronics"),
        ("Computer Science and Engineering", "computer-science"),
        ("Media Informatics", "computer-science"),
    ],
)
def test_engineering_and_computing_fields_are_known(
    catalog: CatalogIndex, field: str, field_id: str
) -> None:
    """Degree fields CVs write resolve, and the ML engineer's degree accepts them."""
    assert catalog.find_field(field) == field_id
    degree = next(r for r in catalog.role("ml-engineer").requirements.education if r.id == "degree")
    assert field_id in degree.fields


def test_robotics_degree_earns_full_credit(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A completed bachelor's in Robotics meets the ML engineer's degree (it earned half)."""
    path = write(
        "p.yaml",
        "name: T\neducation:\n  - {degree: BSc, field: Robotics, status: completed}\n",
    )
    data = json.loads(run("assess", path, "-f", "json", "--no-plan").stdout)
    degree = next(r for r in data["requirements"] if r["id"] == "degree")
    assert degree["status"] == "met"
    assert not [w for w in data["warnings"] if w["code"] == "unknown-field"]
