"""The cohort page's links: to each person's own report, never over one, never a scheme."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import PROFILES, Run


def _team(folder: Path, names: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(PROFILES / "student.yaml", folder / f"{name}.yaml")
    return folder


def _links(page: Path) -> list[str]:
    """Every link target (href) on an HTML page, as written."""
    return re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8"))


def _batch(run: Run, team: Path, output: Path, reports: Path) -> None:
    args = ["batch", team, "-f", "html", "-o", output, "--report-dir", reports, "-j", "1"]
    result = run(*args, "--as-of", "2026-12-01")
    assert result.exit_code == 0, result.stderr


def test_a_profile_named_index_keeps_its_report_beside_the_cohort_page(
    tmp_path: Path, run: Run
) -> None:
    """index.yaml's report takes another name than the cohort page's index.html, and is linked."""
    team = _team(tmp_path / "team", ("ana", "index"))
    out = tmp_path / "out"
    out.mkdir()
    _batch(run, team, out / "index.html", out)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="report"' in page  # the cohort page, not a report
    assert sorted(p.name for p in out.iterdir()) == ["ana.html", "index-2.html", "index.html"]
    assert _links(out / "index.html") == ["./ana.html", "./index-2.html"]
    assert "Student" in (out / "index-2.html").read_text(encoding="utf-8")
    _batch(run, team, out / "index.html", out)  # a second run: the same names, no new ones
    assert sorted(p.name for p in out.iterdir()) == ["ana.html", "index-2.html", "index.html"]


@pytest.mark.parametrize(
    "folder",
    ["javascript:alert(document.domain)", "reports:2026", "data:text", "JavaScript:x", "a b#c?d"],
)
def test_a_report_folder_named_like_a_scheme_gives_relative_links(
    tmp_path: Path, run: Run, folder: str
) -> None:
    """A --report-dir such as out/javascript:… gives ./-links to the reports, never a scheme."""
    team = _team(tmp_path / "team", ("ana",))
    out = tmp_path / "out"
    (out / folder).mkdir(parents=True)
    _batch(run, team, out / "cohort.html", out / folder)
    links = _links(out / "cohort.html")
    assert len(links) == 1
    assert links[0].startswith("./")
    assert (out / unquote(links[0])).is_file()  # it leads to the report
    assert not set(":# ") & set(links[0])
