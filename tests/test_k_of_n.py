"""k-of-n skill groups: ``any_of`` with ``at_least``, from the catalog to the report and plan.

"Two of Spark, Hadoop, stream processing": met when two members reach the level; short of
it, the best two count as their mean, each up to the level. ``at_least: 1`` is the any-of
group as it always was (the goldens hold that, byte for byte).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.catalog.index import CatalogIndex
from skillgap.compare import _done
from skillgap.models.catalog import Catalog, SkillRequirement
from skillgap.plan import build_plan
from skillgap.plan.options import Constraints
from skillgap.scoring import engine, rule
from skillgap.scoring.standing import Standing
from test_plan import apply_steps

SCALE = [
    {"level": i, "name": n, "description": n}
    for i, n in enumerate(["none", "awareness", "novice", "intermediate", "advanced", "expert"])
]
START = dt.date(2026, 12, 7)


def _catalog(group: dict[str, Any], hours: dict[str, float] | None = None) -> CatalogIndex:
    hours = hours or {}
    skills = ["python", "spark", "flink", "kafka", "hadoop"]
    return CatalogIndex(
        Catalog.model_validate(
            {
                "scale": SCALE,
                "degrees": [{"id": "bachelor", "name": "Bachelor"}],
                "skills": [
                    {
                        "id": s,
                        "name": s.title(),
                        "category": "x",
                        "effort_hours": hours.get(s, 40),
                    }
                    for s in skills
                ],
                "roles": [
                    {
                        "id": "de",
                        "name": "Data engineer",
                        "ready_score": 70,
                        "requirements": {
                            "skills": [
                                {"skill": "python", "level": 3, "importance": "essential"},
                                group,
                            ]
                        },
                    }
                ],
            }
        )
    )


GROUP: dict[str, Any] = {
    "id": "streaming",
    "any_of": ["spark", "flink", "kafka"],
    "at_least": 2,
    "level": 3,
    "importance": "essential",
}
INDEX = _catalog(GROUP)


def _row(skills: dict[str, int], index: CatalogIndex = INDEX) -> Any:
    result = engine.assess(Standing("P", skills), index.role("de"), index)
    return next(r for r in result.requirements if r.id == "streaming")


def _req(index: CatalogIndex = INDEX) -> SkillRequirement:
    return index.role("de").requirements.skills[1]


# --- the rule ---------------------------------------------------------------------------


def test_two_members_at_the_level_meet_it() -> None:
    row = _row({"spark": 3, "kafka": 4})
    assert (row.status, row.points, row.max_points) == ("met", 6.0, 6.0)
    assert row.counted == ["kafka", "spark"]  # best first
    assert not row.blocker


def test_one_member_at_the_level_is_half_of_two() -> None:
    """Spark 5 cannot make up for the second member: each counts up to the target."""
    row = _row({"spark": 5})
    assert (row.status, row.points) == ("partial", 3.0)  # 2 × (3 + 0) / 2
    assert row.blocker
    assert row.current_level == 0  # the level both of the best two reach
    assert row.counted == ["spark"]


def test_partial_members_count_as_their_mean() -> None:
    row = _row({"spark": 3, "kafka": 2, "flink": 1})
    assert rule.attainment(_req(), {"spark": 3, "kafka": 2, "flink": 1}) == 2.5
    assert (row.status, row.points) == ("partial", 5.0)
    assert row.current_level == 2
    assert row.member == "kafka"
    assert row.counted == ["spark", "kafka"]  # flink, the third, does not count


def test_nothing_held_is_missing() -> None:
    row = _row({})
    assert (row.status, row.points, row.counted, row.member) == ("missing", 0.0, [], None)
    assert "you have none of them, the role needs 2 of them at 3" in row.explanation


def test_the_line_names_each_member_counted() -> None:
    row = _row({"spark": 3, "kafka": 2})
    assert row.name == "2 of Spark, Flink, Kafka"
    assert row.required == "2 of them at 3 (intermediate)"
    assert row.have == "Spark 3, Kafka 2"
    assert row.explanation == (
        "2 of Spark, Flink, Kafka: Spark 3, Kafka 2 (the best 2, each up to 3, average 2.5), "
        "the role needs 2 of them at 3 (intermediate) → essential, 5.0 of 6.0 points"
    )


def test_ties_go_to_the_first_listed() -> None:
    assert rule.counted_members(_req(), {"kafka": 2, "flink": 2, "spark": 2}) == ["spark", "flink"]


def test_at_least_one_is_the_best_member_as_before() -> None:
    group = {**GROUP, "at_least": 1}
    req = _req(_catalog(group))
    for levels in ({}, {"kafka": 2}, {"flink": 4, "spark": 4}, {"spark": 1, "kafka": 5}):
        assert rule.counted_members(req, levels) == [rule.best_member(req, levels)]
        best = max((levels.get(m, 0) for m in req.members), default=0)
        assert rule.skill_points(req, levels) == rule.round_points(2.0 * min(best, 3))
    row = _row({"kafka": 2}, _catalog(group))
    assert row.counted is None
    assert row.member == "kafka"
    assert "counted" not in row.model_dump()  # k = 1 output is as it was


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["spark", "flink", "kafka"]), st.integers(0, 5)),
    st.sampled_from(["spark", "flink", "kafka"]),
    st.integers(0, 5),
    st.integers(1, 3),
)
def test_raising_a_member_never_lowers_a_k_of_n_group(
    levels: dict[str, int], member: str, level: int, k: int
) -> None:
    """Property: for every k, a higher level never lowers the points; met means k at target."""
    req = _req(_catalog({**GROUP, "at_least": k}))
    raised = {**levels, member: max(levels.get(member, 0), level)}
    assert rule.skill_points(req, raised) >= rule.skill_points(req, levels)
    at_target = sum(levels.get(m, 0) >= 3 for m in req.members)
    assert rule.met(rule.skill_points(req, levels), rule.max_points(req)) == (at_target >= k)


# --- the catalog ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{id: g, any_of: [spark, kafka], at_least: 3", "lists 2 different skills: at most 2"),
        ("{skill: spark, at_least: 2", "counts the members of an 'any_of' group: give 'any_of'"),
        ("{id: g, any_of: [spark, kafka], at_least: 0", "must be at least 1"),
        ("{id: g, any_of: [spark, kafka], at_least: true", "true is not a number"),
        ("{id: g, any_of: [spark, spark, kafka], at_least: 2", "lists 'spark' twice"),
    ],
)
def test_a_wrong_at_least_is_refused_at_its_value(
    entry: str, message: str, write: Any, run: Any
) -> None:
    line = f"        - {entry}, level: 3, importance: essential}}"
    column = line.index("at_least: ") + len("at_least: ") + 1  # the value's column
    role = write(
        "role.yaml",
        "roles:\n  - id: de\n    name: DE\n    requirements:\n      skills:\n" + line + "\n",
    )
    result = run("validate", str(role))
    assert result.exit_code == 3
    assert f"role.yaml:6:{column}: error: roles.0.requirements.skills.0.at_least:" in result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_roles_show_and_skills_say_k(write: Any, run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "cat"
    folder.mkdir()
    shipped = Path(__file__).resolve().parents[1] / "catalog"
    for f in shipped.glob("*.yaml"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "90-de.yaml").write_text(
        "roles:\n  - id: de\n    name: DE\n    requirements:\n      skills:\n"
        "        - {id: big-data, any_of: [spark, hadoop, streaming], at_least: 2, level: 3, "
        "importance: essential}\n",
        encoding="utf-8",
    )
    shown = run("roles", "show", "de", "--catalog", str(folder), "-f", "json")
    assert shown.exit_code == 0, shown.output
    (row,) = json.loads(shown.stdout)["requirements"]
    assert row["name"] == "2 of Apache Spark, Hadoop, Stream processing"
    assert row["target"].startswith("2 of Apache Spark, Hadoop, Stream processing at 3")
    listed = run("skills", "hadoop", "--catalog", str(folder), "-f", "json")
    uses = json.loads(listed.stdout)["skills"][0]["needed_by"]
    assert {"role": "de", "at_least": 2}.items() <= next(
        u for u in uses if u["role"] == "de"
    ).items()
    assert all("at_least" not in u for u in uses if u["role"] != "de")
    terminal = run("skills", "hadoop", "--catalog", str(folder))
    assert "3 essential (2 of)" in terminal.output


# --- the plan ------------------------------------------------------------------------------


def _plan(index: CatalogIndex, skills: dict[str, int], **wishes: Any) -> Any:
    return build_plan(
        Standing("P", skills),
        index.role("de"),
        index,
        start_date=START,
        hours_per_week=10,
        constraints=Constraints(**wishes),
    )


def test_the_plan_raises_the_cheapest_members_it_lacks() -> None:
    """Spark 80 h a level, Flink 20, Kafka 30: from nothing, Flink and Kafka to 3."""
    index = _catalog(GROUP, {"spark": 80, "flink": 20, "kafka": 30})
    plan = _plan(index, {"python": 3})
    raised = {s.target: (s.level_from, s.level_to) for s in plan.steps if s.kind == "skill"}
    assert raised == {"flink": (0, 3), "kafka": (0, 3)}
    why = next(s.why for s in plan.steps if s.target == "flink")
    assert why.startswith("the role needs 2 of Spark, Flink, Kafka at 3 (intermediate); Flink")
    assert plan.ready_after_step == len(plan.steps)
    (after,) = [
        engine.assess(
            apply_steps(Standing("P", {"python": 3}), plan.steps), index.role("de"), index
        )
    ]
    assert next(r for r in after.requirements if r.id == "streaming").status == "met"


def test_a_member_at_the_level_counts_and_one_more_is_raised() -> None:
    index = _catalog(GROUP, {"spark": 80, "flink": 20, "kafka": 30})
    plan = _plan(index, {"python": 3, "spark": 4})
    assert [(s.target, s.level_to) for s in plan.steps] == [("flink", 3)]


def test_a_started_member_is_kept_before_a_cheaper_new_one() -> None:
    """As for any-of groups: the member you have started is raised, then the cheapest."""
    index = _catalog(GROUP, {"spark": 80, "flink": 20, "kafka": 30})
    plan = _plan(index, {"python": 3, "spark": 2})
    assert sorted(s.target for s in plan.steps) == ["flink", "spark"]


def test_compare_counts_a_step_done_for_a_counted_member() -> None:
    index = _catalog(GROUP, {"spark": 80, "flink": 20, "kafka": 30})
    plan = _plan(index, {"python": 3})
    step = next(s for s in plan.steps if s.target == "flink")
    done = engine.assess(
        Standing("P", {"python": 3, "flink": 3, "kafka": 3}), index.role("de"), index
    )
    undone = engine.assess(
        Standing("P", {"python": 3, "spark": 3, "kafka": 3}), index.role("de"), index
    )
    assert _done(step, {r.id: r for r in done.requirements})
    assert not _done(step, {r.id: r for r in undone.requirements})  # met, but not by Flink


# --- the posting reader: posting -> role.yaml -> validate -> assess ------------------------

POSTING = """\
Senior Data Engineer â€“ Streaming Platform (m/f/d)

About us
Northwind Freight moves 2 million parcels a day. Two of our founders came from logistics.

Requirements
  - 5+ years building data pipelines in production
  - Strong Python and SQL
  - Hands-on experience with at least two of the following:
      * Apache Spark
      * Kafka / stream processing
      * Hadoop
  - Experience with 2+ of AWS, GCP, Azure (we are mostly on AWS)
  - Docker or Kubernetes;   CI/CD pipelines
  - Python, plus one of Java, Scala or TypeScript
Nice to have
- any two of: Tableau, Power BI, Looker
- Familiarity with one of Airflow or Kubeflow
"""


def test_a_posting_reads_two_of_as_k_of_n_and_one_of_as_any_of(
    write: Any, run: Any, tmp_path: Path
) -> None:
    posting = write("posting-de.txt", POSTING)
    role = tmp_path / "role.yaml"
    written = run("posting", str(posting), "-o", str(role))
    assert written.exit_code == 0, written.output
    text = role.read_text(encoding="utf-8")
    lines = {x.split("source:")[0] for x in text.splitlines() if "any_of" in x}
    assert any("any_of: [spark, streaming, hadoop], at_least: 2, level: 4" in x for x in lines)
    assert any("any_of: [aws, gcp, azure], at_least: 2, level: 4" in x for x in lines)
    assert any("any_of: [tableau, power-bi, bi-tools], at_least: 2, level: 2" in x for x in lines)
    assert any("any_of: [docker, kubernetes], level: 4" in x for x in lines)  # "or": any one
    assert any("any_of: [java, scala, typescript], level: 4" in x for x in lines)  # "one of"
    assert any("any_of: [ml-pipelines, kubeflow], level: 2" in x for x in lines)
    # the bullets' group cites the line that opened the list, and its items
    assert (
        "posting-de.txt:9: Hands-on experience with at least two of the following: "
        "Apache Spark; Kafka / stream processing; Hadoop" in text
    )
    assert "Two of our founders" not in text  # "two of" in the company blurb is no list
    checked = run("validate", str(role))
    assert checked.exit_code == 0, checked.output

    assessed = run(
        "assess", "profiles/switcher.yaml", "--posting", str(posting), "-f", "json",
        "--as-of", "2026-12-07", "--no-plan",
    )  # fmt: skip
    assert assessed.exit_code == 0, assessed.output
    rows = {r["id"]: r for r in json.loads(assessed.stdout)["requirements"]}
    big_data = rows["2-of-spark-streaming-hadoop"]
    assert big_data["name"] == "2 of Apache Spark, Stream processing, Hadoop"
    assert big_data["counted"] == ["hadoop"]  # the switcher has Hadoop at 2, nothing else
    assert big_data["points"] == 2.0
    assert big_data["max_points"] == 8.0
    assert "posting-de.txt:9" in big_data["source"]
    clouds = rows["2-of-aws-gcp-azure"]
    assert clouds["status"] == "missing"
    assert clouds["blocker"]


@pytest.mark.parametrize(
    ("line", "k"),
    [
        ("- Two of: Spark, Hadoop, Kafka", 2),
        ("- at least 3 of Spark, Hadoop, Kafka, Python", 3),
        ("- Experience with 2+ of Spark, Hadoop, Kafka", 2),
        ("- any two of Spark, Hadoop or Kafka", 2),
        ("- two or more of: Apache Spark / Hadoop / Kafka", 2),
        ("- one of Spark, Flink, Kafka", 1),
        ("- either Spark or Flink", 1),
    ],
)
def test_the_count_a_posting_line_gives(line: str, k: int, write: Any, run: Any) -> None:
    posting = write("p.txt", f"Data Engineer\n\nRequirements\n{line}\n")
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert (f"at_least: {k}," in group) == (k > 1)
    assert f"{k} of " in group if k > 1 else " or " in group


def test_a_short_line_opening_a_list_of_choices_is_no_heading(write: Any, run: Any) -> None:
    """'You know two of the following:' above bullets is no heading of a section of its own.

    Its list is the group, and the lines after it are still requirements.
    """
    posting = write(
        "p.txt",
        "Data Engineer\n\nRequirements\nStrong Python and SQL.\n"
        "You know two of the following:\n- Apache Spark\n- Hadoop\n- Dataflow\n"
        "Good communication skills.\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [spark, hadoop], at_least: 2, level: 3, importance: essential" in group
    assert "p.txt:5: You know two of the following: Apache Spark; Hadoop; Dataflow" in group
    assert "the posting also lists Dataflow, where the catalog recognises no skill" in group
    assert "{skill: communication, level: 3, importance: essential" in shown.stdout


def test_two_of_items_the_catalog_reads_as_one_skill_asks_no_more_than_the_posting(
    write: Any, run: Any
) -> None:
    """'two of Spark, Kafka, Flink': Kafka and Flink are both stream processing.

    Someone with Kafka and Flink meets the posting, so the draft may not ask for Spark
    *and* stream processing: it asks one of them, and says why.
    """
    posting = write(
        "p.txt", "Data Engineer\n\nRequirements\n- at least two of: Spark, Kafka, Flink\n"
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [spark, streaming], level: 3" in group
    assert "at_least" not in group.split("source:")[0]
    assert "the catalog reads as fewer skills (Stream processing for several)" in group


def test_a_two_of_list_wrapped_onto_the_next_line_is_one_group(write: Any, run: Any) -> None:
    """A bullet 'at least two of: Spark,' going on in the next line is read as one list."""
    posting = write(
        "p.txt",
        "Data Engineer\n\nRequirements\n"
        "- Hands-on experience with at least two of: Spark,\n"
        "  Hadoop, Kafka (we stream telemetry)\n"
        "- Python\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [spark, hadoop, streaming], at_least: 2, level: 3" in group
    assert "p.txt:4: Hands-on experience with at least two of: Spark, Hadoop, Kafka" in group
    assert "{skill: python, level: 3, importance: essential" in shown.stdout


def test_a_list_whose_items_are_one_skill_already_required_adds_no_fixed_tool(
    write: Any, run: Any
) -> None:
    """'two or more of Airflow, Argo Workflows, Dagster, Kubeflow' with orchestration required.

    Three of the four are workflow orchestration, which the posting already requires: the
    list is met by it, so Kubeflow (one choice among four) is never made a fixed requirement.
    """
    posting = write(
        "p.txt",
        "MLOps Engineer\n\nRequirements\n- Workflow orchestration in production\n"
        "- Experience with two or more of: Airflow, Argo Workflows, Kubeflow Pipelines, Dagster\n",
    )
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    assert "kubeflow" not in shown.stdout.split("requirements:")[1].split("# ")[0].casefold()
    assert "{skill: ml-pipelines, level: 3, importance: essential" in shown.stdout


def test_two_of_a_list_whose_items_are_one_skill_required_alone_asks_no_more(
    write: Any, run: Any
) -> None:
    """'Any two of: LangChain, LlamaIndex, Hugging Face, a vector database' with RAG required.

    The catalog reads LlamaIndex and a vector database both as RAG, which the posting
    requires on its own: someone with LlamaIndex and pgvector meets the list, so the draft
    asks no group of the other two of them (it asked 'LangChain or Hugging Face' before);
    RAG's note says why. With RAG not required, the list is a group as before.
    """
    head = "LLM Engineer\n\nRequirements\n- Python\n"
    items = "- Any two of: LangChain, LlamaIndex, Hugging Face Transformers, a vector database\n"
    posting = write("p.txt", head + "- RAG: chunking, retrieval, evaluation\n" + items)
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    assert "any_of" not in shown.stdout
    (rag,) = [x for x in shown.stdout.splitlines() if "{skill: rag," in x]
    assert "the list at p.txt:6 asks 2 of its items; the catalog reads 2 of them" in rag
    assert "(LlamaIndex, vector database) as this skill" in rag
    alone = write("q.txt", head + items)
    shown = run("posting", str(alone))
    (group,) = [x for x in shown.stdout.splitlines() if "any_of" in x]
    assert "any_of: [llm-apps, rag, hugging-face], level: 3" in group


def test_an_invalid_any_of_is_one_error_not_a_second_about_at_least(run: Any) -> None:
    """'any_of: s1' with 'at_least: 2' also said "give 'any_of'", which the author had."""
    from conftest import CASES

    case = CASES / "invalid-catalog" / "at-least-any-of-not-a-list.yaml"
    result = run("validate", case)
    assert result.exit_code == 3
    assert "1 error(s)" in result.output, result.output
    assert "give 'any_of'" not in result.output
