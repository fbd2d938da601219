"""The documentation: a short README.md as front door, docs/ for the rest, links that resolve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import DOCS, ROOT

README = ROOT / "README.md"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
#: The front door's budget: what it is, the two commands, a tour, the exit codes, a map.
README_MAX_BYTES = 20_000
#: The two commands, exactly as .ci/run runs them (less its --quiet) and as people copy them.
INSTALL_AND_ASSESS = "python -m pip install . && skillgap assess profiles/student.yaml"
INSTALL_AND_TEST = "python -m pip install '.[test]' && python -m pytest"
VENV = "python3 -m venv .venv && . .venv/bin/activate"

FENCE = re.compile(r"^```.*?^```[^\n]*$", re.S | re.M)
CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    """Every anchor a page has: one per heading, repeats numbered as GitHub numbers them."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        slug = _slug(heading)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def _links(path: Path) -> list[str]:
    """The link targets of a page, outside code blocks and code spans."""
    text = CODE_SPAN.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))
    return LINK.findall(text)


def test_the_readme_is_a_short_front_door() -> None:
    """README.md stays within 20 KB: the rest lives in docs/."""
    size = len(README.read_bytes())
    assert size <= README_MAX_BYTES, f"README.md is {size} bytes; move detail to docs/"


def test_the_readme_gives_the_venv_first_then_the_two_commands() -> None:
    """The venv advice comes before the two commands, which are there byte for byte."""
    text = README.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert INSTALL_AND_ASSESS in lines
    assert INSTALL_AND_TEST in lines
    assert VENV in text
    assert text.index(VENV) < text.index(INSTALL_AND_ASSESS) < text.index(INSTALL_AND_TEST)
    assert "PEP 668" in text[: text.index(INSTALL_AND_ASSESS)]


def test_ci_runs_the_two_commands_the_readme_gives() -> None:
    """.ci/run runs the README's two commands (quietly): what a newcomer types is what CI runs."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace(" --quiet", "")
    assert INSTALL_AND_ASSESS in ci.splitlines()
    assert INSTALL_AND_TEST in ci.splitlines()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(page: Path) -> None:
    """Each relative link points to a file that exists and, with a #, to one of its headings."""
    broken = []
    for target in _links(page):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto: ...: not ours to check
            continue
        file_part, _, anchor = target.partition("#")
        linked = (page.parent / file_part).resolve() if file_part else page
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(f"{target}: no heading with that anchor in {linked.name}")
    assert broken == []


def test_the_readme_maps_every_docs_page() -> None:
    """Every page of docs/ is linked from the README, so none is out of reach."""
    linked = {target.partition("#")[0] for target in _links(README)}
    assert DOCS.is_dir()
    pages = {f"docs/{page.name}" for page in DOCS.glob("*.md")}
    assert pages, "docs/ has no page"
    assert pages - linked == set()


def test_the_readme_pictures_are_small() -> None:
    """Each picture the README shows exists, under docs/images/, and stays under 300 KB."""
    pictures = [t for t in _links(README) if t.startswith("docs/images/")]
    assert len(pictures) >= 2
    for picture in pictures:
        assert (ROOT / picture).stat().st_size < 300_000, picture


def test_the_exit_codes_and_the_attributions_are_in_the_front_door() -> None:
    """The exit codes (a contract) and the data's attributions are on the README itself."""
    text = README.read_text(encoding="utf-8")
    table = text.split("\n## Exit codes\n", 1)[1].split("\n## ", 1)[0]
    for code in ("0", "1", "2", "3", "4", "70", "141"):
        assert f"\n| {code} |" in table, code
    assert "SkillSpan" in text
    assert "O\\*NET 29.3 Database" in text
    assert "CC BY 4.0" in text
    assert "(LICENSE)" in text


def test_the_slug_matches_githubs_for_the_headings_used() -> None:
    """Anchors are computed as GitHub computes them, punctuation and code included."""
    assert _slug("Sharing without personal data: `--redact`") == (
        "sharing-without-personal-data---redact"
    )
    assert _slug("Evidence, recency and the mentor's review") == (
        "evidence-recency-and-the-mentors-review"
    )
    assert _slug("Levels: junior, mid and senior") == "levels-junior-mid-and-senior"
