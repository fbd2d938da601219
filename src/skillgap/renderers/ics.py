"""The plan as an iCalendar file (RFC 5545): one all-day event per step, for any calendar app.

Pure: the plan report in, text out. Each step is a ``VEVENT`` from its start to its end
(all-day dates; ``DTEND`` is exclusive, as RFC 5545 says, so a step ending the day the next
begins does not overlap it), with a UID made from the step itself (role, kind, target,
levels) so that a re-imported plan updates its events instead of doubling them. No clock is
read: ``DTSTAMP`` is the plan's start, so the same inputs give the same bytes. Lines end in
CRLF and are folded at 75 octets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Final

from skillgap.models.result import PlanStep
from skillgap.models.views import PlanReport

CRLF: Final = "\r\n"
#: The longest line RFC 5545 allows, in octets, without its line break.
FOLD_AT: Final = 75


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    out = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return out.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> list[str]:
    """A content line folded at 75 octets, never inside a UTF-8 character."""
    parts: list[str] = []
    current, size, limit = "", 0, FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, FOLD_AT
        current += char
        size += width
    parts.append(current)
    return parts


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _uid(report: PlanReport, step: PlanStep) -> str:
    """The same step of the same role gets the same UID, whatever its number or dates."""
    key = f"{report.role.id}|{step.kind}|{step.target}|{step.level_from}|{step.level_to}"
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@skillgap"


def _event(report: PlanReport, step: PlanStep, stamp: str) -> list[str]:
    end = max(step.end, step.start + dt.timedelta(days=1))
    hours = f"{step.effort_hours:g} h" + ("" if step.track == "study" else " full time")
    description = f"{hours}; score +{step.score_gain:g} → {step.score_after:g}. {step.why}"
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(report, step)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(step.start)}",
        f"DTEND;VALUE=DATE:{_day(end)}",
        f"SUMMARY:{_text(f'{step.number}. {step.title}')}",
        f"DESCRIPTION:{_text(description)}",
        f"CATEGORIES:{_text(step.track)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def render_plan(report: PlanReport) -> str:
    """The plan's steps as a VCALENDAR of all-day VEVENTs, CRLF line endings, folded."""
    plan = report.plan
    stamp = f"{_day(plan.start_date)}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//skillgap//learning plan//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_text(f'Learning plan: {report.role.name}')}",
    ]
    for step in plan.steps:
        lines += _event(report, step, stamp)
    lines.append("END:VCALENDAR")
    return "".join(part + CRLF for line in lines for part in _fold(line))
