"""Postings that head their parts in two languages, bullets of two dashes, bracketed choices.

Shapes seen in text-2026-12ae … -12ah, written here anew: Korean, Chinese or Russian words
before an English heading ("자격 요건 / Requirements", "==== 任职要求 REQUIREMENTS ===="),
and the Korean shown as mojibake by a file read in the wrong encoding.
"""

from __future__ import annotations

from drafts import asked_of, draft_of, requirement_of
from skillgap.text.bilingual import foreign, latin_words
from skillgap.text.read import lines_of
from skillgap.text.sections import split


def test_words_of_another_script_are_foreign_latin_words_are_not() -> None:
    """Hangul, Han, Cyrillic and mojibake are foreign; accented Latin words are not."""
    for word in ("요건", "任职要求", "Требования", "ìžê²©", "2년"):
        assert foreign(word), word
    for word in ("À", "Über", "REQUIREMENTS", "/", "—", "2024"):
        assert not foreign(word), word
    assert latin_words("자격 요건 / Requirements") == "Requirements"
    assert latin_words("Über uns") == "Über uns"


KOREAN = """\
Backend Engineer / 백엔드 개발자
Busan | Full-time

주요 업무 / WHAT YOU WILL DO
- Build APIs in Go

자격 요건 / Requirements
- Python and SQL
- Docker in daily use

우대 사항 / Preferred
- Kubernetes
"""


def test_korean_before_an_english_heading_heads_the_part() -> None:
    """Each part is read by its English words; the duties' Go asks nothing."""
    found = asked_of(draft_of(KOREAN))
    assert {k: found.get(k) for k in ("python", "sql", "docker", "kubernetes")} == {
        "python": "essential",
        "sql": "essential",
        "docker": "essential",
        "kubernetes": "useful",
    }
    assert "go" not in found


def test_mojibake_before_an_english_heading_heads_the_part() -> None:
    """The Korean damaged by a wrong encoding (UTF-8 read as Windows-1252) is left aside."""
    damaged = KOREAN
    for korean in ("주요 업무", "자격 요건", "우대 사항"):
        damaged = damaged.replace(korean, korean.encode().decode("cp1252", errors="ignore"))
    assert "자격" not in damaged
    kinds = [s.kind for s in split(lines_of(damaged))]
    assert kinds == ["other", "duties", "required", "nice"]
    found = asked_of(draft_of(damaged))
    assert found["python"] == "essential"
    assert found["kubernetes"] == "useful"


def test_chinese_in_a_ruled_heading_heads_the_part() -> None:
    """``==== 任职要求 REQUIREMENTS ====`` heads the requirements, ``加分项 BONUS`` the extras."""
    text = (
        "Data Engineer / 数据工程师\nShenzhen\n\n==== 岗位职责 RESPONSIBILITIES ====\n"
        "1. Operate Spark jobs\n\n==== 任职要求 REQUIREMENTS ====\n- Proficient in Python\n"
        "- Airflow experience\n\n==== 加分项 BONUS POINTS ====\n* Terraform\n"
    )
    found = asked_of(draft_of(text))
    assert found["python"] == "essential"
    assert found["ml-pipelines"] == "essential"  # Airflow
    assert found["iac"] == "useful"  # Terraform
    assert "spark" not in found


def test_a_heading_in_another_script_alone_is_not_read_as_english() -> None:
    """A Russian heading alone asks nothing known: it has no Latin words to read."""
    assert latin_words("Требования") == ""
    assert {s.kind for s in split(lines_of("Требования\n- Python\n"))} == {"other"}


def test_double_dash_bullets_are_items_not_headings() -> None:
    """A plain-text export's ``-- `` bullets are items, never headings.

    ``-- SQL (PostgreSQL)`` in capitals was read as a heading, and the requirements after it
    were lost.
    """
    text = "Requirements:\n-- Docker\n-- SQL (PostgreSQL)\n-- Python\n\n-- BENEFITS --\n-- Go\n"
    found = asked_of(draft_of(text))
    assert {k: found.get(k) for k in ("docker", "sql", "python")} == dict.fromkeys(
        ("docker", "sql", "python"), "essential"
    )
    assert "go" not in found  # "-- BENEFITS --" is still a heading


BRACKETS = """\
Backend Engineer
Acme, Leeds

Requirements
- Strong Python (FastAPI or Flask; async is a plus)
- Gradient boosting (XGBoost, LightGBM)
- Docker
"""


def test_a_choice_of_one_skill_in_brackets_is_asked_beside_the_skill_before_it() -> None:
    """Strong Python (FastAPI or Flask; ...) asks Python and a web framework, both essential.

    FastAPI and Flask are no examples of Python (they were read as "Python or APIs"), and
    "a plus" after the ``;`` speaks for async only. Tools of different skills in brackets
    stay examples, a choice of one.
    """
    draft = draft_of(BRACKETS)
    found = asked_of(draft)
    assert found["python"] == "essential"
    assert found["apis"] == "essential"  # FastAPI or Flask
    assert all(r.skills != ["python", "apis"] for r in draft.requirements)
    assert requirement_of(draft, "xgboost").skills == ["xgboost", "lightgbm"]
