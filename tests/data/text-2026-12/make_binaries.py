"""Make the binary CVs of this set from their Markdown: cv-priya.docx and cv-daniel.pdf.

cv-priya.md becomes a Word file (python-docx): ``#`` lines as headings, ``- `` lines as list
paragraphs, ``**bold**`` as bold runs, a Markdown table as a Word table. cv-daniel.md
becomes a two-column A4 PDF (fpdf2, the DejaVu Sans font): the lines before ``=== COLUMN
BREAK ===`` in a narrow left column, the rest in a wide right column. The two columns are
written to the page row by row, a left line then the right line beside it, as word
processors do, so a reader that takes the text in the order it was written gets the columns
interleaved: only one that reads columns finds the CV's own order.

Run from the repository's root (needs the test extras and a DejaVu Sans font):

    python tests/data/text-2026-12/make_binaries.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
FIXED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)  # the same bytes on every run
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def make_docx(source: Path, target: Path) -> None:
    """The Markdown CV as a Word document, headings and bullets as Word styles."""
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.author = "skillgap tests"
    rows: list[list[str]] = []  # a Markdown table's rows, made one Word table at its end
    for raw in [*source.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):  # not the |---| rule
                rows.append(cells)
            continue
        if rows:
            _table(document, rows)
            rows = []
        if not line:
            continue
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            document.add_heading(heading[2], level=len(heading[1]))
            continue
        if line.startswith("- "):
            paragraph = document.add_paragraph(style="List Bullet")
            line = line[2:]
        else:
            paragraph = document.add_paragraph()
        parts = _BOLD.split(line)
        for i, part in enumerate(parts):
            if part:
                paragraph.add_run(part).bold = i % 2 == 1
    document.save(str(target))


def _table(document: object, rows: list[list[str]]) -> None:
    """A Markdown table as a Word table (as a CV written in Word holds one), bold kept."""
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=False):
            paragraph = cell.paragraphs[0]
            for i, part in enumerate(_BOLD.split(text)):
                if part:
                    paragraph.add_run(part).bold = i % 2 == 1


def _plain(line: str) -> tuple[str, bool]:
    """A Markdown line as printed text, and whether it is bold (a heading or **...**)."""
    text = line.strip()
    bold = text.startswith("#") or (text.startswith("**") and text.endswith("**"))
    text = re.sub(r"^#+\s*", "", text)
    return _BOLD.sub(r"\1", text), bold


def make_pdf(source: Path, target: Path) -> None:
    """The Markdown CV as a two-column PDF, written row by row across both columns."""
    from fpdf import FPDF

    left_md, right_md = source.read_text(encoding="utf-8").split("=== COLUMN BREAK ===")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(auto=False)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    size, height = 8.5, 4.4
    columns = ((12.0, 62.0), (82.0, 116.0))  # (x, width) in mm

    def wrapped(markdown: str, width: float) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        for raw in markdown.splitlines():
            if not raw.strip():
                out.append(("", False))
                continue
            # a tab is white space to the next stop, as a word processor shows it (the
            # font has no glyph for it: left in, it glued "Austin TX" to "Jun 2020")
            text, bold = _plain(raw.expandtabs(8))
            pdf.set_font("DejaVu", "B" if bold else "", size)
            lines = pdf.multi_cell(width, height, text, dry_run=True, output="LINES")
            out += [(str(line), bold) for line in lines]  # type: ignore[union-attr]
        return out

    pdf.add_page()  # measuring a line needs a page
    left = wrapped(left_md.strip("\n"), columns[0][1])
    right = wrapped(right_md.strip("\n"), columns[1][1])
    per_page = int((297 - 24) / height)
    rows = max(len(left), len(right))
    for start in range(0, rows, per_page):
        if start:
            pdf.add_page()
        for row in range(start, min(rows, start + per_page)):
            y = 12 + (row - start) * height
            for lines, (x, width) in ((left, columns[0]), (right, columns[1])):
                if row < len(lines) and lines[row][0]:
                    text, bold = lines[row]
                    pdf.set_font("DejaVu", "B" if bold else "", size)
                    pdf.set_xy(x, y)
                    pdf.cell(width, height, text)
    pdf.output(str(target))


def main() -> None:
    """Write both files beside their Markdown."""
    make_docx(HERE / "cv-priya.md", HERE / "cv-priya.docx")
    make_pdf(HERE / "cv-daniel.md", HERE / "cv-daniel.pdf")


if __name__ == "__main__":
    main()
