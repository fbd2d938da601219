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
