"""Seniority: every role at junior, mid and senior, derived from the mid-level role by one rule."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PROFILES, ROOT, Run
from skillgap import api
from skillgap.assessing.views import differences
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.levels import at_level, levels_of
from skillgap.models.catalog import ExperienceRequirement, SkillRequirement, all_requirements

DAY = dt.date(2026, 12, 7)
HEAD = """\
scale:
  - {level: 0, name: none, description: x}
  - {level: 1, name: awareness, description: x}
  - {level: 2, name: novice, description: x}
  - {level: 3, name: intermediate, description: x}
  - {level: 4, name: advanced, description: x}
  - {level: 5, name: expert, description: x}
skills:
  - {id: python, name: Python, category: prog}
  - {id: mentoring, name: Mentoring, category: people}
roles:
  - id: r
    name: R
    requirements:
      skills:
        - {skill: python, level: 4, importance: essential}
      experience:
        - {id: work, kinds: [job], min_months: 24, importance: essential}
levels:
  - {level: junior, summary: j, skill_step: -1, months_factor: 0.25, source: SFIA 2-3}
  - {level: senior, summary: s, skill_step: 1, months_factor: 2.5, source: SFIA 4-5}
"""


def _skills(index: CatalogIndex, role: str) -> dict[str, int]:
    return {r.key: r.level for r in index.role(role).requirements.skills}


def test_the_shipped_catalog_describes_three_levels(catalog: CatalogIndex) -> None:
    """Every shipped role has a junior, a mid and a senior level."""
    assert levels_of(catalog) == ("junior", "mid", "senior")


def test_mid_is_the_catalog_as_written(catalog: CatalogIndex) -> None:
    """At mid level every example profile scores exactly what it scores without a level."""
    mid = at_level(catalog, "mid")
    for path in sorted(PROFILES.glob("*.yaml")):
        profile, doc = api.load_profile(path)
        for role in sorted(catalog.roles):
            plain = api.assess(profile, catalog, role, document=doc, as_of=DAY)
            levelled = api.assess(profile, mid, role, document=doc, as_of=DAY)
            assert (levelled.score, levelled.readiness) == (plain.score, plain.readiness)


def test_junior_asks_less_and_senior_more(catalog: CatalogIndex) -> None:
    """No junior target is above mid's and no senior target below it, for every role."""
    junior, senior = at_level(catalog, "junior"), at_level(catalog, "senior")
    for role in catalog.roles:
        mid = _skills(catalog, role)
        low, high = _skills(junior, role), _skills(senior, role)
        assert all(low[k] <= mid[k] for k in low if k in mid), role
        assert all(high[k] >= mid[k] for k in mid), role
        assert all(1 <= v <= 5 for v in [*low.values(), *high.values()])
    ml = catalog.role("ml-engineer")
    assert _skills(junior, "ml-engineer")["python"] == 3
    assert _skills(senior, "ml-engineer")["dl-framework"] == 4  # essential: the core stack
    assert _skills(senior, "ml-engineer")["statistics"] == 3  # a foundation: as at mid
    assert _skills(senior, "ml-engineer")["sql"] == 3  # important: neighbouring tools stay
    months = {r.key: r.min_months for r in ml.requirements.experience}["industry"]
    junior_months = {
        r.key: r.min_months for r in junior.role("ml-engineer").requirements.experience
    }
    assert (months, junior_months["industry"]) == (24, 6)


def test_a_senior_ml_engineer_is_asked_for_system_design_and_mentoring(
    catalog: CatalogIndex,
) -> None:
    """Senior asks for a year at a lead level (essential), system design and mentoring."""
    senior = {
        r.key: r
        for r in all_requirements(at_level(catalog, "senior").role("ml-engineer").requirements)
    }
    junior = {
        r.key
        for r in all_requirements(at_level(catalog, "junior").role("ml-engineer").requirements)
    }
    assert senior["system-design"].importance == "important"
    assert isinstance(senior["mentoring"], SkillRequirement)
    leading = senior["leading"]
    assert isinstance(leading, ExperienceRequirement)
    assert (leading.importance, leading.min_months, leading.relevance) == (
        "essential",
        12,
        "leading",
    )
    assert {"system-design", "mentoring", "leading"}.isdisjoint(junior)
    changed = {d.id: d for d in differences(catalog, "ml-engineer", "senior")}
    assert changed["system-design"].mid == "not asked"
    assert "sfia" in changed["dl-framework"].source.lower()
    assert "statistics" not in changed


def test_every_level_change_cites_its_source(catalog: CatalogIndex) -> None:
    """Each requirement that differs between levels says where the difference comes from."""
    for level in ("junior", "senior"):
        for role in catalog.roles:
            for diff in differences(catalog, role, level):
                assert diff.source, (role, level, diff.id)
                if diff.mid != "not asked":
                    assert f"{level} level" in diff.source, (role, level, diff.id)


def test_the_role_name_says_the_level(catalog: CatalogIndex) -> None:
    """A role at junior or senior is named so; its id stays the same."""
    role = at_level(catalog, "junior").role("mlops-engineer")
    assert (role.id, role.name) == ("mlops-engineer", "Junior MLOps Engineer")


def test_a_catalog_without_levels_has_mid_only(
    write: Callable[[str, str | bytes], Path],
) -> None:
    """A catalog of one's own with no level rules describes its roles as mid only."""
    path = write("cat.yaml", HEAD.split("levels:", maxsplit=1)[0])
    assert levels_of(api.load_catalog(path)) == ("mid",)


BAD_OVERRIDES = [
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: pyhton, level: 5, source: y}]}\n",
        "23:55",
        "'r' has no requirement 'pyhton'",
        "did you mean 'python'?",
        id="unknown-requirement",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: python, level: 6, source: y}]}\n",
        "23:70",
        "level_overrides.0.change.0.level: level 6 is outside the scale 0-5",
        None,
        id="level-above-5",
    ),
    pytest.param(
        "  - {role: rr, level: senior, source: x}\n",
        "23:12",
        "unknown role 'rr'",
        "did you mean 'r'?",
        id="unknown-role",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, exclude: [wrok]}\n",
        "23:51",
        "'r' has no requirement 'wrok'",
        "did you mean 'work'?",
        id="unknown-exclude",
    ),
    pytest.param(
        "  - role: r\n    level: senior\n    source: x\n    add:\n      skills:\n"
        "        - {skill: mentoring, level: 3, importance: useful}\n",
        "28:11",
        "the added requirement 'mentoring' cites no source",
        None,
        id="added-without-source",
    ),
    pytest.param(
        "  - {role: r, level: senior, source: x, change: [{id: work, level: 3, source: y}]}\n",
        "23:68",
        "'work' has no level to change",
        None,
        id="level-of-experience",
    ),
]


@pytest.mark.parametrize(("override", "position", "message", "hint"), BAD_OVERRIDES)
def test_validate_refuses_a_bad_override(
    override: str,
    position: str,
    message: str,
    hint: str | None,
    write: Callable[[str, str | bytes], Path],
    run: Run,
) -> None:
    """A broken level override is an error at its file:line:col (exit 3), with a hint."""
    path = write("cat.yaml", HEAD + "level_overrides:\n" + override)
    result = run("validate", path)
    assert result.exit_code == 3, result.stdout
    assert f"{path}:{position}: error: {message}" in result.stdout
    if hint:
        assert f"hint: {hint}" in result.stdout


def test_validate_refuses_a_second_rule_for_a_level(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Two rules for one level are an error at the second one."""
    path = write("cat.yaml", HEAD + "  - {level: junior, summary: k, source: z}\n")
    result = run("validate", path)
    assert result.exit_code == 3
    assert f"{path}:22:13: error: a second rule for level 'junior'" in result.stdout


BAD_RULES = [
    pytest.param(
        "  - {level: senior, summary: s, source: z, fixed: [maths]}\n",
        "21:52",
        "no skill is of the category 'maths'",
        id="unknown-fixed-category",
    ),
    pytest.param(
        "  - {level: senior, summary: s, source: z, categories: [peple]}\n",
        "21:57",
        "no skill is of the category 'peple'",
        id="unknown-capped-category",
    ),
    pytest.param(
        "  - level: senior\n    summary: s\n    source: z\n    add:\n      experience:\n"
        "        - {id: lead, kinds: [job], min_months: 12, importance: essential, "
        "relevance: leadin, source: y}\n",
        "26:86",
        "unknown field of work 'leadin'",
        id="unknown-field-of-work",
    ),
    pytest.param(
        "  - level: senior\n    summary: s\n    source: z\n    add:\n      experience:\n"
        "        - {id: work, kinds: [job], min_months: 12, importance: essential, source: y}\n",
        "26:11",
        "'r' already asks for 'work'",
        id="added-twice",
    ),
]


@pytest.mark.parametrize(("rule", "position", "message"), BAD_RULES)
def test_validate_refuses_a_bad_rule(
    rule: str, position: str, message: str, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A level rule naming what the catalog lacks, or adding what a role has, is an error."""
    head = HEAD.replace(
        "  - {level: senior, summary: s, skill_step: 1, months_factor: 2.5, source: SFIA 4-5}\n", ""
    )
    path = write("cat.yaml", head + rule)
    result = run("validate", path)
    assert result.exit_code == 3, result.stdout
    assert f"{path}:{position}: error: {message}" in result.stdout


def test_junior_learns_the_professional_skills_and_foundations_on_the_job(
    catalog: CatalogIndex,
) -> None:
    """At junior, communication and statistics count but block no one; projects count as work."""
    junior = at_level(catalog, "junior")
    ds = {r.key: r for r in all_requirements(junior.role("data-scientist").requirements)}
    assert catalog.role("data-scientist").requirements.skills  # mid: essential, below
    mid = {r.key: r for r in all_requirements(catalog.role("data-scientist").requirements)}
    for key in ("communication", "statistics"):
        assert (mid[key].importance, ds[key].importance) == ("essential", "important"), key
        assert "junior level: " in (ds[key].source or "")
    assert ds["python"].importance == "essential"  # the core tools still block
    industry = ds["industry"]
    assert isinstance(industry, ExperienceRequirement)
    assert {"project", "job", "internship"} <= set(industry.kinds)
    assert "projects" in (industry.source or "")


def test_senior_weighs_experience_twice(catalog: CatalogIndex) -> None:
    """At senior the experience category weighs twice what it weighs at mid; the rest stay."""
    mid = catalog.role("ml-engineer").weights
    senior = at_level(catalog, "senior").role("ml-engineer").weights
    assert senior.experience == 2 * mid.experience
    assert (senior.skills, senior.education) == (mid.skills, mid.education)


# --- a level everywhere a role is named -------------------------------------------------------

JUNIOR_MLE = ROOT / "tests" / "calibration" / "profiles" / "junior-ml-engineer.yaml"
SIX_YEAR_SENIOR = """\
name: Sena Senior
skills:
  Python: 5
  PyTorch: 4
  scikit-learn: 4
  pandas: 4
  SQL: 4
  Statistics: 4
  Machine learning: 4
  Deep learning: 4
  Feature engineering: 4
  Model deployment: 4
  Docker: 3
  Kubernetes: 3
  AWS: 3
  SageMaker: 3
  Git: 4
  Data structures and algorithms: 4
  System design: 4
  Mentoring: 3
education:
  - {degree: BSc, field: Computer Science, status: completed}
experience:
  - {kind: job, title: Machine Learning Engineer, months: 30}
  - {kind: job, title: Senior Machine Learning Engineer, months: 42}
  - {kind: project, title: Ranking service}
"""


def _verdict(run: Run, path: Path, *args: str) -> dict[str, object]:
    result = run("assess", path, "--as-of", "2026-12-07", "--no-plan", "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_a_one_year_junior_is_ready_at_junior_and_nearly_at_mid(run: Run) -> None:
    """A junior ML engineer with about a year in the job is ready at junior, nearly ready at mid."""
    junior = _verdict(run, JUNIOR_MLE, "--role", "ml-engineer", "--level", "junior")
    mid = _verdict(run, JUNIOR_MLE, "--role", "ml-engineer", "--level", "mid")
    assert junior["readiness"] == "ready"
    assert mid["readiness"] == "nearly_ready"
    assert junior["role"] == {
        "id": "ml-engineer",
        "name": "Junior Machine Learning Engineer",
        "level": "junior",
    }


def test_a_six_year_senior_is_ready_at_senior(
    run: Run, write: Callable[[str, str | bytes], Path]
) -> None:
    """Six years as an ML engineer, with system design and mentoring, is ready at senior."""
    path = write("sena.yaml", SIX_YEAR_SENIOR)
    assert _verdict(run, path, "--level", "senior")["readiness"] == "ready"


profiles_of_students = st.fixed_dictionaries(
    {
        "name": st.just("Stu"),
        "skills": st.dictionaries(
            st.sampled_from(["python", "pytorch", "statistics", "research", "docker", "sql"]),
            st.integers(0, 5),
        ),
        "education": st.lists(
            st.fixed_dictionaries(
                {
                    "degree": st.sampled_from(["bachelor", "master", "phd"]),
                    "field": st.just("computer science"),
                    "status": st.just("in_progress"),
                }
            ),
            max_size=2,
        ),
        "experience": st.lists(
            st.fixed_dictionaries(
                {
                    "kind": st.sampled_from(
                        ["project", "publication", "competition", "internship"]
                    ),
                    "title": st.just("x"),
                    "months": st.integers(1, 12),
                }
            ),
            max_size=6,
        ),
    }
)


@settings(max_examples=60, deadline=None)
@given(profiles_of_students)
def test_a_student_is_never_ready_at_senior(data: dict[str, object]) -> None:
    """Whatever a student rates themselves, no role calls them ready at senior level."""
    catalog = api.load_catalog()
    for role in catalog.roles:
        result = api.assess_data(data, catalog, role, as_of=DAY, level="senior")
        assert result.readiness != "ready", role


# The done-when verdicts, on the people of the blind levels set (written by a hiring manager
# who never saw the catalog; never edited here).
LEVELS_SET = ROOT / "tests" / "calibration" / "levels-2026-12" / "profiles"


def test_the_levels_sets_one_year_junior_is_ready_at_junior_and_nearly_at_mid(run: Run) -> None:
    """14 months as ML Engineer I after an MSc: ready at junior, nearly ready at mid."""
    path = LEVELS_SET / "ml-engineer--junior-1y.yaml"
    assert _verdict(run, path, "--level", "junior")["readiness"] == "ready"
    mid = _verdict(run, path, "--level", "mid")
    assert mid["readiness"] == "nearly_ready"
    assert "industry" in str(mid["blockers"])  # the months on the job are what is missing
    assert _verdict(run, path, "--level", "senior")["readiness"] != "ready"


def test_the_levels_sets_senior_is_ready_at_senior(run: Run) -> None:
    """Seven years, tech lead of a ranking team: ready at senior, by the lead role held."""
    path = LEVELS_SET / "ml-engineer--senior-7y.yaml"
    senior = _verdict(run, path, "--level", "senior", "--details")
    assert senior["readiness"] == "ready"
    rows = senior["requirements"]
    assert isinstance(rows, list)
    assert {"id": "leading", "status": "met"}.items() <= next(
        r for r in rows if r["id"] == "leading"
    ).items()


@pytest.mark.parametrize("kind", ["new-grad", "career-changer"])
def test_no_student_or_career_changer_of_the_levels_set_is_ready_at_senior(
    kind: str, catalog: CatalogIndex
) -> None:
    """New graduates and career changers, every role: never ready at senior (nor at mid)."""
    for path in sorted(LEVELS_SET.glob(f"*--{kind}.yaml")):
        profile, doc = api.load_profile(path)
        role = path.name.split("--")[0]
        for level in ("mid", "senior"):
            result = api.assess(profile, catalog, role, document=doc, as_of=DAY, level=level)
            assert result.readiness != "ready", (path.name, level)


def test_without_a_level_the_report_is_as_before(run: Run) -> None:
    """No --level and no target_level: the role as written, and no level in the JSON."""
    data = _verdict(run, PROFILES / "student.yaml")
    assert data["role"] == {"id": "ml-engineer", "name": "Machine Learning Engineer"}
    mid = _verdict(run, PROFILES / "student.yaml", "--level", "mid")
    assert (mid["score"], mid["readiness"]) == (data["score"], data["readiness"])


def test_the_profile_can_name_its_target_level(
    run: Run, write: Callable[[str, str | bytes], Path]
) -> None:
    """target_level: junior in the profile assesses the role at junior; --level wins over it."""
    text = (PROFILES / "student.yaml").read_text(encoding="utf-8")
    path = write("sam.yaml", text.replace("target_role:", "target_level: junior\ntarget_role:"))
    assert _verdict(run, path)["role"]["level"] == "junior"  # type: ignore[index]
    assert _verdict(run, path, "--level", "senior")["role"]["level"] == "senior"  # type: ignore[index]


def test_an_unknown_level_is_a_usage_error(run: Run) -> None:
    """--level with a word that is no level exits 2 with a suggestion."""
    result = run("assess", PROFILES / "student.yaml", "--level", "senoir")
    assert result.exit_code == 2
    assert "unknown level 'senoir'" in result.stderr
    assert "did you mean 'senior'?" in result.stderr


def test_the_newcomer_reaches_a_junior_ml_role_within_four_years(run: Run) -> None:
    """The career changer at 6 h/week is ready for a junior ML engineer role within four years."""
    result = run(
        "plan",
        PROFILES / "newcomer.yaml",
        "--level",
        "junior",
        "--start-date",
        "2026-12-07",
        "-f",
        "json",
    )
    data = json.loads(result.stdout)
    assert data["role"]["level"] == "junior"
    assert data["plan"]["hours_per_week"] == 6
    ready_on = dt.date.fromisoformat(data["plan"]["ready_on"])
    assert ready_on < dt.date(2030, 12, 7)
    # The plan says how: the steps up to ready close the junior blockers and give the months
    # of practice a junior role asks (an internship; projects count at junior too).
    route = data["plan"]["steps"][: data["plan"]["ready_after_step"]]
    titles = " | ".join(step["title"] for step in route)
    for blocker in ("Python", "Model development", "Keras"):
        assert f"Raise {blocker} from" in titles, titles
    assert any("internship" in step["title"] or "roject" in step["title"] for step in route)
    # Without a degree or full-time work (study beside a job only) it is still within four years.
    study_only = run(
        "plan",
        PROFILES / "newcomer.yaml",
        "--level",
        "junior",
        "--start-date",
        "2026-12-07",
        "--no-degree",
        "--no-full-time",
        "-f",
        "json",
    )
    alone = dt.date.fromisoformat(json.loads(study_only.stdout)["plan"]["ready_on"])
    assert ready_on <= alone < dt.date(2030, 12, 7)
    mid = json.loads(
        run("plan", PROFILES / "newcomer.yaml", "--start-date", "2026-12-07", "-f", "json").stdout
    )
    assert dt.date.fromisoformat(mid["plan"]["ready_on"]) > ready_on


def test_a_person_ready_at_a_level_gets_the_plan_to_the_next(run: Run) -> None:
    """Plan --level junior for someone ready at junior plans the next level up, and says so."""
    result = run(
        "plan",
        JUNIOR_MLE,
        "--role",
        "ml-engineer",
        "--level",
        "junior",
        "--start-date",
        "2026-12-07",
        "-f",
        "json",
    )
    data = json.loads(result.stdout)
    assert data["role"]["level"] == "mid"
    assert data["readiness"] != "ready"
    assert "ready at junior level already: this is the plan to mid" in [
        w["message"] for w in data["warnings"]
    ]


def test_match_all_levels_puts_the_best_realistic_next_job_first(run: Run) -> None:
    """Match --all-levels: the role ready at the highest level first, with the next level's date."""
    result = run(
        "match",
        PROFILES / "platform-engineer.yaml",
        "--all-levels",
        "--start-date",
        "2026-12-07",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    ranking = json.loads(result.stdout)["ranking"]
    first = ranking[0]
    assert (first["role"]["id"], first["ready_level"], first["role"]["level"]) == (
        "mlops-engineer",
        "mid",
        "senior",
    )
    assert first["ready_on"] is not None
    order = {"senior": 3, "mid": 2, "junior": 1, "none": 0}
    ranks = [order[e["ready_level"]] for e in ranking]
    assert ranks == sorted(ranks, reverse=True)
    not_yet = [e for e in ranking if e["ready_level"] == "none"]
    assert {e["role"]["level"] for e in not_yet} == {"junior"}
    assert [e["ready_on"] for e in not_yet] == sorted(e["ready_on"] for e in not_yet)
    text = run("match", PROFILES / "platform-engineer.yaml", "--all-levels").stdout
    assert "Ready now" in text
    assert "no level yet" in text
    markdown = run("match", PROFILES / "platform-engineer.yaml", "--all-levels", "-f", "markdown")
    assert "| 1 | `mlops-engineer` | mid | Senior MLOps Engineer |" in markdown.stdout
    html = run("match", PROFILES / "platform-engineer.yaml", "--all-levels", "-f", "html").stdout
    assert "<th>Ready now</th>" in html
    assert "Which job is Pat Platform ready for now, and which next?" in html


def test_match_at_one_level_ranks_the_roles_at_it(run: Run) -> None:
    """Match --level junior scores every role at junior; --level and --all-levels exclude."""
    data = json.loads(
        run("match", PROFILES / "student.yaml", "--level", "junior", "-f", "json").stdout
    )
    assert {e["role"]["level"] for e in data["ranking"]} == {"junior"}
    assert "ready_level" not in data["ranking"][0]
    both = run("match", PROFILES / "student.yaml", "--level", "junior", "--all-levels")
    assert both.exit_code == 2


def test_roles_lists_the_levels_and_roles_show_what_changes(run: Run) -> None:
    """Roles names each role's levels; roles show lists what junior and senior change."""
    listed = json.loads(run("roles", "-f", "json").stdout)["roles"]
    assert {r["levels"] for r in listed} == {"junior, mid, senior"}
    shown = json.loads(run("roles", "show", "ml-engineer", "-f", "json").stdout)
    assert [lv["level"] for lv in shown["levels"]] == ["junior", "mid", "senior"]
    senior = {c["id"]: c for c in shown["levels"][2]["changes"]}
    assert (senior["system-design"]["mid"], senior["system-design"]["target"]) == (
        "not asked",
        "4 (advanced), important",
    )
    assert senior["leading"]["target"] == "1 year, essential"
    assert "Dropbox" in senior["system-design"]["why"]
    assert shown["levels"][1]["changes"] == []
    text = run("roles", "show", "ml-engineer").stdout
    assert "At senior level, compared with mid" in text
    assert "The junior rule: " in text
    markdown = run("roles", "show", "ml-engineer", "-f", "markdown").stdout
    assert "## Senior: Senior Machine Learning Engineer, ready at 64" in markdown
    html = run("roles", "show", "ml-engineer", "-f", "html").stdout
    assert "<h2>Senior: Senior Machine Learning Engineer, ready at 64</h2>" in html


def test_roles_show_at_a_level_lists_that_levels_requirements(run: Run) -> None:
    """Roles show --level junior gives the junior role's targets, named as junior."""
    data = json.loads(run("roles", "show", "ml-engineer", "--level", "junior", "-f", "json").stdout)
    assert (data["name"], data["level"]) == ("Junior Machine Learning Engineer", "junior")
    python = next(r for r in data["requirements"] if r["id"] == "python")
    assert python["target"] == "3 (intermediate)"


def test_compare_at_a_level_scores_both_sides_there(run: Run) -> None:
    """Compare --level junior scores both profiles against the junior role, and says so."""
    result = run(
        "compare",
        PROFILES / "newcomer.yaml",
        PROFILES / "student.yaml",
        "--role",
        "ml-engineer",
        "--level",
        "junior",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["old"]["role"]["level"] == data["new"]["role"]["level"] == "junior"
    assert (
        "Junior Machine Learning Engineer"
        in run(
            "compare",
            PROFILES / "newcomer.yaml",
            PROFILES / "student.yaml",
            "--role",
            "ml-engineer",
            "--level",
            "junior",
        ).stdout
    )


def test_compare_refuses_two_results_at_different_levels(run: Run, tmp_path: Path) -> None:
    """Two saved results at different levels do not compare without --force (exit 2)."""
    for level in ("junior", "senior"):
        out = tmp_path / f"{level}.json"
        run("assess", PROFILES / "student.yaml", "--level", level, "--no-plan", "-o", out)
    result = run("compare", tmp_path / "junior.json", tmp_path / "senior.json")
    assert result.exit_code == 2
    assert "different levels: junior and senior" in result.stderr
    assert (
        run("compare", tmp_path / "junior.json", tmp_path / "senior.json", "--force").exit_code == 0
    )


def test_review_at_senior_asks_about_mentoring(run: Run, tmp_path: Path) -> None:
    """Review --level senior walks through the senior role's skills, mentoring among them."""
    from skillgap.authoring.questionnaire import role_skills

    asked = role_skills(at_level(api.load_catalog(), "senior"), "ml-engineer")
    answers = "Dr Mentor\n" + "\n\n" * len(asked) + "\n"
    result = run(
        "review",
        PROFILES / "student.yaml",
        "--level",
        "senior",
        "--level",
        "python=3",
        "-o",
        tmp_path / "r.yaml",
        input=answers,
    )
    assert result.exit_code == 0, result.stderr
    assert "Mentoring and technical leadership" in result.stdout + result.stderr
    assert "python: {level: 3, claim: " in (tmp_path / "r.yaml").read_text(encoding="utf-8")


def test_batch_all_levels_gives_a_row_per_role_and_level(run: Run) -> None:
    """Batch --all-levels -f csv: a level column, three rows a profile; --level one row."""
    result = run("batch", PROFILES, "--all-levels", "-f", "csv", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    header, *rows = [line.split(",") for line in result.stdout.splitlines()]
    assert header[2:5] == ["role", "level", "score"]
    assert len(rows) == 3 * len(list(PROFILES.glob("*.yaml")))
    assert {r[3] for r in rows} == {"junior", "mid", "senior"}
    one = run("batch", PROFILES, "--level", "senior", "--jobs", "1")
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert {e["level"] for r in records for e in r["results"]} == {"senior"}
    refused = run("batch", PROFILES, "--all-levels", "-f", "json")
    assert refused.exit_code == 2


def test_batch_without_a_level_has_no_level_column(run: Run) -> None:
    """Without --level a batch's CSV and records are as before: no level anywhere."""
    result = run("batch", PROFILES, "-f", "csv", "--jobs", "1")
    assert ",level," not in result.stdout.splitlines()[0]
    records = run("batch", PROFILES, "--jobs", "1").stdout
    assert '"level"' not in records


@pytest.mark.parametrize(
    "how", [["-f", "json"], ["-f", "table"], ["-f", "markdown"], ["-f", "html"]]
)
def test_batch_all_levels_refuses_the_cohort_formats(how: list[str], run: Run) -> None:
    """The cohort views summarise one level: --all-levels with one of them is a usage error."""
    result = run("batch", PROFILES, "--all-levels", *how)
    assert result.exit_code == 2
    assert "--all-levels writes records (--format jsonl or csv)" in result.stderr
    assert "use --level LEVEL" in result.stderr
    assert result.stdout == ""


def test_batch_all_levels_refuses_a_cohort_format_named_by_the_output(
    run: Run, tmp_path: Path
) -> None:
    """-o cohort.html asks for the HTML cohort page: refused the same way, nothing written."""
    out = tmp_path / "cohort.html"
    result = run("batch", PROFILES, "--all-levels", "-o", out)
    assert result.exit_code == 2
    assert "--all-levels writes records" in result.stderr
    assert not out.exists()
