"""The parts of a posting that ask: its requirements and nice-to-haves, however headed.

A posting's sections (:mod:`skillgap.text.sections`, mended by :mod:`skillgap.text.prose`)
are read for :func:`skillgap.text.posting.read_posting`: the requirement and nice-to-have
ones as headed; an *Education* part always asks, and *Skills* and *Experience* too in a
posting with no requirements part. With none still, a part under a heading of no known kind
whose bullets name catalog skills and are not mostly duties is the requirements
(:func:`_lists_skills`); with none still, what the prose asks (:func:`asked_in_prose`);
with none still, the bullets under a title with no heading (:func:`_bare_list`). In a
posting with a requirements part, a skills part beside it asks too (:func:`_asks_skills`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from skillgap.text.lists import ITEM, item_found, join_wrapped
from skillgap.text.match import Matcher
from skillgap.text.prose import AFTER_LABEL, asked_in_prose, mended
from skillgap.text.read import Line
from skillgap.text.sections import Section, split

#: The parts a posting of bare bullets may have besides them: the company, duties, perks.
_BARE_PARTS: Final = frozenset({"other", "about", "duties", "benefits", "apply"})
_LINK: Final = re.compile(r"https?://|\bwww\.", re.I)
#: Bullets a posting with no heading that asks must have to be read as its requirements.
_BARE_MIN: Final = 2
#: How an item of a duty starts ("Build ...", "Lead workstreams", "You will design ..."): a
#: part whose items are mostly such is the duties, whatever its heading says.
_DUTY: Final = re.compile(
    r"^(?:you(?:'ll|’ll|\s+will)\s+(?:also\s+)?)?(?:build|design|develop|lead|own|"
    r"work\s+(?:with|on|closely|across|alongside)|collaborate|partner|deploy|maintain|create|"
    r"implement|drive|mentor|run|write|ship|support|help|manage|define|shape|deliver|"
    r"analy[sz]e|monitor|improve|contribute|translate|communicate|present|research|evaluate|"
    r"optimi[sz]e|automate|establish|ensure|coordinate|identify|conduct|prepare|guide|advise|"
    r"architect|scale|train|explore|prototype|take|report|champion|engage|oversee|review|"
    r"document|operate|plan|produce|provide|partner|turn|set\s+up|own|be\s+responsible)\b",
    re.I,
)
#: Parts only a posting has: a text with one of them and a heading no list of words knows is a
#: posting whose requirements that heading may head.
_POSTING_PARTS: Final = frozenset({"nice", "duties", "about", "benefits", "apply"})
#: Sections a posting with no requirements section asks with ("Skills", "Experience"); its
#: "Education" asks always.
_ASKING: Final = frozenset({"skills", "experience", "education"})


def parts(lines: Sequence[Line], matcher: Matcher) -> list[Section]:
    """The posting's sections, those that ask marked so, and what its prose asks."""
    every = mended(split(lines))
    asking = {"education"} if any(s.kind == "required" for s in every) else _ASKING
    first = next((line for line in lines if line.text.strip()), None)
    every = [  # the title's own line is never a section's heading here ("... TECHNOLOGIES")
        replace(s, kind="required") if s.kind in asking and s.lines[0] is not first else s
        for s in every
    ]
    posting = any(s.kind in _POSTING_PARTS for s in every)  # notes with parts are no posting
    if posting and not any(s.kind == "required" for s in every):  # a heading no word list knows
        every = [
            replace(s, kind="required")
            if s.lines[0] is not first and _lists_skills(s, matcher)
            else s
            for s in every
        ]
    if not any(s.kind == "required" for s in every):  # asked in sentences, if at all
        every += asked_in_prose(every)
        if not any(s.kind == "required" for s in every):  # a title over bare bullets
            every += _bare_list(every)
    else:  # a skills part beside the requirements asks too ("Technical competencies")
        every = [
            replace(s, kind="required")
            if s.lines[0] is not first and _asks_skills(s, matcher)
            else s
            for s in every
        ]
        # what follows a label's paragraph ("Requirements: ...") by its sentences' words
        every += asked_in_prose([s for s in every if s.kind == AFTER_LABEL], posting=True)
    return every


def _lists_skills(section: Section, matcher: Matcher) -> bool:
    """Whether a part under a heading of no known kind is the posting's requirements.

    Headings for requirements vary without end ("The toolkit we hope you carry", "Your
    superpowers"): in a posting with no requirements part, a part of unknown kind whose
    bullets name catalog skills (two or more of them, and no link) is read as its
    requirements, unless most of its bullets are duties ("Build ...", "You will lead ...").
    Only in a text with a posting's other parts (the company, duties, perks, nice to have,
    how to apply): notes with parts of their own ("What was used", "Files") ask nothing. The
    company's, the duties', the perks' and how-to-apply parts never ask.
    """
    if section.kind != "other" or not section.heading:
        return False
    items = [
        ln
        for ln in join_wrapped(section.lines[1:])
        if ITEM.match(ln.text)[2] and ln.text.strip()  # type: ignore[index]
    ]
    if any(_LINK.search(ln.text) for ln in items):
        return False  # a list of sources or links asks nothing
    named = sum(bool(item_found(matcher, ln)) for ln in items)
    duties = sum(bool(_DUTY.match(ITEM.sub("", ln.text).strip(" *_"))) for ln in items)
    return named >= _BARE_MIN and 2 * duties <= len(items)


#: A skills heading that names the team's own tools ("Our stack", "Tools we use"): what the
#: team works with, not what it asks of a candidate ("Skills we're looking for" asks).
_TEAMS_OWN: Final = re.compile(
    r"\bour\b|\bwe\s+(?:use|run|work\s+with|build\s+with)\b|\bthe\s+team['’]?s?\b", re.I
)


def _asks_skills(section: Section, matcher: Matcher) -> bool:
    """Whether a skills part in a posting that has a requirements part asks too.

    "Academic qualifications & experience" over a degree and years, then "Technical
    competencies" (or "Technical skills", "Tech stack you bring") over "- Python or R",
    "- Strong SQL": the skills part is the rest of the requirements, its importance from its
    heading's words and its lines' (as any requirement part's), when most of its items name
    catalog skills (two or more). A heading that names the team's own tools ("Our stack")
    asks nothing.
    """
    if section.kind != "skills" or _TEAMS_OWN.search(section.heading):
        return False
    items = [ln for ln in join_wrapped(section.lines[1:]) if ln.text.strip()]
    named = sum(bool(item_found(matcher, ln)) for ln in items)
    return named >= _BARE_MIN and 2 * named >= len(items)


def _bare_list(sections: list[Section]) -> list[Section]:
    """The bullets of a posting with no heading that asks, read as its requirements.

    "Data Analyst" over "- Python", "- SQL", "- Tableau": a list of skills under a title
    asks them, the bullets and the lines they wrap onto; the company's, the duties' and the
    perks' bullets still ask nothing. Only in a text with no heading but its title and a
    posting's (one with parts of its own, "Sources", "Files", is no posting), and no link in
    its list (a list of sources).
    """
    if any(s.kind not in _BARE_PARTS or (s.kind == "other" and s.heading) for s in sections[1:]):
        return []  # headings of its own: a text with parts ("Sources", "Files"), not a posting
    picked: list[Line] = []
    for section in sections:
        if section.kind != "other":
            continue
        going = False  # the bullet above wraps onto this indented line
        for line in section.lines:
            indent, bullet = ITEM.match(line.text).groups()  # type: ignore[union-attr]
            going = bool(bullet) or bool(going and indent and line.text.strip())
            if going and _LINK.search(line.text):  # a list of sources or links asks nothing
                return []
            if going:
                picked.append(line)
    if len(picked) < _BARE_MIN:
        return []
    return [Section("Requirements", "required", (Line(picked[0].number, ""), *picked))]
