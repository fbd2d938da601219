"""The one matcher: catalog skill names found in free text, as whole words and phrases.

Every run of up to :data:`MAX_WORDS` words of a line is looked up with the catalog's own
name resolver (:class:`skillgap.names.NameTable`, the one profiles use: case,
spaces, punctuation, plurals, spellings and versions do not matter), longest first, so
``Apache Spark``, ``Hugging Face Transformers`` and ``A/B testing`` are found whole. A
phrase never spans a comma, a bracket or the end of a sentence. The rules of
:mod:`skillgap.text.rules` then drop what is not meant as a skill. Nothing is fuzzy here:
rapidfuzz serves "did you mean" elsewhere, never a decision that text names a skill.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.names import STOP, NameTable, find_whole, loose, norm
from skillgap.text import rules
from skillgap.text.read import Line, TextDocument

#: The longest phrase looked up, in words (``Google Cloud Professional Machine Learning``).
MAX_WORDS: Final = 6
#: Words and phrases kept with what they look up to, at most: a text repeating itself
#: (``<p<p<p...``) is looked up once, and a long text of varied words holds little memory.
_SEEN_MAX: Final = 4096
_TOKEN: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9+#]*|&")
#: What may stand between two words of one phrase: spaces, a hyphen, a slash, a dot.
_JOIN: Final = re.compile(r"^(?: ?[-/.] ?| {1,2}|'|’)$")
#: A sentence's end. Its second form starts only where a run of spaces starts: tried from
#: inside the run it would scan the run again from each space (a row of 12,000 spaces took
#: seconds), and it matches nowhere the run's start does not.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?;])\s+(?=[^\s])|(?<!\s)\s+[·|]\s+")
#: A line's markup before its words: heading marks, bullets (a dash or dot, "1.", a symbol
#: or emoji, a Word bullet pasted as "o"), so its first word starts its sentence.
_MARKUP: Final = re.compile(
    r"^\s*(?:#+\s*|[-*•·▪◦–+>►▸➤→✓✔☑■□●○◆◇\u2600-\u27bf\U0001f300-\U0001faff]\s+|o\s+|"
    r"\d+[.)]\s+)*"
)
# The rules' words in both forms, so "spreadsheet" is "spreadsheets" and "sparks" "spark".
_NEVER: Final = rules.NEVER | {loose(w) for w in rules.NEVER}
_VAGUE: Final = rules.VAGUE | {loose(w) for w in rules.VAGUE}
_AMBIGUOUS: Final = rules.AMBIGUOUS | {loose(w) for w in rules.AMBIGUOUS}
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
class Found:
    """One skill named in the text: its catalog id and name, the words, where, the sentence."""

    id: str
    name: str
    text: str
    line: int
    column: int
    sentence: str
    start: int  # index in the line's (repaired) text
    end: int


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def next_sentence(ends: Sequence[int], index: int) -> int:
    """Which of a line's sentences (by their ends) holds the character at ``index``."""
    return min(bisect.bisect_left(ends, index), len(ends) - 1)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of a line starts and ends (list items after ``·`` and ``|`` too)."""
    spans = []
    at = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return spans


def clean_sentence(text: str) -> str:
    """A sentence as shown: bullets, heading marks and bold marks gone, spaces single."""
    text = _MARKUP.sub("", text).replace("**", "").replace("__", "")
    return " ".join(text.split())[:300]


def _tokens(text: str) -> list[_Token]:
    return [_Token(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]


class Matcher:
    """Skill names of one catalog, found in lines of text."""

    def __init__(self, catalog: CatalogIndex) -> None:
        self.catalog = catalog
        self.table = catalog.skill_names
        # Each short name as the catalog spells it: "R", "Go", "CV" count in that case only.
        self.spellings: dict[str, set[str]] = {}
        for skill in catalog.catalog.skills:
            for label in (skill.id, skill.name, *skill.aliases):
                key = norm(label)
                if len(key) <= 3:
                    self.spellings.setdefault(key, set()).add(label)
        # Every start of every name, exact and loose: a run of words is looked up only
        # while it can still spell one, so a long text costs a few look-ups a word.
        self.norm_starts: set[str] = set()
        self.loose_starts: set[str] = set()
        for skill in catalog.catalog.skills:
            for label in (skill.id, skill.name, *skill.aliases):
                for form, starts in (
                    (norm(label), self.norm_starts),
                    (loose(label), self.loose_starts),
                ):
                    starts.update(form[:k] for k in range(1, len(form) + 1))
        # A word's exact and loose forms, as it was seen before (at most _SEEN_MAX words).
        self._forms: dict[str, tuple[str, str]] = {}
        # Skills the text's author claims elsewhere (a CV's skills section): a capitalised
        # ambiguous name of one is that skill wherever the text names it ("in Java and Go"
        # when the skills list "Go"), and gives the ambiguous names beside it their context
        # (not the vague ones: "rotates database credentials" names no SQL).
        self.claimed: frozenset[str] = frozenset()
        # Words with another meaning the document uses as part of a name ("Airflow
        # Ventilation Systems Ltd", "Rust & Julia Recruitment"): seen, and then known.
        self._seen_names: set[str] = set()
        self.names: frozenset[str] = frozenset()

    def learn_names(self, lines: Iterable[Line]) -> None:
        """The words with another meaning this document uses as a company's or a person's name.

        "Airflow Ventilation Systems Ltd" names a company; "Airflow are looking for" further
        on is that company again, and "The hiring manager, Julia, ..." the person of "Julia
        Ortega" or "Rust & Julia Recruitment". Such a word alone counts afterwards only in a
        list beside another skill ("Python, Airflow and dbt"), in a list of skills, or after
        a word that asks for a skill ("experience with Airflow").
        """
        self.names = frozenset()
        self._seen_names.clear()
        for line in lines:
            words = {m[0].casefold() for m in _TOKEN.finditer(line.text)}
            if words & _AMBIGUOUS:
                self.find_in_line(line)
        self.names = frozenset(self._seen_names)

    def _lookup(self, tokens: Sequence[_Token], i: int, line: str) -> tuple[str, int] | None:
        """The longest phrase from token ``i`` that names a skill: (id, tokens used)."""
        if not _edge(tokens[i].text):
            return None
        for n in range(self._reach(tokens, i), 0, -1):
            if n > 1 and not _edge(tokens[i + n - 1].text):
                continue
            if any(
                not _JOIN.match(line[tokens[k].end : tokens[k + 1].start])
                and tokens[k + 1].text != "&"
                and tokens[k].text != "&"
                for k in range(i, i + n - 1)
            ):
                continue
            phrase = line[tokens[i].start : tokens[i + n - 1].end]
            found = find_whole(self.table, phrase)
            if found is not None:
                return found, n
        return None

    def _reach(self, tokens: Sequence[_Token], i: int) -> int:
        """How many words from ``i`` on can still be the start of a catalog name."""
        exact = easy = ""
        reach = 0
        for n in range(1, min(MAX_WORDS, len(tokens) - i) + 1):
            word = tokens[i + n - 1].text
            forms = self._forms.get(word)
            if forms is None:
                forms = ("and" if word == "&" else norm(word), loose(word))
                if len(self._forms) < _SEEN_MAX:
                    self._forms[word] = forms
            exact += forms[0]
            easy += forms[1]
            if exact not in self.norm_starts and easy not in self.loose_starts:
                break
            reach = n
        return reach

    def _spelled(self, key: str, surface: str) -> bool:
        spellings = self.spellings.get(key)
        if not spellings:
            return True
        return surface in spellings or (len(surface) > 1 and surface.isupper())

    def find_in_line(self, line: Line, *, listed: bool = False) -> list[Found]:
        """Every skill the line names, in order, the rules applied.

        ``listed``: the line is in a list of skills (a CV's skills section), where an
        ordinary word that is a skill name ("Statistics", "Go") is the skill.
        """
        text = line.text
        tokens = _tokens(text)
        spans = sentence_spans(text)
        ends = [b for _, b in spans]
        candidates: list[tuple[str, int, int, int]] = []  # id, first token, count, sentence
        i = 0
        while i < len(tokens):
            hit = self._lookup(tokens, i, text)
            if hit is None:
                i += 1
                continue
            skill, n = hit
            sentence = next_sentence(ends, tokens[i].start)
            candidates.append((skill, i, n, sentence))
            i += n
        kinds: list[str] = []
        for skill, at, n, _sentence in candidates:
            surface = text[tokens[at].start : tokens[at + n - 1].end]
            kind = self._kind(surface, tokens, at, n, text)
            claimed = kind == "ambiguous" and skill in self.claimed  # the skills list "Go"
            kinds.append("claimed" if claimed else kind)
        # "java", "go", "tdd" in small letters: a skill only in a list of skills, which
        # grows from the skills that need no context ("python, java, go").
        changed = True
        while changed:
            changed = False
            for k, kind in enumerate(kinds):
                if kind in ("lower", "named") and _in_list(candidates, kinds, k, tokens, text):
                    kinds[k] = "strong"
                    changed = True
        _negated_after(candidates, kinds, tokens, spans, text)
        # Per sentence, once (a long line must cost its length, not its length squared):
        # its words, how many skills in it need no context, and the text shown.
        words: dict[int, set[str]] = {}
        for t in tokens:
            k = next_sentence(ends, t.start)
            words.setdefault(k, set()).add(t.text.casefold())
        strong: dict[int, int] = {}
        named: dict[int, int] = {}  # with the claimed: context for an ambiguous name only
        for (_, _, _, s), kind in zip(candidates, kinds, strict=True):
            strong[s] = strong.get(s, 0) + (kind == "strong")
            named[s] = named.get(s, 0) + (kind in ("strong", "claimed"))
        shown: dict[int, str] = {}
        out: list[Found] = []
        for (skill, at, n, sentence), kind in zip(candidates, kinds, strict=True):
            a, b = spans[sentence]
            others = strong.get(sentence, 0) - (kind == "strong") > 0
            beside = named.get(sentence, 0) - (kind in ("strong", "claimed")) > 0
            # a name the document gave someone ("named") counts in a list of skills only
            if (
                kind in ("never", "lower")
                or (kind == "vague" and not (others or listed))
                or (kind == "named" and not listed)
            ):
                continue
            cued = beside or listed or words.get(sentence, set()) & rules.CUES
            if kind == "ambiguous" and not cued:
                continue
            if sentence not in shown:
                shown[sentence] = clean_sentence(text[a : min(b, a + 2000)])
            start, end = tokens[at].start, tokens[at + n - 1].end
            out.append(
                Found(
                    skill,
                    self.catalog.skill_name(skill),
                    text[start:end],
                    line.number,
                    line.column(start),
                    shown[sentence],
                    start,
                    end,
                )
            )
        return out

    def _kind(  # noqa: PLR0911, PLR0912  # one return per rule reads as the rules' list
        self, surface: str, tokens: Sequence[_Token], at: int, n: int, text: str
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
        if rules.KNOWLEDGE_OF.match(text, end):
            return "strong"  # "Statistik-Kenntnisse", "Python-Erfahrung": the skill, named so
        after = text[end : end + 2]
        glued = (text[start - 2 : start - 1].isalpha() and text[start - 1 : start] == "-") or (
            after[:1] == "-" and after[1:].isalpha()
        )
        ambiguous = bool(keys & _AMBIGUOUS) or key in self.spellings
        # an acronym in capitals before "-based", "-powered" is the name: "LLM-based"
        acronym = len(surface) > 1 and surface.isupper() and not keys & _AMBIGUOUS
        used = surface[:1].isupper() and bool(_USED_SUFFIX.match(text, end))
        compound = glued and not (acronym and after[:1] == "-") and not used
        if (ambiguous or keys & _VAGUE) and compound:
            return "never"  # part of a compound: "markdown-optimisation", "go-live"
        hyphen = after[:1] == "-" and not (acronym and after[1:].isalpha()) and not used
        if ambiguous and (hyphen or after[:1] in ("/", "&") or after[:1].isdigit()):
            return "never"  # go/no-go, R&D, C1
        if not self._spelled(key, surface):
            return "lower" if surface.islower() else "never"
        if keys & _AMBIGUOUS and key not in _AMBIGUOUS:
            return "never"  # "sparks": another word than the name
        if keys & _VAGUE:
            said = rules.QUALIFIED.get(key, frozenset())
            before = {t.text.casefold() for t in tokens[max(0, at - 3) : at]}
            return "strong" if before & said else "vague"  # "clear written communication"
        if not keys & _AMBIGUOUS:
            return "strong"
        if not surface[:1].isupper():
            return "lower"  # "to excel", "at the helm", "airflow": unless in a list of skills
        if key in rules.SEASONS and rules.YEAR_AFTER.match(text, end):
            return "never"  # "Bootcamp, CodeSur   Spring 2022": a season, not the framework
        if after == ". " and len(surface) == 1:
            return "never"  # an initial: "R. de Vries"
        if key == "cv" and at > 0 and rules.resume_before(tokens[at - 1].text):
            return "never"  # "send us your CV"
        nxt = tokens[at + n] if at + n < len(tokens) else None
        if nxt is not None and text[end : nxt.start] in (" ", " & "):
            word = nxt.text
            if (rules.is_capital_word(word) or word == "&") and (
                word.casefold() not in _TECH_SUFFIX and find_whole(self.table, word) is None
            ):
                self._seen_names.add(key)
                return "never"  # Ray Oduya, Julia Brandt, Spark Days, Spark & Ember
        later = [t.text for t in tokens[at + n : at + n + 4]]
        if rules.family_name_after(later) or rules.bold_name_before_title(text, start, end):
            self._seen_names.add(key)
            return "never"  # Julia van Dam, Ray de Groot; **Julia**, Lead Data Scientist
        prev = tokens[at - 1] if at > 0 else None
        if (
            prev is not None
            and text[prev.end : tokens[at].start] == " "
            and rules.is_capital_word(prev.text)
            and find_whole(self.table, prev.text) is None
            and not _sentence_start(text, prev.start)
        ):
            self._seen_names.add(key)
            return "never"  # Hannah Jenkins, Leeds Go Club, a Thursday Go club
        near = {t.text.casefold() for t in tokens[max(0, at - 3) : at + n + 3]}
        if near & rules.OTHER_MEANING.get(key, frozenset()):
            return "never"  # "tree search in Go and chess engines", "leaf rust"
        if key in self.names and not (prev is not None and prev.text.casefold() in _ASKED_WITH):
            return "named"  # "Airflow are looking for ...", after "Airflow Ventilation Ltd"
        return "ambiguous"

    def find(self, lines: Iterable[Line]) -> list[Found]:
        """Every skill the lines name, in order of position."""
        out: list[Found] = []
        for line in lines:
            if line.text.strip():
                out += self.find_in_line(line)
        return out


def _negated_after(
    candidates: Sequence[tuple[str, int, int, int]],
    kinds: list[str],
    tokens: Sequence[_Token],
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


def _in_list(
    candidates: Sequence[tuple[str, int, int, int]],
    kinds: Sequence[str],
    k: int,
    tokens: Sequence[_Token],
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


def _edge(word: str) -> bool:
    """Whether a phrase may start or end with ``word``: not a joining word nor a number.

    A capital letter alone may (``A/B testing``): "a" is a joining word only in lower case.
    """
    if word == "&" or word.isdigit():
        return False
    return not (word.casefold() in STOP and not (len(word) == 1 and word.isupper()))


def phrases(table: NameTable, line: Line) -> list[tuple[str, int, int]]:
    """Entries of any name table (fields, certifications) a line names: (id, start, end).

    Longest phrase first, whole words, no context rules: used where a section already
    says what is meant (a degree's fields, a certification's name).
    """
    tokens = _tokens(line.text)
    out = []
    seen: dict[str, str | None] = {}  # a phrase looked up before (a line repeating itself)
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            if not (_edge(tokens[i].text) and _edge(tokens[i + n - 1].text)):
                continue
            phrase = line.text[tokens[i].start : tokens[i + n - 1].end]
            if phrase in seen:
                found = seen[phrase]
            else:
                found = find_whole(table, phrase)
                if len(seen) < _SEEN_MAX:
                    seen[phrase] = found
            if found is not None:
                out.append((found, tokens[i].start, tokens[i + n - 1].end))
                i += n
                break
        else:
            i += 1
    return out


def _sentence_start(text: str, index: int) -> bool:
    before = clean_sentence(text[max(0, index - 200) : index]).rstrip()
    start = index <= 200 and _MARKUP.sub("", text[:index]).strip() == ""
    return not before or before[-1] in ".!?:;(" or start


def extract(document: TextDocument, catalog: CatalogIndex) -> list[Found]:
    """Every skill a document names, in order: the matcher over the catalog's names."""
    matcher = Matcher(catalog)
    matcher.learn_names(document.lines)
    return matcher.find(document.lines)
