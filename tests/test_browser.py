"""The HTML report in a real headless browser: it loads offline, cleanly, with its chart."""

from __future__ import annotations

import re
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
        bars = page.locator("#skills-chart .track").count()
        title = page.title()
        browser.close()
    assert [c for c in console if c.startswith(("error", "pageerror"))] == []
    assert requests == [page_file.as_uri()]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "skillgap" in title
    if command == "assess":
        assert bars >= 40  # a bar per skill requirement


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
        heat_maps = page.locator("h2", has_text="Heat map").count()  # tables: one or more
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
            "#skills-chart .label", "spans => spans.map(s => s.textContent)"
        )
        target = page.locator(".target-date").count()
        browser.close()
    assert resources > 0
    outside = [h for h in hrefs if "#" not in h]  # the contents link within the page
    assert len(outside) >= 5
    assert all(h.startswith(("https://", "http://")) for h in outside)
    assert "red" not in caption  # missing skills have no bar to be red
    assert "Hyperparameter tuning and validation" in " ".join(labels)
    assert not any(label.endswith("…") for label in labels)
    assert target == 1


def _report(run: Run, tmp_path: Path, *extra: str) -> Path:
    """The student's HTML report, written to a file."""
    page_file = tmp_path / "student.html"
    args = ["assess", ROOT / "profiles" / "student.yaml", "--start-date", "2026-12-01"]
    result = run(*args, *extra, "-o", page_file)
    assert result.exit_code == 0, result.stderr
    return page_file


def test_phone_width_stacks_charts_and_tables_say_they_scroll(run: Run, tmp_path: Path) -> None:
    """At 390 px: summary first, labels above full-width bars, wide tables scroll with a hint."""
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = _report(run, tmp_path)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(page_file.as_uri())
        page.screenshot(path=str(tmp_path / "phone.png"))
        width = page.evaluate("document.documentElement.scrollWidth")
        order = page.evaluate(
            "['#blockers', '#next-steps', '#categories', '#skills-chart', '#plan']"
            ".map(s => document.querySelector(s).getBoundingClientRect().top)"
        )
        toc = page.eval_on_selector_all(
            "nav.toc a", "as => as.every(a => document.querySelector(a.getAttribute('href')))"
        )
        label, track = page.evaluate(
            """() => {
                const l = document.querySelector('#skills-chart .track').previousElementSibling;
                const t = document.querySelector('#skills-chart .track');
                return [l.getBoundingClientRect(), t.getBoundingClientRect()];
            }"""
        )
        font = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('#skills-chart .label')).fontSize)"
        )
        boxes = page.evaluate(
            """[...document.querySelectorAll('.scroll')].map(b => [
                b.scrollWidth > b.clientWidth,
                getComputedStyle(b.previousElementSibling).display !== 'none',
                getComputedStyle(b).overflowX])"""
        )
        browser.close()
    assert width <= 390
    assert order == sorted(order)
    assert toc is True
    assert label["bottom"] <= track["top"]  # stacked: the label above its bar
    assert track["width"] >= 300  # the bar takes the width, not a scaled-down drawing
    assert font >= 11
    assert boxes, "no table in a scroll box"
    assert any(overflows for overflows, _, _ in boxes)  # the plan's table is wider than a phone
    assert all(hint and overflow == "auto" for overflows, hint, overflow in boxes if overflows)


def _pdf_pages(pdf: bytes) -> list[bytes]:
    """Each page's drawing instructions, from a PDF as Chromium writes it."""
    objects = {m[1]: m[2] for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}
    pages = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page[^s]", body):
            continue
        ref = re.search(rb"/Contents\s+(\d+) 0 R", body)
        assert ref is not None
        head, stream = objects[ref[1]].split(b"stream", 1)
        data = stream.lstrip(b"\r\n").rsplit(b"endstream", 1)[0]
        pages.append(zlib.decompress(data) if b"FlateDecode" in head else data)
    return pages


#: Every kind of HTML page skillgap writes: the command, and how many A4 pages it prints.
PAGE_TYPES: dict[str, tuple[list[str], tuple[int, int]]] = {
    "assessment": (["assess", "profiles/student.yaml"], (3, 10)),
    "details": (["assess", "profiles/student.yaml", "--details"], (6, 16)),
    "plan": (["plan", "profiles/student.yaml"], (2, 8)),
    "match": (["match", "profiles/student.yaml"], (1, 2)),
    "ladder": (["match", "profiles/student.yaml", "--all-levels"], (1, 2)),
    "compare": (
        ["compare", "profiles/newcomer.yaml", "profiles/student.yaml", "-r", "ml-engineer"],
        (1, 3),
    ),
    "role": (["roles", "show", "mlops-engineer"], (3, 10)),
    "cohort": (["batch", "COHORT", "--jobs", "1", "--all-roles"], (3, 12)),
    "person": (["batch", "COHORT", "--jobs", "1", "--report-dir", "REPORTS"], (3, 8)),
}

#: Elements that stick out of the page's column, and boxes that clip what they hold without
#: saying so (a box that scrolls must show its "scroll sideways" hint).
LAYOUT_PROBLEMS = """() => {
    const body = document.body, style = getComputedStyle(body);
    const right = body.getBoundingClientRect().right - parseFloat(style.paddingRight) + 1;
    const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + (e.className && typeof e.className === 'string' ? '.' + e.className : '');
    const outside = [...document.querySelectorAll('body *')]
        .filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > right)
        .map(e => 'outside the column: ' + name(e));
    const hinted = e => e.classList.contains('scroll') && e.previousElementSibling
        && getComputedStyle(e.previousElementSibling).display !== 'none';
    const clipped = [...document.querySelectorAll('body *')].filter(e => {
        const s = getComputedStyle(e);
        return (s.overflowX !== 'visible' || s.overflowY !== 'visible')
            && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
            && !hinted(e);
    }).map(e => 'clipped: ' + name(e) + ' ' + e.scrollWidth + '>' + e.clientWidth);
    return outside.concat(clipped).slice(0, 5);
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for every page type of this module (a worker's share of them)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def _page_file(kind: str, run: Run, tmp_path: Path) -> Path:
    """The page of ``kind``, written: a cohort's has a reviewed person and report links."""
    args, _ = PAGE_TYPES[kind]
    out = tmp_path / f"{kind}.html"
    if "COHORT" in args:
        cohort = tmp_path / "cohort"
        shutil.copytree(ROOT / "profiles", cohort)
        made = run(
            "review", cohort / "student.yaml", "--no-input", "--reviewer", "Rita Reviewer",
            "--level", "python=4", "--as-of", "2026-12-01",
        )  # fmt: skip
        assert made.exit_code == 0, made.stderr
        args = [str(cohort) if a == "COHORT" else a for a in args]
        args = [str(tmp_path / "reports") if a == "REPORTS" else a for a in args]
    dated = [] if kind == "role" else ["--start-date", "2026-12-01"]
    result = run(*args, *dated, "-f", "html", "-o", out)
    assert result.exit_code == 0, result.stderr
    return tmp_path / "reports" / "student.html" if kind == "person" else out


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_every_page_type_fits_a_phone_a_desktop_and_paper(
    kind: str, browser: Any, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing sticks out or is clipped unsaid at 390 and 1280 px, nor on A4 paper.

    Printed, every page has text, nothing is wider than the paper, rows and headings are
    kept, and the page count is what the page needs.
    """
    monkeypatch.chdir(ROOT)
    page_file = _page_file(kind, run, tmp_path)
    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(page_file.as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= width, kind
        assert page.evaluate(LAYOUT_PROBLEMS) == [], f"{kind} at {width} px"
        badges = page.evaluate(
            "[...document.querySelectorAll('.badge')].map(b => b.getClientRects().length)"
        )
        assert all(lines == 1 for lines in badges), f"{kind} at {width} px: a badge wraps"
        if kind == "cohort" and width == 1280:
            heads = page.evaluate(
                "[...document.querySelectorAll('th.skill')].map(t => t.offsetHeight)"
            )
            zeros = page.evaluate(
                "[...document.querySelectorAll('table.heatmap td.num')]"
                ".filter(c => c.textContent === '0').map(c => getComputedStyle(c).backgroundColor)"
            )
            assert heads, "no heat map"
            assert max(heads) <= 120  # short names, not 370-600 px of rotated text
            assert zeros, "no gap in the heat map"
            assert "rgb(255, 255, 255)" not in zeros  # a gap is coloured, not white
        page.close()
    page = browser.new_page(viewport={"width": 703, "height": 1000})  # A4 less its margins
    page.goto(page_file.as_uri())
    pdf = page.pdf(format="A4")
    page.emulate_media(media="print")
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('body *')]"
        ".map(e => e.getBoundingClientRect().right))"
    )
    problems = page.evaluate(LAYOUT_PROBLEMS)
    kept = page.evaluate(
        """() => ['tr', 'h2', 'figure'].map(s => document.querySelector(s)).map(e => e
            ? [getComputedStyle(e).breakInside, getComputedStyle(e).breakAfter] : null)"""
    )
    page.close()
    pages = _pdf_pages(pdf)
    low, high = PAGE_TYPES[kind][1]
    assert low <= len(pages) <= high, f"{kind}: {len(pages)} pages"
    blank = [i for i, p in enumerate(pages, 1) if not re.search(rb"T[Jj]\b", p)]
    assert blank == [], f"{kind}: page(s) {blank} have no text"
    assert widest <= 703, f"{kind}: {widest} px wide on A4"
    assert problems == [], f"{kind} in print"
    tr, h2, figure = kept
    assert tr is None or tr[0] == "avoid"  # a table row is never cut across two pages
    assert h2 is None or h2[1] == "avoid"  # a heading stays with what follows it
    assert figure is None or figure[0] == "avoid"  # a chart is kept whole, with its heading
