"""A posting's title and the role id made from it.

The title is the posting's first line with words: not an e-mail's header lines ("From:",
"Sent:", "To:"), nor a rule of ``=====``, nor the "Subject: Re:" before it; a first line
that is the whole posting (pasted as one paragraph) gives its first sentence, or its words
up to the bracket that closes the title's place ("... (London; hybrid) At ..."). The role
id is the title in small letters and hyphens, accents dropped but not their letters
("Region Skåne": ``region-skane``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.read import Line

#: An e-mail's subject line before a posting's title ("Subject: Re: Data Engineer role").
_EMAIL_HEAD: Final = re.compile(r"^(?:(?:subject|betreff|re|aw|fwd?|wg)\s*:\s*)+", re.I)
#: An e-mail's header lines above its subject ("From: ...", "Sent: ...", "To: ...").
_EMAIL_FROM: Final = re.compile(r"^\s*(?:from|sent|to|cc|date|von|an|gesendet|datum)\s*:", re.I)
#: A title longer than this is a posting's first paragraph: cut at its first sentence.
_LONG_TITLE: Final = 120
#: Letters NFKD does not take apart, as a slug writes them.
_LETTERS: Final = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})


def slug(text: str) -> str:
    """A role id from a title: accents dropped, not the letters ("Region Skåne": region-skane)."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    words = re.findall(r"[a-z0-9]+", "".join(c for c in plain if not unicodedata.combining(c)))
    return "-".join(words)[:60].strip("-") or "role"


def posting_title(lines: Sequence[Line], source: str) -> str:
    """The posting's title: its first line with words, not an e-mail's header nor a rule."""
    for line in lines:
        if _EMAIL_FROM.match(line.text) or not any(c.isalpha() for c in line.text):
            continue
        text = _EMAIL_HEAD.sub("", clean_sentence(line.text))
        if len(text) > _LONG_TITLE:
            end = re.search(r"(?<=[.!?)])\s+(?=[A-Z])", text)
            text = text[: end.start()] if end else text[:_LONG_TITLE].rsplit(" ", 1)[0]
        if text:
            return text[:200]
    return source
