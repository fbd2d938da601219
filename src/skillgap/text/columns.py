"""Two columns flattened into one text, put back in column order where honest rules can.

Text copied out of a two-column PDF prints each row as the left column's text, one space,
the right column's text: ``R – expert DATA SCIENTIST``, ``SQL – working knowledge January
2023 – Present``. The tell-tale sign is a row that is two section headings side by side
(``SKILLS EXPERIENCE``). From that row on, each row is cut into the narrow column's cell (the
*sidebar*: skills, languages, certifications, contact) and the main column's (jobs,
education), and the document is read column by column, as a real two-column PDF is
(:mod:`.read`): the sidebar's lines, then the main column's (which runs on into the rows
after the sidebar has ended), each line keeping its number and columns.

A sidebar cell is recognised by its shape, at the start of a row for a left sidebar and at
its end for a right one:

* a sidebar heading alone (``LANGUAGES BIOINFORMATICIAN (0.6 FTE)``);
* a skill and its level (``Python – proficient``, ``Bash / Linux – working``, ``English –
  fluent (C1)``, ``SQL – 6 years``, ``Python ●●●●○``), or the level's wrapped rest
  (``knowledge, rusty``);
* a list of names ending in commas (``Bioconductor, Seurat,`` before ``pipelines on ...``);
* a short cell before a bullet (``Docker – basic • Own the ...``) or before dates
  (``Databricks Certified 02/2022 – 03/2022``); an item ending in its year in brackets
  (``Associate (2023) CAREER BREAK``).

A row where no cell is recognised goes whole to the main column; two such rows in a row end
the interleaving (the sidebar has run out). A cell that continues the one above (after a
comma or a dash, a level's rest, a certification's wrapped name) is joined to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.dates import find_span
from skillgap.text.levels import words_of
from skillgap.text.match import Matcher
from skillgap.text.read import Line
from skillgap.text.sections import kind_of

#: Words that head a CV section on their own. Two of them side by side are two columns;
#: a heading like "CAREER SUMMARY", "TEACHING EXPERIENCE" or "SKILLS SUMMARY" is one heading
#: whose first word qualifies the second, so "summary" and the qualifiers are not here.
STANDALONE: Final = frozenset(
    {
        "skills",
        "tools",
        "experience",
        "education",
        "languages",
        "certifications",
        "certificates",
        "projects",
        "publications",
        "interests",
        "hobbies",
        "awards",
        "references",
        "contact",
        "profile",
    }
)
#: The kinds a narrow column holds; the others (jobs, education, a profile) are the main one.
_SIDEBAR_KINDS: Final = frozenset(
    {"skills", "languages", "certifications", "contact", "interests", "service"}
)
#: A level in a cell: a CV's English level word (:mod:`skillgap.text.levels`), a language's
#: ("native", "conversational", "(B2)"), "rusty", years or a rating.
_LEVEL_WORD: Final = (
    rf"(?:{words_of('en')}|native|bilingual|knowledge|conversational|limited|rusty|"
    r"\d{1,2}\s*\+?\s*(?:years?|yrs?)|\d(?:\.\d)?\s*/\s*(?:5|10)|\([ABC][12]\))"
)
_LEVELS: Final = rf"{_LEVEL_WORD}(?:\s*,?\s*{_LEVEL_WORD})*(?![\w/])"
_DOTS: Final = r"[●○★☆■□⬤◯◼◻▰▱◆◇]{3,}"
_NAME: Final = r"[^\s–—:•·|,]+(?:\s+(?:/\s+)?[^\s–—:•·|]+){0,3}?"
#: A skill and its level starting a row: "Bash / Linux – working", "Python ●●●●○".
_ITEM_START: Final = re.compile(
    rf"^((?:{_NAME})\s*(?:[–—:]|\s-)\s*{_LEVELS},?|(?:{_NAME})\s*{_DOTS})(?:\s+|$)", re.I
)
#: A level's wrapped rest starting a row: "knowledge, rusty".
_LEVEL_START: Final = re.compile(rf"^({_LEVELS},?)(?:\s+|$)", re.I)
#: A skill's level ending a row: "... Power BI – expert", "... Python ●●●●○".
_LEVEL_END: Final = re.compile(rf"(?:\s*(?:[–—:]|\s-)\s*{_LEVELS}|\s*{_DOTS})$", re.I)
#: Names ending in commas starting a row, before the main column's lower-case words.
_LIST_START: Final = re.compile(r"^((?:[A-Z][\w+#./-]*,\s+){2,})(?=[a-z(\d])")
#: An item ending in its year in brackets: "Associate (2023)", "CKA (2023)".
_YEAR_ITEM: Final = re.compile(r"^(.{2,40}?\((?:19|20)\d{2}\))(?:\s+|$)")
_BULLET_INSIDE: Final = re.compile(r"\s[•▪◦‣]\s")
#: A contact detail starting a row: an e-mail address, a phone number, a web address.
_CONTACT: Final = re.compile(
    r"^(\S+@\S+\.\w+|\+?\d[\d ()-]{6,}\d|(?:https?://|www\.|linkedin\.com/|github\.com/)\S+)(?:\s+|$)"
)
#: A short row ending in a dash or a comma: a sidebar item's name, wrapped.
_WRAPPED: Final = re.compile(r"^.{2,40}\s[–—-]\s*$|^.{2,40},\s*$")
_CAPS_WORD: Final = re.compile(r"^[A-Z][A-Z&]+$")
_SHORT: Final = 40  # the longest cell a sidebar row holds
#: The longest sidebar cell that wrapped rows are still joined to (a skill and its level, a
#: certificate's name run over a few rows). Without it, 2,000 rows each ending in a comma
#: were joined into one line, each join copying the line so far: quadratic time.
_JOINED: Final = 400


def _heading_words(text: str) -> list[str] | None:
    words = re.sub(r"[#*_:]", " ", text).split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and w.isupper() for w in words):
        return None
    kinds = [kind_of(w) for w in words]
    if (
        all(w.casefold() in STANDALONE for w in words)
        and "other" not in kinds
        and len(set(kinds)) == len(kinds)
    ):
        return words
    return None


def side_by_side(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """Lines that are two section headings side by side ("SKILLS EXPERIENCE")."""
    return [(ln.number, " ".join(w)) for ln in lines if (w := _heading_words(ln.text))]


def _sidebar_heading(word: str) -> bool:
    return bool(_CAPS_WORD.match(word)) and (
        word.casefold() in STANDALONE and kind_of(word) in _SIDEBAR_KINDS
    )


def _cut_left(text: str, after_level: bool, kind: str) -> tuple[str, str]:  # noqa: PLR0911  # a return per cell shape
    """A row cut into its left sidebar cell and the rest ("" and the row: none found).

    ``kind``: the sidebar's section so far (a degree's name in an education sidebar may
    hold a comma before the main column's dates).
    """
    row = text.strip()
    first, _, rest = row.partition(" ")
    if _sidebar_heading(first) or (
        rest and _CAPS_WORD.match(first) and first.casefold() in STANDALONE and rest.isupper()
    ):
        return first, rest
    if m := _CONTACT.match(row):
        return m[1], row[m.end() :]
    if (m := _ITEM_START.match(row)) or (after_level and (m := _LEVEL_START.match(row))):
        return m[1], row[m.end() :]
    if m := _LIST_START.match(row):
        return m[1].strip(), row[m.end() :]
    if m := _YEAR_ITEM.match(row):
        return m[1], row[m.end() :]
    if (b := _BULLET_INSIDE.search(row)) and b.start() <= _SHORT:
        return row[: b.start()], row[b.start() + 1 :]
    span = find_span(row)
    if span is not None:
        at = row.find(span.text)
        cell = row[:at].strip()
        marks = r"[·|—]" if kind == "education" else r"[·|—,]"
        if 0 < len(cell) <= _SHORT and not re.search(marks, cell):
            return cell, row[at:]
        after = row[at + len(span.text) :].strip()
        if at == 0 and (after[:1].islower() or (after and find_span(after) is not None)):
            return span.text, after  # "2016 – 2019 while studying.": the sidebar's dates
    return "", row


def _cut_right(text: str, matcher: Matcher) -> tuple[str, str]:
    """A row cut into its right sidebar cell and the rest (the main column's, on the left)."""
    row = text.strip()
    head, _, last = row.rpartition(" ")
    if head and _sidebar_heading(last):
        return last, head
    level = _LEVEL_END.search(row)
    if level is None or level.start() == 0:
        return "", row
    before = row[: level.start()]
    found = [f for f in matcher.find_in_line(Line(0, before), listed=True) if f.end == len(before)]
    start = min((f.start for f in found), default=before.rfind(" ") + 1)
    return row[start:], row[:start].rstrip()


def _continues(cell: str, previous: str, kind: str) -> bool:
    """Whether a sidebar cell is the rest of the one above."""
    if not previous or _sidebar_heading(previous) or _sidebar_heading(cell):
        return False
    if previous.rstrip().endswith((",", "–", "—", "-", "/")):
        return True
    if _LEVEL_START.fullmatch(cell + " ") and not _ITEM_START.match(cell):
        return True  # "knowledge, rusty" under "Tableau – working"
    return kind == "certifications" and not re.search(r"\((?:19|20)\d{2}\)\s*$", previous)


def _piece(line: Line, part: str, *, at_end: bool) -> Line:
    """A cell of a row as a line of its own, its characters keeping their columns."""
    at = line.text.rfind(part) if at_end else line.text.find(part)
    at = max(at, 0)
    columns = tuple(line.column(at + k) for k in range(len(part)))
    return Line(line.number, part, columns)


def _joined(first: Line, rest: Line) -> Line:
    """A sidebar cell and its wrapped rest, as one line (numbered as the first)."""
    columns = (*_columns(first), rest.column(0), *_columns(rest))
    return Line(first.number, f"{first.text} {rest.text}", columns)


def _columns(line: Line) -> tuple[int, ...]:
    """The column of each character of a line (its own tuple when it has one per character)."""
    if line.columns is not None and len(line.columns) == len(line.text):
        return line.columns
    return tuple(line.column(k) for k in range(len(line.text)))


def unflatten(lines: Sequence[Line], matcher: Matcher) -> list[Line]:
    """The lines in column order: each interleaved stretch as its left, then right column."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        words = _heading_words(lines[i].text)
        if words is None:
            out.append(lines[i])
            i += 1
            continue
        i = _stretch(lines, i, matcher, out)
    return out


def _stretch(lines: Sequence[Line], i: int, matcher: Matcher, out: list[Line]) -> int:
    """One interleaved stretch from its headings' row ``i``, added to ``out``; where it ends."""
    words = _heading_words(lines[i].text) or []
    right_side = kind_of(words[0]) not in _SIDEBAR_KINDS and kind_of(words[-1]) in _SIDEBAR_KINDS
    side: list[Line] = []
    main: list[Line] = []
    kind = ""
    empty = 0
    j = i
    while j < len(lines) and empty < 2:  # two rows without a sidebar cell
        line = lines[j]
        pair = _heading_words(line.text)
        if pair is not None:
            half = len(pair) // 2 if len(pair) > 2 else 1
            left, right = " ".join(pair[:half]), " ".join(pair[half:])
            cell, rest = (right, left) if right_side else (left, right)
        elif not line.text.strip():
            side.append(line)
            main.append(line)
            j += 1
            continue
        elif right_side:
            cell, rest = _cut_right(line.text, matcher)
        else:
            after_level = bool(side) and _ITEM_START.match(side[-1].text + " ") is not None
            cell, rest = _cut_left(line.text, after_level, kind)
        if not cell and kind == "certifications" and _WRAPPED.search(line.text):
            cell, rest = line.text.strip(), ""  # "Solutions Architect –": a name wrapped
        empty = 0 if cell else empty + 1
        if cell:
            if _CAPS_WORD.match(cell) and cell.casefold() in STANDALONE:
                kind = kind_of(cell)  # the sidebar's section, education too
            piece = _piece(line, cell, at_end=right_side)
            previous = side[-1].text if side else ""
            if previous.strip() and len(previous) <= _JOINED and _continues(cell, previous, kind):
                side[-1] = _joined(side[-1], piece)
            else:
                side.append(piece)
        if rest.strip():
            main.append(_piece(line, rest, at_end=not right_side))
        j += 1
    out += [*side, *main]  # the main column's jobs run on into the rows after the sidebar
    return j
