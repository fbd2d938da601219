"""A posting's draft role as data: its requirements, each citing the sentence it came from.

:mod:`skillgap.text.posting` reads a posting into a :class:`PostingDraft`;
:mod:`skillgap.text.role_file` writes it as a catalog file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from skillgap.models.common import Importance

#: The level of a requirement the posting gives no level word for.
DEFAULT_LEVEL: Final = 3


@dataclass
class Requirement:
    """One requirement of the draft, as data: a skill or group, a degree, years, a cert."""

    kind: str  # skill, degree, experience, certification
    importance: Importance
    source: str
    skills: list[str] = field(default_factory=list)
    level: int | str = DEFAULT_LEVEL
    fields: list[str] = field(default_factory=list)
    months: int = 0
    note: str | None = None
    at_least: int = 1
    relevance: str | None = None  # years: the field of work they are asked in


@dataclass
class PostingDraft:
    """A posting read: its title, role id, and requirements in the order they were found."""

    source: str
    title: str
    role_id: str
    requirements: list[Requirement] = field(default_factory=list)


#: Names a group's name or note lists; the rest are counted (a catalog text is <= 2,000).
_SHOWN: Final = 8


def some_names(names: list[str], joiner: str) -> str:
    """``names`` joined, the first few of a long list and how many more."""
    more = f" and {len(names) - _SHOWN:,} more" if len(names) > _SHOWN else ""
    return joiner.join(n[:200] for n in names[:_SHOWN]) + more


def file_name(source: str) -> str:
    """A file's name without its folders (a draft cites ``posting.txt:12``)."""
    return source.replace("\\", "/").rsplit("/", 1)[-1]
