"""Helpers of the posting tests: a posting's text drafted, and what the draft asks."""

from __future__ import annotations

from typing import Any

from skillgap import api
from skillgap.text.draft import PostingDraft, Requirement
from skillgap.text.posting import read_posting
from skillgap.text.read import document_from_bytes

CATALOG = api.load_catalog()


def draft_of(text: str, name: str = "posting.txt") -> PostingDraft:
    """The draft role ``skillgap posting`` reads from ``text`` (as the file ``name``)."""
    return read_posting(document_from_bytes(text.encode(), name), CATALOG)


def asked_of(draft: PostingDraft) -> dict[str, str]:
    """Each skill (and degree, years) the draft asks, and how: essential, useful ..."""
    out: dict[str, str] = {}
    for r in draft.requirements:
        for skill in r.skills if r.kind == "skill" else [r.kind]:
            out.setdefault(skill, r.importance)
    return out


def requirement_of(draft: PostingDraft, skill: str) -> Requirement:
    """The draft's first skill requirement (or group) that ``skill`` is in."""
    return next(r for r in draft.requirements if r.kind == "skill" and skill in r.skills)


def skill_lines(run: Any, write: Any, text: str) -> list[str]:
    """The skill and ``any_of`` rows ``skillgap posting`` prints for ``text``, sources cut."""
    posting = write("p.txt", text)
    shown = run("posting", str(posting))
    assert shown.exit_code == 0, shown.output
    rows = shown.stdout.splitlines()
    return [x.split("source:")[0] for x in rows if "skill" in x or "any_of" in x]
