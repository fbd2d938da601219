"""The old import path of :mod:`skillgap.names` (name matching now sits on the bottom floor).

Name matching imports nothing of the package, so it lives beside ``errors`` and
``untrusted`` where the models and the inputs reach it without an arrow up the floors.
This module only re-exports it for code written against the old path (the plan package,
until its own move); new code imports :mod:`skillgap.names`.
"""

from __future__ import annotations

from skillgap.names import (
    GENERIC,
    MAX_SUGGEST_WORDS,
    MAX_SUGGESTIONS_PER_FILE,
    STOP,
    NameTable,
    Suggestion,
    SuggestionBudget,
    find_whole,
    loose,
    norm,
    suggest,
    words,
)

__all__ = [
    "GENERIC",
    "MAX_SUGGESTIONS_PER_FILE",
    "MAX_SUGGEST_WORDS",
    "STOP",
    "NameTable",
    "Suggestion",
    "SuggestionBudget",
    "find_whole",
    "loose",
    "norm",
    "suggest",
    "words",
]
