"""The sections of a posting or a CV: which heading each line falls under, and its kind.

A heading is a Markdown heading (``## Nice to have``), a bold line alone (``**About you**``), a
short line in capitals (``REQUIREMENTS``), one naming a known section (``Core skills``), one
without sentence punctuation followed by a list, or a jobs heading naming its one employer. Its
words give its section a kind: ``required``, ``nice``, ``duties``, ``about``, ``benefits``,
``apply``, ``skills``, ``experience``, ``education``, ``certifications``, ``publications``,
``projects``, ``languages``, ``interests``, ``summary``, ``service``, ``contact`` or ``other``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from skillgap.text.bilingual import latin_words
from skillgap.text.dates import find_span
from skillgap.text.employer_heading import names_its_employer
from skillgap.text.it_services import HEADINGS as IT_SERVICES_HEADINGS
from skillgap.text.it_services import job_duties
from skillgap.text.italian import HEADINGS as ITALIAN_HEADINGS
from skillgap.text.polish import HEADINGS as POLISH_HEADINGS
from skillgap.text.read import Line
from skillgap.text.wraps import BULLET as _BULLET
from skillgap.text.wraps import OPEN_END, hangs, open_bracket

_MD_HEADING: Final = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")
_BOLD_LINE: Final = re.compile(r"^\s*\*\*([^*]+?)\*\*\s*:?\s*$")
#: A list item's bullet; "-- " too, a plain-text export's (never a heading's "-- SKILLS --").
_RULE: Final = re.compile(r"^\s*[-=_*]{3,}\s*$")
#: A line that opens a list of choices inside a section ("You know two of the following:",
#: "EXPERIENCE WITH ONE OF:"): short, and followed by a list, but never a heading.
_CHOICE_OPENS: Final = re.compile(
    r"\b(?:one|two|three|four|five|[1-5])(?:\s*\+|\s+or\s+more)?\s+of"
    r"(?:\s+the\s+following(?:\s+[a-z]+)?|\s+these)?\s*[:.\-–]*\s*$",
    re.I,
)

#: Heading words to a section kind, the first that matches wins (so "preferred
#: qualifications" is nice to have, "minimum qualifications" required).
KINDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("skills", ("what i bring", "what i offer", "what i can do")),  # a CV's, in its own words
    *IT_SERVICES_HEADINGS,  # "Career Objective", "Educational Qualification" (:mod:`.it_services`)
    # an Indian student's CV: posts held (a teaching assistant, a club's secretary), not duties
    ("experience", ("positions of responsibility", "position of responsibility")),
    ("nice", ("nice to have", "nice-to-have", "bonus", "preferred", "desirable", "plus")),
    ("nice", ("good to have", "extra credit", "would be great", "would be nice", "stand out")),
    ("nice", ("an advantage", "extra points")),
    ("nice", ("von vorteil", "wünschenswert", "wuenschenswert", "ein plus")),  # German
    # Spanish "Se valorará", "Deseable"; Portuguese "Diferenciais", "Desejável"; French "Atouts"
    ("nice", ("valorar", "valorable", "se valora", "deseable", "diferencia", "desejáve")),
    ("nice", ("atout", "apprécié", "souhaité")),
    ("benefits", ("what you'll have", "what you will have")),  # perks: "You will have" asks
    # a UK civil-service posting's closing part: nationality, vetting, how selection goes
    ("apply", ("things you need to know", "selection process details")),
    (
        "required",
        (
            "requirement",
            "what you'll bring",
            "what you will bring",
            "you should have",
            "minimum qualifications",
            "must have",
            "must-have",
            "your profile",
            "qualifications",
            "looking for",
            "who you are",
            "you have",
            "what you need",
            "what we need",
            "need from you",
            "what we expect",
            "you'll need",
            "you will need",
            "you need",
            "you bring",
            "about you",
            "ideal candidate",
            "essential",
            "required",
            # civil-service and public-sector postings: "Person specification", "Essential
            # criteria" (above), "Selection criteria", "Key criteria", "Minimum criteria"
            *("person specification", "selection criteria", "key criteria", "minimum criteria"),
            "skills & experience",
            "skills and experience",
            # German: "Anforderungen", "Dein Profil", "Das bringen Sie mit", "Was du mitbringst"
            "anforderung",  # "Anforderungen", and the Swiss "Anforderungsprofil"
            "dein profil",
            "ihr profil",
            "bringst du mit",
            "bringen sie mit",
            "mitbring",
            "voraussetzungen",
            # "You will have", "What you bring"; Spanish "Requisitos (imprescindibles)", "Lo que
            # buscamos", "Tu perfil"; Portuguese "Requisitos", "O que procuramos", "Seu perfil";
            # French "Profil recherché", "Votre profil", "Exigences", "Ce que nous recherchons"
            *("you will have", "you'll have", "what you bring", "what you'll need"),
            *("requisito", "imprescindible", "buscamos", "tu perfil", "perfil buscado"),
            *("perfil requerido", "requerid", "procuramos", "seu perfil", "perfil desejado"),
            *("qualificações", "profil recherché", "votre profil", "profil requis", "exigences"),
            *("recherchons", "prérequis"),
        ),
    ),
    (
        "duties",
        (
            "what you'll do",
            "what you will do",
            "responsibilit",
            "the role",
            "your tasks",
            "work on",
            "be doing",
            "day to day",
            "your mission",
            "aufgaben",  # German: "Deine Aufgaben", "Ihre Aufgaben"
            # Spanish "¿Qué harás?", "Funciones"; Portuguese "Atividades", "O que você vai
            # fazer"; French "Vos missions", "Responsabilités"
            *("harás", "funciones", "responsabilidad", "tus tareas", "suas atividades", "você vai"),
            *("responsabilit", "vos missions", "tes missions", "vos tâches"),
        ),
    ),
    (
        "benefits",
        (
            *("offer", "benefit", "perks", "compensation", "why join", "what you get"),
            *("in it for you", "wir bieten", "ofrecemos", "beneficios", "oferecemos"),
            *("benefícios", "nous offrons", "avantages"),
        ),
    ),
    ("apply", ("how to apply", "apply", "postula", "candidatura", "candidate-se", "postuler")),
    ("about", ("about", "who we are", "über uns", "our company", "acerca de", "sobre nos")),
    ("about", ("quiénes somos", "sobre nós", "quem somos", "qui sommes", "à propos")),
    *ITALIAN_HEADINGS,  # an Italian CV's and posting's (:mod:`skillgap.text.italian`)
    *POLISH_HEADINGS,  # a Polish CV's and posting's (:mod:`skillgap.text.polish`)
    ("skills", ("skills", "tools", "technologies", "tech stack", "competencies", "expertise")),
    ("skills", ("toolbox", "toolkit", "know-how", "programming", "frameworks", "stack")),
    # Europass's and other languages' CV headings
    ("skills", ("kenntnisse", "fähigkeiten", "compétences", "competencias", "competenze")),
    # Portuguese and Spanish: "Principais competências", "Habilidades", "Conocimientos"
    ("skills", ("competências", "competência", "habilidades", "conocimientos", "conhecimentos")),
    ("skills", ("aptidões", "herramientas", "ferramentas", "tecnologías", "tecnologias")),
    ("volunteering", ("volunteering", "volunteer", "voluntary", "ehrenamt", "bénévolat")),
    ("volunteering", ("voluntariado", "trabajo voluntario", "trabalho voluntário")),
    # Indonesian, Malay and Vietnamese CV headings ("Pengalaman Organisasi": a student's clubs)
    ("volunteering", ("pengalaman organisasi", "organisasi", "kegiatan", "hoạt động")),
    ("experience", ("pengalaman kerja", "pengalaman", "riwayat pekerjaan", "kinh nghiệm")),
    ("interests", ("outside work", "outside of work", "beyond work", "away from work")),
    (
        "experience",
        (
            "experience",
            "appointments",
            "employment",
            "work history",
            "career",
            "internships",
            "professional background",
            "positions held",
            "positions",
            "current position",  # an academic CV's "Current position" over its one job
            "previous position",
            "work",
            "jobs",
            "i've worked",  # a GitHub README's "Where I've worked", "Places I've worked at"
            "i have worked",
            "contracts",  # a contractor's: "Contracts (via Kowal Data Works Inc.)"
            "contracting",
            "client engagements",  # not "Speaking engagements": talks
            "consulting engagements",
            "freelancing",
            "freelance clients",  # a freelancer's clients: "## Freelance clients", a table
            "berufserfahrung",
            "berufliche erfahrung",
            "beruflicher werdegang",
            "berufspraxis",
            "praxiserfahrung",
            "berufliche stationen",
            "werdegang",
            "expérience professionnelle",
            "expériences professionnelles",
            "expérience",  # a French CV's heading alone, as "Experience"
            "expériences",
            "experiência",
            "werkervaring",
            "experiencia",
            "esperienza",
            "trayectoria profesional",  # Spanish and Portuguese: a career's path
            "trajetória profissional",
            "historial laboral",
            "military service",  # a veteran's or a reservist's service: jobs with their dates
            "military history",
        ),
    ),
    (
        "education",
        ("education", "training", "degrees", "ausbildung", "studium", "bildung", "formation"),
    ),
    ("education", ("formación", "educación", "istruzione")),
    ("education", ("formação", "educação", "estudios", "escolaridade")),  # "Formação acadêmica"
    ("education", ("pendidikan", "học vấn")),
    ("certifications", ("sertifikat", "sertifikasi", "sijil", "chứng chỉ")),
    (
        "certifications",
        ("certifications", "certificates", "certification", "licenses", "zertifikate"),
    ),
    ("certifications", ("certificações", "certificação", "certificaciones", "certificación")),
    ("certifications", ("certificados", "licencias")),
    ("publications", ("publications", "papers", "patents", "publikationen", "veröffentlichungen")),
    ("publications", ("publicações", "publicação", "publicaciones", "publicación", "artigos")),
    ("publications", ("publikasi", "penerbitan", "công bố")),
    ("skills", ("keahlian", "keterampilan", "kemahiran", "kỹ năng")),
    ("projects", ("projects", "competitions", "open source", "portfolio", "projekte")),
    ("projects", ("projetos", "proyectos")),
    ("languages", ("languages", "sprachen", "sprachkenntnisse", "langues", "idiomas", "lingue")),
    ("languages", ("línguas", "lenguas")),
    ("summary", ("summary", "profile", "objective", "research interests")),
    # not "Perfil" nor "Objetivo": a Spanish posting's requirements ("Perfil buscado") and
    # its role's aim ("Objetivo del puesto") are read there as any other part's words are
    ("summary", ("resumo", "resumen", "sobre mí", "sobre mim", "ringkasan", "mục tiêu")),
    ("interests", ("interests", "hobbies")),
    ("interests", ("intereses", "interesses", "aficiones")),
    ("service", ("service", "teaching", "awards")),
    ("contact", ("contact", "contato", "contacto")),
)
#: Kinds a CV's sections have: their words match whole words only (an employer's "Cloud
#: Services" or "Career Partners" line is not a heading of its own).
_CV_ONLY: Final = frozenset(
    {
        "skills",
        "volunteering",
        "experience",
        "education",
        "certifications",
        "publications",
        "projects",
        "languages",
        "summary",
        "interests",
        "service",
        "contact",
    }
)
_PARENTHESES: Final = re.compile(r"\([^)]*\)")
#: A skill in capitals and its parts in brackets, in mixed case: "AWS (EC2, S3, SageMaker)".
_CAPS_PARTS: Final = re.compile(r"^[A-Z0-9][\w.+-]*(?: [\w.+-]+)? ?\((?=[^)]*,)[^)]*[a-z][^)]*\)$")
#: A heading's remark in brackets that says how much its part asks, whatever its other words
#: say: "Technical skills (mandatory)", "Cloud (required)", "Tooling (nice to have)"; "Skills
#: (not required)" is nice to have.
_QUALIFIER: Final = re.compile(
    r"\(\s*(not\s+)?(?:(must[- ]haves?|mandatory|required|essential|obligatory|compulsory)|"
    r"(nice[- ]to[- ]haves?|preferred|optional|desirable|a\s+plus|bonus|advantageous))\s*\)",
    re.I,
)
#: Headings that are a contractor's jobs only when they stand alone (a remark in brackets
#: aside): "Consulting (via Kowal Data Works)", "Clients"; "Acme Consulting" is an employer,
#: a posting's "Our clients" its employer's. ("Freelance" alone is LinkedIn's employment type
#: under a title, never a heading.)
_EXPERIENCE_ALONE: Final = frozenset({"consulting", "consultancy", "clients"})
#: "about" before a number is an approximation, not "About us": ``### Freelance — about 20 h/week``.
_ABOUT_NUMBER: Final = re.compile(r"\babout\s+(?=[~≈]?\d)")
#: Headings that name a kind only alone: "Publication" (a word too common to find in others).
_ALONE: Final = {"publication": "publications"}
#: A date in a line ("Feb 2026 - present", "June 2021 to ..."): such a line is never a heading.
_DATED: Final = re.compile(r"\b(?:19|20)\d{2}\b")
#: A rating out of 5 or 10 ("SQL – 4/5"): such a line is a skill's, never a heading.
_RATED: Final = re.compile(
    r"(?<![\d.])\d(?:\.\d)?\s*/\s*(?:5|10)(?![\d/])|[●★■⬤◼▰◆▮○☆□◯◻▱◇▯◌]{3}"  # "SQL ●●○○○"
)
#: Sections whose skill names are not asked of anyone nor claimed by anyone: perks,
#: how to apply, a CV's interests and spoken languages.
NOT_SKILLS: Final = frozenset({"benefits", "apply", "interests", "languages"})


@dataclass(frozen=True)
class Section:
    """A heading, its kind, and the lines under it (the heading line first, when there is one)."""

    heading: str
    kind: str
    lines: tuple[Line, ...]


def _plain(text: str) -> str:
    text = _MD_HEADING.sub(r"\1", text).replace("**", "").replace("__", "").strip()
    text = text.lstrip("\ufe0e\ufe0f\u200b\u200d").rstrip(":").strip()  # a PDF's "\ufe0f Skills"
    return " ".join(text.replace("’", "'").split())


@functools.lru_cache(maxsize=1024)
def kind_of(heading: str) -> str:
    """The kind of a section from its heading's words (remembered: a CV repeats its words)."""
    qualifier = _QUALIFIER.search(heading)
    if qualifier:
        return "required" if bool(qualifier[2]) != bool(qualifier[1]) else "nice"
    low = _PARENTHESES.sub(" ", _plain(heading).casefold())  # "Projects (not employment)"
    low = _ABOUT_NUMBER.sub("", low)
    if low.strip() in _EXPERIENCE_ALONE:
        return "experience"
    for kind, words in KINDS:
        if kind in _CV_ONLY:
            plural = "" if kind == "service" else "s?"  # "Services" names an employer
            if any(re.search(rf"(?<!\w){re.escape(w)}{plural}(?!\w)", low) for w in words):
                return kind
        elif any(w in low for w in words):
            return kind
    if low.strip() in _ALONE:
        return _ALONE[low.strip()]  # "PUBLICATION" over a student's one paper
    return "other"


def _is_heading(lines: Sequence[Line], i: int) -> bool:
    text = lines[i].text
    if _MD_HEADING.match(text):
        return True
    if _BOLD_LINE.match(text):
        return not any(c.isdigit() for c in text)  # "**Jun 2022 – Aug 2023**" is a date
    plain = _plain(text)
    if (
        not plain
        or _BULLET.match(text)
        or _CHOICE_OPENS.search(text.replace("**", "").rstrip())
        or len(plain) > 70
        or _RULE.match(text)
        or _DATED.search(plain)  # "Feb 2026 - present" above a job's bullets: its dates
        or _RATED.search(plain)  # "SQL – 4/5": a skill and its rating
        or (i > 0 and OPEN_END.search(lines[i - 1].text))  # the line above runs on here
        or hangs(lines, i)
        or _first_item(lines, i)
        or (i > 0 and open_bracket(lines[i - 1].text))  # "... (nach dem Dualen" / "Studium)"
    ):
        return False
    words, latin = plain.split(), latin_words(plain)  # "任职要求 REQUIREMENTS": its Latin words
    letters = [c for c in _PARENTHESES.sub(" ", latin) if c.isalpha()]  # "PUBLICATIONS (...)"
    caps = letters and sum(c.isupper() for c in letters) / len(letters) > 0.8
    if caps and len(words) <= 10 and "." not in plain.rstrip("."):
        parts = _CAPS_PARTS.match(plain) and kind_of(plain) == "other"  # a listed skill's line
        return not plain.endswith(".") and not parts
    bare = _PARENTHESES.sub(" ", plain)  # a remark in brackets: "Contracts (via Acme Inc.)"
    if len(bare.split()) <= 4 and kind_of(plain) != "other" and latin[:1].isupper():
        return not any(ch in bare for ch in ".,;|·—–")
    nxt = next((lines[j].text for j in range(i + 1, len(lines)) if lines[j].text.strip()), "")
    prev = lines[i - 1].text.rstrip() if i > 0 else ""
    return (
        names_its_employer(lines, i, plain, kind_of)
        or (  # "Experience — Acme LLP"
            len(words) <= 6
            and not (text[:1].isspace() and prev.endswith(","))  # a list wrapped onto this line
            and not (text[:1].isspace() and _BULLET.match(prev))  # an item's indented next line
            and plain[:1].isupper()
            and not any(ch in plain for ch in ".,;|·—–()")
            and bool(_BULLET.match(nxt))
        )
    )


def _first_item(lines: Sequence[Line], i: int) -> bool:
    """Whether an indented line is the first item of the list under the heading above it.

    "Anforderungsprofil" over "  Studium der Informatik ..." and "  - Erfahrung mit Docker":
    the list is indented, its first item has no bullet; it is the list's, not a heading of
    its own (a line that ends in ":" may still head a part of its own: "  Key Projects:").
    """
    text = lines[i].text
    indent = len(text) - len(text.lstrip())
    above = lines[i - 1].text if i > 0 else ""
    if not indent or not above.strip() or above[:1].isspace() or text.rstrip().endswith(":"):
        return False
    nxt = next((ln.text for ln in lines[i + 1 :] if ln.text.strip()), "")
    bullet = _BULLET.match(nxt)
    return bool(bullet) and len(nxt) - len(nxt.lstrip()) == indent and _is_heading(lines, i - 1)


def _sub_heading(text: str) -> bool:
    """A small heading inside a section: a few words, not a top-level Markdown or caps one."""
    depth = len(text) - len(text.lstrip("#")) if _MD_HEADING.match(text) else 0
    plain = _plain(text)
    return (depth == 0 or depth >= 3) and len(plain.split()) <= 3 and not plain.isupper()


def _job(lines: Sequence[Line], i: int) -> bool:
    """Whether a heading-like line under jobs is a job's title or employer: dates near it.

    Its own, dates below it, or right above it (a title under its dates). A heading of its
    own kind ("Skills", "Awards") only when in capitals or marked up.
    """
    text = lines[i].text
    if kind_of(text) != "other" and (_MD_HEADING.match(text) or _plain(text).isupper()):
        return False
    below = [ln.text for ln in lines[i + 1 : i + 4]]
    above = lines[i - 1].text if i > 0 else ""  # Europass: "01/02/2022 – CURRENT Lisbon" / TITLE
    return any(_DATED.search(t) for t in [text, *below, above])  # its own: "## Acme · 2016"


#: A job's own projects' heading: "Key Projects", "Major projects:" (an Indian CV's, per job).
_KEY_PROJECTS: Final = re.compile(r"^(?:key|major)\s+projects?$", re.I)


def _job_projects(lines: Sequence[Line], i: int) -> bool:
    """Whether a projects heading under jobs is one job's: ``Key Projects:`` under its dates.

    It is indented under the job's line, or says "Key Projects", or a job's dated line
    follows it before the next heading: the projects are that job's, the jobs go on.
    """
    text = lines[i].text
    if kind_of(text) != "projects" or not _sub_heading(text) or _MD_HEADING.match(text):
        return False
    if text[:1].isspace() or _KEY_PROJECTS.match(_plain(text)):
        return True
    for j in range(i + 1, len(lines)):
        below = lines[j].text
        if not below.strip() or _BULLET.match(below):
            continue
        if find_span(below) is not None:
            return True
        if _is_heading(lines, j) and kind_of(below) != "other":
            return False
    return False


def split(lines: Sequence[Line]) -> list[Section]:
    """The document as sections, in order; lines before the first heading are ``other``."""
    out: list[Section] = []
    heading, kind = "", "other"
    held: list[Line] = []
    for i, line in enumerate(lines):
        if line.text.strip() and _is_heading(lines, i):
            if (
                kind == "experience"
                and kind_of(line.text) in ("service", "skills")
                and _job(lines, i)
            ):
                held.append(line)  # "Customer Service Advisor", "Allegro Language Technologies"
                continue
            if kind == "experience" and (_job_projects(lines, i) or job_duties(line.text)):
                held.append(line)  # "Key Projects:", "Roles & Responsibilities:": the job's
                continue
            if held:
                out.append(Section(heading, kind, tuple(held)))
            own = kind_of(line.text)
            depth = _MD_HEADING.match(line.text) and len(line.text) - len(line.text.lstrip("#"))
            if own == "other" and kind != "other" and (depth or 0) >= 3:
                own = kind  # "### Senior Data Analyst — ..." under "## Work experience"
            elif own == "other" and kind == "experience" and _BOLD_LINE.match(line.text):
                own = kind  # "**Staff Nurse**" alone: a job's title, the dates below it
            elif own == "other" and kind == "experience" and _job(lines, i):
                own = kind  # "DATA SCIENTIST" / employer / "January 2023 – Present": a job
            elif own == "other" and kind == "skills" and _sub_heading(line.text):
                own = kind  # "Cloud" or "Advanced" over a part of the skills list
            heading, kind, held = _plain(line.text), own, [line]
        else:
            held.append(line)
    if held:
        out.append(Section(heading, kind, tuple(held)))
    return out


#: A CV's sections, and a posting's: a file with two of the first and none of the second is a
#: CV (``postings DIR`` leaves it aside).
_CV_KINDS: Final = frozenset(
    {"experience", "education", "skills", "certifications", "publications", "projects"}
)
_POSTING_KINDS: Final = frozenset({"required", "nice", "duties", "benefits", "apply"})


def looks_like_posting(lines: Sequence[Line]) -> bool:
    """Whether a document reads as a job posting: requirements or nice-to-haves, no experience."""
    kinds = {s.kind for s in split(lines)}
    return bool(kinds & {"required", "nice"}) and "experience" not in kinds


def looks_like_cv(lines: Sequence[Line]) -> bool:
    """Whether a document reads as a CV: experience, education, skills ... and no requirements.

    And dated lines (jobs, degrees): a posting whose parts are "Key skills" and "Education"
    has a CV's headings but no dates, and is a posting.
    """
    kinds = {s.kind for s in split(lines)}
    if len(kinds & _CV_KINDS) < 2 or kinds & _POSTING_KINDS:
        return False
    return sum(find_span(line.text) is not None for line in lines[:400]) >= _CV_DATED_LINES


#: Lines with a date range that, with a CV's sections, make a text a CV.
_CV_DATED_LINES: Final = 2
