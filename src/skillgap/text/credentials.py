"""A CV's degrees and certifications: their names, fields, dates and status.

* **Degrees** from an education section's lines naming one (PhD, MSc, Master's, B.Sc.,
  Inżynier ...): the catalog's degree, its field (the words after it, up to a separator,
  a bracket, a comma or a year) and ``in_progress`` when expected, ongoing ("– present")
  or ending after the reference day.
* **Certifications** the catalog knows, one a line, or LinkedIn's blocks (name, issuer,
  ``Issued May 2022``), with the month earned; lines naming others are kept as text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.models.common import FOREIGN_DEGREES
from skillgap.text.context import clean_sentence
from skillgap.text.dates import Span, find_span
from skillgap.text.match import phrases
from skillgap.text.range_wraps import lines_unwrapped
from skillgap.text.read import Line
from skillgap.text.sections import Section

_RULE: Final = re.compile(r"^\s*[-=_*]{3,}\s*$")


def _capitalized(name: str) -> str:
    """A degree's name as a pattern, capitalized: ``Laurea Magistrale``, ``Laurea magistrale``."""
    first, *rest = name.split()
    return re.escape(first.capitalize()) + "".join(rf"\s+(?i:{re.escape(w)})" for w in rest)


_ISSUED: Final = re.compile(r"^(?:issued|credential id|expires|expired|valid)\b", re.I)
_DEGREE_WORD: Final = re.compile(
    r"\b(Ph\.?\s?D|Doctor\w*|M\.?Sc|M\.?Ed|M\.?Eng|M\.?\s?Tech|MBA|MPhil|M\.?A|M\.?S|"
    r"Master(?!arbeit|thesis)\w*|B\.?Sc|B\.?Eng|B\.?\s?Tech|B\.?A|B\.?S|"
    r"Bachelor(?!arbeit)\w*|Inżynier|"
    # India's: B.Com and M.Com (commerce), BCA and MCA (computer applications), BBA, PGDM
    r"B\.?\s?Com|M\.?\s?Com|BCA|MCA|BBA|PGDM|"
    # Spanish and Portuguese: "Grado en Economía", "Bacharelado em Ciência da Computação"
    r"Grado|" + "|".join(_capitalized(word) for word in FOREIGN_DEGREES) + ")"
    r"\b\.?(?!\s*(?:thesis|arbeit)\b)"
)
DEGREE_WORD: Final = _DEGREE_WORD  # a degree's name opening a dated line (:mod:`.degree_rows`)
#: The rest of a degree's name before its field: "'s degree (mgr),", "of Philosophy - PhD,",
#: "of Science in", "of Engineering - BE,", "of Science (BSc),"; and what parts it from its
#: field: "Ph.D., Computer Science",
#: "Licencjat (Bachelor's degree) in Logistics".
_DEGREE_TAIL: Final = (
    r"^(?:['’]s\s+degree|of\s+philosophy|degree|of\s+(?:science|arts|engineering|technology)"
    r"(?=\s+in\b|\s*(?:[-–—]\s*[\w.]+|\([^)]*\))?\s*,))(?:\s*[-–—]\s*[\w.]+)?"
    r"(?:\s*\([^)]*\))?\s*,?\s*"
)
_BEFORE_FIELD: Final = re.compile(r"^[\s,;)\]*_]+")
#: A month's name left at a field's end by its dates: "Data Science Oct 2024 - ...".
_MONTH_END: Final = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I
)
#: Where a degree's field ends: a separator, a bracket, a comma, a gap or a year.
_FIELD_END: Final = r"\s[—–|·-]\s|\s\(|\(|,|\s{2,}|\s(?:19|20)\d{2}\b"
_POINT: Final = re.compile(
    r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})\b",
    re.I,
)
_MONTH_NUM: Final = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


#: A month in numbers: ``08/2023``, ``8.2023``, and ISO's ``2023-08``.
_MONTH_YEAR: Final = re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])[/.]((?:19|20)\d{2})(?![\d/.])")
_ISO_MONTH: Final = re.compile(r"\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d])")


def _date(text: str) -> str | None:
    """The first month a certification's text names (``Mar 2021``, ``03/2021``, ``2021``)."""
    found: list[tuple[int, int, str]] = []  # where, -length (a month first), the month
    if m := _POINT.search(text):
        month = _MONTH_NUM.get((m[1] or "jan")[:3].casefold(), 1)
        found.append((m.start(), -len(m[0]), f"{m[2]}-{month:02d}-01"))
    if m := _MONTH_YEAR.search(text):
        found.append((m.start(), -len(m[0]), f"{m[2]}-{int(m[1]):02d}-01"))
    if m := _ISO_MONTH.search(text):
        found.append((m.start(), -len(m[0]), f"{m[1]}-{m[2]}-01"))
    return min(found)[2] if found else None


#: A doctorate's words: "PhD", "Ph.D.", "Doctor of Philosophy", "Doktorand", "DPhil".
_DOCTORATE: Final = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?Phil|Doctor\w*|Doktor\w*|Doutor\w*|Dottora\w*|Promotion)\b", re.I
)


def doctorates(section: Section) -> list[Span]:
    """The dates of the doctorates an education section names (a PhD's years are research)."""
    out: list[Span] = []
    lines = lines_unwrapped(section.lines[1:])
    for i, line in enumerate(lines):
        if not _DOCTORATE.search(line.text):
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        span = find_span(line.text) or (None if _DEGREE_WORD.search(after) else find_span(after))
        if span is not None:
            out.append(span)
    return out


#: A place of study, not a field: "B.Com (Hons), University of Delhi".
_INSTITUTION: Final = re.compile(
    r"\b(universit\w*|college|institut\w*|school|academy|hochschule|polytechnic|"
    r"(?-i:IIT|IIM|NIT|IIIT))\b",
    re.I,
)
#: Degrees whose name is their field: India's commerce and computer-applications degrees,
#: and a business degree.
_NAMED_FIELD: Final = {
    **dict.fromkeys(("BCOM", "MCOM"), "Commerce"),
    **dict.fromkeys(("BCA", "MCA"), "Computer Applications"),
    **dict.fromkeys(("BBA", "MBA", "PGDM"), "Business"),
}


#: A degree not yet finished: "expected", "in progress"; "en curso", "em andamento".
_UNDERWAY: Final = re.compile(
    r"\b(expected|in progress|ongoing|current|en curso|em curso|em andamento|cursando)\b", re.I
)


def degrees_of(section: Section, catalog: CatalogIndex, today: dt.date) -> list[dict[str, str]]:
    """The degrees an education section names, with their fields and whether completed."""
    out: list[dict[str, str]] = []
    lines = section.lines[1:]
    for i, line in enumerate(lines):
        text = clean_sentence(line.text)
        m = _DEGREE_WORD.search(text)
        if m is None:
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        dates = text if _DEGREE_WORD.search(after) else text + " " + after
        word = m[1].replace(".", "")
        degree = catalog.find_degree(word) or catalog.find_degree(m[0])
        if degree is None:
            upper = word.upper()
            degree = (
                "phd"
                if upper.startswith(("PHD", "DOCTOR"))
                else "master"
                if upper.startswith("M")
                else "bachelor"
            )
        if degree not in catalog.degrees:
            continue
        rest = text[m.end() :].strip(" .")
        # LinkedIn's "Doctor of Philosophy - PhD, Computer Science", "Master's degree, Maths"
        rest = re.sub(_DEGREE_TAIL, "", rest, flags=re.I)
        rest = _BEFORE_FIELD.sub("", rest)  # "Ph.D., Computer Science", "(Bachelor's) in ..."
        bracket = re.match(r"^\(([^()]*)\)", rest)
        if bracket and catalog.find_field(bracket[1]) is not None:
            rest = bracket[1]  # "MBA (Business Analytics), NMIMS": the field, not "(Hons)"
        rest = _BEFORE_FIELD.sub("", re.sub(r"^\([^)]*\)", "", rest))  # "BSc (Hons), Physics"
        rest = re.sub(r"^(?:(?:in|of|en|em|de)\s+)?", "", rest, flags=re.I)
        fld = _MONTH_END.sub("", re.split(_FIELD_END, rest, maxsplit=1)[0].strip(" *"))
        span = find_span(dates)
        ongoing = bool(_UNDERWAY.search(dates)) or (
            span is not None
            and (  # "Sep 2022 – present" runs on; "2024 – 2027" ends after today
                span.end is None
                or span.end.year * 12 + span.end.month > today.year * 12 + today.month
            )
        )
        entry = {"degree": degree, "status": "in_progress" if ongoing else "completed"}
        if _INSTITUTION.search(fld):
            fld = ""  # "BCA, Bangalore University": where, not what
        fld = fld or _NAMED_FIELD.get(word.upper().replace(" ", ""), "")
        if fld and re.search(r"[A-Za-z]", fld):
            entry["field"] = fld[:100]
        out.append(entry)
    return out


def certifications_of(
    section: Section, catalog: CatalogIndex
) -> tuple[list[dict[str, str]], list[str]]:
    """The certifications the catalog knows, and the lines naming others.

    One certification a line, or LinkedIn's blocks: name, issuer, ``Issued May 2022``.
    """
    known: list[dict[str, str]] = []
    unknown: list[str] = []
    lines = [clean_sentence(ln.text) for ln in section.lines[1:]]
    last: dict[str, str] | None = None  # the certification the lines below belong to
    wrapped = False  # this line is the rest of the one above ("Associate — Sept 2024")
    skip = 0  # lines that are the rest of an unknown certification's name above
    for i, (line, text) in enumerate(zip(section.lines[1:], lines, strict=True)):
        if wrapped or skip:
            wrapped, skip = False, max(0, skip - 1)
            continue
        if not text or _RULE.match(text):
            last = None
            continue
        if _ISSUED.match(text):
            if last is not None and "earned" not in last and (earned := _date(text)):
                last["earned"] = earned
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i > 0 and lines[i - 1] and _ISSUED.match(nxt):
            continue  # the issuer between a certification's name and its date
        last = None
        said = text  # the certification's words, wrapped lines joined
        name = re.split(r"\s[—–]\s", said, maxsplit=1)[0]
        found = _certification(name, line, catalog)
        if found is None and _rest_of(nxt, catalog):  # "Google Cloud Professional Machine" /
            whole = f"{said} {nxt}"  # "Learning Engineer — Oct 2024": the name wrapped
            joined = re.split(r"\s[—–]\s|\s\(", whole, maxsplit=1)[0]
            found = _certification(joined, Line(line.number, whole), catalog)
            wrapped = found is not None
            said, name = (whole, joined) if wrapped else (said, name)
        while (
            found is None and i + 1 + skip < len(lines) and _wraps_into(said, lines[i + 1 + skip])
        ):
            said = _glued(said, lines[i + 1 + skip])  # "AWS Certified Solutions Architect –"
            skip += 1
        if found is None:
            unknown.append(said)
            continue
        entry = {"name": catalog.certifications[found].name}
        rest = said[len(name) :]
        if _date(rest) is None and _date(said) is not None:
            rest = said  # "... (Oct 2024)", "... - Mar 2025", "...      11/2020": no dash
        if _date(rest) is None and (_rest_of(nxt, catalog) or _same_named(nxt, found, catalog)):
            rest, wrapped = nxt, True  # a PDF's column wrapped the name before its date
        if (earned := _date(rest)) is not None:
            entry["earned"] = earned
        known.append(entry)
        last = entry
    return known, unknown


def _certification(name: str, line: Line, catalog: CatalogIndex) -> str | None:
    """The catalog's certification a line names: by its name, else by a phrase in it."""
    found = catalog.find_certification(name)
    if found is None:
        hits = phrases(catalog.certification_names, line)
        found = hits[0][0] if hits else None
    return found


#: How a certification's name that goes on in the next line ends: a dash, a hyphen, a
#: month without its year, a word that needs more ("of", "and", "for", ":").
_OPEN: Final = re.compile(
    r"(?:\s[—–-]|\w-|[:,]|\b(?:of|and|for|in|with|on|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\.?)$",
    re.I,
)
#: The words a certification's name ends with, its level or its role: a line opening with
#: one is the rest of the name above ("Associate — 03/2021").
_NAME_END: Final = re.compile(
    r"^(?:associate|professional|specialty|expert|fundamentals|foundations?|practitioner|"
    r"engineer|developer|analyst|architect|administrator|scientist|specialist|certificate|"
    r"certification|specialization|\()",
    re.I,
)


def _wraps_into(text: str, nxt: str) -> bool:
    """Whether a certification's line with no date goes on in the next (a column's wrap).

    It ends open (:data:`_OPEN`: ``AWS Certified Solutions Architect –``, ``... — Oct``,
    a bracket left open), or the next line is its name's last words or its issuer in
    brackets, and a date (``Engineer (issued 09/2023)``, ``(DeepLearning.AI) — 08/2024``).
    """
    if _date(text) is not None or _ISSUED.match(nxt) or not nxt.strip():
        return False
    if _OPEN.search(text.rstrip()) or text.count("(") > text.count(")"):
        return True
    ends = _date(nxt) is not None or bool(_OPEN.search(nxt.rstrip()))
    return bool(_NAME_END.match(nxt)) and ends


def _glued(text: str, nxt: str) -> str:
    """Two lines of one name as one: a word broken at its hyphen joined without a space."""
    text = text.rstrip()
    if re.search(r"\w-$", text):
        return text + nxt.strip()
    return f"{text} {nxt.strip()}"


#: The most words a certification's wrapped rest has before its date.
_REST_WORDS: Final = 4


def _same_named(text: str, found: str, catalog: CatalogIndex) -> bool:
    """A wrapped rest that names the same certification again, with its date.

    ``Certified Kubernetes Application Developer`` / ``(CKAD), The Linux Foundation – June
    2023``: its abbreviation, the issuer and the date, not a second certification.
    """
    if text.lstrip()[:1] != "(":
        return False  # a line naming it whole is a second listing, not the first's rest
    hits = phrases(catalog.certification_names, Line(0, text))
    return _date(text) is not None and bool(hits) and all(hit[0] == found for hit in hits)


def _rest_of(text: str, catalog: CatalogIndex) -> bool:
    """Whether a line is the wrapped rest of the certification above: a few words and a date.

    ``Microsoft Certified: Azure AI Engineer`` / ``Associate — Sept 2024``; a line naming a
    certification of its own is not.
    """
    head = re.split(r"\s[—–-]\s|,|\(", text, maxsplit=1)[0]
    return (
        bool(text)
        and _date(text) is not None
        and len(head.split()) <= _REST_WORDS
        and not _ISSUED.match(text)
        and catalog.find_certification(head) is None
        and not phrases(catalog.certification_names, Line(0, text))
    )
