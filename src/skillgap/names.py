"""Name matching, in one place: how a name people write finds a catalog entry.

Three steps, each tried only when the one before finds nothing:

1. **Exact**, up to case, spaces and punctuation (``scikit-learn`` = ``Scikit Learn``,
   ``R&D`` = ``R and D``): :func:`norm`.
2. **Loose**, for forms that mean the same: plurals (``LLMs`` → LLM), British and American
   endings (``visualisation`` = ``visualization``), version numbers (``Python 3.11``),
   and the CV habits ``Name (ABBR)`` and ``A/B`` when every part names the same entry.
   A list written as one name (``XGBoost / LightGBM``, ``Python (pandas)``) counts for
   each member when every member is known: :meth:`NameTable.find_all`.
3. **Did you mean**, by words and not only by characters: a name is compared word by word
   with every name and alias of every entry, typos forgiven within a word
   (``Kuberentes``), words joined or split (``finetuning`` = ``fine-tuning``), and generic
   words (data, learning, engineering ...) weighing little. A suggestion must cover most
   of the entry's words and half of what was written, so ``Deep Learning`` does not
   suggest ``Deeplearning4j`` (a digit the person did not write) and ``Software
   engineering`` does not suggest ``Data preprocessing``.

The word-level typo test uses rapidfuzz's optimal-string-alignment distance (a
transposition counts as one edit), which runs in C; it is imported on the first
suggestion, so commands that never suggest do not pay for it.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, NamedTuple

__all__ = [
    "MAX_SUGGESTIONS_PER_FILE",
    "MAX_SUGGEST_WORDS",
    "NameTable",
    "Suggestion",
    "SuggestionBudget",
    "loose",
    "norm",
    "suggest",
    "words",
]

_NOISE: Final = re.compile(r"[\s_\-./,:;'’`\"()\[\]{}–—!?*]+")
_AMPERSAND: Final = re.compile(r"\s*&\s*")
_WORD: Final = re.compile(r"[a-z0-9+#]+")
_PARENS: Final = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*(?P<rest>[^()]*)$")
#: What separates the members of a list written as one name ("XGBoost / LightGBM",
#: "Prometheus & Grafana", "scikit-learn, pandas", "Python (pandas)").
_MEMBERS: Final = re.compile(r"[/&,()]")
#: What :data:`_NOISE` removes from ASCII text, as a table for ``str.translate`` (built from
#: the pattern itself, so the two cannot disagree): the catalog's ~900 names are normed
#: on every start, and this is several times quicker than the pattern.
_ASCII_NOISE: Final = {c: None for c in range(128) if _NOISE.fullmatch(chr(c))}

#: Words that say little about which skill is meant: they count a quarter of a word.
GENERIC: Final = frozenset(
    (
        *("data", "learning", "machine", "model", "engineering", "engineer", "development"),
        *("developer", "management", "analysis", "analytic", "skill", "programming"),
        *("language", "tool", "system", "technique", "technology", "service", "design"),
        *("framework", "library", "advanced", "basic", "knowledge", "experience", "cloud"),
        *("application", "platform", "process", "processing", "scripting", "ai", "ml"),
        *("method", "practice", "concept", "fundamental", "principle", "solution"),
        *("professional", "expert", "proficiency", "proficient", "good", "strong", "working"),
    )
)
#: Words that join the words that matter.
STOP: Final = frozenset(
    ("and", "or", "of", "the", "for", "with", "in", "on", "a", "an", "to", "using", "via")
)
_GENERIC_WEIGHT: Final = 0.25
_PREFIX_CREDIT: Final = 0.9  # "stat" for "statistics", "postgre" for "postgres"


_ACRONYM_PLURAL: Final = re.compile(r"\b([A-Z][A-Z0-9]+)(?:'?s)\b")


def _ands(name: str) -> str:
    return _AMPERSAND.sub(" and ", name.casefold())


def _acronyms(name: str) -> str:
    """``APIs``, ``GPUs``, ``LLM's``: an acronym's plural is the acronym."""
    return _ACRONYM_PLURAL.sub(r"\1", name)


def norm(name: str) -> str:
    """The exact form names are matched in: case, spaces and punctuation do not matter."""
    if name.isascii() and "&" not in name:
        return name.casefold().translate(_ASCII_NOISE)
    return _NOISE.sub("", _ands(name))


def _singular(word: str) -> str:
    """A plural English word's singular, where that is safe (``llms``, ``apis``, ``series``)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "series")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def _spelling(word: str) -> str:
    """British and American spellings in one form: ``-isation``/``-ise`` as ``-ization``."""
    for british, american in (("isation", "ization"), ("ise", "ize"), ("yse", "yze")):
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word


def words(name: str) -> list[str]:
    """The words of a name as they are compared: singular, one spelling, no numbers."""
    out = []
    for raw in _WORD.findall(_ands(_acronyms(name))):
        if raw.isdigit() or raw in STOP:
            continue
        out.append(_spelling(_singular(raw)))
    return out


def loose(name: str) -> str:
    """The loose form: :func:`norm` of the name's :func:`words` (plurals, spellings, versions)."""
    return "".join(words(name))


def suggest(word: str, candidates: Iterable[Any], cutoff: float = 0.6) -> str | None:
    """The closest identifier to ``word`` (role ids, field names, level words), or None.

    Identifiers are code, not prose: they are compared by characters, and a fragment of
    a longer one (``mlops`` for ``mlops-engineer``) is a fair guess too.
    """
    pool = sorted({str(c) for c in candidates})
    lowered = {c.casefold(): c for c in pool}
    match = difflib.get_close_matches(word.casefold(), list(lowered), n=1, cutoff=cutoff)
    if match:
        return lowered[match[0]]
    key = word.casefold()
    containing = [c for low, c in lowered.items() if len(key) >= 3 and key in low]
    return containing[0] if containing else None


# --- word alignment ----------------------------------------------------------------------


def _weight(word: str) -> float:
    return _GENERIC_WEIGHT if word in GENERIC else 1.0


def _digits(word: str) -> str:
    return "" if word.isalpha() else "".join(ch for ch in word if ch.isdigit())


def _allowed_edits(length: int) -> int:
    if length < 5:
        return 0  # "Rust" is not a typo of "REST"
    if length < 8:
        return 1  # "Product" is not a typo of "Project"
    return 2 if length < 12 else 3


#: Endings that make another word of the same thing: Dockerization, engineering.
_DERIVED: Final = ("ization", "ized", "ize", "ing", "er", "ed", "ment")


def _similar(written: str, known: str, *, joined: bool = False) -> float:
    """How well a written word stands for a catalog word: 1, a typo's credit, or 0.

    ``joined``: one side is two words written as one, where only typos are forgiven.
    """
    if written == known:
        return 1.0
    # A catalog word with a number the person did not write is another thing
    # (Deeplearning4j is not deep learning); a number they added is a version.
    if (number := _digits(known)) and number != _digits(written):
        return 0.0
    shorter = min(len(written), len(known))
    if not joined and shorter >= 4:
        if known.startswith(written) and len(known) - len(written) <= 5:
            return _PREFIX_CREDIT  # an abbreviation: "stat", "postgre"
        rest = written[len(known) :] if written.startswith(known) else ""
        if rest in _DERIVED or rest[:1].isdigit():
            return _PREFIX_CREDIT  # another form, or a version or binding: "XGBoost4J"
    edits = _allowed_edits(shorter)
    if edits:
        from rapidfuzz.distance import OSA

        distance = OSA.distance(written, known, score_cutoff=edits)
        if distance <= edits:
            return 1.0 - 0.5 * distance / shorter
    return 0.0


def _with_joins(ws: Sequence[str]) -> list[tuple[str, tuple[int, ...]]]:
    """Each word, and each pair of neighbours written as one (``fine tuning`` = ``finetuning``)."""
    units: list[tuple[str, tuple[int, ...]]] = [(w, (i,)) for i, w in enumerate(ws)]
    units += [(ws[i] + ws[i + 1], (i, i + 1)) for i in range(len(ws) - 1)]
    return units


class Suggestion(NamedTuple):
    """How well a written name matches one label of an entry (scores 0-1)."""

    entry: str
    label: str
    score: float
    first: int  # the first written word matched: the head of "Tableau dashboards" wins


#: For a catalog word: each written word (or joined pair) it matches, and how well when
#: the catalog side is one word and when it is two joined.
Matches = dict[str, list[tuple[tuple[int, ...], float, float]]]


def _align(
    written: Sequence[str],
    label: Sequence[str],
    lunits: Sequence[tuple[str, tuple[int, ...]]],
    matches: Matches,
) -> tuple[float, float, int] | None:
    """Label coverage, written coverage and first matched written word; None: no match."""
    got_w = [0.0] * len(written)
    got_l = [0.0] * len(label)
    for lu, li in lunits:
        for wi, single, pair in matches.get(lu, ()):
            sim = single if len(li) == 1 else pair
            if not sim:
                continue
            for i in wi:
                got_w[i] = max(got_w[i], sim)
            for j in li:
                got_l[j] = max(got_l[j], sim)
    if not any(got_w[i] and written[i] not in GENERIC for i in range(len(written))):
        return None  # only generic words in common: "Engineering" names no skill
    cover_l = sum(_weight(w) * g for w, g in zip(label, got_l, strict=True)) / sum(
        map(_weight, label)
    )
    cover_w = sum(_weight(w) * g for w, g in zip(written, got_w, strict=True)) / sum(
        map(_weight, written)
    )
    first = next(i for i, g in enumerate(got_w) if g)
    return cover_l, cover_w, first


# --- a table of names --------------------------------------------------------------------

_MIN_COVER: Final = 0.5
#: A name of more words gets no "did you mean" (the catalog's longest name has 8 words).
MAX_SUGGEST_WORDS: Final = 12
_NEAR_CACHE_MAX: Final = 4096
_MIN_SCORE: Final = 0.7


class NameTable:
    """Names and aliases of catalog entries: exact and loose look-up, and "did you mean"."""

    def __init__(self, entries: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        """``entries``: (id, display name, every label: id, name, aliases), in catalog order."""
        self.display: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self._entries: list[tuple[str, str]] = []
        for entry, display, labels in entries:
            self.display[entry] = display
            for label in labels:
                self.exact.setdefault(norm(label), entry)
                self._entries.append((entry, label))
        # Built on the first name that is not an exact hit: most runs never need them.
        self._loose_table: dict[str, str | None] | None = None
        self._label_words: list[tuple[str, str, tuple[str, ...]]] | None = None
        self._unit_index: dict[str, list[int]] | None = None
        self._unit_list: list[str] = []
        self._longest = 0  # the longest word (or joined pair) of any label
        self._label_units: list[list[tuple[str, tuple[int, ...]]]] = []
        self._near_cache: dict[str, list[str]] = {}

    @property
    def _loose(self) -> dict[str, str | None]:
        if self._loose_table is None:
            table: dict[str, str | None] = {}
            for entry, label in self._entries:
                key = loose(label)
                if key and table.setdefault(key, entry) != entry:
                    table[key] = None  # a loose form two entries share finds neither
            self._loose_table = table
        return self._loose_table

    @property
    def _labels(self) -> list[tuple[str, str, tuple[str, ...]]]:
        if self._label_words is None:
            self._label_words = [
                (entry, label, ws) for entry, label in self._entries if (ws := tuple(words(label)))
            ]
        return self._label_words

    @property
    def _units(self) -> dict[str, list[int]]:
        """Each word (and joined pair) of any label, to the labels that have it."""
        if self._unit_index is None:
            index: dict[str, list[int]] = {}
            for n, (_, _, ws) in enumerate(self._labels):
                for unit, _ in _with_joins(ws):
                    index.setdefault(unit, []).append(n)
            self._unit_index = index
            self._unit_list = sorted(index)
            self._longest = max(map(len, index), default=0)
            self._label_units = [_with_joins(ws) for _, _, ws in self._labels]
        return self._unit_index

    def _near(self, unit: str) -> list[str]:
        """Catalog words that may match a written word (or pair): only those are compared.

        A superset of what :func:`_similar` accepts, found with C-level searches:
        equal words, label words a written word begins (or that begin it), and words
        within three edits. Remembered: the same words recur across names and files.
        """
        near = self._near_cache.get(unit)
        if near is not None:
            return near
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        units = self._units
        # No catalog word is longer than ``longest``: a written word more than three
        # characters longer is no edit of one, and only its first ``longest`` characters
        # can be one. The work on a word of 100,000 characters is then a catalog word's.
        longest = self._longest
        near = []
        if len(unit) <= longest + 3:
            near = [
                u
                for u, _, _ in process.extract(
                    unit, self._unit_list, scorer=OSA.distance, score_cutoff=3, limit=None
                )
            ]
            at = bisect.bisect_left(self._unit_list, unit)
            while at < len(self._unit_list) and self._unit_list[at].startswith(unit):
                near.append(self._unit_list[at])
                at += 1
        near += [unit[:k] for k in range(4, min(len(unit), longest + 1)) if unit[:k] in units]
        if len(self._near_cache) >= _NEAR_CACHE_MAX:
            self._near_cache.clear()  # bounded: flat memory over a long batch
        self._near_cache[unit] = near
        return near

    def _matches(self, written: Sequence[str]) -> tuple[Matches, list[int]]:
        """How each catalog word near a written one matches it, and the labels to align."""
        units = self._units
        matches: Matches = {}
        found: set[int] = set()
        for wu, wi in _with_joins(written):
            for lu in self._near(wu):
                single = _similar(wu, lu, joined=len(wi) == 2)
                pair = 0.0 if len(wi) == 2 else _similar(wu, lu, joined=True)
                if single or pair:
                    matches.setdefault(lu, []).append((wi, single, pair))
                    found.update(units[lu])
        return matches, sorted(found)

    def find(self, name: str) -> str | None:
        """The entry ``name`` names: exactly, else in a loose form; None if unknown."""
        found = self.exact.get(norm(name))
        if found is None:
            found = self._loose.get(loose(name))
        if found is None:
            found = self._parts(name)
        return found

    def find_all(self, name: str) -> tuple[str, ...]:
        """Every entry ``name`` counts for: the one it names, else each member of a list.

        A list (``XGBoost / LightGBM``, ``Prometheus & Grafana``, ``Python (pandas)``) is
        split on ``/``, ``&``, ``,`` and parentheses, and counts only when every member
        names an entry; otherwise it names nothing, and a "did you mean" can help.
        """
        found = self.exact.get(norm(name)) or self._loose.get(loose(name))
        if found is not None:
            return (found,)
        members = [self.find(p) for p in _MEMBERS.split(name) if p.strip()]
        if len(members) > 1 and None not in members:
            return tuple(dict.fromkeys(m for m in members if m is not None))
        found = self._parts(name)  # "C/C++": the part that names something
        return () if found is None else (found,)

    def _parts(self, name: str) -> str | None:
        """``Amazon Web Services (AWS)``, ``Git/GitHub``: every part names the same entry."""
        m = _PARENS.match(name.strip())
        if m is not None:
            parts = [m["outer"] + (" " + m["rest"] if m["rest"] else ""), m["inner"]]
        elif "/" in name:
            parts = name.split("/")
        else:
            return None
        found = {self.exact.get(norm(p)) or self._loose.get(loose(p)) for p in parts if p.strip()}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def rank(self, name: str) -> list[Suggestion]:
        """Every entry that ``name`` may mean by its words, best first (one per entry).

        A name of more than :data:`MAX_SUGGEST_WORDS` words is no typo of a catalog name
        (the longest has 8): it gets no suggestion, so the work per name is bounded.
        """
        written = words(name)
        if not written or len(written) > MAX_SUGGEST_WORDS:
            return []
        matches, candidates = self._matches(written)
        best: dict[str, Suggestion] = {}
        labels = self._labels
        for n in candidates:
            entry, label, ws = labels[n]
            aligned = _align(written, ws, self._label_units[n], matches)
            if aligned is None:
                continue
            cover_l, cover_w, first = aligned
            if cover_l < _MIN_COVER or cover_w < _MIN_COVER:
                continue
            score = (cover_l + cover_w) / 2
            if score < _MIN_SCORE:
                continue
            found = Suggestion(entry, label, round(score, 4), first)
            held = best.get(entry)
            if held is None or (found.score, -found.first) > (held.score, -held.first):
                best[entry] = found
        order = {e: n for n, e in enumerate(self.display)}
        return sorted(best.values(), key=lambda s: (-s.score, s.first, order[s.entry]))

    def search(self, query: str) -> list[str]:
        """Entries a search for ``query`` finds, best first.

        The one it names, then those it may mean (:meth:`rank`), then those with a name
        holding every word of it (``cloud``).
        """
        out = list(self.find_all(query))
        out += [s.entry for s in self.rank(query) if s.entry not in out]
        wanted = words(query)
        if wanted:
            for entry, _, ws in self._labels:
                if entry not in out and all(
                    any(w == x or (len(w) >= 3 and x.startswith(w)) for x in ws) for w in wanted
                ):
                    out.append(entry)
        return out

    def suggest(self, name: str) -> str | None:
        """The display name of the entry ``name`` most likely means, or None."""
        ranked = self.rank(name)
        return self.display[ranked[0].entry] if ranked else None


#: How many different unknown names of one file get a "did you mean"; the rest get the
#: plain hint. A real profile has a handful; a file of a thousand is not made of typos.
MAX_SUGGESTIONS_PER_FILE: Final = 100


class SuggestionBudget:
    """Did you mean, for one file: the first :data:`MAX_SUGGESTIONS_PER_FILE` names get one."""

    def __init__(self, limit: int = MAX_SUGGESTIONS_PER_FILE) -> None:
        """A budget of ``limit`` different names."""
        self.limit = limit
        self._asked: dict[tuple[str, str], str | None] = {}

    @staticmethod
    def _key(suggest: Callable[[str], str | None], name: str) -> tuple[str, str]:
        return getattr(suggest, "__qualname__", ""), name

    def spent(self, suggest: Callable[[str], str | None], name: str) -> bool:
        """Whether ``name`` comes too late in its file to get a suggestion."""
        return self._key(suggest, name) not in self._asked and len(self._asked) >= self.limit

    def close(self, suggest: Callable[[str], str | None], name: str) -> str | None:
        """``suggest(name)`` while the budget lasts (a name asked twice counts once), else None."""
        if self.spent(suggest, name):
            return None
        key = self._key(suggest, name)
        if key not in self._asked:
            self._asked[key] = suggest(name)
        return self._asked[key]

    def hint(self, suggest: Callable[[str], str | None], name: str, fallback: str) -> str:
        """The hint for an unknown name: "did you mean", else ``fallback`` (saying if spent)."""
        if self.spent(suggest, name):
            return f"{fallback} (no 'did you mean' past {self.limit} unknown names a file)"
        close = self.close(suggest, name)
        return f"did you mean '{close}'?" if close else fallback


def find_whole(table: NameTable, name: str) -> str | None:
    """The entry ``name`` names as a whole, exactly or loosely, never by one of its parts.

    Free text (:mod:`skillgap.text.match`) looks up every run of words: a run that only
    ends in a name (``online A/B tests``) must not count as that name.
    """
    found = table.exact.get(norm(name))
    return found if found is not None else table._loose.get(loose(name))
