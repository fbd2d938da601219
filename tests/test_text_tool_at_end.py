"""A language or tool with another meaning, named at the end of a clause after "in"."""

from __future__ import annotations

import pytest

from skillgap import api
from skillgap.text.read import document_from_bytes

CATALOG = api.load_catalog()


def _ids(text: str) -> set[str]:
    doc = document_from_bytes(text.encode(), "cv.txt")
    return {s.id for s in api.extract_text(doc, CATALOG).skills}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Kept the stock records in Excel.", "excel"),
        ("Ran the weekly tutorial sessions in R", "r"),
        ("Rewrote the log parser in Go; it was faster.", "go"),
    ],
)
def test_a_tool_a_clause_ends_in_is_the_skill(text: str, skill: str) -> None:
    assert skill in _ids(text)


@pytest.mark.parametrize(
    "text",
    ["You will excel in this role.", "We excel in service.", "Ready to go in May."],
)
def test_the_other_meaning_is_still_not_the_skill(text: str) -> None:
    assert not _ids(text) & {"excel", "go"}
