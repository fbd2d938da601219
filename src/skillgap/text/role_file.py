"""A posting's draft role written as a catalog file: YAML to edit, then validate.

Each requirement :mod:`skillgap.text.posting` read (a :class:`skillgap.text.draft.Requirement`)
is one line of the role, with its level, importance and the sentence it came from
(``source``); groups as ``any_of`` (with ``at_least`` for "two of"), degrees,
certifications and years of experience in their own parts.
"""

from __future__ import annotations

import json

from skillgap.catalog.index import CatalogIndex
from skillgap.text.draft import PostingDraft, file_name, some_names


def _q(text: str) -> str:
    """A YAML scalar that stays text: a JSON string, with line breaks escaped."""
    return json.dumps(text, ensure_ascii=False)


def render_role(draft: PostingDraft, catalog: CatalogIndex, ready_score: int | None = None) -> str:
    """The draft as a catalog file holding one role: YAML to edit, then validate.

    ``ready_score``: the rule's bar (``rule.ready_bar``) for what the draft requires.
    """
    out = [
        f"# A draft role from the posting {draft.source}, written by 'skillgap posting'.",
        "# Levels: 3 for a requirement, 2 for a nice-to-have, 4 for a senior role or where",
        "# the posting says strong, deep, expert ...; each 'source' cites the sentence.",
        "# Edit it, then check it with: skillgap validate THIS-FILE",
        "roles:",
        f"  - id: {draft.role_id}",
        f"    name: {_q(draft.title + ' (posting ' + file_name(draft.source) + ')')}",
        f"    summary: {_q('Drafted from the posting ' + draft.source)}",
    ]
    if ready_score is not None:
        out.append(
            f"    ready_score: {ready_score}  # every essential, 3/4 of the important, no useful"
        )
    out.append("    requirements:")
    groups: dict[str, list[str]] = {"skills": [], "education": [], "certifications": []}
    experience: list[str] = []
    for n, r in enumerate(draft.requirements, start=1):
        extra = f", note: {_q(r.note)}" if r.note else ""
        if r.kind == "skill" and len(r.skills) == 1:
            groups["skills"].append(
                f"        - {{skill: {r.skills[0]}, level: {r.level}, importance: "
                f"{r.importance}, source: {_q(r.source)}{extra}}}"
            )
        elif r.kind == "skill":
            names = [catalog.skill_name(s) for s in r.skills]
            name = some_names(names, " or ")
            gid = "any-" + "-".join(r.skills)[:70]
            count = ""
            if r.at_least > 1:
                name = f"{r.at_least} of {some_names(names, ', ')}"
                gid = f"{r.at_least}-of-" + "-".join(r.skills)[:70]
                count = f", at_least: {r.at_least}"
            groups["skills"].append(
                f"        - {{id: {gid}, name: {_q(name)}, any_of: [{', '.join(r.skills)}]"
                f"{count}, level: {r.level}, importance: {r.importance}, source: {_q(r.source)}"
                f"{extra}}}"
            )
        elif r.kind == "degree":
            fields = f", fields: [{', '.join(r.fields)}]" if r.fields else ""
            did = "degree" if not groups["education"] else f"degree-{n}"
            groups["education"].append(
                f"        - {{id: {did}, level: {r.level}{fields}, importance: {r.importance}, "
                f"source: {_q(r.source)}{extra}}}"
            )
        elif r.kind == "certification":
            groups["certifications"].append(
                f"        - {{id: cert-{r.skills[0]}, any_of: [{r.skills[0]}], importance: "
                f"{r.importance}, source: {_q(r.source)}}}"
            )
        else:
            field = f"relevance: {r.relevance}, " if r.relevance else ""
            experience.append(
                f"        - {{id: years-of-experience, kinds: [job], min_months: {r.months}, "
                f"{field}importance: {r.importance}, source: {_q(r.source)}}}"
            )
    for key, lines in (*groups.items(), ("experience", experience)):
        if lines:
            out.append(f"      {key}:")
            out += lines
    if not any(groups.values()) and not experience:
        out.append("      skills: []                # the posting named no skill the catalog knows")
    return "\n".join(out) + "\n"
