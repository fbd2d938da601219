"""``relevance.says`` (word by word, then one compiled pattern a list) answers as the rule does.

The rule: a text holds a keyword when the keyword's words stand in the text's words, case
and punctuation ignored. A list is looked for word by word its first ``COMPILE_AFTER``
times, then with one compiled pattern: both only faster ways to ask it.
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
    expected = _plain(text, keywords)
    assert relevance.says(text, keywords) == expected
    pattern = relevance._any_of(tuple(keywords))  # what a list asked often is looked for with
    assert (pattern is not None and pattern.search(relevance._words(text)) is not None) == expected


def test_a_list_asked_often_is_compiled_once_and_answers_the_same() -> None:
    keywords = ["kubeflow pipelines", "feature store"]
    texts = ["Built a Feature-Store at Acme", "Kubeflow: pipelines", "kubeflow", "a store"]
    before = relevance._any_of.cache_info().misses
    answers = [relevance.says(t, keywords) for t in texts * relevance.COMPILE_AFTER]
    assert answers == [True, True, False, False] * relevance.COMPILE_AFTER
    assert relevance._any_of.cache_info().misses == before + 1


def test_says_reads_whole_words() -> None:
    assert relevance.says("Senior Data Scientist (NLP)", ["data scientist"])
    assert not relevance.says("Database administrator", ["data"])
    assert relevance.says("C++ developer", ["c++"])
    assert not relevance.says("anything", [])
