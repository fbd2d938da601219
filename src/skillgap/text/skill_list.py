"""A CV's skills section read: each item's skill, its level and the words it was read from.

* A **word** beside a skill gives its level (:mod:`skillgap.text.levels`: "expert" 5,
  "proficient" 4, "working" 3, "basic" 2, "a bit" 1), else a rating, else years.
* A **group** gives its level to the items under it: a label (``Expert: Python, PyTorch``),
  a level alone on a line over its list (a PDF's ``Expert``, its bold lost), a section's
  own heading (``Advanced``), a table row's first cell (``| Expert | SQL |``). A group
  headed "Rusty" ("Rusty:", "Rusty / used before:") is one lower: an item's own word minus
  one ("Rusty: Ansible (was proficient)" is 3), else 2.
* **Brackets** after a skill: libraries named there take its level (``Python – expert
  (pandas, scikit-learn)``, as the sets' readers inferred them), unless a word of their own
  rates them (``Python – working knowledge (pandas basic, matplotlib)``: pandas 2).
* A skill listed without any of these is 3.
* A **branch** of a field, named as a qualifier and the field (``Bayesian statistics``,
  ``scientific Python``) where the catalog makes the field the skill's prerequisite, names
  the field too, at the item's level, unless the list rates the field itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.levels import RUSTY, level_of
from skillgap.text.match import Found, Matcher
from skillgap.text.read import Line
from skillgap.text.sections import Section, kind_of
from skillgap.text.wraps import ITEM_BULLET as BULLET

LISTED_LEVEL: Final = 3
MENTIONED_LEVEL: Final = 2
#: A label before a line's skills: "Tools: ", "**Expert:** ", "ML / LLM  : ".
_LABEL: Final = re.compile(
    r"^\s*(?:[-*•]\s*)?[*_]{0,2}[A-Za-z][A-Za-z /&-]{1,24}[*_]{0,2}\s*:[*_]{0,2}\s"
)
#: A line of a few words alone: a level's name over the list below it ("Working knowledge").
_LEVEL_ALONE: Final = re.compile(r"^[\s*_#]*[A-Za-z][A-Za-z ]{2,30}[\s*_:]*$")
#: A level written after a list, past a dash or a colon: "Tableau, Power BI — proficient".
_AFTER_LIST: Final = re.compile(r"(?:\s[—–-]|:)\s*(?P<words>[^,;()—–:]+)$")
#: A dash between an item's name and its level: "Slurm — proficient".
_DASH: Final = re.compile(r"\s[—–]\s")
#: A table row's first cell: ``| Expert | SQL |`` (a level for the row's other cells).
_FIRST_CELL: Final = re.compile(r"^\s*\|(?P<cell>[^|]+)\|")


@dataclass
class SkillClaim:
    """A skill the CV claims: its level and the words the level was read from."""

    id: str
    level: int
    why: str
    listed: bool  # in the skills section (else only named in a job's lines)
    source: str = ""  # where the level was read, when not the skills section or a job's lines


@dataclass(frozen=True)
class _Group:
    """The level a label, a heading or a table's first cell gives the items under it."""

    level: int | None
    label: str
    rusty: bool = False

    @classmethod
    def of(cls, text: str) -> _Group:
        label = clean_sentence(text).strip(" *_:|")
        return cls(level_of(label), label, bool(RUSTY.search(label)))


_NO_GROUP: Final = _Group(None, "")


def _items(text: str) -> list[tuple[int, int]]:
    """A skills line cut into items: at `·`, `|`, `;`, commas outside brackets, "&" after brackets.

    "AWS (5+ years) & GCP (basic)" is two items, "Prometheus & Grafana" one.
    """
    out, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        # "AWS (5+ years) & GCP (basic)": "&" after an item's own brackets parts two items
        after_own = ch == "&" and depth == 0 and text[:i].rstrip().endswith(")")
        cut = ch in "·|;" or (ch == "," and depth == 0) or after_own
        if cut:
            out.append((start, i))
            start = i + 1
        i += 1
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _is_list(inner: str) -> bool:
    parts = [p.strip() for p in inner.split(",")]
    return all(len(p.split()) <= 3 for p in parts)


def _skill_named(label: str, rest: str, matcher: Matcher) -> bool:
    """Whether a line's label is a skill's name: ``Python:``, or ``Statistics: strong``.

    A word that is a skill only in a list ("Statistics") is one when a level word follows.
    """
    if matcher.find_in_line(Line(0, label)):
        return True
    return (
        level_of(label) is None
        and level_of(rest[:25]) is not None
        and bool(matcher.find_in_line(Line(0, label), listed=True))
    )


def _level_alone(line: Line, matcher: Matcher) -> _Group | None:
    """A level's name alone on a line over its list: a PDF's ``Expert`` (its bold lost)."""
    if not _LEVEL_ALONE.match(line.text) or matcher.find_in_line(line, listed=True):
        return None
    group = _Group.of(line.text)
    return group if group.level is not None else None


def _row_group(text: str, matcher: Matcher) -> tuple[_Group, int] | None:
    """A table row's first cell that is a level alone (``| Rusty | R (...) |``), and its end."""
    m = _FIRST_CELL.match(text)
    if m is None or matcher.find_in_line(Line(0, m["cell"]), listed=True):
        return None
    group = _Group.of(m["cell"])
    return (group, m.end()) if group.level is not None else None


def _in_group(words: str, group: _Group) -> int | None:
    """An item's level under a group: its own words', one lower under "Rusty"."""
    if group.rusty and not RUSTY.search(words) and (own := level_of(words)) is not None:
        return max(1, own - 1)  # "Rusty: Ansible (was proficient)": 4 - 1
    return level_of(words, group.level)


def _trailing_level(items: list[str]) -> int | None:
    """The level a list's last item gives after a dash or a colon, when the list has several.

    ``Docker, Kubernetes: advanced`` is a level for both; ``Python, SQL (basic)`` is SQL's
    alone (a level in brackets is its item's).
    """
    if len(items) < 2:
        return None
    m = _AFTER_LIST.search(items[-1].rstrip(" *_|"))
    return level_of(m["words"]) if m else None


#: An item that names something with its level in brackets: ``SAP TM (proficient)``.
_NAMED_ITEM: Final = re.compile(
    r"^\s*[*_]*(?P<name>[A-Z][\w+#./&-]*(?:\s+[A-Z0-9][\w+#./&-]*){0,3})[*_]*\s*\("
)


def _unknown_item(words: str) -> bool:
    """An item of its own that names no skill the catalog knows: not words about the one before.

    ``Power BI (a bit) · SAP TM (proficient)``: SAP TM's "proficient" is not Power BI's;
    ``Slurm · 7 years`` or ``· rusty now`` say more about the item before.
    """
    m = _NAMED_ITEM.match(words)
    return m is not None and level_of(m["name"]) is None and not RUSTY.search(m["name"])


#: A field a branch names gives way to the field's own item ("Statistics (working)").
_BRANCH_RANK: Final = 100


def field_of_branch(found: Found, matcher: Matcher) -> list[str]:
    """The field a skill's name names as a branch of it: ``Bayesian statistics`` → statistics.

    The name is a qualifier and the field's name (``Bayesian statistics``, ``scientific
    Python``), the field is the skill's prerequisite in the catalog, and the qualifier names
    no skill of its own (``Spark SQL`` is Spark's SQL, not SQL itself): an expert in
    Bayesian statistics is an expert statistician, as the sets' readers read it.
    """
    catalog = matcher.catalog
    skill = catalog.skills.get(found.id)
    words = found.text.split()
    if skill is None or len(words) < 2:
        return []
    prerequisites = {p.skill for p in skill.prerequisites}
    out = []
    for k in range(1, len(words)):
        head, qualifier = " ".join(words[k:]), " ".join(words[:k])
        field = catalog.find_skill(head) if head.isalpha() else None
        if field in prerequisites and catalog.find_skill(qualifier) is None:
            out.append(field)
    return out


class _Reader:
    """One skills section's claims, the most specific item's first (fewest skills in it)."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.held: dict[str, tuple[int, SkillClaim]] = {}

    def hold(self, claim: SkillClaim, rank: int) -> None:
        old = self.held.get(claim.id)
        if old is None or rank < old[0] or (rank == old[0] and claim.level > old[1].level):
            self.held[claim.id] = (rank, claim)

    def own_word(self, f: Found, inner: str, at: int) -> bool:
        """Whether a skill in brackets has a level word of its own, held at that level.

        ``inner`` is the brackets' text, ``at`` where the skill's name starts in it:
        ``Python – working knowledge (pandas basic, matplotlib)`` rates pandas 2.
        """
        own = re.split(r"[,;)]", inner[at:], maxsplit=1)[0]
        level = level_of(own)
        if level is not None:
            self.hold(SkillClaim(f.id, level, clean_sentence(own), True), 1)
        return level is not None

    def kept(
        self, found: list[Found], text: str, span: tuple[int, int], label_end: int
    ) -> list[Found]:
        """The skills of one item, those in brackets that are examples set aside."""
        a, b = span
        words = text[a:b]
        head = re.split(r"\s[—–-]\s|\(", words, maxsplit=1)[0]
        out = []
        for f in (f for f in found if a <= f.start < b and f.end > label_end):
            rel = f.start - a
            before = words[:rel]
            if "(" in before and ")" not in before[before.rindex("(") :]:
                opened = before.rindex("(")
                inner = words[opened + 1 :].split(")", 1)[0]
                named = any(a <= g.start < a + opened for g in found)  # "Excel: expert ("
                if not _is_list(inner) or (not named and level_of(words[:opened])):
                    continue  # "(I can find my way ...)", "| C++ | a bit of (reading CUDA) |"
                if named and self.own_word(f, words[opened + 1 :], rel - opened - 1):
                    continue  # "(pandas basic, matplotlib)": pandas's own word
            elif rel > len(head) and level_of(words[:rel]) is not None:
                continue  # named after the level word: another item
            out.append(f)
        return out

    def line(self, line: Line, group: _Group, carried: _Group | None, label_end: int) -> None:
        """One line's items: each item's own level, else its list's, else its group's.

        Items parted by commas are one list (``Python, PyTorch — expert``), lists parted by
        ``·``, ``|``, ``;`` (``... · JAX, NumPy — proficient · ...``): a level after a dash
        or a colon at a list's end is every item's of that list that has none of its own.
        """
        text = line.text
        found = self.matcher.find_in_line(line, listed=True)
        pending: list[tuple[list[Found], str, int]] = []  # skills, words, which list
        at = 0
        for a, b in _items(text):
            at += a > 0 and text[a - 1] != ","
            kept = self.kept(found, text, (a, b), label_end)
            words = text[a:b]
            if kept:
                pending.append((kept, words, at))
            elif (
                pending
                and (not _DASH.search(words) or level_of(_DASH.split(words)[0]))
                and not _unknown_item(words)
            ):
                # "7 years", "rusty now", a row's "| Basic – rusty |": more words about the
                # item before (an item of its own, "Slurm — proficient", is not)
                pending[-1] = (pending[-1][0], pending[-1][1] + "," + words, pending[-1][2])
        lists: dict[int, list[str]] = {}
        for _, words, n in pending:
            lists.setdefault(n, []).append(words)
        for kept, words, n in pending:
            under = carried if carried is not None else group
            level = _in_group(words, under)
            why = clean_sentence(words)
            trailing = _trailing_level(lists[n])  # "Tableau, Power BI — proficient"
            if level is None and trailing is not None:
                level, why = trailing, clean_sentence(",".join(lists[n]))
            if level is None and carried is not None:
                level = carried.level  # "**Expert:** Python, PyTorch": the label's level
                why = clean_sentence(f"{carried.label}: {words}")
            elif level is None and group.level is not None:
                level = group.level  # under a heading "Advanced"
                why = f"{group.label}: {clean_sentence(words)}"
            elif under.rusty and not RUSTY.search(words):
                why = f"{under.label}: {why}"  # "Rusty: Ansible (was proficient)"
            rank = len({k.id for k in kept})
            for f in kept:
                level_read = level if level is not None else LISTED_LEVEL
                self.hold(SkillClaim(f.id, level_read, why, True), rank)
                for field in field_of_branch(f, self.matcher):  # "Bayesian statistics"
                    self.hold(SkillClaim(field, level_read, why, True), _BRANCH_RANK)


def read_skills_section(section: Section, matcher: Matcher) -> dict[str, SkillClaim]:
    """The skills a skills section lists, each with its level (see the module's description)."""
    reader = _Reader(matcher)
    own = _Group.of(section.lines[0].text)  # "Advanced" over its own list
    group = _Group(own.level, section.heading, own.rusty)
    carried: _Group | None = None  # a level label's group, on the lines it wraps onto
    for line in section.lines[1:]:
        text = line.text
        if (alone := _level_alone(line, matcher)) is not None:
            group, carried = alone, None
            continue
        label = _LABEL.match(text)  # "Tools: Git, ...", "**Expert:** Python, PyTorch"
        if label and _skill_named(label[0], text[label.end() :], matcher):
            label = None  # "Python: ...", "Statistics: strong" is a skill, not a label
        label_end = label.end() if label else 0
        if label:
            carried = _Group.of(label[0])
            carried = carried if carried.level is not None else _Group(None, carried.label)
        elif (row := _row_group(text, matcher)) is not None:
            carried, label_end = row  # "| Expert | SQL |": the first cell rates the row
        elif not (text[:1].isspace() and text.strip() and not BULLET.match(text)):
            carried = None
        reader.line(
            line, group, carried if carried and carried.level is not None else None, label_end
        )
    return {skill: claim for skill, (_, claim) in reader.held.items()}


#: A line that opens with a skills label: "Skills: Python (expert) · SQL", "**Tech stack:** ".
_SKILLS_LABEL: Final = re.compile(
    r"^\s*[*_]{0,2}(?P<label>[A-Za-z][A-Za-z &/-]{1,30}?)[*_]{0,2}\s*:"
)
#: How a line of a list ends when the list goes on in the next line: a separator.
_GOES_ON: Final = re.compile(r"[·•|,;/]\s*$")


def _piece(line: Line, start: int) -> Line:
    """The rest of a line from ``start``, its file columns kept."""
    text = line.text[start:]
    return Line(line.number, text, tuple(line.column(i) for i in range(start, len(line.text))))


def labelled_skills(section: Section) -> Section | None:
    """A skills list written on a labelled line in a part with no skills heading, as a section.

    ``Skills: Python (expert) · SQL (expert) · PyTorch (working) ·`` under a CV's name,
    wrapped onto the next line after a separator (``Spark (basic) · ...``): the label
    names a skills part (:func:`skillgap.text.sections.kind_of`), its words the list.
    """
    lines = section.lines
    for i, line in enumerate(lines):
        m = _SKILLS_LABEL.match(line.text)
        if m is None or len(m["label"].split()) > 3 or kind_of(m["label"]) != "skills":
            continue
        rest = line.text[m.end() :].lstrip("*_ ")
        if not rest.strip():
            continue  # "Skills:" alone over a list: a heading, read as one
        held = [Line(line.number, m["label"].strip()), _piece(line, len(line.text) - len(rest))]
        for nxt in lines[i + 1 :]:
            last = held[-1].text
            if not nxt.text.strip() or not (_GOES_ON.search(last) or nxt.text[:1].isspace()):
                break
            held.append(nxt)
        return Section(m["label"].strip(), "skills", tuple(held))
    return None
