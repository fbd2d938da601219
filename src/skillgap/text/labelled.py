"""A job written as labels and values, as the Europass CV writes it.

::

    Dates                          01/02/2022 – present
    Occupation or position held    Data Scientist (Pricing & Risk Analytics)
    Main activities and            - Build claim-frequency and lapse models ...
    responsibilities               - Parental leave 01/05/2023 – 31/10/2023
    Employer                       Aurelia Asigurări S.A., Cluj-Napoca (Romania)

The dates' line starts with a label for dates ("Dates", "Period", "From – to", "Zeitraum",
"Période", "Fechas", "Date"), alone or with a colon; the job's title is the value of the
line labelled as the position held, and its employer the value of the line labelled as the
employer, among the lines below the dates up to the next job's labelled dates. The labels
are those of Europass's English, German, French, Spanish and Italian forms and their
common shortenings ("Position", "Job title", "Company"). Label and value are parted by a
colon, a gap, a table's cell border or a line break; a PDF's text may keep one space only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.read import Line

#: The labels of a job's dates.
_DATES: Final = (
    r"dates?|period|time|duration|from\s*[-–—/]\s*to|dates?\s*\(from\s*[-–—]\s*to\)|"
    r"zeitraum|datum|dauer|von\s*[-–—/]\s*bis|période|periode|du\s*[-–—/]\s*au|fechas?|"
    r"periodo|data|desde\s*[-–—/]\s*hasta"
)
#: The label before a job's dates: nothing else stands before them.
DATE_LABEL: Final = re.compile(rf"^\s*(?:{_DATES})\s*:?\s*$", re.I)
_POSITION: Final = (
    r"occupation or position held|position held|position|job title|occupation|role|title|"
    r"beruf oder funktion|funktion|berufsbezeichnung|tätigkeit|stelle|"
    r"profession ou poste occupé|poste occupé|poste|fonction|"
    r"profesión o cargo desempeñado|puesto o cargo ocupados?|puesto|cargo|ocupación|"
    r"lavoro o posizione ricopert[ie]|posizione ricoperta|posizione"
)
_EMPLOYER: Final = (
    r"name and address of (?:the )?employer|employer|company|organi[sz]ation|"
    r"name und adresse des arbeitgebers|arbeitgeber|unternehmen|firma|"
    r"nom et adresse de l['’]employeur|employeur|entreprise|"
    r"nombre y dirección de la empresa o empleador|nombre y dirección del empleador|"
    r"empleador|empresa|nome e indirizzo del datore di lavoro|datore di lavoro"
)


#: The labels of a job's description: a line so labelled is never a job's, whatever dates
#: it names ("Main activities and responsibilities | ... Parental leave 01/02/2024 – ...").
_DESCRIPTION: Final = (
    r"main activities and responsibilities|main activities|responsibilities|description|"
    r"type of business or sector|business or sector|wichtigste tätigkeiten und zuständigkeiten|"
    r"tätigkeiten|branche|activités et responsabilités principales|secteur d['’]activité|"
    r"funciones y responsabilidades principales|tipo de empresa o sector|"
    r"principali attività e responsabilità|tipo di attività o settore"
)


def _labelled(names: str, *, loose: bool = False) -> re.Pattern[str]:
    """A labelled line: the label and its value, or the label alone.

    ``Employer    Acme``, ``Employer: Acme``, a row's cells ``Employer | Acme``; or the label
    alone (``Employer``), its value on the next line. ``loose``: one space may part them too
    (a PDF's text keeps no gaps), as it may inside a job's labelled lines.
    """
    # Possessive repeats and no two whitespace repeats side by side: a run of spaces before,
    # after or inside the label's value took time quadratic in its length. The value is the
    # same: it runs from its first character to its last but spaces and bars.
    label = rf"^\s*+(?:\|\s*+)?[*_]{{0,2}}(?:{names})[*_]{{0,2}}"
    gap = r"\s++" if loose else r"\s++(?:(?<=\s\s)|(?<=\t))"
    return re.compile(  # the label alone first: "Occupation or position held" is not
        rf"{label}(?:\s*+:)?[\s|]*+$"  # "Occupation" valued "or position held"
        rf"|{label}(?:\s*+:\s*+|\s*+\|\s*+|{gap})[*_]{{0,2}}"
        r"(?P<value>[^\s|](?:.*[^\s|])?)[\s|]*+$",
        re.I,
    )


_POSITION_LINE: Final = _labelled(_POSITION, loose=True)
_DATES_LINE: Final = _labelled(_DATES, loose=True)
_EMPLOYER_LINE: Final = _labelled(_EMPLOYER, loose=True)
_DESCRIPTION_LINE: Final = _labelled(_DESCRIPTION)


def describes(text: str) -> bool:
    """Whether a line is labelled as a job's description (its dates are not a job's)."""
    return bool(_DESCRIPTION_LINE.match(text))


def dated_by_label(before: str) -> bool:
    """Whether the text before a job's dates is only a label for them (``Dates:``)."""
    return bool(DATE_LABEL.match(clean_sentence(before).strip(" |*_")))


def europass_title(lines: Sequence[Line], i: int, before: str) -> str | None:
    """A labelled job's title, when its dates (line ``i``) are labelled: None when not.

    The label stands before the dates (``Dates    01/03/2019 – 31/08/2021``) or alone on the
    line above them. Empty when no line below is labelled as the position held.
    """
    if before.strip(" |*_:") and not dated_by_label(before):
        return None
    if not before.strip(" |*_:") and not (i > 0 and dated_by_label(lines[i - 1].text)):
        return None
    return labelled_title(lines, i)


def _value(lines: Sequence[Line], j: int, m: re.Match[str]) -> str:
    """A label's value: on its line, or on the next when the label stands alone."""
    value = m["value"] if m["value"] else (lines[j + 1].text if j + 1 < len(lines) else "")
    return clean_sentence(value).strip(" ,;|*_")


def labelled_title(lines: Sequence[Line], i: int) -> str:
    """``Position — Employer`` from the labelled lines below the dates on line ``i``.

    The lines read run to the next labelled dates (at most 15). Empty when no line among
    them is labelled as the position held.
    """
    position = employer = ""
    for j in range(i + 1, min(len(lines), i + 16)):
        text = lines[j].text
        if _DATES_LINE.match(text):
            break
        if not position and (m := _POSITION_LINE.match(text)):
            position = _value(lines, j, m)
        elif not employer and (m := _EMPLOYER_LINE.match(text)):
            employer = _value(lines, j, m)
    if not position:
        return ""
    return f"{position} — {employer}" if employer else position
