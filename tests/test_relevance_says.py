"""``relevance.says`` (one compiled pattern a keyword list) answers as the plain rule does.

The rule: a text holds a keyword when the keyword's words stand in the text's words, case
and punctuation ignored. The pattern is only a faster way to ask it for a catalog's lists.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from skillgap.scoring import relevance

_CHARS = st.text(alphabet="ab c+#-.AB", max_size=12)


def _plain(text: str, keywords: list[str]) -> bool:
    words = relevance._words(text)
    return any(relevance._words(k) in words for k in keywords if k.strip())


@given(text=_CHARS, keywords=st.lists(st.text(alphabet="ab c+#-.", max_size=5), max_size=4))
def test_says_answers_as_the_plain_rule(text: str, keywords: list[str]) -> None:
    assert relevance.says(text, keywords) == _plain(text, keywords)


def test_says_reads_whole_words() -> None:
    assert relevance.says("Senior Data Scientist (NLP)", ["data scientist"])
    assert not relevance.says("Database administrator", ["data"])
    assert relevance.says("C++ developer", ["c++"])
    assert not relevance.says("anything", [])
