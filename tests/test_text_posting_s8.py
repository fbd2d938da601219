"""Postings read as a careful reader reads them: lists split by ';', names in other words.

What ``skillgap posting`` prints for small postings written the way real ones are: a "k of"
list whose items are separated by semicolons, Italian "statistica", "probabilistic machine
learning" as an item of a list, "CI" for continuous integration (and not for a confidence
interval or a polygraph).
"""

from __future__ import annotations

from typing import Any

from drafts import skill_lines
from skillgap import api
from skillgap.text.read import document_from_bytes


def test_a_k_of_list_separated_by_semicolons_is_one_group(write: Any, run: Any) -> None:
    """'any three of the following areas: A; B; C; D; E' is one list of five, not five clauses."""
    posting = write(
        "p.txt",
        "Senior Advisor, Responsible AI\n\nRequired:\n"
        "  * stakeholder management at senior levels\n"
        "  * knowledge in any three of the following areas: prompt engineering;\n"
        "    retrieval-augmented generation (RAG); model evaluation; data privacy;\n"
        "    IT procurement\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [llm-apps, rag], at_least: 2, level: 3, importance: essential" in group
    # the items the catalog does not know are named, and no empty "( for several)" note
    assert "the posting also lists model evaluation; data privacy; IT procurement" in group
    assert "for several" not in group
    assert "{skill: llm-apps," not in shown.stdout  # not asked on its own besides the list


def test_a_semicolon_still_ends_a_clause_in_a_line_with_no_list(write: Any, run: Any) -> None:
    """'Python; Docker is a plus': the nice-to-have word speaks for its own clause only."""
    lines = skill_lines(
        run, write, "Data Engineer\n\nRequirements\n- Strong Python; Docker is a plus\n"
    )
    assert any("{skill: python, level: 4, importance: essential" in x for x in lines)
    assert any("{skill: docker, level: 2, importance: useful" in x for x in lines)


def test_italian_statistica_is_statistics(write: Any, run: Any) -> None:
    """'Solide basi di statistica (inferenza, test A/B) e machine learning': statistics asked."""
    lines = skill_lines(
        run,
        write,
        "Data Scientist\n\n## Requisiti\n"
        "- Solide basi di statistica (inferenza, test A/B, regressione) e machine learning\n",
    )
    assert any("{skill: statistics, level: 3, importance: essential" in x for x in lines)


def test_statistica_alone_in_prose_is_no_skill() -> None:
    """An ordinary word, as 'statistics' is: alone in a sentence it names no skill."""
    doc = document_from_bytes("La statistica del mese è incoraggiante.\n".encode(), "n.txt")
    assert [m.id for m in api.extract_text(doc, api.load_catalog()).skills] == []


def test_probabilistic_machine_learning_in_a_two_of_list_is_not_machine_learning(
    write: Any, run: Any
) -> None:
    """'any two of: probabilistic machine learning, time-series forecasting, RL': Bayesian models.

    Read as machine learning (model development), the item would let anyone who trains
    models meet half the list.
    """
    posting = write(
        "p.txt",
        "AI Research Scientist\n\nRequirements\n"
        "Deep expertise in any two of: probabilistic machine learning, time-series forecasting,\n"
        "reinforcement learning, Gaussian processes.\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [bayesian-methods, time-series, reinforcement-learning], at_least: 2" in group
    assert "model-development" not in shown.stdout


def test_ci_in_a_requirement_is_continuous_integration(write: Any, run: Any) -> None:
    """'Docker and a good grasp of CI practices': CI/CD is asked."""
    lines = skill_lines(
        run,
        write,
        "Machine Learning Engineer\n\nWHAT WE'RE LOOKING FOR\n"
        "- Docker and a good grasp of CI practices\n",
    )
    assert any("{skill: ci-cd, level: 3, importance: essential" in x for x in lines)


def test_ci_as_a_confidence_interval_or_a_polygraph_is_no_skill() -> None:
    """A 95% CI is a confidence interval; 'CI poly' a clearance's polygraph: not CI/CD."""
    text = (
        "Reported the uplift with a 95% CI (confidence interval) in Python.\n"
        "Active TS/SCI clearance (CI poly 2022).\n"
    )
    doc = document_from_bytes(text.encode(), "cv.txt")
    found = api.extract_text(doc, api.load_catalog()).skills
    assert "ci-cd" not in {m.id for m in found}
    assert "python" in {m.id for m in found}


def test_an_italian_posting_reads_its_headings_lists_and_choices(write: Any, run: Any) -> None:
    """'Requisiti', 'almeno due tra: ...', 'Python **o** R', 'Preferenziali', 'Cosa offriamo'."""
    posting = write(
        "p.md",
        "# Data Scientist – Milano\n\n"
        "## Requisiti\n"
        "- Ottima conoscenza di Python **o** R per l'analisi dei dati\n"
        "* Conoscenza di almeno due tra: Tableau, Power BI, Looker\n\n"
        "## Preferenziali\n"
        "Esperienza con Spark o Databricks\n\n"
        "## Cosa offriamo\n"
        "- Corsi di Excel e SQL pagati dall'azienda\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    lines = [x.split("source:")[0] for x in shown.stdout.splitlines() if "importance" in x]
    assert any("any_of: [python, r], level: 4, importance: essential" in x for x in lines)
    assert any(
        "any_of: [tableau, power-bi, bi-tools], at_least: 2, level: 3, importance: essential" in x
        for x in lines
    )
    assert any("any_of: [spark, databricks], level: 2, importance: useful" in x for x in lines)
    assert not any("{skill: python," in x or "{skill: tableau," in x for x in lines)
    assert not any("sql" in x or "excel" in x for x in lines)  # the perks ask nothing


def test_an_ordinary_word_after_a_phrase_of_knowledge_is_the_skill(write: Any, run: Any) -> None:
    """'A solid grounding in statistics' asks statistics, alone on its line, in any language."""
    for line in (
        "Solid grounding in statistics (inference, regression)",
        "Solide basi di statistica (inferenza, regressione)",
        "Conocimientos de estadística",
    ):
        lines = skill_lines(run, write, f"Data Analyst\n\nRequirements\n- Excel\n- {line}\n")
        assert any("{skill: statistics," in x and "essential" in x for x in lines), line


def test_an_ordinary_word_without_a_phrase_of_knowledge_stays_unread(write: Any, run: Any) -> None:
    """'Our statistics show ...' in prose is not a skill asked: the word alone, no knowledge."""
    lines = skill_lines(
        run,
        write,
        "Data Analyst\n\nAbout us\nOur statistics show that teams grow fast.\n\n"
        "Requirements\n- Excel\n",
    )
    assert not any("statistics" in x for x in lines)
