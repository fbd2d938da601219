"""The HTML report in a real headless browser: it loads offline, cleanly, with its chart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, Run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on this machine (.ci/run installs Debian's 'chromium' package)",
)


@pytest.mark.parametrize("command", ["assess", "compare"])
def test_html_report_renders_offline_without_errors(command: str, run: Run, tmp_path: Path) -> None:
    """Headless Chromium loads the page: no console error, no request but the file, a chart."""
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / f"{command}.html"
    args = (
        ["assess", ROOT / "profiles" / "student.yaml"]
        if command == "assess"
        else [
            "compare",
            ROOT / "profiles" / "newcomer.yaml",
            ROOT / "profiles" / "student.yaml",
            "--role",
            "ml-engineer",
        ]
    )
    result = run(*args, "--format", "html", "--start-date", "2026-12-01", "-o", page_file)
    assert result.exit_code == 0, result.stderr
    console: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        shot = tmp_path / f"{command}.png"
        page.screenshot(path=str(shot), full_page=True)
        bars = page.locator("#skills-chart svg rect").count()
        title = page.title()
        browser.close()
    assert [c for c in console if c.startswith(("error", "pageerror"))] == []
    assert requests == [page_file.as_uri()]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "skillgap" in title
    if command == "assess":
        assert bars >= 2 * 20  # a filled bar and a target outline per skill requirement


def test_cohort_html_links_each_persons_report(run: Run, tmp_path: Path) -> None:
    """In the browser, the cohort page's people table links every --report-dir report.

    Run under --redact: the links must work with pseudonymous report names too.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    out = tmp_path / "out"
    out.mkdir()
    page_file = out / "cohort.html"
    extra = ["--redact", "--redact-key", "k"]
    result = run(
        "batch",
        ROOT / "profiles",
        "-f",
        "html",
        "--all-roles",
        "--as-of",
        "2026-12-01",
        "--report-dir",
        out / "reports",
        "-o",
        page_file,
        *extra,
    )
    assert result.exit_code == 0, result.stderr
    reports = sorted(p.name for p in (out / "reports").iterdir())
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(page_file.as_uri())
        links = page.locator("#people a.report")
        hrefs = sorted({links.nth(i).get_attribute("href") or "" for i in range(links.count())})
        heat_maps = page.locator("table.heatmap").count()
        roles = page.locator("#people tbody tr").count()
        links.first.click()
        page.wait_for_load_state()
        landed = page.url
        heading = page.locator("h1").inner_text()
        browser.close()
    assert hrefs == [f"reports/{name}" for name in reports]
    assert heat_maps >= 2  # one per role
    assert roles == len(reports) * heat_maps  # every person against every role
    assert landed.startswith((out / "reports").as_uri())
    assert "→" in heading
