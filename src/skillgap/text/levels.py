"""A skill's level as a CV writes it: a word, a rating, years, "rusty".

Words: expert, guru 5; proficient, strong, advanced, experienced 4; working, intermediate,
competent 3; basic, familiar, beginner, "a little" 2; read-only, "can read it", aware,
"a bit (of)" 1, and their German, French, Spanish, Portuguese, Italian and Dutch
counterparts. Without a word, a rating (``4/5``, ``●●●○○``), then years: under 1 year 2,
1-3 years 3, 4-6 years 4, 7 or more 5.
"Rusty" is one lower than the level otherwise read.
"""

from __future__ import annotations

import re
from typing import Final

#: Level words, strongest first: the first that a text holds gives its level.
WORD_LEVELS: Final = (
    (
        re.compile(
            r"\b(expert|guru|master|expertenwissen|experte|expertin|experto|experta|esperto|"
            r"esperta|especialista)\b",
            re.I,
        ),
        5,
    ),
    (
        re.compile(
            r"\b(proficient|strong|advanced|experienced|fluent|sehr gute?\w*|verhandlungssicher|"
            r"fortgeschritten\w*|avancée?s?|confirmée?|avanzado|avanzada|avanzato|avanzata|"
            r"(?:bonne\s+)?maîtrise|gevorderd|ottim[oa]|avançad[oa]|proficiente)\b",
            re.I,
        ),
        4,
    ),
    (
        re.compile(
            r"\b(working|intermediate|competent|daily driver|gute?(?:\s+kenntnisse)?|"
            r"intermédiaire|intermedio|intermedia|bonnes?\s+connaissances|buona\s+conoscenza|"
            r"goede?\s+kennis|intermedi[áa]ri[oa])\b",
            re.I,
        ),
        3,
    ),
    (
        re.compile(
            r"\b(basic|familiar|beginner|novice|a little|elementary|grundkenntnisse|grundlagen|"
            r"notions|débutante?|básico|básica|de base|basiskennis|principiante|nociones|noções|"
            r"iniciante)\b",
            re.I,
        ),
        2,
    ),
    (re.compile(r"^[\W_]*[Ss]ome\s+(?=[A-Z])"), 2),  # "GCP, some AWS": an item opening so
    # "a bit of", "Docker (a bit)"; "a bit rusty" is rusty (one lower), not a level of its own
    (re.compile(r"\b(a bit of|only a bit|a bit(?!\s+(?:rusty|more|less|older)))\b", re.I), 1),
    (re.compile(r"\b(algo de|un poco de|um pouco de)\b", re.I), 1),  # "algo de Tableau"
    # "read-only", "TypeScript (can read it)": reads it, does not write it
    (re.compile(r"\b(read-only|aware|awareness|can (?:only )?read(?: it)?(?! and))\b", re.I), 1),
)
_YEARS: Final = re.compile(r"\b(\d{1,2})\s*\+?\s*(?:years?|yrs?|anos|años)\b", re.I)
#: Rusty: one lower than the level otherwise read.
RUSTY: Final = re.compile(r"\b(rusty|eingerostet|rouillée?|enferrujad[oa]|oxidad[oa])\b", re.I)
_OUT_OF: Final = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s*/\s*(5|10)(?![\d/])")
_FILLED: Final = "●★■⬤◼▰◆▮"
_EMPTY: Final = "○☆□◯◻▱◇▯◌"


def rating_of(text: str) -> int | None:
    """A level drawn as a rating: ``4/5``, ``8/10``, ``●●●○○``, ``★★★★☆`` (1-5)."""
    if m := _OUT_OF.search(text):
        value, scale = float(m[1]), int(m[2])
        if 0 < value <= scale:
            return max(1, min(5, round(value * 5 / scale + 1e-9)))
    filled = sum(text.count(c) for c in _FILLED)
    empty = sum(text.count(c) for c in _EMPTY)
    if filled and filled + empty >= 3:  # three marks make a scale
        return max(1, min(5, round(filled * 5 / (filled + empty) + 1e-9)))
    return None


def level_of(text: str, default: int | None = None) -> int | None:
    """The level the words of a skill's line give, or None when they give none.

    A word first, then a rating (``4/5``, ``●●●○○``), then years, then ``default`` (the
    level its label or heading gives) when the words say only "rusty".
    """
    level = next((lv for pattern, lv in WORD_LEVELS if pattern.search(text)), None)
    if level is None:
        level = rating_of(text)
    if level is None and (years := _YEARS.search(text)):
        n = int(years[1])
        level = 2 if n < 1 else 3 if n <= 3 else 4 if n <= 6 else 5
    if RUSTY.search(text):
        level = level if level is not None else default
        level = max(1, (level if level is not None else 3) - 1)
    return level
