"""Lists in a posting's requirements: "two of: A, B, C", "at least two of the following:".

How many items a line asks for (k), the list a line opens for the lines under it, a
bullet or a paragraph wrapped onto the next lines (one line, whatever it holds: a "two of"
list wrapped is read as one on a single line), and the fewest catalog skills k items can be. Used by
:mod:`skillgap.text.posting`, which turns a list into an ``any_of`` group (``at_least: k``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from skillgap.names import loose, norm
from skillgap.text.match import Found, Matcher
from skillgap.text.read import Line
from skillgap.text.rules import VAGUE
from skillgap.text.wraps import OPEN_END

NUMBERS: Final = {
    **{w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five"))},
    **{"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    **{"zwei": 2, "drei": 3, "vier": 4, "fünf": 5},  # German: "mindestens zwei der folgenden"
    # Spanish "al menos dos de las siguientes", Portuguese "duas das seguintes", French "deux des"
    **{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "dois": 2, "duas": 2, "três": 3},
    **{"quatro": 4, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5},
    **{"due": 2, "tre": 3, "quattro": 4, "cinque": 5},  # Italian: "almeno due tra"
}
#: "two", "zwei", "dos", "duas", "deux" ... as a pattern's words.
_K_WORDS: Final = "|".join(sorted((w for w in NUMBERS if NUMBERS[w] >= 2), key=len, reverse=True))
#: Spanish, Portuguese, French and Italian "k of": "dos de las", "duas das", "deux des",
#: "trois parmi", "due tra", "tre fra", "due dei", "due delle".
_K_OF_ROMANCE: Final = (
    r"\s+(?:de\s+(?:las|los|estas|estos|entre)|d[ao]s|des|parmi|tra|fra|dei|delle|degli)\b"
)
#: "two of", "at least 2 of", "any three of", "2+ of", "two or more of": k of a list; in
#: German "(mindestens) zwei der folgenden".
K_OF: Final = re.compile(
    rf"\b({_K_WORDS}|[2-5])(?:(?:\s*\+|\s+or\s+more)?\s+of\b"
    rf"(?!\s+(?:us|them|our)\b)|\s+der\s+folgenden\b|{_K_OF_ROMANCE})",
    re.I,
)
#: "at least one of the following:", "one of these tools:": a list of choices of one whose
#: items, after the colon, may be a few words each ("natural language processing of clinical
#: notes, time series forecasting, or causal inference methods"), read as a "two of" list is.
ONE_OF_LIST: Final = re.compile(r"\b(one)\s+of\s+(?:the\s+following|these)\b[^:;.]{0,40}:", re.I)


def list_opening(text: str) -> re.Match[str] | None:
    """Where a line's list of k items opens: "two of: ...", "one of the following: ..."."""
    return K_OF.search(text) or ONE_OF_LIST.search(text)


def past_the_kind(found: list[Found], text: str, k_of: re.Match[str] | None) -> list[Found]:
    """The names of a line's list, not the words that say what kind its items are.

    "any two of the following deep learning frameworks: PyTorch, TensorFlow, JAX": deep
    learning is what the items are, not one of them; the list starts after the colon. Only
    when some names follow the colon.
    """
    if k_of is None:
        return found
    colon = text.find(":", k_of.end() - 1)
    if colon < 0 or text[k_of.end() : colon].count(",") or not any(f.start > colon for f in found):
        return found
    return [f for f in found if not k_of.end() <= f.start < colon]


#: A line that opens a list for the lines under it: "... two of the following:", "one of:".
LIST_HEAD: Final = re.compile(
    r"\b(?:(?:(two|three|four|five|[2-5])(?:\s*\+|\s+or\s+more)?|one)\s+of"
    r"(?:\s+the\s+following(?:\s+[a-z]+)?|\s+these)?|(zwei|drei|vier|fünf|[2-5])\s+der\s+"
    rf"folgenden(?:\s+\w+)?|({_K_WORDS}|[2-5]){_K_OF_ROMANCE}(?:\s+\w+){{0,2}})\s*[:.\-–]*\s*$",
    re.I,
)
#: "or", "and" in English, German, Spanish ("o", "y"), Portuguese ("ou", "e"), French ("ou", "et").
_OR_WORDS: Final = r"or|oder|o|u|ou"
_AND_WORDS: Final = r"and|und|y|e(?![-.])|et"
ITEM_GAP: Final = re.compile(rf",|;|\b(?:{_OR_WORDS}|{_AND_WORDS})\b", re.I)  # between two items
#: A list item's indent and bullet: a dash or dot, "1." or "2)", or a symbol before a space
#: ("✅ ", "🔹 ", "➤ ", "+ ", a Word bullet pasted as "o ", an arrow "-> "), as job boards and
#: careers pages write them.
ITEM: Final = re.compile(
    r"^(\s*)([-=]>(?=\s)|[-*•·▪◦–]|\d+[.)]|"
    r"[+>►▸➤→✓✔☑■□●○◆◇o\u2600-\u27bf\U0001f300-\U0001faff](?=\s))?"
)
#: Before a list, words that make it a choice of one.
_ONE_OF: Final = re.compile(r"\b(at least one of|one of|either)\b", re.I)
#: Between two items of a list: punctuation, "or", "and", an article, "e.g.", "such as";
#: Markdown's emphasis around them ("Python **o** R", "PyTorch *or* JAX").
_LIST_GAP: Final = re.compile(
    rf"^(?:\s|,|/|\(|\)|;|\+|&|\*|\b(?:{_OR_WORDS}|{_AND_WORDS})\b|\ban?\b|\bthe\b|\bsimilar\b|"
    r"e\.g\.|such as)*$",
    re.I,
)
#: Between two items of a list, names the catalog does not know: "Azure OpenAI, AWS".
_NAMED_GAP: Final = re.compile(
    r"^(?: +[A-Z][\w.+-]*){0,2} *(?:,|\bor\b|/) *(?:[A-Z][\w.+-]* +){0,2}$"
)
#: The most words an item of a list the catalog does not know has ("NIST AI RMF").
_ITEM_WORDS: Final = 4
_OR: Final = re.compile(rf"\b(?:{_OR_WORDS})\b|/", re.I)
_AND: Final = re.compile(rf"\b(?:{_AND_WORDS})\b|&", re.I)
#: How a line that goes on in the next one ends: no sentence's end, no colon (a list's head).
_OPEN_END: Final = re.compile(r"[^:;.!?]$")


@dataclass
class List:
    """A line that opens a list ("two of the following:"), and the items read under it."""

    k: int
    line: Line
    kind: str
    indent: int
    bullet: bool
    found: list[Found] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # each item's skill, an item once
    items: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # items naming no skill the catalog knows


def items_asked(word: str) -> int:
    """The k of "two of", "3 of", "one of" (1 when the word is no number)."""
    return int(word) if word.isdigit() else NUMBERS.get(word.casefold(), 1)


def opens(line: Line, kind: str) -> List | None:
    """The list a line opens for the lines under it, when it ends in "two of the following:"."""
    head = LIST_HEAD.search(line.text)
    if head is None:
        return None
    indent, bullet = ITEM.match(line.text).groups()  # type: ignore[union-attr]
    k = items_asked(head[1] or head[2] or head[3] or "one")
    return List(k, line, kind, len(indent), bool(bullet))


def unnamed(text: str, start: int, found: list[Found]) -> list[str]:
    """The items of a list in ``text`` from ``start`` on that name no skill ("Prophet").

    Words in brackets are a remark on an item ("(pgvector, Pinecone)"), not items.
    """
    plain = re.sub(r"\([^)]*\)?", lambda m: " " * len(m[0]), text)
    starts = sorted(f.start for f in found)
    out = []
    for m in re.finditer(r"[^,;]+", plain[start:]):
        a, b = start + m.start(), start + m.end()
        item = re.sub(r"^(?:or|and)\s+", "", m[0].strip(" :.-–"), flags=re.I)
        first = bisect.bisect_left(starts, a)  # the first name at or after the item's start
        if item and not (first < len(starts) and starts[first] < b):
            out.append(item)
    return out


def _open_brackets(text: str, places: list[int]) -> dict[int, int]:
    """Brackets opened and not closed before each place in ``text``, counted once along it."""
    depth = at = 0
    out = {}
    for place in sorted(set(places)):
        depth += text.count("(", at, place) - text.count(")", at, place)
        out[place], at = depth, place
    return out


def fewest_skills(counts: list[int], k: int) -> int:
    """The fewest catalog skills ``k`` list items can be (several items may be one skill)."""
    total = 0
    for n, count in enumerate(sorted(counts, reverse=True), start=1):
        total += count
        if total >= k:
            return n
    return len(counts)


def under(opened: List, text: str) -> bool:
    """Whether a line is an item of the list: indented further, or a bullet under a sentence."""
    indent, bullet = ITEM.match(text).groups()  # type: ignore[union-attr]
    return len(indent) > opened.indent or (bool(bullet) and not opened.bullet)


def item_ids(found: list[Found], text: str) -> list[str]:
    """The catalog skill of each item of a list in one line ("Spark, Kafka, Flink").

    Two names of one skill side by side with no comma, "or" or "and" between them are
    one item ("Kafka / stream processing"); anything else starts the next.
    """
    depth = _open_brackets(text, [f.start for f in found])
    outside = [f for f in found if depth[f.start] <= 0]
    items = outside or found  # a name in brackets beside items is a remark, not an item
    named = [f.id for f in items[:1]]
    for a, b in itertools.pairwise(items):
        if b.id != a.id or ITEM_GAP.search(text[a.end : b.start]):
            named.append(b.id)
    return named


#: A line of prose this long or longer that ends mid-sentence was wrapped, by an editor or a
#: job board: the next line is its sentence's rest (a shorter one is an item of its own).
_FULL_LINE: Final = 50


def join_wrapped(lines: Sequence[Line]) -> list[Line]:
    """A section's lines, a bullet or a paragraph wrapped onto the next lines joined into one.

    "- one of Azure OpenAI, AWS Bedrock or" over "  Google Vertex AI" is one line (cited
    by its first line's number), and so is "- two of: Spark, Kafka," over "  Flink" (one
    list, as "- any three of: A; B;" over "  C; D"), and a paragraph of prose whose full
    lines end mid-sentence ("... in Python or" over "TypeScript, and ...", "... a vector"
    over "database ..."). A line that starts
    with a symbol ("✅ ...") is an item. A line under one that ends in ":" or a sentence's
    end, or that opens a list ("two of the following"), or one that is a bullet of its own,
    stays a line (an item of a list).
    """
    out: list[Line] = []
    wrapping = False  # the last line is a bullet, or a bullet joined with its wrap
    prose = False  # the last line is a full line of prose (no bullet), or such lines joined
    for line in lines:
        indent, bullet = ITEM.match(line.text).groups()  # type: ignore[union-attr]
        text = line.text.rstrip()
        last = out[-1] if out else line
        # a line ending in ";" goes on when it is a list's ("two of: A; B;" over "  C; D")
        head = (
            _OPEN_END.search(last.text.rstrip()) or _list_goes_on(last.text)
        ) and not LIST_HEAD.search(last.text)
        # a bullet's wrap is indented, or (a job board's copy) under a full line that ends
        # mid-sentence, in small letters or closing the bullet's bracket
        bullet_wrap = wrapping and (indent or _bullet_goes_on(last.text, text))
        # a paragraph's next line goes on with its sentence: in small letters, or after
        # "or", "and", "a", "of" ... (a line in capitals after a full one is a new item)
        goes_on = text[:1].islower() or bool(OPEN_END.search(last.text))
        prose_wrap = prose and not indent and goes_on
        if (bullet_wrap or prose_wrap) and not bullet and text and head:
            joined = f"{last.text} {text.strip()}"
            width = len(text) - len(text.lstrip())
            mine = [line.column(i) for i in range(width, len(text))]
            columns = [last.column(i) for i in range(len(last.text))] + mine[:1] + mine
            out[-1] = Line(last.number, joined, tuple(columns))
            prose = prose and _wrapped(text)  # a short line ends the paragraph
            continue
        out.append(line)
        wrapping = bool(bullet) and bool(text)
        prose = not bullet and not indent and _wrapped(text) and text[:1].isalnum()
    return out


def _list_goes_on(text: str) -> bool:
    """Whether a line ends in ";" between the items of a list it opens ("any three of: A;")."""
    opening = list_opening(text)
    return text.rstrip().endswith(";") and opening is not None and opening.end() < len(text)


def _bullet_goes_on(last: str, text: str) -> bool:
    """Whether an unindented line goes on with the bullet above it, its line broken mid-way.

    The bullet is full (a line broken at a fixed width) and ends with no sentence's end,
    and the line starts in small letters or closes a bracket the bullet opened ("(our
    backend is Python/FastAPI, the internal UI is" over "TypeScript/React)").
    """
    last = last.rstrip()
    if len(last) < _FULL_LINE or last[-1:] in (".", "!", "?", ":", ";"):
        return False
    unclosed = last.count("(") > last.count(")") and ")" in text
    return text[:1].islower() or unclosed or bool(OPEN_END.search(last))


def _wrapped(text: str) -> bool:
    """Whether a line of prose goes on in the next: it is full, or ends in "or", "a", ","."""
    return len(text) >= _FULL_LINE or bool(OPEN_END.search(text))


def item_found(matcher: Matcher, line: Line) -> list[Found]:
    """The skills of one item of a list: a name alone in it is the skill ("Airflow").

    As in a list of skills, a name that is also a word counts when it is the whole item;
    an ordinary word beside others ("deployment on a device") still does not, but one that
    opens a bullet does, as the item's subject ("- Statistics that you can explain to a PM").
    """
    found = matcher.find_in_line(line)
    head = ITEM.match(line.text)
    alone = ITEM.sub("", line.text).strip(" .;,")
    # an item that is a few names and nothing else ("Go or Rust"): each name is one
    parts = [p.strip() for p in _NAMES_GAP.split(alone)]
    names = parts if len(parts) <= _ITEM_WORDS and all(_NAME.match(p) for p in parts) else []
    first = -1  # where a bullet's first word is
    if head is not None and head[2]:
        first = len(line.text) - len(line.text[head.end() :].lstrip(" *_"))
    if found and len(names) < 2 and not (first >= 0 and found[0].start != first):
        return found
    listed = [
        f
        for f in matcher.find_in_line(line, listed=True)
        if f.text in (alone, *names) or (f.start == first and _opening(f))
    ]
    return sorted({(f.start, f.id): f for f in found + listed}.values(), key=lambda f: f.start)


def _opening(found: Found) -> bool:
    """Whether an ordinary word that opens a bullet is the item's subject, so the skill.

    Written as a bullet's first word is, with a capital ("Statistics that you can explain");
    "deployment on NVIDIA Jetson", one of a list's items, is the work done, not the skill.
    """
    return found.text[:1].isupper() and bool({norm(found.text), loose(found.text)} & VAGUE)


#: Between the names of an item that is names only: a comma, a slash, "or", "and".
_NAMES_GAP: Final = re.compile(rf"\s*(?:,|/|\b(?:{_OR_WORDS}|{_AND_WORDS})\b)\s*", re.I)
#: A name as a list writes it: one or two words, the first with a capital ("Go", "Rust").
_NAME: Final = re.compile(r"^[A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*)?$")


def runs_of(found: list[Found], text: str, k_of: re.Match[str] | None) -> list[list[Found]]:
    """Matches joined by list punctuation and "or"/"and", as runs (a run is one list).

    After "two of" (``k_of``) every match is the list's, names the catalog does not know
    between them or not ("two of: Spark, Quokkaflow, Flink"). Elsewhere a run with both
    "and" and "or" in it is items, one of them a choice: "Python and SQL, Spark or Flink,
    and Docker" asks Python, SQL, Docker and one of Spark or Flink.
    """
    runs: list[list[Found]] = []
    for f in found:
        gap = text[runs[-1][-1].end : f.start] if runs else ""
        listed = k_of is not None and runs and runs[-1][0].start >= k_of.end()
        if runs and (
            (listed and (_short_items(gap) or _same_item(gap)))
            or _LIST_GAP.match(gap)
            or _NAMED_GAP.match(gap)
        ):
            runs[-1].append(f)
        else:
            runs.append([f])
    return [
        piece
        for run in runs
        for part in ([run] if k_of and k_of.start() < run[0].start else _choices(run, text))
        for piece in _head_apart(part, text)
    ]


def _head_apart(run: list[Found], text: str) -> list[list[Found]]:
    """A skill, and in brackets a choice of tools that are all one other skill, as two runs.

    "Strong Python (FastAPI or Flask)": FastAPI and Flask are no examples of Python but a
    choice of web framework, asked beside it (both the catalog's APIs skill), so the run is
    Python, then the choice; "gradient boosting (XGBoost, LightGBM)", tools of different
    skills, stays one run (:func:`examples`).
    """
    if len(run) < 3 or not _EXAMPLES_OPEN.match(text[run[0].end : run[1].start]):
        return [run]
    close = text.find(")", run[1].start)
    others = {f.id for f in run[1:]}
    if close < run[-1].end or len(others) > 1 or run[0].id in others:
        return [run]
    return [run[:1], run[1:]]


def _choices(run: list[Found], text: str) -> list[list[Found]]:
    """A run with "and" and "or" in it cut where no "or" joins two items."""
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(run)]
    ors = [bool(_OR.search(g)) for g in gaps]
    # "AWS or Azure, MLflow or Kubeflow": a comma (outside brackets) after a choice parts
    # items, each of them a choice; "Spark, Flink or Beam" stays one
    depth = _open_brackets(text, [b.start for b in run[1:]])
    commas = [
        _COMMA.match(g) is not None and depth[b.start] <= 0
        for g, b in zip(gaps, run[1:], strict=True)
    ]
    comma_after_or = any(
        commas[j] for k in range(len(ors)) if ors[k] for j in range(k + 1, len(ors))
    )
    if not ((any(ors) and any(_AND.search(g) for g in gaps)) or comma_after_or):
        return [run]
    parts = [[run[0]]]
    for f, gap in zip(run[1:], gaps, strict=True):
        if _OR.search(gap):
            parts[-1].append(f)
        else:
            parts.append([f])
    return parts


#: A gap between two items that is a comma alone (a bracket closed before it): "), ", ", ".
_COMMA: Final = re.compile(r"^\)?\s*[,;]\s*$")


def _short_items(gap: str) -> bool:
    """Whether the text between two items of a list is items too: a few words each, not prose.

    ", Quokkaflow, " is (an item the catalog does not know); " o Strong " is not.
    """
    plain = re.sub(r"\([^)]*\)?", " ", gap)  # a remark in brackets is no item
    parts = re.split(r",|;|/|\bor\b", plain)
    return len(parts) > 1 and all(len(part.split()) <= _ITEM_WORDS for part in parts)


def _same_item(gap: str) -> bool:
    """Whether two names after "two of" are one item: a few words and no separator between.

    "fine-tuning with LoRA" is one item of "two of: LangGraph, fine-tuning with LoRA, vLLM".
    """
    return not ITEM_GAP.search(gap) and "(" not in gap and len(gap.split()) <= 2


def is_choice(run: list[Found], text: str, since: int) -> bool:
    """Whether a run is a choice: "or" ("oder") or "/" in it, or "one of" since the last skill."""
    gaps = " ".join(text[a.end : b.start] for a, b in itertools.pairwise(run))
    before = text[since : run[0].start]
    return bool(_OR.search(gaps) or _ONE_OF.search(before) or examples(run, text))


#: Between a skill and the examples of it in brackets: "(", "(e.g.", "(such as".
_EXAMPLES_OPEN: Final = re.compile(
    r"^\s*\(\s*(?:e\.g\.,?|eg,?|such\s+as|for\s+example,?|like|including|incl\.)?\s*$", re.I
)


def examples(run: list[Found], text: str) -> bool:
    """Whether a run is a skill and two or more tools in brackets as examples of it.

    "gradient boosting (XGBoost, LightGBM)" asks one of them, as a reader reads it. Items
    in small letters are practices, each asked: "software engineering practices
    (testing, code review, Git)".
    """
    if len(run) < 3 or not _EXAMPLES_OPEN.match(text[run[0].end : run[1].start]):
        return False
    close = text.find(")", run[1].start)
    if close < run[-1].end or "(" in text[run[1].start : close]:
        return False
    items = ITEM_GAP.split(text[run[1].start : close])
    return all(item.strip()[:1].isupper() or item.strip()[:1].isdigit() for item in items)
