"""Date ranges as CVs write them, and the months they cover.

The forms read (each end a month, a season or a year; any dash, "to", "until" between):

* month names, short or long, with or without a day: ``Jan 2021``, ``Sept. '22``,
  ``1 March 2019``, ``March 1, 2019``; numbers: ``04/2023``, ``4.2023``, ``2023-04``
  (ISO, both ends), ``09/22`` (month and two-digit year, both ends);
* a year alone: ``2018 – 2020`` is Jan 2018 to Dec 2020, ``2019–21`` too, ``2016 - 02/2019``
  starts in January; a season: Spring Mar–May, Summer Jun–Aug, Autumn/Fall Sep–Nov, Winter
  Jan–Mar (a winter term), so ``Summer 2024`` is Jun–Aug 2024;
* a start month without its year takes the end's: ``Jun – Sep 2024``; a year before its
  months: ``2022 (Jun–Sep)``, or before its one month: ``2021 (Mar) – present``;
* an Indian CV's apostrophe or hyphen years: ``Apr'19 - Mar'21``, ``Jun-18 to Mar-21``;
* ongoing: ``Present``, ``now``, ``current``, ``today``, ``to date``, ``Till date``,
  ``Till now``, ``since 2021``, ``from March 2021``, ``2021 onwards``, ``Jan 2021 –`` (the
  dash left open); German, French, Spanish and Italian words too: ``seit 09/2023``,
  ``März 2020 bis heute``, ``depuis 2021``, ``desde 2020``, ``en cours``, ``actualidad``;
  Chinese, Japanese and Korean ones after a dash or tilde: ``2020/09 - 至今``, ``2019.03 ~ 현재``;
  Vietnamese, Indonesian, Malay and Thai ones: ``03/2020 - nay``, ``hiện tại``, ``sekarang``;
* a Thai CV's Buddhist-era year in brackets before the dash is passed over:
  ``Jan 2022 (B.E. 2565) - Present`` reads Jan 2022 to now;
* Polish ones (:mod:`skillgap.text.polish`): ``marzec 2022 – obecnie``, ``od marca 2022 do
  dziś``, ``wrzesień 2021 – czerwiec 2022``;
* month names in those languages (``Mai 2019 – Okt. 2021``, ``janvier 2020``), and
  ``bis``, ``au``, ``à``, ``hasta`` between the ends (``du 01/03/2019 au 31/08/2021``);
* a day-first date (``01/03/2019 – 31/08/2021``, Europass) counts its whole month, a
  quarter its three months (``Q3 2020 – Q1 2022`` is Jul 2020 to Mar 2022; ``Q3/2020``,
  ``2020-Q3``, ``Q3 '20`` too) and a half-year its six (``H2 2021`` is Jul–Dec);
* ``Oct 2025 – expected Sep 2027``: an end in the future, not ongoing;
* LinkedIn's own count beside the dates (``(2 yrs 4 mos)``) is left aside: the dates are read.

With ``single=True`` a date alone on a job's line is a range too: ``Summer 2023`` (Jun–Aug),
``Mar 2024`` (one month), ``2019`` (the year).

Months are counted as a careful reader does: both end months are included (Jan-Dec is 12),
and an ongoing range runs to the month of the reference day, that month included.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Final

from skillgap.text.polish import MONTHS as MONTHS_POLISH
from skillgap.text.polish import ONGOING as ONGOING_POLISH

_MONTHS: Final = {
    m: i
    for i, names in enumerate(
        (  # a line a month: English, German, French, Spanish, Italian, Dutch, Portuguese, Nordic,
            # Indonesian and Malay
            "jan january januar jänner jän janvier janv enero ene gennaio gen januari janeiro",
            "feb february februar février fevrier févr fevr fév febrero febbraio februari fevereiro"
            " fev",
            "mar march mär märz maerz mrz mars marzo maart mrt março marts maret",
            "apr april avril avr abril abr aprile",
            "may mai mayo maggio mag mei maio maj",
            "jun june juni juin junio giugno giu junho",
            "jul july juli juillet juil julio luglio lug julho julai",
            "aug august août aout agosto augustus augusti ago agustus ogos",
            "sep sept september septembre septiembre settembre setembro set",
            "oct october okt oktober octobre octubre ottobre ott outubro out",
            "nov november novembre noviembre",
            "dec december dez dezember décembre decembre déc diciembre dic dicembre dezembro"
            " desember disember",
        ),
        start=1,
    )
    for m in names.split()
} | {m: i for i, names in enumerate(MONTHS_POLISH, start=1) for m in names.split()}
#: A season's first and last month.
_SEASONS: Final = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (1, 3),
    # German, French, Spanish: "Sommer 2016", "été 2019", "verano 2020"
    "frühjahr": (3, 5),
    "frühling": (3, 5),
    "sommer": (6, 8),
    "herbst": (9, 11),
    "printemps": (3, 5),
    "été": (6, 8),
    "automne": (9, 11),
    "hiver": (1, 3),
    "primavera": (3, 5),
    "verano": (6, 8),
    "otoño": (9, 11),
    "invierno": (1, 3),
}
_MONTH_WORD: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_WORD: Final = "|".join(_SEASONS)
_YEAR: Final = r"(?:19|20)\d{2}"
_TICK: Final = r"['’‘`]"
_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"


def _point(p: str, *, iso: bool, short: bool) -> str:
    """One end of a range, its groups named with the prefix ``p``."""
    forms = [
        rf"(?<![\d/.\-])(?P<{p}fa>\d{{1,2}})(?P<{p}fs>[/.\-])(?P<{p}fb>\d{{1,2}})(?P={p}fs)(?P<{p}fyear>{_YEAR})(?!\d)",
        rf"(?P<{p}xyear>{_YEAR})-(?P<{p}xmon>0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)",
        rf"(?P<{p}qh>[QH])(?P<{p}q>[1-4])\s*[/\-.]?\s*(?:(?P<{p}qyear>{_YEAR})|{_TICK}(?P<{p}qyy>\d{{2}}))(?!\d)",
        rf"(?P<{p}yq>{_YEAR})\s*[-/ ]\s*(?P<{p}yqh>[QH])(?P<{p}yqn>[1-4])(?![^\W_])",
        rf"(?P<{p}season>{_SEASON_WORD})\s+(?:of\s+)?(?:(?P<{p}syear>{_YEAR})|{_TICK}(?P<{p}syy>\d{{2}}))",
        rf"(?:{_DAY}(?:\s+(?:de\s+)?|-))?(?P<{p}mon>{_MONTH_WORD})\.?,?(?:\s+de\s+|\s*|-)(?:{_DAY},?\s+)?"
        rf"(?:(?P<{p}year>{_YEAR})|{_TICK}\s?(?P<{p}yy>\d{{2}}))(?!\d)",
        rf"(?<![\d/.\-])(?P<{p}num>0?[1-9]|1[0-2])\s?[/.]\s?(?P<{p}nyear>{_YEAR})(?!\d)",
        rf"(?<![\d/.\-])(?P<{p}dnum>0?[1-9]|1[0-2])-(?P<{p}dyear>{_YEAR})(?!\d)",
        # an Indian CV's month and two-digit year: "Jun-18 to Mar-21"
        rf"(?P<{p}hmon>{_MONTH_WORD})-(?P<{p}hyy>\d{{2}})(?![\d/.])",
    ]
    if iso:
        forms.append(rf"(?P<{p}iyear>{_YEAR})[-/.](?P<{p}imon>0[1-9]|1[0-2])(?![\d/.\-])")
    if short:
        forms.append(rf"(?<![\d/.\-])(?P<{p}smon>0?[1-9]|1[0-2])/(?P<{p}syy2>\d{{2}})(?![\d/])")
    # a year, then its month in brackets: "2021 (Mar) – present"
    forms.append(rf"(?P<{p}pyear>{_YEAR})\s*\((?P<{p}pmon>{_MONTH_WORD})\.?\)")
    forms.append(rf"(?<![\d/.\-])(?P<{p}solo>{_YEAR})(?![\d/])")
    joined = "(?:" + "|".join(forms) + ")"
    # a range's end comes after its dash: "2019-2021", "03/2019-08/2021"
    return joined.replace(r"(?<![\d/.\-])", r"(?<![\d/.])") if p == "b" else joined


#: A Thai CV's Buddhist-era year beside the Gregorian one, passed over before the dash:
#: ``Jan 2022 (B.E. 2565) - Present`` (B.E. = C.E. + 543, so 25xx; the Gregorian one is read).
_ERA: Final = r"(?:\s*\((?:B\.?\s?E\.?|พ\.ศ\.)\s*25\d{2}\))?"
_SEP: Final = (
    _ERA + r"\s*(?:–|—|‒|―|-{1,2}|~|→|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|"
    r"\bbis\b|\bhasta\b|\bau\b|\bà\b|\btot\b|\ba\b|\bal\b|\baté\b|\bdo\b)\s*"
)
_ONGOING: Final = (
    r"(?P<ongoing>(?:(?:the\s+)?present|now|current(?:ly)?|today|ongoing|"
    r"(?:till\s+|to\s+)?date|(?:bis\s+)?heute|(?:bis\s+)?dato|aktuell|derzeit|jetzt|laufend|"
    r"aujourd['’]hui|présent|en cours|(?:la\s+)?actualidad|presente|actual|oggi|in corso|"
    r"attuale|tuttora|(?:a\s+)?tutt['’]oggi|"
    # a South Asian CV's "continuing": "Jan'19 - Cont.", "Contd.", "continuing"
    r"cont(?:inu(?:ing|ed|es)|d)?\.?|"
    r"(?:(?:até|hasta)\s+)?(?:(?:o|la)\s+)?(?:momento|actualidad|hoje|hoy|atualidade)|"
    r"(?:à\s+|jusqu['’]à\s+)?ce\s+jour|(?:hasta\s+|a\s+)?la\s+fecha|ad\s+oggi|heden|"
    r"till\s+(?:now|present)|actualmente|atualmente|atual|"
    # Chinese, Japanese and Korean "to now": "2020/09 - 至今", "2019.03 ~ 현재"
    r"至今|迄今|现在|現在|目前|현재|재직\s?중|"
    # Vietnamese, Indonesian/Malay and Thai ones: "03/2020 - nay", "2021 - sekarang"
    r"(?:đến\s+)?(?:nay|hiện\s+(?:tại|nay))|(?:hingga\s+|sampai\s+)?(?:sekarang|kini|saat\s+ini)|"
    r"ปัจจุบัน|"
    rf"{ONGOING_POLISH})(?![^\W_]))"
)
#: "since" in the languages CVs are written in: "seit 09/2023", "depuis 2021", "desde 2020".
_SINCE_WORD: Final = r"(?:since|from|w\.\s?e\.\s?f\.?|seit|ab|depuis|desde|dal|dall['’]|od)"
#: A South Asian CV's "with effect from" before a range, read as the range's own:
#: ``MLOps Engineer  w.e.f. 15-03-2021 to Sep'23`` (the title is "MLOps Engineer").
_WEF: Final = r"(?:w\.\s?e\.\s?f\.?\s*)?"


def _range(*, iso: bool, short: bool) -> re.Pattern[str]:
    start = _point("a", iso=iso, short=short)
    bare_month = rf"(?P<amonly>{_MONTH_WORD})\.?"
    end = _point("b", iso=iso, short=short)
    short_year = r"(?P<byy2>\d{2})(?![\d/.])"
    return re.compile(
        rf"(?<![^\W_]){_WEF}(?:{start}|{bare_month}(?={_SEP}(?:{_MONTH_WORD})))"
        rf"{_SEP}(?:expected\s+|exp\.\s+)?(?:{_ONGOING}|{end}|{short_year})",
        re.IGNORECASE,
    )


#: Tried in order: ISO months and two-digit years only where both ends are written so.
_RANGES: Final = (
    re.compile(
        rf"(?<![^\W_]){_WEF}(?:{_point('a', iso=True, short=False)}){_SEP}"
        rf"(?:{_ONGOING}|{_point('b', iso=True, short=False)})",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![^\W_]){_WEF}(?:{_point('a', iso=False, short=True)}){_SEP}"
        rf"(?:{_ONGOING}|{_point('b', iso=False, short=True)})",
        re.IGNORECASE,
    ),
    _range(iso=False, short=False),
)
_SINCE: Final = re.compile(
    rf"(?<![^\W_]){_SINCE_WORD}\s+(?:{_point('a', iso=False, short=False)})"
    rf"(?!{_SEP}(?:\d|Q[1-4]|(?:{_MONTH_WORD}|{_SEASON_WORD})(?![^\W_])|{_ONGOING}|exp))"
    rf"|(?<![^\W_])(?:{_point('c', iso=False, short=False)})\s*(?:onwards?\b|"
    r"(?:–|—|-{1,2})\s*(?=$|[*_)\]|·,;]))",
    re.IGNORECASE,
)
#: A work mode just before a "since": ``fully remote since 2024`` dates a change of mode.
_WORK_MODE: Final = re.compile(
    r"(?<![^\W_])(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|from\s+home)\s*$", re.IGNORECASE
)
#: A year, then its months: "2022 (Jun–Sep)", "2022: March – May".
_YEAR_MONTHS: Final = re.compile(
    rf"(?<![^\W_])(?P<year>{_YEAR})\s*[(,:]?\s*(?P<first>{_MONTH_WORD})\.?{_SEP}"
    rf"(?P<last>{_MONTH_WORD})\.?(?![^\W_])\s*\)?",
    re.IGNORECASE,
)
_SINGLE: Final = re.compile(rf"(?<![^\W_]){_point('a', iso=False, short=False)}", re.IGNORECASE)
#: Every form of a date holds one (a year, a month's number, a quarter's).
_DIGIT: Final = re.compile(r"[0-9]")
#: A single date ends a job's line ("... · *Summer 2023*"), only markup after it.
#: A single date ends a line before marks, or a work term's word ("Winter 2024 co-op").
_LINE_END: Final = re.compile(
    r"^(?:\s+(?:co-?op(?:\s+term)?|work\s+term|term|semester|placement))?[\s*_)\]|·.,;:]*$",
    re.IGNORECASE,
)
#: LinkedIn's own count beside the dates: "(2 yrs 4 mos)", "· 11 months".
DURATION: Final = re.compile(
    r"\(?\s*(?:\d{1,2}\s*(?:years?|yrs?|anos?|años?)\b"
    r"(?:\s*,?\s*(?:[ey]\s+)?\d{1,2}\s*(?:months?|mos?|meses|mes|mês)(?!\w))?"
    r"|\d{1,2}\s*(?:months?|mos?|meses|mes|mês)(?!\w))\s*\)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A date range: first month, last month (None: ongoing), where it was found."""

    start: dt.date
    end: dt.date | None
    text: str
    expected: bool = False  # "expected Sep 2027": an end in the future, not ongoing

    def months(self, as_of: dt.date) -> int:
        """Months covered, both end months included; an ongoing range to ``as_of``'s month."""
        if self.end is None:
            end = dt.date(as_of.year, as_of.month, 1)
        else:
            end = min(self.end, as_of) if not self.expected else self.end
        return max(0, (end.year - self.start.year) * 12 + end.month - self.start.month + 1)

    def month_set(self, as_of: dt.date) -> set[tuple[int, int]]:
        """The calendar months the range covers, up to ``as_of``."""
        out = set()
        y, m = self.start.year, self.start.month
        for _ in range(min(self.months(as_of), 1200)):
            out.add((y, m))
            m += 1
            if m > 12:
                y, m = y + 1, 1
        return out


def month_number(word: str) -> int | None:
    """A month's number from its name in any language read here (``Sept`` is 9), or None."""
    return _MONTHS.get(word.casefold().rstrip("."))


def _year(full: str | None, short: str | None) -> int | None:
    if full:
        return int(full)
    if short:
        yy = int(short)
        return 2000 + yy if yy < 70 else 1900 + yy
    return None


def _quarter(g: dict[str, str | None], p: str) -> tuple[int | None, int, int]:
    """A quarter's three months, a half-year's six: ``Q3 2020``, ``2020-Q3``, ``H1 2021``.

    Its first month is 0 when there is no such quarter or half (``H3``).
    """
    half = (g.get(f"{p}qh") or g.get(f"{p}yqh") or "Q").upper() == "H"
    n = int(g.get(f"{p}q") or g.get(f"{p}yqn") or 0)
    given = g.get(f"{p}yq")
    year = int(given) if given else _year(g.get(f"{p}qyear"), g.get(f"{p}qyy"))
    size = 6 if half else 3
    if n * size > 12:
        return year, 0, 0
    return year, n * size - size + 1, n * size


def _ends(m: re.Match[str], p: str) -> tuple[dt.date, dt.date] | None:
    """The first and last month one end of a range names (a year or a season spans several)."""
    g = m.groupdict()
    year: int | None
    if g.get(f"{p}fyear"):
        # a whole day: 01/09/2019 is September (day first, as most of the world writes it)
        # unless the first number cannot be a day's month partner (09/25/2019 is September)
        a, b = int(g[f"{p}fa"]), int(g[f"{p}fb"])
        month = a if b > 12 else b  # months run to 12
        year, first, last = int(g[f"{p}fyear"]), month, month
    elif g.get(f"{p}xyear"):
        year, first = int(g[f"{p}xyear"]), int(g[f"{p}xmon"])
        last = first
    elif g.get(f"{p}q") or g.get(f"{p}yq"):
        year, first, last = _quarter(g, p)
    elif g.get(f"{p}season"):
        year = _year(g[f"{p}syear"], g[f"{p}syy"])
        first, last = _SEASONS[g[f"{p}season"].casefold()]
    elif named := g.get(f"{p}mon") or g.get(f"{p}hmon") or g.get(f"{p}pmon"):
        # "Apr 2019", "Apr'19", "Apr-19", "2019 (Apr)"
        year = _year(g.get(f"{p}year") or g.get(f"{p}pyear"), g.get(f"{p}yy") or g.get(f"{p}hyy"))
        first = last = _MONTHS[named.casefold()]
    elif g.get(f"{p}num"):
        year, first = int(g[f"{p}nyear"]), int(g[f"{p}num"])
        last = first
    elif g.get(f"{p}dnum"):
        year, first = int(g[f"{p}dyear"]), int(g[f"{p}dnum"])
        last = first
    elif g.get(f"{p}imon"):
        year, first = int(g[f"{p}iyear"]), int(g[f"{p}imon"])
        last = first
    elif g.get(f"{p}smon"):
        year, first = _year(None, g[f"{p}syy2"]), int(g[f"{p}smon"])
        last = first
    elif g.get(f"{p}solo"):
        year, first, last = int(g[f"{p}solo"]), 1, 12
    else:
        return None
    if year is None or not 1 <= first <= 12:
        return None
    return dt.date(year, first, 1), dt.date(year, last, 1)


def _from_range(m: re.Match[str]) -> Span | None:  # noqa: PLR0911  # a return per way to fail
    g = m.groupdict()
    if g.get("amonly"):
        end = _ends(m, "b")
        if end is None:
            return None
        start = dt.date(end[1].year, _MONTHS[g["amonly"].casefold()], 1)
    else:
        first = _ends(m, "a")
        if first is None:
            return None
        start = first[0]
    if g.get("ongoing"):
        return Span(start, None, m[0])
    if g.get("byy2"):
        if not g.get("asolo"):
            return None
        century = start.year // 100 * 100
        last = dt.date(century + int(g["byy2"]), 12, 1)
    else:
        end = _ends(m, "b")
        if end is None:
            return None
        last = end[1]
    if last < start:
        return None
    expected = bool(re.search(r"\bexp(?:ected|\.)", m[0], re.I))
    return Span(start, last, m[0], expected=expected)


def find_span(text: str, *, single: bool = False) -> Span | None:
    """The first date range in ``text``, or None; ``single``: a date alone ending it too."""
    if not _DIGIT.search(text):
        return None  # every date names a year: a long row of punctuation is not scanned
    found = _first_range(text)
    if found is not None or not single:
        return found
    for m in _SINGLE.finditer(text):
        ends = _ends(m, "a")
        if ends is not None and _LINE_END.match(text[m.end() :]):
            return Span(ends[0], ends[1], m[0])
    return None


@functools.lru_cache(maxsize=256)
def _first_range(text: str) -> Span | None:
    """The first date range in ``text`` (remembered: a job's line is asked several times)."""
    found: list[tuple[int, Span]] = []
    for pattern in _RANGES:
        for m in pattern.finditer(text):
            span = _from_range(m)
            if span is not None:
                found.append((m.start(), span))
                break
    for m in _YEAR_MONTHS.finditer(text):
        low, high = (_MONTHS[m[k].casefold()] for k in ("first", "last"))
        if low <= high:
            year = int(m["year"])
            found.append((m.start(), Span(dt.date(year, low, 1), dt.date(year, high, 1), m[0])))
            break
    for m in _SINCE.finditer(text):
        if _WORK_MODE.search(text, 0, m.start()):
            continue  # "(hybrid, fully remote since 2024)": how the job is done, not its dates
        if found and text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # "Engineer (Team Leader since 01/2023) | 03/2020 - nay": a note's date
        if m[0][:1] in "wW" and text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # "(… converted to permanent w.e.f. Jan'24)": the job's terms changed
        first = _ends(m, "a") or _ends(m, "c")
        if first is not None:
            found.append((m.start(), Span(first[0], None, m[0].strip())))
            break
    return min(found, key=lambda f: (f[0], -len(f[1].text)))[1] if found else None


#: What may follow a date that starts a line: its end, a bracket, a separator, or a wide gap
#: before the title (the date in a left margin: ``Summer 2025      Data Science Intern``).
_AFTER_LEADING: Final = re.compile(r"^[*_\]]*(?:\s*(?:$|[(·|,;:—–]|-\s)|\s{3,}\S)")


def leading_date(text: str) -> Span | None:
    """A single date starting a line, before a note or a separator (``Summer 2024 (12 weeks)``)."""
    m = re.match(r"^[\s*_>\[]*", text)
    start = m.end() if m else 0
    found = _SINGLE.match(text, start)
    if found is None or not _AFTER_LEADING.match(text[found.end() :]):
        return None
    ends = _ends(found, "a")
    return Span(ends[0], ends[1], found[0]) if ends is not None else None


#: A single date set in emphasis marks, its own field: ``— *Summer 2018* Imitation learning``.
_MARKED: Final = re.compile(
    rf"(?<!\w)([*_]{{1,2}})(?P<date>{_point('a', iso=False, short=False)})\1(?![*_])", re.IGNORECASE
)


def marked_date(text: str) -> tuple[Span, int] | None:
    """A single date in emphasis marks (``*Summer 2018*``) and where it starts, or None.

    A Markdown CV's list item with its date in italics reads its next, indented line as the
    item's own: the date no longer ends the line, but its marks still fence it off.
    """
    for m in _MARKED.finditer(text):
        ends = _ends(m, "a")
        if ends is not None:
            return Span(ends[0], ends[1], m["date"]), m.start()
    return None


def months_of(spans: list[tuple[Span, float]], as_of: dt.date) -> float:
    """Full-time-equivalent months of several ranges, overlaps counted once.

    Each range comes with its share of full time (1 for a full-time job, 0.5 for 20 hours
    a week). A month counts the largest share of any range covering it, so a part-time
    job beside a full-time one adds nothing, and gaps between ranges add nothing.
    """
    share: dict[tuple[int, int], float] = {}
    for span, fte in spans:
        for month in span.month_set(as_of):
            share[month] = max(share.get(month, 0.0), fte)
    return round(sum(share.values()), 1)
