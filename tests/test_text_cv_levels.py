"""The levels a CV's skills part gives: its groups, its lists, its brackets, its table rows.

* ``Rusty: Ansible (was proficient), Jenkins`` (a label, a heading or a table row's first
  cell) is one lower than the words say: Ansible 3, Jenkins 2;
* ``| Expert | SQL |``: a table row's first cell rates the row's skills;
* ``Python, PyTorch — expert · JAX, NumPy — proficient``: a level after a dash at the end of
  a comma list is every item's of that list (and only that list's);
* ``AWS (5+ years) & GCP (basic)``: two items, each with its own level;
* ``Python – working knowledge (pandas basic, matplotlib)``: a library in brackets with its
  own level word takes it; one without takes the skill's;
* ``Docker (a bit)``, ``TypeScript (can read it)``: level 1; an item the catalog does not
  know (``Workday (expert)``) keeps its level to itself;
* ``Skills: Python (expert) · SQL ...`` under the name, wrapped onto the next line, is the
  CV's skills part.

Each CV here is made up for the form it shows (none is copied from a text set).
"""

from __future__ import annotations

import pytest

from cvs import read_cv_text
from skillgap.text.levels import level_of

JOBS = """
Experience
Data Engineer — Harrowgate Foods — 2019 – 2024
- Pipelines and dashboards.
"""


def _levels(skills: str) -> dict[str, int]:
    reading = read_cv_text(f"Ada Lind\n\n{skills}\n{JOBS}")
    return {skill: claim.level for skill, claim in reading.skills.items()}


def test_a_rusty_group_is_one_lower_than_its_items_words() -> None:
    levels = _levels(
        "Skills\n"
        "- **Expert:** Kubernetes\n"
        "- **Rusty:** Ansible (was proficient, last used 2021), Java (was working knowledge), Go\n"
    )
    assert levels["kubernetes"] == 5
    assert levels["iac"] == 3  # Ansible: proficient 4, one lower
    assert levels["java"] == 2  # working 3, one lower
    assert levels["go"] == 2  # no word: rusty alone


def test_a_rusty_heading_alone_lowers_the_list_under_it() -> None:
    levels = _levels("Skills\n\nProficient\nPython · SQL\n\nRusty\nJava (was proficient)\n")
    assert (levels["python"], levels["sql"], levels["java"]) == (4, 4, 3)


def test_a_table_rows_first_cell_rates_the_rows_skills() -> None:
    levels = _levels(
        "## Skills\n\n"
        "| Level | Skills |\n"
        "|---|---|\n"
        "| Expert | SQL |\n"
        "| Proficient | Python, pandas |\n"
        "| Basic | dbt |\n"
        "| Rusty | R (working knowledge, not used since 2017) |\n"
    )
    assert (levels["sql"], levels["python"], levels["pandas"]) == (5, 4, 4)
    assert (levels["data-pipelines"], levels["r"]) == (2, 2)


def test_a_level_in_the_cell_after_a_skill_is_its_own() -> None:
    levels = _levels("## Skills\n\n| Skill | Level |\n|---|---|\n| R | Basic – rusty since uni |\n")
    assert levels["r"] == 1  # basic 2, rusty one lower


def test_a_level_after_a_comma_list_is_that_lists_alone() -> None:
    levels = _levels(
        "Skills\nPython, PyTorch — expert · JAX, NumPy — proficient · Git, Docker, Linux\n"
    )
    assert (levels["python"], levels["pytorch"]) == (5, 5)
    assert (levels["jax"], levels["numpy"]) == (4, 4)
    assert (levels["git"], levels["docker"]) == (3, 3)  # listed, no level: not "proficient"


def test_an_item_the_catalog_does_not_know_keeps_its_level_to_itself() -> None:
    """``Tableau (a bit) · Workday (expert)``: Workday is no skill, its word not Tableau's."""
    levels = _levels("Skills\nSQL (working) · Tableau (a bit) · Workday (expert) · Git\n")
    assert levels["tableau"] == 1


def test_an_ampersand_after_brackets_parts_two_items() -> None:
    levels = _levels("Skills\n- Terraform — expert · AWS (5+ years) & GCP (basic)\n")
    assert (levels["aws"], levels["gcp"]) == (4, 2)


def test_a_library_in_brackets_with_its_own_word_takes_it() -> None:
    levels = _levels(
        "Skills\nPython – working knowledge (pandas basic, matplotlib)\n"
        "Kubernetes – expert (Docker, Argo CD)\n"
    )
    assert (levels["python"], levels["pandas"], levels["data-visualisation"]) == (3, 2, 3)
    assert levels["docker"] == 5  # a tool in brackets takes its skill's level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Docker (a bit)", 1),
        ("Julia (a bit of)", 1),
        ("TypeScript (can read it)", 1),
        ("TensorFlow — proficient, a bit rusty since 2021", 3),  # proficient, rusty
        ("Scala — a bit rusty", 2),  # rusty alone, not "a bit"
        ("Kotlin (can read and write it)", None),
    ],
)
def test_a_bit_and_can_read_it_are_awareness(text: str, level: int | None) -> None:
    assert level_of(text) == level


def test_a_labelled_skills_line_under_the_name_is_the_skills_part() -> None:
    reading = read_cv_text(
        "Mara Quist\nData Scientist · Leeds\n\n"
        "Skills: Python (expert) · SQL (proficient) · scikit-learn · PyTorch (working) ·\n"
        "Spark (basic) · A/B testing (6+ years)\n"
        f"{JOBS}"
    )
    levels = {skill: claim.level for skill, claim in reading.skills.items()}
    assert (levels["python"], levels["sql"], levels["scikit-learn"]) == (5, 4, 3)
    assert (levels["pytorch"], levels["spark"], levels["ab-testing"]) == (3, 2, 4)
    assert reading.skills["spark"].listed  # the wrapped line is the list's too


def test_a_jobs_tools_line_is_not_a_skills_part() -> None:
    reading = read_cv_text(
        "Mara Quist\n\nExperience\nData Analyst — Acme — Mar 2025 – Jun 2025\n"
        "Tools: Python (expert)\n"
    )
    assert reading.skills["python"].level == 2  # named in a job's lines: not "expert"
    assert not reading.skills["python"].listed


def test_a_linkedin_skills_list_whose_first_skill_looks_like_a_heading_is_read() -> None:
    reading = read_cv_text(
        "Ada Lind\n\nSkills\n\nSQL\nEndorsed by 12 colleagues at Acme\nPython\nMicrosoft Excel\n"
    )
    levels = {skill: claim.level for skill, claim in reading.skills.items()}
    assert (levels["sql"], levels["python"], levels["excel"]) == (3, 3, 3)
    assert all(claim.listed for claim in reading.skills.values())
