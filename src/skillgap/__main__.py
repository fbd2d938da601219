"""``python -m skillgap``: the same as the ``skillgap`` command."""

from skillgap.cli import app

if __name__ == "__main__":
    app(prog_name="skillgap")
