"""Headings in two languages: the words of another script beside an English heading.

A posting from Seoul, Shanghai or Tokyo heads its parts twice, its own language first:
``자격 요건 / Requirements``, ``==== 任职要求 REQUIREMENTS ====``; a file saved in one encoding
and read in another shows the Korean as mojibake (``ìžê²© ìš"ê±´ / REQUIREMENTS``). The
words in the other script (or its damage) have no case, or a case that says nothing: a
heading is judged by its Latin words (:func:`latin_words`), and its kind by its English
words as any heading's is. A Cyrillic or Chinese heading alone has no Latin words and stays
as it was.
"""

from __future__ import annotations

import re
from typing import Final

#: The last code point of the Latin scripts (Basic Latin to Latin Extended-B).
_LATIN_END: Final = 0x24F
#: Separators between a heading's two languages: "자격 요건 / Requirements", "任职要求 | Skills".
_SEPARATORS: Final = re.compile(r"^[\s/|:=\-–—·•~*#]+")


def foreign(token: str) -> bool:
    """Whether a word is in another script than Latin, or the mojibake of one.

    No ASCII letter in it, and a letter of a non-Latin script ("요건", "任职要求", "Требования")
    or two characters or more beyond ASCII ("ìžê²©", what UTF-8 Korean read as Windows-1252
    looks like). "À" (French "À propos") and "Über" are Latin words.
    """
    if any("a" <= c.casefold() <= "z" for c in token):
        return False
    beyond = [c for c in token if ord(c) > 0x7F]
    return any(c.isalpha() and ord(c) > _LATIN_END for c in beyond) or len(beyond) >= 2


def latin_words(text: str) -> str:
    """A line without its words of another script, and the separators they leave in front.

    ``ìžê²© ìš"ê±´ / REQUIREMENTS`` is ``REQUIREMENTS``; a line with no such word, ``Über
    uns`` or ``== About ==``, is itself.
    """
    if not any(foreign(t) for t in text.split()):
        return text
    kept = " ".join(t for t in text.split() if not foreign(t))
    return _SEPARATORS.sub("", kept)
