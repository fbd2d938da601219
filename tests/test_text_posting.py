"""A posting's requirement lines read clause by clause: what is essential and what is nice."""

from __future__ import annotations

import pytest

from skillgap import api
from skillgap.text.posting import read_posting
from skillgap.text.read import document_from_bytes

CATALOG = api.load_catalog()


def _importance(text: str) -> dict[str, str]:
    draft = read_posting(document_from_bytes(text.encode(), "posting.md"), CATALOG)
    out: dict[str, str] = {}
    for r in draft.requirements:
        for skill in r.skills if r.kind == "skill" else [r.kind]:
            out.setdefault(skill, r.importance)
    return out


@pytest.mark.parametrize(
    "heading",
    ["What you'll need:", "WHAT YOU BRING", "About you", "The ideal candidate", "Essential skills"],
)
def test_requirement_headings_as_postings_write_them(heading: str) -> None:
    """Each heading is read as the posting's requirements."""
    found = _importance(f"# Data Engineer\n\n{heading}\n- Python and SQL\n- Docker\n")
    assert found == {"python": "essential", "sql": "essential", "docker": "essential"}


def test_a_run_together_line_is_read_item_by_item() -> None:
    """Items joined by `•` are clauses: a degree item does not swallow the skills beside it."""
    found = _importance(
        "# ML Engineer\n\n## Requirements\n\nMUST HAVE: Python • Kubernetes + Docker in "
        "production • BS/MS in Computer Science or equivalent • strong SQL\n"
    )
    assert {k: found.get(k) for k in ("python", "kubernetes", "docker", "sql")} == dict.fromkeys(
        ("python", "kubernetes", "docker", "sql"), "essential"
    )
    assert "degree" in found


def test_a_nice_word_speaks_only_for_its_own_clause() -> None:
    """'ideally' in brackets or before a skill, 'a plus' in its own sentence: the rest stays."""
    found = _importance(
        "# Research Scientist\n\n## What we're looking for\n\n"
        "- Experience training transformer models at scale (multi-GPU, ideally Kubernetes)\n"
        "- Python, ideally also Go\n"
        "- A bachelor's degree in computer science. Docker is a plus.\n"
    )
    assert found["python"] == "essential"
    assert found["go"] == "useful"
    assert found["kubernetes"] == "useful"
    assert found["docker"] == "useful"
    assert found["degree"] == "essential"


def test_no_degree_requirement_asks_for_no_degree() -> None:
    found = _importance("# AI Developer\n\nWhat you'll need:\n- Python\n- No degree requirement\n")
    assert "degree" not in found
    assert found["python"] == "essential"


def test_whats_in_it_for_you_is_perks_not_requirements() -> None:
    found = _importance("# Dev\n\n## Requirements\n- Python\n\n## What's in it for you\n- Excel\n")
    assert found == {"python": "essential"}


def _requirements(text: str) -> list[tuple[list[str], str, int]]:
    draft = read_posting(document_from_bytes(text.encode(), "posting.md"), CATALOG)
    return [(r.skills, r.importance, r.at_least) for r in draft.requirements if r.kind == "skill"]


def test_a_bullet_wrapped_after_or_is_one_choice_and_the_section_goes_on() -> None:
    """The wrapped "GCP Compute Engine" is the choice's third member, not a heading.

    The requirements go on under it; product words the catalog does not know ("EC2",
    "Functions") do not break the list.
    """
    found = _requirements(
        "# Platform Engineer\n\n**Your profile**\n"
        "- Hands-on with one of the public clouds we deploy to: Amazon EC2, Azure Functions or\n"
        "  GCP Compute Engine\n"
        "- Solid Terraform\n"
    )
    assert found[0] == (["aws", "azure", "gcp"], "essential", 1)
    assert (["iac"], "essential", 1) in found


def test_an_acronym_before_a_hyphen_is_the_skill_but_go_live_is_not() -> None:
    found = _requirements(
        "# AI Engineer\n\n## Requirements\n- Experience building LLM-powered assistants\n"
        "- NLP-heavy products; go-live support on weekends\n"
    )
    assert found == [(["llms"], "essential", 1), (["nlp"], "essential", 1)]


def test_a_name_alone_as_a_list_item_is_the_skill_an_ordinary_word_is_not() -> None:
    """Under "two of the following:", "Kafka" alone on its bullet is Kafka, not the word.

    "deployment" in a longer item stays a word, left for the note.
    """
    draft = read_posting(
        document_from_bytes(
            "# Data Engineer\n\nREQUIREMENTS\n- Python\n"
            "- Hands-on with at least two of the following:\n"
            "    • Kafka\n    • Spark\n    • Snowflake\n    • deployment on edge boxes\n".encode(),
            "posting.md",
        ),
        CATALOG,
    )
    group = draft.requirements[-1]
    assert (group.skills, group.at_least) == (["streaming", "spark", "data-warehousing"], 2)
    assert "deployment on edge boxes" in (group.note or "")


def test_an_unknown_item_on_a_wrapped_lists_first_line_is_noted() -> None:
    """A name the catalog lacks in "two of: A, B, C," wrapped is named in the group's note.

    The person holding it may meet the posting; words in brackets are a remark, not an item.
    """
    draft = read_posting(
        document_from_bytes(
            b"# Data Engineer\n\n## Requirements\n"
            b"- Experience with any two of: Spark, Quokkaflow, dbt (or similar),\n  Flink\n",
            "posting.md",
        ),
        CATALOG,
    )
    group = draft.requirements[-1]
    assert (group.skills, group.at_least) == (["spark", "data-pipelines", "streaming"], 2)
    assert "lists Quokkaflow, where" in (group.note or "")


POSTING = b"""Data Engineer

Requirements
- Python and SQL
- Docker
- 2+ years of experience

Nice to have
- Kubernetes
"""


def test_a_drafted_role_is_ready_at_the_rules_bar() -> None:
    """The draft's ready score is the rule's bar: every requirement met, no nice-to-have, ready."""
    from skillgap.models.catalog import all_requirements
    from skillgap.scoring.rule import ready_bar

    index, role_id = api.with_posting(CATALOG, document_from_bytes(POSTING, "posting.txt"))
    role = index.role(role_id)
    assert role.ready_score == ready_bar(all_requirements(role.requirements), role.weights)
    assert f"ready_score: {role.ready_score:g}" in api.posting_role(
        document_from_bytes(POSTING, "posting.txt"), CATALOG
    )
    job = {"kind": "job", "title": "Data engineer", "months": 30, "skills": ["python"]}
    met = {"name": "A", "skills": {"python": 3, "sql": 3, "docker": 3}, "experience": [job]}
    short = {**met, "skills": {"python": 3, "sql": 3, "docker": 2}}
    ready = api.assess_data(met, index, role_id)
    assert ready.readiness == "ready"
    assert ready.score < 100  # the nice-to-have is not held, and not needed
    assert api.assess_data(short, index, role_id).readiness != "ready"
