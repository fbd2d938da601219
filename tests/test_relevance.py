"""Relevant experience: jobs and papers count by how far they show the role's field of work.

The catalog's ``relevance:`` (``catalog/46-implies.yaml``) names the fields; the rule counts
an item in full, half or not at all, and the row says so per item.
"""

from __future__ import annotations

import datetime as dt

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import Assessment, RequirementResult

AS_OF = dt.date(2026, 12, 1)


def assessed(text: str, catalog: CatalogIndex, role: str) -> Assessment:
    return api.assess_text(text, catalog, role, as_of=AS_OF)


def row(result: Assessment, req_id: str) -> RequirementResult:
    return next(r for r in result.requirements if r.id == req_id)


def jobs(*items: str) -> str:
    return "name: T\nexperience:\n" + "".join(f"  - {i}\n" for i in items)


def test_an_unrelated_job_no_longer_meets_industry_experience(catalog: CatalogIndex) -> None:
    """48 months as a customer-success manager: 0 of 24 months for a data scientist, said so."""
    text = jobs("{kind: job, title: Customer success manager, months: 48}")
    industry = row(assessed(text, catalog, "data-scientist"), "industry")
    assert (industry.status, industry.points) == ("missing", 0.0)
    assert (
        "Customer success manager, 48 months: not data-science work, counted as 0"
        in industry.explanation
    )
    record = api.score_text(text, catalog, ["data-scientist"], as_of=AS_OF)
    assert "industry" in record["results"][0]["blockers"]


def test_a_neighbouring_job_counts_half(catalog: CatalogIndex) -> None:
    """24 months of software engineering: 12 for an ML engineer; analytics: 12 for a scientist."""
    swe = row(
        assessed(jobs("{kind: job, title: Software engineer, months: 24}"), catalog, "ml-engineer"),
        "industry",
    )
    assert (swe.status, swe.have) == ("partial", "12.0 months")
    assert "Software engineer, 24 months: near ML work, counted as 12" in swe.explanation
    analyst = jobs("{kind: job, title: Senior data analyst, months: 24}")
    assert row(assessed(analyst, catalog, "data-scientist"), "industry").have == "12.0 months"


def test_a_job_showing_the_field_by_title_or_skills_counts_in_full(catalog: CatalogIndex) -> None:
    """An 'ML engineer' title, or a backend job listing PyTorch, counts every month."""
    by_title = jobs("{kind: job, title: Machine Learning Engineer, months: 24}")
    by_skills = jobs("{kind: job, title: Backend engineer, months: 24, skills: [PyTorch]}")
    for text in (by_title, by_skills):
        assert row(assessed(text, catalog, "ml-engineer"), "industry").status == "met"


def test_teaching_and_postdoctoral_posts_count_half_at_most(catalog: CatalogIndex) -> None:
    """A TA for an ML course counts half; a physics postdoc counts nothing as industry ML."""
    ta = jobs("{kind: job, title: Teaching assistant for Machine Learning, months: 24}")
    assert row(assessed(ta, catalog, "ml-engineer"), "industry").have == "12.0 months"
    postdoc = jobs("{kind: job, title: Postdoctoral researcher in physics, months: 36}")
    assert row(assessed(postdoc, catalog, "ml-engineer"), "industry").points == 0.0


def test_papers_count_toward_the_research_record_by_venue_or_title(
    catalog: CatalogIndex,
) -> None:
    """Four physics journal papers miss the record; three at ML venues or on ML meet it."""
    physics = jobs(
        *(
            f"{{kind: publication, title: Halo profiles {i}, organization: Physical Review D}}"
            for i in range(4)
        )
    )
    record = row(assessed(physics, catalog, "ai-research-scientist"), "publications")
    assert (record.status, record.blocker) == ("missing", True)
    assert "Halo profiles 0: not ML research, not counted" in record.explanation
    ml = jobs(
        "{kind: publication, title: Sparse attention, organization: NeurIPS 2023}",
        "{kind: publication, title: Graph neural networks for jets}",
        "{kind: publication, title: Tokenisers (arXiv cs.CL)}",
    )
    assert row(assessed(ml, catalog, "ai-research-scientist"), "publications").status == "met"


def test_a_project_titled_like_a_paper_suggests_kind_publication(catalog: CatalogIndex) -> None:
    """'... (NeurIPS 2023)' written as a project: a warning says to write kind: publication."""
    text = jobs("{kind: project, title: Sparse attention (NeurIPS 2023)}")
    (warning,) = list(assessed(text, catalog, "ml-engineer").warnings)
    assert warning.code == "looks-like-publication"
    assert "kind: publication" in (warning.hint or "")
    plain = jobs("{kind: project, title: Churn model (2023)}")
    assert assessed(plain, catalog, "ml-engineer").warnings == []
    promoted = jobs("{kind: job, title: Data Scientist (Data Scientist II since 2024)}")
    assert assessed(promoted, catalog, "data-scientist").warnings == []
