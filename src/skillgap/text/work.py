"""What work a CV's job is and how much of it: its relevance and its share of full time.

* **Relevant** work is work in data, ML, AI, analytics or research (*core*), or engineering,
  software and operations work (*related*: an ML engineer's software years, an MLOps
  engineer's SRE and systems years); nursing, teaching, a library or a café are not, and
  neither is managing a product, project or programme, whatever the product.
* **Share of full time** from the job's own lines: "20 h/week" or "Hours per week: 20"
  (hours / 40), "0.5 WTE",
  "(80%)", "3 days a week" (days / 5), "part-time" or "half-time" 0.5, "weekends" or
  "evenings" 0.25.
* **Training** listed among jobs ("Data Analytics Bootcamp - Academy", "Nanodegree") is
  education, not work, unless its title names who taught or ran it ("Bootcamp Instructor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from skillgap.text.break_titles import names_break
from skillgap.text.clinical import STATISTICAL_SCIENCE, names_clinical
from skillgap.text.context import clean_sentence
from skillgap.text.dates import DURATION, Span
from skillgap.text.italian import LEAVE as LEAVE_ITALIAN
from skillgap.text.italian import OTHER_WORK as OTHER_WORK_ITALIAN
from skillgap.text.polish import CORE_WORK as CORE_POLISH
from skillgap.text.polish import LEAVE as LEAVE_POLISH
from skillgap.text.polish import OTHER_WORK as OTHER_WORK_POLISH
from skillgap.text.polish import RELATED_WORK as RELATED_POLISH

#: Spanish's and Portuguese's leave: "Licencia de maternidad", "licença-maternidade".
LEAVE_LATIN: Final = (
    r"(?:licencia|licença|baja)(?:[\s-]+(?:(?:de|por)\s+)?"
    r"(?:maternidad|paternidad|maternidade|paternidade|parental|maternal))?"
)
#: The Nordic languages' and Polish's parental leave: "Föräldraledighet", "foreldrepermisjon",
#: "barselsorlov", "vanhempainvapaa", "urlop rodzicielski".
LEAVE_NORDIC: Final = (
    r"(?:föräldraledighet|föräldraledig|foreldrepermisjon|forældreorlov|barselsorlov|"
    r"barselpermisjon|vanhempainvapaa|äitiysloma|isyysloma|perhevapaa|"
    r"urlop\s+(?:macierzyński|rodzicielski|ojcowski|wychowawczy))"
)
#: A leave's words, in the languages CVs are read in (one alternation for every leave pattern).
LEAVE_WORDS: Final = (
    rf"(?:leave|elternzeit|mutterschutz|karenz|congé|{LEAVE_LATIN}|{LEAVE_NORDIC}|"
    rf"{LEAVE_ITALIAN}|{LEAVE_POLISH})"
)
#: A leave inside a job: its months come off the job.
LEAVE: Final = re.compile(rf"\b{LEAVE_WORDS}\b", re.I)
#: A leave's length and reason in brackets after its dates: ``Unpaid leave Apr 2025 – May 2025
#: (2 months, Hajj pilgrimage)``: a note on the leave, not words of a job.
LEAVE_REMARK: Final = re.compile(r"\(\s*\d{1,2}\s*(?:months?|mos?|weeks?)\b[^()]*\)", re.I)

#: Work in data, ML, AI, analytics or research: relevant to every target the catalog has.
_CORE: Final = re.compile(
    r"\b(data|machine learning|ml|ai|analyst|analytics|scientist|research|researcher|"
    r"postdoc\w*|dashboard|reporting|mlops|deep learning|nlp|bi|"
    r"business intelligence|computer vision|quant\w*|bioinformatic\w*|computational|llms?|"
    # other languages': Datenanalystin, wissenschaftlicher Mitarbeiter, analyste, données
    r"daten\w*|\w+analyst(?:in|en)?|wissenschaftliche[rn]?\s+mitarbeiter\w*|"
    r"forsch\w*|analyste|analista|données|datos|dati|dados|chercheu\w*|investigador\w*|"
    r"cientista|científic[oa]s?|"
    # "Asistente de investigación", "Laboratorio de Aprendizaje Automático", "pesquisa"
    r"investigaci[oó]n|investiga[cç][aã]o|aprendizaje automático|aprendizado de máquina|"
    # the statistical sciences: "Biostatistician", "Statistiker", "Epidemiologist"
    rf"aprendizagem automática|{STATISTICAL_SCIENCE}|{CORE_POLISH})\b",
    re.I,
)
#: Engineering, software and operations work (an ML engineer's software years, an MLOps
#: engineer's SRE and systems years), unless the engineering is another trade.
_RELATED: Final = re.compile(
    r"\b(engineer\w*|developer|programmer|software|sre|site reliability|devops|"
    r"sys\.?\s?admin\w*|systems administrator|database administrator|dba|architect|robotics|"
    r"computer science|computing|\w*entwickl\w*|\w*informatik\w*|informaticien\w*|ingenieur\w*|"
    r"ing[ée]nieure?s?|ingenier[oa]s?|"
    r"d[ée]veloppeu\w+|desarrollador\w*|sviluppatore|desenvolvedor\w*|engenheir[oa]s?|"
    r"programador\w*|network operations|(?-i:NOC)|"  # a telecom's network operations centre
    # a startup's technical head: "Co-founder & CTO", "Technical Co-founder"
    rf"(?-i:CTO)|chief technology officer|technical co-?founder|{RELATED_POLISH})\b",
    re.I,
)
_OTHER_TRADE: Final = re.compile(
    r"\b(mechanical|civil|chemical|structural|process|manufacturing|sales|field service|"
    r"maintenance|building|mining|petroleum|sound|audio|yield|equipment)\s+engineer",
    re.I,
)
#: Occupations that are not data or engineering work whatever their subject: a statistics
#: teacher teaches, a nurse who keeps the ward's data nurses.
_OTHER_OCCUPATION: Final = re.compile(
    r"\b(teachers?|tutor|instructor|nurse|midwife|pharmacist|physician|barista|waiter|"
    r"waitress|cashier|librarian|receptionist|chef|cook|driver|carer|caregiver|lifeguard|"
    r"shop assistant|sales assistant|retail assistant|paramedic|lehrer\w*|lehrbeauftragte\w*|"
    r"dozent\w*|enseignant\w*|profesor\w*|guest lectur\w*|gastdozent\w*|docente\w*|"
    # the law, whatever its field: "Legal Counsel, Technology & Data Protection"
    r"lawyers?|legal counsel|general counsel|solicitor|attorney|barrister|paralegal|"
    r"advokat\w*|rechtsanw[aä]lt\w*|abogad[oa]|advogad[oa]|avocat\w*|"
    rf"ayudante de cátedra|{OTHER_WORK_ITALIAN}|{OTHER_WORK_POLISH})\b",
    re.I,
)

#: Managing a product, a project or a programme is not data or engineering work, whatever the
#: product ("Product Manager, ML Platform"; "Technical Program Manager, Software"), unless the
#: title also names a data or engineering occupation ("Data Analyst / Project Manager").
_MANAGEMENT: Final = re.compile(
    r"\b(?:product|project|program|programme)\s+(?:manager|owner)s?\b|\bscrum\s+master\b",
    re.I,
)

#: A lecturer teaches ("Lecturer (part-time, 40%), Hochschule München, Dept. of Computer
#: Science"), unless the title names data, ML or AI as the subject ("Lecturer in Data Science").
_LECTURER: Final = re.compile(r"\blecturer\b", re.I)

#: A teaching assistant teaches, whatever the course ("Teaching Assistant, COMP 551 Applied
#: Machine Learning" during a PhD): only an undergraduate's assistantship in an ML or AI
#: course is a student's job in the field ("Undergraduate Teaching Assistant, Intro to ML").
_TEACHING_ASSISTANT: Final = re.compile(
    r"\b(?:teaching assistant|teaching fellow|(?-i:TA))\b", re.I
)
_UNDERGRADUATE_TA: Final = re.compile(
    r"\b(?:undergraduate|undergrad|student)\s+(?:teaching assistant|(?-i:TA))\b", re.I
)
_ML_COURSE: Final = re.compile(
    r"\b(?:ML|AI|machine learning|artificial intelligence|deep learning|data science)\b", re.I
)

#: Information technology, as English and Portuguese or Spanish abbreviate it: an internship
#: in it is software or operations work ("Estagiário de TI"; an "IT Helpdesk Assistant" is not).
_IT: Final = re.compile(r"\b(?-i:IT|TI)\b")

#: Lab work at the bench: a researcher's title that says so is not data work.
_BENCH: Final = re.compile(r"\b(wet[- ]?lab|bench work|bench scientist)\b", re.I)

#: The nouns of data and engineering occupations: with one, the title is that work.
_DATA_NOUN: Final = re.compile(
    r"\b(analyst|scientist|engineer|developer|programmer|researcher|architect|administrator|"
    r"\w*analyst(?:in|en)?|\w*entwickler\w*|\w*ingenieur\w*|wissenschaftler\w*)\b",
    re.I,
)

#: Data and ML work named in a job's own lines ("moved to the data team and built the first
#: recommender"): related work that did some is part of the relevant career wherever it stands.
CORE_WORK: Final = re.compile(
    r"\b(data (?:team|pipelines?|platform|engineering|science|scientists?|warehouse)|"
    r"machine learning|ml|ai|analytics|deep learning|nlp|computer vision|recommend\w*|"
    r"(?:bio)?statistic\w*|forecast\w*|"
    # German: "Lehrstuhl für Maschinelles Lernen", "Methoden des maschinellen Lernens"
    r"maschinelle[sn]?\s+lernens?)\b",
    re.I,
)

#: Training a CV lists among its jobs: a bootcamp, a course, a nanodegree.
_TRAINING: Final = re.compile(
    r"\b(boot\s?camps?|nanodegrees?|courses?|training programm?e)\b", re.I
)
#: Who teaches, builds or runs the training: with one, the title is a job.
_TRAINING_STAFF: Final = re.compile(
    r"\b(instructor|teacher|tutor|coach|mentor|lecturer|teaching|professor|developer|"
    r"designer|manager|coordinator|director|assistant|engineer|analyst|scientist|author)\b",
    re.I,
)


def is_training(title: str) -> bool:
    """Whether a job's title is training taken (a bootcamp, a course), not work done."""
    return bool(_TRAINING.search(title)) and not _TRAINING_STAFF.search(title)


_HOURS: Final = re.compile(
    r"(\d{1,2})\s*(?:h|hrs?|hours?|std\.?|stunden|heures|horas)\s*"
    r"(?:/|per|a|an|each|pro|par|por|a\s+la|na)\s*(?:w|wk|week|woche|semaine|semana)\b"
    r"|(\d{1,2})\s*(?:wochenstunden|h/wk|horas\s+semana(?:les|is))\b"  # "20 horas semanais"
    r"|\bhours\s+per\s+week\s*:\s*(\d{1,2})\b",  # a federal résumé's "Hours per week: 20"
    re.I,
)
_SHARE: Final = re.compile(
    r"(?<![\d.,])(0?[.,]\d{1,2}|1\.0|1)\s*(?:WTE|FTE)\b|\b(?:WTE|FTE)\s*:?\s*(0?[.,]\d{1,2})(?!\d)",
    re.I,
)
_PERCENT: Final = re.compile(
    r"(?:\(|\bat\s|\b(?:pensum|taux|jornada)\s*:?\s*)\s*(\d{2,3})\s?%\s*(?:FTE|WTE|time)?\s*\)?"
    # "(Wissenschaftlicher Mitarbeiter, 50% position)": the post's own share
    r"|\b(\d{2,3})\s?%\s*(?:FTE|WTE|time|stelle|teilzeit|part-time|of\s+full[- ]time|"
    r"(?:position|post|appointment)\b)"
    # the share a part-time note states: "(part-time, 40%)" is 0.4, not part-time's 0.5
    r"|\b(?:part[- ]time|teilzeit)\s*[,:;–-]?\s*(\d{2,3})\s?%"
    # a note's last word: "(secondment, 50%)", "(Elternzeitvertretung; 60 %)"
    r"|\([^()]{3,40}[,;]\s*(\d{2,3})\s?%\s*\)",
    re.I,
)
_DAYS: Final = re.compile(
    r"(?<![\d.,])([1-4](?:[.,]5)?|one|two|three|four)\s*(?:days?|tage?n?|jours?|d[íi]as)\s*"
    r"(?:/|per|a|an|each|pro|par|in\s+the|of\s+the|por|a\s+la|na)\s*"
    r"(?:w|wk|week|woche|semaine|semana)\b",
    re.I,
)
_COUNT: Final = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}
_PART_TIME: Final = re.compile(
    r"\b(part-time|part time|half-time|half time|halftime|teilzeit|halbtags|temps partiel|"
    r"mi-temps|media jornada|medio tiempo|tiempo parcial|jornada parcial|meio período|"
    r"meio expediente|tempo parcial|tempo parziale|deeltijds|halftijds)\b",
    re.I,
)
#: A share of full time as a fraction, as Belgian and French contracts state it: "4/5"
#: (0.8), "3/5", "1/2", "4/5e temps", "4/5de"; never a date ("4/5/2020") nor a rating.
_FRACTION: Final = re.compile(
    r"(?<![\w/.,])([1-9])\s?/\s?(10|[2-5])(?:e|ème|ième|de|ste)?(?![\w/]|[.,]\d|\s?/\s?\d)", re.I
)
#: What makes a fraction a share: a time word after it ("4/5 time", "4/5e temps", "4/5-tijds"),
#: a contract's word before it ("régime 4/5", "part-time 4/5", "à 4/5"), or a bracket it
#: opens with only a remark or a percentage after it ("(4/5, 80 %)", "(4/5)").
_FRACTION_AFTER: Final = re.compile(
    r"^[\s-]*(?:time|temps|tijds\w*|werk\w*|regime|régime|fte|etp|wte)\b", re.I
)
_FRACTION_BEFORE: Final = re.compile(
    r"\b(?:part[- ]time|temps\s+partiel|deeltijds|tijdskrediet|r[ée]gime|werkregime|"
    r"contra[ct]t?|à|at)\s*[:,(]?\s*$",
    re.I,
)
_FRACTION_BRACKET: Final = re.compile(r"^\s*(?:[,;]|\))")
#: A rating's words before a bracket ("Client rating (4/5)"): a score, not a share.
_RATING: Final = re.compile(
    r"\b(?:rat(?:ed|ing)|score[ds]?|stars?|reviews?|satisfaction|note)\W*$", re.I
)
#: Fractions in words: "four-fifths", "quatre cinquièmes", "viervijfde".
_FIFTHS: Final = re.compile(
    r"\b(?:(four|quatre)[\s-](?:fifths|cinquièmes)|(vier|drie)\s?vijfde|(three|trois)[\s-]"
    r"(?:fifths|cinquièmes))\b",
    re.I,
)


def _fraction(text: str) -> float | None:
    """A share of full time written as a fraction ("(4/5, 80 %)", "4/5e temps"), or None."""
    for m in _FRACTION.finditer(text):
        part, whole = int(m[1]), int(m[2])
        before, after = text[: m.start()], text[m.end() :]
        bracket = before.rstrip().endswith("(") and bool(_FRACTION_BRACKET.match(after))
        if part >= whole or (bracket and _RATING.search(before.rstrip()[:-1])):
            continue
        if bracket or _FRACTION_AFTER.match(after) or _FRACTION_BEFORE.search(before):
            return round(part / whole, 3)
    if words := _FIFTHS.search(text):
        return 0.8 if words[1] or (words[2] or "").casefold() == "vier" else 0.6
    return None


#: A work-study rhythm: "2 semaines en entreprise / 2 semaines à l'école", "3 days at work,
#: 2 days at school", "3 Tage Betrieb / 2 Tage Hochschule": the work's share of the weeks.
_UNIT: Final = r"(?:semaines?|weeks?|wochen|jours?|days?|tage?n?|mois|months?|monate?)"
_RHYTHM: Final = re.compile(
    rf"\b(\d)\s*{_UNIT}\s+(?:en\s+|at\s+|in\s+(?:the\s+)?|im\s+|à\s+l['’]|d['’])?"
    rf"(entreprise|company|work|job|office|betrieb|unternehmen|firma)\b[^/,;]{{0,20}}[/,;]\s*"
    rf"(\d)\s*{_UNIT}\b",
    re.I,
)
#: A French "alternance" (or a German dual study, its student a "Dualer Student"): work and
#: school in turn.
_ALTERNANCE: Final = re.compile(
    r"\b(?:en\s+)?alternance\b|\bdual(?:e[nrs]?)?\s+(?:studium|student\w*|stud(?:y|ies))\b",
    re.I,
)
_SPARE: Final = re.compile(r"\b(weekends?|evenings?)\b", re.I)


def fte_of(text: str) -> float:  # noqa: PLR0911  # a return per way to write a share
    """A job's share of full time from the words of its lines (1 when they give none)."""
    if rhythm := _RHYTHM.search(text):  # "2 semaines en entreprise / 2 semaines à l'école"
        work, school = int(rhythm[1]), int(rhythm[3])
        return round(work / (work + school), 3) if work + school else 1.0
    if _ALTERNANCE.search(text):
        return 0.5  # an alternance or a dual study's work: half the time, as a rule
    if hours := _HOURS.search(text):
        return round(min(1.0, int(hours[1] or hours[2] or hours[3]) / 40), 3)
    if share := _SHARE.search(text):
        value = float((share[1] or share[2]).replace(",", "."))
        if 0 < value <= 1:
            return round(value, 3)
    if percent := _PERCENT.search(text):
        value = int(next(g for g in percent.groups() if g))
        if 10 <= value <= 100:
            return round(value / 100, 3)
    if (fraction := _fraction(text)) is not None:
        return fraction
    if days := _DAYS.search(text):
        count = _COUNT.get(days[1].casefold()) or float(days[1].replace(",", "."))
        return round(count / 5, 3)
    if _PART_TIME.search(text):
        return 0.5  # "evenings, part-time": the share it names
    return 0.25 if _SPARE.search(text) else 1.0


def names_other_work(title: str) -> bool:
    """Whether a title names work that is not data or engineering (teaching, another trade)."""
    return bool(_OTHER_OCCUPATION.search(title) or _OTHER_TRADE.search(title))


def student_data_work(job: Job) -> bool:
    """Whether an internship its title does not place is data work, as its own lines say.

    ``Project Trainee (final-semester internship)`` / ``Vardhan Motors - Analytics Centre of
    Excellence``: a student's job whose lines name data or ML work (its team, its projects)
    is that work. Teaching, another occupation, bench work, training and volunteering are not.
    """
    title = job.title
    return (
        job.kind == "internship"
        and not job.relevant
        and job.did_core_work
        and not job.why_not
        and not (names_other_work(title) or _TEACHING_ASSISTANT.search(title))
        and not _BENCH.search(title)
    )


#: Freelance work found through a platform, listed by client ("Kettle & Crumb (UK) — via
#: Upwork", "Fiverr gigs"): its title names no occupation, so its own lines say what work it is.
_PLATFORM: Final = re.compile(r"\b(?:upwork|fiverr|toptal|freelancer\.com|malt|gigs?)\b", re.I)
#: Gig work that is not data or engineering work whatever skills its lines name.
_OTHER_GIG: Final = re.compile(
    r"\b(?:writ\w*|translat\w*|design\w*|illustrat\w*|editor|editing|transcri\w*|voice|"
    r"video\w*|assistant|tutor\w*|copywrit\w*|marketing|sales)\b",
    re.I,
)


def client_data_work(job: Job) -> bool:
    """Whether a freelance engagement listed by client is data work, as its own lines show.

    ``Kettle & Crumb Bakeries (UK) — via Upwork`` / ``20 h/week. Weekly sales forecasting per
    shop (pandas, statsmodels)``: a platform's contract whose title names no occupation is the
    work its lines name, when they name the catalog's skills; writing, design, translation or
    an assistant's gigs are not, whatever tools they used.
    """
    title = job.title
    return (
        job.kind == "job"
        and not job.relevant
        and not job.why_not
        and bool(job.skills)
        and bool(_PLATFORM.search(title))
        and not (names_other_work(title) or _OTHER_GIG.search(title) or _MANAGEMENT.search(title))
    )


#: A consultant's practice named by no field: "Independent Consultant — Own Advisory AB".
_BARE_PRACTICE: Final = re.compile(
    r"^(?:independent|freelance|self-employed)?\s*(?:consultant|contractor|freelancer|advisor)"
    r"\s*(?:$|[—–|,(]|\s-\s)",
    re.I,
)


def practice_data_work(job: Job) -> bool:
    """Whether an independent consultant's practice is data or ML work, as its lines say.

    ``Independent Consultant — Lindqvist Advisory AB (own company)`` / ``ML platform reviews
    and architecture for six clients``: a practice whose title names no field is the work
    its own lines name; a "Management Consultant" or a "Sales Consultant" names another.
    """
    return (
        job.kind == "job"
        and not job.relevant
        and not job.why_not
        and job.did_core_work
        and bool(_BARE_PRACTICE.match(job.title))
    )


def relevance(header: str) -> tuple[bool, bool]:
    """Whether a job's title and employer name relevant work, and core work (data, ML, AI)."""
    text = DURATION.sub(" ", header)
    if names_clinical(text) or (_OTHER_OCCUPATION.search(text) and not _DATA_NOUN.search(text)):
        # "Mathematics & Statistics Teacher": teaching; "Medical Scientist": clinical work
        return False, False
    if _MANAGEMENT.search(text) and not _DATA_NOUN.search(text):
        return False, False  # "Product Manager, ML Platform": managing a product
    if _LECTURER.search(text) and not (_DATA_NOUN.search(text) or _CORE.search(text)):
        return False, False  # "Lecturer, Dept. of Computer Science": teaching
    if _TEACHING_ASSISTANT.search(text) and not (
        _UNDERGRADUATE_TA.search(text) and _ML_COURSE.search(text)
    ):
        return False, False  # "Teaching Assistant, Applied Machine Learning": teaching
    if _BENCH.search(text) and not CORE_WORK.search(text):
        return False, False  # "Postdoctoral Researcher (wet lab)": bench work
    core = bool(_CORE.search(text))
    related = bool(_RELATED.search(text)) and not _OTHER_TRADE.search(text)
    related |= bool(_IT.search(text) and _STUDENT_JOB.search(text))  # "Estagiário de TI"
    return core or related, core


#: Unpaid work beside a career, as its title says ("Volunteer Data Analyst").
#: The title starts so, or says so in brackets; an employer's name ("Volunteer Centre") may
#: follow a paid title.
_VOLUNTEER: Final = re.compile(
    r"^[\W_]*volunteer(?:ing)?\b|"
    # volunteering inside a career break: "During this time: volunteer data coordinator"
    r"^[\W_]*(?:during|throughout)\s+(?:this|that|the)\s+(?:time|period|break)\W+volunteer|"
    r"\((?:unpaid|volunteer(?:ing)?)\)|\bunpaid\b|"
    r"\bvolunt[áa]ri[oa]\b|\bvoluntariado\b",  # "Mentor voluntário", "Org · Voluntariado"
    re.I,
)
#: A break's title, or a leave's.
BREAK: Final = re.compile(
    r"\b(career break|sabbatical|break|parental leave|leave|elternzeit|auszeit|sabbatjahr|"
    rf"mutterschutz|karenz|congé parental|licencia|licença|baja por maternidad|{LEAVE_ITALIAN}|"
    rf"{LEAVE_POLISH})\b",
    re.I,
)
#: Time out to travel, a title of its own: "travel (Südostasien)", "Weltreise", "backpacking".
TRAVEL: Final = re.compile(
    r"\b(?:travel(?:l?ing)?|reisen?|weltreise|world trip|backpacking)\b(?=\s*(?:\(|$))", re.I
)
#: An internship, or a student's job beside the studies (a German "Werkstudent"): counted as
#: internships are, wherever it stands in a career.
_STUDENT_JOB: Final = re.compile(
    r"\b(intern(?:ship)?|werkstudent(?:in)?|working student|student assistant|\w*praktik\w*|"
    r"studentische hilfskraft|stagiaire|becari[oa]|pr[áa]cticas|tirocinio|estagi[áa]ri[oa]|"
    r"est[áa]gio|pasant[ií]a|pasante|"
    # East Africa's word for a student's placement: "Industrial Attachment", "Attachment student"
    r"industrial attachment|attachment student|attachee)\b",
    re.I,
)


@dataclass
class Job:
    """A job (or internship, or break) with its dates, share of full time and months."""

    title: str
    span: Span
    fte: float = 1.0
    kind: str = "job"  # job, internship, break
    relevant: bool = True
    core: bool = True  # data, ML, AI, analytics or research work itself
    months: float = 0.0  # full-time-equivalent months counted (overlaps and leave removed)
    calendar_months: int = 0  # the months its dates cover, leave removed (part-time kept whole)
    skills: list[str] = field(default_factory=list)
    leave: Span | None = None
    did_core_work: bool = False  # its own lines name data or ML work
    did_software_work: bool = False  # its own lines show software or data analysis work
    did_code_work: bool = False  # ... and name the programming language it was done in
    why_not: str = ""  # why relevant-looking work is not counted
    part_of: Job | None = None  # the job a dated list item naming a role was listed under
    heading: bool = False  # an employer's or a practice's span over the roles listed under it
    engagement: bool = False  # a job table's row naming a client, no role and no load
    #: an earlier share of full time and its months ("75 % until Feb. 2024, then Vollzeit")
    first_share: tuple[Span, float] | None = None


#: A Markdown link, its text what a reader sees: "[Fernwald](https://fernwald.example)".
_LINK: Final = re.compile(r"\[([^\]]*)\]\([^)]*\)")
#: An emoji or a symbol before a title (a Notion export's "🏢 Data Scientist").
_LEADING_SYMBOLS: Final = re.compile(r"^[^\w(\[\"'“‘]+")


def make_job(title: str, notes: str, text: str, span: Span, leave: Span | None) -> Job:
    """A job from its title, the notes about its time and its line: its kind, share, relevance."""
    title = _LEADING_SYMBOLS.sub("", _LINK.sub(r"\1", title))  # "🏢 [Acme](https://...)"
    kind = (
        "break"
        if BREAK.match(title)
        or re.search(r"career break|sabbatical|auszeit", title, re.I)
        or names_break(title)  # "Career gap", "Family leave", "Time off"
        or TRAVEL.match(title)
        else "internship"
        if _STUDENT_JOB.search(f"{title} {notes}")
        else "job"
    )
    relevant, core = relevance(title)
    job = Job(
        title=title or clean_sentence(text),
        span=span,
        fte=fte_of(f"{title} {notes} {text}"),
        kind=kind,
        relevant=relevant and kind != "break",
        core=core and kind != "break",
        leave=leave,
    )
    if bool(_VOLUNTEER.search(title)) and relevant:  # "Volunteer Data Analyst": volunteering
        job.relevant = job.core = False
        job.why_not = "volunteering, not counted as work"
    elif is_training(title) and relevant:  # "Data Analytics Bootcamp - Academy"
        job.relevant = job.core = False
        job.why_not = "training (a bootcamp or course), not work"
    return job
