"""What every terminal report shares: text shown safely, tables, the capture."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from skillgap.renderers.plain import LONGEST_WORD
from skillgap.untrusted import safe_text, unsafe


def listing(title: str | None = None) -> Table:
    """A report's table: its title on the left, a rule under the header, no outer edge."""
    return Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False
    )


def _t(text: str = "", style: str = "") -> Text:
    """Text from a profile or catalog as a renderable: no markup read, controls shown visibly."""
    return Text(safe_text(text), style=style)


class _Console(Console):
    r"""A console that reads no markup and shows control characters in every string it renders.

    Names come from files: ``[/]`` or ``[link=...]`` in a skill's name must print as those
    characters, and ``\x1b[2J`` must print as that text, not clear the screen. Strings
    handed to tables and titles pass through here; Text is built with :func:`_t`.
    """

    def render_str(self, text: str, **kwargs: Any) -> Text:
        """A string as plain text: never markup, never a raw control character."""
        kwargs["markup"] = False
        return super().render_str(safe_text(text), **kwargs)


class _Shown:
    """A renderable whose printed text has every control character shown visibly.

    The last guard: text from files is made safe where renderables are built (:func:`_t`,
    :class:`_Console`), so the layout measures what is printed; anything that reached a
    renderable by another road is caught here, before it can reach a terminal raw.
    """

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The inner renderable's segments, their text made safe (styles are not text)."""
        for segment in console.render(self.inner, options):
            text = segment.text
            if segment.control or text.isprintable() or not unsafe().search(text):
                yield segment
            else:
                yield Segment(safe_text(text), segment.style)


class _WholeWords:
    """A table whose wrapping columns get room for their longest word: words wrap, never split.

    Rich shares out a narrow width by shrinking the widest columns, which folds words
    ("Hyperparamete / r", "(intermediate / )"). Here each wrapping column first gets its
    longest word, the rest of the width goes where text is longest, and rich wraps at
    spaces. When even that does not fit, rich's own sharing is left to do what it can.
    """

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table, its column widths fitted to the width it is printed at."""
        _fit_words(self.table, options.max_width)
        yield self.table


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def _fit_words(table: Table, width: int) -> None:
    columns = table.columns
    texts = [[_plain(c.header), *map(_plain, c.cells)] for c in columns]
    longest = [max((len(line) for t in ts for line in t.splitlines()), default=0) for ts in texts]
    words = [
        min(max((len(w) for t in ts for w in t.split()), default=1), LONGEST_WORD) for ts in texts
    ]

    def padding() -> int:
        return table._extra_width + sum(table._get_padding_width(i) for i in range(len(columns)))

    if sum(longest) + padding() <= width:
        return
    wraps = [not c.no_wrap and c.width is None for c in columns]
    fixed = sum(n for n, w in zip(longest, wraps, strict=True) if not w)
    least = fixed + sum(n for n, w in zip(words, wraps, strict=True) if w)
    if least + padding() > width:
        table.collapse_padding = True  # one space less between columns before any word splits
    room = width - padding() - least
    if room < 0:
        return
    # Share the room out as water fills vessels: short columns get all they want (no
    # needless wrap in "AI Consultant"), the longest texts share what is left evenly.
    wants = {i: longest[i] - words[i] for i, w in enumerate(wraps) if w}
    for left, i in enumerate(sorted(wants, key=lambda i: wants[i]), start=0):
        share = min(wants[i], room // (len(wants) - left))
        room -= share
        columns[i].width = words[i] + share


def capture(renderables: Iterable[RenderableType], *, color: bool, width: int) -> str:
    """Print renderables to a string, with ANSI colour only when asked."""
    buffer = io.StringIO()
    console = _Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    for item in renderables:
        console.print(_Shown(_WholeWords(item) if isinstance(item, Table) else item))
    # Rich pads table rows to the full width; trailing blanks only clutter files and diffs.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
