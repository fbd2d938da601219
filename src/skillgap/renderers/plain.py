"""The default terminal report without colour, drawn as plain fixed-width lines.

What ``skillgap assess`` prints piped or with ``NO_COLOR`` (the summary, not ``--details``)
is the text rich draws for :func:`skillgap.renderers.terminal.render_assessment`, byte for
byte, made here without importing rich (importing it and drawing with it cost more than
the rest of the report: a fifth of a cold ``assess``). The layout follows rich's rules for
the few shapes the summary uses: words wrapped as rich wraps them (a word longer than a
line folded), the headline's box sized to its text, two-column grids whose second column
wraps under itself, and the table of categories. ``tests/test_plain.py`` holds the two
drawings equal over every example profile, several widths and generated names.

Where rich would measure something otherwise (a character that may not be one cell wide,
a tab, a newline inside a name, a table that does not fit), :func:`render_summary`
returns None and the caller draws with rich.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.models.result import Assessment, Plan, PlanStep, provenance
from skillgap.renderers import summary
from skillgap.renderers.details import review_lines, scores_line
from skillgap.untrusted import safe_text

#: Characters rich measures one cell wide without its table (its own fast set: Latin,
#: Greek, Cyrillic, box drawing) and the few symbols the report writes itself.
_ONE_CELL: Final = frozenset(
    "".join(
        chr(c)
        for lo, hi in ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2500, 0x25FC))
        for c in range(lo, hi + 1)
    )
    + "→←…•–—‘’“”"
)
#: The longest word a wrapped table column keeps whole; longer ones (a URL) may be folded.
LONGEST_WORD: Final = 24
_WORD: Final = re.compile(r"\s*\S+\s*")
_BARE_WORD: Final = re.compile(r"\S+")


class _Unsure(Exception):
    """The text holds something only rich knows how to measure."""


def _cells(text: str) -> int:
    """``text``'s width in cells, when each character is surely one cell wide."""
    if not _ONE_CELL.issuperset(text):
        raise _Unsure
    return len(text)


def _divide(text: str, width: int) -> list[int]:
    """Where rich breaks a line of ``text`` to fit ``width`` cells (``rich._wrap.divide_line``)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # longer than a line: folded
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for number, piece in enumerate(pieces, start=1):
                if start:
                    breaks.append(start)
                if number == len(pieces):
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _fit(piece: str, width: int) -> str:
    """A piece of a wrapped line cut to ``width``, its blanks past the width first."""
    excess = len(piece) - width
    if excess <= 0:
        return piece
    blanks = len(piece) - len(piece.rstrip())
    return piece[: len(piece) - min(blanks, excess)][:width]


def wrap(text: str, width: int) -> list[str]:
    """One line of text as rich wraps it ``width`` cells wide (blanks within the width kept)."""
    _cells(text)
    ends = _divide(text, width)
    return [_fit(text[a:b], width) for a, b in zip([0, *ends], [*ends, len(text)], strict=True)]


def word_cuts(plain: str, width: int) -> list[int]:
    """Where a step's title breaks between words into lines of at most ``width``.

    A word longer than a line is cut. Shared with the rich drawing of the plan.
    """
    cuts: list[int] = []
    line_start = 0
    for word in _BARE_WORD.finditer(plain):
        if word.end() - line_start > width and word.start() > line_start:
            cuts.append(word.start())
            line_start = word.start()
        while word.end() - line_start > width:  # one word longer than a line
            line_start += width
            cuts.append(line_start)
    return cuts


def _grid(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Rich's two-column grid (one space between): the first column whole, the second wrapped.

    The second column's width is what :class:`~skillgap.renderers.console._WholeWords`
    gives it; when even its longest word would not fit, rich shares the width its own way.
    """
    first = max(_cells(left) for left, _ in rows)
    longest = max(_cells(right) for _, right in rows)
    room = longest
    if first + 1 + longest > width:
        words = min(
            max((len(w) for _, right in rows for w in right.split()), default=1), LONGEST_WORD
        )
        if first + words + 1 > width:
            raise _Unsure
        room = width - 1 - first
    out = []
    for left, right in rows:
        for number, line in enumerate(wrap(right, room)):
            lead = left.ljust(first) if number == 0 else " " * first
            out.append(f"{lead} {line}".rstrip())
    return out


def _bullets(items: Sequence[str], width: int) -> list[str]:
    return _grid([("  •", safe_text(item)) for item in items], width)


def _paragraph(text: str, width: int) -> list[str]:
    return wrap(safe_text(text), width)


def _headline(result: Assessment, width: int) -> list[str]:
    """The headline's rounded box, as wide as its longest line (or the whole width)."""
    verdict = summary.READINESS[result.readiness][0]
    when = summary.time_to_ready(result.plan, result.readiness)
    lines = [
        f"{safe_text(result.profile)}  →  {safe_text(f'{result.role.name} ({result.role.id})')}",
        f"Score {result.score:.1f} / 100    {verdict}" + (f": {when}" if when else ""),
    ]
    stamp = provenance(result.as_of, result.catalog)
    for line in (scores_line(result), stamp and f"{stamp[0].upper()}{stamp[1:]}"):
        if line:
            lines.append(safe_text(line))
    lines.extend(safe_text(line) for line in review_lines(result))
    title = " skillgap assessment "
    inner = min(max(_cells(line) for line in lines) + 2, width - 2)
    inner = min(width - 2, max(inner, len(title) + 2))
    out = ["╭─" + title + "─" * (inner - 2 - len(title)) + "─╮"]
    for line in lines:
        out.extend(f"│ {part.ljust(inner - 2)} │" for part in wrap(line, inner - 2))
    out.append("╰" + "─" * inner + "╯")
    return out


def _not_understood(result: Assessment, width: int) -> list[str]:
    out = []
    unknown = summary.not_understood(result.warnings)
    if unknown:
        out += _paragraph(f"Not understood ({len(unknown)})", width)
        shown = unknown[: summary.SHOWN_UNKNOWN]
        out += _bullets([f"{summary.where(w)}: {summary.warning_text(w)}" for w in shown], width)
        if len(shown) < len(unknown):
            more = len(unknown) - len(shown)
            out += _paragraph(f"    and {more} more (--details lists them)", width)
    for line in summary.reading_notes(result):
        out += _paragraph(line, width)
    return out


def _blockers(result: Assessment, width: int) -> list[str]:
    blocking = summary.blockers(result)
    if not blocking:
        return _paragraph("No blockers: every essential requirement is met.", width)
    out = _paragraph(f"Blockers ({len(blocking)}): essential, not yet met", width)
    shown = blocking[: summary.SHOWN_BLOCKERS]
    out += _bullets([summary.blocker_line(r) for r in shown], width)
    if len(shown) < len(blocking):
        out += _paragraph(
            f"    and {len(blocking) - len(shown)} more (--details lists them)", width
        )
    return out


#: Columns of the plan but the step's title, with the spaces between them.
PLAN_FIXED: Final = 48


def title_width(width: int) -> int:
    """The width of the plan's column of step titles."""
    return max(20, width - PLAN_FIXED)


def step_lines(step: PlanStep, plan: Plan, width: int) -> list[str]:
    """One step as fixed-width lines, its title wrapping in its column (``terminal._step_row``)."""
    title = safe_text(step.title)
    if step.track != "study":
        title += f"  [{step.track.replace('_', '-')}]"
    if step.number == plan.ready_after_step:
        title += "  ← ready"
    size = title_width(width)
    _cells(title)
    ends = word_cuts(title, size)
    lines = [title[a:b].rstrip() for a, b in zip([0, *ends], [*ends, len(title)], strict=True)]
    figures = (
        f"{f'{step.effort_hours:g} h':>7} {f'+{step.score_gain:.1f}':>5} "
        f"{f'{step.score_after:.1f}':>5} {step.start.isoformat()} → {step.end.isoformat()}"
    )
    first = f"{f'{step.number}.':>3} {lines[0]}{' ' * (size - len(lines[0]) + 1)}{figures}"
    return [first, *(f"    {line}" for line in lines[1:])]


def _next_steps(plan: Plan | None, width: int) -> list[str]:
    steps = summary.next_steps(plan)
    if plan is None or not steps:
        return []
    body = "\n".join(line for step in steps for line in step_lines(step, plan, width)).rstrip()
    out = _paragraph(f"Next steps (the first {len(steps)} of {len(plan.steps)})", width)
    for line in body.split("\n"):
        out += wrap(line, width)
    return out


def category_rows(result: Assessment) -> list[tuple[str, str, str, str]]:
    """The table of categories: name, score, weight and points (shared with rich's table)."""
    return [
        (
            summary.CATEGORY_TITLE[c.category],
            f"{c.score:.1f}",
            f"{c.weight:g}%",
            f"{c.points:g}/{c.max_points:g}",
        )
        for c in result.categories
    ]


def _categories(result: Assessment, width: int) -> list[str]:
    """Rich's simple-head table: left-aligned names, numbers on the right, a rule under."""
    rows = [("Category", "Score", "Weight", "Points"), *category_rows(result)]
    sizes = [max(_cells(row[i]) for row in rows) for i in range(4)]
    total = sum(sizes) + 3 * (len(sizes) - 1)
    if total > width:
        raise _Unsure
    out = []
    for row in rows:
        cells = [
            row[0].ljust(sizes[0]),
            *(c.rjust(n) for c, n in zip(row[1:], sizes[1:], strict=True)),
        ]
        out.append("   ".join(cells).rstrip())
    out.insert(1, "─" * total)
    return out


def _gaps(result: Assessment, width: int) -> list[str]:
    rows = []
    important = summary.gaps(result, "important")
    if important:
        named = summary.listing([summary.gap(r) for r in important], summary.SHOWN_GAPS)
        rows.append((f"  important ({len(important)}):", safe_text(named)))
    useful = summary.gaps(result, "useful")
    if useful:
        rows.append(
            (
                f"  useful ({len(useful)}):",
                f"{summary.points_open(useful):.1f} points open; --details lists them",
            )
        )
    met = sum(r.status == "met" for r in result.requirements)
    rows.append(("  met:", f"{met} of {len(result.requirements)} requirements"))
    return ["", *_paragraph("Gaps", width), *_grid(rows, width)]


def render_summary(result: Assessment, width: int) -> str | None:
    """The summary report as rich draws it without colour; None where only rich can tell."""
    try:
        out = _headline(result, width)
        for part in (
            _not_understood(result, width),
            _blockers(result, width),
            _next_steps(result.plan, width),
        ):
            if part:
                out += ["", *part]
        out += ["", *_categories(result, width), *_gaps(result, width)]
        out += _paragraph(
            "Every requirement, the evidence and the whole plan: add --details.", width
        )
    except _Unsure:
        return None
    return "".join(line.rstrip() + "\n" for line in out)  # as rich's capture ends lines
