"""A line that goes on from the line above: a wrap, never a heading of its own.

A PDF or an editor wraps a long line: a sentence left open ("... models onto" /
"Terraform"), a bracket left open ("(Übernahme nach dem Dualen" / "Studium)"), a bullet's
text going on indented as far as its words ("- Studium der Informatik oder eine Ausbildung
zum/zur" / "  Fachinformatiker:in"). :mod:`skillgap.text.sections` asks these before it
takes a short line for a heading; the CV's and the posting's readers ask :data:`OPEN_END`.
The bullet patterns live here too, the one home of what opens a list item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.read import Line

#: A list item's bullet where a line's kind is read: "-", "*", "•", "1." or "1)".
ITEM_BULLET: Final = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: A list item's bullet before a heading is taken: those, and "--" (not "-- SKILLS --").
BULLET: Final = re.compile(r"^\s*(?:[-*•]|--(?!.*--\s*$)|\d+[.)])\s+")

#: A line's end that leaves its sentence open ("... models onto", "... Energie GmbH,"): the
#: next line is its rest, wrapped (a PDF's or an editor's), never a heading. Portuguese's and
#: Spanish's small words too ("... infraestrutura em" / "Terraform"); "e", "y", "o" in lower case.
OPEN_END: Final = re.compile(
    r"(?:[,&]|\b(?:a|an|the|and|or|of|to|onto|into|in|on|at|for|from|with|by|via|as|"
    r"em|de|del|da|das|dos|com|con|para|por|en|na|nas|nos|ao|al|sobre)|(?<!\w)(?-i:[eyo]))\s*$",
    re.I,
)


def open_bracket(text: str) -> bool:
    """Whether a line leaves a bracket open: the next line is its wrapped rest, not a heading.

    A PDF's wrap: ``Südwerk GmbH, Mannheim (Übernahme nach dem Dualen`` / ``Studium)``.
    """
    return text.count("(") > text.count(")")


def hangs(lines: Sequence[Line], i: int) -> bool:
    """Whether a line is a bullet's wrap: indented as far as the bullet's text, or further.

    "- Studium der Informatik oder eine Ausbildung zum/zur" over "  Fachinformatiker:in mit
    Berufserfahrung": the bullet goes on, whatever the words of its next line name. Lines
    indented alike above it are the same bullet's wraps.
    """
    indent = len(lines[i].text) - len(lines[i].text.lstrip())
    for j in range(i - 1, -1, -1):
        above = lines[j].text
        bullet = BULLET.match(above)
        if bullet:
            return 0 < bullet.end() <= indent
        if not above.strip() or len(above) - len(above.lstrip()) != indent:
            return False
    return False
