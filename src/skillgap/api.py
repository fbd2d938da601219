r"""The library's front: what scripts and distributed jobs call, one function per command.

Everything public is in ``__all__`` and in docs/batch.md's "Library" section; each function's
docstring has an example, run by the tests (paths are relative to the repository). The
functions live in the stage that does the work (:mod:`skillgap.assessing`, and
:mod:`skillgap.batch.front` for ``score_text`` and ``postings_report``); this module names
them in one place.

>>> from skillgap import api
>>> result = api.assess_text("name: Ada\nskills: {python: 3}\n")
>>> result.role.id, result.score > 0
('ml-engineer', True)
"""

from __future__ import annotations

# The examples run in this module's namespace, and use these two names.
import datetime as dt  # noqa: F401
from pathlib import Path  # noqa: F401

from skillgap.assessing.assess import (
    assess,
    assess_data,
    assess_document,
    assess_file,
    assess_text,
    at_level,
    judge_profile,
)
from skillgap.assessing.comparing import compare_files
from skillgap.assessing.load import Reviewed, load_catalog, load_profile, load_result, load_review
from skillgap.assessing.matching import match
from skillgap.assessing.postings import (
    extract_text,
    posting_role,
    read_text,  # noqa: F401  # api.read_text, as before
    with_posting,
)
from skillgap.assessing.validating import validate_paths
from skillgap.assessing.views import plan_report, role_list, role_view, skills_view
from skillgap.batch.front import postings_report, score_text
from skillgap.plan import PlanOptions
from skillgap.scoring.standing import pick_role

__all__ = [
    "PlanOptions",
    "Reviewed",
    "assess",
    "assess_data",
    "assess_document",
    "assess_file",
    "assess_text",
    "at_level",
    "compare_files",
    "extract_text",
    "judge_profile",
    "load_catalog",
    "load_profile",
    "load_result",
    "load_review",
    "match",
    "pick_role",
    "plan_report",
    "posting_role",
    "postings_report",
    "role_list",
    "role_view",
    "score_text",
    "skills_view",
    "validate_paths",
    "with_posting",
]

#: The examples doctest runs: each public name's, wherever it is defined (``doctest.testmod``
#: looks only at what this module defines itself).
__test__ = {name: globals()[name] for name in __all__}
