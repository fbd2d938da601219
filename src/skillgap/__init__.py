"""skillgap: where you stand against the role you want, and what to learn next.

The library's front is :mod:`skillgap.api`; the command line is :mod:`skillgap.cli`.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
