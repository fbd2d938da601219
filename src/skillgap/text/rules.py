"""When a catalog name in free text is not the skill: ordinary words, people, abbreviations.

The matcher (:mod:`skillgap.text.match`) finds every catalog name as whole words; these
rules then keep a found name only when the text means the skill. Keys are names as
:func:`skillgap.names.norm` writes them, so the rules hold for any catalog that
uses these names.

* **Short names** (``R``, ``Go``, ``CV``, ``ML``, ``tf``, three letters or fewer) count
  only as the catalog writes them, or in capitals: ``go`` and ``r`` in running text are
  not skills.
* **Words with another meaning** (:data:`AMBIGUOUS`: go, spark, excel, airflow, kafka,
  julia, helm, jenkins ...) must be capitalised (``to excel``, ``sparks``, ``at the
  helm`` are not skills), must not be part of a name (``Ray Oduya``, ``Hannah Jenkins``,
  ``Julia van Dam``, ``Leeds Go Club``, ``Spark & Ember Studio``, ``Spark Days``; a name in
  bold before a job title, ``**Julia**, Lead Data Scientist``), must not be followed by a
  hyphen or slash that makes another word (``go-live``, ``go/no-go``, ``go-to-market``),
  and need a technical context: another skill in the same sentence, or a word such as
  *language*, *experience*, *proficient*, *years* (:data:`CUES`); a word of the other
  meaning within three words (:data:`OTHER_MEANING`: Go and *chess*, *leaf* rust, a Spark
  *award*, an Airflow *product* line) makes it not the skill.
* **Vague words** (:data:`VAGUE`: monitoring, testing, dashboards ...) that a catalog
  lists as aliases count only next to another skill in the same sentence, or qualified
  as the skill (:data:`QUALIFIED`: "clear written communication");
  :data:`NEVER` (workshops, conferences, orchestration ...) never count from free text.
* **A verb**: a word with another meaning right after a subject or its modal ("you'll
  EXCEL", "you will excel", "we'd spark debate", :data:`VERB_AFTER`) is the verb.
* **Abbreviations with another meaning**: ``CV`` after *your*, *a*, *the*, *no*,
  *send*, *upload*, or near *resume*, *cover letter*, *attach*, *Lebenslauf*, is a
  résumé; ``AWS`` beside pay words (*13th* month, *salary*, *CPF*, *allowance*) is
  Singapore's Annual Wage Supplement, not the cloud; a single capital letter followed by
  ``&`` (``R&D``), a digit (``C1``, a language level) or a full stop and a name (``R. de
  Vries``, an initial) is not a skill.
* **A name of its own in capitals**: a word with another meaning the catalog never writes
  in capitals, written so in a sentence mostly not in capitals ("the JULIA program",
  "Project SPARK"), is a programme's or project's name: it counts only in a list of skills
  or after a word that asks for one (:mod:`skillgap.text.context`).
* **Compounds of knowledge**: a name glued to "-Kenntnisse", "-Erfahrung", "-Know-how"
  (:data:`KNOWLEDGE_OF`) is the skill, even an ordinary word ("Statistik-Kenntnisse"); so
  is an ordinary word right after a phrase of knowledge (:data:`KNOWLEDGE_BEFORE`: "a solid
  grounding in statistics", "Solide basi di statistica").
* **A season**: a name that is also a season before a year ("Spring 2022") is a date's
  (:data:`SEASONS`), not the skill.
* **Another term**: a name after a glued prefix ("self-supervised learning", "semi-",
  "non-", "weakly-", "pseudo-") is another term (:data:`OTHER_TERM`), not the skill.
* **A tool a clause ends in**: a language or a tool's name (:data:`TOOL_AT_END`: Excel, R,
  Go, Rust ...) written as the catalog writes it, after *in*, *using* or *with* at the end
  of its sentence or clause (``Maintained supply records in Excel.``, ``held office hours
  in R``, ``rewrote the parser in Rust;``), is the tool: nothing else is done *in* it.
* **Negated**: a name right after "don't use", "do not run", "won't need any", "no longer
  use", "(when) not to use", "not talking (about)" (:data:`NEGATED`) is named as not used:
  not a skill; so is one the words after it negate, up to the next name ("Julia, a
  language we don't use, is NOT needed", "R scripts (you won't have to write any)"), and
  so is one in brackets after "the existing <thing>" (:data:`EXISTING_STACK`: "the
  existing web app (React)"): there already, not asked.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Final

#: Words that are skill names and also ordinary words or names (norm form).
AMBIGUOUS: Final = frozenset(
    {
        *("go", "r", "cv", "excel", "spark", "airflow", "kafka", "julia", "java", "spring"),
        *("helm", "jenkins", "stan", "lambda", "lightning", "flask", "comet", "neptune"),
        *("prefect", "superset", "snowflake", "feast", "hive", "yarn", "octave", "bicep"),
        *("jupyter", "dax", "gymnasium", "evidently", "chroma", "storm", "oracle", "looker"),
        *("keras", "seaborn", "scala", "swift", "rust", "ruby", "ray", "chef", "puppet"),
        *("dl", "rl", "ts", "js", "py", "tf", "rest", "ci"),
    }
)
#: Aliases that are ordinary words: they count only beside another skill.
VAGUE: Final = frozenset(
    {
        *("monitoring", "testing", "deployment", "logging", "alerting"),
        *("dashboards", "containers", "forecasting"),
        *("documentation", "collaboration", "teamwork", "storytelling", "fairness"),
        *("algorithms", "embeddings", "evals", "visualisation", "visualization"),
        *("preprocessing", "experimentation", "spreadsheets", "databases", "communication"),
        *("statistics", "probability", "stats", "optimization", "optimisation", "agile"),
        "statistik",  # German: "laut Statistik" (according to the figures)
        *("estadística", "estatística", "statistiques", "statistica"),  # es, pt, fr, it
        *("microservices", "sre", "softwaredevelopment", "softwareengineering"),
    }
)
#: Words within three before a vague name that make it the skill: "clear written
#: communication", "excellent verbal communication" is the soft skill, not a team's habit.
QUALIFIED: Final = {
    "communication": frozenset({"written", "verbal", "spoken", "oral"}),
}
#: Aliases too vague to count from free text at all.
NEVER: Final = frozenset(
    {
        *("workshops", "conferences", "webinars", "orchestration", "iso"),
        *("programming", "inference", "presentation", "lifelonglearning", "research"),
        # abbreviations that name a field, not a skill one can have: "ML team", "AI features"
        *("ml", "ai", "or", "it", "ee", "cs", "charts", "guardrails"),
    }
)
#: Words within three of an ambiguous name that give it its other meaning: Go the board
#: game, rust the plant disease, Swift the adjective, Spark an award or a programme.
OTHER_MEANING: Final = {
    "go": frozenset({"chess", "board", "baduk", "weiqi", "shogi", "checkers", "draughts"}),
    "rust": frozenset({"leaf", "blight", "mildew", "fungal", "fungus", "disease", "wheat"}),
    "swift": frozenset({"decisions", "decision", "response", "action", "recovery"}),
    "spark": frozenset({"award", "awards", "prize", "scholarship", "mentoring"}),
    # air moved by fans: a ventilation maker's "Airflow product line", "ducted" units
    "airflow": frozenset({"product", "products", "ducted", "ventilation", "hvac", "fans"}),
    # a confidence interval, a counter-intelligence polygraph, a corporate identity
    "ci": frozenset({"confidence", "interval", "intervals", "poly", "polygraph", "clearance"}),
}
#: Names that are also a season: before a year ("Spring 2022", "Spring '23") a date's.
SEASONS: Final = frozenset({"spring"})
YEAR_AFTER: Final = re.compile(r"\s+(?:of\s+)?(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)")
#: Words that make the sentence around an ambiguous name technical.
CUES: Final = frozenset(
    {
        *("language", "languages", "programming", "framework", "frameworks", "library"),
        *("experience", "experienced", "proficient", "proficiency", "expert", "basic"),
        *("working", "intermediate", "advanced", "familiar", "fluent", "fluency", "rusty"),
        *("years", "year", "skills", "skill", "stack", "tools", "tooling", "hands-on"),
        *("knowledge", "read-only", "operators", "written", "platform", "streaming"),
        *("pipelines", "pipeline", "clusters", "cluster", "code", "scripts", "jobs"),
        *("pivot", "macros", "vba", "dashboards", "queries", "models", "data"),
        *("microservices", "microservice", "backend", "back-end", "api", "apis", "sdk"),
        # the words of scheduled data work: "Productionised batch scoring with Airflow",
        # "Orchestrated nightly re-training with Airflow", "Airflow DAGs for the loads"
        *("batch", "dag", "dags", "etl", "elt", "orchestrated", "orchestrating"),
        *("productionised", "productionized", "productionising", "productionizing"),
        # Spanish, Portuguese, French: "experiencia con Spark", "conhecimento de Airflow",
        # "connaissance de Spark", "maîtrise de Go", "3 ans d'expérience"
        *("experiencia", "experiência", "expérience", "conocimiento", "conocimientos"),
        *("conhecimento", "conhecimentos", "connaissance", "connaissances", "maîtrise"),
        *("dominio", "domínio", "años", "anos", "ans", "lenguaje", "linguagem", "langage"),
    }
)
#: Words just before a name that say it is not used nor asked: "we don't run Airflow",
#: "you won't need any Java", "no longer use SAS", "you know when NOT to use deep learning"
#: (a judgement asked, not the skill; then it names no skill of anyone's), "we're not
#: talking Excel sheets" (what the work is not).
NEGATED: Final = re.compile(
    r"\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t|will\s+not|never|no\s+longer|"
    r"not\s+to)"
    r"\s+(?:use|run|need|require|want|write|touch)\s+(?:any\s+|an?\s+|the\s+)?$"
    # what the work is set against: "we're not talking Excel sheets, we mean telemetry"
    r"|\bnot\s+talking(?:\s+about)?\s+(?:an?\s+|the\s+)?$",
    re.I,
)
#: A name in brackets after "the existing <thing>" is what that thing is built with, there
#: already, not asked: "an API the existing web app (TypeScript/React) can call".
EXISTING_STACK: Final = re.compile(
    r"\b(?:the|our|their|its|an?)\s+existing(?:\s+[\w-]+){1,3}\s*\([^()]*$", re.I
)
#: A subject and its modal just before a word with another meaning make it a verb: "YOU'LL
#: EXCEL IF you like ambiguity", "you will excel", "we'd spark debate" (not the tool).
VERB_AFTER: Final = re.compile(
    r"\b(?:you|we|they)(?:['’]ll|['’]d|\s+will|\s+would)?\s+$|\b(?:will|would)\s+$", re.I
)
#: Words after a name that say it is not used nor asked: "Julia, a language we don't use",
#: "is NOT needed", "R scripts (you won't have to write any)".
_NEGATED_AFTER: Final = re.compile(
    r"\b(?:we|you)\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never)\s+(?:have\s+to\s+)?"
    r"(?:use|need|require|write|touch)\b|\b(?:is|are)\s+not\s+(?:needed|required|necessary)\b",
    re.I,
)
_ARTICLE_END: Final = re.compile(r"\s*(?:any|an?|the)?\s*$", re.I)


def negated_after(gap: str, *, more: bool) -> bool:
    """Whether the words after a name say it is not used nor asked.

    The words up to the next name (``more``) or the sentence's end; not when they negate
    the next name ("won't need any Java").
    """
    said = _NEGATED_AFTER.search(gap)
    if said is None:
        return False
    return not (more and _ARTICLE_END.fullmatch(gap, said.end()))


#: A prefix glued before a name that makes it another term: "self-supervised learning",
#: "semi-supervised", "non-linear", "pseudo-labelling" are not the skill the rest names.
OTHER_TERM: Final = re.compile(r"(?<![\w-])(?:self|semi|non|weakly|pseudo)-$", re.I)
#: A compound that names a skill as knowledge of it (German writes them with a hyphen):
#: "Statistik-Kenntnisse", "SQL-Kenntnisse", "Python-Erfahrung", "Spark-Know-how".
KNOWLEDGE_OF: Final = re.compile(
    r"-(?:kenntnisse|kenntnissen|erfahrung|erfahrungen|know-how|wissen|skills)\b", re.I
)
#: A phrase of knowledge right before an ordinary word makes it the skill, as
#: :data:`KNOWLEDGE_OF` does after it: "a solid grounding in statistics", "background in
#: probability", "knowledge of optimization"; Italian "Solide basi di statistica", Spanish
#: "conocimientos de estadística", Portuguese "conhecimentos em estatística", French
#: "connaissances en statistiques", German "Kenntnisse in Statistik".
KNOWLEDGE_BEFORE: Final = re.compile(
    r"\b(?:grounding|background|foundations?|knowledge|understanding|expertise|"
    r"basi|conoscenz[ae]|competenze|conocimientos?|conhecimentos?|connaissances?|"
    r"kenntnisse)\s+(?:in|of|di|della|delle|dei|de|del|da|em|en|des|der)\s+"
    r"(?:the\s+|la\s+|las\s+|a\s+|as\s+|l')?$",
    re.I,
)
#: Words before ``CV`` that make it a résumé.
_RESUME_BEFORE: Final = frozenset(
    {"your", "a", "the", "no", "send", "upload", "my", "our", "their", "his", "her"}
)
#: Words near ``CV`` (four words either side) that make it a résumé: "a resume (or CV)",
#: "CV/Lebenslauf", "your application letter and CV", "attach a CV", "CV and cover letter".
#: Not "application(s)" alone: "CV applications" are computer vision's.
_RESUME_NEAR: Final = frozenset(
    {
        *("resume", "résumé", "resumé", "resumes", "résumés", "curriculum", "vitae", "cover"),
        *("covering", "letter", "attach", "submit", "upload", "lebenslauf", "anschreiben"),
        *("bewerbung", "bewerbungsunterlagen", "zeugnisse", "currículo", "hoja", "vida"),
    }
)
_CAPITAL_WORD: Final = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+$")
#: The small words that start a family name: "Julia van Dam", "Ray de Groot", "Stan von Berg".
PARTICLES: Final = frozenset(
    {"van", "von", "de", "di", "da", "du", "del", "della", "dos", "ter", "ten", "bin"}
)
#: Small words that may follow the first: "van der Berg", "de la Cruz", "von den Driesch".
MORE_PARTICLES: Final = PARTICLES | {"der", "den", "la", "le", "los", "van"}
#: Words of a job title after a name in bold: "**Julia**, Lead Data Scientist".
JOB_TITLE: Final = frozenset(
    {
        *("lead", "head", "senior", "principal", "staff", "chief", "director", "manager"),
        *("scientist", "engineer", "analyst", "architect", "founder", "cofounder", "co-founder"),
        *("cto", "ceo", "cdo", "vp", "recruiter", "officer", "owner", "partner", "researcher"),
        *("professor", "developer", "consultant", "president", "coordinator", "specialist"),
    }
)


def is_capital_word(word: str) -> bool:
    """A word written as a name is: one capital, then small letters (``Oduya``, ``Club``)."""
    return bool(_CAPITAL_WORD.match(word))


_BOLD_CLOSE: Final = re.compile(r"[\w .'’-]{0,40}?(\*\*|__)")
_AFTER_BOLD: Final = re.compile(r"\s*[,(–—-]\s*((?:[\w&/-]+\s+){0,3}[\w&/-]+)")


def family_name_after(words: list[str]) -> bool:
    """Whether words after a name are a family name with its particles: "van", "der", "Dam"."""
    if not words or words[0] not in PARTICLES:
        return False
    rest = list(itertools.dropwhile(lambda w: w in MORE_PARTICLES, words[1:]))
    return bool(rest) and is_capital_word(rest[0])


def bold_name_before_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is in a bold name before a job title ("**Julia**, Lead ...")."""
    opening = max(text.rfind("**", 0, start), text.rfind("__", 0, start))
    if opening < 0 or text.count(text[opening : opening + 2], 0, start) % 2 == 0:
        return False  # not inside bold
    inside = text[opening + 2 : start].split()
    if len(inside) > 3 or not all(is_capital_word(w.rstrip(".")) for w in inside):
        return False  # more than a name's first words before it
    closing = _BOLD_CLOSE.match(text, end)
    after = _AFTER_BOLD.match(text, closing.end()) if closing else None
    return after is not None and bool(set(after[1].casefold().split()) & JOB_TITLE)


#: Pay words near ``AWS`` that make it Singapore's Annual Wage Supplement (a 13th month's pay):
#: "AWS + 13th month + variable bonus", "salary, AWS and CPF", "Annual Wage Supplement".
_PAY_NEAR: Final = frozenset(
    {
        *("13th", "14th", "salary", "salaries", "wage", "wages", "cpf", "remuneration"),
        *("allowance", "allowances", "payroll", "supplement", "ctc"),
    }
)


def pay_near(words: Iterable[str]) -> bool:
    """Whether words near ``AWS`` make it a pay term: "AWS + 13th month", "salary + AWS"."""
    return any(w.casefold() in _PAY_NEAR for w in words)


def resume_near(words: Iterable[str]) -> bool:
    """Whether words near ``CV`` make it a résumé ("a resume (or CV)", "CV and cover letter")."""
    return any(w.casefold() in _RESUME_NEAR for w in words)


def resume_before(word: str) -> bool:
    """Whether ``word`` before ``CV`` makes it a résumé (``your CV``, ``No CV?``)."""
    return word.casefold() in _RESUME_BEFORE


#: Names whose other meanings are not things one works "in" at a clause's end: a tool.
TOOL_AT_END: Final = frozenset({"excel", "r", "go", "rust", "scala", "dax", "keras"})
_TOOL_AT_END: Final = re.compile(r"[\s*_)]*(?:[.;,]|$)")


def tool_at_end(key: str, before: str | None, text: str, end: int) -> bool:
    """Whether a name after "in", "using", "with" ends its clause: ``records in Excel.``."""
    return (
        key in TOOL_AT_END
        and before is not None
        and before.casefold() in ("in", "using", "with")
        and bool(_TOOL_AT_END.match(text, end))
    )
