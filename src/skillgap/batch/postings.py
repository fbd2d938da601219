"""``skillgap postings DIR``: over many postings, the skills asked for most, and the gaps.

Each posting is read as ``skillgap posting`` reads it (a draft role). A skill counts once
per posting, as required (alone or as a member of an any-of group) or as nice to have.
With a profile, the person is assessed against each posting's role; a requirement not met
is a gap of that posting, and gaps are ranked by how many postings have them. A file that
cannot be read is recorded, and the others are still read; a file that reads as a CV
(experience, education or skills sections and no requirements) or that asks for nothing
the catalog knows is left aside and named.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError
from skillgap.models.result import Assessment
from skillgap.models.text import Demand, Gap, PostingRef, PostingsReport, Skipped
from skillgap.scoring import rule
from skillgap.text.posting import read_posting
from skillgap.text.read import TEXT_SUFFIXES, TextDocument, read_document
from skillgap.text.sections import looks_like_cv

#: The files of a folder read as postings.
SUFFIXES: Final = TEXT_SUFFIXES


def posting_files(folder: Path) -> list[Path]:
    """The postings in a folder (not below it), sorted by name: the same order everywhere."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()),
        key=lambda p: p.name,
    )


def postings_report(
    folder: Path,
    catalog: CatalogIndex,
    assess: Callable[[TextDocument], Assessment] | None = None,
    profile: str | None = None,
) -> PostingsReport:
    """Demand over a folder of postings, and the gaps ``assess`` finds, by postings.

    ``assess`` scores the person against one posting; without it, demand only.
    """
    refs: list[PostingRef] = []
    errors: list[str] = []
    skipped: list[Skipped] = []
    required: dict[str, int] = {}
    nice: dict[str, int] = {}
    gaps: dict[str, list[int]] = {}  # id -> [postings, essential, have, asked]
    names: dict[str, str] = {}  # id -> the gap's name
    for path in posting_files(folder):
        try:
            document = read_document(path)
        except InputError as exc:
            errors += [p.format() for p in exc.problems]
            continue
        if looks_like_cv(document.lines):
            skipped.append(Skipped(file=path.name, reason="a CV"))
            continue  # a CV in the folder is not a posting
        draft = read_posting(document, catalog)
        if not draft.requirements:
            skipped.append(Skipped(file=path.name, reason="no requirements"))
            continue  # a README, notes: nothing asked, so no demand and no score
        asked = {s for r in draft.requirements if r.kind == "skill" for s in r.skills}
        for skill in sorted(asked):
            wanted = any(
                skill in r.skills and not rule.minor(r.importance)
                for r in draft.requirements
                if r.kind == "skill"
            )
            table = required if wanted else nice
            table[skill] = table.get(skill, 0) + 1
        score = None
        if assess is not None:
            result = assess(document)
            score = result.score
            for row in result.requirements:
                if row.kind not in ("skill", "skill_group") or row.status == "met":
                    continue
                if rule.minor(row.importance):
                    continue
                # A group ("PyTorch or TensorFlow", "2 of ...") is a gap of its own, by its
                # id (made of its members, so the same group in two postings is one gap).
                group = row.kind == "skill_group"
                key = row.id if group else row.member or (row.skills[0] if row.skills else row.id)
                held = gaps.setdefault(key, [0, 0, row.current_level or 0, 0])
                single = not group and key in catalog.skills
                names.setdefault(key, catalog.skill_name(key) if single else row.name)
                held[0] += 1
                held[1] += rule.can_block(row.importance)
                held[3] = max(held[3], row.target_level or 0)
        refs.append(PostingRef(file=path.name, title=draft.title, role=draft.role_id, score=score))
    ids = sorted(
        set(required) | set(nice),
        key=lambda s: (-required.get(s, 0), -nice.get(s, 0), s),
    )
    return PostingsReport(
        folder=str(folder),
        profile=profile,
        postings=refs,
        errors=errors,
        skipped=skipped,
        skills=[
            Demand(
                id=s,
                name=catalog.skill_name(s),
                required=required.get(s, 0),
                nice=nice.get(s, 0),
            )
            for s in ids
        ],
        gaps=[
            Gap(
                id=k,
                name=names[k],
                postings=v[0],
                essential=v[1],
                have=v[2],
                asked=v[3],
            )
            for k, v in sorted(gaps.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        ],
    )
