"""`plan -f ics`: the plan as an iCalendar file a calendar app can import (RFC 5545)."""

from __future__ import annotations

import datetime as dt
import json

from icalendar import Calendar

from conftest import PROFILES, Run

ARGS = ("plan", PROFILES / "student.yaml", "--start-date", "2026-12-01")


def test_one_all_day_event_per_step_with_its_dates(run: Run) -> None:
    """Parsed back, the file holds one event per step, titled and dated as the plan says."""
    ics = run(*ARGS, "-f", "ics")
    assert ics.exit_code == 0, ics.stderr
    steps = json.loads(run(*ARGS, "-f", "json").stdout)["plan"]["steps"]
    events = Calendar.from_ical(ics.stdout).walk("VEVENT")
    assert len(events) == len(steps)
    for event, step in zip(events, steps, strict=True):
        assert str(event["SUMMARY"]) == f"{step['number']}. {step['title']}"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert not isinstance(start, dt.datetime)  # all-day
        assert start == dt.date.fromisoformat(step["start"])
        assert end == max(dt.date.fromisoformat(step["end"]), start + dt.timedelta(days=1))


def test_crlf_folded_lines_and_stable_uids(run: Run) -> None:
    """Lines end in CRLF and fit 75 octets; the same plan gives the same unique UIDs."""
    # The bytes: click's Result.stdout turns CRLF into LF.
    first = run(*ARGS, "-f", "ics").stdout_bytes.decode("utf-8")
    lines = first.split("\r\n")
    assert lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in first.replace("\r\n", "")
    uids = [str(e["UID"]) for e in Calendar.from_ical(first).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    later = run("plan", PROFILES / "student.yaml", "--start-date", "2027-03-01", "-f", "ics")
    again = [str(e["UID"]) for e in Calendar.from_ical(later.stdout).walk("VEVENT")]
    assert set(uids) & set(again)  # a step planned again keeps its UID: an update, not a copy


def test_an_ics_output_file_asks_for_the_format(run: Run, tmp_path: object) -> None:
    """`--output plan.ics` writes iCalendar without -f."""
    from pathlib import Path

    target = Path(str(tmp_path)) / "plan.ics"
    result = run(*ARGS, "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
