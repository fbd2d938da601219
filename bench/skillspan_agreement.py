"""The matcher against SkillSpan's annotated job postings: precision and recall.

SkillSpan (Zhang, Jensen, Sonniks and Plank, "SkillSpan: Hard and Soft Skill Extraction
from English Job Postings", NAACL 2022; github.com/kris927b/SkillSpan) marks skill and
knowledge spans, token by token, in job postings (CoNLL files: a token, its skill tag,
its knowledge tag; ``###`` between postings). Each sentence is given to the matcher as one
line (tokens joined by spaces), and:

* **precision**: of the skills the matcher finds, how many overlap an annotated span
  (skill or knowledge);
* **recall of spans the catalog knows**: of the annotated spans whose whole text is a
  catalog name (the resolver's exact or loose match), how many the matcher finds;
* **recall of all spans**: the same over every span, most of which name no catalog skill
  (soft skills, "solving business problems"): a small number by design.

Rules are chosen on the train and dev splits only; report the test split.

    python bench/skillspan_agreement.py FOLDER/tech_test.conll FOLDER/house_test.conll
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.names import find_whole
from skillgap.text.match import Matcher
from skillgap.text.read import Line


@dataclass
class Sentence:
    """Tokens and the annotated spans (first token, end token), skill and knowledge alike."""

    tokens: list[str]
    spans: list[tuple[int, int]]


@dataclass
class Score:
    """Counts over a file (or several)."""

    found: int = 0
    correct: int = 0
    spans: int = 0
    spans_hit: int = 0
    known: int = 0
    known_hit: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Another file's counts into these."""
        for name in ("found", "correct", "spans", "spans_hit", "known", "known_hit"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong += other.wrong
        self.missed += other.missed


def _spans(tags: list[str]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            out.append((start, i))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start = i
    return out


def sentences(path: Path) -> Iterator[Sentence]:
    """The sentences of a SkillSpan CoNLL file."""
    tokens: list[str] = []
    skill: list[str] = []
    knowledge: list[str] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = raw.split("\t")
        if len(parts) >= 3:
            tokens.append(parts[0])
            skill.append(parts[1])
            knowledge.append(parts[2])
            continue
        if tokens:
            yield Sentence(tokens, sorted(set(_spans(skill)) | set(_spans(knowledge))))
        tokens, skill, knowledge = [], [], []


def score_sentence(sentence: Sentence, matcher: Matcher, catalog: CatalogIndex) -> Score:
    """One sentence's matches against its annotated spans."""
    starts, at = [], 0
    for token in sentence.tokens:
        starts.append(at)
        at += len(token) + 1
    text = " ".join(sentence.tokens)

    def token_of(char: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= char)

    score = Score()
    hit_spans: set[tuple[int, int]] = set()
    for found in matcher.find_in_line(Line(1, text)):
        first, last = token_of(found.start), token_of(found.end - 1) + 1
        score.found += 1
        overlapping = [s for s in sentence.spans if s[0] < last and first < s[1]]
        if overlapping:
            score.correct += 1
            hit_spans.update(overlapping)
        else:
            score.wrong.append(f"{found.text} → {found.id}: {text[:120]}")
    for span in sentence.spans:
        words = " ".join(sentence.tokens[span[0] : span[1]])
        score.spans += 1
        score.spans_hit += span in hit_spans
        if find_whole(catalog.skill_names, words) is not None:
            score.known += 1
            score.known_hit += span in hit_spans
            if span not in hit_spans:
                score.missed.append(f"{words}: {text[:120]}")
    return score


def run(paths: list[Path]) -> Score:
    """Every sentence of the files, scored."""
    catalog = api.load_catalog()
    matcher = Matcher(catalog)
    total = Score()
    for path in paths:
        for sentence in sentences(path):
            total.add(score_sentence(sentence, matcher, catalog))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    score = run(args.files)
    print(
        f"found {score.found}, of which in an annotated span {score.correct}: "
        f"precision {score.correct / max(score.found, 1):.1%}"
    )
    print(
        f"spans whose text the catalog knows: {score.known}, found {score.known_hit}: "
        f"recall {score.known_hit / max(score.known, 1):.1%}"
    )
    print(
        f"all spans: {score.spans}, found {score.spans_hit}: "
        f"recall {score.spans_hit / max(score.spans, 1):.1%}"
    )
    if args.verbose:
        for line in score.wrong:
            print("  not a span:", line)
        for line in score.missed:
            print("  missed:", line)


if __name__ == "__main__":
    main()
