"""The context rules of the one matcher: whether a name found in a line means the skill.

:mod:`skillgap.text.match` finds every catalog name in a line as whole words; the rules here
(their word lists in :mod:`skillgap.text.rules`) say of each what it is: ``strong`` (the skill),
``ambiguous`` (the skill only with a technical cue near it), ``vague`` (only beside another
skill), ``lower`` and ``named`` (only in a list of skills), or ``never``. Also here: names the
words after them negate, and a name standing in a list beside a skill.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from skillgap.names import NameTable, find_whole, loose, norm
from skillgap.text import rules
from skillgap.text.levels import word_level

TOKEN: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9+#]*|&")
#: A line's markup before its words: heading marks, bullets (a dash or dot, "1.", a symbol
#: or emoji, a Word bullet pasted as "o"), so its first word starts its sentence.
MARKUP: Final = re.compile(
    r"^\s*(?:#+\s*|[-*•·▪◦–+>►▸➤→✓✔☑■□●○◆◇\u2600-\u27bf\U0001f300-\U0001faff]\s+|o\s+|"
    r"\d+[.)]\s+)*"
)
# The rules' words in both forms, so "spreadsheet" is "spreadsheets" and "sparks" "spark".
_NEVER: Final = rules.NEVER | {loose(w) for w in rules.NEVER}
_VAGUE: Final = rules.VAGUE | {loose(w) for w in rules.VAGUE}
AMBIGUOUS_FORMS: Final = rules.AMBIGUOUS | {loose(w) for w in rules.AMBIGUOUS}
_TECH_SUFFIX: Final = frozenset(
    {"streams", "connect", "serve", "server", "sql", "core", "cloud", "api", "query"}
)
#: A word right before a name that asks for it as a skill, though the document names someone
#: so: "experience with Airflow", "knowledge of Julia", "using Spark", "tools like Airflow".
_ASKED_WITH: Final = frozenset({"with", "using", "of", "in", "on", "like", "use", "run"})
#: Words after a hyphen that make a name before them the thing used: "Git-based workflows",
#: "Spark-powered pipelines" name Git and Spark (not a compound word such as "go-live").
_USED_SUFFIX: Final = re.compile(
    r"-(?:based|powered|driven|native|backed|centric|first|enabled|compatible)\b", re.I
)


@dataclass(frozen=True)
class Token:
    """A word of a line (or "&"), and where it is."""

    text: str
    start: int
    end: int


class Names(Protocol):
    """What the rules read of a matcher: the catalog's names and the document's people."""

    table: NameTable
    spellings: dict[str, set[str]]
    capitals: frozenset[str]
    names: frozenset[str]
    seen_names: set[str]

    def spelled(self, key: str, surface: str) -> bool:
        """Whether a short name is written as the catalog writes it (or in capitals)."""
        ...


def clean_sentence(text: str) -> str:
    """A sentence as shown: bullets, heading marks and bold marks gone, spaces single."""
    text = MARKUP.sub("", text).replace("**", "").replace("__", "")
    return " ".join(text.split())[:300]


def _clause_words(tokens: Sequence[Token], at: int, n: int, text: str) -> list[str]:
    """The three words either side of a name, in its clause (no ".", ":" or ";" between)."""
    start, end = tokens[at].start, tokens[at + n - 1].end
    before = [
        t.text for t in tokens[max(0, at - 3) : at] if not re.search(r"[.:;]", text[t.end : start])
    ]
    after = [
        t.text for t in tokens[at + n : at + n + 3] if not re.search(r"[.:;]", text[end : t.start])
    ]
    return before + after


def tokens_of(text: str) -> list[Token]:
    """The words of a line, in order."""
    return [Token(m[0], m.start(), m.end()) for m in TOKEN.finditer(text)]


#: What may stand before a name that opens its line as a label: a bullet, emphasis marks.
_LINE_OPENS: Final = re.compile(r"^[\s*_•>-]*$")


def _rated_label(text: str, start: int, end: int) -> bool:
    """Whether a name opens its line as a label that a level word follows.

    ``- Statistics: working level (regression, hypothesis tests)``: the name is the skill
    the line rates, ordinary word or not.
    """
    rest = text[end:].lstrip(" *_")
    if not _LINE_OPENS.match(text[:start]) or not rest.startswith(":"):
        return False
    return word_level(re.split(r"[(;.,]", rest[1:], maxsplit=1)[0]) is not None


def name_kind(  # noqa: PLR0911, PLR0912  # one return per rule reads as the rules' list
    names: Names, surface: str, tokens: Sequence[Token], at: int, n: int, text: str
) -> str:
    """strong, ambiguous (needs context), vague (needs another skill) or never."""
    key = norm(surface)
    keys = {key, loose(surface)}  # "sparks" is "spark"
    if keys & _NEVER:
        return "never"
    start, end = tokens[at].start, tokens[at + n - 1].end
    if rules.OTHER_TERM.search(text, max(0, start - 12), start):
        return "never"  # "self-supervised learning" is not supervised learning
    if rules.NEGATED.search(text, max(0, start - 60), start):
        return "never"  # "we don't run Airflow", "you won't need any Java"
    if rules.EXISTING_STACK.search(text, max(0, start - 60), start):
        return "never"  # "the existing web app (TypeScript/React)": there already
    if keys & AMBIGUOUS_FORMS and rules.VERB_AFTER.search(text, max(0, start - 20), start):
        return "never"  # "YOU'LL EXCEL IF you like ambiguity": the verb
    if key == "aws" and rules.pay_near(_clause_words(tokens, at, n, text)):
        return "never"  # "AWS + 13th month + variable bonus": the Annual Wage Supplement
    if rules.KNOWLEDGE_OF.match(text, end):
        return "strong"  # "Statistik-Kenntnisse", "Python-Erfahrung": the skill, named so
    after = text[end : end + 2]
    glued = (text[start - 2 : start - 1].isalpha() and text[start - 1 : start] == "-") or (
        after[:1] == "-" and after[1:].isalpha()
    )
    ambiguous = bool(keys & AMBIGUOUS_FORMS) or key in names.spellings
    # an acronym in capitals before "-based", "-powered" is the name: "LLM-based"
    acronym = len(surface) > 1 and surface.isupper() and not keys & AMBIGUOUS_FORMS
    used = surface[:1].isupper() and bool(_USED_SUFFIX.match(text, end))
    compound = glued and not (acronym and after[:1] == "-") and not used
    if (ambiguous or keys & _VAGUE) and compound:
        return "never"  # part of a compound: "markdown-optimisation", "go-live"
    hyphen = after[:1] == "-" and not (acronym and after[1:].isalpha()) and not used
    if ambiguous and (hyphen or after[:1] in ("/", "&") or after[:1].isdigit()):
        return "never"  # go/no-go, R&D, C1
    if not names.spelled(key, surface):
        return "lower" if surface.islower() else "never"
    if keys & AMBIGUOUS_FORMS and key not in AMBIGUOUS_FORMS:
        return "never"  # "sparks": another word than the name
    if keys & _VAGUE:
        said = rules.QUALIFIED.get(key, frozenset())
        before = {t.text.casefold() for t in tokens[max(0, at - 3) : at]}
        if before & said or rules.KNOWLEDGE_BEFORE.search(text, max(0, start - 40), start):
            return "strong"  # "clear written communication", "a grounding in statistics"
        if _rated_label(text, start, end):
            return "strong"  # "- Statistics: working level (regression, A/B tests)"
        return "vague"
    if not keys & AMBIGUOUS_FORMS:
        return "strong"
    if not surface[:1].isupper():
        return "lower"  # "to excel", "at the helm", "airflow": unless in a list of skills
    if key in rules.SEASONS and rules.YEAR_AFTER.match(text, end):
        return "never"  # "Bootcamp, CodeSur   Spring 2022": a season, not the framework
    if after == ". " and len(surface) == 1:
        return "never"  # an initial: "R. de Vries"
    if key == "cv" and at > 0 and rules.resume_before(tokens[at - 1].text):
        return "never"  # "send us your CV"
    if key == "cv" and rules.resume_near(t.text for t in tokens[max(0, at - 4) : at + n + 4]):
        return "never"  # "a resume (or CV)", "CV/Lebenslauf", "application letter and CV"
    if _own_name_in_capitals(names, key, surface, tokens, at, text):
        return "named"  # "the JULIA program (Joint ...)": a programme's name, not the language
    nxt = tokens[at + n] if at + n < len(tokens) else None
    if nxt is not None and text[end : nxt.start] in (" ", " & "):
        word = nxt.text
        if (rules.is_capital_word(word) or word == "&") and (
            word.casefold() not in _TECH_SUFFIX and find_whole(names.table, word) is None
        ):
            names.seen_names.add(key)
            return "never"  # Ray Oduya, Julia Brandt, Spark Days, Spark & Ember
    later = [t.text for t in tokens[at + n : at + n + 4]]
    if rules.family_name_after(later) or rules.bold_name_before_title(text, start, end):
        names.seen_names.add(key)
        return "never"  # Julia van Dam, Ray de Groot; **Julia**, Lead Data Scientist
    prev = tokens[at - 1] if at > 0 else None
    if (
        prev is not None
        and text[prev.end : tokens[at].start] == " "
        and rules.is_capital_word(prev.text)
        and find_whole(names.table, prev.text) is None
        and not sentence_start(text, prev.start)
    ):
        names.seen_names.add(key)
        return "never"  # Hannah Jenkins, Leeds Go Club, a Thursday Go club
    near = {t.text.casefold() for t in tokens[max(0, at - 3) : at + n + 3]}
    if near & rules.OTHER_MEANING.get(key, frozenset()):
        return "never"  # "tree search in Go and chess engines", "leaf rust"
    if rules.tool_at_end(key, prev.text if prev is not None else None, text, end):
        return "strong"  # "Maintained supply records in Excel.", "office hours in R"
    if key in names.names and not (prev is not None and prev.text.casefold() in _ASKED_WITH):
        return "named"  # "Airflow are looking for ...", after "Airflow Ventilation Ltd"
    return "ambiguous"


def _own_name_in_capitals(
    names: Names, key: str, surface: str, tokens: Sequence[Token], at: int, text: str
) -> bool:
    """Whether a word with another meaning is written in capitals as a programme's name.

    "the JULIA program", "Project SPARK", "the RUST initiative (Regional Unified ...)": a
    name the catalog never writes in capitals ("Julia", "Spark"; not "REST", "DAX", "CV"),
    written so in a sentence mostly not in capitals, beside a word for a programme or
    project (:data:`_PROGRAMME`) or before its own expansion in brackets (the capitals of
    "(Joint Unified Layered Imagery Analytics)" spell JULIA), is that programme's acronym.
    It counts only as a name the document gave something does: in a list beside another
    skill, or in a list of skills. "technologies including JAVA frameworks" is Java.
    """
    if len(surface) < 2 or not surface.isupper() or key in names.capitals:
        return False
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if 2 * sum(len(w) > 1 and w.isupper() for w in words) >= len(words):
        return False  # a line in capitals: its names are written so too
    beside = {t.text.casefold() for t in tokens[max(0, at - 1) : at + 2]}
    if beside & _PROGRAMME:
        return True
    spelled = _EXPANSION.match(text, tokens[at].end)
    initials = "".join(w[0] for w in spelled[1].split() if w[:1].isupper()) if spelled else ""
    return initials == surface


#: Words for a programme or project beside its name: "the JULIA program", "Project SPARK".
_PROGRAMME: Final = frozenset(
    {
        *("program", "programme", "programs", "programmes", "project", "projects"),
        *("initiative", "mission", "contract", "consortium", "grant", "scheme", "effort"),
    }
)
#: A name's expansion in brackets, a word for it between: "JULIA program (Joint Unified ...)".
_EXPANSION: Final = re.compile(r"\s*(?:[a-z]+\s+)?\(([^()]{3,120})\)")


def negated_after_names(
    candidates: Sequence[tuple[str, int, int, int]],
    kinds: list[str],
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, int]],
    text: str,
) -> None:
    """Names the words after them negate ("Julia, a language we don't use") made "never".

    The words up to the next name of the sentence, or its end.
    """
    for k, (_, at, n, sentence) in enumerate(candidates):
        nxt = candidates[k + 1] if k + 1 < len(candidates) else None
        more = nxt is not None and nxt[3] == sentence
        stop = tokens[nxt[1]].start if nxt is not None and more else spans[sentence][1]
        if rules.negated_after(text[tokens[at + n - 1].end : stop], more=more):
            kinds[k] = "never"


_LIST_JOIN: Final = re.compile(r"^(?:\s|,|/|\||;|·|\band\b|\bor\b|&)*$")
#: What follows a list's item: punctuation, "and", "or", the line's end ("Python, Airflow and
#: dbt"); a verb after a name ("Julia is an R person") makes it a clause's subject instead.
_ITEM_END: Final = re.compile(r"\s*(?:$|[,;/|)·.:!?&]|(?:and|or|und|y|e|et|ou|o)\b)", re.I)


def in_list(
    candidates: Sequence[tuple[str, int, int, int]],
    kinds: Sequence[str],
    k: int,
    tokens: Sequence[Token],
    text: str,
) -> bool:
    """Whether candidate ``k`` stands in a list beside a skill that needs no context.

    A name the document gave someone only where a list's item ends: "mostly Python, Julia
    is an R person" names the person.
    """
    _, at, n, _ = candidates[k]
    if kinds[k] == "named" and not _ITEM_END.match(text, tokens[at + n - 1].end):
        return False
    start, end = tokens[at].start, tokens[at + n - 1].end
    for j in (k - 1, k + 1):
        if not 0 <= j < len(candidates) or kinds[j] != "strong":
            continue
        _, other, m, _ = candidates[j]
        a, b = tokens[other].start, tokens[other + m - 1].end
        gap = text[b:start] if j < k else text[end:a]
        if _LIST_JOIN.match(gap):
            return True
    return False


def sentence_start(text: str, index: int) -> bool:
    """Whether ``text[index:]`` starts a sentence: after ".", ":", "(", or at the line's start."""
    before = clean_sentence(text[max(0, index - 200) : index]).rstrip()
    start = index <= 200 and MARKUP.sub("", text[:index]).strip() == ""
    return not before or before[-1] in ".!?:;(" or start
