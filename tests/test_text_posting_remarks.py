"""A posting's remarks, German fields of study and bare lists, read as a careful reader does.

Each shape is written here anew from a known gap of the posting reader (session 6), not
copied from a set's file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from drafts import CATALOG, asked_of, draft_of, requirement_of
from skillgap import api
from skillgap.assessing import postings
from skillgap.inputs.loader import parse
from skillgap.inputs.validation import validate
from skillgap.models.catalog import Catalog
from skillgap.text.read import read_document


def test_tools_in_a_bracket_that_says_any_will_do_are_not_asked() -> None:
    """'Strong SQL (we use Snowflake, but any warehouse is fine)': SQL asked, Snowflake nice.

    A bracket that only names the team's tools still asks them ('Strong Python (we use
    FastAPI)'), as a reader takes it.
    """
    draft = draft_of(
        "Data Analyst\n\nRequirements\n"
        "- Strong SQL (we use Snowflake, but any warehouse is fine)\n"
        "- Strong Python (we use FastAPI)\n"
        "- A BI tool (Tableau or Looker, whatever you know)\n"
    )
    asked = asked_of(draft)
    assert asked["sql"] == "essential"
    assert asked["data-warehousing"] == "useful"  # Snowflake
    assert asked["apis"] == "essential"  # FastAPI
    assert asked["bi-tools"] == "essential"
    assert asked["tableau"] == "useful"
    assert requirement_of(draft, "data-warehousing").level == 2


def test_a_bracket_saying_what_is_required_still_asks() -> None:
    """'(AWS or GCP; any of these are required)' is no remark: one of them is asked."""
    draft = draft_of(
        "ML Engineer\n\nRequirements\n- Cloud (AWS or GCP; any of these are required)\n"
    )
    group = requirement_of(draft, "aws")
    assert (group.skills, group.importance) == (["aws", "gcp"], "essential")


def test_ideally_in_brackets_speaks_for_what_follows_it() -> None:
    """'(multi-GPU, ideally multi-node)': multi-GPU training asked, multi-node nice.

    Both are distributed training in the catalog ('multi-GPU', 'multi-node training'), so
    the skill is essential; before 'ideally' only what follows it is nice.
    """
    draft = draft_of(
        "Research Scientist\n\nRequirements\n"
        "- Training transformer models at scale (multi-GPU, ideally multi-node)\n"
    )
    assert asked_of(draft)["gpu-computing"] == "essential"
    late = draft_of("Research Scientist\n\nRequirements\n- Python (ideally multi-GPU)\n")
    assert asked_of(late)["gpu-computing"] == "useful"


def test_a_choice_whose_member_is_asked_alone_stays_whole() -> None:
    """'Python or R' with Python asked: one of Python or R, never R alone.

    R alone (or 'GCP or Azure' without the AWS asked before) asked more than the posting:
    someone with Python only failed it.
    """
    draft = draft_of(
        "Data Scientist\n\nRequirements\n- Strong Python\n- Python or R for analysis\n"
        "- AWS\n- Cloud: AWS, GCP or Azure\n- Python or AWS\n"
    )
    groups = [(r.skills, r.at_least) for r in draft.requirements if len(r.skills) > 1]
    assert groups == [(["python", "r"], 1), (["aws", "gcp", "azure"], 1)]
    assert requirement_of(draft, "r").note == "Python also asked elsewhere in this role"
    assert [r.skills for r in draft.requirements if r.skills == ["r"]] == []


def test_german_fields_of_study_are_the_degree_fields() -> None:
    """'Studium der Informatik, Mathematik oder vergleichbar': computer science, mathematics."""
    draft = draft_of(
        "Data Engineer\n\nAnforderungen\n- Studium der Informatik, Mathematik oder vergleichbar\n"
        "- Python\n"
    )
    (degree,) = [r for r in draft.requirements if r.kind == "degree"]
    assert degree.fields == ["computer-science", "mathematics"]
    assert degree.importance == "essential"  # a comparable field, not an equivalent instead


def test_a_comparable_qualification_in_german_is_an_equivalent() -> None:
    """'... Wirtschaftsinformatik oder eine vergleichbare Qualifikation': important, noted."""
    draft = draft_of(
        "MLOps Engineer\n\nDein Profil\n"
        "- Abgeschlossenes Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare "
        "Qualifikation\n- Python\n"
    )
    (degree,) = [r for r in draft.requirements if r.kind == "degree"]
    assert degree.fields == ["computer-science", "information-systems"]
    assert degree.importance == "important"
    assert degree.note == "or equivalent experience, the posting says"


BARE = "Data Analyst\n\n- Python\n- Strong SQL\n- Tableau or Power BI\n- 3+ years of experience\n"


def test_a_title_over_bare_bullets_asks_them() -> None:
    """A posting that is a title and a list of skills, no heading: the list is required."""
    draft = draft_of(BARE)
    asked = asked_of(draft)
    assert asked == dict.fromkeys(
        ("python", "sql", "tableau", "power-bi", "experience"), "essential"
    )
    assert requirement_of(draft, "sql").level == 4
    assert requirement_of(draft, "tableau").skills == ["tableau", "power-bi"]
    assert requirement_of(draft, "python").source == "posting posting.txt:3: Python"


def test_a_bare_list_is_drafted_not_refused(write: Any, run: Any) -> None:
    """`skillgap posting` drafts a role from it (it refused it, asking nothing, before)."""
    shown = run("posting", str(write("bare.txt", BARE)))
    assert shown.exit_code == 0, shown.output
    assert "{skill: python, level: 3, importance: essential" in shown.stdout


def test_bare_bullets_under_a_duties_heading_still_ask_nothing() -> None:
    """Only the bullets no heading names: 'What you'll do' over bullets is the job, not asks."""
    draft = draft_of(
        "Data Analyst\n\n- Python\n- SQL\n\nWhat you'll do\n- Build Tableau dashboards\n"
        "- Maintain our Airflow jobs\n"
    )
    assert set(asked_of(draft)) == {"python", "sql"}


def test_notes_with_parts_or_links_are_no_bare_posting() -> None:
    """A list of sources (links) or notes with headings of their own ask nothing."""
    links = "Sources\n\n- https://example.org/a Python and SQL phrasing\n- www.example.org Docker\n"
    parts = "Notes\n\n## What was used\n- Python\n- SQL\n\n## Files\n- Docker\n- Kafka\n"
    for text in (links, parts):
        assert asked_of(draft_of(text)) == {}, text


def test_not_required_lists_only_skills_the_profile_names(write: Any, run: Any) -> None:
    """Assess --posting: 'Not required' is what the person listed, not what evidence implies.

    The student names R and scikit-learn; pandas, NumPy and feature engineering are only
    implied (by scikit-learn, PyTorch, statistics ...) and were listed as held but not required.
    """
    posting = write("p.txt", "Data Engineer\n\nRequirements\n- Python\n- SQL\n")
    args = ["assess", "profiles/student.yaml", "--posting", str(posting), "--no-plan"]
    shown = run(*args, "-f", "json", "--as-of", "2026-12-07")
    assert shown.exit_code == 0, shown.output
    spare = {s["id"] for s in json.loads(shown.stdout)["not_required"]}
    assert {"r", "scikit-learn", "pytorch", "statistics"} <= spare
    assert not spare & {"pandas", "numpy", "feature-engineering", "deep-learning"}
    text = run(*args, "--as-of", "2026-12-07").stdout
    assert "Not required by this role" in text
    assert "pandas" not in text.split("Not required by this role")[1].split("\n\n")[0]


POSTING = (
    Path(__file__).parent / "data" / "text-2026-12p" / "posting-04-llm-application-engineer.txt"
)


def test_assess_with_a_posting_scores_the_role_the_draft_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--posting reads its draft once, and the role it scores is the draft `posting` writes."""
    doc = read_document(POSTING)
    written = validate(parse(api.posting_role(doc, CATALOG), doc.source), Catalog).roles[0]
    calls: list[str] = []

    def counted(text: str, source: str) -> object:
        calls.append(source)
        return parse(text, source)

    monkeypatch.setattr(postings, "parse", counted)
    index, role = postings.with_posting(CATALOG, doc)
    assert calls == [str(POSTING)]
    assert next(r for r in index.catalog.roles if r.id == role) == written
    assert written.ready_score is not None


SPANISH_POSTING = """\
Analista de Datos - Sevilla

¿QUÉ HARÁS?
- Cuadros de mando para el equipo comercial

REQUISITOS IMPRESCINDIBLES
  -> Python y SQL a nivel avanzado
  -> Experiencia construyendo modelos con scikit-learn

SE VALORARÁ
  • Tableau o Power BI

Qué ofrecemos: contrato indefinido y formación continua.
"""


def test_a_spanish_postings_headings_say_what_is_required_and_what_is_nice() -> None:
    """'Requisitos imprescindibles' asks, 'Se valorará' is nice; duties and perks ask nothing."""
    asked = asked_of(draft_of(SPANISH_POSTING))
    assert {k: asked[k] for k in ("python", "sql", "scikit-learn")} == dict.fromkeys(
        ("python", "sql", "scikit-learn"), "essential"
    )
    assert asked["tableau"] == asked["power-bi"] == "useful"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Requisitos", "required"),
        ("Lo que buscamos", "required"),
        ("Perfil buscado", "required"),
        ("O que procuramos", "required"),
        ("Se valorará", "nice"),
        ("Diferenciais", "nice"),
        ("Responsabilidades", "duties"),
        ("Beneficios", "benefits"),
    ],
)
def test_spanish_and_portuguese_posting_headings(heading: str, kind: str) -> None:
    from skillgap.text.sections import kind_of

    assert kind_of(heading) == kind


def test_a_job_sheets_labelled_title_is_the_title_not_the_employer_above_it() -> None:
    """A job sheet: the employer's name first, then "Job Title:   MLOps Engineer - ...".

    The draft is named after the job, not the bank; a posting without such a label keeps its
    first line.
    """
    sheet = draft_of(
        "NORTHWIND BANK PJSC\nJob Title:   MLOps Engineer - Data Platform\nLocation:    Dubai\n\n"
        "REQUIREMENTS\n- Python\n- Docker\n"
    )
    assert sheet.title == "MLOps Engineer - Data Platform"
    assert sheet.role_id == "posting-mlops-engineer-data-platform"
    plain = draft_of("Data Scientist\n\nREQUIREMENTS\n- Python\n")
    assert plain.title == "Data Scientist"
