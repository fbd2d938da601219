"""init: the questionnaire writes a valid, commented profile; options make it scriptable."""

from __future__ import annotations

from pathlib import Path

from conftest import Run
from skillgap.catalog.index import CatalogIndex
from skillgap.inputs.loader import load_file
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile


def load(path: Path) -> Profile:
    return validate(load_file(path), Profile)


def test_interactive_answers_on_stdin(tmp_path: Path, run: Run, catalog: CatalogIndex) -> None:
    """Answers fed on stdin, with a typo'd role and a bad level asked again, make a profile."""
    answers = [
        "Bea",
        "data-scientst",
        "3",
        "abc",
        "10",
        "2027-01-01",
        "python, sql",
        "9",
        "advanced",
        "2",
        "master",
        "statistics",
        "completed",
        "",
        "1",
        "Churn model; Sales forecast",
        "",
        "",
        "6",
        "",
    ]
    out = tmp_path / "bea.yaml"
    result = run("init", out, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "did you mean 'data-scientist'?" in result.stderr
    assert "give a number of hours from 1 to 100" in result.stderr
    assert "level 9 is outside the scale 0-5" in result.stderr
    assert "Designs maintainable libraries" in result.stderr  # level descriptors on screen
    assert result.stderr.rstrip().endswith(f"skillgap assess {out}")
    profile = load(out)
    assert profile.name == "Bea"
    assert profile.target_role == "data-scientist"
    assert profile.hours_per_week == 10
    assert profile.skills["python"].level == 4
    assert len(profile.skills) == 2
    assert [e.title for e in profile.experience][:2] == ["Churn model", "Sales forecast"]
    assert profile.education[0].degree == "master"
    text = out.read_text()
    assert text.startswith("# yaml-language-server: $schema=profile.schema.json\n")
    assert "# advanced" in text


def test_options_only_no_input(tmp_path: Path, run: Run) -> None:
    """Everything as options with --no-input: nothing asked, a valid profile written."""
    out = tmp_path / "ada.yaml"
    result = run(
        "init",
        out,
        "--name",
        "Ada: the 'first' #1",
        "--role",
        "mlops-engineer",
        "--skill",
        "python=4",
        "--skill",
        "torch=advanced",
        "--degree",
        "bachelor",
        "--field",
        "computer science",
        "--certification",
        "AWS ML Specialty",
        "--project",
        "Plant | classifier",
        "--internship-months",
        "3",
        "--no-input",
    )
    assert result.exit_code == 0, result.stderr
    profile = load(out)
    assert profile.name == "Ada: the 'first' #1"
    assert profile.skills["pytorch"].level == 4
    assert profile.experience[0].title == "Plant | classifier"
    assessed = run("assess", out, "-f", "json", "--no-plan")
    assert assessed.exit_code == 0
    assert '"warnings": []' in assessed.stdout


def test_never_overwrites_without_force(tmp_path: Path, run: Run) -> None:
    """An existing file is left alone unless --force is given."""
    out = tmp_path / "p.yaml"
    out.write_text("name: Keep me\n")
    refused = run("init", out, "--name", "X", "--no-input")
    assert refused.exit_code == 2
    assert "--force" in refused.stderr
    assert out.read_text() == "name: Keep me\n"
    assert run("init", out, "--name", "X", "--no-input", "--force").exit_code == 0
    assert load(out).name == "X"


def test_unknown_skill_option_suggests(tmp_path: Path, run: Run) -> None:
    """--skill with a misspelt skill is a usage error with the closest name."""
    result = run("init", tmp_path / "p.yaml", "--skill", "pyhton=3", "--no-input")
    assert result.exit_code == 2
    assert "did you mean 'Python'?" in result.stderr


def test_bad_target_date_names_its_option(tmp_path: Path, run: Run) -> None:
    """A malformed --target-date is a usage error that names --target-date."""
    result = run("init", tmp_path / "p.yaml", "--target-date", "2027-13-01", "--no-input")
    assert result.exit_code == 2
    assert "--target-date '2027-13-01' is not a date" in result.stderr


def test_the_docs_give_inits_hours_range_as_the_prompt_takes_it() -> None:
    """The init section of docs/profiles.md says the hours a week init takes: one range, 1-100."""
    from conftest import doc_page
    from skillgap.models.common import HOURS_PER_WEEK_RANGE

    low, high = HOURS_PER_WEEK_RANGE
    page = " ".join(doc_page("profiles.md").split())
    assert f"your hours a week ({low:g}-{high:g}," in page
