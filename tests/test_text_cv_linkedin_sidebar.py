"""A LinkedIn "Save to PDF" CV: its sidebar's Top Skills, a summary's levels, a job's Airflow.

The export lists "Top Skills" one a line with no blank line between, a short name in
capitals ("SQL") among them; its summary gives two skills two levels in one sentence
("working knowledge of PyTorch ... and a bit of Spark"); a job's line names Airflow in
words of scheduled data work ("Productionised batch scoring with Airflow."). The CV here is
made up for the form it shows (none is copied from a text set).
"""

from __future__ import annotations

from typing import Any

from cvs import read_cv_text
from skillgap.text.cv import CvReading

LINKEDIN = """\
Contact
ola.berg.data@example.com
www.linkedin.com/in/ola-berg-data (LinkedIn)

Top Skills
Python
SQL
Machine Learning

Languages
Norwegian (Native or Bilingual)

Ola Berg
Data Scientist at Fjordkjøkken | ex-pastry chef
Bergen, Vestland, Norway

Summary
I ran a bakery for six years before moving into data in 2021. I have working
knowledge of PyTorch (mostly for sequence models) and a bit of Spark from one
migration project.

Experience
Fjordkjøkken
Data Scientist
March 2023 - Present (3 years 10 months)
Built demand models for forty shops. Productionised batch scoring with Airflow.

Data Analyst
February 2021 - February 2023 (2 years 1 month)
Weekly sales reporting for the shops.

Education
Universitetet i Bergen
Bachelor of Science - BS, Mathematics · (2010 - 2013)
"""


def _levels(reading: CvReading) -> dict[str, int]:
    return {k: c.level for k, c in reading.skills.items()}


def test_top_skills_keep_a_short_name_in_capitals_as_an_item() -> None:
    """'Python' / 'SQL' / 'Machine Learning': all three listed, 'SQL' no heading ending the list."""
    levels = _levels(read_cv_text(LINKEDIN))
    assert levels["python"] == 3
    assert levels["sql"] == 3
    assert levels["model-development"] == 3  # "Machine Learning", the item after "SQL"


def test_two_level_words_in_one_sentence_each_speak_for_their_own_skill() -> None:
    """'working knowledge of PyTorch (...) and a bit of Spark': PyTorch 3, Spark 1."""
    levels = _levels(read_cv_text(LINKEDIN))
    assert levels["pytorch"] == 3
    assert levels["spark"] == 1


def test_a_level_in_brackets_after_a_skill_is_that_skills() -> None:
    """'SQL (basic) and Python (expert)' in a summary: SQL 2, Python 5."""
    cv = LINKEDIN.replace(
        "I have working\nknowledge of PyTorch",
        "I know SQL (basic) and Python (expert), and have working\nknowledge of PyTorch",
    )
    levels = _levels(read_cv_text(cv))
    assert levels["sql"] == 2
    assert levels["python"] == 5


def test_airflow_in_words_of_scheduled_data_work_is_the_tool() -> None:
    """'Productionised batch scoring with Airflow.': the job's lines name the orchestrator."""
    reading = read_cv_text(LINKEDIN)
    assert "ml-pipelines" in reading.skills
    (job,) = [j for j in reading.jobs if j.title.endswith("Data Scientist")]
    assert "ml-pipelines" in job.skills


def test_airflow_as_air_moving_is_still_no_skill() -> None:
    """'the bakery's ovens and their airflow' and 'Airflow Ovens AS' name no orchestrator."""
    cv = LINKEDIN.replace(
        "Weekly sales reporting for the shops.",
        "Batch baking schedules for Airflow Ovens AS; checked the ovens' airflow.",
    )
    assert "ml-pipelines" not in {
        s for j in read_cv_text(cv).jobs if j.title == "Data Analyst" for s in j.skills
    }


def test_import_shows_the_sidebar_skills(write: Any, run: Any) -> None:
    """'skillgap import' of the export maps Machine Learning and SQL from the sidebar."""
    cv = write("cv.txt", LINKEDIN)
    shown = run("import", str(cv), "--as-of", "2026-12-07")
    assert shown.exit_code == 0, shown.output
    mapped = shown.stderr
    assert "model-development: level 3 (intermediate), estimate from the skills section: " in mapped
    assert "SQL → sql: level 3 (intermediate), estimate from the skills section: SQL" in mapped
    assert "Apache Spark → spark: level 1 (awareness), estimate from the summary" in mapped
    assert "model-development: 3" in shown.stdout  # the profile written
