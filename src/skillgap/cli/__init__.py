"""The ``skillgap`` command: options in, one request, one library call, a renderer, an exit code.

``from skillgap.cli import app`` gives the typer application (:mod:`skillgap.cli.main`);
importing this package imports nothing else, so a command imports only its own family.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skillgap.cli.main import app as app


def __getattr__(name: str) -> Any:
    if name == "app":
        from skillgap.cli.main import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
