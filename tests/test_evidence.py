"""Evidence, recency and the mentor's review: levels a mentor can trust."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.profile import Profile
from skillgap.scoring.evidence import counted_levels, judge
from skillgap.scoring.levels import faded, full_years
from skillgap.scoring.standing import resolve

AS_OF = "2026-12-01"
ANA = """\
name: Ana Example
target_role: ml-engineer
notes: "Moving into MLOps <b>soon</b> & fast"
skills:
  python: {level: 4, last_used: 2019-06, note: "mostly scripting"}
  sql: {level: 3, last_used: 2026-10}
  pytorch: {level: 3, evidence: ["https://example.org/ana/repo"]}
experience:
  - {kind: project, title: "Churn model", skills: [sql], end: 2025-05}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def as_json(run: Run, *args: str | Path) -> dict[str, Any]:
    result = run(*map(str, args), "-f", "json", "--as-of", AS_OF, "--no-plan")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def row(data: dict[str, Any], req_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["requirements"] if r["id"] == req_id)
    return found


def test_recency_rule() -> None:
    """One level lower per N full years unused, never below 1; level 0 stays 0."""
    assert full_years(dt.date(2019, 6, 1), dt.date(2026, 5, 31)) == 6
    assert full_years(dt.date(2019, 6, 1), dt.date(2026, 6, 1)) == 7
    assert faded(4, 7, 3) == 2
    assert faded(4, 2, 3) == 4
    assert faded(2, 40, 1) == 1
    assert faded(0, 40, 1) == 0


def test_stale_skill_scores_lower_than_current_and_says_why(tmp_path: Path, run: Run) -> None:
    """The same level last used years ago scores lower than a current one, and the line says why."""
    stale = write(
        tmp_path, "stale.yaml", "name: A\nskills:\n  python: {level: 4, last_used: 2019-06}\n"
    )
    fresh = write(
        tmp_path, "fresh.yaml", "name: A\nskills:\n  python: {level: 4, last_used: 2026-06}\n"
    )
    old, new = as_json(run, "assess", stale), as_json(run, "assess", fresh)
    assert old["score"] < new["score"]
    assert row(old, "python")["current_level"] == 2
    assert row(old, "python")["claimed_level"] == 4
    assert row(old, "python")["level_explanation"] == "Python 4, last used 2019-06: counted as 2"
    assert row(new, "python")["current_level"] == 4
    text = run("assess", str(stale), "--as-of", AS_OF, "--no-plan").stdout
    assert "Python 4, last used 2019-06: counted as 2" in text


def test_catalog_sets_the_fade_per_category(
    tmp_path: Path, run: Run, catalog: CatalogIndex
) -> None:
    """A catalog recency rule for the skill's category changes how fast it fades."""
    profile = Profile.model_validate(
        {"name": "A", "skills": {"python": {"level": 4, "last_used": "2023-11"}}}
    )
    standing, _ = resolve(profile, catalog, as_of=dt.date.fromisoformat(AS_OF))
    day = dt.date.fromisoformat(AS_OF)
    assert judge(profile, standing, catalog, day).skills["python"].counted == 3  # 3 years, N=3
    category = catalog.skills["python"].category
    data = catalog.catalog.model_dump()
    data["recency"] = [{"category": category, "fade_years": 1}]
    from skillgap.models.catalog import Catalog

    fast = CatalogIndex(Catalog.model_validate(data))
    assert judge(profile, standing, fast, day).skills["python"].counted == 1


def test_claimed_and_evidenced_scores_both_appear(tmp_path: Path, run: Run) -> None:
    """Both scores are in the JSON and the reports; --trust evidenced makes it the headline."""
    ana = write(tmp_path, "ana.yaml", ANA)
    data = as_json(run, "assess", ana)
    assert data["trust"] == "claimed"
    assert data["score"] == data["claimed_score"] > data["evidenced_score"]
    assert row(data, "python")["confidence"] == "self"
    assert row(data, "sql")["confidence"] == "evidenced"
    assert row(data, "sql")["evidence"] == ["project: Churn model"]
    assert row(data, "dl-framework")["evidence"] == ["https://example.org/ana/repo"]
    trusted = as_json(run, "assess", ana, "--trust", "evidenced")
    assert trusted["score"] == data["evidenced_score"]
    assert trusted["claimed_score"] == data["claimed_score"]
    for fmt in ("terminal", "markdown", "html"):
        shown = run("assess", str(ana), "-f", fmt, "--as-of", AS_OF, "--details").stdout
        out = " ".join(shown.split())
        assert f"evidenced score {data['evidenced_score']:.1f}" in out, fmt
        assert "evidenced" in out
        assert "self-rated" in out


def test_old_work_is_not_evidence(tmp_path: Path, run: Run) -> None:
    """Work that ended longer ago than the catalog's window does not evidence a skill."""
    text = ANA.replace("end: 2025-05", "end: 2020-05")
    data = as_json(run, "assess", write(tmp_path, "ana.yaml", text))
    assert row(data, "sql")["confidence"] == "self"


def test_certificate_the_catalog_links_is_evidence(
    tmp_path: Path, run: Run, catalog: CatalogIndex
) -> None:
    """A certification the catalog links to a skill evidences it while valid."""
    cert = next(c for c in catalog.catalog.certifications if c.skills)
    skill = cert.skills[0]
    profile = Profile.model_validate(
        {
            "name": "A",
            "skills": {skill: 3},
            "certifications": [{"name": cert.name, "earned": "2026-01-10"}],
        }
    )
    standing, _ = resolve(profile, catalog, as_of=dt.date.fromisoformat(AS_OF))
    judged = judge(profile, standing, catalog, dt.date.fromisoformat(AS_OF))
    assert judged.skills[skill].confidence == "evidenced"
    assert judged.skills[skill].evidence == (f"certification: {cert.name}",)
    expired = profile.model_copy(
        update={
            "certifications": [
                profile.certifications[0].model_copy(update={"expires": dt.date(2026, 6, 1)})
            ]
        }
    )
    assert (
        judge(expired, standing, catalog, dt.date.fromisoformat(AS_OF)).skills[skill].confidence
        == "self"
    )


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("name: A\nskills:\n  python: {level: 4, last_used: 2027-01}\n", "3:33"),
        ("name: A\ncertifications:\n  - {name: X, earned: 2027-02-01}\n", "3:23"),
        ("name: A\nexperience:\n  - {kind: job, title: T, end: 2027-03}\n", "3:32"),
    ],
)
def test_future_dates_are_errors_with_their_position(
    text: str, position: str, tmp_path: Path, run: Run
) -> None:
    """A date after --as-of is exit 3 with file:line:col, not a silent pass."""
    path = write(tmp_path, "p.yaml", text)
    result = run("assess", str(path), "--as-of", AS_OF)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{path}:{position}: error: ")
    assert "after 2026-12-01" in result.stderr
    batch = run("batch", str(path), "--as-of", AS_OF)
    assert batch.exit_code == 3
    assert json.loads(batch.stdout)["error"]["line"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "name: A\nskills:\n  python: {level: 4, last_used: 2026-12}\n",
        "name: A\ncertifications:\n  - {name: X, earned: 2026-12-01}\n",
        "name: A\nexperience:\n  - {kind: job, title: T, months: 3, end: 2026-12}\n",
    ],
    ids=["last_used", "earned", "end"],
)
def test_a_date_on_the_assessment_day_is_not_in_the_future(
    text: str, tmp_path: Path, run: Run
) -> None:
    """The boundary of the rule above: the as-of day (or its month) itself is allowed."""
    path = write(tmp_path, "p.yaml", text)
    assert run("assess", str(path), "--as-of", AS_OF, "--no-plan").exit_code == 0
    assert run("batch", str(path), "--as-of", AS_OF).exit_code == 0


def test_batch_counts_stale_levels_as_assess_does(tmp_path: Path, run: Run) -> None:
    """Batch scores equal assess scores with recency applied."""
    ana = write(tmp_path, "ana.yaml", ANA)
    record = json.loads(run("batch", str(ana), "--as-of", AS_OF).stdout)
    assert record["results"][0]["score"] == as_json(run, "assess", ana)["score"]


def review_of(run: Run, profile: Path, *extra: str) -> Path:
    result = run(
        "review",
        str(profile),
        "--reviewer",
        "Dr Mentor Person",
        "--level",
        "python=3",
        "--comment",
        "python=Solid, but rusty on packaging",
        "--verify",
        "sql",
        "--overall",
        "Keep going: ship the MLOps project",
        "--no-input",
        "--as-of",
        AS_OF,
        *extra,
    )
    assert result.exit_code == 0, result.stderr
    return profile.with_suffix(".review.yaml")


def test_review_file_is_written_beside_the_profile_and_never_changes_it(
    tmp_path: Path, run: Run
) -> None:
    """Review writes PROFILE.review.yaml with the hash, date and answers; the profile stays."""
    ana = write(tmp_path, "ana.yaml", ANA)
    before = ana.read_bytes()
    path = review_of(run, ana)
    assert ana.read_bytes() == before
    review = api.load_review(path).review
    assert review.reviewer == "Dr Mentor Person"
    assert review.date == dt.date(2026, 12, 1)
    assert review.skills["python"].level == 3
    assert review.skills["sql"].level == 3
    again = run("review", str(ana), "--reviewer", "X", "--no-input", "--level", "sql=2")
    assert again.exit_code == 0, again.stderr  # an existing review of the profile: continued
    continued = api.load_review(path).review
    assert (continued.skills["python"].level, continued.skills["sql"].level) == (3, 2)
    path.write_text("not: a review\n", encoding="utf-8")
    refused = run("review", str(ana), "--reviewer", "X", "--no-input")
    assert refused.exit_code == 2
    assert "already exists and is not a review" in refused.stderr
    over = run("review", str(ana), "--reviewer", "X", "--no-input", "-o", str(ana))
    assert over.exit_code == 2
    assert ana.read_bytes() == before


def test_review_asks_like_init(tmp_path: Path, run: Run) -> None:
    """Without --no-input, review asks about each claim: a level, then any comment, on one line."""
    ana = write(tmp_path, "ana.yaml", ANA)
    answers = "y checked the repo\n" + "\n" * 200
    result = run("review", str(ana), "--reviewer", "M", "--as-of", AS_OF, input=answers)
    assert result.exit_code == 0, result.stderr
    assert "Python: claimed 4 (advanced) — role: target 4 (advanced), essential" in result.stderr
    review = api.load_review(ana.with_suffix(".review.yaml")).review
    assert review.skills["python"].level == 4
    assert review.skills["python"].comment == "checked the repo"


def test_applied_review_changes_levels_and_shows_comments_everywhere(
    tmp_path: Path, run: Run
) -> None:
    """--review sets verified levels ("claimed 4, reviewed 3"); its comments reach every format.

    The terminal's default report is the summary: the full one (--details) has every comment.
    """
    ana = write(tmp_path, "ana.yaml", ANA)
    path = review_of(run, ana)
    data = as_json(run, "assess", ana, "--review", path)
    python = row(data, "python")
    assert python["current_level"] == 3
    assert python["confidence"] == "verified"
    assert python["level_explanation"] == "claimed 4, reviewed 3"
    assert python["review_comment"] == "Solid, but rusty on packaging"
    assert data["review"]["reviewer"] == "Dr Mentor Person"
    for fmt in ("terminal", "markdown", "html"):
        args = ("--review", str(path), "-f", fmt, "--as-of", AS_OF, "--details")
        raw = run("assess", str(ana), *args).stdout
        out = " ".join(raw.split())  # the terminal wraps long lines
        assert "claimed 4, reviewed 3" in out, fmt
        assert "rusty on packaging" in out, fmt
        assert "ship the MLOps project" in out, fmt
    cmp = run("compare", str(ana), str(ana), "--review", str(path), "--as-of", AS_OF, "-f", "json")
    assert cmp.exit_code == 0, cmp.stderr
    changes = json.loads(cmp.stdout)["review_changes"]
    assert "Python: claimed 4, reviewed 3 — Solid, but rusty on packaging" in changes


def test_review_of_another_profile_is_refused(tmp_path: Path, run: Run) -> None:
    """A review whose hash is not the profile's is exit 3 unless --force."""
    ana = write(tmp_path, "ana.yaml", ANA)
    path = review_of(run, ana)
    other = write(tmp_path, "bo.yaml", ANA.replace("Ana Example", "Bo Other"))
    for command in ("assess", "plan", "match"):
        refused = run(command, str(other), "--review", str(path), "--as-of", AS_OF)
        assert refused.exit_code == 3, command
        assert "this review is of another profile" in refused.stderr
        assert "Traceback" not in refused.stderr
    refused = run("compare", str(ana), str(other), "--review", str(path))
    assert refused.exit_code == 3
    forced = as_json(run, "assess", other, "--review", path, "--force")
    assert forced["review"]["forced"] is True


def test_notes_appear_escaped_in_reports(tmp_path: Path, run: Run) -> None:
    """The profile's notes and a skill's note reach the full terminal report, Markdown, HTML."""
    ana = write(tmp_path, "ana.yaml", ANA)
    term = run("assess", str(ana), "--as-of", AS_OF, "--details").stdout
    assert "Moving into MLOps <b>soon</b> & fast" in term
    assert "mostly scripting" in " ".join(term.split())  # the note may wrap in its column
    md = run("assess", str(ana), "-f", "markdown", "--as-of", AS_OF).stdout
    assert r"Moving into MLOps \<b\>soon\</b\> & fast" in md
    assert "mostly scripting" in md
    html = run("assess", str(ana), "-f", "html", "--as-of", AS_OF).stdout
    assert "Moving into MLOps &lt;b&gt;soon&lt;/b&gt; &amp; fast" in html
    assert "<b>soon</b>" not in html


def test_review_schema_is_printed(run: Run) -> None:
    """`skillgap schema review` prints the review file's JSON Schema."""
    result = run("schema", "review")
    assert result.exit_code == 0
    assert "profile_sha256" in json.loads(result.stdout)["properties"]


def test_init_writes_evidence_links(tmp_path: Path, run: Run) -> None:
    """Init --evidence SKILL=URL writes the link, and the skill assesses as evidenced."""
    path = tmp_path / "p.yaml"
    result = run(
        "init",
        str(path),
        "--name",
        "Ian",
        "--skill",
        "python=3",
        "--evidence",
        "python=https://example.org/ian/repo",
        "--no-input",
    )
    assert result.exit_code == 0, result.stderr
    assert row(as_json(run, "assess", path), "python")["confidence"] == "evidenced"
    unrated = run(
        "init", str(tmp_path / "q.yaml"), "--name", "I", "--evidence", "sql=x", "--no-input"
    )
    assert unrated.exit_code == 2
    assert "add --skill sql=LEVEL" in unrated.stderr


def test_import_writes_end_dates_and_work_skills(tmp_path: Path, run: Run) -> None:
    """Import writes when work ended and the skills a work entry lists: evidence that ages."""
    resume = tmp_path / "r.json"
    resume.write_text(
        json.dumps(
            {
                "basics": {"name": "Rae"},
                "skills": [{"name": "SQL", "level": "Advanced"}],
                "work": [
                    {
                        "name": "Acme",
                        "position": "Analyst",
                        "keywords": ["SQL"],
                        "startDate": "2023-01",
                        "endDate": "2025-06",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.yaml"
    result = run("import", str(resume), "--as-of", AS_OF, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "skills: [sql], end: 2025-06" in text
    assert row(as_json(run, "assess", out), "sql")["evidence"] == ["job: Analyst at Acme"]


def test_review_files_beside_profiles_are_not_profiles(tmp_path: Path, run: Run) -> None:
    """Batch passes over NAME.review.yaml in a folder or a glob; validate checks it as a review."""
    ana = write(tmp_path, "ana.yaml", ANA)
    review_of(run, ana)
    for target in (str(tmp_path), str(tmp_path / "*.yaml")):
        result = run("batch", target, "--as-of", AS_OF)
        assert result.exit_code == 0, result.stderr
        assert len(result.stdout.splitlines()) == 1
    checked = run("validate", str(tmp_path))
    assert checked.exit_code == 0, checked.stdout
    (tmp_path / "ana.review.yaml").write_text(
        "reviewer: M\ndate: 2026-12-01\nprofile_sha256: nothex\n", encoding="utf-8"
    )
    bad = run("validate", str(tmp_path))
    assert bad.exit_code == 3
    assert "ana.review.yaml:3:" in bad.stdout


def test_review_naming_an_unknown_skill_is_refused_with_its_position(
    tmp_path: Path, run: Run
) -> None:
    """A review's skill the catalog does not know is exit 3 at its line, not silently dropped."""
    ana = write(tmp_path, "ana.yaml", ANA)
    path = review_of(run, ana)
    text = path.read_text(encoding="utf-8").replace("  python:", "  pyhton:")
    path.write_text(text, encoding="utf-8")
    result = run("assess", str(ana), "--review", str(path), "--as-of", AS_OF)
    assert result.exit_code == 3
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("  pyhton:"))
    assert result.stderr.startswith(f"{path}:{line}:3: error: unknown skill 'pyhton'")
    assert "did you mean 'Python'?" in result.stderr


@pytest.mark.parametrize("day", ["2026-12-01", "2029-01-01", "2040-06-15"])
def test_batch_fast_path_counts_what_judge_counts(day: str, catalog: CatalogIndex) -> None:
    """Batch's one-pass recency gives judge's levels, two names for one skill included."""
    profile = Profile.model_validate(
        {
            "name": "A",
            "skills": {
                "python": {"level": 5, "last_used": "2021-03"},
                "sql": {"level": 3, "last_used": dt.date(2019, 1, 31)},
                "SQL ": {"level": 4, "last_used": "2024-02"},
                "pytorch": 3,
                "aws-sagemaker": {"level": 4, "last_used": "2025-11"},
            },
        }
    )
    when = dt.date.fromisoformat(day)
    standing, _ = resolve(profile, catalog, as_of=when)
    fast = counted_levels(profile, standing, catalog, when)
    assert fast.skills == judge(profile, standing, catalog, when).standing.skills


@pytest.mark.parametrize("order", [("sql", "PostgreSQL"), ("PostgreSQL", "sql")])
def test_review_naming_one_skill_twice_warns_and_counts_the_higher(
    order: tuple[str, str], tmp_path: Path, run: Run
) -> None:
    """Two review entries for one skill: a warning at both, and the higher level in any order."""
    import hashlib

    ana = write(tmp_path, "ana.yaml", ANA)
    entries = {"sql": "{level: 4, comment: the higher}", "PostgreSQL": "{level: 2, comment: lower}"}
    review = write(
        tmp_path,
        "ana.review.yaml",
        "reviewer: Dr Mentor\ndate: 2026-12-01\n"
        f"profile_sha256: {hashlib.sha256(ana.read_bytes()).hexdigest()}\nskills:\n"
        + "".join(f"  {name}: {entries[name]}\n" for name in order),
    )
    data = as_json(run, "assess", ana, "--review", review)
    sql = row(data, "sql")
    assert (sql["current_level"], sql["review_comment"]) == (4, "the higher")
    (warning,) = [w for w in data["warnings"] if w["file"] == str(review)]
    assert warning["code"] == "same-skill"
    assert (warning["line"], warning["column"]) == (6, 3)
    assert f"'{order[0]}' ({review}:5:3) and '{order[1]}' ({review}:6:3)" in warning["message"]
    assert "the higher level, 4 (advanced), is counted" in warning["message"]
    redacted = run("assess", str(ana), "--review", str(review), "-f", "json", "--redact")
    assert str(tmp_path) not in redacted.stdout + redacted.stderr
    assert "(<review>:5:3)" in redacted.stdout
