"""Postings read as a careful reader reads them: what a skill's name is about, names in other words.

What ``skillgap posting`` prints for small postings written the way real ones are: "an LLM
API" asks for the LLMs it is about (the catalog makes them its prerequisite), "prompt design"
is prompt engineering, and a duty bullet naming a framework still asks for nothing.
"""

from __future__ import annotations

from typing import Any

from drafts import asked_of, draft_of, requirement_of, skill_lines

LLM_APP = (
    "LLM APPLICATION ENGINEER\n\nYOU HAVE\n"
    "  - 2+ years shipping software in production (any stack)\n"
    "  - Built at least one application on an LLM API (OpenAI, Anthropic, Mistral - any)\n"
    "  - Git\n\n"
    "NICE IF YOU ALSO HAVE\n  - LLM evaluation (Ragas or similar)\n"
)


def test_an_llm_api_asks_for_the_llms_it_is_about(write: Any, run: Any) -> None:
    """'an application on an LLM API': the API skill, and LLMs at the depth it stands on."""
    lines = skill_lines(run, write, LLM_APP)
    assert any("{skill: llm-apps, level: 3, importance: essential" in x for x in lines)
    # the catalog asks LLMs at 2 of Prompting and LLM APIs: "knows tokens, context windows"
    assert any("{skill: llms, level: 2, importance: essential" in x for x in lines)


def test_a_nice_to_have_llm_skill_asks_for_llms_as_nice_to_have() -> None:
    """'Nice: LLM evaluation' alone: LLM evaluation and LLMs, both nice to have."""
    asked = asked_of(draft_of("AI Engineer\n\nNice to have\n- LLM evaluation (Ragas)\n"))
    assert asked["llm-evaluation"] == "useful"
    assert asked["llms"] == "useful"


def test_a_name_whose_first_word_is_no_prerequisite_asks_only_itself() -> None:
    """'Azure OpenAI' asks for the LLM API, not the cloud; 'Spark SQL' is Spark's own SQL."""
    asked = asked_of(
        draft_of("Data Engineer\n\nRequirements\n- Azure OpenAI\n- Spark SQL\n- Python\n")
    )
    assert asked["llm-apps"] == "essential"
    assert asked["spark"] == "essential"
    assert "azure" not in asked
    assert "sql" not in asked


def test_an_llm_named_in_a_choice_leaves_the_choice_alone() -> None:
    """'LLM APIs or classic NLP': a choice of two, LLMs not asked besides it."""
    draft = draft_of("AI Engineer\n\nRequirements\n- LLM APIs or NLP\n")
    assert requirement_of(draft, "llm-apps").skills == ["llm-apps", "nlp"]
    assert "llms" not in asked_of(draft)


def test_prompt_design_is_prompt_engineering(write: Any, run: Any) -> None:
    """'including RAG and prompt design' under Essential: prompting asked, as RAG is."""
    lines = skill_lines(
        run,
        write,
        "LLM Engineer\n\nPERSON SPECIFICATION\n\nEssential\n"
        "  - Hands-on experience building applications on large language models (LLMs),\n"
        "    including RAG and prompt design\n",
    )
    for skill in ("llms", "rag", "llm-apps"):
        assert any(f"{{skill: {skill}, level: 3, importance: essential" in x for x in lines)


def test_extract_finds_prompt_design(write: Any, run: Any) -> None:
    """'skillgap extract' shows 'prompt design' as the prompting skill, where it is written."""
    posting = write("p.txt", "We value prompt design and evaluation.\n")
    shown = run("extract", str(posting), "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert '"id": "llm-apps"' in shown.stdout
    assert '"text": "prompt design"' in shown.stdout


def test_a_duty_naming_a_framework_asks_nothing() -> None:
    """'Responsabilidades: Construir APIs en Python (FastAPI o Flask)': a duty, not a requirement.

    The project's rule (a reader listing such a duty as required is not followed): what the
    job does is not what it asks; the requirements part asks Python.
    """
    asked = asked_of(
        draft_of(
            "Desarrollador(a) de IA\n\nResponsabilidades:\n"
            "  -Construir APIs en Python (FastAPI o Flask) para las apps móviles\n\n"
            "Requisitos:\n  - Python sólido, Git\n"
        )
    )
    assert asked["python"] == "essential"
    assert "apis" not in asked
