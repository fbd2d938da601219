"""A review a mentor can finish: few prompts, resumable, and kept through profile edits."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from conftest import Run
from skillgap import api
from skillgap.authoring import reviews
from skillgap.catalog.index import CatalogIndex
from skillgap.inputs.loader import parse, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.common import level_from_text
from skillgap.models.profile import Profile
from skillgap.scoring.evidence import claim_fingerprints

AS_OF = "2026-12-01"
CLAIMS = (
    "python: 4\n  sql: 3\n  pytorch: 3\n  docker: 2\n  git: 4\n  pandas: 3\n  numpy: 3\n"
    "  scikit-learn: 3\n  linux: 2\n  statistics: 2\n  excel: 4\n"
)
MENTEE = f"name: Mia Mentee\ntarget_role: ml-engineer\nskills:\n  {CLAIMS}"


def _walk(
    catalog: CatalogIndex, text: str, answers: list[str], *, everything: bool = False
) -> tuple[reviews.Progress, list[str]]:
    """Drive the questionnaire with scripted answers; every question asked is recorded."""
    doc = parse(text, "mia.yaml")
    profile = validate(doc, Profile)
    judged = api.judge_profile(profile, catalog, document=doc, as_of=dt.date(2026, 12, 1))
    asked: list[str] = []
    left = list(answers)

    def ask(question: str, default: str) -> str:
        asked.append(question)
        return left.pop(0) if left else default

    state = reviews.walk(
        catalog,
        "ml-engineer",
        judged,
        reviews.ReviewAnswers(),
        ask,
        lambda _: None,
        level_from_text,
        claims=claim_fingerprints(profile, catalog),
        everything=everything,
    )
    return state, asked


def test_eleven_claims_take_under_forty_prompts(catalog: CatalogIndex) -> None:
    """A mentee claiming 11 skills is reviewed in under 40 prompts (was 2 per role skill)."""
    state, asked = _walk(catalog, MENTEE, ["y", "3 rusty on packaging"])
    assert len(asked) + 1 < 40  # +1: the reviewer's name, asked by the command
    assert len(asked) == 11 + 2  # each claim, the unclaimed skills at once, the overall comment
    assert state.skills["python"].level == 4  # the most important claim comes first
    assert state.skills["statistics"].level == 3  # then the other essential ones
    assert state.skills["statistics"].comment == "rusty on packaging"
    assert list(state.skills)[-1] == "excel"  # what the role does not ask for comes last
    assert state.finished
    _, asked_all = _walk(catalog, MENTEE, [], everything=True)
    assert len(asked_all) == 67 + 1  # --all: each of the role's 66 skills and Excel, one by one


def test_skip_stops_and_leaves_the_rest_for_later(catalog: CatalogIndex) -> None:
    """'skip' ends the skill questions; the review is saved as not finished."""
    state, asked = _walk(catalog, MENTEE, ["y", "skip"])
    assert len(asked) == 2
    assert list(state.skills) == ["python"]
    assert not state.finished


def _review(run: Run, profile: Path, answers: str, *extra: str) -> str:
    result = run(
        "review", str(profile), "--reviewer", "Dr M", "--as-of", AS_OF, *extra, input=answers
    )
    return f"{result.exit_code}\n{result.stderr}"


def test_prompts_show_target_and_importance(tmp_path: Path, run: Run) -> None:
    """Each skill's prompt says what the role asks of it: the target level and importance."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    out = _review(run, mia, "\n" * 20)
    assert out.startswith("0\n"), out
    assert "Python: claimed 4 (advanced) — role: target 4 (advanced), essential" in out
    assert "Excel and spreadsheets: claimed 4 (advanced) — role: not required" in out
    assert "Not claimed, though the role needs them:" in out
    assert out.count("Level you confirm") == 11


def test_an_interrupted_review_is_continued(tmp_path: Path, run: Run) -> None:
    """With --keep-answers each answer is saved; running again asks only what is left."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    first = _review(run, mia, "y\n3\n", "--keep-answers")
    assert first.startswith("2\n"), first
    assert "run the same command again to continue" in first
    saved = api.load_review(mia.with_suffix(".review.yaml")).review
    assert not saved.finished
    assert {k: v.level for k, v in saved.skills.items()} == {"python": 4, "statistics": 3}
    second = _review(run, mia, "\n" * 20)
    assert second.startswith("0\n"), second
    assert second.count("Level you confirm") == 9
    done = api.load_review(mia.with_suffix(".review.yaml")).review
    assert done.finished
    assert done.skills["statistics"].level == 3


def test_without_keep_answers_an_early_end_writes_nothing(tmp_path: Path, run: Run) -> None:
    """Ending early without --keep-answers says so and writes no file."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    out = _review(run, mia, "y\n")
    assert out.startswith("2\n")
    assert "nothing was written" in out
    assert "--keep-answers" in out
    assert not mia.with_suffix(".review.yaml").exists()


def test_a_one_line_edit_keeps_the_review(tmp_path: Path, run: Run) -> None:
    """Editing one claim re-opens that answer only; the others still apply, with a warning."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    out = _review(run, mia, "3\n" * 11 + "\n\n")
    assert out.startswith("0\n"), out
    review = mia.with_suffix(".review.yaml")
    mia.write_text(MENTEE.replace("sql: 3", "sql: 4"), encoding="utf-8")
    result = run(
        "assess", str(mia), "--review", str(review), "--as-of", AS_OF, "-f", "json", "--no-plan"
    )
    assert result.exit_code == 0, result.stderr

    data = json.loads(result.stdout)
    rows = {r["id"]: r for r in data["requirements"]}
    assert rows["python"]["confidence"] == "verified"
    assert rows["python"]["current_level"] == 3
    assert rows["sql"]["confidence"] != "verified"
    assert rows["sql"]["current_level"] == 4
    [warning] = [w for w in data["warnings"] if w["code"] == "review-reopened"]
    assert "1 answer(s) no longer apply" in warning["message"]
    assert "sql" in warning["message"]
    again = _review(run, mia, "2\n")
    assert again.startswith("0\n"), again
    assert "asking again about 1 claim(s): SQL" in again
    assert again.count("Level you confirm") == 1
    assert api.load_review(review).review.skills["sql"].level == 2


def test_an_old_review_without_fingerprints_is_still_read(tmp_path: Path, run: Run) -> None:
    """A review written before fingerprints applies by the file's hash, as it always did."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    digest = sha256_hex(MENTEE.encode())
    old = tmp_path / "old.review.yaml"
    old.write_text(
        f"reviewer: M\ndate: 2026-11-01\nprofile_sha256: {digest}\n"
        "skills:\n  python: {level: 2}\n",
        encoding="utf-8",
    )
    ok = run("assess", str(mia), "--review", str(old), "--as-of", AS_OF, "--no-plan")
    assert ok.exit_code == 0, ok.stderr
    mia.write_text(MENTEE + "notes: edited\n", encoding="utf-8")
    refused = run("assess", str(mia), "--review", str(old), "--as-of", AS_OF, "--no-plan")
    assert refused.exit_code == 3
    assert "this review is of another profile" in refused.stderr


def test_batch_applies_the_review_beside_each_profile(tmp_path: Path, run: Run) -> None:
    """Batch counts NAME.review.yaml's levels, as assess --review does; --review-dir too."""
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    mia = cohort / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    plain = json.loads(run("batch", str(cohort), "--as-of", AS_OF).stdout)
    made = run("review", str(mia), "--reviewer", "M", "--no-input", "--level", "python=1")
    assert made.exit_code == 0, made.stderr
    reviewed = run("assess", str(mia), "--review", str(mia.with_suffix(".review.yaml")))
    assert reviewed.exit_code == 0, reviewed.stderr
    expected = json.loads(
        run(
            "assess",
            str(mia),
            "--review",
            str(mia.with_suffix(".review.yaml")),
            "--as-of",
            AS_OF,
            "-f",
            "json",
            "--no-plan",
        ).stdout
    )["score"]
    record = json.loads(run("batch", str(cohort), "--as-of", AS_OF).stdout)
    assert record["results"][0]["score"] == expected < plain["results"][0]["score"]
    assert "a mentor's review applies: 1 level(s) verified" in record["warnings"]
    elsewhere = tmp_path / "reviews"
    elsewhere.mkdir()
    mia.with_suffix(".review.yaml").rename(elsewhere / "mia.review.yaml")
    assert json.loads(run("batch", str(cohort), "--as-of", AS_OF).stdout) == plain
    moved = run("batch", str(cohort), "--as-of", AS_OF, "--review-dir", str(elsewhere))
    assert json.loads(moved.stdout)["results"][0]["score"] == expected
    table = run(
        "batch", str(cohort), "--as-of", AS_OF, "--review-dir", str(elsewhere), "-f", "html"
    )
    assert table.exit_code == 0, table.stderr


def test_compare_tells_the_review_apart_from_progress(tmp_path: Path, run: Run) -> None:
    """A profile compared with itself under --review: review changes, not steps completed."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    made = run(
        "review", str(mia), "--reviewer", "M", "--no-input", "--level", "statistics=3",
        "--level", "python=3",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    review = str(mia.with_suffix(".review.yaml"))
    out = run("compare", str(mia), str(mia), "--review", review, "--as-of", AS_OF, "-f", "json")
    assert out.exit_code == 0, out.stderr
    cmp = json.loads(out.stdout)
    assert cmp["steps_completed"] == []
    assert any("Statistics" in s for s in cmp["steps_met_by_review"])
    assert cmp["level_changes"] == []
    assert any(line.startswith("Python: claimed 4, reviewed 3") for line in cmp["review_changes"])
    grown = tmp_path / "later.yaml"
    grown.write_text(MENTEE.replace("statistics: 2", "statistics: 3"), encoding="utf-8")
    later = json.loads(run("compare", str(mia), str(grown), "--as-of", AS_OF, "-f", "json").stdout)
    assert any("Statistics" in s for s in later["steps_completed"])
    text = run("compare", str(mia), str(mia), "--review", review, "--as-of", AS_OF).stdout
    assert "Plan steps met by the review" in text


def test_verify_of_an_unknown_skill_names_it_as_typed(tmp_path: Path, run: Run) -> None:
    """--verify pyhton says 'pyhton' and suggests Python, with no internal 'pyhton=y' form."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    result = run("review", str(mia), "--reviewer", "M", "--no-input", "--verify", "pyhton")
    assert result.exit_code == 2
    assert "skillgap: error: --verify 'pyhton': unknown skill" in result.stderr
    assert "did you mean 'Python'?" in result.stderr
    assert "=y" not in result.stderr


def test_a_finished_review_of_an_unchanged_profile_asks_nothing(tmp_path: Path, run: Run) -> None:
    """Running review again on a finished review says there is nothing to ask, file untouched."""
    mia = tmp_path / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    assert _review(run, mia, "\n" * 20).startswith("0\n")
    review = mia.with_suffix(".review.yaml")
    before = review.read_bytes()
    again = _review(run, mia, "")
    assert again.startswith("0\n"), again
    assert "nothing to ask" in again
    assert review.read_bytes() == before


def test_every_cohort_page_shows_the_reviewed_levels_and_says_whose(
    tmp_path: Path, run: Run
) -> None:
    """Heat map, people table, summary and each --report-dir page: reviewed levels, named."""
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    mia = cohort / "mia.yaml"
    mia.write_text(MENTEE, encoding="utf-8")
    (cohort / "ola.yaml").write_text(MENTEE.replace("Mia Mentee", "Ola Other"), encoding="utf-8")
    made = run(
        "review", str(mia), "--reviewer", "Rita Reviewer", "--no-input", "--level", "python=1",
        "--as-of", AS_OF,
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    reviewed = json.loads(
        run(
            "assess",
            str(mia),
            "--review",
            str(mia.with_suffix(".review.yaml")),
            "--as-of",
            AS_OF,
            "-f",
            "json",
            "--no-plan",
        ).stdout
    )
    page, reports = tmp_path / "cohort.html", tmp_path / "reports"
    result = run(
        "batch", str(cohort), "--as-of", AS_OF, "-f", "html", "-o", str(page),
        "--report-dir", str(reports), "-j", "1",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "1 profile(s) reviewed by a mentor" in html
    assert 'Mia Mentee<br><span class="why reviewed">reviewed by Rita Reviewer on 2026-12-01' in (
        html
    )
    rows = re.findall(r'<tr><td class="who">(.*?)</td>', html)  # each heat-map table's rows
    assert rows
    assert all(("✓ reviewed" in row) == row.startswith("Mia Mentee") for row in rows)
    mia_row = html[html.index('title="reviewed by Rita Reviewer') :].split("</tr>")[0]
    python = next(r for r in reviewed["requirements"] if r.get("skills") == ["python"])
    assert f'title="Python: 1 of {python["target_level"]}">1</td>' in mia_row  # as reviewed
    mia_page = (reports / "mia.html").read_text(encoding="utf-8")
    assert "Reviewed by Rita Reviewer on 2026-12-01." in mia_page
    assert f"{reviewed['score']:.1f}" in mia_page
    assert "Reviewed by" not in (reports / "ola.html").read_text(encoding="utf-8")
    for fmt in ("markdown", "table"):
        summary = run("batch", str(cohort), "--as-of", AS_OF, "-f", fmt)
        assert "1 profile(s) reviewed by a mentor" in summary.stdout
    redacted = run("batch", str(cohort), "--as-of", AS_OF, "-f", "html", "--redact")
    assert "Rita" not in redacted.stdout
    assert "reviewed by the reviewer on 2026-12-01" in redacted.stdout
