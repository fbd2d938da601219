"""Lists in a requirement line as s7's postings write them, each written here anew.

"any two of the following deep learning frameworks: A, B, C" (the words before the colon
say what the items are, they are no item), "at least one of the following: <a few words>,
<a few words>, or <a few words>" (items longer than a name), and a comma list whose items
are choices ("AWS or Azure, MLflow or Kubeflow": each item a choice, not one choice of all).
"""

from __future__ import annotations

from drafts import asked_of, draft_of, requirement_of


def _posting(line: str) -> str:
    return f"Data Scientist\n\nRequirements\n- {line}\n\nNice to have\n- Docker\n"


def test_the_kind_named_before_a_lists_colon_is_no_item() -> None:
    """In "two of the following deep learning frameworks:", deep learning is the kind, no item."""
    draft = draft_of(
        _posting(
            "Hands-on with any two of the following deep learning frameworks: PyTorch, "
            "TensorFlow, JAX"
        )
    )
    group = requirement_of(draft, "pytorch")
    assert sorted(group.skills) == ["jax", "pytorch", "tensorflow"]
    assert group.at_least == 2
    assert "deep-learning" not in asked_of(draft)


def test_one_of_the_following_with_items_of_a_few_words() -> None:
    """Items of a few words: "one of the following: X of clinical notes, Y forecasting, or Z"."""
    draft = draft_of(
        _posting(
            "You must show experience with at least one of the following: natural language "
            "processing of clinical notes, time series forecasting, or causal inference methods."
        )
    )
    group = requirement_of(draft, "nlp")
    assert sorted(group.skills) == ["causal-inference", "nlp", "time-series"]
    assert group.at_least == 1


def test_a_comma_list_of_choices_asks_each_item() -> None:
    """In "Python, Docker, AWS or Azure, MLflow or Kubeflow": Python, Docker, one of each pair."""
    draft = draft_of(_posting("Python, Docker, AWS or Azure, MLflow or Kubeflow."))
    assert requirement_of(draft, "python").skills == ["python"]
    assert requirement_of(draft, "docker").skills == ["docker"]
    assert sorted(requirement_of(draft, "aws").skills) == ["aws", "azure"]
    assert "python" not in requirement_of(draft, "kubeflow").skills


def test_a_final_or_still_makes_one_choice() -> None:
    """A final "or" with no comma after it ("Tableau, Power BI or Looker") is one choice."""
    draft = draft_of(_posting("Experience with Tableau, Power BI or Looker"))
    assert sorted(requirement_of(draft, "tableau").skills) == ["bi-tools", "power-bi", "tableau"]
