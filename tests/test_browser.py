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
    assert hrefs == [f"./reports/{name}" for name in reports]  # ./ first: never a scheme
    assert heat_maps >= 2  # one per role
    assert roles == len(reports) * heat_maps  # every person against every role
    assert landed.startswith((out / "reports").as_uri())
    assert "→" in heading


PAGES: dict[str, list[str]] = {
    "assess": ["assess", "profiles/newcomer.yaml"],
    "plan": ["plan", "profiles/student.yaml"],
    "match": ["match", "profiles/student.yaml"],
    "compare": ["compare", "profiles/newcomer.yaml", "profiles/student.yaml", "-r", "ml-engineer"],
    "role": ["roles", "show", "mlops-engineer"],
    "cohort": ["batch", "profiles", "--jobs", "1"],
}


@pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
def test_pages_fit_phone_and_desktop_widths(
    width: int, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 390 px and 1280 px no page scrolls sideways; badges stay on one line."""
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.chdir(ROOT)
    files = {}
    for name, args in PAGES.items():
        files[name] = tmp_path / f"{name}.html"
        dated = [] if name == "role" else ["--start-date", "2026-12-01"]
        result = run(*args, *dated, "-f", "html", "-o", files[name])
        assert result.exit_code == 0, result.stderr
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        for name, file in files.items():
            page.goto(file.as_uri())
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{name} is {scroll} px wide at {width} px"
            badges = page.evaluate(
                "[...document.querySelectorAll('.badge')].map(b => b.getClientRects().length)"
            )
            assert all(lines == 1 for lines in badges), f"{name}: a badge wraps"
        browser.close()


def test_links_legend_and_target_date(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resource URLs are http(s) links, the legend matches the chart, the target date is drawn."""
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.chdir(ROOT)
    page_file = tmp_path / "report.html"
    result = run("assess", "profiles/student.yaml", "--start-date", "2026-12-01", "-o", page_file)
    assert result.exit_code == 0, result.stderr
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(page_file.as_uri())
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        resources = page.locator(".why", has_text="→ ").count()
        caption = page.locator("#skills-chart figcaption").inner_text()
        labels = page.eval_on_selector_all(
            "#skills-chart text tspan", "spans => spans.map(s => s.textContent)"
        )
        target = page.locator("line.target-date").count()
        browser.close()
    assert resources > 0
    assert len(hrefs) >= 5
    assert all(h.startswith(("https://", "http://")) for h in hrefs)
    assert "red" not in caption  # missing skills have no bar to be red
    assert "Hyperparameter tuning and validation" in " ".join(labels)
    assert not any(label.endswith("…") for label in labels)
    assert target == 1
