"""The evidence part of a report as plain text, shared by every renderer (which escapes it)."""

from __future__ import annotations

from skillgap.models.result import Assessment, RequirementResult

CONFIDENCE = {
    "self": "self-rated",
    "evidenced": "evidenced",
    "verified": "verified",
    "inferred": "inferred",
}


def scores_line(result: Assessment) -> str | None:
    """Both scores, and which one is the headline."""
    if result.evidenced_score is None or result.claimed_score is None:
        return None
    return (
        f"Claimed score {result.claimed_score:.1f}; evidenced score {result.evidenced_score:.1f} "
        "(only evidenced or verified skill levels count). "
        f"Headline: {result.trust}."
    )


def confidence(row: RequirementResult) -> str:
    """``evidenced``, ``verified`` or ``self-rated``; empty for requirements that are not skills."""
    return CONFIDENCE[row.confidence] if row.confidence else ""


def level_details(row: RequirementResult) -> list[str]:
    """What a skill row's level rests on: claim vs count, evidence, note, review comment."""
    if row.confidence is None:
        return _asked(row)
    out = []
    if row.level_explanation:
        out.append(row.level_explanation)
    elif row.claimed_level and row.claimed_level != row.current_level:
        out.append(f"claimed {row.claimed_level}, counted as {row.current_level}")
    if row.evidence:
        out.append("evidence: " + "; ".join(row.evidence))
    if row.note:
        out.append(f"note: {row.note}")
    if row.review_comment:
        out.append(f"reviewer: {row.review_comment}")
    return [*out, *_asked(row)]


def _asked(row: RequirementResult) -> list[str]:
    """A requirement of a role drafted from a posting cites its sentence (``--posting``)."""
    if row.source and row.source.startswith("posting "):
        return [f"asked in {row.source}"]
    return []


def detailed_rows(result: Assessment) -> list[tuple[RequirementResult, list[str]]]:
    """The skill rows that have something to say, with what they say."""
    return [(r, d) for r in result.requirements if (d := level_details(r))]


def review_lines(result: Assessment) -> list[str]:
    """The review applied: who, when, and the overall comment."""
    if result.review is None:
        return []
    r = result.review
    out = [f"Reviewed by {r.reviewer} on {r.date.isoformat()}."]
    if r.forced:
        out.append("Applied with --force: the review was made for another version of the profile.")
    if r.overall:
        out.append(f"Overall: {r.overall}")
    return out
