"""``python -m skillgap`` and the ``skillgap`` command."""

import atexit
import gc


def main(prog_name: str | None = None) -> None:
    """Run the command line as this process's program, with the cycle collector paused.

    A command builds a few hundred thousand long-lived objects (typer's, pydantic's
    schemas, the catalog) and next to no garbage in cycles, so the collector's passes
    over them are wasted: about 4 % of a short command's instructions. Commands whose
    work grows with their input (``batch``, ``validate``) run it while they work. When
    the interpreter exits, everything is frozen first, so its last full collection
    (another 4 %) has nothing to go through.

    The collector stays paused after this returns or raises ``SystemExit``: turning it
    back on would cost one pass over everything the command made (3.6 % of an assess,
    measured). A program that wants skillgap's command line inside itself calls
    :data:`skillgap.cli.app` (as typer's ``CliRunner`` does), which leaves the collector
    as it finds it; importing skillgap as a library leaves it alone too.

    ``prog_name``: the name usage lines give (default: the name the command was run by).
    """
    gc.disable()
    atexit.register(gc.freeze)
    from skillgap.cli import app

    app(prog_name=prog_name)


if __name__ == "__main__":
    main(prog_name="skillgap")
