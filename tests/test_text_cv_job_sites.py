"""CVs as job sites and PDF makers leave them: an emoji's leftovers.

Each CV here is made up for the form it shows (none is copied from a text set).
"""

from __future__ import annotations

from cvs import read_cv_text


def test_an_emojis_leftover_selector_before_a_pdf_heading_leaves_it_a_heading() -> None:
    text = "Kofi Mensah\n\ufe0f Skills\nPython ●●●●○\nDocker ●●○○○\n"
    levels = {k: c.level for k, c in read_cv_text(text).skills.items()}
    assert levels["python"] == 4  # read from the skills section's dots
    assert levels["docker"] == 2
