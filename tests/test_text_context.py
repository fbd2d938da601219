"""Context rules of the matcher, s7's families: a programme's name in capitals, CV as a résumé.

Short texts written here for each form; the real skill in the same words still counts.
"""

from __future__ import annotations

import pytest

from skillgap import api
from skillgap.text.read import document_from_bytes

CATALOG = api.load_catalog()


def _ids(text: str) -> list[str]:
    doc = document_from_bytes(text.encode(), "posting.txt")
    return [s.id for s in api.extract_text(doc, CATALOG).skills]


@pytest.mark.parametrize(
    "text",
    [
        "You will join the JULIA program (Joint Unified Layered Imagery Analytics) with Python.",
        "Our team supports the SPARK initiative and builds models in Python.",
        "Work on Project RUST, our logistics effort, writing Python services.",
        "The KAFKA (Kinetic Aerial Fleet Knowledge Architecture) team ships PyTorch models.",
    ],
)
def test_a_programmes_name_in_capitals_is_no_skill(text: str) -> None:
    """An ordinary skill word in capitals beside "program", or before its own expansion."""
    assert set(_ids(text)) & {"julia", "spark", "rust", "streaming"} == set()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Cutting edge technologies including JAVA frameworks and Oracle.", "java"),
        ("Experience with JULIA or Python for numerical work.", "julia"),
        ("REQUIREMENTS: PYTHON, SPARK AND SQL", "spark"),
        ("Strong Julia skills for the simulation program.", "julia"),
    ],
)
def test_the_same_words_in_capitals_as_skills_still_count(text: str, skill: str) -> None:
    """In capitals as a tool, after a word that asks, or in a line all in capitals."""
    assert skill in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please attach a resume (or CV) that shows dates for each job, and Python.",
        "Bitte laden Sie Ihren CV/Lebenslauf hoch. Python ist Pflicht.",
        "Submit an application letter and detailed CV. Python and SQL required.",
        "Send a CV and cover letter; we use Python and SQL.",
    ],
)
def test_cv_beside_resume_words_is_a_resume(text: str) -> None:
    assert "computer-vision" not in _ids(text)


def test_cv_as_computer_vision_still_counts() -> None:
    """No résumé word near it: CV, NLP or speech are fields of work."""
    assert "computer-vision" in _ids("Experience in CV, NLP or speech with PyTorch.")
    assert "computer-vision" in _ids("You have built CV applications in PyTorch.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Strong Python; you know when NOT to use deep learning.", ["python"]),
        ("We ask you not to use Excel for anything but reading reports, and SQL daily.", ["sql"]),
        ("Deep learning with PyTorch.", ["deep-learning", "pytorch"]),
    ],
)
def test_a_name_after_not_to_use_is_no_skill(text: str, found: list[str]) -> None:
    """'when NOT to use deep learning' asks a judgement, not the skill.

    The skill said plainly still counts.
    """
    assert _ids(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "What's on offer: AWS + 13th month + variable bonus, 21 days leave.",
        "Base salary plus AWS and CPF contributions.",
    ],
)
def test_aws_beside_pay_words_is_the_annual_wage_supplement(text: str) -> None:
    """Singapore's Annual Wage Supplement beside the pay it is part of: not the cloud."""
    assert "aws" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Salary: competitive. Stack: AWS, Python.",
        "AWS experience is a bonus.",
        "Deploy on AWS (Lambda, S3) and keep the bill low.",
    ],
)
def test_aws_as_a_cloud_still_counts(text: str) -> None:
    """A pay word in another clause, or a bonus that asks, leaves AWS the cloud."""
    assert "aws" in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "YOU'LL EXCEL IF you like ambiguity and you enjoy mentoring.",
        "In this team you will excel at writing SQL.",
    ],
)
def test_a_tool_word_after_a_subject_and_its_modal_is_the_verb(text: str) -> None:
    """A subject and its modal before EXCEL ("you will excel"): the verb, not the spreadsheet."""
    assert "excel" not in _ids(text)


def test_the_tool_after_a_verb_still_counts() -> None:
    """After the verb that uses it ("You will use Excel and SQL"): the tool."""
    assert {"excel", "sql"} <= set(_ids("You will use Excel and SQL daily."))
