"""Postings as people paste them: HTML from a careers page, job-board capitals, prose, German.

Each test is a shape seen in a blind set (text-2026-12h, -12i), written here anew: the rule
is read from the shape, not from the set's file.
"""

from __future__ import annotations

from drafts import CATALOG, asked_of, draft_of, requirement_of
from skillgap import api
from skillgap.text.read import document_from_bytes

HTML = (
    "Data Engineer &ndash; Platform Team\n"
    "<p><strong>About us</strong><br>Our R&amp;D team builds sensors.</p>\n"
    "<p><strong>Your profile</strong></p>\n"
    "<ul>\n"
    "<li>Strong Python; solid Kubernetes &amp; Docker skills</li>\n"
    "<li>Cloud: AWS or Azure</li>\n"
    "</ul>\n"
    "<p><strong>Nice to have</strong></p>\n"
    "<ul><li>Kafka&nbsp;/ streaming</li><li>Terraform</li></ul>\n"
)


def test_a_posting_pasted_as_html_is_read_as_its_page_shows() -> None:
    """<p><strong> headings, <li> bullets and &amp; read as text: requirements as written."""
    found = asked_of(draft_of(HTML))
    assert {k: found.get(k) for k in ("python", "kubernetes", "docker")} == dict.fromkeys(
        ("python", "kubernetes", "docker"), "essential"
    )
    assert requirement_of(draft_of(HTML), "aws").skills == [
        "aws",
        "azure",
    ]  # "AWS or Azure": a choice
    assert found["streaming"] == "useful"
    assert found["iac"] == "useful"  # Terraform, the second <li> of a one-line list
    assert "r" not in found  # "R&amp;D" is R&D


def test_html_lines_cite_the_files_line_and_column() -> None:
    """A skill in an HTML line is shown at its line and column in the file, tags and all."""
    doc = document_from_bytes(HTML.encode(), "posting.html.txt")
    report = api.extract_text(doc, CATALOG)
    docker = next(m for m in report.skills if m.id == "docker")
    raw = HTML.splitlines()[docker.line - 1]
    assert docker.line == 5
    assert raw[docker.column - 1 :].startswith("Docker")
    assert "Kubernetes & Docker" in docker.sentence  # shown decoded, no tags


def test_entities_are_decoded_in_plain_text_too() -> None:
    """A job board's "&amp;" and "&#39;" in a text without tags read as "&" and "'"."""
    doc = document_from_bytes(b"We don&#39;t mind: Python &amp; SQL &amp;c. AT&T;\n", "p.txt")
    assert doc.lines[0].text == "We don't mind: Python & SQL &c. AT&T;"


def test_text_with_angle_brackets_is_not_taken_for_html() -> None:
    """One "<b>" in prose, or "a < b > c", leaves the line whole."""
    text = b"Requirements\n- Python <b>and</b> SQL where x < y > z\n"
    doc = document_from_bytes(text, "p.md")
    assert [line.text for line in doc.lines] == [
        "Requirements",
        "- Python <b>and</b> SQL where x < y > z",
    ]


JOB_BOARD = """AI ENGINEER (LLM APPLICATIONS)
Location: Dublin (hybrid)

WHAT YOU'LL DO
1. Build features on Kubernetes with our platform team.

WHAT WE NEED FROM YOU
1. 3+ years of software engineering in Python or TypeScript.
2. Retrieval-augmented generation in practice: chunking, embeddings, and a vector
   database (pgvector or similar).
3. Git and Docker are second nature.

NICE TO HAVE
1. LangChain or LlamaIndex.
2. Two of the following: Terraform, AWS, Azure.
"""


def test_capital_headings_and_numbered_items_as_job_boards_write_them() -> None:
    """WHAT WE NEED FROM YOU's numbered items are required, NICE TO HAVE's are not."""
    draft = draft_of(JOB_BOARD)
    found = asked_of(draft)
    for skill in ("python", "rag", "git", "docker"):
        assert found[skill] == "essential", skill
    assert requirement_of(draft, "python").skills == ["python", "typescript"]
    assert found["llm-apps"] == "useful"
    assert requirement_of(draft, "aws").at_least == 2
    assert "kubernetes" not in found  # a duty, not a requirement
    assert any(r.kind == "experience" and r.months == 36 for r in draft.requirements)


PROSE = """LLM Application Engineer

WHAT WE NEED
You have 2+ years of professional software engineering experience and you write tested
Python or
TypeScript. You have built retrieval-augmented generation and worked with a vector
database in production. BS in Computer Science or a related field.

In addition, we'd like to see any three of:
   - LangChain or LlamaIndex
   - FastAPI
   - Docker
   - fine-tuning (LoRA / QLoRA)
"""


def test_requirements_written_as_a_paragraph_are_read_sentence_by_sentence() -> None:
    """A paragraph wrapped mid-sentence: "Python or" over "TypeScript" is one choice."""
    draft = draft_of(PROSE)
    found = asked_of(draft)
    assert requirement_of(draft, "python").skills == ["python", "typescript"]
    assert found["rag"] == "essential"  # "a vector" over "database": one sentence
    assert "degree" in found
    three = requirement_of(draft, "docker")
    assert three.importance == "essential"
    assert three.at_least >= 2
    assert len(three.skills) >= 3


GERMAN = """Data Scientist (m/w/d)
Hamburg oder remote

DEINE AUFGABEN
- Modelle in Python entwickeln

DEIN PROFIL
- Mind. 3 Jahre Berufserfahrung
- Sehr gute Kenntnisse in Python oder R
- Fundierte Statistik-Kenntnisse
- Erfahrung mit mindestens zwei der folgenden Themen:
  - A/B-Testing
  - Bayesian statistics
  - causal inference

WÜNSCHENSWERT
- Databricks oder Spark
"""


def test_a_german_posting_is_read_with_its_own_words() -> None:
    """Profil, oder, mindestens zwei der folgenden, Jahre, -Kenntnisse, wünschenswert."""
    draft = draft_of(GERMAN)
    found = asked_of(draft)
    assert requirement_of(draft, "python").skills == ["python", "r"]
    assert requirement_of(draft, "python").importance == "essential"
    assert found["statistics"] == "essential"
    two = requirement_of(draft, "causal-inference")
    assert two.at_least == 2
    assert two.importance == "essential"
    assert requirement_of(draft, "databricks").skills == ["databricks", "spark"]
    assert found["databricks"] == "useful"
    assert any(r.kind == "experience" and r.months == 36 for r in draft.requirements)


def test_a_name_the_posting_says_it_does_not_use_is_no_skill() -> None:
    """A posting's "we don't run Airflow" names no skill, in extract or in the role."""
    text = "Requirements\n- Prefect or Dagster (we don't run Airflow, despite our name)\n"
    report = api.extract_text(document_from_bytes(text.encode(), "p.txt"), CATALOG)
    assert "Airflow" not in [m.text for m in report.skills]
    assert [m.text for m in report.skills if m.text in ("Prefect", "Dagster")] == [
        "Prefect",
        "Dagster",
    ]


STACK = """Machine Learning Engineer

## What you'll do
🔹 Build and ship forecasting models
🔹 Work in our stack from day one: data in Snowflake modelled with dbt,
   training on Kubeflow, dashboards in Grafana
🔹 Help us move off the last Spark jobs

## What we're looking for
✅ Strong Python
✅ Experience with at least two of the following: Kubernetes, MLflow, a feature store (Feast)
"""


def test_the_teams_stack_named_in_the_duties_is_nice_to_have() -> None:
    """Tools a duty says the team uses are nice-to-haves; the other duties give nothing."""
    draft = draft_of(STACK, "posting.md")
    found = asked_of(draft)
    assert found["python"] == "essential"
    assert found["kubeflow"] == "useful"  # on the line going on under "our stack"
    assert found["observability"] == "useful"  # Grafana
    assert "spark" not in found  # a duty, not the team's stack
    assert "time-series" not in found


def test_symbol_bullets_and_an_article_between_items_keep_a_list_whole() -> None:
    """A line "✅ ... two of: Kubernetes, MLflow, a feature store" asks two of the three."""
    group = requirement_of(draft_of(STACK, "posting.md"), "kubernetes")
    assert group.at_least == 2
    assert group.skills == ["kubernetes", "experiment-tracking", "feature-store"]


def test_formal_german_headings_and_a_degree_in_german() -> None:
    """German "Das bringen Sie mit" asks, "Abgeschlossenes Studium" is a degree."""
    draft = draft_of(
        "Machine Learning Engineer (w/m/d)\n\nIhre Aufgaben:\n- Entwicklung mit Spark\n\n"
        "Das bringen Sie mit:\n- Abgeschlossenes Studium der Informatik\n"
        "- Kenntnisse in Docker und Kubernetes\n\nVon Vorteil:\n- Terraform-Kenntnisse\n"
    )
    found = asked_of(draft)
    assert found["degree"] == "essential"
    assert found["docker"] == found["kubernetes"] == "essential"
    assert found["iac"] == "useful"
    assert "spark" not in found  # a duty


def test_a_name_alone_as_an_item_is_the_skill() -> None:
    """A bullet "- Spark" alone under a heading is the skill, as in a list of skills."""
    found = asked_of(draft_of("Data Scientist\n\nREQUIREMENTS\n- Python\n\nPREFERRED\n- Spark\n"))
    assert found == {"python": "essential", "spark": "useful"}


def test_pretty_printed_html_with_items_on_their_own_lines() -> None:
    """An <li> over its text, and a wrapped item: bullets, not headings; cited where written."""
    text = (
        "<div>\n<p><b>Data Engineer</b></p>\n<p><b>Requirements:</b></p>\n<ul>\n  <li>\n"
        "    Python and SQL\n  </li>\n  <li>Experience with Snowflake or\n    BigQuery</li>\n"
        "</ul>\n</div>\n"
    )
    draft = draft_of(text)
    assert requirement_of(draft, "python").source == "posting posting.txt:6: Python and SQL"
    assert requirement_of(draft, "sql").importance == "essential"
    warehouse = [
        r for r in draft.requirements if r.kind == "skill" and r is not requirement_of(draft, "sql")
    ]
    assert warehouse, draft.requirements
    assert warehouse[-1].importance == "essential"
    assert warehouse[-1].source.endswith(":8: Experience with Snowflake or BigQuery")


def test_a_two_of_list_on_one_line_names_its_unknown_items_as_a_wrapped_one_does() -> None:
    """One way for a list, wrapped or not: items the catalog lacks are named in the note."""
    one = requirement_of(
        draft_of("Data Engineer\n\nRequirements\n- Two of: Spark, Quokkaflow, Flink\n"), "spark"
    )
    wrapped = requirement_of(
        draft_of("Data Engineer\n\nRequirements\n- Two of: Spark, Quokkaflow,\n  Flink\n"), "spark"
    )
    for group in (one, wrapped):
        assert (group.skills, group.at_least) == (["spark", "streaming"], 2)
        assert "lists Quokkaflow, where" in (group.note or "")


def test_word_bullets_pasted_as_o_stay_items_of_their_own() -> None:
    """Lines starting "o  " are bullets: a list on one does not take the next line's skills."""
    draft = draft_of(
        "AI Consultant\n\nREQUIRED\n"
        "o  5+ years in consulting, of which at least 2 years on AI, ML or data programmes\n"
        "o  Practical knowledge of at least two of the following: EU AI Act, NIST AI RMF, UK GDPR\n"
        "o  Strong stakeholder management and workshop facilitation\n"
        "o  Enough hands-on skill to prototype in Python (we use notebooks; any IDE is fine)\n"
    )
    found = asked_of(draft)
    assert found["problem-framing"] == "essential"
    assert requirement_of(draft, "problem-framing").skills == ["problem-framing"]
    assert any(r.kind == "experience" and r.months == 60 for r in draft.requirements)
    python = requirement_of(draft, "python").source
    assert python.endswith("(we use notebooks; any IDE is fine)")  # a remark's ";" is no end


PARAGRAPH = (
    "Data Engineer at Acme, Berlin. About us: we sell shoes and run Kafka at scale. What you "
    "will do: build pipelines. Requirements: 3+ years with Python and SQL, Spark or Flink, and "
    "Docker. Nice to have: Terraform. Location: Berlin, Salary: 70k.\n"
)


def test_a_posting_in_one_paragraph_is_read_by_its_labels() -> None:
    """Labels in running text ("Requirements:", "Nice to have:") start their parts."""
    draft = draft_of(PARAGRAPH)
    found = asked_of(draft)
    assert draft.title == "Data Engineer at Acme, Berlin."
    assert {k: found.get(k) for k in ("python", "sql", "docker")} == dict.fromkeys(
        ("python", "sql", "docker"), "essential"
    )
    assert found["iac"] == "useful"
    assert "streaming" not in [
        s for r in draft.requirements if "Kafka" in r.source for s in r.skills
    ]
    assert all(":1: " in r.source for r in draft.requirements)  # cited at the file's line


def test_and_with_or_in_one_list_asks_each_item_and_one_of_the_choice() -> None:
    """A list "Python and SQL, Spark or Flink, and Docker": three skills, one choice of two."""
    draft = draft_of(
        "Data Engineer\n\nRequirements\n- Python and SQL, Spark or Flink, and Docker\n"
    )
    assert requirement_of(draft, "spark").skills == ["spark", "streaming"]
    assert [r.skills for r in draft.requirements if r.kind == "skill"] == [
        ["python"],
        ["sql"],
        ["spark", "streaming"],
        ["docker"],
    ]


def test_a_posting_with_only_a_skills_section_asks_its_skills() -> None:
    """No requirements heading: its "Key skills" and "Education" are what it asks."""
    found = asked_of(
        draft_of(
            "Junior Data Analyst\n\nKey skills\n- SQL\n- Power BI\n\nEducation\n- BSc degree\n"
        )
    )
    assert found == {"sql": "essential", "power-bi": "essential", "degree": "essential"}


def test_an_education_section_asks_its_degree_unless_it_says_none() -> None:
    """A posting's "Education" part is read beside its requirements; "do not require" none."""
    head = "ML Engineer\n\nRequirements\n- Python\n\n**Education**\n"
    asked = asked_of(draft_of(head + "Bachelor's degree in Computer Science.\n"))
    assert asked == {"python": "essential", "degree": "essential"}
    waived = asked_of(draft_of(head + "We do not require a degree. Show us what you built.\n"))
    assert waived == {"python": "essential"}


def test_a_job_boards_preferred_in_brackets_speaks_for_its_line() -> None:
    """A line "SQL: 2 years (Preferred)" is nice to have; "(..., ideally Kubernetes)" not all."""
    found = asked_of(
        draft_of(
            "Data Analyst\n\nQualifications\n- Python: 3 years (Required)\n"
            "- SQL: 2 years (Preferred)\n- Docker at scale (multi-GPU, ideally Kubernetes)\n"
        )
    )
    assert (found["python"], found["sql"]) == ("essential", "useful")
    assert (found["docker"], found["kubernetes"]) == ("essential", "useful")


EMAIL = """Subject: Re: Senior Data Engineer role - Hamburg

Hi Anna,

I'm recruiting for a client, a fast-growing logistics company.
The client is looking for someone with:
- 5+ years of Python and SQL
- AWS

What would make you stand out:
- Terraform

They offer 80-90k and 30 days off.
"""


def test_a_recruiters_email_is_read_by_its_lead_in_lines() -> None:
    """A lead-in "looking for someone with:" over bullets asks; "make you stand out:" not."""
    draft = draft_of(EMAIL)
    found = asked_of(draft)
    assert draft.title == "Senior Data Engineer role - Hamburg"
    assert {k: found.get(k) for k in ("python", "sql", "aws")} == dict.fromkeys(
        ("python", "sql", "aws"), "essential"
    )
    assert found["iac"] == "useful"


def test_a_label_in_a_bullet_speaks_for_that_bullet_only() -> None:
    """A bullet "- Nice to have: Terraform" among the requirements leaves the next ones required."""
    found = asked_of(
        draft_of("Data Engineer\n\nRequirements\n- Python\n- Nice to have: Terraform\n- Docker\n")
    )
    assert found == {"python": "essential", "iac": "useful", "docker": "essential"}
