"""The Dask recipe's old import path; it lives in :mod:`skillgap.batch.cluster` now.

``from skillgap.cluster import records_bag`` was the documented way in; it keeps working,
with a :class:`DeprecationWarning`, until version 1.0.
"""

from __future__ import annotations

import warnings

from skillgap.batch.cluster import records_bag, score_paths

__all__ = ["records_bag", "score_paths"]

warnings.warn(
    "skillgap.cluster is now skillgap.batch.cluster; the old name goes in version 1.0",
    DeprecationWarning,
    stacklevel=2,
)
