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
from skillgap.text.context import (
    AMBIGUOUS_FORMS,
    TOKEN,
    Token,
    clean_sentence,
    in_list,
    name_kind,
    negated_after_names,
    tokens_of,
)
from skillgap.text.read import Line, TextDocument

#: The longest phrase looked up, in words (``Google Cloud Professional Machine Learning``).
MAX_WORDS: Final = 6
#: Words and phrases kept with what they look up to, at most: a text repeating itself
#: (``<p<p<p...``) is looked up once, and a long text of varied words holds little memory.
_SEEN_MAX: Final = 4096
#: What may stand between two words of one phrase: spaces, a hyphen, a slash, a dot.
_JOIN: Final = re.compile(r"^(?: ?[-/.] ?| {1,2}|'|’)$")
#: A sentence's end. Its second form starts only where a run of spaces starts: tried from
#: inside the run it would scan the run again from each space (a row of 12,000 spaces took
#: seconds), and it matches nowhere the run's start does not.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?;])\s+(?=[^\s])|(?<!\s)\s+[·|]\s+")


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
        # Names the catalog writes in capitals ("REST", "DAX", "CV"): such a name in capitals
        # is the skill, another ("JULIA") a programme's or project's own name.
        self.capitals: frozenset[str] = frozenset(
            norm(label)
            for skill in catalog.catalog.skills
            for label in (skill.name, *skill.aliases)
            if len(label) > 1 and label.isupper()
        )
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
        self.seen_names: set[str] = set()
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
        self.seen_names.clear()
        for line in lines:
            words = {m[0].casefold() for m in TOKEN.finditer(line.text)}
            if words & AMBIGUOUS_FORMS:
                self.find_in_line(line)
        self.names = frozenset(self.seen_names)

    def _lookup(self, tokens: Sequence[Token], i: int, line: str) -> tuple[str, int] | None:
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

    def _reach(self, tokens: Sequence[Token], i: int) -> int:
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

    def spelled(self, key: str, surface: str) -> bool:
        """Whether a short name is written as the catalog writes it ("R", "Go"), or in capitals."""
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
        tokens = tokens_of(text)
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
            kind = name_kind(self, surface, tokens, at, n, text)
            claimed = kind == "ambiguous" and skill in self.claimed  # the skills list "Go"
            kinds.append("claimed" if claimed else kind)
        # "java", "go", "tdd" in small letters: a skill only in a list of skills, which
        # grows from the skills that need no context ("python, java, go").
        changed = True
        while changed:
            changed = False
            for k, kind in enumerate(kinds):
                if kind in ("lower", "named") and in_list(candidates, kinds, k, tokens, text):
                    kinds[k] = "strong"
                    changed = True
        negated_after_names(candidates, kinds, tokens, spans, text)
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

    def find(self, lines: Iterable[Line]) -> list[Found]:
        """Every skill the lines name, in order of position."""
        out: list[Found] = []
        for line in lines:
            if line.text.strip():
                out += self.find_in_line(line)
        return out


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
    tokens = tokens_of(line.text)
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


def extract(document: TextDocument, catalog: CatalogIndex) -> list[Found]:
    """Every skill a document names, in order: the matcher over the catalog's names."""
    matcher = Matcher(catalog)
    matcher.learn_names(document.lines)
    return matcher.find(document.lines)
