"""Public-sector postings' parts, a person named beside a tool, a skill word opening a bullet.

Each test is a shape seen in a blind set (text-2026-12t, -12u), written here anew: a UK
civil-service posting's "Person specification" with "**Essential criteria** — you will be
assessed against these at sift:" over its bullets and "**Desirable criteria**"; a manager
whose first name is a language ("Julia is an R person") beside the languages asked; and
"Statistics that you can explain" opening a bullet.
"""

from __future__ import annotations

from drafts import CATALOG, asked_of, draft_of, requirement_of
from skillgap import api
from skillgap.text.read import document_from_bytes
from skillgap.text.sections import kind_of

_CIVIL = """# Data Engineer (Higher Executive Officer)

Department for Transport Analytics, Leeds

## Job description

As a Data Engineer you will:

- build and maintain data pipelines for our analysts
- deploy services to our Kubernetes platform

## Person specification

**Essential criteria** — you will be assessed against these at sift:

* Proficient in Python and SQL
* Experience building containers with Docker
* Experience of one major cloud provider: AWS or Azure

**Desirable criteria**

* Infrastructure as code with Terraform

## Things you need to know

Selection process: a CV and a 250-word statement. Nationality requirements apply.
"""


def test_a_civil_service_person_specification_asks_its_essential_criteria() -> None:
    """A bold label with words after it heads its part: essential criteria are required."""
    asked = asked_of(draft_of(_CIVIL, "posting.md"))
    for skill in ("python", "sql", "docker", "aws", "azure"):
        assert asked[skill] == "essential", (skill, asked)
    assert asked["iac"] == "useful"
    assert "kubernetes" not in asked  # a duty under "Job description" asks nothing
    assert "cv" not in asked  # "Things you need to know" is how selection goes


def test_public_sector_headings_are_read_as_requirements() -> None:
    """Civil-service and public-sector postings' words for what they require."""
    for heading in (
        "Person specification",
        "PERSON SPECIFICATION",
        "Essential criteria",
        "Essential skills",
        "Selection criteria",
        "Key criteria",
        "Minimum criteria",
    ):
        assert kind_of(heading) == "required", heading
    assert kind_of("Desirable criteria") == "nice"
    assert kind_of("Things you need to know") == "apply"


def test_a_bold_label_with_words_after_it_names_its_part() -> None:
    """A label "**Desirable criteria** — we'd also like:" asks its bullets as nice to have."""
    text = (
        "ML Engineer\n\n**Essential criteria** - you must show these:\n\n- Python\n- PyTorch\n\n"
        "**Desirable criteria** — we would also like:\n\n- Docker\n"
    )
    asked = asked_of(draft_of(text))
    assert asked["python"] == asked["pytorch"] == "essential"
    assert asked["docker"] == "useful"


def test_a_person_named_like_a_language_beside_the_languages_asked_is_the_person() -> None:
    """In "Python or R (we're mostly Python, Julia is an R person)" Julia is the manager."""
    text = (
        "Data Scientist\n\nTHE ROLE\nYou'll report to Julia Mendes, our Head of Data.\n\n"
        "WHAT YOU NEED\n"
        "- Python or R for analysis (we're mostly Python, Julia is an R person, peace is kept)\n"
        "- SQL\n"
    )
    draft = draft_of(text)
    assert "julia" not in asked_of(draft)
    assert set(requirement_of(draft, "python").skills) == {"python", "r"}
    found = api.extract_text(document_from_bytes(text.encode(), "p.txt"), CATALOG)
    assert "julia" not in {s.id for s in found.skills}


def test_a_company_named_like_a_tool_still_counts_in_a_list_of_tools() -> None:
    """After "Airflow Ventilation Ltd", "Python, Airflow and dbt" still lists Airflow."""
    text = (
        "Data Engineer at Airflow Ventilation Ltd\n\nRequirements\n"
        "- Python, Airflow and dbt\n- SQL\n"
    )
    assert "ml-pipelines" in asked_of(draft_of(text))


def test_a_skill_word_opening_a_bullet_is_asked() -> None:
    """A bullet "Statistics that you can explain to a PM" asks statistics; a duty's does not."""
    text = (
        "Data Scientist\n\nWhat you need\n"
        "- Statistics that you can explain to a PM: hypothesis tests, confidence intervals\n"
        "- SQL\n"
        "- Two or more of the following:\n"
        "    - TensorRT or ONNX Runtime\n"
        "    - CUDA programming\n"
        "    - deployment on NVIDIA Jetson\n"
    )
    asked = asked_of(draft_of(text))
    assert asked["statistics"] == "essential"
    assert "model-deployment" not in asked  # "deployment on ...": the work, not the skill
    prose = "Data Scientist\n\nWhat you need\n- SQL\n- A head for figures and statistics\n"
    assert "statistics" not in asked_of(draft_of(prose))  # not opening its bullet


def test_the_jobs_years_are_asked_in_are_not_skills() -> None:
    """Asking "3 years in a software engineering, DevOps or MLOps role" asks no MLOps."""
    text = (
        "MLOps Engineer\n\nRequirements\n"
        "- At least 3 years' experience in a software engineering, DevOps, data engineering or"
        " MLOps role\n"
        "- 2+ years in a data science role using Python or SQL\n"
        "- Docker\n"
    )
    draft = draft_of(text)
    asked = asked_of(draft)
    for skill in ("software-engineering", "data-pipelines", "ml-pipelines"):
        assert skill not in asked, (skill, asked)
    assert asked["docker"] == asked["python"] == asked["experience"] == "essential"
    assert next(r.months for r in draft.requirements if r.kind == "experience") == 36
