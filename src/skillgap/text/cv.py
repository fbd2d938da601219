"""A CV read: skills and levels, jobs and their months, degrees, certifications, papers.

* **Levels** come from the words beside a skill in the CV's skills section
  (:mod:`skillgap.text.levels`, the words a posting is read with too): expert, guru 5;
  proficient, strong, advanced, experienced, deep 4; working, intermediate, competent,
  solid, good 3; basic, familiar, exposure, beginner, "a little" 2; read-only, aware,
  "a bit (of)" 1. Without a
  word, a rating does (``4/5``, ``●●●○○``), then years: under 1 year 2, 1-3 years 3, 4-6
  years 4, 7 or more 5 (a word and years: the word wins). "Rusty" is one lower than the
  level otherwise read (alone: 2). A level label (``Expert: Python, PyTorch``), a level
  sub-heading or a table row's first cell gives its level to its items ("Rusty:" one
  lower); libraries in brackets take their skill's level, examples in brackets after the
  level word do not (:mod:`skillgap.text.skill_list`). A skill listed without either is 3,
  or the level a summary's words give it ("proficient in Python and Go"). A labelled line
  ``Skills: Python (expert) · SQL`` at the top of a CV, under no heading, is a skills
  section. One named only in jobs' lines is 2, or 3 when the relevant jobs naming it span
  a year or more; one named only in the education, volunteering or projects sections is 2.
  Every level is an estimate, and says what it was read from.
* **Jobs** (:mod:`skillgap.text.jobs`): a line of an experience section with dates is a
  job; its share of full time, its months (each calendar month once, breaks and leave not
  counted) and whether it is relevant (data, ML, AI, research, or engineering and operations
  work) are read there; only relevant jobs become experience.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.text.ats_form import ats_form_jobs
from skillgap.text.career import computing_studies, core_months, count_months
from skillgap.text.columns import side_by_side, unflatten
from skillgap.text.context import clean_sentence
from skillgap.text.credentials import certifications_of, degrees_of, doctorates
from skillgap.text.dates import Span, find_span, leading_date
from skillgap.text.degree_rows import degrees_among, degrees_dated
from skillgap.text.hyphens import joined_hyphens, without_page_furniture
from skillgap.text.it_services import employer_blocks
from skillgap.text.job_lines import dates_alone, title_over_employer
from skillgap.text.jobs import read_jobs
from skillgap.text.levels import RUSTY, level_of, word_level, word_level_at
from skillgap.text.linkedin import linkedin_roles
from skillgap.text.match import Found, Matcher
from skillgap.text.read import Line, TextDocument
from skillgap.text.seasons import defined_seasons, redefine
from skillgap.text.sections import Section, kind_of, split
from skillgap.text.skill_list import (
    LISTED_LEVEL,
    MENTIONED_LEVEL,
    SkillClaim,
    labelled_skills,
    read_skills_section,
)
from skillgap.text.work import Job
from skillgap.text.wraps import ITEM_BULLET as BULLET

#: A sentence's end inside or at the end of a line: "... distributed training (FSDP). Working".
_SENTENCE_END: Final = re.compile(r"[a-z)]\.(?:\s+[A-Z]|\s*$)")
_YEAR_OF_USE: Final = 12  # months of relevant work naming a skill that make it level 3
_RULE: Final = re.compile(r"^\s*[-=_*]{3,}\s*$")


@dataclass
class CvReading:
    """Everything a CV gave, before it becomes a profile."""

    name: str
    skills: dict[str, SkillClaim] = field(default_factory=dict)
    jobs: list[Job] = field(default_factory=list)
    degrees: list[dict[str, str]] = field(default_factory=list)
    certifications: list[dict[str, str]] = field(default_factory=list)
    unknown_certifications: list[str] = field(default_factory=list)
    publications: list[str] = field(default_factory=list)
    projects: list[tuple[str, str, list[str]]] = field(default_factory=list)  # kind, title
    core_months: float = 0.0  # months of data, ML, AI and research work alone
    side_by_side: list[tuple[int, str]] = field(default_factory=list)  # line, two headings

    @property
    def relevant_months(self) -> float:
        """Full-time-equivalent months of relevant jobs and internships (:mod:`.jobs`)."""
        return round(sum(j.months for j in self.jobs if j.relevant and j.kind != "break"), 1)


def _prose_levels(section: Section, matcher: Matcher) -> dict[str, SkillClaim]:
    """Levels a summary's sentences give: "proficient in Python and Go", "Kubernetes: expert".

    A clause ends at a full stop, a semicolon, "!" or "?": a level word gives its level to
    the skills its own clause names, never to another's ("Proficient in Python; I shipped
    demand forecasting models" says nothing of forecasting). Within a clause, commas and
    dashes part the pieces; a piece with a level word gives it to its skills, and a piece
    that only names more skills ("Proficient in Python, SQL and dbt") takes the level of
    the piece before it.
    """
    out: dict[str, SkillClaim] = {}
    text = " ".join(clean_sentence(ln.text) for ln in section.lines[1:])
    for clause in re.split(r"(?<=[^\W_]|\))[.;!?](?:\s|$)", text):
        level: int | None = None
        for piece in re.split(r",\s|\s[—–]\s", clause):
            found = matcher.find_in_line(Line(0, piece))
            said = word_level(piece)
            if said is not None:
                level = max(1, said - 1) if RUSTY.search(piece) else said
            elif not (found and _only_names(piece, found)):
                level = None  # "I have shipped ...": the level before ends here
            if level is None:
                continue
            for f in found:
                why = clean_sentence(clause if said is None else piece)[:120]
                own = level if said is None else _own_level(piece, f, level)
                out.setdefault(f.id, SkillClaim(f.id, own, why, True, "summary"))
    return out


def _own_level(piece: str, f: Found, level: int) -> int:
    """A skill's level in a piece with several level words: the one that speaks for it.

    "working knowledge of PyTorch and a bit of Spark": PyTorch 3, Spark 1; "rusty" lowers
    each, as it lowers the piece's one word.
    """
    own = word_level_at(piece, f.start, f.end)
    if own is None:
        return level
    return max(1, own - 1) if RUSTY.search(piece) else own


def _only_names(piece: str, found: list[Found]) -> bool:
    """Whether a piece of a sentence only names skills ("SQL and dbt", "or Go")."""
    rest = piece
    for f in sorted(found, key=lambda f: -f.start):
        rest = rest[: f.start] + " " + rest[f.end :]
    return all(w.casefold() in ("and", "or", "&", "/", "as", "well") for w in rest.split())


def reads_as_skills(section: Section, matcher: Matcher) -> bool:
    """Whether a section under an unknown heading ("What I work with") lists skills.

    Most of its lines start with a skill name and give a level word or name more skills
    (``* **Statistics** — proficient``, ``Python, SQL, dbt``), and none gives dates.
    """
    lines = [ln for ln in section.lines[1:] if clean_sentence(ln.text)]
    if len(lines) < 2 or any(find_span(ln.text) for ln in lines):
        return False
    listing = 0
    for line in lines:
        found = matcher.find_in_line(line, listed=True)
        text = clean_sentence(line.text)
        first = text.find(found[0].text) if found else -1
        if 0 <= first <= 25 and (level_of(text) is not None or len(found) >= 2):
            listing += 1
    return listing * 3 >= len(lines) * 2


def _summary_levels(sections: list[Section], matcher: Matcher, reading: CvReading) -> None:
    """A summary's levels in words, where the skills section gives none for the skill."""
    prose: dict[str, SkillClaim] = {}
    for section in (s for s in sections if s.kind in ("summary", "about")):
        prose = _prose_levels(section, matcher) | prose  # the first summary's word wins
    for skill, claim in prose.items():
        listed = reading.skills.get(skill)
        if listed is None or level_of(listed.why) is None:
            reading.skills[skill] = claim  # a level in words beats a bare listing
    for section in (s for s in sections if s.kind == "skills"):
        sentences = [ln for ln in section.lines[1:] if _SENTENCE_END.search(ln.text)]
        if len(sentences) * 2 >= len(section.lines) - 1 > 0:  # written as sentences
            said = _prose_levels(Section(section.heading, "skills", section.lines), matcher)
            for skill, claim in said.items():  # "... Working knowledge of C++ and Triton."
                reading.skills.setdefault(skill, replace(claim, source=""))


def _items_of(section: Section) -> list[str]:
    """A section's entries: bullets or numbered items, their wrapped lines joined."""
    out: list[str] = []
    for line in section.lines[1:]:
        text = line.text.strip()
        if not text or _RULE.match(text):
            continue
        if BULLET.match(text) or not out:
            out.append(clean_sentence(text))
        else:
            out[-1] += " " + clean_sentence(text)
    return out


#: How far left of a list item a line starts when it is a label column's, not the item's
#: wrapped rest (Europass: ``Employer        Aurelia S.A.`` under ``      - Parental leave``).
_LABEL_COLUMN: Final = 8


def _ends_in_date(text: str) -> bool:
    """Whether a job's list item ends in a single date (``— Summer 2020``): the item is whole.

    Its next, indented line is what the job was (read as the job's own line, not joined):
    joined, the date would no longer end the line and the job would be lost.
    """
    return find_span(text) is None and find_span(text, single=True) is not None


def _ends_in_range(text: str) -> bool:
    """Whether a list item ends in a date range (``- *Parental leave: Mar 2025 – Aug 2025*``).

    The item is whole: a capitalised line under it is the next job's title (a Word CV has
    no blank line between one job's last item and the next job).
    """
    span = find_span(text)
    return span is not None and text.rstrip(" *_)]").endswith(span.text)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _joined(section: Section) -> Section:
    """A section with wrapped list items made whole again.

    A PDF prints one item on two lines: ``- TensorFlow/Keras — proficient, a bit`` /
    ``rusty since 2021``. Under jobs, a capitalised line after a bullet that ended its
    sentence starts something new (the next job's title, where no blank line parts them);
    so does a line starting far left of the item (a label column's next label).
    """
    jobs = section.kind == "experience"  # there a date or "Title — Employer" starts a job
    out: list[Line] = [section.lines[0]]
    for n, line in enumerate(section.lines[1:], start=2):
        prev = out[-1] if len(out) > 1 else None
        after = section.lines[n].text if n < len(section.lines) else ""
        below = [ln.text for ln in section.lines[n : n + 2]]
        if (
            prev is not None
            and line.text.strip()
            and BULLET.match(prev.text)
            and not BULLET.match(line.text)
            and not (jobs and (find_span(line.text) or re.search(r"\s[—|]\s", line.text)))
            and not (jobs and dates_alone(after))  # the next job's title over its dates
            and not (jobs and leading_date(after) is not None)  # over "Summer 2024 (10 weeks)"
            and not (jobs and title_over_employer(prev.text, line.text, below))
            and not (jobs and _ends_in_date(prev.text))  # "- Intern, Lab — Summer 2020": whole
            and not (jobs and _ends_in_range(prev.text) and line.text.strip()[:1].isupper())
            and not (jobs and prev.text.rstrip().endswith(".") and line.text.strip()[:1].isupper())
            and _indent(prev.text) - _indent(line.text) < _LABEL_COLUMN
        ):
            out[-1] = Line(prev.number, prev.text + " " + line.text.strip(), None)
        else:
            out.append(line)
    return Section(section.heading, section.kind, tuple(out))


def _projects(section: Section, matcher: Matcher, reading: CvReading) -> None:
    for item in _items_of(section):
        kind = (
            "competition"
            if re.search(r"kaggle|competition|challenge", item, re.I)
            else "open_source"
            if re.search(r"open.source|pull request|\bPRs?\b", item, re.I)
            else "project"
        )
        skills = [f.id for f in _named(Line(0, item), matcher)]
        reading.projects.append((kind, item, list(dict.fromkeys(skills))))


#: A web address, bare or a Markdown link's target: "https://github.com/...", "](...)".
_ADDRESS: Final = re.compile(r"https?://\S+|\]\([^)]*\)|\b[\w.-]+\.(?:com|org|io|dev)/\S*")


def _named(line: Line, matcher: Matcher) -> list[Found]:
    """The skills a line names outside its web addresses ("github.com/..." names no Git)."""
    addresses = [m.span() for m in _ADDRESS.finditer(line.text)]
    return [
        f for f in matcher.find_in_line(line) if not any(a <= f.start < b for a, b in addresses)
    ]


def _names_skill(word: str, matcher: Matcher) -> bool:
    """Whether a word is, whole, a skill's name (``scikit-learn``)."""
    return any(f.text == word for f in matcher.find_in_line(Line(0, word), listed=True))


def read_cv(document: TextDocument, catalog: CatalogIndex, as_of: dt.date) -> CvReading:
    """What a CV says, section by section (see the module's description)."""
    name = next((clean_sentence(ln.text) for ln in document.lines if ln.text.strip()), "")
    name = re.sub(r",?\s*Ph\.?D\.?$", "", name)[:200]
    reading = CvReading(name=name.title() if name.isupper() else name)
    matcher = Matcher(catalog)
    reading.side_by_side = side_by_side(document.lines)
    lines = unflatten(document.lines, matcher) if reading.side_by_side else document.lines
    lines = without_page_furniture(lines, name)  # "Page 1 of 2", "Name – Curriculum Vitae 2"
    lines = ats_form_jobs(lines)  # "Job title: X" / "Start date: 03/2024" / "End date:"
    lines = linkedin_roles(lines)  # "- Data Engineer" / "  Oct 2022 - Jun 2024 · 1 yr 9 mos"
    lines = joined_hyphens(lines, lambda word: _names_skill(word, matcher))  # "Kuber-"/"netes"
    sections = [
        Section(s.heading, "skills", s.lines)
        if n > 0 and s.kind == "other" and reads_as_skills(s, matcher)
        else s
        for n, s in enumerate(_joined(s) for s in split(lines))
    ]
    sections = _with_labelled_skills(_skills_run_on(sections, matcher))
    doctorates_studied: list[Span] = []  # a PhD's years, a computing degree's: not a gap
    for section in sections:
        if section.kind == "skills":
            for skill, claim in read_skills_section(section, matcher).items():
                reading.skills.setdefault(skill, claim)
        elif section.kind == "education":
            reading.degrees += degrees_of(section, catalog, as_of)
            doctorates_studied += doctorates(section) + computing_studies(section.lines[1:])
        elif section.kind == "certifications":
            known, unknown = certifications_of(section, catalog)
            reading.certifications += known
            reading.unknown_certifications += unknown
        elif section.kind == "publications":
            reading.publications += _publications(section)
        elif section.kind == "projects":
            _projects(section, matcher, reading)
    _summary_levels(sections, matcher, reading)
    matcher.claimed = frozenset(s for s, claim in reading.skills.items() if claim.listed)
    dated, undated = _experience_parts(sections)
    dated = [replace(s, lines=tuple(employer_blocks(s.lines))) for s in dated]  # "DOJ :"
    reading.jobs, studied = degrees_among(read_jobs(dated, matcher))  # "2012 – 2016 · B.Sc."
    doctorates_studied += [j.span for j in studied]
    reading.degrees += degrees_dated(studied, catalog, as_of, reading.degrees)
    redefine(reading.jobs, defined_seasons([ln.text for ln in lines]))  # "Winter = Jan–Apr"
    for part in undated:
        _work_named(part, matcher, reading)
    count_months(reading.jobs, as_of, doctorates_studied)
    reading.core_months = core_months(reading.jobs, as_of)
    _used_at_work(reading, as_of)
    for kind, f in _mentioned(sections, matcher):
        why = f"named in the {kind} section: '{f.sentence[:60]}'"
        reading.skills.setdefault(f.id, SkillClaim(f.id, MENTIONED_LEVEL, why, False))
    for _, title, named in reading.projects:  # "RAG bot (2025): ... FAISS": used, once
        for skill in named:
            why = f"named in the project '{title[:60]}'"
            reading.skills.setdefault(skill, SkillClaim(skill, MENTIONED_LEVEL, why, False))
    return reading


def _mentioned(sections: list[Section], matcher: Matcher) -> list[tuple[str, Found]]:
    """The skills the education and volunteering sections name, each with its section's kind.

    ``Capstone: ... XGBoost`` under a degree, ``Cleaned open datasets (pandas)`` as a
    volunteer: used, unpaid, so named (2), not rated. The education sections' first.
    """
    return [
        (kind, f)
        for kind in ("education", "volunteering")
        for section in sections
        if section.kind == kind
        for ln in section.lines[1:]
        for f in _named(ln, matcher)
    ]


def _skills_run_on(sections: list[Section], matcher: Matcher) -> list[Section]:
    """An empty skills section followed by a part of no kind: that part is its list.

    LinkedIn's export lists a skill a line under *Skills*, the first one (``SQL``) short
    and in capitals as a heading is: the lines under it are still the skills section's. So
    is a part under a skills section headed by a skill's name alone (a profile page's
    ``SQL`` / ``9 endorsements`` after ``Docker`` / ``6 endorsements``).
    """
    out: list[Section] = []
    for section in sections:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == "skills"
            and section.kind == "other"
            and (
                not any(ln.text.strip() for ln in before.lines[1:])
                or _names_skill(clean_sentence(section.heading).strip(" *_#"), matcher)
            )
        ):
            out[-1] = Section(before.heading, "skills", before.lines + section.lines)
        else:
            out.append(section)
    return out


def _with_labelled_skills(sections: list[Section]) -> list[Section]:
    """The sections, a labelled skills line in a part under no skills heading read as one.

    ``Skills: Python (expert) · SQL`` under a CV's name, or in its summary (not a job's
    "Tools: ..." line, which is that job's).
    """
    out: list[Section] = []
    for section in sections:
        out.append(section)
        if section.kind in ("other", "summary", "about") and (listed := labelled_skills(section)):
            out.append(listed)
    return out


def _publications(section: Section) -> list[str]:
    """A publications section's titles: a quoted title, else the whole item (no patents)."""
    out = []
    for item in _items_of(section):
        if not item.casefold().startswith("patent"):
            quoted = re.search(r'"([^"]{8,})"|“([^”]{8,})”', item)
            title = (quoted[1] or quoted[2]) if quoted else item
            out.append(title.strip().rstrip(".")[:200])
    return out


def _experience_parts(sections: list[Section]) -> tuple[list[Section], list[Section]]:
    """A CV's experience sections: those with jobs, and later ones without a date in them.

    A part of its own ("Selected work") after the jobs, with no date in it, lists work,
    not the last job's lines: it is read by :func:`_work_named`. A job's title taken for
    a heading ("### Data Scientist — Acme") is a part with jobs, its dates above or below.
    """
    dated: list[Section] = []
    undated: list[Section] = []
    for section in (s for s in sections if s.kind == "experience"):
        if (
            dated
            and kind_of(section.heading) == "experience"  # its own part, not a job's title
            and not any(find_span(ln.text, single=True) for ln in section.lines)
        ):
            undated.append(section)
        else:
            dated.append(section)
    return dated, undated


#: How an item opens when it names whose work it was: "Quillon: ...", "Acme — ...".
_WHOSE: Final = re.compile(r"^[\s*_>•-]*(?P<name>[^:—–(]{2,40}?)[*_]*\s*(?::|\s[—–-]\s)")


def _work_named(section: Section, matcher: Matcher, reading: CvReading) -> None:
    """Items of work listed apart from the jobs: each one's skills go to the job it names.

    ``- Quillon: uplift model (XGBoost, scikit-learn)`` is evidence from the job at
    "Quillon Bank"; an item naming no job (or several) names its skills as a project does.
    """
    for item in _items_of(section):
        named = [f.id for f in _named(Line(0, item), matcher)]
        whose = _WHOSE.match(item)
        name = whose["name"].strip().casefold() if whose else ""
        jobs = [j for j in reading.jobs if name and _works_for(j, name)]
        if len(jobs) == 1:
            jobs[0].skills = list(dict.fromkeys(jobs[0].skills + named))
            continue
        for skill in named:
            why = f"named in '{section.heading[:30]}': '{item[:60]}'"
            reading.skills.setdefault(skill, SkillClaim(skill, MENTIONED_LEVEL, why, False))


def _works_for(job: Job, name: str) -> bool:
    """Whether a job's title names an employer (or a part of its title) starting with ``name``.

    "Quillon" names "Quillon Bank — Senior Data Scientist".
    """
    parts = [p.strip(" *_").casefold() for p in re.split(r"\s[—–|·]\s|,", job.title)]
    return any(re.match(rf"{re.escape(name)}\b", p) for p in parts)


def _used_at_work(reading: CvReading, as_of: dt.date) -> None:
    """Skills named only in jobs' lines: 2, or 3 when relevant jobs naming it span a year.

    A year of work that names the skill reads as "1-3 years" does in a skills section.
    """
    used: dict[str, set[tuple[int, int]]] = {}
    for job in reading.jobs:
        if job.kind == "break":
            continue
        for skill in job.skills:
            if job.relevant:
                used.setdefault(skill, set()).update(job.span.month_set(as_of))
            if skill not in reading.skills:
                reading.skills[skill] = SkillClaim(
                    skill, MENTIONED_LEVEL, f"named in '{job.title[:60]}'", False
                )
    for skill, months in used.items():
        claim = reading.skills[skill]
        if not claim.listed and len(months) >= _YEAR_OF_USE:
            claim.level = LISTED_LEVEL
            claim.why += f" ({len(months)} months of work naming it)"
