"""``python -m skillgap`` and the ``skillgap`` command."""

import gc


def main() -> None:
    """Run the command line, with the cycle collector paused.

    A command builds a few hundred thousand long-lived objects (typer's, pydantic's
    schemas, the catalog) and next to no garbage in cycles, so the collector's passes
    over them are wasted: about 4 % of a short command's instructions. Commands whose
    work grows with their input (``batch``, ``validate``) start it again. At the end
    everything is frozen, so the interpreter's last collection at exit (another 4 %)
    has nothing to go through.

    Only the command line does this: importing skillgap as a library leaves the
    collector alone.
    """
    gc.disable()
    from skillgap.cli import app

    try:
        app(prog_name="skillgap")
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
