"""--help as a newcomer reads it, shell completion, and errors in skillgap's own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import Run, doc_page, documentation
from skillgap.cli import app

COMMANDS = [
    [],
    ["assess"],
    ["plan"],
    ["match"],
    ["compare"],
    ["validate"],
    ["roles"],
    ["roles", "show"],
    ["batch"],
    ["init"],
    ["import"],
    ["schema"],
    ["review"],
    ["skills"],
]


def plain(text: str) -> str:
    """Help or error text without rich's box drawing, on one line."""
    return " ".join(re.sub("[│╭╮╰╯─]", " ", text).split())


def helped(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return plain(result.stdout)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "skillgap")
def test_help_shows_no_bool_metavar(command: list[str]) -> None:
    """Flags like --force and --help show no '<bool>' type."""
    text = helped(*command)
    assert "<bool>" not in text
    assert "--help" in text


def test_shell_completion_is_offered_and_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """--install-completion and --show-completion exist and print a completion script.

    Typer finds the shell from the processes above the test (shellingham): under a runner
    started from ``sh`` it finds none it supports and exits 1. The shell is given here, so
    the test asks only what skillgap offers, wherever it runs.
    """
    import typer.completion

    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    assert "--install-completion" in helped()
    result = CliRunner().invoke(app, ["--show-completion"])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "_SKILLGAP_COMPLETE" in result.stdout


def test_schema_help_lists_its_choices() -> None:
    """`schema --help` names every kind, whole, at 100 columns (the usage line says KIND)."""
    text = helped("schema")
    assert "schema [OPTIONS] {KIND}" in text
    assert "Which schema: profile, catalog, result, review, batch, cohort, extract." in text


def test_init_and_import_help_say_what_they_do() -> None:
    """Help texts are right for init and import, not copied from assess."""
    init = helped("init")
    assert "default: the profile's target_role" not in init
    assert "Enter = 10" in init
    assert "--keep-answers" in init
    imported = helped("import")
    assert "Write the profile here" in imported
    assert "Write the report here" not in imported


def test_too_many_skills_is_said_plainly(run: Run, tmp_path: Path) -> None:
    """A profile with 1001 skills says so in plain words, not pydantic's."""
    path = tmp_path / "p.yaml"
    path.write_text(
        "name: Many\nskills:\n" + "".join(f"  s{i}: 1\n" for i in range(1001)), encoding="utf-8"
    )
    result = run("validate", path)
    assert result.exit_code == 3
    assert "skills: has 1001 items; at most 1000 are allowed" in result.stdout
    assert "Dictionary should" not in result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "skillgap")
def test_docs_name_every_option(command: list[str]) -> None:
    """Every option a command's --help lists is documented in README.md or docs/."""
    docs = documentation()
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", helped(*command)))
    missing = {o for o in options if not re.search(re.escape(o) + r"(?![a-z-])", docs)}
    assert not missing, f"{' '.join(command)}: {sorted(missing)} not in README.md or docs/"


@pytest.mark.parametrize("command", ["validate", "review"])
def test_help_names_no_option_the_command_lacks(command: str) -> None:
    """Validate and review help points at no --start-date: they take --as-of alone."""
    assert "--start-date" not in helped(command)


def test_docs_and_help_agree_on_init_hours() -> None:
    """The hours range of init reads the same in the docs, in the help and in the check itself."""
    from skillgap.models.common import HOURS_PER_WEEK_RANGE

    low, high = HOURS_PER_WEEK_RANGE
    page = doc_page("profiles.md")
    assert f"your hours a week ({low:g}-{high:g}," in page
    assert f"{low:g}-{high:g}" in helped("assess")
    assert f"{low:g}-{high:g}" in helped("init")
    result = CliRunner().invoke(app, ["init", "--no-input", "--hours-per-week", "0.5", "x.yaml"])
    assert result.exit_code == 2
