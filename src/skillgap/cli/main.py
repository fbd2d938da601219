"""The ``skillgap`` application: its subcommands by family, each module imported on first use."""

from __future__ import annotations

from skillgap.cli.lazy import LazyApp
from skillgap.cli.options import Version

#: Each subcommand's family module, in the order help lists them (commands, then groups).
FAMILIES = {
    "assess": "skillgap.cli.assess",
    "plan": "skillgap.cli.assess",
    "validate": "skillgap.cli.validate",
    "skills": "skillgap.cli.catalog",
    "match": "skillgap.cli.assess",
    "compare": "skillgap.cli.compare",
    "batch": "skillgap.cli.batch",
    "init": "skillgap.cli.authoring",
    "review": "skillgap.cli.authoring",
    "import": "skillgap.cli.authoring",
    "extract": "skillgap.cli.text",
    "posting": "skillgap.cli.text",
    "postings": "skillgap.cli.text",
    "schema": "skillgap.cli.catalog",
    "roles": "skillgap.cli.catalog",
}

app = LazyApp(
    families=FAMILIES,
    name="skillgap",
    help="Where you stand against the role you want, and what to learn next.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(version: Version = False) -> None:
    """Where you stand against the role you want, and what to learn next."""
