"""Parts of a posting that ask, however headed: s7's families, each written here anew.

German formal headings ("IHR PROFIL", "Anforderungsprofil", "PLUSPUNKTE"), a heading's
bracketed qualifier ("Technical skills (mandatory)", "Tools (nice to have)"), a skills part
beside a requirements part ("Technical competencies" after "Education & experience"), and a
bullet's wrap indented under its text, which is never a heading of its own.
"""

from __future__ import annotations

from drafts import asked_of, draft_of
from skillgap.text.read import lines_of
from skillgap.text.sections import kind_of, split


def test_german_formal_and_swiss_requirement_headings() -> None:
    """German "Ihr Profil", Swiss "Anforderungsprofil" ask; "Pluspunkte" is nice to have."""
    for heading in ("IHR PROFIL", "Ihr Profil", "Anforderungsprofil", "ANFORDERUNGEN"):
        assert kind_of(heading) == "required", heading
    assert kind_of("PLUSPUNKTE") == "nice"


def test_a_bracketed_qualifier_says_how_much_a_heading_asks() -> None:
    """A "(mandatory)" or "(required)" part is required; "(nice to have)", "(not required)" nice."""
    assert kind_of("Technical skills (mandatory)") == "required"
    assert kind_of("Cloud (Required)") == "required"
    assert kind_of("Tooling (nice to have)") == "nice"
    assert kind_of("Experience (optional)") == "nice"
    assert kind_of("Desirable (not required)") == "nice"
    assert kind_of("Skills (not required)") == "nice"
    assert kind_of("Projects (not employment)") == "projects"  # a remark of another kind


INDENTED = """\
Platform Engineer
Fjordline AG, Basel

Deine Aufgaben
Du betreibst unsere Plattform.

Anforderungsprofil
  Studium der Informatik oder vergleichbare Ausbildung
  - Erfahrung mit Kubernetes und Docker
  - Sehr gute Kenntnisse in Terraform

Wir bieten flexible Arbeitszeiten.
"""


def test_an_indented_list_whose_first_item_has_no_bullet_still_asks() -> None:
    """The Swiss form: a heading over indented items, the first one without a bullet."""
    asked = asked_of(draft_of(INDENTED))
    for skill in ("kubernetes", "docker", "iac"):
        assert asked.get(skill) == "essential", skill
    assert asked.get("degree") == "important"  # "or vergleichbare Ausbildung"


WRAPPED = """\
MLOps Engineer

IHRE AUFGABEN
• Betrieb der Plattform

IHR PROFIL
• Studium der Informatik ODER eine Ausbildung zum/zur
  Fachinformatiker:in mit Berufserfahrung
• Fundierte Kenntnisse in Kubernetes und Docker
• Solide Python-Kenntnisse

PLUSPUNKTE
- Go-Kenntnisse
"""


def test_a_bullets_indented_wrap_is_no_heading() -> None:
    """An indented "Fachinformatiker:in mit Berufserfahrung" goes on with its bullet."""
    kinds = [s.kind for s in split(lines_of(WRAPPED))]
    assert "experience" not in kinds
    asked = asked_of(draft_of(WRAPPED))
    for skill in ("kubernetes", "docker", "python"):
        assert asked.get(skill) == "essential", skill
    assert asked.get("go") == "useful"


COMPETENCIES = """\
# Data Scientist
**Acme Telecom** · Nairobi

## Key responsibilities
- Develop churn models on subscriber data.

## Academic qualifications & experience
- Bachelor's degree in Statistics or a related field.
- At least 2 years' experience in a data science role.

## Technical competencies
- Proficiency in Python for data analysis
- Strong SQL skills
- Practical experience with scikit-learn
- Experience with Tableau is a plus

## How to apply
Send your application via the careers portal.
"""


def test_a_skills_part_beside_the_requirements_asks() -> None:
    """A "Technical competencies" part after degrees and years: the rest of the requirements."""
    asked = asked_of(draft_of(COMPETENCIES))
    for skill in ("python", "sql", "scikit-learn"):
        assert asked.get(skill) == "essential", skill
    assert asked.get("tableau") == "useful"  # its line's own words


MANDATORY = """\
MLOPS ENGINEER

ABOUT THE BANK
We are a retail bank.

QUALIFICATIONS AND EXPERIENCE
Bachelor's degree in Computer Science. Minimum 5 years of experience in DevOps.

Technical skills (mandatory):
Python, Docker, Kubernetes.

Tools (nice to have):
Kafka, Grafana.
"""


def test_skills_parts_headed_mandatory_and_nice_to_have() -> None:
    asked = asked_of(draft_of(MANDATORY))
    for skill in ("python", "docker", "kubernetes"):
        assert asked.get(skill) == "essential", skill
    assert asked.get("streaming") == "useful"  # Kafka


OUR_STACK = """\
Data Engineer

Requirements
- 3+ years with Python and SQL

Our stack
- Snowflake
- dbt
- Airflow
"""


def test_the_teams_own_stack_asks_nothing() -> None:
    """A heading "Our stack" names the team's tools, not what it asks of a candidate."""
    asked = asked_of(draft_of(OUR_STACK))
    assert asked.get("python") == "essential"
    assert {"data-warehousing", "data-pipelines"} & asked.keys() == set()  # Snowflake, dbt
    tools = asked_of(draft_of(OUR_STACK.replace("Our stack", "Tools we use")))
    assert "data-pipelines" not in tools
    looking = asked_of(draft_of(OUR_STACK.replace("Our stack", "Skills we're looking for")))
    assert looking.get("data-pipelines") == "essential"


TOOLKIT = """\
Data Engineer

Requirements
- 3+ years in data engineering

The toolkit you carry
- Strong Python and SQL
- Airflow in production
- Docker
"""


def test_a_toolkit_beside_the_requirements_asks() -> None:
    """A heading that names skills ("toolkit", "tech stack you bring") over skills asks."""
    asked = asked_of(draft_of(TOOLKIT))
    for skill in ("python", "sql", "docker"):
        assert asked.get(skill) == "essential", skill


NOT_REQUIRED = """\
Data Scientist

Qualifications
You must have built models in Python and SQL on health data.

Desirable (not required): experience with Apache Spark or Databricks, and Tableau dashboards.
"""


def test_a_label_with_not_required_in_brackets_is_nice_to_have() -> None:
    """A "Desirable (not required):" label heads a nice-to-have; "not required" is no must."""
    asked = asked_of(draft_of(NOT_REQUIRED))
    assert asked.get("python") == "essential"
    assert asked.get("spark") == "useful"
    assert asked.get("tableau") == "useful"
