"""Free text read as a careful reader did, blind: the floors bench/text_agreement.py reaches."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "text-2026-12"

# Measured 2026-12-07 (bench/text_agreement.py): 58/59 required skills the catalog knows
# are essential in the draft role, no decoy in any posting, job months within 3.9 %, 97 of
# 99 levels within one (catalog 2.2). Floors only go up; the expectations are never edited.
# Since (flat2col-s4): a 'Volunteer Data Analyst' job is volunteering, not counted, as the
# reader counts it: job months exact on every CV. Since (post-s6): "multi-GPU / multi-node
# training" is distributed training (catalog aliases): 59/59.
FLOOR = {"recall": 1.0, "decoys_per_posting": 0, "month_error": 0.01, "levels": 0.90}


def test_postings_and_cvs_are_read_no_worse_than_the_recorded_floor() -> None:
    """Required skills are found, decoys are not, and job months and levels match the reader."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import Conventions, run

    # This set counts months its own way, as its header says: whole months only and ML, data
    # and AI roles only (the second set and the issue count the current month and engineering
    # years); measured by its own conventions, its floor stands.
    postings, cvs = run(DATA, Conventions(whole_months=True, core=True))
    assert len(postings) == 6
    assert len(cvs) == 5
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= FLOOR["recall"], postings
    assert max(len(p.decoys) for p in postings) <= FLOOR["decoys_per_posting"], postings
    assert max(c.month_error for c in cvs) <= FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= FLOOR["levels"], cvs


# Measured 2026-12-07 on the frozen sample (the test split's first 329 sentences): 53 of 64
# matches inside an annotated span (82.8 %), 37 of 48 spans the catalog knows found (77.1 %).
# The full test split (catalog 2.2): precision 82.6 %, recall of known spans 79.2 %, of all 15.9 %.
SKILLSPAN_FLOOR = {"precision": 0.80, "known_recall": 0.75}


def test_skillspan_sample_is_matched_no_worse_than_the_recorded_floor() -> None:
    """On SkillSpan's annotated postings, matches fall in annotated spans and find known ones."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from skillspan_agreement import run

    score = run([HERE / "data" / "skillspan-sample" / "tech_test_sample.conll"])
    assert score.found >= 50
    assert score.correct / score.found >= SKILLSPAN_FLOOR["precision"], score.wrong
    assert score.known_hit / score.known >= SKILLSPAN_FLOOR["known_recall"], score.missed


BLIND = HERE / "data" / "text-2026-12b"
# The first set above stopped being blind when the reader's context rules were written with
# it open. This second set (8 postings, 6 CVs) was written by another helper afterwards and
# first read by the tool on 2026-12-07: 34/71 required skills the catalog knows essential in
# the draft role (47.9 %), 46/71 in the role (64.8 %), 67/71 found by extract (94.4 %); one
# decoy in one posting; 101/113 CV levels within one; job months off by 25-100 % (the
# reader counts a nurse's, a BI developer's and an SRE's years as not relevant, which the
# tool's rough rule does not yet see). Floors only go up; the expectations are never edited.
# Since (text-s3): requirement headings as postings write them ("What you'll need", "What you
# bring"), run-together lines read clause by clause, a nice word only for its own clause:
# 64/71 essential (90.1 %); job months as the conventions count them (titles above
# employer lines, seasons, WTE shares, engineering and operations years relevant): largest
# error 1.7 %; 102/113 levels within one; no decoy (Go beside "chess" is the board game).
# Since (text2-s3): level labels, summaries' level words and skills sections read as lists:
# 104/113 levels within one. The one CV not exact (12.2 for 12) is the reader's rounding of
# 9 + 13 x 0.25 = 12.25: month error floor 2 % since flat2col-s4. Since skills-s6 ("AWS (5+
# years) & GCP (basic)" two items, each its own level): 109/114 levels within one (95.6 %).
# Since (post-s6): "Clear written communication" is the skill (a vague word qualified by
# written, verbal, spoken or oral): 67/72 essential (93.1 %), 69/72 found by extract;
# "(multi-GPU, ideally multi-node)": multi-GPU essential, "ideally" speaking for what
# follows it in the brackets: 68/72 (94.4 %); "a CI pipeline" is CI/CD (a catalog alias):
# 69/72 (95.8 %), 70/72 found by extract (97.2 %).
BLIND_FLOOR = {
    "essential": 0.95,
    "extracted": 0.97,
    "decoys_per_posting": 0,
    "levels": 0.95,
    "month_error": 0.02,
}


def test_an_unseen_set_of_postings_and_cvs_is_read_no_worse_than_its_floor() -> None:
    """On postings and CVs no one tuned against, extraction keeps its first measured figures."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(BLIND)
    assert (len(postings), len(cvs)) == (8, 6)
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= BLIND_FLOOR["essential"], postings
    assert sum(p.extracted for p in postings) / known >= BLIND_FLOOR["extracted"], postings
    assert max(len(p.decoys) for p in postings) <= BLIND_FLOOR["decoys_per_posting"], postings
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= BLIND_FLOOR["levels"], cvs
    assert max(c.month_error for c in cvs) <= BLIND_FLOOR["month_error"], cvs


THIRD = HERE / "data" / "text-2026-12c"
# A third set (4 postings, 6 CVs, written by another helper) measured once blind by the lead
# on 2026-12-07: 28/29 required skills essential, no decoy, but job months far off on 4 of
# 6 CVs (0 of 71 read for a '### Title — Company' heading with the place after the dates,
# 0 of 16.5 for a plain-text CV with ruled headings, 117 of 16 for a statistics teacher,
# 28 of 90 for a LinkedIn export, 25.5 of 43 for a season alone on a line) and 79/117
# levels within one (67.5 %). It has been a development set since. After text2-s3 (job
# titles in these layouts, teachers not data work, related work before a career change
# not counted, level labels, summaries' level words, a year of use as level 3): every
# CV's months exact, 110/117 levels within one (94.0 %). Floors only go up; the
# expectations are never edited (month error floor 1 % since flat2col-s4). Since (post-s6):
# "Clear written and spoken communication in English" is the skill: 29/29 essential.
THIRD_FLOOR = {
    "essential": 1.0,
    "extracted": 1.0,
    "decoys_per_posting": 0,
    "levels": 0.93,
    "month_error": 0.01,
}


def test_the_third_set_of_postings_and_cvs_is_read_no_worse_than_its_floor() -> None:
    """Markdown job headings, LinkedIn's export, ruled plain text, a teacher: months and levels."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(THIRD)
    assert (len(postings), len(cvs)) == (4, 6)
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= THIRD_FLOOR["essential"], postings
    assert sum(p.extracted for p in postings) / known >= THIRD_FLOOR["extracted"], postings
    assert max(len(p.decoys) for p in postings) <= THIRD_FLOOR["decoys_per_posting"], postings
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= THIRD_FLOOR["levels"], cvs
    assert max(c.month_error for c in cvs) <= THIRD_FLOOR["month_error"], cvs


FOURTH = HERE / "data" / "text-2026-12d"
# A fourth set (8 CVs, written by another helper): a development set since main had it. On
# 2026-12-07 before flat2col-s4 every CV's months were exact but two: 0 of 64.8 for a CV
# copied as text out of a two-column PDF (a 'SKILLS EXPERIENCE' row), 87 of 90 for a
# LinkedIn export whose employer 'Allegro Language Technologies' read as a skills heading;
# 110/115 levels within one. After (rows cut into the sidebar's and the main column's cells
# and read column by column; an employer line under jobs is not a heading): every CV exact.
# Floors only go up; the expectations are never edited.
FOURTH_FLOOR = {"month_error": 0.01, "levels": 0.95}


def test_the_fourth_set_of_cvs_is_read_no_worse_than_its_floor() -> None:
    """A flattened two-column CV, LinkedIn's export, right-aligned dates: months and levels."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(FOURTH)
    assert len(cvs) == 8
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= FOURTH_FLOOR["levels"], cvs
    assert max(c.month_error for c in cvs) <= FOURTH_FLOOR["month_error"], cvs


FIFTH = HERE / "data" / "text-2026-12e"
# A fifth set (5 postings with "two of" lists, 6 CVs incl. a Word CV and a two-column PDF
# rendered by its render_binaries.py), written 2026-12-07 by a helper who saw only the
# profile format, held out and measured once by the lead: required skills essential 34/35
# (97.1 %), no decoy, 0 of 3 "two of" lists read, job months within 10 % for 5 of 6 (a
# postdoc's parental leave written on a line of its own under the job, counted as work:
# 43 of 37), 99/106 levels within one. A development set since: after the lists fix (items
# the catalog reads as one skill, wrapped lines) 3 of 3, after the leave line every CV's
# months exact. Since skills-s6 (a "Rusty:" group one lower, "| R | Basic – rusty since
# uni |" the row's level) 101/106 levels within one (95.3 %). Floors only go up; the
# expectations are never edited. Since (post-s6): a Word bullet pasted as "o" starts its
# item's sentence ("o  Advanced Excel ..." is not a name "Advanced Excel"): 35/35.
FIFTH_FLOOR = {"essential": 1.0, "decoys_per_posting": 0, "lists": 3, "month_error": 0.01}
FIFTH_FLOOR |= {"levels": 0.95}


def test_the_fifth_set_of_postings_and_cvs_is_read_no_worse_than_its_floor() -> None:
    """'Two of' lists, a Word CV, a two-column PDF, leave inside a job: lists and months."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(FIFTH)
    assert (len(postings), len(cvs)) == (5, 6)
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= FIFTH_FLOOR["essential"], postings
    assert max(len(p.decoys) for p in postings) <= FIFTH_FLOOR["decoys_per_posting"], postings
    assert sum(p.k_of_n_read for p in postings) >= FIFTH_FLOOR["lists"], postings
    assert max(c.month_error for c in cvs) <= FIFTH_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= FIFTH_FLOOR["levels"], cvs


SIXTH = HERE / "data" / "text-2026-12f"
# A sixth set (4 postings with "two of" lists worded four ways, 5 CVs incl. a two-column
# PDF rendered by text-2026-12e/render_binaries.py), written 2026-12-07 after the session's
# reader changes by a helper who saw only the profile format; measured once by the lead:
# required skills essential 26/26, no decoy, 4 of 4 lists, job months within 10 % for 3
# of 5 (a freelancer's "DATE | Title | Employer" rows read 40 of 124; a lecturer's summer
# internship after "--" missed, 22 of 35), 64/66 levels within one. A development set
# since: after cvfix-s4 the freelancer reads 124 of 124 and the lecturer 25 of 35; her
# other 10 months are a graduate teaching assistant's post, which this set's writer counts
# as data work and the documented rule does not (teaching is not data work). After cv-s5
# levels 66/66 ("Statistics: strong" read as a skill, not a label). Floors only go up; the
# expectations are never edited.
SIXTH_FLOOR = {"essential": 1.0, "lists": 4, "months_within_10": 4, "levels": 1.0}


def test_the_sixth_set_of_postings_and_cvs_is_read_no_worse_than_its_floor() -> None:
    """Lists worded four ways, 'DATE | Title | Employer' rows, a two-column PDF."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(SIXTH)
    assert (len(postings), len(cvs)) == (4, 5)
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= SIXTH_FLOOR["essential"], postings
    assert not any(p.decoys for p in postings), postings
    assert sum(p.k_of_n_read for p in postings) >= SIXTH_FLOOR["lists"], postings
    assert sum(c.month_error <= 0.1 for c in cvs) >= SIXTH_FLOOR["months_within_10"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= SIXTH_FLOOR["levels"], cvs


SEVENTH = HERE / "data" / "text-2026-12g"
# A seventh set (4 postings with k-of-n phrases, 5 CVs incl. a two-column PDF), written
# 2026-12-07 by a helper who saw only the profile format; measured once by the lead: job
# months within 10 % for 3 of 5 (wrapped lines read as headings ended the PDF's and a
# postdoc's jobs, 34 of 81 and 30 of 60; a bootcamp listed as a job counted, 69 of 63).
# A development set since: after cvg-s4 every CV's months exact. Floors only go up; the
# expectations are never edited. (This floor covers the CVs; postings: their own.) Levels
# 53/57 within one before skills-s6, 54/57 (94.7 %) after (LinkedIn's skills, one a line,
# the first "SQL" taken for a heading, read as the skills section).
SEVENTH_FLOOR = {"months_within_10": 5, "month_error": 0.01, "levels": 0.94}


def test_the_seventh_sets_cvs_months_are_read_no_worse_than_their_floor() -> None:
    """Wrapped PDF rows, leave on its own line, a bootcamp among jobs, a right-set date."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(SEVENTH)
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= SEVENTH_FLOOR["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= SEVENTH_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= SEVENTH_FLOOR["levels"], cvs


# Its postings, measured once by the lead: required skills
# essential 19/23, lists 1 of 4. A development set since: after post-s4 (a bullet wrapped
# after "or" no longer read as a heading, "LLM-based", a name alone as a list item) 23/23
# and 2 of 4; the other two lists hold an item the catalog reads as a skill the expectation
# cannot name ("causal-inference libraries (DoWhy or EconML)", "prompt engineering and LLM
# evaluation"). Catalog 2.4 knows DoWhy and EconML as causal inference's libraries: 3 of 4.
SEVENTH_POSTINGS_FLOOR = {"essential": 1.0, "lists": 3}


def test_the_seventh_set_of_postings_is_read_no_worse_than_its_floor() -> None:
    """Wrapped bullets, bullets of single names under "at least two of", mojibake."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, _ = run(SEVENTH)
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= SEVENTH_POSTINGS_FLOOR["essential"], (
        postings
    )
    assert not any(p.decoys for p in postings), postings
    assert sum(p.k_of_n_read for p in postings) >= SEVENTH_POSTINGS_FLOOR["lists"], postings


EIGHTH = HERE / "data" / "text-2026-12h"
# An eighth set's postings (4: one scraped as HTML with <li>, <br> and &amp;; one from a job
# board with capital headings and numbered lists), written 2026-12-07 by a helper who saw
# only the profile format; measured once by the lead: required skills essential 9/26
# (34.6 %; the HTML posting 0/8, the capital one 0/9), lists 3 of 4, no decoy. A
# development set since: after post-s5 (HTML read as its page shows, "WHAT WE NEED FROM
# YOU" a requirements heading, "we don't run Airflow" no skill) 26/26, lists 4 of 4, no
# decoy. Floors only go up; the expectations are never edited. (Its CVs: their own floor.)
EIGHTH_POSTINGS_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0}


def test_the_eighth_set_of_postings_is_read_no_worse_than_its_floor() -> None:
    """A scraped HTML posting and a job board's capitals and numbered lists."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, _ = run(EIGHTH)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= EIGHTH_POSTINGS_FLOOR["essential"], postings
    assert max(len(p.decoys) for p in postings) <= EIGHTH_POSTINGS_FLOOR["decoys_per_posting"]
    assert sum(p.k_of_n_read for p in postings) >= EIGHTH_POSTINGS_FLOOR["lists"], postings


NINTH = HERE / "data" / "text-2026-12i"
# A ninth set's postings (4: a job-board paste with its requirements as a paragraph, one in
# German and English, emoji bullets, "our stack" in the duties), written 2026-12-07 by a
# helper who saw only the profile format; measured once by the lead: required skills
# essential 13/19 (68.4 %), lists 2 of 4, one decoy. A development set since: after post-s5
# (capital "WHAT WE NEED", prose read sentence by sentence, "oder", "mindestens zwei der
# folgenden", "Statistik-Kenntnisse", an article between list items) 19/19, lists 4 of 4;
# the one decoy left is "Help us retire the last R scripts" in the duties, which names R
# (the expectation lists it as a decoy: the posting does not ask for it; extract reports
# what a text names). Floors only go up; the expectations are never edited. Since
# (post-s6): words after a name that negate it ("(you won't have to write any)") make it
# not a skill: no decoy.
NINTH_POSTINGS_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0}


def test_the_ninth_set_of_postings_is_read_no_worse_than_its_floor() -> None:
    """Requirements as prose, German and English mixed, emoji bullets, the team's stack."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, _ = run(NINTH)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= NINTH_POSTINGS_FLOOR["essential"], postings
    assert max(len(p.decoys) for p in postings) <= NINTH_POSTINGS_FLOOR["decoys_per_posting"]
    assert sum(p.k_of_n_read for p in postings) >= NINTH_POSTINGS_FLOOR["lists"], postings


TENTH = HERE / "data" / "text-2026-12l"
# A tenth set's postings (4: a Workday copy, an Indeed copy, a recruiter's e-mail with
# headers, chatty must-haves, a signature and a quoted reply, a posting in one paragraph),
# written 2026-12-07 by a helper who saw only the profile format; measured once by the lead
# (16:29): required skills essential 12/29 (41.4 %; the e-mail 0/11, the paragraph 0/6),
# lists 2 of 4, no decoy. A development set since: after post2-s5 (a posting with no
# requirements part reads what its sentences ask, text/prose.py: "We are looking for ...",
# "the must-haves:" over bullets, "It would be a bonus if ..."; a label's part ends with its
# paragraph; "fine-tuning with LoRA" one item of a two-of list) 29/29, lists 4 of 4, no
# decoy. Floors only go up; the expectations are never edited. (Its CVs: their own floor.)
TENTH_POSTINGS_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0}


def test_the_tenth_set_of_postings_is_read_no_worse_than_its_floor() -> None:
    """A recruiter's e-mail and a posting in one paragraph: requirements in sentences."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, _ = run(TENTH)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= TENTH_POSTINGS_FLOOR["essential"], postings
    assert max(len(p.decoys) for p in postings) <= TENTH_POSTINGS_FLOOR["decoys_per_posting"]
    assert sum(p.k_of_n_read for p in postings) >= TENTH_POSTINGS_FLOOR["lists"], postings


ELEVENTH = HERE / "data" / "text-2026-12m"
# An eleventh set's postings (4: a job board's capitals, Markdown, a LinkedIn copy with its
# lines broken mid-sentence, a German consultancy's ad written as paragraphs), written
# 2026-12-07 by a helper who saw only the profile format; measured once by the lead
# (16:29): required skills essential 11/21 (52.4 %; the LinkedIn copy 0/5, the ad 0/5),
# lists 2 of 4, one decoy ("the Airflow product line team" of Kestrel Airflow Systems). A
# development set since: after post2-s5 (requirements read from prose as in the tenth set;
# a line taken for a heading that is a broken bullet's rest goes back to its bullet;
# Airflow beside "product" is a product line) 21/21, lists 4 of 4, no decoy. Floors only
# go up; the expectations are never edited. (Its CVs: their own floor.)
ELEVENTH_POSTINGS_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0}


def test_the_eleventh_set_of_postings_is_read_no_worse_than_its_floor() -> None:
    """A LinkedIn copy broken mid-sentence and an ad written entirely as paragraphs."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, _ = run(ELEVENTH)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    floor = ELEVENTH_POSTINGS_FLOOR
    assert sum(p.required for p in postings) / known >= floor["essential"], postings
    assert max(len(p.decoys) for p in postings) <= floor["decoys_per_posting"]
    assert sum(p.k_of_n_read for p in postings) >= floor["lists"], postings


# An eighth set (4 postings, 5 CVs incl. a German Word CV and a two-column PDF), written
# 2026-12-07 by a helper who saw only the profile format; measured once by the lead: job
# months within 10 % for 3 of 5 (a Europass CV, "Dates  01/03/2019 – 31/08/2021" with its
# position and employer on labelled lines, 0 of 83; a German Lebenslauf, "seit 09/2023" and
# "03.2020 – 06.2022" under "Berufserfahrung", 0 of 86; promotions under one employer with
# parental leave listed as an item, 115 of 109); levels within one 60/66. A development set
# since: after cv-s5 every CV's months exact, levels 63/66. Floors only go up; the
# expectations are never edited. (This floor covers the CVs; postings: their own.)
EIGHTH_CV_FLOOR = {"months_within_10": 5, "month_error": 0.01, "levels": 0.95}


def test_the_eighth_sets_cvs_are_read_no_worse_than_their_floor() -> None:
    """Europass labels, a German CV, promotions under one employer, leave as a list item."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(EIGHTH)
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= EIGHTH_CV_FLOOR["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= EIGHTH_CV_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= EIGHTH_CV_FLOOR["levels"], cvs


# A ninth set (4 postings, 5 CVs incl. a Word CV and a two-column PDF), written 2026-12-07
# with the eighth; measured once by the lead: job months within 10 % for 3 of 5 ("_since
# March 2022_" in italics unread and quarters, 21 of 78; a freelancer's clients at "3
# days/week", "(60%)", "1 day/week" under her practice's span and roles listed under an
# undated employer line, 48 of 121.4; "2022 (Jun–Sep)" unread, 96 of 100); levels within one
# 43/46. A development set since: after cv-s5 every CV's months exact, levels 46/46.
NINTH_CV_FLOOR = {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}


def test_the_ninth_sets_cvs_are_read_no_worse_than_their_floor() -> None:
    """Since-dates in markup, quarters, a freelancer's clients at their shares, dates first."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(NINTH)
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= NINTH_CV_FLOOR["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= NINTH_CV_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= NINTH_CV_FLOOR["levels"], cvs


# Two more sets (4 postings and 5 CVs each), written 2026-12-07 and measured once by the lead
# at 16:29. text-2026-12l: job months within 10 % for 2 of 5 (text copied out of a PDF,
# words hyphenated across lines and "Research Intern Summer 2018" with its gap lost, a
# teaching assistant counted, 109 of 90; a Notion export, each job's **bold dates** a nested
# bullet of their own, 0 of 57; a French Word CV, "sept. 2019 – déc. 2022", "janvier 2023 –
# à ce jour", parental leave in italics and an alternance, 26 of 96); levels within one
# 66/74 (a two-column student PDF's "SQL ●●○○○" read as a heading: 5 of 10).
# text-2026-12m: 3 of 5 (a two-column PDF whose job titles were read as the bullets' wraps
# above them, the year-only "2015 – 2018" overlapping "07/2018 – ...", 58 of 144; a
# student's teaching assistant counted, 20 of 14); levels within one 50/51. Development sets
# since: after cv2-s5 every CV's months exact in both, levels 72/74 and 51/51. Floors only go
# up; the expectations are never edited. (These floors cover the CVs; postings: their own.)
CV_SET_L = HERE / "data" / "text-2026-12l"
CV_SET_M = HERE / "data" / "text-2026-12m"
CV_SET_L_FLOOR = {"months_within_10": 5, "month_error": 0.01, "levels": 0.97}
CV_SET_M_FLOOR = {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}


def test_the_12l_sets_cvs_are_read_no_worse_than_their_floor() -> None:
    """A PDF's copied text, a Notion export, a French Word CV, dot ratings."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(CV_SET_L)
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= CV_SET_L_FLOOR["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= CV_SET_L_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= CV_SET_L_FLOOR["levels"], cvs


def test_the_12m_sets_cvs_are_read_no_worse_than_their_floor() -> None:
    """A two-column PDF with a year-only job overlapping the next, a student's part-time jobs."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    _, cvs = run(CV_SET_M)
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= CV_SET_M_FLOOR["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= CV_SET_M_FLOOR["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= CV_SET_M_FLOOR["levels"], cvs


# Two more sets (4 postings and 5 CVs each, a Word CV and a two-column PDF in each), written
# 2026-12-07 at the session's start by helpers who saw only the profile format, kept sealed
# and measured once by the lead. text-2026-12j: postings 26/26 essential, lists 4/4, no
# decoy; CV job months within 10 % for 3 of 5 (a German-style CV with its dates in a left
# margin, "Summer 2025      Data Science Intern" unread, 5 of 8; an academic CV's "*Summer
# 2018*" intern item unread and the software years before the PhD taken for an earlier
# career, 71 of 112); levels within one 55/61. text-2026-12k: postings 21/21, lists 3/4, no
# decoy; months 4 of 5 (a LinkedIn export's backend and part-time developer years before a
# sabbatical taken for an earlier career, 60 of 107); levels 54/57. Development sets since:
# after cv3-s5 (a season in a left margin and a date in italics date a job; a doctorate's
# years are research, not a gap; a career break pauses software development; a level's name
# alone over a PDF's skill list) every CV's months within 10 % in both (largest error 0.0 %
# and 2.3 %), levels 58/61 and 55/57;
# postings unchanged. After skills-s6 ("Docker (a bit)", "TypeScript (can read it)" level 1;
# "Python, PyTorch — expert" both expert) levels 61/61 and 56/57. Floors only go up; the
# expectations are never edited. Since (post-s6): "self-supervised learning" is no longer
# read as supervised learning (a glued prefix makes another term), so 12k's "two of" list
# of areas asks no skill the posting does not name: lists 4/4.
CV_SET_J = HERE / "data" / "text-2026-12j"
CV_SET_K = HERE / "data" / "text-2026-12k"
SET_J_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "months_within_10": 5}
SET_J_FLOOR |= {"month_error": 0.01, "levels": 1.0}
SET_K_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "months_within_10": 5}
SET_K_FLOOR |= {"month_error": 0.03, "levels": 0.98}


@pytest.mark.parametrize(
    ("folder", "floor"), [(CV_SET_J, SET_J_FLOOR), (CV_SET_K, SET_K_FLOOR)], ids=["12j", "12k"]
)
def test_the_12j_and_12k_sets_are_read_no_worse_than_their_floors(
    folder: Path, floor: dict[str, float]
) -> None:
    """Left-margin dates, an academic CV, a LinkedIn export with a sabbatical; four postings."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(folder)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= floor["essential"], postings
    assert max(len(p.decoys) for p in postings) <= floor["decoys_per_posting"]
    assert sum(p.k_of_n_read for p in postings) >= floor["lists"], postings
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= floor["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= floor["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= floor["levels"], cvs


# Two more sets (4 postings and 5 CVs each, a Word CV and a two-column PDF in each), written
# 2026-12-07 by helpers who saw only the profile format, kept sealed while round 3 was built
# and measured once by the lead. text-2026-12n: postings 24/24 essential, lists 3/3, at most
# 1 decoy in a posting (2 in all: 'go' where the posting also asks Go, and one more); CV job
# months within 10 % for 3 of 5 (an academic CV's "Current position" and its "Summer 2020"
# intern item unread, Daniel 24 of 66; a left-margin CV's "Part-time, 20 h/week (50%)" under
# its job unread, Lena 102 of 84); levels within one 43/45. text-2026-12o: postings 18/18,
# lists 3/3, no decoy; months 3 of 5 (an employer's dated line over its title, the title's
# "(Senior MLE from 2018)" taken for a job, Priya 108 of 168; an academic CV's "CURRENT
# POSITION" unread, Helene 39 of 67); levels 43/45. Development sets since: after cv4-s5
# (a position heading heads jobs, a job item ending in its season keeps its next line apart,
# a share line right under a job, an employer's dated line titled from the line below) every
# CV's months exact in both (largest error 0.0 %), levels 43/45 and 43/45; postings
# unchanged. After skills-s6 (a Word CV's skills table, its rows' first cells the level:
# "| Expert | Python, PyTorch |", "| Rusty | R (...) |") levels 45/45 and 44/45. Floors only
# go up; the expectations are never edited. Since (post-s6): "Julia, a programming language
# we don't use, is NOT needed" is no skill (words after a name that negate it): 12n 1 decoy
# in all, the 'go' of "Some Go or Bash scripting" that the posting asks as a nice-to-have
# (its reader meant "go-to person").
CV_SET_N = HERE / "data" / "text-2026-12n"
CV_SET_O = HERE / "data" / "text-2026-12o"
SET_N_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 1, "decoys": 1}
SET_N_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}
SET_O_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_O_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 0.97}


@pytest.mark.parametrize(
    ("folder", "floor"), [(CV_SET_N, SET_N_FLOOR), (CV_SET_O, SET_O_FLOOR)], ids=["12n", "12o"]
)
def test_the_12n_and_12o_sets_are_read_no_worse_than_their_floors(
    folder: Path, floor: dict[str, float]
) -> None:
    """Academic CVs, half-time jobs side by side, an employer's line over its title."""
    sys.path.insert(0, str(HERE.parent / "bench"))
    from text_agreement import run

    postings, cvs = run(folder)
    assert len(postings) == 4
    known = sum(p.known for p in postings)
    assert sum(p.required for p in postings) / known >= floor["essential"], postings
    assert max(len(p.decoys) for p in postings) <= floor["decoys_per_posting"]
    assert sum(len(p.decoys) for p in postings) <= floor["decoys"], postings
    assert sum(p.k_of_n_read for p in postings) >= floor["lists"], postings
    assert len(cvs) == 5
    assert sum(c.month_error <= 0.1 for c in cvs) >= floor["months_within_10"], cvs
    assert max(c.month_error for c in cvs) <= floor["month_error"], cvs
    levels = sum(c.levels_close for c in cvs) / sum(c.levels_known for c in cvs)
    assert levels >= floor["levels"], cvs


# Session 6: two more sets (4 postings and 5 CVs each, a Word CV and a two-column PDF in
# each), written 2026-12-07 by helpers who saw only the profile format and measured once by
# the lead, before any change of the session. text-2026-12p: postings 20/20 essential, lists
# 2/3, at most 1 decoy in a posting (1 in all: a person named "Julia van Dam"); CV job months
# within 10 % for 5 of 5 (largest error 4.0 %); levels within one 38/39. text-2026-12q:
# postings 19/19, lists 4/4, no decoy; months 3 of 5 (a contractor's "Contracts (via ...)"
# section unread, 118 of 152; an academic CV's wrapped job line and its software years
# before the master's taken for an earlier career, 14 of 50); levels 34/42 (a "Skills:" line
# at the top unread). After jobs-s6 (a contractor's "Contracts (...)" heading heads jobs; a
# job's line left open by a dash takes the dates opening the next line; a teaching
# assistant teaches whatever the course, unless an undergraduate's in an ML or AI course; a
# computer science master's between software work and research is study, not a gap) every
# 12q CV's months exact (largest error 0.0 %); postings and levels unchanged. After
# skills-s6 (a labelled "Skills:" line under the name read as the skills part) 12q levels
# 41/42 (the one far, Helm 5 for 3, is the catalog's: Helm is a name of Kubernetes, rated
# expert). Floors only go up; the expectations are never edited. Since (post-s6): a
# person's name with a family name's particle ("Julia van Dam") or in bold before a job
# title is a name: no decoy in 12p; a "two of" list that skills required on their own
# already meet asks nothing more (LlamaIndex and a vector database both RAG, required):
# lists 3/3.
SET_P_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_P_FLOOR |= {"months_within_10": 5, "month_error": 0.05, "levels": 0.97}
SET_Q_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_Q_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 0.97}


# Session 6: two sets kept sealed since the session's start (4 postings and 5 CVs each),
# written 2026-12-07 by helpers who saw only the profile format and measured once by the
# lead. text-2026-12r: postings 21/21 essential, lists 2/2, 2 decoys, at most 1 in a posting
# ("Rust & Julia Recruitment" then "The hiring manager, Julia, ..."; "Airflow Ventilation
# Systems Ltd" then "Airflow are ..."); CV job months within 10 % for 5 of 5 (largest error
# 7.3 %), levels within one 46/46. text-2026-12s: postings 17/23 essential (the AI
# consultant's requirements under "YOU WILL HAVE" unread: the posting refused), lists 3/4,
# no decoy; CV months within 10 % for 1 of 5 (largest error 100 %), levels 72/73. After
# post2-s6 (requirement headings in four languages and a fallback for headings no list
# knows; a word the document made a company's or a person's name stays a name; Azure
# OpenAI and Amazon Bedrock read as LLM APIs): 12r no decoy; 12s 23/23, lists 4/4, levels
# 73/74 (Azure OpenAI now a skill the catalog knows). After cvasia-s6 (a job's "Key
# Projects" heading stays in the experience section; an internship whose own lines name data
# work is data work; the wrapped rest of a list item with dates is not a job's line: client
# engagements under an employer; "AI-900 level" is awareness) 12s months exact on every CV,
# levels 74/74. Floors only go up; the expectations are never edited.
SET_R_FLOOR = {"essential": 1.0, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_R_FLOOR |= {"months_within_10": 5, "month_error": 0.08, "levels": 1.0}
SET_S_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_S_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}


# Session 6, two more sets (4 postings and 5 CVs each, a Word CV and a two-column PDF in
# each), written 2026-12-07 by helpers who saw only the profile format and measured once by
# the lead. text-2026-12v (Spanish and Portuguese postings and CVs): postings 15/21 essential,
# lists 2/3, no decoy; CV job months within 10 % for 4 of 5 (a Portuguese LinkedIn-like
# two-column PDF read only its first job, 72 of 222; a Spanish maternity leave not taken off,
# 75 of 70), largest error 67.6 %; levels within one 34/43 (its "Principais competências"
# unread). text-2026-12w: postings 19/19, lists 4/4, no decoy; months 5 of 5 (0.0 %); levels
# 39/40 (Java named beside Go in a job's line unread). After cvlatin-s6 (Portuguese and
# Spanish headings, dates, level words, employment types and leave; LinkedIn's title over
# its employer's line in a PDF's text; a CV's listed skills give its jobs' lines context)
# every CV's months exact in both, levels 43/43 and 40/40; a Spanish posting's headings
# ("Requisitos imprescindibles", "Se valorará", "¿Qué harás?", "Qué ofrecemos") read, 12v
# postings 18/21 essential (its "Estadística" no catalog name; its "al menos dos de" list
# unread). After post2-s6 (the same headings, Spanish statistics, "al menos dos de") its
# postings 21/21 essential, lists 3/3. Floors only go up; the expectations are never edited.
SET_V_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_V_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}
SET_W_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_W_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 1.0}


# Session 6, the last two sets (4 postings and 5 CVs each, a Word CV and a two-column PDF in
# each), kept sealed until every round had landed and measured once by the lead.
# text-2026-12t: postings 20/21 essential, lists 3/3, 1 decoy (a manager named Julia beside
# "Python or R"); CV job months within 10 % for 2 of 5, largest error 50.0 %; levels within
# one 42/43. text-2026-12u: postings 19/25 essential (a civil-service "**Essential
# criteria** — you will be assessed against these at sift:" asked nothing), lists 3/3, no
# decoy; months 5 of 5 (largest error 0.5 %); levels 60/63. After postt-s6 (a bold label with
# words after it heads its part; "Person specification", "Selection criteria", "Key criteria";
# a name the document gave a person joins a list only where an item ends; a skill word opening
# a bullet is its subject, "Statistics that you can explain"; "SageMaker Pipelines" names
# SageMaker) postings 21/21 and 25/25 essential, no decoy. After cvt-s6 (a startup's CTO is
# engineering; a lecturer teaches unless the subject is data or ML; "(part-time, 40%)" is
# 0.4; a job table read by its header's columns, its load its share, a client's row an
# engagement; a leave item ending "(4 months)" comes off) 12t months 5 of 5, largest error
# 0.0 % (levels: the one far, LlamaIndex 4 for 2, is the catalog's: LlamaIndex is a name of
# RAG, read 4 from "RAG pipelines ... proficient"; 12u's PostgreSQL and statsmodels are names
# of SQL and statistics, rated expert). Floors only go up; the expectations are never edited.
SET_T_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_T_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 42 / 43}
SET_U_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_U_FLOOR |= {"months_within_10": 5, "month_error": 0.005, "levels": 60 / 63}


# Session 6, the last two sets, written while the last round (cvt-s6, postt-s6) was built and
# kept sealed until it landed, measured once by the lead. text-2026-12x: postings 22/22
# essential, lists 3/3, at most 1 decoy in a posting (Hadoop, "the platform being retired");
# CV job months within 10 % for 3 of 5 at the measurement (a returner's volunteering inside a
# career break, 154.8 for 118.8; a PhD dropout's "50% position", 86 for 66.5), now 5 of 5,
# largest error 0 (volunteering after "During this time:", a "50% position" its share, a
# table row's "Parental leave ..." note off its job), levels 44/45.
# text-2026-12y: postings 20/20, lists 3/3, no decoy; months 2 of 5 (a
# rirekisho's Year/Month table, 0 of 114; a Word CV's research assistant and postdoc, 28 of
# 51; a plain-text analyst's half-time job and year-only dates, 43 of 65), levels 33/33.
# cvy-s6 raised months to 5 of 5, largest error 0: "fully remote since 2024" in the analyst's
# heading no longer dates her job (65 of 65), the Word CV's leave item no longer swallows the
# research assistant's title (51 of 51), and a Year | Month | entry history is read, each job
# to the month before the next (the rirekisho, 114 of 114).
# Floors only go up; the expectations are never edited.
SET_X_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 1, "decoys": 1}
SET_X_FLOOR |= {"months_within_10": 5, "month_error": 0.005, "levels": 0.97}
SET_Y_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_Y_FLOOR |= {"months_within_10": 5, "month_error": 0.0, "levels": 1.0}


# Session 6, two sets written after the last round landed and measured once by the lead
# against the session's final reader (0a8f6be). text-2026-12z: postings 18/19 essential
# (an LLM app posting's "LLM" asked as nice), lists 3/3, no decoy; CV job months within 10 %
# for 4 of 5 (a Word CV's promotion written on one line, "**Senior ML Engineer** (Nov 2020 -
# Jan 2023), **Staff ML Engineer** (Feb 2023 - present)", read as its first role only,
# 123.2 for 168), levels 42/42. text-2026-12zz: postings 15/16 (a spin-out's Python unread
# as essential), lists 4/4, no decoy; months 5 of 5 (all exact), levels 36/36. A
# development set since: after promo-s6 (a promotion on the role's line is one job from the
# first start to the last end) 12z's months exact on every CV. Floors only go up; the
# expectations are never edited.
SET_Z_FLOOR = {"essential": 0.94, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_Z_FLOOR |= {"months_within_10": 5, "month_error": 0.001, "levels": 1.0}
SET_ZZ_FLOOR = {"essential": 0.93, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_ZZ_FLOOR |= {"months_within_10": 5, "month_error": 0.001, "levels": 1.0}

# Session 7: four sets written 2026-12-07 by helpers who saw only the profile format and a
# brief, committed before their one measurement against the session's start (81c9a5d, the
# session-6 reader with one list of foreign degree words). text-2026-12aa (DACH): postings
# 9/24 essential (a Swiss posting's indented "Anforderungsprofil" and a German "IHR PROFIL"
# asked nothing), lists 1/3, no decoy; months 4 of 5 (a dual student's half-time jobs, 40
# for 47.5); levels 48/48. text-2026-12ab (academia): postings 18/18, lists 2/3, no decoy;
# months 4 of 5 (a physicist's research posts, 63 for 123); levels 40/45. text-2026-12ac
# (US government, veterans): postings 23/23, lists 1/2, two decoys (a programme named
# JULIA, "CV" in a state agency's posting), at most 1 in one; months 3 of 5 (a federal
# resume, 87 for 123.5; a veteran's reserve duty, 88 for 100); levels 48/53.
# text-2026-12ad (Africa, the Middle East): postings 9/20 (a "Technical competencies" and a
# "Technical skills (mandatory)" part after a qualifications part asked nothing), lists
# 2/3, no decoy; months 4 of 5 (a network-operations engineer's years before a career break
# taken for an earlier career, 36 for 142); levels 49/49. After post-s7 (German formal and
# Swiss requirement headings, a heading's "(mandatory)", a skills part beside the requirements
# asks, an indented list's wrap no heading; "one of the following:" items of a few words, the
# kind before a list's colon no item, "AWS or Azure, MLflow or Kubeflow" items of choices; a
# programme's name in capitals, CV beside résumé words) postings 24/24, 18/18, 23/23, 20/20
# essential, lists 3/3, 3/3, 2/2, 3/3, no decoy.
# Since cvacad-s7 (a year with its month in brackets, a dual student's half time, a share
# that changed within a job, a Word CV's next title over its dated employer line, a branch
# of a field naming the field): 12aa months 5 of 5 (largest error 2.8 %), 12ab months 5 of 5
# (all exact), levels 43/45.
SET_AA_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AA_FLOOR |= {"months_within_10": 5, "month_error": 0.03, "levels": 1.0}
SET_AB_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AB_FLOOR |= {"months_within_10": 5, "month_error": 0.001, "levels": 0.95}
SET_AC_FLOOR = {"essential": 1.0, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_AC_FLOOR |= {"months_within_10": 3, "month_error": 0.3, "levels": 0.9}
SET_AD_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AD_FLOOR |= {"months_within_10": 4, "month_error": 0.75, "levels": 1.0}

# Session 7, four sets written at the session's start and kept sealed until round 1 (post-s7,
# lvl-s7, cvacad-s7, cvfed-s7) had landed, measured once against it (ac11132).
# text-2026-12ae (Nordics, Central/Eastern Europe): postings 20/21 (SQL), lists 2/3, one
# decoy ("deep learning" where the posting says when not to use it); months 2 of 5 (a B2B
# contractor's overlapping contracts, 69 for 103.5; an outsourcing developer's projects under
# one employer, 40 for 82; a Swedish parental leave, 120 for 108.8); levels 41/41.
# text-2026-12af (East Asia): postings 12/25 (a Korean and a Chinese posting's bilingual
# headings asked nothing), lists 3/4, one decoy (AWS as Singapore's Annual Wage Supplement);
# months 4 of 5 (internal transfers as a Word table's rows, 31 for 150); levels 68/73.
# text-2026-12ag (consultancies): postings 22/23, lists 3/3, one decoy (excel); months 3 of 5
# (audit then data analytics in one firm, 0 for 81; client engagements, 66 for 82); levels
# 62/62. text-2026-12ah (job sites and exporters): postings 24/24, lists 4/4, no decoy;
# months 4 of 5 (an ATS form's fields, 0 for 34); levels 37/45.
SET_AE_FLOOR = {"essential": 0.95, "lists": 2, "decoys_per_posting": 1, "decoys": 1}
SET_AE_FLOOR |= {"months_within_10": 2, "month_error": 0.52, "levels": 1.0}
SET_AF_FLOOR = {"essential": 0.48, "lists": 3, "decoys_per_posting": 1, "decoys": 1}
SET_AF_FLOOR |= {"months_within_10": 4, "month_error": 0.8, "levels": 0.93}
SET_AG_FLOOR = {"essential": 0.95, "lists": 3, "decoys_per_posting": 1, "decoys": 1}
SET_AG_FLOOR |= {"months_within_10": 3, "month_error": 1.0, "levels": 1.0}
SET_AH_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AH_FLOOR |= {"months_within_10": 4, "month_error": 1.0, "levels": 0.82}

# Session 7, four sets written during round 1 and kept sealed until round 2 (post2-s7,
# cv2a-s7, cv2b-s7) had landed, measured once against the session's final reader (0d7b5d6).
# Postings: 91/91 required skills essential, lists 11/11, at most one decoy in a posting.
# text-2026-12ai (self-taught, open source, gig work): 24/24, lists 2/2, one decoy (React
# named as the client's existing app); months 4 of 5 (overlapping freelance contracts with
# weekly hours, 49.5 for 60.25); levels 75/80. text-2026-12aj (South-East Asia): 27/27,
# lists 2/2, no decoy; months 1 of 5 (a Vietnamese "nay", an Indonesian graduate's "Kerja
# Praktek", a Malaysian career break and unpaid leave, Buddhist-era years beside the
# Gregorian); levels 53/69. text-2026-12ak (big tech, acquisitions): 19/19, lists 4/4, one
# decoy (excel); months 4 of 5 (a product manager's years counted, 173 for 111); levels
# 48/48. text-2026-12al (students and new graduates): 21/21, lists 3/3, no decoy; months 1
# of 5 (co-op terms by season, a sandwich placement, an Australian summer, a Werkstudent's
# hours; 9 to 14 months read for 15 to 17); levels 59/59. Since (cv3c-s7): gigs listed by
# client read their weekly hours and their lines' work (12ai months 5 of 5, 60.2 for 60.25);
# a product manager's years are not counted (12ak months 5 of 5, 111 for 111); "not talking
# Excel sheets" negates Excel and "the existing web app (TypeScript/React)" asks no React
# (no decoy in either).
SET_AI_FLOOR = {"essential": 1.0, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_AI_FLOOR |= {"months_within_10": 5, "month_error": 0.011, "levels": 0.93}
SET_AJ_FLOOR = {"essential": 1.0, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_AJ_FLOOR |= {"months_within_10": 1, "month_error": 1.0, "levels": 0.76}
# Raised in session 7 (branch cv3a-s7: "nay"/"sekarang" as now, Buddhist-era years beside the
# Gregorian, Indonesian/Vietnamese headings, a leave's bracketed reason): months 4 of 5
# (largest error 25.3 %: a semiconductor Process Engineer's 42 months not counted), 65/69.
SET_AJ_FLOOR |= {"months_within_10": 4, "month_error": 0.26, "levels": 0.94}
# Raised in session 8 (branch cv-s8b: a trade's engineering job whose own lines show software
# or data work counts, text.trade_work): months 5 of 5 (the Process Engineer who wrote Python
# scripts, 166 for 166; largest error 8.1 %, an Indonesian graduate's Kerja Praktek).
SET_AJ_FLOOR |= {"months_within_10": 5, "month_error": 0.09}
SET_AK_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AK_FLOOR |= {"months_within_10": 5, "month_error": 0.001, "levels": 1.0}
SET_AL_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AL_FLOOR |= {"months_within_10": 1, "month_error": 0.45, "levels": 1.0}

# Session 7, four sets written during round 2 and kept sealed until round 3 (cv3a-s7,
# cv3b-s7, cv3c-s7) had landed, measured once against the session's final reader (cf75403).
# No decoy in any posting. text-2026-12am (France, Belgium, Italy, the Netherlands): 22/23
# essential, lists 4/4; months 3 of 5 (an Italian Word CV's "Esperienze lavorative" unread,
# 0 for 88; a Belgian teacher's 4/5 job, 31 for 25.4); levels 59/62. text-2026-12an (finance,
# insurance): 25/26, lists 4/4; months 5 of 5 (largest error 1.8 %); levels 51/55.
# text-2026-12ao (Canadian and Australian industry and public sector): 18/23 (a mining
# MLOps posting's requirements), lists 2/3; months 5 of 5 (largest 5.3 %); levels 48/51.
# text-2026-12ap (plain UK and US CVs): 19/21 (CI/CD twice), lists 4/4; months 4 of 5 (a
# two-column CV's career break counted, 124 for 106); levels 64/66.
SET_AM_FLOOR = {"essential": 0.95, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AM_FLOOR |= {"months_within_10": 3, "month_error": 1.0, "levels": 0.95}
SET_AN_FLOOR = {"essential": 0.96, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AN_FLOOR |= {"months_within_10": 5, "month_error": 0.02, "levels": 0.92}
SET_AO_FLOOR = {"essential": 0.78, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_AO_FLOOR |= {"months_within_10": 5, "month_error": 0.06, "levels": 0.94}
SET_AP_FLOOR = {"essential": 0.9, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AP_FLOOR |= {"months_within_10": 4, "month_error": 0.18, "levels": 0.96}
# Raised in session 8 (branch cv-s8b: a date range wrapped across two lines of a PDF's narrow
# column read whole, text.range_wraps): months 5 of 5 (the two-column CV 106 for 106; its
# "October 2018 –" / "June 2022" had run to today over the career break).
SET_AP_FLOOR |= {"months_within_10": 5, "month_error": 0.01}

# Session 8, four sets written at the session's start and kept sealed until round 1 (cv-s8a,
# cv-s8b, post-s8) had landed, measured once against it (9f8d9d3). No decoy in any posting.
# text-2026-12aq (healthcare, pharma, biotech): 18/20 (computer vision, prompt engineering),
# lists 4/4; months 3 of 5 (a Swiss two-column CV's MM/YYYY jobs unread, 0 for 134.8; a
# hospital lab scientist's clinical years counted, 138 for 78); levels 61/62.
# text-2026-12ar (Indian IT services): 27/27, lists 3/3; months 3 of 5 (a classic Indian CV's
# jobs unread, 0 for 150; an MLOps engineer's 84 for 162); levels 51/56. text-2026-12as
# (career changers, LinkedIn and CV-builder exports): 22/23 (LLMs), lists 3/3; months 3 of 5
# (a LinkedIn profile page's positions unread, 0 for 53; a lawyer's 50 % secondment, 42 for
# 35); levels 40/49. text-2026-12at (Spain, Portugal, Latin America): 25/26 (FastAPI or
# Flask), lists 4/4; months 4 of 5 (a student's internship and part-time post, 3 for 8);
# levels 59/59.
SET_AQ_FLOOR = {"essential": 0.9, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AQ_FLOOR |= {"months_within_10": 3, "month_error": 1.0, "levels": 0.98}
SET_AR_FLOOR = {"essential": 1.0, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AR_FLOOR |= {"months_within_10": 3, "month_error": 1.0, "levels": 0.91}
SET_AS_FLOOR = {"essential": 0.95, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AS_FLOOR |= {"months_within_10": 3, "month_error": 1.0, "levels": 0.81}
SET_AT_FLOOR = {"essential": 0.96, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AT_FLOOR |= {"months_within_10": 4, "month_error": 0.63, "levels": 1.0}

# Session 8, four sets written during round 1 and kept sealed until round 2 (cv-s8c, cv-s8d,
# cv-s8e, post-s8b) had landed, measured once against the session's final reader (97912f4).
# No decoy in any posting. text-2026-12au (Ukraine, Poland, Romania, the Baltics, Georgia):
# 22/26 (PostgreSQL, SQL, Docker, Git), lists 4/4; months 4 of 5 (a Polish Word CV's jobs
# unread, 0 for 93); levels 55/60. text-2026-12av (unusual US, UK, CA, AU layouts): 22/22,
# lists 4/4; months 2 of 5 (a moderncv CV 50 for 140, an oldest-first Word CV 110 for 58, a
# README's table of roles 0 for 8); levels 45/45. text-2026-12aw (senior, long careers):
# 20/20, lists 2/2; months 2 of 5 (a fractional CTO 116.6 for 316.6, a head of data back to
# individual work 124 for 181, a DBA turned head of data 120 for 265); levels 59/62.
# text-2026-12ax (Pakistan, Bangladesh, Sri Lanka, Nepal, the Gulf): 24/26 (scikit-learn or
# caret, Tableau or Power BI), lists 3/3; months 2 of 5 (contract renewals 64.5 for 99, a
# researcher's year-only ranges 81 for 117, Iqama transfers 12 for 178); levels 54/61.
SET_AU_FLOOR = {"essential": 0.84, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AU_FLOOR |= {"months_within_10": 4, "month_error": 1.0, "levels": 0.91}
SET_AV_FLOOR = {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AV_FLOOR |= {"months_within_10": 2, "month_error": 1.0, "levels": 1.0}
SET_AW_FLOOR = {"essential": 1.0, "lists": 2, "decoys_per_posting": 0, "decoys": 0}
SET_AW_FLOOR |= {"months_within_10": 2, "month_error": 0.64, "levels": 0.95}
SET_AX_FLOOR = {"essential": 0.92, "lists": 3, "decoys_per_posting": 0, "decoys": 0}
SET_AX_FLOOR |= {"months_within_10": 2, "month_error": 0.94, "levels": 0.88}


#: Sessions 6, 7 and 8's sets and their floors, one test each (each comment above says when).
SESSION_6_FLOORS = {
    "12p": SET_P_FLOOR,
    "12q": SET_Q_FLOOR,
    "12r": SET_R_FLOOR,
    "12s": SET_S_FLOOR,
    "12t": SET_T_FLOOR,
    "12u": SET_U_FLOOR,
    "12v": SET_V_FLOOR,
    "12w": SET_W_FLOOR,
    "12x": SET_X_FLOOR,
    "12y": SET_Y_FLOOR,
    "12z": SET_Z_FLOOR,
    "12zz": SET_ZZ_FLOOR,
    "12aa": SET_AA_FLOOR,
    "12ab": SET_AB_FLOOR,
    "12ac": SET_AC_FLOOR,
    "12ad": SET_AD_FLOOR,
    "12ae": SET_AE_FLOOR,
    "12af": SET_AF_FLOOR,
    "12ag": SET_AG_FLOOR,
    "12ah": SET_AH_FLOOR,
    "12ai": SET_AI_FLOOR,
    "12aj": SET_AJ_FLOOR,
    "12ak": SET_AK_FLOOR,
    "12al": SET_AL_FLOOR,
    "12am": SET_AM_FLOOR,
    "12an": SET_AN_FLOOR,
    "12ao": SET_AO_FLOOR,
    "12ap": SET_AP_FLOOR,
    "12aq": SET_AQ_FLOOR,
    "12ar": SET_AR_FLOOR,
    "12as": SET_AS_FLOOR,
    "12at": SET_AT_FLOOR,
    "12au": SET_AU_FLOOR,
    "12av": SET_AV_FLOOR,
    "12aw": SET_AW_FLOOR,
    "12ax": SET_AX_FLOOR,
}
# Raised in session 7 (branch cvfed-s7): a federal résumé's block and a reservist's
# mobilization read (12ac months 5 of 5, largest error 1.7%; levels 51/53), related work at
# the employer the ML work is done for is one career (12ad months 5 of 5, largest 4.8%).
SET_AC_FLOOR |= {"months_within_10": 5, "month_error": 0.02, "levels": 0.96}
SET_AD_FLOOR |= {"months_within_10": 5, "month_error": 0.05}
# Raised in session 7 (branch post2-s7): bilingual headings read by their Latin words, "-- "
# bullets, a bracketed choice of one skill beside the skill before it, and three decoy
# families (when NOT to use, AWS the wage supplement, "you'll EXCEL"): 12ae 21/21 and no
# decoy, 12af 25/25, lists 4/4 and no decoy, 12ag 23/23 and no decoy.
SET_AE_FLOOR |= {"essential": 1.0, "decoys_per_posting": 0, "decoys": 0}
SET_AF_FLOOR |= {"essential": 1.0, "lists": 4, "decoys_per_posting": 0, "decoys": 0}
SET_AG_FLOOR |= {"essential": 1.0, "decoys_per_posting": 0, "decoys": 0}
# Raised in session 7 (branch cv2a-s7: a job table's "Team / Title" column and 至今/现在/현재
# as "to now"; Nordic and Polish parental leave words; a place in a titled line's closing
# note; a promotion by years joined by "->"; a skills column's "AWS (EC2, S3, SageMaker)" no
# heading; "records in Excel." the tool): 12ae months 5 of 5 (largest error 2.9 %), levels
# 41/41; 12af months 5 of 5 (largest 6.8 %), levels 72/73.
SET_AE_FLOOR |= {"months_within_10": 5, "month_error": 0.03}
SET_AF_FLOOR |= {"months_within_10": 5, "month_error": 0.07, "levels": 0.98}
# Raised in session 7 (branch cv2b-s7): a one-firm CV's "Experience — Employer" heading in its
# PDF, a staff consultant's client table as the roles' work, an ATS form's "Start date:" /
# "End date:" lines read: 12ag months 5 of 5 (largest error 0.2 %), 12ah 5 of 5 (largest
# 3.4 %); 12ah levels 41/45 (a PDF's emoji leftover before "Skills" no longer hides its dot
# ratings; "Less than 1 year" is under a year).
SET_AG_FLOOR |= {"months_within_10": 5, "month_error": 0.01}
SET_AH_FLOOR |= {"months_within_10": 5, "month_error": 0.04, "levels": 0.91}
# Raised in session 7 (branch cv3b-s7): students' terms: a co-op CV's own seasons ("Winter =
# Jan–Apr"), "Winter 2024 co-op", a title over "Summer 2024 (10-week ...)" in a Word CV, a
# season's label before written months ("Summer 2023/24: Dec 2023 – Feb 2024"), a German
# student's HiWi and Pflichtpraktikum: 12al months 5 of 5 (largest error 0.4 %).
SET_AL_FLOOR |= {"months_within_10": 5, "month_error": 0.01}
# Raised in session 8 (branch cv-s8a): Italian CVs' headings ("Esperienze lavorative"),
# leave ("Congedo di maternità dal 05/2023 al 09/2023"), degrees and "Statistica"; a share
# of full time as a fraction ("Junior Data Analyst (4/5, 80 %)"): 12am 23/23, months 5 of 5
# (largest error 6.7 %: a French "Stage de recherche (M2)" not counted, 84 for 90).
SET_AM_FLOOR |= {"essential": 1.0, "months_within_10": 5, "month_error": 0.07}
# Raised in session 8 (branch post-s8): a k-of list's items split by ";" one list, and
# "probabilistic machine learning" Bayesian models, not machine learning (12ae lists 3/3,
# 12ao lists 3/3); Italian "statistica" (12am 23/23); "CI" as continuous integration in a
# technical sentence (12ap 20/21).
SET_AE_FLOOR |= {"lists": 3}
SET_AO_FLOOR |= {"lists": 3}
SET_AM_FLOOR |= {"essential": 1.0}
SET_AP_FLOOR |= {"essential": 0.95}
# Raised in session 8 (branch cv-s8d): an Indian IT services CV's employer blocks
# ("Designation :", "DOJ : ... till date", "Date of Relieving", "Duration :"; two
# designations with their own dates), its projects' dates the job's work, "Roles &
# Responsibilities" the job's lines, "Career Objective" a summary; a DevOps engineer's years
# before a career break joined to the MLOps years after it; "On leave from 08/2024 to
# 01/2025 (personal / family reasons)" taken off its job; "Statistics: working level" the
# skill: 12ar months 5 of 5 (largest error 0.0 %), levels 54/56.
SET_AR_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 0.96}
# Raised in session 8 (branch cv-s8c): the statistical sciences are data work ("Principal
# Biostatistician (80 %)") and a hospital's clinical work is not, even as a "Medical
# Scientist" (text.clinical): 12aq months 5 of 5 (largest error 0.0 %: 134.8 and 78 read).
SET_AQ_FLOOR |= {"months_within_10": 5, "month_error": 0.01}
# Raised in session 8 (branch cv-s8e): a LinkedIn profile page's roles as list items with
# their dates below under the company's line (Rafael 0 → 53 of 53); a share closing a
# title's note, "(secondment, 50%)", and the law not data work whatever its field (Ingrid
# 42 → 35 of 35); Spanish "Asistente de investigación" and "Aprendizaje Automático" data
# work (Mateo 3 → 8 of 8); a skill's name read as a heading under a skills section still
# listed (Save to PDF's "Top Skills" / "Machine Learning", a Word copy's "SQL" / "9
# endorsements"): 12as months 5 of 5 (largest error 0.0 %), levels 45/49; 12at months 5 of
# 5 (largest 5.1 %).
SET_AS_FLOOR |= {"months_within_10": 5, "month_error": 0.01, "levels": 0.91}
SET_AT_FLOOR |= {"months_within_10": 5, "month_error": 0.06}
# Raised in session 8 (branch post-s8b): "prompt design" is prompt engineering (12aq 19/20;
# its last, computer vision, is named only in a duty bullet); "an LLM API" asks for the LLMs
# it is about, the catalog's prerequisite named by the name's first word (12as 23/23).
SET_AQ_FLOOR |= {"essential": 0.95}
SET_AS_FLOOR |= {"essential": 1.0}
# Raised in session 8 (branch post-s8b): a LinkedIn sidebar's "SQL" an item of its Top Skills,
# not a heading; two level words in one summary sentence each their own skill's ("a bit of
# Spark" 1); Airflow in words of scheduled data work ("batch scoring with Airflow"): 12as
# levels 44/49 (Marta 11/11).
SET_AS_FLOOR |= {"levels": 0.89}
# Raised in session 8 (branch cv-s8h): a title wrapped inside an acquisition note ("(acquired
# by ... in" / "2020;" / "renamed ...)") read whole (Priya 124 -> 181); an "Earlier career"
# list's roles after their dates and an independent consultant's ML work (Henrik 116.6 ->
# 316.6); an Oracle DBA's years before a break joined to the data platform's after it
# (Deborah 120 -> 265): 12aw months 5 of 5 (largest error 0.0 %).
SET_AW_FLOOR |= {"months_within_10": 5, "month_error": 0.01}
# Raised in session 8 (branch cv-s8g): a GitHub README's job table under "Where I've worked"
# with a "Where" column (Priya 0 -> 8 of 8); a range wrapped in a moderncv CV's left margin
# ("Sep 2022 –" / "present") and UK "Shared parental leave" as leave (Rhys 50 -> 140 of 140;
# 12an's Ravi 163 of 163); a degree dated among jobs in one "Career and education" part a
# degree, not a job (Aiyana 110 -> 58 of 58): 12av months 5 of 5 (largest error 0.0 %),
# 12an months 5 of 5 (largest 0.0 %).
SET_AV_FLOOR |= {"months_within_10": 5, "month_error": 0.001}
SET_AN_FLOOR |= {"month_error": 0.001}
# Raised in session 8 (branch cv-s8f): a Polish CV's words (text.polish: "marzec 2022 –
# obecnie", "wrzesień", "lipiec", "Doświadczenie zawodowe", "urlop macierzyński"): Agnieszka
# 0 → 93 of 93, levels 56/60; a prose posting's "solid SQL is needed" and "Docker and Git
# are daily tools for us" ask (12au 26/26).
SET_AU_FLOOR |= {"essential": 1.0, "months_within_10": 5, "month_error": 0.04, "levels": 0.93}
# Raised in session 8 (branch cv-s8i): South Asian and Gulf date forms ("Nov'23 - Cont.",
# "w.e.f. 15-03-2021 to Sep'23", "01-Apr-2017 to 28-Feb-2021"), a bracketed "converted to
# permanent w.e.f. Jan'24" a change of a job's terms, not a job, and a two-column PDF's
# degree dates wrapped before their dash read whole (a PhD's years join the careers): 12ax
# months 5 of 5 (largest error 5.9 %; Faisal 178, Ayesha 99, Nimal 117 exact), levels 60/61.
SET_AX_FLOOR |= {"months_within_10": 5, "month_error": 0.06, "levels": 0.98}


@pytest.mark.parametrize("name", list(SESSION_6_FLOORS))
def test_this_sessions_sets_are_read_no_worse_than_their_floors(name: str) -> None:
    """Each set's postings and CVs, written blind and measured once, at its floor or above."""
    folder = HERE / "data" / f"text-2026-{name}"
    test_the_12n_and_12o_sets_are_read_no_worse_than_their_floors(folder, SESSION_6_FLOORS[name])
