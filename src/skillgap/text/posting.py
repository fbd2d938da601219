"""A job posting to a draft catalog role: what it requires, what is nice to have, and why.

Read section by section (:mod:`skillgap.text.sections`; a label inside a line,
"Requirements: ...", starts one too, :mod:`skillgap.text.labels`): only the requirement
sections ("Requirements", "What you'll bring", "Minimum qualifications" ..., "Education";
in a posting that has none, "Skills" and "Experience" too, and then a part under a heading no
list of words knows whose bullets name skills: :mod:`skillgap.text.posting_parts`; headings in
English, German, Spanish, Portuguese and French) and the nice-to-have ones ("Nice to
have", "Bonus", "Preferred", "Se valorará") give requirements; the company, the duties and
the perks do not, but for the team's tools a duty names ("work in our stack: Airflow, dbt",
"we use Grafana"): a nice-to-have each, as a careful reader lists them. Line by line:

* **Importance**: a requirement section gives ``essential``, a nice-to-have one
  ``useful``; a line that says "preferred", "a plus", "bonus", "nice to have" or "ideally"
  is ``useful`` wherever it is; "must" or "required" make it ``essential``.
* **Groups**: skills joined by "or" (``PyTorch or TensorFlow``), or listed after "at least
  one of" / "one of" / "either", or tools in brackets as examples of a skill ("gradient
  boosting (XGBoost, LightGBM)"), become an ``any_of`` group; a number before "of" ("two of:
  A, B, C", "at least two of the following", "experience with 2+ of", "any three of", "two or
  more of") a k-of-n group, ``any_of`` with ``at_least: k``. The list may follow on the
  same line or as the bullets under it. A member the role already requires on its own
  leaves the group and counts towards k ("two of A, B, C" with A required: one of B, C).
* **Levels** (documented default): 3 (intermediate) for a requirement, 2 for a
  nice-to-have, 4 when the posting's title names a senior role in the craft (Senior, Staff,
  Lead or Principal Engineer, Scientist ...; not a grade: "Senior Executive Officer"); the
  level words (:mod:`skillgap.text.levels`, the same words a CV's levels are read from) ask
  more or less: "strong", "deep", "excellent", "expert", "advanced", "extensive", "fluent"
  raise the skills after them to 4; "basic", "familiar", "exposure" or "some" lower them to
  2; "solid", "sound", "good", "working knowledge" read 3. A level word speaks for the skills
  after it up to the next ("Strong Python and solid SQL": 4 and 3); a skill before every
  level word takes the first ("Python and SQL at an advanced level").
* **Prose**: a posting with no requirements part asks what its sentences ask
  (:mod:`skillgap.text.prose`: "We are looking for ...", "You have ...", "It would be a
  bonus if ..."); the company, the duties and the perks still ask nothing.
* **Years** ("3+ years", "at least five years") become an experience requirement of
  jobs in months (the jobs named, "in DevOps, SRE or MLOps roles", ask no skill);
  **degrees** (BS, MS, PhD, "university degree", "Bachelor or Master")
  a degree requirement at the first rung named, in the fields named (none: any field);
  "or equivalent" makes it ``important`` rather than ``essential``.
* Every requirement's ``source`` cites the file, line and sentence it came from.
"""

from __future__ import annotations

import re
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.models.common import FOREIGN_DEGREES, Importance
from skillgap.text.context import clean_sentence
from skillgap.text.draft import DEFAULT_LEVEL, PostingDraft, Requirement, file_name
from skillgap.text.groups import group, note_unknown
from skillgap.text.labels import inline_headings
from skillgap.text.levels import asked_level
from skillgap.text.lists import (
    ITEM,
    NUMBERS,
    List,
    examples,
    is_choice,
    item_found,
    item_ids,
    items_asked,
    join_wrapped,
    list_opening,
    opens,
    past_the_kind,
    runs_of,
    under,
    unnamed,
)
from skillgap.text.match import Matcher, phrases
from skillgap.text.modifiers import prerequisites_asked
from skillgap.text.posting_parts import parts
from skillgap.text.read import Line, TextDocument
from skillgap.text.sections import Section
from skillgap.text.title import posting_title, senior_role, slug

NICE_LEVEL: Final = 2
SENIOR_LEVEL: Final = 4
_YEARS: Final = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|dos|tres|"
    r"cuatro|cinco|dois|três|quatro|deux|trois|quatre|cinq)\s*\+?\s*"
    r"(?:or more\s+)?"
    r"(?:years?|yrs?|jahren?|años|anos|ans)\b",
    re.IGNORECASE,
)
_DEGREE: Final = re.compile(
    r"\b(ph\.?\s?d|doctorate|m\.?sc?|m\.?s\.?|master'?s?|b\.?sc?|b\.?s\.?|bachelor'?s?|"
    r"b\.?eng|m\.?eng|mba|university degree|degree|"
    r"(?:master|bachelor|hochschul|universitäts)?studium|(?:master|bachelor|hochschul)abschluss|"
    # Spanish "Grado en", "Licenciatura", "Máster"; Portuguese "Graduação", "Mestrado";
    # French "Diplôme d'ingénieur", "Doctorat"
    r"grado\s+(?:en|universitario)|título\s+universitario|titulación|diplôme|"
    + "|".join(FOREIGN_DEGREES)
    + r")\b",
    re.IGNORECASE,
)
_RUNG: Final = (
    (re.compile(r"ph\.?\s?d|doctora", re.I), "phd"),
    (re.compile(r"^m(?!ba)|master|mba", re.I), "master"),
    (re.compile(r"^b|bachelor|university degree|degree", re.I), "bachelor"),
)
#: "or equivalent experience", German "eine vergleichbare Qualifikation", "gleichwertig".
_EQUIVALENT: Final = re.compile(
    r"equivalent|vergleichbare[nm]?\s+(?:qualifikation|abschluss|ausbildung)|gleichwertig", re.I
)
_NICE_WORDS: Final = re.compile(
    r"\b(preferred|preferably|a plus|is a plus|bonus|nice to have|nice-to-have|ideally|"
    r"desirable|an advantage|an asset|von vorteil|wünschenswert|idealerweise|ein plus|"
    r"deseable|valorable|se valorará|un plus|diferencial|desejável|un atout|souhaité)\b",
    re.I,
)
#: Never from inside a run of spaces: a clause's end takes the whole run, and a try from each
#: of its spaces took time quadratic in its length.
_CLAUSE_END: Final = re.compile(
    r"(?!(?<=\s)\s)(?:(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?])\s+(?=[A-Z*(\"'])|\s*[•·;]\s*)"
)
_NO_DEGREE: Final = re.compile(
    r"\bno\s+(?:formal\s+)?degree\b|\bdegree\s+(?:is\s+)?not\s+(?:required|needed|necessary)\b|"
    r"\bwithout\s+a\s+degree\b|\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|require)\s+a\s+"
    r"(?:formal\s+)?degree\b",
    re.I,
)
#: A duty's words for the team's own tools: "work in our stack", "our tooling", "we use",
#: "we run on", "you'll work with".
_OUR_TOOLS: Final = re.compile(
    r"\b(?:our|the\s+team's)\s+(?:[\w-]+\s+)?(?:stack|tools|tooling|toolchain)\b|"
    r"\bwe\s+(?:use|run\s+on|work\s+with)\b|\byou(?:'ll|\s+will)\s+(?:use|work\s+with)\b",
    re.I,
)
_BRACKET: Final = re.compile(r"\(([^()]{0,300})\)")
#: A remark that any tool of the kind will do: "any warehouse is fine", "doesn't matter which".
_ANY_WILL_DO: Final = re.compile(
    r"\bany\b[^()]{0,40}?\b(?:(?:is|are)\s+(?:fine|ok|okay|welcome|great|good|acceptable)|"
    r"(?:will|would)\s+do)\b|"
    r"\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+(?:really\s+)?(?:matter|mind)\b|\bwhatever\b",
    re.I,
)
#: Words that make a line essential; "not required", "not mandatory" do not ("Desirable (not
#: required): Spark").
_MUST_WORDS: Final = re.compile(
    r"(?<!\bnot\s)\b(must|required|essential|mandatory|zwingend|erforderlich|vorausgesetzt|imprescindible|"
    r"obligatorio|obrigatório|indispensable|exigido|obligatoire)\b",
    re.I,
)
#: The jobs years are asked in: "in a software engineering, DevOps or MLOps role", "in DevOps,
#: SRE or platform roles" (the words in the group name kinds of job, not skills asked).
_IN_ROLES: Final = re.compile(
    r"\b(?:in|as)\s+(?:an?\s+)?([^.;:()]{1,120}?)\s+(?:roles?|positions?|jobs?)\b", re.I
)


def _cite(document: TextDocument, line: Line, sentence: str) -> str:
    return f"posting {file_name(document.source)}:{line.number}: {sentence}"[:1900]


def read_posting(document: TextDocument, catalog: CatalogIndex) -> PostingDraft:
    """The posting's requirements, section by section, each citing its sentence."""
    lines = inline_headings(document.lines)
    title = posting_title(lines, document.source)
    draft = PostingDraft(document.source, title, "posting-" + slug(title))
    senior = senior_role(title)
    matcher = Matcher(catalog)
    matcher.learn_names(lines)
    taken: set[str] = set()
    years_done = False
    every = parts(lines, matcher)
    sections = [s for s in every if s.kind in ("required", "nice")]
    sections.sort(key=lambda s: s.kind != "required")  # requirements win over nice-to-haves
    for section in sections:
        opened: List | None = None
        for whole in join_wrapped(section.lines[1:]):
            if not clean_sentence(whole.text):
                continue
            if opened is not None and under(opened, whole.text):
                item = clean_sentence(whole.text).strip(" -*•·")
                found = item_found(matcher, whole)
                opened.found += found
                opened.named += list(dict.fromkeys(item_ids(found, whole.text)))
                opened.items.append(item)
                if not found and item:
                    opened.unknown.append(item)
                continue
            if opened is not None:
                _close(draft, document, catalog, opened, senior, taken)
            opened = opens(whole, section.kind)
            for a, b in _clauses(whole.text):
                # one clause at a time, each character keeping its file column (a long
                # line of many clauses costs its length, not its length times its clauses)
                columns = tuple(whole.column(i) for i in range(a, b))
                line = Line(whole.number, whole.text[a:b], columns)
                years_done = _clause(
                    draft,
                    document,
                    catalog,
                    matcher,
                    line,
                    section.kind,
                    senior,
                    taken,
                    years_done=years_done,
                )
        if opened is not None:
            _close(draft, document, catalog, opened, senior, taken)
    for section in every:
        if section.kind == "duties":
            _team_tools(draft, document, matcher, section, taken)
    return draft


def _team_tools(
    draft: PostingDraft, document: TextDocument, matcher: Matcher, duties: Section, taken: set[str]
) -> None:
    """The tools a duty says the team uses ("our stack", "we use"): each a nice-to-have.

    A duty is not a requirement ("Build forecasting models"), but the stack the work is done
    in is worth knowing beforehand: a careful reader lists it as nice to have.
    """
    said = False  # the line before said so, and this one, indented under it, goes on
    for whole in join_wrapped(duties.lines[1:]):
        indent, bullet = ITEM.match(whole.text).groups()  # type: ignore[union-attr]
        said = bool(said and indent and not bullet)
        for f in matcher.find_in_line(whole):
            said = said or bool(_OUR_TOOLS.search(f.sentence.replace("’", "'")))
            if said and f.id not in taken:
                taken.add(f.id)
                source = _cite(document, whole, f.sentence)
                nice = Requirement("skill", "useful", source, [f.id], NICE_LEVEL)
                draft.requirements.append(nice)


def _close(  # the draft being written, and what the list is read with
    draft: PostingDraft,
    document: TextDocument,
    catalog: CatalogIndex,
    opened: List,
    senior: bool,
    taken: set[str],
) -> None:
    """The group a list opened by "two of the following:" asks for, from the items under it."""
    head = opened.line.text
    nice = opened.kind == "nice" or bool(_NICE_WORDS.search(head))
    must = bool(_MUST_WORDS.search(head)) and opened.kind == "required"
    importance: Importance = "useful" if nice and not must else "essential"
    base = NICE_LEVEL if importance == "useful" else SENIOR_LEVEL if senior else DEFAULT_LEVEL
    level = asked_level(head, base)
    items = "; ".join(opened.items)
    sentence = clean_sentence(head) + " " + items
    source = _cite(document, opened.line, sentence.strip())
    ids = opened.named
    before = len(draft.requirements)
    asked = (opened.k, importance, source, level)
    left = group(draft, catalog, taken, ids, asked, opened.found)
    if len(draft.requirements) > before and opened.unknown:
        note_unknown(draft.requirements[-1], opened.unknown)
    for skill in left:
        if skill not in taken:
            taken.add(skill)
            draft.requirements.append(Requirement("skill", importance, source, [skill], level))


def _clauses(text: str) -> list[tuple[int, int]]:
    """Where a requirement line's clauses are: its sentences and its `•`, `·`, `;` items.

    Not the ``;`` between the items of a list a line opens ("any three of the following
    areas: prompt engineering; RAG; model evaluation"): the list is one clause.
    """
    cuts = [0]
    at = depth = 0  # brackets opened and not closed before ``at``
    k_of = list_opening(text)
    for m in _CLAUSE_END.finditer(text):
        depth += text.count("(", at, m.start()) - text.count(")", at, m.start())
        at = m.start()
        if depth > 0:
            continue  # inside brackets: a remark's own sentence, still the clause's
        if k_of is not None and m.start() >= k_of.end() and m[0].strip() == ";":
            continue  # an item of the list the line opens, not a clause of its own
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=True))
    return [(a, b) for a, b in pairs if clean_sentence(text[a:b]).strip(" •·;")]


def _remarks(text: str) -> list[tuple[int, int]]:
    """Where a clause's brackets say any tool of a kind will do, naming the team's own.

    "Strong SQL (we use Snowflake, but any warehouse is fine)": the tools named there are
    nice to have, not asked. A bracket with no such words still asks what it names
    ("Strong Python (we use FastAPI)": FastAPI, as a reader takes it).
    """
    return [(m.start(), m.end()) for m in _BRACKET.finditer(text) if _ANY_WILL_DO.search(m[1])]


def _nice_scopes(text: str) -> list[tuple[int, int]]:
    """The stretches of a clause a nice-to-have word speaks for.

    Inside brackets, the brackets (``(Kafka, a plus)``), unless the word is all they hold
    (a job board's ``SQL: 2 years (Preferred)``: the clause); "ideally" and "preferably"
    what follows them (``Python, ideally also Go``), inside brackets up to their end
    (``(multi-GPU, ideally multi-node)``: multi-node), after a ``;`` in them from there
    (``(FastAPI or Flask; async is a plus)``: async); "a plus", "preferred", "bonus" the
    whole clause (``A Master's or MBA is a plus``).
    """
    scopes = []
    for m in _NICE_WORDS.finditer(text):
        opening = text.rfind("(", 0, m.start())
        closing = text.find(")", m.end())
        end = closing if closing >= 0 else len(text)
        alone = text[opening + 1 : closing].strip(" .!") == m[0] if closing >= 0 else False
        after = m[1].casefold() in ("ideally", "preferably")
        if opening >= 0 and ")" not in text[opening : m.start()] and not alone:
            # "(FastAPI or Flask; async is a plus)": the word speaks for its own part only
            part = max(opening, text.rfind(";", opening, m.start()))
            scopes.append((m.start() if after else part, end))
        elif after:
            scopes.append((m.start(), len(text)))
        else:
            scopes.append((-1, len(text)))
    return scopes


def _clause(  # the draft being written, and what the clause is read with
    draft: PostingDraft,
    document: TextDocument,
    catalog: CatalogIndex,
    matcher: Matcher,
    line: Line,
    kind: str,
    senior: bool,
    taken: set[str],
    *,
    years_done: bool,
) -> bool:
    """One clause of a requirement line read into the draft; whether years were read."""
    text = line.text
    sentence = clean_sentence(text)
    scopes = _nice_scopes(text)
    must = bool(_MUST_WORDS.search(text)) and kind == "required"

    def importance_at(at: int) -> Importance:
        nice = kind == "nice" or any(a <= at < b for a, b in scopes)
        return "useful" if nice and not must else "essential"

    whole = importance_at(-1)  # years, a degree, a certification: the clause's own word
    source = _cite(document, line, sentence)
    years_done, degree = _years_and_degree(draft, catalog, line, (whole, source), taken, years_done)
    if degree:
        return years_done  # the fields of a degree clause are not skills
    for cert, _, _ in phrases(catalog.certification_names, line):
        if f"cert:{cert}" not in taken:
            taken.add(f"cert:{cert}")
            draft.requirements.append(Requirement("certification", whole, source, skills=[cert]))
    k_of = list_opening(text)
    since = 0  # where the last run ended
    found = item_found(matcher, line)  # "- Spark" alone: the skill
    if _YEARS.search(text):  # "3 years in DevOps, SRE or MLOps roles": kinds of job, not skills
        roles = [m.span(1) for m in _IN_ROLES.finditer(text)]
        found = [f for f in found if not any(a <= f.start < b for a, b in roles)]
    found = past_the_kind(found, text, k_of)  # "two of these frameworks: ...": no item
    remarks = _remarks(text)
    remarked = [f for f in found if any(a <= f.start < b for a, b in remarks)]
    found = [f for f in found if f not in remarked]
    for run in runs_of(found, text, k_of):
        importance = importance_at(run[0].start)
        nice = importance == "useful"
        base = (SENIOR_LEVEL if senior else DEFAULT_LEVEL) if not nice else NICE_LEVEL
        level = asked_level(text, base, run[0].start)
        ids = list(dict.fromkeys(f.id for f in run))
        k = items_asked(k_of[1]) if k_of and k_of.start() < run[0].start and len(run) > 1 else 1
        if is_choice(run, text, since) or k > 1:
            named = item_ids(run, text)  # "Kafka / stream processing" is one item
            if examples(run, text):  # "gradient boosting (XGBoost, LightGBM)": one of them
                named = [f.id for f in run]
            before = len(draft.requirements)
            ids = group(draft, catalog, taken, named, (k, importance, source, level), run)
            unknown = unnamed(text, k_of.end(), run) if k > 1 and k_of else []
            if len(draft.requirements) > before and unknown:
                note_unknown(draft.requirements[-1], unknown)
        for skill in ids:
            if skill not in taken:
                taken.add(skill)
                draft.requirements.append(Requirement("skill", importance, source, [skill], level))
        # "an LLM API": the LLMs it is about, asked alike
        draft.requirements += prerequisites_asked(
            run, ids, matcher, taken, (importance, source, level)
        )
        since = run[-1].end
    for f in remarked:  # the team's tools a remark names: each a nice-to-have
        if f.id not in taken:
            taken.add(f.id)
            draft.requirements.append(Requirement("skill", "useful", source, [f.id], NICE_LEVEL))
    return years_done


def _years_and_degree(
    draft: PostingDraft,
    catalog: CatalogIndex,
    line: Line,
    asked: tuple[Importance, str],
    taken: set[str],
    years_done: bool,
) -> tuple[bool, bool]:
    """A clause's years and degree read into the draft.

    Whether years were read, and whether the clause is a degree's (its fields are no skills).
    """
    whole, source = asked
    text = line.text
    years = _YEARS.search(text)
    degree = _DEGREE.search(text)
    if years and not years_done and not degree:
        count = years[1].casefold()
        n = int(count) if count.isdigit() else NUMBERS.get(count, 0)
        if 0 < n <= 50:
            draft.requirements.append(Requirement("experience", whole, source, months=12 * n))
            years_done = True
    if degree and _NO_DEGREE.search(text):
        return years_done, True  # "No degree requirement": none asked
    if degree and ("degree" not in taken or whole == "useful"):
        draft.requirements.append(_degree(degree[1], line, catalog, whole, source))
        taken.add("degree")
        return years_done, True
    return years_done, False


def _degree(
    word: str, line: Line, catalog: CatalogIndex, importance: Importance, source: str
) -> Requirement:
    rung = FOREIGN_DEGREES.get(word.casefold()) or next(
        (r for pattern, r in _RUNG if pattern.search(word)), "bachelor"
    )
    if rung not in catalog.degrees:
        rung = next(iter(catalog.degrees), rung)
    fields = list(dict.fromkeys(f for f, _, _ in phrases(catalog.field_names, line)))
    low = line.text.casefold()
    equivalent = bool(_EQUIVALENT.search(low))
    if importance == "essential" and (equivalent or " or a " in low or "or a bs" in low):
        importance = "important"
    note = "or equivalent experience, the posting says" if equivalent else None
    return Requirement("degree", importance, source, level=rung, fields=fields, note=note)
