"""Certifications as they stand on a date: retired ones still count, expired ones do not."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import PROFILES, ROOT, Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import CertificationDef, ValidityRule, add_years

CATALOG = """\
version: "2.1"
date: 2026-11-20
scale:
  - {level: 0, name: none, description: x}
  - {level: 1, name: awareness, description: x}
  - {level: 2, name: novice, description: x}
  - {level: 3, name: intermediate, description: x}
  - {level: 4, name: advanced, description: x}
  - {level: 5, name: expert, description: x}
skills:
  - {id: python, name: Python, category: prog}
certifications:
  - id: old-ml
    name: Old ML Specialty
    issuer: Example Cloud
    status: retired
    retired_on: 2026-03-31
    validity_years: 3
    source: "https://example.org/old-ml (retirement notice)"
  - id: new-ml
    name: New ML Associate
    issuer: Example Cloud
    validity_years: 3
    source: "https://example.org/new-ml"
  - {id: forever, name: Lifetime Certificate}
roles:
  - id: r
    name: R
    requirements:
      skills:
        - {skill: python, level: 3, importance: essential}
      certifications:
        - {id: cert, any_of: [old-ml, new-ml, forever], importance: important}
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "cat.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return path


def _profile(write: Callable[[str, str | bytes], Path], cert: str) -> Path:
    return write("p.yaml", f"name: T\nskills: {{python: 3}}\ncertifications:\n  - {cert}\n")


def _assess(run: Run, profile: Path, catalog: Path, *extra: str) -> dict[str, Any]:
    result = run("assess", profile, "--catalog", catalog, "--role", "r", "-f", "json", *extra)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _cert(data: dict[str, Any]) -> dict[str, Any]:
    reqs = data["requirements"]
    assert isinstance(reqs, list)
    found: dict[str, Any] = next(r for r in reqs if r["id"] == "cert")
    return found


def test_retired_certification_still_counts_for_its_holder(
    small: Path, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Holding a retired certification (earned in its validity) still meets the requirement."""
    profile = _profile(write, "{name: Old ML Specialty, earned: 2025-04-01}")
    data = _assess(run, profile, small, "--as-of", "2026-12-01", "--no-plan")
    assert _cert(data)["status"] == "met"
    assert data["warnings"] == []


def test_expired_certification_is_reported_and_not_counted(
    small: Path, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Earned + validity before --as-of: a warning at the entry, and the points are not given."""
    profile = _profile(write, "{name: New ML Associate, earned: 2022-06-01}")
    data = _assess(run, profile, small, "--as-of", "2026-12-01", "--no-plan")
    cert = _cert(data)
    assert cert["status"] == "missing"
    assert cert["have"] == "New ML Associate (expired 2025-06-01)"
    assert "expired on 2025-06-01" in str(cert["explanation"])
    (warning,) = data["warnings"]
    assert warning["code"] == "expired-certification"
    assert (warning["line"], warning["column"]) == (4, 12)
    assert "valid 3 years" in warning["message"]
    # The same certificate, assessed on a day it was still valid, counts.
    before = _assess(run, profile, small, "--as-of", "2025-06-01", "--no-plan")
    assert _cert(before)["status"] == "met"
    assert before["as_of"] == "2025-06-01"


def test_expiry_written_in_the_profile_wins(
    small: Path, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A profile's own 'expires' date is the one used, even for a certificate with no validity."""
    profile = _profile(write, "{name: Lifetime Certificate, expires: 2026-01-31}")
    data = _assess(run, profile, small, "--as-of", "2026-12-01", "--no-plan")
    assert _cert(data)["status"] == "missing"
    assert "expired on 2026-01-31" in data["warnings"][0]["message"]


def test_as_of_is_recorded_with_the_catalog_edition(
    small: Path, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """JSON results carry as_of and the catalog's version and date; reports show them."""
    profile = _profile(write, "{name: Lifetime Certificate}")
    data = _assess(run, profile, small, "--as-of", "2026-12-01", "--no-plan")
    assert data["as_of"] == "2026-12-01"
    assert data["catalog"] == {"version": "2.1", "date": "2026-11-20"}
    for fmt in ("terminal", "markdown", "html"):
        shown = run(
            "assess", profile, "-c", small, "-r", "r", "-f", fmt, "--as-of", "2026-12-01"
        ).stdout
        assert "2026-12-01" in shown
        assert "catalog 2.1 (2026-11-20)" in shown, fmt
    plan = json.loads(run("plan", profile, "-c", small, "-r", "r", "-f", "json").stdout)
    assert plan["as_of"] == dt.date.today().isoformat()  # default: today
    matched = json.loads(
        run("match", profile, "-c", small, "-f", "json", "--as-of", "2026-01-02").stdout
    )
    assert matched["as_of"] == "2026-01-02"
    assert matched["catalog"]["version"] == "2.1"


def test_bad_as_of_is_a_usage_error(run: Run) -> None:
    """--as-of that is not a date exits 2 naming the option, for every command that takes it."""
    profile = PROFILES / "student.yaml"
    for args in (
        ("assess", profile),
        ("plan", profile),
        ("match", profile),
        ("compare", profile, profile),
        ("batch", profile),
    ):
        result = run(*args, "--as-of", "2026-13-01")
        assert result.exit_code == 2, args
        assert "--as-of '2026-13-01' is not a date" in result.stderr


def test_batch_uses_as_of(small: Path, write: Callable[[str, str | bytes], Path], run: Run) -> None:
    """A batch run counts a certificate as expired against --as-of; its JSON says the date."""
    profile = _profile(write, "{name: New ML Associate, earned: 2022-06-01}")
    result = run("batch", profile, "-c", small, "-r", "r", "-f", "json", "--as-of", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["as_of"] == "2026-12-01"
    (record,) = doc["records"]
    assert record["results"][0]["categories"]["certifications"] == 0.0
    assert "expired on 2025-06-01" in record["warnings"][0]
    fresh = run("batch", profile, "-c", small, "-r", "r", "-f", "jsonl", "--as-of", "2024-01-01")
    assert json.loads(fresh.stdout)["results"][0]["categories"]["certifications"] == 100.0


def test_library_takes_as_of(small: Path) -> None:
    """api.assess_text and api.score_text take as_of and agree on an expired certificate."""
    index = api.load_catalog(small)
    text = (
        "name: T\nskills: {python: 3}\n"
        "certifications: [{name: New ML Associate, earned: 2022-06-01}]\n"
    )
    late, early = dt.date(2026, 12, 1), dt.date(2024, 1, 1)
    assert api.assess_text(text, index, "r", as_of=late).score < 100.0
    assert api.assess_text(text, index, "r", as_of=early).score == 100.0
    record = api.score_text(text, index, ["r"], as_of=late)
    assert record["results"][0]["score"] == api.assess_text(text, index, "r", as_of=late).score


def test_certification_status_fields(catalog: CatalogIndex) -> None:
    """is_current is false for a retired certification; expiry adds whole calendar years."""
    retired = CertificationDef(
        id="x", name="X", status="retired", retired_on=dt.date(2026, 3, 31), validity_years=3
    )
    assert not retired.is_current
    assert retired.expires_on(dt.date(2024, 2, 29)) == dt.date(2027, 2, 28)
    assert CertificationDef(id="y", name="Y").is_current
    assert CertificationDef(id="y", name="Y").expires_on(dt.date(2020, 1, 1)) is None
    assert add_years(dt.date(2020, 1, 1), 1.5) == dt.date(2021, 7, 3)
    with pytest.raises(ValueError, match="'status' must be 'retired'"):
        CertificationDef(id="z", name="Z", retired_on=dt.date(2026, 1, 1))


def test_catalog_edition_given_twice_is_refused(tmp_path: Path, run: Run) -> None:
    """Two files of one catalog that both give 'version' fail validation at the second."""
    (tmp_path / "a.yaml").write_text(CATALOG, encoding="utf-8")
    (tmp_path / "b.yaml").write_text('version: "3"\n', encoding="utf-8")
    result = run("validate", tmp_path)
    assert result.exit_code == 3
    assert f"{tmp_path / 'b.yaml'}:1:10: error: the catalog's 'version' is given again" in (
        result.stdout
    )


def test_shipped_catalog_states_its_edition(catalog: CatalogIndex) -> None:
    """The shipped catalog has a version and a date."""
    assert catalog.catalog.version
    assert catalog.catalog.date is not None
    assert (ROOT / "catalog").is_dir()


def test_validate_warns_of_an_expired_certification_as_of_a_date(
    small: Path, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """Validate reports a certificate expired on --as-of as a warning (exit 0), not before."""
    profile = _profile(write, "{name: New ML Associate, earned: 2022-06-01}")
    late = run("validate", profile, "--catalog", small, "--as-of", "2026-12-01")
    assert late.exit_code == 0
    assert f"{profile}:4:12: warning: certification 'New ML Associate' expired" in late.stdout
    early = run("validate", profile, "--catalog", small, "--as-of", "2025-01-01")
    assert "expired" not in early.stdout


def test_validity_rule_by_the_day_a_certificate_was_earned() -> None:
    """A dated rule gives certificates earned before its day their older validity."""
    cert = CertificationDef(
        id="k",
        name="K",
        validity_years=2,
        validity_rules=[ValidityRule(earned_before=dt.date(2024, 4, 1), years=3)],
    )
    assert cert.validity_for(dt.date(2024, 3, 31)) == 3
    assert cert.expires_on(dt.date(2024, 3, 31)) == dt.date(2027, 3, 31)
    assert cert.validity_for(dt.date(2024, 4, 1)) == 2
    assert cert.expires_on(dt.date(2024, 4, 1)) == dt.date(2026, 4, 1)


def test_validity_rules_apply_the_earliest_matching_policy() -> None:
    """Of several dated rules, the first policy that had not yet ended on the day applies."""
    cert = CertificationDef(
        id="k",
        name="K",
        validity_years=1,
        validity_rules=[
            ValidityRule(earned_before=dt.date(2024, 1, 1), years=3),
            ValidityRule(earned_before=dt.date(2020, 1, 1), years=5),
        ],
    )
    assert cert.validity_for(dt.date(2019, 6, 1)) == 5
    assert cert.validity_for(dt.date(2022, 6, 1)) == 3
    assert cert.validity_for(dt.date(2025, 6, 1)) == 1


@pytest.mark.parametrize("name", ["CKA", "CKAD"])
def test_cka_and_ckad_earned_before_april_2024_last_36_months(
    catalog: CatalogIndex, name: str
) -> None:
    """CNCF, 2024-03-01: earned before 1 April 2024, 36 months; from that day on, 24."""
    known = catalog.certifications[catalog.find_certification(name) or ""]
    assert known.expires_on(dt.date(2024, 3, 15)) == dt.date(2027, 3, 15)
    assert known.expires_on(dt.date(2024, 4, 1)) == dt.date(2026, 4, 1)
    assert "2024-03-01" in (known.source or "")


def test_cka_earned_in_march_2024_counts_in_december_2026(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A CKA earned 2024-03-15 is valid on 2026-12-07, and the MLOps requirement is met."""
    path = write("p.yaml", "name: T\ncertifications:\n  - {name: CKA, earned: 2024-03-15}\n")
    result = run("assess", path, "--role", "mlops-engineer", "--as-of", "2026-12-07", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    cert = next(r for r in data["requirements"] if r["id"] == "ml-certification")
    assert cert["status"] == "met"
    assert not [w for w in data["warnings"] if w["code"] == "expired-certification"]


def test_ckad_earned_after_the_change_expires_after_24_months(
    write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """A CKAD earned 2024-06-01 expired 2026-06-01, and the warning says 2 years."""
    path = write("p.yaml", "name: T\ncertifications:\n  - {name: CKAD, earned: 2024-06-01}\n")
    result = run("assess", path, "--role", "mlops-engineer", "--as-of", "2026-12-07", "-f", "json")
    (warning,) = [w for w in json.loads(result.stdout)["warnings"] if w["code"].startswith("exp")]
    assert "expired on 2026-06-01; it is valid 2 years" in warning["message"]


def test_aigp_is_maintained_by_education_and_does_not_lapse_on_a_date(
    catalog: CatalogIndex, write: Callable[[str, str | bytes], Path], run: Run
) -> None:
    """The AIGP has no validity in years (CPE credits each term); its own 'expires' ends it."""
    aigp = catalog.certifications["iapp-aigp"]
    assert aigp.validity_years is None
    assert aigp.expires_on(dt.date(2023, 9, 1)) is None
    assert "CPE" in (aigp.renewal or "")
    held = write("held.yaml", "name: T\ncertifications:\n  - {name: AIGP, earned: 2023-09-01}\n")
    data = json.loads(run("assess", held, "--role", "ai-consultant", "-f", "json").stdout)
    gov = next(r for r in data["requirements"] if r["id"] == "ai-governance-certification")
    assert gov["status"] == "met"
    lapsed = write(
        "lapsed.yaml",
        "name: T\ncertifications:\n  - {name: AIGP, earned: 2023-09-01, expires: 2025-09-01}\n",
    )
    data = json.loads(run("assess", lapsed, "--role", "ai-consultant", "-f", "json").stdout)
    gov = next(r for r in data["requirements"] if r["id"] == "ai-governance-certification")
    assert gov["status"] == "missing"


def test_made_up_certification_name_credits_nothing(catalog: CatalogIndex) -> None:
    """The article's 'Certified Machine Learning Specialist' is no IAPP credential: unknown."""
    assert catalog.find_certification("Certified Machine Learning Specialist") is None
    assert catalog.find_certification("IAPP Certified Machine Learning Specialist") is None


@pytest.mark.parametrize(
    ("name", "issuer", "years"),
    [
        ("AI-200", "Microsoft", 1),
        ("AI-901", "Microsoft", None),
        ("NCA-GENL", "NVIDIA", 2),
        ("NCP-GENL", "NVIDIA", 2),
        ("Google Cloud Generative AI Leader", "Google Cloud", 3),
    ],
)
def test_current_ai_certifications_are_known(
    catalog: CatalogIndex, name: str, issuer: str, years: int | None
) -> None:
    """2026's AI certifications resolve, with their issuer, validity, source and own page."""
    known = catalog.certifications[catalog.find_certification(name) or ""]
    assert (known.issuer, known.validity_years, known.status) == (issuer, years, "active")
    assert known.source
    assert known.url
    assert known.url.startswith("https://")


def test_certification_links_name_their_certification(catalog: CatalogIndex) -> None:
    """No certification links to an issuer's generic index (AI-103 and AI-300 did)."""
    for cert in catalog.catalog.certifications:
        assert cert.url, cert.id
        assert not cert.url.rstrip("/").endswith("/credentials/certifications"), cert.id
