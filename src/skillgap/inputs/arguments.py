"""The command line's text values, checked once before any command runs.

An option's value is text a person typed, or a script built: it must be text (the bytes
of a terminal that is not UTF-8 reach Python as lone surrogates, which no file or report
can hold) and of a bounded length, so that no value costs more than a name does and no
message echoes a page. Paths are exempt: a file's name is bytes, and is shown escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from skillgap.errors import UsageError
from skillgap.untrusted import undecodable

#: The longest text an option takes, as a profile's names (skills, the person, a title).
MAX_OPTION_CHARS: Final = 200
#: Options whose value holds longer text: a comment (after ``SKILL=``), a link.
LONGER_OPTIONS: Final = {
    "comment": MAX_OPTION_CHARS + 1 + 2000,  # SKILL=COMMENT, a review's comment
    "overall": 2000,  # a review's overall comment
    "evidence": MAX_OPTION_CHARS + 1 + 500,  # SKILL=URL, a profile's evidence link
}
#: Parameters that name files: batch's patterns are text, but a file's name is bytes.
PATH_PARAMETERS: Final = frozenset({"paths"})


def option_problem(name: str, label: str, value: object) -> UsageError | None:
    """The usage error of parameter ``name`` (shown as ``label``, e.g. ``--skip``), or None.

    A path is never refused here; a list is checked item by item.
    """
    if name in PATH_PARAMETERS:
        return None
    items: Iterable[object] = value if isinstance(value, (list, tuple)) else (value,)
    limit = LONGER_OPTIONS.get(name, MAX_OPTION_CHARS)
    for item in items:
        if not isinstance(item, str):
            continue
        if undecodable(item):
            return UsageError(
                f"{label} holds bytes that are not UTF-8 text", "write the value in UTF-8"
            )
        if len(item) > limit:
            return UsageError(
                f"{label} is {len(item):,} characters long (at most {limit:,}): '{item[:40]}…'",
                "shorten it",
            )
    return None


def combination_problem(values: Mapping[str, object]) -> UsageError | None:
    """The usage error of options that cannot go together, by parameter name, or None.

    ``--debug`` prints tracebacks, which hold the person's paths and values: under
    ``--redact`` it would undo the redaction, so the two are refused together.
    """
    if values.get("redact") and values.get("debug"):
        return UsageError(
            "--debug cannot be combined with --redact: its tracebacks show the paths and "
            "values --redact hides",
            "run without --redact to debug, on your own machine",
        )
    return None
