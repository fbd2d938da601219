"""Level words: how a CV writes a skill's level, and how a posting words the level it asks.

The one home of the level words of every language the reader knows (English, German, French,
Spanish, Portuguese, Italian, Dutch): :data:`WORDS` holds each word once, by language, with
the level it means on the CV scale (1-5), and the kind of text that reads it when only one
does. A CV's two-column layout (:mod:`skillgap.text.columns`) knows a level cell by the
English words (:func:`words_of`).

* **A CV** (:func:`level_of`): the strongest word a skill's line holds gives its level:
  expert, guru 5; proficient, strong, advanced, experienced, fluent, deep, excellent,
  extensive 4; working, intermediate, competent, solid, sound, good, decent 3; basic,
  familiar, exposure, beginner, "a little" 2; read-only, "can read it", aware, "a bit (of)"
  1. Without a word, a rating (``4/5``, ``●●●○○``), then years: under 1 year 2 ("less than
  1 year" too), 1-3 years 3, 4-6 years 4, 7 or more 5. "Rusty" is one lower than the level
  otherwise read.
* **A posting** (:func:`asked_level`) asks relative to its default level (3 for a
  requirement, 2 for a nice-to-have, 4 in a senior role's posting): a word of level 4 or 5
  asks ``max(default, 4)``, a word of level 1 or 2 asks 2, a working word (3) asks
  ``min(default, 3)``.

Where a CV and a posting read a word differently, a recruiter's reading decides:

* "solid", "sound", "good", "decent" are a working level (3) in both: "solid SQL" says the
  person uses it without help, not that they lead others in it.
* "deep", "excellent", "extensive" are 4 in a CV as in a posting ("deep knowledge of
  Spark"); never "deep learning", "deep neural networks" (a skill's name), nor Spanish and
  Portuguese "aprendizaje / aprendizado profundo".
* "exposure", "familiarity" are 2 in both ("exposure to Airflow").
* "some" asks 2 anywhere in a posting ("some experience with dbt"); in a CV only where a
  skill item opens with it ("GCP, some AWS"): a CV's sentences say "some" of other things.
* "working" alone is a level in a CV (``Bash - working``); a posting reads it only as
  "working knowledge / proficiency / level / experience" ("working with stakeholders" is a
  duty).
* "master" is 5 only in a CV's skills: in a posting it is a degree ("Master's in CS").
* Every other word reads the same in both, so a German posting's "sehr gute Kenntnisse"
  asks 4 and its "Grundkenntnisse" 2, as a German CV's do.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple


class Word(NamedTuple):
    """Level words: a regular expression of whole words (any case) and the level it means."""

    level: int  # 1-5, as a CV means it
    words: str
    only: Literal["cv", "posting", ""] = ""  # the one kind of text that reads them so


#: Every level word, once, by language: English, German, French, Spanish, Portuguese,
#: Italian, Dutch (a word two languages share is under the first).
WORDS: Final[dict[str, tuple[Word, ...]]] = {
    "en": (
        Word(5, r"expert|guru"),
        Word(5, r"master", "cv"),  # a posting's "Master's" is a degree
        Word(4, r"proficient|strong|advanced|experienced|fluent|fluency|excellent|extensive"),
        Word(4, r"deep(?![\s-]*(?:learning|neural|reinforcement|nets?\b|networks?))"),
        Word(3, r"working", "cv"),  # a posting's "working with" is a duty
        Word(3, r"working\s+(?:knowledge|proficiency|level|experience)"),
        Word(3, r"intermediate|competent|daily driver|solid|sound|good|decent"),
        Word(2, r"basic|familiar|familiarity|exposure|beginner|novice|a little|elementary"),
        Word(2, r"some", "posting"),  # in a CV, an item's opening: see WORD_LEVELS
        # "a bit of", "Docker (a bit)"; "a bit rusty" is rusty (one lower), not a level of its own
        Word(1, r"a bit of|only a bit|a bit(?!\s+(?:rusty|more|less|older))"),
        # "read-only", "TypeScript (can read it)": reads it, does not write it
        Word(1, r"read-only|aware|awareness|can (?:only )?read(?: it)?(?! and)"),
        # a fundamentals exam as the level: "Azure (AI-900 level)", "fundamentals level"
        # (Microsoft's -900 exams are its Fundamentals certifications: foundational, largely
        # non-technical)
        Word(1, r"(?:[A-Z]{2,3}-900|fundamentals?|foundational)[\s-]level"),
    ),
    "de": (
        Word(5, r"expertenwissen|experte|expertin"),
        Word(4, r"sehr gute?\w*|verhandlungssicher|fortgeschritten\w*"),
        Word(3, r"gute?(?:\s+kenntnisse)?"),
        Word(2, r"grundkenntnisse|grundlagen"),
    ),
    "fr": (
        Word(4, r"avancée?s?|confirmée?|(?:bonne\s+)?maîtrise|approfondie?s?"),
        Word(3, r"intermédiaire|bonnes?\s+connaissances|solide?s?"),
        Word(2, r"notions|débutante?|de base"),
    ),
    "es": (
        Word(5, r"experto|experta|especialista"),
        Word(4, r"avanzad[oa]s?|excelente|(?<!aprendizaje\s)(?<!aprendizado\s)profund[oa]s?"),
        Word(3, r"intermedio|intermedia|sólid[oa]s?"),
        Word(2, r"básic[oa]s?|nociones|principiante"),
        Word(1, r"algo de|un poco de"),  # "algo de Tableau"
    ),
    "pt": (
        Word(4, r"avançad[oa]s?|proficiente"),
        Word(3, r"intermedi[áa]ri[oa]"),
        Word(2, r"noções|iniciante"),
        Word(1, r"um pouco de"),
    ),
    "it": (
        Word(5, r"esperto|esperta"),
        Word(4, r"avanzato|avanzata|ottim[oa]"),
        Word(3, r"buona\s+conoscenza"),
    ),
    "nl": (
        Word(4, r"gevorderd"),
        Word(3, r"goede?\s+kennis"),
        Word(2, r"basiskennis"),
    ),
}


def words_of(language: str, reader: Literal["cv", "posting"] = "cv") -> str:
    """One language's level words a CV (or a posting) reads, as one regular expression."""
    return "|".join(w.words for w in WORDS[language] if w.only in ("", reader))


def _words(level: int, reader: str) -> str:
    every = (w for words in WORDS.values() for w in words)
    return "|".join(w.words for w in every if w.level == level and w.only in ("", reader))


#: A CV's level words, strongest first: the first that a text holds gives its level.
WORD_LEVELS: Final = (
    *((re.compile(rf"\b({_words(lv, 'cv')})\b", re.I), lv) for lv in (5, 4, 3, 2)),
    (re.compile(r"^[\W_]*[Ss]ome\s+(?=[A-Z])"), 2),  # "GCP, some AWS": an item opening so
    (re.compile(rf"\b({_words(1, 'cv')})\b", re.I), 1),
)
#: A posting's level words, each a group named by its level: ``l5`` ... ``l1``.
_ASKED: Final = re.compile(
    r"\b(?:" + "|".join(f"(?P<l{lv}>{_words(lv, 'posting')})" for lv in (5, 4, 3, 2, 1)) + r")\b",
    re.I,
)
#: Years of use: "5 years", "3+ yrs"; "less than 1 year", "under 2 years", "< 1 year" (a job
#: site's drop-down, as Indeed exports it) are fewer than the number.
_YEARS: Final = re.compile(
    r"(?:\b(?P<under>less\s+than|under|fewer\s+than)\s+|(?P<lt><)\s*)?"
    r"\b(?P<n>\d{1,2})\s*\+?\s*(?:years?|yrs?|anos|años)\b",
    re.I,
)
#: Rusty: one lower than the level otherwise read (German, French, Portuguese, Spanish after
#: English).
RUSTY: Final = re.compile(r"\b(rusty|eingerostet|rouillée?|enferrujad[oa]|oxidad[oa])\b", re.I)
_OUT_OF: Final = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s*/\s*(5|10)(?![\d/])")
_FILLED: Final = "●★■⬤◼▰◆▮"
_EMPTY: Final = "○☆□◯◻▱◇▯◌"


def rating_of(text: str) -> int | None:
    """A level drawn as a rating: ``4/5``, ``8/10``, ``●●●○○``, ``★★★★☆`` (1-5)."""
    if m := _OUT_OF.search(text):
        value, scale = float(m[1]), int(m[2])
        if 0 < value <= scale:
            return max(1, min(5, round(value * 5 / scale + 1e-9)))
    filled = sum(text.count(c) for c in _FILLED)
    empty = sum(text.count(c) for c in _EMPTY)
    if filled and filled + empty >= 3:  # three marks make a scale
        return max(1, min(5, round(filled * 5 / (filled + empty) + 1e-9)))
    return None


def word_level(text: str) -> int | None:
    """The strongest level word a CV's text holds, or None.

    A level word right after another is the thing the first qualifies, as in a posting:
    "read-only familiarity" is 1, "deep familiarity" 4.
    """
    found = sorted((m.start(), m.end(), lv) for p, lv in WORD_LEVELS for m in p.finditer(text))
    said = [lv for k, (a, _, lv) in enumerate(found) if k == 0 or text[found[k - 1][1] : a].strip()]
    return max(said, default=None)


def word_levels(text: str) -> list[tuple[int, int]]:
    """Where each level word of a CV's text starts, and its level.

    A word qualifying the next ("read-only familiarity") counts once, as in :func:`word_level`.
    """
    found = sorted((m.start(), m.end(), lv) for p, lv in WORD_LEVELS for m in p.finditer(text))
    return [
        (a, lv) for k, (a, _, lv) in enumerate(found) if k == 0 or text[found[k - 1][1] : a].strip()
    ]


def word_level_at(text: str, start: int, end: int) -> int | None:
    """The level word of a CV's sentence that speaks for the skill at ``start:end``.

    A sentence with several ("working knowledge of PyTorch and a bit of Spark"): the word in
    the bracket right after the skill ("SQL (basic) and Python (expert)"), else the last
    word before it, else the first after it; a sentence with one word gives it to each.
    """
    words = word_levels(text)
    if len(words) < 2:
        return words[0][1] if words else None
    bracket = re.match(r"\s*\(([^()]*)\)", text[end:])
    if bracket is not None:
        inside = [lv for a, lv in words if end + bracket.start(1) <= a < end + bracket.end(1)]
        if inside:
            return inside[0]
    before = [lv for a, lv in words if a < start]
    return before[-1] if before else words[0][1]


def level_of(text: str, default: int | None = None) -> int | None:
    """The level the words of a skill's line give, or None when they give none.

    A word first, then a rating (``4/5``, ``●●●○○``), then years, then ``default`` (the
    level its label or heading gives) when the words say only "rusty".
    """
    level = word_level(text)
    if level is None:
        level = rating_of(text)
    if level is None and (years := _YEARS.search(text)):
        n = int(years["n"]) - bool(years["under"] or years["lt"])  # "less than 1 year": 0
        level = 2 if n < 1 else 3 if n <= 3 else 4 if n <= 6 else 5
    if RUSTY.search(text):
        level = level if level is not None else default
        level = max(1, (level if level is not None else 3) - 1)
    return level


def asked_level(text: str, default: int, at: int | None = None) -> int:
    """The level a posting's line asks of its skills, or of the skill at ``at`` alone.

    A level word speaks for the skills after it, up to the next level word ("Strong
    Python and solid software engineering": Python 4, software engineering 3); a skill
    before every level word takes the first ("Python and SQL at an advanced level").
    """
    found = [(m.start(), m.end(), int(str(m.lastgroup)[1:])) for m in _ASKED.finditer(text)]
    if at is None:  # the line's one level: a high word wins, then a low one
        said = {level for _, _, level in found}
        return max(default, 4) if said & {4, 5} else 2 if said & {1, 2} else default
    # a level word right after another is the thing the first qualifies: "deep familiarity"
    words = [
        (a, _asked(level, default))
        for k, (a, _, level) in enumerate(found)
        if k == 0 or text[found[k - 1][1] : a].strip()
    ]
    before = [level for start, level in words if start < at]
    return before[-1] if before else words[0][1] if words else default


def _asked(level: int, default: int) -> int:
    """A word's CV level on a posting's scale: high 4 or more, low 2, working 3 or less."""
    return max(default, 4) if level >= 4 else 2 if level <= 2 else min(default, 3)
