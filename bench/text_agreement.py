"""How well free text is read, against a careful reader's blind expectations.

A text set is a folder with postings, CVs and ``expectations.yaml``, written by someone who
had not seen the reader's code or output (``tests/data/text-2026-12``). Per posting:

* **recall of required skills the catalog knows**: of the expected requirement lines
  (``a|b``: any one of them) naming a skill the catalog's resolver knows, how many are
  required (``essential``) in the draft role ``skillgap posting`` writes; also how many are
  in the role at all, and how many ``extract`` finds anywhere;
* **decoys**: words the reader lists as not skills in that file (``go`` in "go-karting",
  ``Excel`` in "you'd excel") that ``extract`` reports as skills anyway.

Per CV: the **job months** (full-time-equivalent months of relevant work, overlaps, breaks
and leave not counted) against the reader's, as a relative error; and the skill levels
within the reader's tolerance (one level either way).

Months are counted as the issue's conventions say (those of ``text-2026-12b``): an ongoing
job runs to the month of the reference day, that month included, and relevant work is
work in data, ML, AI or research, or engineering and operations work (an ML engineer's
software years). The first set was written under other conventions, which its header
states: whole months only (``Jan 2021 - Present`` is 71 on 2026-12-07) and ML, data and AI
roles only. ``--whole-months --core`` measures a set written so.

    python bench/text_agreement.py tests/data/text-2026-12b [--verbose]
    python bench/text_agreement.py tests/data/text-2026-12 --whole-months --core
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.names import loose
from skillgap.text.cv import read_cv
from skillgap.text.posting import read_posting
from skillgap.text.read import read_document

AS_OF = dt.date(2026, 12, 7)  # the day the expectations count months to
#: The binary copies the set's CVs were turned into (make_binaries.py).
BINARY = {"cv-priya.md": "cv-priya.docx", "cv-daniel.md": "cv-daniel.pdf"}


def binary(name: str) -> str:
    """The file a CV is read from: its binary copy where a set's converter made one.

    ``cv-x.docx.md`` becomes ``cv-x.docx`` and ``cv-x.twocol.md`` the two-column
    ``cv-x.pdf`` (text-2026-12e's render_binaries.py); the first set names its copies.
    """
    if name.endswith(".docx.md"):
        return name.removesuffix(".md")
    if name.endswith(".twocol.md"):
        return name.removesuffix(".twocol.md") + ".pdf"
    return BINARY.get(name, name)


@dataclass
class PostingScore:
    """One posting: expected required lines the catalog knows, and what was found."""

    name: str
    known: int = 0
    required: int = 0  # in the role as essential
    in_role: int = 0  # in the role at all
    extracted: int = 0  # found anywhere by extract
    decoys: list[str] = field(default_factory=list)
    k_of_n: int = 0  # expected "k of" groups whose known members are at least two
    k_of_n_read: int = 0  # read as a group asking k of (nearly) those members
    missed: list[str] = field(default_factory=list)


@dataclass
class CvScore:
    """One CV: relevant months expected and read, and skill levels within tolerance."""

    name: str
    months_expected: float
    months_read: float
    levels_known: int = 0
    levels_close: int = 0
    far: list[str] = field(default_factory=list)

    @property
    def month_error(self) -> float:
        """Relative error of the months read (0.05: 5 %)."""
        return abs(self.months_read - self.months_expected) / max(self.months_expected, 1)


def alternatives(item: str) -> list[str]:
    """``a|b`` and ``llm apis (openai|anthropic)`` as the names they allow."""
    if "(" in item:
        head, inner = item.split("(", 1)
        return [head.strip(), *(p.strip(" )") for p in inner.split("|"))]
    return [p.strip() for p in item.split("|")]


def _ids(item: str, catalog: CatalogIndex) -> set[str]:
    return {i for name in alternatives(item) if (i := catalog.find_skill(name)) is not None}


def reads_k_of_n(requirements: list[Any], items: list[set[str]], k: int) -> bool:
    """Whether a draft asks what "k of these items" asks, in the catalog's skills.

    It asks no more: a person holding any k of the items (each as the catalog's skill,
    several items may be one skill), and the skills the draft requires on their own, meets
    every requirement of the draft made only of the items' skills. And no less: unless the
    skills required on their own already make k items, some requirement names the items'.
    """
    members = {i for ids in items for i in ids}
    alone = {r.skills[0] for r in requirements if r.kind == "skill" and len(r.skills) == 1}
    asks = [r for r in requirements if r.kind == "skill" and r.skills and set(r.skills) <= members]

    def meets(held: set[str]) -> bool:
        return all(len(held & set(r.skills)) >= r.at_least for r in asks)

    no_more = all(
        meets(set().union(*chosen) | alone) for chosen in itertools.combinations(items, k)
    )
    covered = sum(bool(ids & alone) for ids in items) >= k
    return no_more and (covered or any(set(r.skills) - alone for r in asks))


def score_posting(
    folder: Path, name: str, expected: dict[str, Any], catalog: CatalogIndex
) -> PostingScore:
    """Recall and decoys of one posting."""
    doc = read_document(folder / name)
    draft = read_posting(doc, catalog)
    essential = {
        s
        for r in draft.requirements
        if r.kind == "skill" and r.importance == "essential"
        for s in r.skills
    }
    anywhere = {s for r in draft.requirements if r.kind == "skill" for s in r.skills}
    report = api.extract_text(doc, catalog)
    extracted = {m.id for m in report.skills}
    score = PostingScore(name)
    for item in expected.get("required") or []:
        ids = _ids(str(item), catalog)
        if not ids:
            continue
        score.known += 1
        score.required += bool(ids & essential)
        score.in_role += bool(ids & anywhere)
        score.extracted += bool(ids & extracted)
        if not ids & essential:
            score.missed.append(str(item))
    for group in expected.get("k_of_n") or []:
        items = [ids for m in group["of"] if (ids := _ids(str(m), catalog))]
        if len({i for ids in items for i in ids}) < 2:
            continue
        score.k_of_n += 1
        read = reads_k_of_n(draft.requirements, items, int(group["k"]))
        score.k_of_n_read += read
        if not read:
            score.missed.append(f"{group['k']} of {', '.join(map(str, group['of']))}")
    for decoy in expected.get("decoys") or []:
        word = re.split(r"[&/]", str(decoy))[0]
        joined = str(decoy) != word
        for m in report.skills:
            same = loose(m.text) == loose(word) if word else False
            if same and (not joined or str(decoy).casefold() in m.sentence.casefold()):
                score.decoys.append(f"{decoy} (line {m.line})")
                break
    return score


def score_cv(
    folder: Path,
    name: str,
    expected: dict[str, Any],
    catalog: CatalogIndex,
    conventions: Conventions,
) -> CvScore:
    """Months and levels of one CV (read from its binary copy where there is one)."""
    doc = read_document(folder / binary(name))
    as_of = AS_OF.replace(day=1) - dt.timedelta(days=1) if conventions.whole_months else AS_OF
    reading = read_cv(doc, catalog, as_of)
    months = reading.core_months if conventions.core else reading.relevant_months
    score = CvScore(name, float(expected["total_relevant_months"]), months)
    for skill, level in (expected.get("skills") or {}).items():
        skill_id = catalog.find_skill(str(skill))
        if skill_id is None:
            continue
        score.levels_known += 1
        claim = reading.skills.get(skill_id)
        if claim is not None and abs(claim.level - int(level)) <= 1:
            score.levels_close += 1
        else:
            score.far.append(f"{skill}: {claim.level if claim else 'missing'} for {level}")
    return score


@dataclass(frozen=True)
class Conventions:
    """How the set's reader counted months (see the module's description)."""

    whole_months: bool = False  # an ongoing job's current month not counted
    core: bool = False  # ML, data, AI and research roles only


def run(
    folder: Path, conventions: Conventions = Conventions()
) -> tuple[list[PostingScore], list[CvScore]]:
    """Every posting and CV of the set, scored."""
    expectations = yaml.safe_load((folder / "expectations.yaml").read_text(encoding="utf-8"))
    catalog = api.load_catalog()
    postings = [
        score_posting(folder, name, exp, catalog)
        for name, exp in expectations.items()
        if name.startswith("posting-")
    ]
    cvs = [
        score_cv(folder, name, exp, catalog, conventions)
        for name, exp in expectations.items()
        if name.startswith("cv-")
    ]
    return postings, cvs


def _posting_summary(postings: list[PostingScore], known: int) -> None:
    """The postings' totals: recall of required skills and decoys."""
    print(
        f"recall of required skills the catalog knows: {sum(p.required for p in postings)}/{known}"
        f" = {sum(p.required for p in postings) / known:.1%} as essential; "
        f"{sum(p.in_role for p in postings) / known:.1%} in the role; "
        f"{sum(p.extracted for p in postings) / known:.1%} found by extract"
    )
    groups = sum(p.k_of_n for p in postings)
    if groups:
        print(
            f"k-of-n lists asking no more and no less than the posting (in catalog skills): "
            f"{sum(p.k_of_n_read for p in postings)}/{groups}"
        )
    print(
        f"decoys: {sum(len(p.decoys) for p in postings)} in {len(postings)} postings, "
        f"at most {max(len(p.decoys) for p in postings)} in one"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--whole-months", action="store_true", help="the current month not counted")
    parser.add_argument("--core", action="store_true", help="ML, data, AI, research roles only")
    args = parser.parse_args()
    postings, cvs = run(args.folder, Conventions(args.whole_months, args.core))
    known = sum(p.known for p in postings)
    print(f"{'posting':36} known  essential  in role  extracted  decoys")
    for p in postings:
        print(
            f"{p.name:36} {p.known:5}  {p.required:9}  {p.in_role:7}  {p.extracted:9}  "
            f"{len(p.decoys):6}"
        )
        if args.verbose:
            for line in [
                *(f"  missed: {m}" for m in p.missed),
                *(f"  decoy: {d}" for d in p.decoys),
            ]:
                print(line)
    if not postings:
        print("(no postings in this set)")
    else:
        _posting_summary(postings, known)
    print(f"\n{'cv':20} months expected  read  error   levels within 1")
    for c in cvs:
        print(
            f"{c.name:20} {c.months_expected:15g} {c.months_read:5g} {c.month_error:6.1%}   "
            f"{c.levels_close}/{c.levels_known}"
        )
        if args.verbose:
            for line in c.far:
                print(f"  far: {line}")
    close = sum(c.levels_close for c in cvs)
    total = sum(c.levels_known for c in cvs)
    within = sum(c.month_error <= 0.1 for c in cvs)
    print(
        f"job months: within 10 % {within}/{len(cvs)}, largest error "
        f"{max(c.month_error for c in cvs):.1%}; "
        f"levels within one: {close}/{total} = {close / total:.1%}"
    )


if __name__ == "__main__":
    main()
