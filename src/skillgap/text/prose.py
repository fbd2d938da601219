"""Requirements written in prose, in a posting that has no requirements part to read.

A recruiter's e-mail, a posting pasted as one paragraph or a consultancy's ad in running
text says what it asks in sentences: "We are looking for a PhD in ...; deep expertise in
Python", "You have worked with AWS", "A Master's degree is expected", "Sie bringen ...
mit", and what is nice in others: "It would be a bonus if you ...", "Ideally you ...".
When a posting has no part :mod:`skillgap.text.sections` reads as its requirements, the
sentences of its parts that are none of the company's, the duties', the perks' or how to
apply's are read here: a sentence with a requirement's words (:data:`ASKS`) asks, one
whose nice-to-have words (:data:`NICE`) come first is nice to have, the rest (the company,
the team, "you will lead ...", the salary) asks nothing. A line that asks and ends in ":"
("gave me the must-haves, pretty much word for word:") asks the bullets under it. A
text none of whose sentences addresses a candidate (:data:`HIRING`: a list of sources,
notes) asks nothing, nor does a sentence with a link. Sentences are given back as
sections of their own, one sentence a line, each keeping its file line and columns, for
:func:`skillgap.text.posting.read_posting` to read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.lists import ITEM
from skillgap.text.read import Line
from skillgap.text.sections import Section

#: Parts whose sentences are never a requirement: the company, the duties, the perks, how
#: to apply (and the parts already read as requirements or nice-to-haves).
_NOT_READ: Final = frozenset(
    {"about", "duties", "benefits", "apply", "required", "nice", "contact", "languages"}
)
#: Words that address a candidate ("we are looking for", "you have", "you bring",
#: "must-haves", "the ideal candidate", "Sie bringen ... mit"): a text with none of them
#: is no posting's prose (a list of sources, notes), and asks nothing.
HIRING: Final = re.compile(
    r"\b(?:we(?:'re|’re|\s+are)\s+(?:looking|searching)\s+for|looking\s+for\s+(?:a|an|someone)|"
    r"you(?:\s+(?:also|still|really|already))?(?:'ve|’ve|\s+have|\s+bring|\s+should|\s+must|"
    r"\s+need|(?:'ll|’ll|\s+will)\s+(?:need|bring)|\s+know|\s+understand|\s+can|(?:\s+are|'re|"
    r"’re)\s+(?:confident|comfortable|fluent|proficient|experienced|familiar|skilled|able))\b|"
    r"\bwe\s+need\b|must[- ]haves?|\bwe\s+expect\b|\bwe\s+require\b|"
    r"\b(?:ideal|successful)\s+candidate|\bcandidates?\s+(?:should|must|will\s+have)\b|"
    r"\bsie\s+bringen\b|\bbringen\s+sie\b|\bbringst\s+du\b|\bdu\s+bringst\b|\bmitbringen\b|"
    r"\bwir\s+erwarten\b|\bsie\s+haben\b|\bdu\s+hast\b|\bverfügen\s+sie\b|\bsie\s+verfügen\b|"
    r"\bdu\s+verfügst\b|\bwir\s+suchen\b)",
    re.I,
)
#: A requirement's words in a sentence: those that address a candidate, and "must",
#: "required", "is expected", "is needed", "ask for", "Voraussetzung"; and tools the team
#: works with every day ("Docker and Git are daily tools for us"), said among the asks.
ASKS: Final = re.compile(
    rf"{HIRING.pattern}|\b(?:must|required|requirements?|essential|mandatory|expected|"
    r"(?:is|are)\s+needed|(?:is|are)\s+(?:our\s+)?(?:daily|everyday|day-to-day)\s+tools?|"
    r"ask(?:s|ing)?\s+for|voraussetzung(?:en)?|setzen\s+\w+\s+voraus)\b",
    re.I,
)
#: A link: a sentence holding one is a source or how to apply, never a requirement.
_LINK: Final = re.compile(r"https?://|\bwww\.", re.I)
#: A requirement's words that the company's own sentences use too ("our team's expertise
#: in"): they ask only in a sentence with no "we", "our", "us".
_ASKS_WEAKLY: Final = re.compile(
    r"\b(?:experience\s+(?:with|in|of|using|building)|knowledge\s+of|proficien\w*|"
    r"familiar(?:ity)?\s+with|expertise\s+in|background\s+in|fundamentals\s+in|"
    r"hands-on|degree\s+in|\d+\+?\s*years?|erfahrung\s+(?:mit|in|im)|kenntnisse\s+(?:in|von))\b",
    re.I,
)
#: "No ... is needed", "nothing else is needed": a need denied asks nothing.
_NONE_NEEDED: Final = re.compile(r"\b(?:no|nothing)\b[^.;]{0,80}?\b(?:is|are)\s+needed\b", re.I)
_WE: Final = re.compile(r"\b(?:we|our|us|wir|unser\w*)\b", re.I)
#: Nice-to-have words in a sentence: it is nice to have when they come before any word
#: that asks ("It would be a bonus if you have ...", "Ideally you bring ...").
NICE: Final = re.compile(
    r"\b(?:bonus|a\s+plus|nice[- ]to[- ]haves?|nice\s+if|ideally|preferably|preferred|"
    r"desirable|an\s+advantage|an\s+asset|would\s+be\s+(?:great|nice|good)|welcome|"
    r"von\s+vorteil|wünschenswert|idealerweise|ein\s+plus)\b",
    re.I,
)
#: A sentence about pay, perks or applying asks nothing, whatever its words.
_PERKS: Final = re.compile(
    r"\b(?:salary|salaries|holidays?|vacation|pension|equity|401\(?k|pto|perks?|benefits|"
    r"insurance|healthcare|we\s+offer|wir\s+bieten|relocation|to\s+apply|applications?|"
    r"send\s+(?:us\s+)?(?:your|a)\b|cover\s+letters?|gehalt|urlaub)\b",
    re.I,
)
#: A sentence's end: ". " before a capital, a bracket or a quote, not after "e.g.", "Dr.".
_SENTENCE_END: Final = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bDr\.)(?<!\bmax\.)(?<!\bca\.)(?<!\bz\.B\.)"
    r"(?<=[.!?])\s+(?=[A-ZÄÖÜ*(\"'“])"
)


#: A unit of prose: one line for a paragraph or a bullet, each character's file line.
_Unit = tuple[Line, list[int], bool]
#: A bullet this long that ends mid-sentence goes on in the unindented line under it.
_FULL: Final = 50


def _units(lines: Sequence[Line]) -> list[_Unit]:
    """A part's paragraphs, each one line, and its bullets, each one line: (line, bullet).

    A paragraph's lines are joined whatever they end in (a LinkedIn copy breaks its lines
    mid-sentence); a bullet takes the lines indented under it, and the next one when it
    ends mid-sentence.
    """
    out: list[_Unit] = []
    held: list[Line] = []
    bullet = False

    def flush() -> None:
        if held:
            line, numbers = _joined(held)
            out.append((line, numbers, bullet))
            held.clear()

    for line in lines:
        indent, mark = ITEM.match(line.text).groups()  # type: ignore[union-attr]
        text = line.text.strip()
        last = held[-1].text.rstrip() if held else ""
        wraps = bool(indent) or (
            last[-1:] not in (".", "!", "?", ":", ";")
            and (text[:1].islower() or len(last) >= _FULL)
        )
        if not text:
            flush()
        elif mark or (bullet and held and not wraps):
            flush()
            bullet = bool(mark)
            held.append(line)
        else:
            bullet = bullet and bool(held)
            held.append(line)
    flush()
    return out


def _joined(lines: Sequence[Line]) -> tuple[Line, list[int]]:
    """Lines as one, a space between them, each character's file column and line kept."""
    text = ""
    columns: list[int] = []
    numbers: list[int] = []
    for line in lines:
        part = line.text.strip()
        lead = len(line.text) - len(line.text.lstrip())
        if text:
            text += " "
            columns.append(columns[-1])
            numbers.append(numbers[-1])
        text += part
        columns += [line.column(lead + i) for i in range(len(part))]
        numbers += [line.number] * len(part)
    return Line(lines[0].number, text, tuple(columns)), numbers


def _sentences(line: Line, numbers: list[int]) -> list[Line]:
    """A unit's sentences, each a line of its own at the file line where it starts."""
    text = line.text
    cuts = [0]
    depth, at = 0, 0  # brackets open before the cut, counted once along the line
    for m in _SENTENCE_END.finditer(text):
        depth += text.count("(", at, m.start()) - text.count(")", at, m.start())
        at = m.start()
        if depth > 0:
            continue  # a remark's own sentence in brackets is still the sentence's
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        if text[a:b].strip():
            columns = tuple(line.column(i) for i in range(a, b))
            out.append(Line(numbers[a], text[a:b], columns))
    return out


#: The longest sentence read (a real one is a few hundred characters; 12l's longest, a
#: whole paragraph of clauses, 700), and the most sentences a posting asks in: text beyond
#: either is no posting's prose, and reading it would cost time for nothing.
_LONGEST: Final = 3000
_MOST: Final = 300


def kind_of_sentence(text: str) -> str | None:
    """``required``, ``nice`` or None: what a sentence of prose asks by its words."""
    if len(text) > _LONGEST or _PERKS.search(text) or _LINK.search(text):
        return None
    asks = ASKS.search(text)
    if asks is not None and _NONE_NEEDED.search(text):
        asks = ASKS.search(_NONE_NEEDED.sub(" ", text))  # "No prior Docker is needed"
    if asks is None and not _WE.search(text):
        asks = _ASKS_WEAKLY.search(text)
    nice = NICE.search(text)
    if nice and (asks is None or nice.start() < asks.start()):
        return "nice"
    return "required" if asks else None


def asked_in_prose(sections: Sequence[Section], *, posting: bool = False) -> list[Section]:
    """The sentences that ask, of the parts that are none of a posting's known ones.

    Two sections (required, nice) of one sentence a line, a blank line between sentences
    so that none is read as the wrap of another; none when no sentence asks, or (unless
    the text is known to be a ``posting``) when none addresses a candidate (:data:`HIRING`).
    """
    picked: dict[str, list[Line]] = {"required": [], "nice": []}
    addressed = posting
    for section in sections:
        if section.kind in _NOT_READ:
            continue
        under: str | None = None  # a line that asks and ends in ":" asks the bullets under it
        for unit, numbers, bullet in _units(section.lines):
            if bullet and under and len(picked[under]) < 2 * _MOST:
                picked[under] += [unit, Line(unit.number, "")]
                continue
            under = None
            for sentence in _sentences(unit, numbers):
                kind = kind_of_sentence(sentence.text)
                if kind is not None and len(picked["required"]) + len(picked["nice"]) < 2 * _MOST:
                    picked[kind] += [sentence, Line(sentence.number, "")]
                    addressed = addressed or bool(HIRING.search(sentence.text))
                    if not bullet and sentence.text.rstrip().endswith(":"):
                        under = kind
    return [
        Section(kind.capitalize(), kind, (Line(lines[0].number, kind.capitalize()), *lines))
        for kind, lines in picked.items()
        if lines and addressed
    ]


#: The kind of what follows a label's paragraph: its sentences ask what their words ask,
#: whatever other parts the posting has (they were the label's part once).
AFTER_LABEL: Final = "after-label"


def mended(sections: Sequence[Section]) -> list[Section]:
    """A posting's parts, two misreadings of a pasted posting undone.

    A line taken for a heading that is the rest of the bullet above it, its line broken
    by a job board ("• ... at least some of it shipping" over "LLM features to real
    users") goes back to that bullet's part; a part a label started in running text
    ("Nice to haves: TypeScript, Kubernetes.") ends with its paragraph, and what follows
    the blank line (a degree, the package, a signature) is a part of its own
    (:data:`AFTER_LABEL`: its sentences ask what their words ask), unless it is the
    label's list (bullets).
    """
    out: list[Section] = []
    for section in sections:
        before = out[-1] if out else None
        if (
            before is not None
            and section.kind == "other"
            and before.kind in ("required", "nice")
            and before.lines[-1].number + 1 == section.lines[0].number
            and ITEM.match(before.lines[-1].text)[2]  # type: ignore[index]
            and len(before.lines[-1].text.strip()) >= _FULL
            and before.lines[-1].text.rstrip()[-1:] not in (".", "!", "?", ":", ";")
        ):
            out[-1] = Section(before.heading, before.kind, before.lines + section.lines)
            continue
        out += _label_part(section)
    return out


def _label_part(section: Section) -> list[Section]:
    """A part a label started in a line of prose, cut at its paragraph's end."""
    lines = section.lines
    if section.kind not in ("required", "nice") or len(lines) < 3:
        return [section]
    if lines[0].number != lines[1].number:  # a heading of its own line: the part runs on
        return [section]
    for i in range(2, len(lines) - 1):
        if not lines[i].text.strip():
            rest = next((ln for ln in lines[i:] if ln.text.strip()), None)
            if rest is None or ITEM.match(rest.text)[2]:  # type: ignore[index]
                return [section]
            return [
                Section(section.heading, section.kind, lines[:i]),
                Section("", AFTER_LABEL, lines[i:]),
            ]
    return [section]
