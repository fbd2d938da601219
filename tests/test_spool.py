"""The batch spool: records kept out of memory come back whole and in order."""

from __future__ import annotations

import pytest

from skillgap.batch import spool


def test_records_past_the_memory_bound_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cohort larger than the in-memory part moves to a file and reads back unchanged."""
    monkeypatch.setattr(spool, "IN_MEMORY", 64)
    kept: spool.Spool[dict[str, object]] = spool.Spool()
    records = [{"file": f"p{i}.yaml", "name": "Inès \udce9", "score": i / 3} for i in range(50)]
    for record in records:
        kept.append(record)
    assert len(kept) == 50
    assert list(kept) == records
    assert list(kept) == records  # read twice, as the document and the summary do
    kept.close()
