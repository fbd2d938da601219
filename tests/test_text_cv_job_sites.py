"""CVs as job sites and PDF makers leave them: an emoji's leftovers, a drop-down's years.

Each CV here is made up for the form it shows (none is copied from a text set).
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.levels import level_of


def test_an_emojis_leftover_selector_before_a_pdf_heading_leaves_it_a_heading() -> None:
    text = "Kofi Mensah\n\ufe0f Skills\nPython ●●●●○\nDocker ●●○○○\n"
    levels = {k: c.level for k, c in read_cv_text(text).skills.items()}
    assert levels["python"] == 4  # read from the skills section's dots
    assert levels["docker"] == 2


def test_less_than_a_year_is_under_a_year_not_one() -> None:
    assert level_of("Power BI (Less than 1 year)") == 2  # under 1 year: 2, as documented
    assert level_of("Looker (< 1 year)") == 2
    assert level_of("dbt (under 4 years)") == 3  # fewer than 4: 1-3 years
    assert level_of("SQL (1 year)") == 3
    assert level_of("Python (5 years)") == 4


def test_a_job_sites_years_list_gives_each_skill_its_level() -> None:
    text = "Lena Brandt\n\nSkills\n\n• SQL (5 years)\n• Tableau (Less than 1 year)\n"
    levels = {k: c.level for k, c in read_cv_text(text).skills.items()}
    assert levels == {"sql": 4, "tableau": 2}
