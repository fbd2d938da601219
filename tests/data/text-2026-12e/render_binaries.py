"""Make this set's binary CVs from the Markdown its writer gave.

``cv-NAME.docx.md`` becomes ``cv-NAME.docx`` (python-docx) and ``cv-NAME.twocol.md`` becomes
``cv-NAME.pdf``, a two-column A4 PDF (fpdf2) written row by row across both columns, with the
converters of ``tests/data/text-2026-12/make_binaries.py``. The writer wrote the Markdown and
the expectations; nothing in them was changed by the conversion. The writer's month-count
script is kept as ``count_months.py.txt`` (untyped, outside the lint; run it with
``python3 count_months.py.txt``), named ``count_months.py`` in SOURCES.md and the expectations.

Run from the repository's root (needs the test extras and a DejaVu Sans font); another
set's folder as the argument renders that set's (text-2026-12f's two-column PDF):

    python tests/data/text-2026-12e/render_binaries.py [tests/data/text-2026-12f]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _converters() -> ModuleType:
    """The first text set's make_binaries.py, loaded by its path (two modules share its name)."""
    spec = importlib.util.spec_from_file_location(
        "text_2026_12_binaries", HERE.parent / "text-2026-12" / "make_binaries.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(folder: Path = HERE) -> None:
    """Write each binary beside its Markdown."""
    converters = _converters()
    for source in sorted(folder.glob("*.docx.md")):
        converters.make_docx(source, folder / source.name.removesuffix(".md"))
    for source in sorted(folder.glob("*.twocol.md")):
        converters.make_pdf(source, folder / (source.name.removesuffix(".twocol.md") + ".pdf"))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
