"""A posting's list of choices as a draft's group: "PyTorch or TensorFlow", "two of A, B, C".

:mod:`skillgap.text.posting` finds the lists (:mod:`skillgap.text.lists`); here each
becomes an ``any_of`` group (``at_least: k`` for "two of"), asking no more than the posting
in the catalog's skills: items the catalog reads as one skill count as several items, a
member the role requires on its own leaves the group and counts towards k, and a list that
skills required on their own already meet asks nothing more (their notes say so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import MAX_GROUP_MEMBERS
from skillgap.models.common import Importance
from skillgap.text.draft import PostingDraft, Requirement, some_names
from skillgap.text.lists import fewest_skills
from skillgap.text.match import Found


def note_unknown(group: Requirement, unknown: list[str]) -> None:
    """A group's note names the items of its list the catalog recognises as no skill."""
    group.note = (f"{group.note}; " if group.note else "") + (
        f"the posting also lists {some_names(unknown, '; ')}, where the catalog recognises no "
        "skill: lower at_least if one of them should count"
    )


def _note_met(
    draft: PostingDraft, met_by: Counter[str], k: int, source: str, said: Sequence[Found]
) -> None:
    """The requirements that meet a "k of" list on their own say so: it asks nothing more."""
    where = source.split(": ", 1)[0].removeprefix("posting ")
    for r in draft.requirements:
        if r.kind == "skill" and len(r.skills) == 1 and r.skills[0] in met_by:
            words = list(dict.fromkeys(f.text for f in said if f.id == r.skills[0]))
            named = f" ({some_names(words, ', ')})" if words else ""
            n = met_by[r.skills[0]]
            note = (
                f"the list at {where} asks {k} of its items; the catalog reads {n} of them"
                f"{named} as this skill, required here, so the list asks nothing more"
            )
            r.note = f"{r.note}; {note}" if r.note else note


def group(
    draft: PostingDraft,
    catalog: CatalogIndex,
    taken: set[str],
    ids: list[str],
    asked: tuple[int, Importance, str, int],
    said: Sequence[Found] = (),
) -> list[str]:
    """A group of ``ids`` (any one, or ``k`` of them) added; the ids left to add one by one.

    A choice of one ("Python or R") with a member the role already asks stays whole. For k
    of n a member the role already requires on its own leaves the group and counts towards
    k, so "two of A, B, C" with A required asks one of B, C. At least one of those
    left is still asked: a list item read as a broader skill ("statsmodels" as statistics)
    does not show the list is covered.
    """
    k, importance, source, level = asked
    counts = Counter(ids)  # an id once per list item naming it, in the order first named
    ids = list(counts)
    if len(ids) < 2:
        return ids
    single = {r.skills[0] for r in draft.requirements if r.kind == "skill" and len(r.skills) == 1}
    if k > 1 and sum(n for i, n in counts.items() if i in single) >= k:
        # k of its items are skills required on their own (LlamaIndex and a vector database
        # both RAG): someone holding them meets the list, so it asks nothing more
        _note_met(draft, Counter({i: n for i, n in counts.items() if i in single}), k, source, said)
        return []
    if k == 1 and any(i in taken for i in ids):
        # "Python or R" with Python asked already: the choice stays whole (R alone, or
        # "GCP or Azure" without the AWS asked before, would ask more than the posting)
        if all(i in taken for i in ids):
            return []
        asked_before = [catalog.skill_name(i) for i in ids if i in taken]
        also = f"{some_names(asked_before, ' and ')} also asked elsewhere in this role"
        members = ids[:MAX_GROUP_MEMBERS]
        taken.update(members)
        draft.requirements.append(
            Requirement("skill", importance, source, members, level, note=also, at_least=1)
        )
        return []
    kept = [i for i in ids if i not in taken]
    dropped = len(ids) - len(kept)
    fewest = fewest_skills(list(counts.values()), k)  # "two of Spark, Kafka, Flink": 1 skill may do
    need = min(max(1, fewest - dropped), len(kept))
    if len(kept) < 2:
        # the one left is asked alone only when the list needs it: never a choice made fixed
        return kept if fewest - dropped > 0 or k == 1 else []
    notes = []
    same = [catalog.skill_name(i) for i, n in counts.items() if n > 1]
    if fewest < k and same:  # fewer for items the catalog does not know: their own note says
        notes.append(
            f"the posting asks for {k} of a list whose items the catalog reads as fewer "
            f"skills ({some_names(same, ', ')} for several)"
        )
    if k > 1 and dropped:
        gone = [catalog.skill_name(i) for i in ids if i not in kept]
        alone = "required on its own, counts" if len(gone) == 1 else "required on their own, count"
        asks = "" if notes else f"the posting asks for {k} of a list; "
        notes.append(f"{asks}{some_names(gone, ' and ')}, {alone} towards them")
    note = "; ".join(notes) or None
    taken.update(kept)
    if len(kept) > MAX_GROUP_MEMBERS:  # a list of every skill there is: the first count
        cut = f"the posting lists {len(kept)} of them; a group holds the first {MAX_GROUP_MEMBERS}"
        note, kept = (f"{note}; {cut}" if note else cut), kept[:MAX_GROUP_MEMBERS]
        need = min(need, MAX_GROUP_MEMBERS)
    draft.requirements.append(
        Requirement("skill", importance, source, kept, level, note=note, at_least=need)
    )
    return []
