"""Headings for requirements as people write them, in four languages, and names that stay names.

Each test is a shape seen in a blind set (text-2026-12r, -12s, -12v), written here anew:
"YOU WILL HAVE", "REQUISITOS IMPRESCINDIBLES" with "-> " bullets and "SE VALORARÁ", a bold
lead-in "**Must have.**" over a paragraph, a heading no list of words knows, and a company
("Airflow Ventilation Systems Ltd") or a person ("Rust & Julia Recruitment") named by a tool's
word.
"""

from __future__ import annotations

from drafts import CATALOG, asked_of, draft_of, requirement_of
from skillgap import api
from skillgap.text.read import document_from_bytes
from skillgap.text.sections import kind_of


def test_requirement_headings_in_english_spanish_portuguese_and_french() -> None:
    """Common headings for requirements and nice-to-haves are read as such."""
    for heading in (
        "YOU WILL HAVE",
        "What you bring",
        "Your profile",
        "Who you are",
        "REQUISITOS (IMPRESCINDIBLES)",
        "Lo que buscamos",
        "Requisitos",
        "O que procuramos",
        "Profil recherché",
        "Votre profil",
    ):
        assert kind_of(heading) == "required", heading
    for heading in ("SE VALORARÁ", "Deseable", "Diferenciais", "Desejável", "Atouts"):
        assert kind_of(heading) == "nice", heading
    assert kind_of("¿QUÉ HARÁS?") == "duties"
    assert kind_of("Vos missions") == "duties"
    assert kind_of("Qué ofrecemos") == "benefits"
    assert kind_of("What you'll have") == "benefits"  # perks; "You will have" asks
    # a French consultant's CV lists its "Missions", a Portuguese one its "Atividades": no
    # posting's duties, or the CV would be taken for a posting
    assert kind_of("Missions") not in ("duties", "required")
    assert kind_of("Atividades") not in ("duties", "required")


CONSULTANT = """\
SENIOR CONSULTANT – AI STRATEGY
Northwind Advisory | Sydney

ABOUT US
We advise boards on AI, with a predictive-maintenance program for a client.

YOU WILL HAVE
* Track record in AI strategy, with solid understanding of machine learning
* Excellent stakeholder management
* Hands-on enough to prototype in Python or SQL

NICE TO HAVE
- Databricks
"""


def test_you_will_have_heads_the_requirements() -> None:
    """A posting whose requirements sit under "YOU WILL HAVE" asks them (it was refused)."""
    found = asked_of(draft_of(CONSULTANT))
    assert found["ai-strategy"] == "essential"
    assert found["model-development"] == "essential"  # machine learning
    assert requirement_of(draft_of(CONSULTANT), "python").skills == ["python", "sql"]
    assert found["databricks"] == "useful"


UNKNOWN = """\
Data Engineer
Acme Ltd, Leeds

THE TOOLKIT YOU CARRY
- Strong Python and SQL
- Airflow or Dagster in production
- Docker

WHAT YOUR DAYS LOOK LIKE
- Build pipelines in Spark
- Design dbt models
- Maintain Kafka topics

PERKS
- A Kubernetes training budget
"""


def test_a_heading_no_word_list_knows_over_skills_is_the_requirements() -> None:
    """With no requirements part, bullets naming skills under an odd heading are asked.

    The duties' bullets ("Build ...", "Design ...", "Maintain ...") under another odd
    heading ask nothing, nor do the perks.
    """
    found = asked_of(draft_of(UNKNOWN))
    assert {k: found.get(k) for k in ("python", "sql", "docker")} == dict.fromkeys(
        ("python", "sql", "docker"), "essential"
    )
    assert "spark" not in found
    assert "kafka" not in found
    assert "streaming" not in found
    assert "kubernetes" not in found


def test_an_odd_heading_is_not_read_when_the_posting_has_requirements() -> None:
    """The fallback is for postings with no requirements part: a known one wins.

    (A heading that names skills, "THE TOOLKIT YOU CARRY", asks beside the requirements:
    tests/test_text_posting_skill_parts.py; a heading of no known kind does not.)
    """
    text = (
        UNKNOWN.replace("WHAT YOUR DAYS LOOK LIKE", "Requirements")
        .replace("- Build pipelines in Spark", "- Spark")
        .replace("THE TOOLKIT YOU CARRY", "THE THINGS YOU CARRY")
    )
    found = asked_of(draft_of(text))
    assert found["spark"] == "essential"
    assert "python" not in found  # "THE THINGS YOU CARRY" is no heading that asks, now


SPANISH = """\
Científico/a de Datos - Madrid

¿QUÉ HARÁS?
- Construir modelos predictivos con gradient boosting

REQUISITOS IMPRESCINDIBLES
  -> Grado en Matemáticas, Estadística o afín
  -> Al menos 3 años de experiencia como científico/a de datos
  -> Python y SQL a nivel avanzado
  -> Estadística sólida: inferencia, regresión, contraste de hipótesis
  -> Experiencia práctica en al menos dos de las siguientes áreas: tests A/B,
     series temporales, NLP, inferencia causal

SE VALORARÁ
  • Spark o Databricks
  • Control de versiones con Git
"""


def test_a_spanish_posting_is_read_as_a_reader_reads_it() -> None:
    """Spanish headings, "-> " bullets, "o" as "or", years, a degree and "dos de las"."""
    draft = draft_of(SPANISH)
    found = asked_of(draft)
    assert {k: found.get(k) for k in ("python", "sql", "statistics")} == dict.fromkeys(
        ("python", "sql", "statistics"), "essential"
    )
    assert "xgboost" not in found  # the duties' gradient boosting
    assert requirement_of(draft, "python").level == 4  # "a nivel avanzado"
    assert requirement_of(draft, "statistics").level == 3  # "sólida"
    listed = requirement_of(draft, "time-series")
    assert listed.at_least == 2
    assert set(listed.skills) == {"ab-testing", "time-series", "nlp", "causal-inference"}
    assert requirement_of(draft, "spark").skills == ["spark", "databricks"]
    assert requirement_of(draft, "spark").importance == "useful"
    assert found["git"] == "useful"
    years = next(r for r in draft.requirements if r.kind == "experience")
    assert years.months == 36
    degree = next(r for r in draft.requirements if r.kind == "degree")
    assert degree.level == "bachelor"  # "Grado en ...": its fields are no skills
    assert "mathematics" not in found


def test_an_ordinary_spanish_word_for_statistics_needs_another_skill() -> None:
    """A Spanish "Estadística" alone in prose is the figures, as "statistics" is in English."""
    doc = document_from_bytes("Según la estadística, el mercado crece.\n".encode(), "a.txt")
    assert not api.extract_text(doc, CATALOG).skills


LEAD_IN = """\
LLM Engineer

**The job.** You will build LLM features with our team.

**Must have.** At least 2 years of software development experience, with real Python in
production. Comfortable with SQL and with Git-based workflows.

**Nice to have.** TypeScript; Docker.
"""


def test_a_bold_lead_in_governs_its_whole_paragraph() -> None:
    """A lead-in "**Must have.**" asks every sentence of its paragraph, "Nice to have." too."""
    found = asked_of(draft_of(LEAD_IN))
    assert {k: found.get(k) for k in ("python", "sql", "git")} == dict.fromkeys(
        ("python", "sql", "git"), "essential"
    )
    assert found["typescript"] == "useful"
    assert found["docker"] == "useful"
    assert "llms" not in found  # "The job." is the duties' paragraph


def test_a_word_the_posting_made_a_company_or_a_persons_name_stays_a_name() -> None:
    """After "Airflow Ventilation Systems Ltd", "Airflow are looking" is the company, not the tool.

    The same word in a list beside another skill, or asked for, is the tool still.
    """
    text = (
        "MLOps Engineer\n"
        "Airflow Ventilation Systems Ltd – Cork\n\n"
        "Over the years Airflow have fitted sensors to units running Python models.\n"
        "Rust & Julia Recruitment works with them. The hiring manager, Julia, led search with"
        " Python and Docker.\n\n"
        "Requirements\n"
        "- Python, Airflow and dbt\n"
    )
    doc = document_from_bytes(text.encode(), "p.txt")
    mentions = [(m.id, m.line) for m in api.extract_text(doc, CATALOG).skills]
    assert ("julia", 5) not in mentions
    assert ("ml-pipelines", 4) not in mentions
    assert ("ml-pipelines", 8) in mentions  # in the requirements' list, the tool


PORTUGUESE = """\
Cientista de Dados - São Paulo

Sobre nós
Somos uma fintech com 200 pessoas.

Requisitos
- 5 anos de experiência com Python ou R
- SQL avançado
- Experiência com séries temporais

Diferenciais
- Spark ou Databricks
- Mestrado em Estatística
"""

FRENCH = """\
Data Scientist (H/F) - Lyon

Vos missions
- Construire des modèles de prévision

Profil recherché
- 3 ans d'expérience en Python et SQL
- Maîtrise de l'apprentissage automatique
- Au moins deux des outils suivants : Airflow, Docker, Kubernetes

Atouts
- Connaissance de Spark
"""


def test_portuguese_and_french_postings_are_read_as_their_readers_read_them() -> None:
    """Portuguese "Requisitos", "Diferenciais", "ou"; French "Profil recherché", "deux des"."""
    draft = draft_of(PORTUGUESE)
    found = asked_of(draft)
    assert requirement_of(draft, "python").skills == ["python", "r"]
    assert found["sql"] == "essential"
    assert found["time-series"] == "essential"  # "séries temporais"
    assert requirement_of(draft, "spark").skills == ["spark", "databricks"]
    assert requirement_of(draft, "spark").importance == "useful"
    assert next(r.months for r in draft.requirements if r.kind == "experience") == 60
    degree = next(r for r in draft.requirements if r.kind == "degree")
    assert (degree.level, degree.importance) == ("master", "useful")
    draft = draft_of(FRENCH)
    found = asked_of(draft)
    assert found["model-development"] == "essential"  # "l'apprentissage automatique"
    listed = requirement_of(draft, "docker")
    assert (listed.at_least, set(listed.skills)) == (2, {"ml-pipelines", "docker", "kubernetes"})
    assert found["spark"] == "useful"  # "Connaissance de Spark": the tool, asked
    assert next(r.months for r in draft.requirements if r.kind == "experience") == 36
