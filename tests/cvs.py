"""Helpers of the CV tests: a CV's text read as ``skillgap import`` reads it, on one day."""

from __future__ import annotations

import datetime as dt

from skillgap import api
from skillgap.text.cv import CvReading, read_cv
from skillgap.text.read import document_from_bytes

#: The day the CV tests count months to (both end months included).
AS_OF = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()


def read_cv_text(text: str, name: str = "cv.txt") -> CvReading:
    """The CV reading of ``text``, as the file ``name`` (its suffix picks Markdown or text)."""
    return read_cv(document_from_bytes(text.encode(), name), CATALOG, AS_OF)


def jobs_of(reading: CvReading) -> list[tuple[str, float, bool]]:
    """Each job a CV reading found: its title, its months and whether it counts."""
    return [(j.title, j.months, j.relevant) for j in reading.jobs]
