"""A job's dated line: where its dates are, and its title and employer.

* Its **dates**: a range (:mod:`skillgap.text.dates`), or a single date at the line's end
  after a separator (``... · *Summer 2023*``) or a job title's noun (``Research Intern
  Summer 2018``), or at its start.
* Its **title**: the text before the dates; the text after them when the line starts with
  the dates (``2019 – 2021  Data Analyst, Acme``; in cells, ``Oct 2025 - now | Title
  (part-time) | Employer``, the first cell naming a job); or the lines above it (``**Title**
  — Employer``, LinkedIn's ``Company`` / ``Title`` / ``Full-time``); when the text before
  the dates is the employer and the line above names the job (``**Clinical Data Analyst**``
  / ``Trust — Informatics · Sept. '22 – now``), both; an employer's dated line with the
  title under it (``Helix Pay  Jan 2021 - now`` / ``Staff MLE``); a federal résumé's title
  below its dates past labelled facts (:mod:`skillgap.text.federal`); else the line below.
  A table row's other cells, Europass's labelled lines and a Notion item's parent are
  :mod:`skillgap.text.job_lines` and :mod:`skillgap.text.labelled`. A place is never a title.
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import DURATION, Span, find_span, leading_date, marked_date
from skillgap.text.federal import title_past_facts
from skillgap.text.job_lines import parent_item, table_title
from skillgap.text.labelled import europass_title
from skillgap.text.read import Line
from skillgap.text.seasons import SEASON_LABEL
from skillgap.text.sections import kind_of
from skillgap.text.work import BREAK, TRAVEL
from skillgap.text.wraps import ITEM_BULLET as BULLET
from skillgap.text.wraps import OPEN_END

#: A place's name: up to three words of letters ("United Kingdom", "Île-de-France").
_PLACE_NAME: Final = r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}"
#: LinkedIn's place line: "Glasgow, Scotland, United Kingdom", "Berlin, Germany · Remote",
#: "Hybrid", "Remote".
_LINKEDIN_PLACE: Final = re.compile(
    rf"^(?:{_PLACE_NAME}(?:,\s*{_PLACE_NAME}){{1,3}}(?:\s*·\s*(?:remote|hybrid|on-?site))?"
    r"|remote|hybrid|on-?site)$",
    re.I,
)
#: LinkedIn's skills line under a role: "Skills: PyTorch · MLflow · +3 skills".
_SKILLS_LINE: Final = re.compile(r"^\s*[*_]*skills\s*:", re.I)
#: Small words inside a title or an employer's name.
_PARTICLE: Final = re.compile(
    r"(?:of|and|at|the|for|de|du|des|der|für|und|y|la|le|di|van|von|da|in|an?|sp\.|z|o\.o\.)"
)
#: A page's footer copied with the text ("Page 1 of 3").
_PAGE: Final = re.compile(r"^\s*page \d+ (?:of|/) \d+\s*$", re.I)
#: The nouns job titles end in: a line without one is a place or a note, not a title.
TITLE_NOUN: Final = re.compile(
    r"\b(engineer\w*|developer|analyst|scientist|research\w*|intern(?:ship)?|"
    # the statistical sciences: "Biostatistician", "Biostatistikerin", "Epidemiologist"
    r"\w*statisticians?|\w*statistiker(?:in)?|epidemiologist|\w*metrician|"
    r"(?:bio)?estad[íi]stic[oa]|(?:bio)?estat[íi]stic[oa]|assistant|"
    r"associate|manager|lead|head|director|consultant|architect|administrator|admin|dba|"
    r"specialist|officer|teacher|tutor|lecturer|professor|nurse|contractor|freelance\w*|"
    r"founder|fellow|postdoc\w*|student|technician|designer|programmer|owner|coordinator|"
    r"advis[eo]r|executive|clerk|operator|trainee|apprentice|cashier|barista|sre|devops|"
    r"mlops|writer|editor|instructor|coach|partner|principal|cto|ceo|vp|chef|driver|"
    r"werkstudent\w*|praktikant\w*|\w*entwickler\w*|\w*ingenieur\w*|berater\w*|\w*leiter\w*|"
    r"mitarbeiter\w*|lehrbeauftragte\w*|dozent\w*|stagiaire|becari[oa]|\w+analyst(?:in|en)?|"
    r"wissenschaftler\w*|\w*praktikum|\w*hilfskraft|hiwi|praxissemester|analyste|analista|ing[ée]nieure?|ingenier[oa]|accountant|"
    r"bookkeeper|auditor|controller|representative|salesperson|buyer|planner|buchhalter\w*|"
    # Portuguese and Spanish: "Estagiário de TI", "Desenvolvedor Java", "Consultor de ML"
    r"estagi[áa]ri[oa]|desenvolvedor[ae]?s?|desarrollador[ae]?s?|engenheir[oa]s?|consultor[ae]?s?|"
    r"programador[ae]?s?|pasante|cientista|científic[oa]|investigador[ae]?|auditor[ae])\b",
    re.I,
)
#: A job title's noun ending the text before a single date: "Research Intern Summer 2018".
_TITLE_AT_END: Final = re.compile(rf"(?:{TITLE_NOUN.pattern})[\s*_]*$", re.I)
#: A place or a way of working written after a job's dates: never its title.
_PLACE: Final = re.compile(r"\b(remote|hybrid|on-?site|in[- ]office|relocat\w*)\b", re.I)
#: LinkedIn's employment type on a line of its own ("Full-time", "Full-time · 6 yrs").
EMPLOYMENT_TYPE: Final = re.compile(
    r"^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|"
    r"apprenticeship|seasonal|temporary|tempo integral|jornada completa|meio período|"
    r"media jornada|estágio|prácticas|autônomo|autónomo|voluntariado)(?!\w)[\s·•|,]*(?:\d.*)?$",
    re.I,
)
#: A name ending in an abbreviation's full stop, not a sentence's: "S.A.", "Inc.", "Ltd.".
_ABBREVIATION_END: Final = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Co|Corp|Bros)\.)$")
#: A sentence ended and another begun: "... my father. Used the time ...".
SENTENCE_BREAK: Final = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]*\s+[a-z]")
_RULE: Final = re.compile(r"^\s*[-=_*~]{3,}\s*$")
#: The cells of a job's line: ``Oct 2025 - now | Title | Employer``.
_CELL: Final = re.compile(r"\s*\|\s*")
#: A note in brackets ending a title: ``ML Consultant (full-time, 3 months)``.
_NOTE_AT_END: Final = re.compile(r"\s*\([^()]*\)\s*$")
#: What may stand before a single date ending a job's line: a separator, a wide gap (the date
#: set right, ``Data Science Intern, Acme       Summer 2019``) or nothing.
_BEFORE_SINGLE: Final = re.compile(r"(?:^|[—–|·,(*_]|\s-{1,2}|\S\s{3,})\s*[*_]*\s*$")
_WIDE_GAP: Final = re.compile(r"\s{3,}")


def company_detail(text: str) -> bool:
    """A company's line under its name: its employment type, its length or its place."""
    plain = clean_sentence(text).strip(" *_")
    if EMPLOYMENT_TYPE.match(plain) or not DURATION.sub("", plain).strip(" ·|,"):
        return True
    return bool(_LINKEDIN_PLACE.match(plain)) and not TITLE_NOUN.search(plain)


def _company_place(text: str, below: str) -> bool:
    """LinkedIn's company place above a role's title (``Glasgow, Scotland`` / ``Data Engineer``).

    Only above a line naming the job: ``Acme GmbH, Berlin`` under one is its employer.
    """
    return (
        bool(TITLE_NOUN.search(below))
        and bool(_LINKEDIN_PLACE.match(text))
        and not TITLE_NOUN.search(text)
    )


def _before_single(before: str) -> bool:
    """``_BEFORE_SINGLE`` in linear time: runs of 3+ spaces as 3, tried from near its end."""
    text = _WIDE_GAP.sub("   ", before)
    tail = len(text.rstrip().rstrip("*_").rstrip())
    return _BEFORE_SINGLE.search(text, max(0, tail - 4)) is not None


def span_of(text: str) -> Span | None:
    """The dates a job's line gives: a range, or a single date ending or starting the line."""
    span = find_span(text)
    if span is not None:
        return _promoted(text, span)
    single = find_span(text, single=True)
    if single is not None and (
        _before_single(before := text[: text.find(single.text)])
        or _TITLE_AT_END.search(before)  # a PDF's text lost the gap: "Research Intern Summer 2018"
    ):
        return single
    marked = marked_date(text)  # "— *Summer 2018* Imitation learning ..." (a joined item)
    if marked is not None and _BEFORE_SINGLE.search(text[: marked[1]]):
        return marked[0]
    return leading_date(text)


#: A promotion written on the role's line after the first title's dates: "), **Staff ML
#: Engineer** (", "; Lead Analyst (" or ") -> ML Engineer (".
_NEXT_ROLE: Final = re.compile(r"^\s*\)?\s*(?:[,;/→·|]|-+>|=>)\s*[*_]{0,2}[A-Z][^()]{2,60}\(\s*$")


def _promoted(text: str, span: Span) -> Span:
    """A line naming two roles with their dates, one after the other, spans both.

    ``**Senior ML Engineer** (Nov 2020 – Jan 2023), **Staff ML Engineer** (Feb 2023 –
    present)``: a promotion written on one line is one job from the first start to the
    last end, when the second role's title names a job and starts within three months of
    the first's end, or in the year it ends when both give years alone (``Software Engineer
    (2020–2022) -> ML Engineer (2022–now)``: the promotion's year is written twice).
    """
    at = text.find(span.text)
    rest = text[at + len(span.text) :]
    following = find_span(rest)
    if following is None or span.end is None:
        return span
    between = rest[: rest.find(following.text)]
    gap = (following.start.year - span.end.year) * 12 + following.start.month - span.end.month
    # years alone, read as January to December: "(2020–2022) -> ... (2022–now)"
    years_alone = span.end.month == 12 and gap == -11
    if not (_NEXT_ROLE.match(between) and TITLE_NOUN.search(between)):
        return span
    if not (0 <= gap <= 3 or years_alone):
        return span
    return Span(
        span.start,
        following.end,
        text[at : at + len(span.text) + len(between)] + following.text,
        following.expected,
    )


def _ends_prose(text: str) -> bool:
    """A sentence's end: ``... model evaluation design.``, ``students; taught NLP at MVA.``.

    Its words run in lower case; a title's or an employer's are capitalised but for
    particles (``Senior Data Analyst at Acme Corp.``, ``Lab of Cell Signalling.``). A
    sentence in brackets ends so too: ``remotely on reduced hours.)``.
    """
    words = clean_sentence(text).split()
    if len(words) < 4 or not text.rstrip().removesuffix(")").endswith("."):
        return False
    lower = [w for w in words if w[:1].islower() and not _PARTICLE.fullmatch(w.strip(",;:"))]
    return len(lower) >= 2


def _stops(line: Line, is_heading: bool) -> bool:
    """A line that ends a job's block above its dates: blank, a bullet, a rule, other dates."""
    text = line.text
    return (
        not text.strip()
        or bool(BULLET.match(text))
        or bool(_PAGE.match(text))
        or _ends_prose(text)
        or bool(_RULE.match(text))
        or bool(_SKILLS_LINE.match(text))
        or span_of(text) is not None
        or bool(SENTENCE_BREAK.search(text))
        or (is_heading and kind_of(text) != "other" and not BREAK.search(text))
    )


def _title_above(lines: list[tuple[Line, bool]], i: int) -> tuple[str, str]:
    """The job's lines above its dates (up to three), and LinkedIn's employment type there.

    ``Company`` / ``Title`` / ``Full-time`` / ``Jul 2019 - Dec 2020``: the title is
    ``Company — Title``; "Full-time" says how much, not what.
    """
    parts: list[str] = []
    notes: list[str] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        prev, is_heading = lines[j]
        if j == i - 1 and not prev.text.strip() and j > 0 and lines[j - 1][1]:
            continue  # "### Title — Employer", a blank line, "*janvier 2023 – à ce jour*"
        if _stops(prev, is_heading):
            break  # "Experience" heads the section, not the job ("Career break" does)
        text = clean_sentence(prev.text)
        if j > 0 and span_of(lines[j - 1][0].text) and not TITLE_NOUN.search(text):
            break  # "Berlin, Germany" right under the job before's dates: its place
        if parts and _company_place(text, parts[0]):
            continue  # "Glasgow, Scotland, United Kingdom · Hybrid" over the role: where
        if EMPLOYMENT_TYPE.match(text):
            notes.insert(0, text)
        elif DURATION.sub("", text).strip():  # LinkedIn's "6 years 2 months"
            parts.insert(0, text)
        if is_heading or re.search(r"\s[—|–]\s", prev.text):
            break  # "Title — Employer": the job's first line
    return _joined(parts), " ".join(notes)


def _joined(parts: list[str]) -> str:
    """A job's lines above its dates as one title: a line left open runs on into the next.

    ``DevOps Engineer — Tessellate Software,`` / ``Calgary`` (a PDF's wrap) is one line;
    ``Company`` / ``Title`` are two parts, joined by a dash.
    """
    out = ""
    for part in parts:
        wrapped = OPEN_END.search(out) or out.count("(") > out.count(")")
        out = f"{out} {part}" if out and wrapped else f"{out} — {part}" if out else part
    return out.strip().rstrip(" —–|·").strip()  # "... Université de Mont-Royal —" / its dates


def _title_below(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right below a job's dates, when the dates stand alone above the title."""
    if i + 1 >= len(lines):
        return ""
    nxt, is_heading = lines[i + 1]
    text = clean_sentence(nxt.text)
    if is_heading and kind_of(nxt.text) == "other" and TITLE_NOUN.search(text):
        is_heading = False  # Europass: "01/02/2022 – CURRENT Lisbon" / "DATA SCIENTIST – ..."
    if not text or is_heading or _stops(nxt, False):
        return ""
    sentence = text.endswith(".") and not _ABBREVIATION_END.search(text)
    return text if len(text) <= 120 and not sentence else ""


#: A note in brackets: "(part-time advisor, 1 day/week)", "(Senior MLE from 2018)".
_BRACKETS: Final = re.compile(r"\([^)]*\)")


def _title_under(lines: list[tuple[Line, bool]], i: int) -> str:
    """The title on the line under an employer's dated line: a job's noun outside any note.

    ``Vantora Search Ltd   Apr 2016 - Dec 2020`` / ``Machine Learning Engineer (Senior MLE
    from 2018)``: the dates in the note are a promotion's, not a job of their own.
    """
    if i + 1 >= len(lines) or BULLET.match(lines[i + 1][0].text):
        return ""
    if lines[i + 1][1] and kind_of(lines[i + 1][0].text) != "other":
        return ""  # "EDUCATION" heads what follows (a short title may read as a heading)
    text = clean_sentence(lines[i + 1][0].text)
    plain = _BRACKETS.sub("", text)
    if len(text) > 90 or span_of(plain) is not None or not TITLE_NOUN.search(plain):
        return ""
    return text


def _line_above(lines: list[tuple[Line, bool]], i: int) -> str:
    """The line right above a job's dates when it names the job (no blank line between)."""
    if i == 0:
        return ""
    prev, is_heading = lines[i - 1]
    text = clean_sentence(prev.text)
    if _stops(prev, is_heading) or text.endswith((".", ":")) or len(text) > 120:
        return ""  # "Clients:" introduces the lines below, it names none of them
    return text


def _cell_title(after: str) -> str:
    """``DATE | Title (part-time) | Employer, City``: the first cell naming a job, then the rest.

    A cell that is only a note (``(part-time)``) or more dates is skipped; the title's own
    note in brackets says how much, not what (the share is read from the whole line).
    """
    cells = [clean_sentence(c).strip(" *_") for c in _CELL.split(after)]
    if len(cells) < 2 or (cells[0] and not cells[0].startswith("(")):
        return ""  # not a row of cells after the dates (a note in brackets may stand first)
    for cell in cells[1:]:
        if cell.startswith("(") or find_span(cell) is not None or not TITLE_NOUN.search(cell):
            continue
        others = [c for c in cells if c and c != cell and not c.startswith("(")]
        return " — ".join([_NOTE_AT_END.sub("", cell).strip(), *others])
    return ""


def _federal(
    lines: list[tuple[Line, bool]], i: int, above: str, notes: str
) -> tuple[str, str] | None:
    """A federal résumé's title past the facts below its dates, and its notes.

    Only when the lines above (the agency and its address) name no job; the facts join the
    notes on its time.
    """
    past = None if TITLE_NOUN.search(above) else title_past_facts(lines, i, TITLE_NOUN)
    if past is None:
        return None
    return (f"{past[0]} — {above}" if above else past[0]), f"{notes}; {past[1]}".strip("; ")


#: A break's words after its dates: the line is the break's, whatever it says of a place.
#: A break or a leave named after its dates: "Career break (...)", "Karenz (parental leave)",
#: "travel (Südostasien)" on a line of their own between jobs.
_BREAK_AFTER: Final = re.compile(
    rf"\b(?:career break|sabbatical|break)\b|^(?:{BREAK.pattern}|{TRAVEL.pattern})", re.I
)


def job_title(  # noqa: PLR0911  # a return per layout
    lines: list[tuple[Line, bool]], i: int, span: Span
) -> tuple[str, str]:
    """A job's title (with its employer where the layout gives it) and notes about its time.

    The text before the dates when there is some (with the line above when that names the
    job: ``**Clinical Data Analyst**`` / ``Trust — Informatics · Sept. '22 – now``); else
    the lines above (``### Title — Company`` / ``*Sept. '22 – present* · Gothenburg``: the
    text after the dates is a place); the text after the dates when it names a job
    (``2019 – 2021  Data Analyst, Acme``); else the line below. A place is never a title,
    but a title whose note in brackets names one is (``04/2024 – now  ML Engineer — client:
    Acme (Warsaw, remote)``, a contractor's line, its share on the line below).
    """
    text = lines[i][0].text
    at = text.find(span.text)
    before = clean_sentence(text[:at]).strip(" —–-|*·,(_")
    after = clean_sentence(DURATION.sub(" ", text[at + len(span.text) :])).strip(" —–-|*·,:_")
    if SEASON_LABEL.match(before.rstrip(" :")):
        before = ""  # "Summer 2023/24: Dec 2023 – Feb 2024": the dates' label, the title above
    if after.count("(") > after.count(")"):  # "(full-time, 3 months)": the length's bracket
        after = after.rstrip(" ,;") + ")"
    table = table_title(text, span)
    if (
        table is None
        and (labelled := europass_title([ln for ln, _ in lines], i, before)) is not None
    ):
        before = ""  # Europass: "Dates  01/03/2019 – ...", the position and employer labelled
        table = labelled or None
    if table is not None:
        return table, ""
    if not re.search(r"[A-Za-z]{3}", before) and (parent := parent_item(lines, i)):
        return parent, ""  # Notion: "- **Data Scientist** — Acme" / "    - **Jan 2024 – now**"
    if re.search(r"[A-Za-z]{3}", before):
        above = _line_above(lines, i)
        plain = not above and not TITLE_NOUN.search(_BRACKETS.sub("", before))
        if plain and (below := _title_under(lines, i)):  # "Helix Pay  Jan 2021 - now" / "Staff MLE"
            return f"{below} — {before}", ""
        return (f"{above} — {before}" if above else before), ""
    above, notes = _title_above(lines, i)
    if cell := _cell_title(text[at + len(span.text) :]):
        return (f"{cell} — {above}" if above else cell), notes
    if not re.search(r"[A-Za-z]{3}", after) and (federal := _federal(lines, i, above, notes)):
        return federal  # "03/2021 - Present" / "Grade Level: GS-13" / ... / "Data Scientist"
    # a place in a titled line's closing note is the job's place: "... (Warsaw, remote)"
    unnoted = _BRACKETS.sub("", after)
    placed = _PLACE.search(unnoted if TITLE_NOUN.search(unnoted) else after)
    titled = (
        re.search(r"[A-Za-z]{3}", after)
        and not after.startswith("(")  # "(parental leave ...)": a note, not the title
        and not after.startswith(".")  # "Jan 2021 – Aug 2022. Hugging Face ...": its duties
        and find_span(after) is None
        and not placed
    )
    if titled and TITLE_NOUN.search(after):
        return (f"{after} — {above}" if above else after), notes
    if _BREAK_AFTER.search(after) and not after.startswith("(") and find_span(after) is None:
        return after, notes  # "Sep 2025 - Dec 2025    Career break (relocation to Sydney)"
    if above:
        return above, notes
    return (_title_below(lines, i) or (after if titled else "")), notes
