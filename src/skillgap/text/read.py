"""Free text into lines with positions: ``.txt``, ``.md``, ``.pdf``, ``.docx`` or stdin.

Every problem is an :class:`~skillgap.errors.InputError` naming the file (exit 3): a file
too large, binary junk, an encrypted or image-only PDF, a zip that is not a Word file.
PDF and Word readers are imported only here, only when such a file is read.

Text damaged by a wrong encoding on the way ("Europeâ€™s" for "Europe’s") is repaired
line by line; each repaired line keeps, character by character, the column it had in the
file, so positions always point into the file as it is. For PDF and Word files, lines and
columns are those of the text extracted (a paragraph or a printed line a line).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from skillgap.errors import InputError, Problem
from skillgap.inputs.files import decode
from skillgap.inputs.loader import read_bytes, sha256_hex
from skillgap.text.markup import decode_entities, html_lines, looks_like_html

if TYPE_CHECKING:  # python-docx is imported only when a Word file is read
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

#: The largest file read: a CV or a posting is a few kilobytes of text; a PDF with
#: embedded fonts and a photo a few megabytes.
MAX_TEXT_FILE_BYTES: Final = 20 * 1024 * 1024
#: The most text read from one file (characters: about 100 pages; a longer text is refused,
#: so matching stays well under a second), and the most PDF pages read.
MAX_TEXT_CHARS: Final = 300_000
MAX_PDF_PAGES: Final = 200
#: A Word file is a zip: what it unpacks to is bounded too (a "zip bomb" is refused).
MAX_UNPACKED_BYTES: Final = 50 * 1024 * 1024
_LIMIT_HINT: Final = (
    f"a posting or a CV is at most a few pages: skillgap reads files up to "
    f"{MAX_TEXT_FILE_BYTES // (1024 * 1024)} MiB"
)

#: UTF-8 read as Windows-1252 ("â€™", "Ã©", "Â·"): each run is tried back into UTF-8.
_MOJIBAKE: Final = re.compile(r"â€.?|â‚¬|[ÃÂÅÄ][\u0080-\u00bf\u0152-\u0178\u2013-\u2122]")
_TEXT_SUFFIXES: Final = frozenset({".txt", ".md", ".markdown", ".text", ""})


@dataclass(frozen=True)
class Line:
    """One line of text: its number (1-based) and, per character, its column in the file."""

    number: int
    text: str
    columns: tuple[int, ...] | None = None  # None: column = index + 1

    def column(self, index: int) -> int:
        """The 1-based column in the file of the character at ``index`` of :attr:`text`."""
        if self.columns is None:
            return index + 1
        return self.columns[min(index, len(self.columns) - 1)] if self.columns else 1


@dataclass(frozen=True)
class TextDocument:
    """A file's text, line by line, with its name, kind and SHA-256."""

    source: str
    kind: str  # txt, md, pdf, docx
    lines: tuple[Line, ...]
    sha256: str

    @property
    def text(self) -> str:
        """The (repaired) text, lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)


def _repair(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Mojibake undone and no-break spaces made plain, with each character's old column."""
    if not _MOJIBAKE.search(text) and "\u00a0" not in text:
        return text, None
    out: list[str] = []
    cols: list[int] = []
    at = 0
    for m in _MOJIBAKE.finditer(text):
        for i in range(at, m.start()):
            out.append(text[i])
            cols.append(i + 1)
        bad = m[0]
        try:
            good = bad.encode("cp1252").decode("utf-8")
        except UnicodeError:
            # "â€" before a dropped byte (0x9d is not in Windows-1252): a closing quote;
            # a run that is not UTF-8 after all stays as it was.
            good = "”" + bad[2:] if bad.startswith("â€") else bad
        for ch in good:
            out.append(ch)
            cols.append(m.start() + 1)
        at = m.end()
    for i in range(at, len(text)):
        out.append(text[i])
        cols.append(i + 1)
    return "".join(out).replace("\u00a0", " ").replace("\u202f", " "), tuple(cols)


def lines_of(text: str) -> tuple[Line, ...]:
    """Text split into repaired lines, numbered from 1.

    HTML entities are decoded, and in a text that looks like HTML its tags are made the
    lines and bullets they show as (:mod:`skillgap.text.markup`): a line of the file may
    then be several lines, each with the file's line number.
    """
    raws = text.splitlines()
    pieces: list[tuple[int, str, list[int] | None]]
    if looks_like_html(text):
        pieces = [*html_lines(raws)]
    else:
        pieces = [(number, raw, None) for number, raw in enumerate(raws, start=1)]
    out = []
    for number, piece, at in pieces:
        if at is None and "&" not in piece:
            fixed, cols = _repair(piece)
            out.append(Line(number, fixed, cols))
            continue
        decoded, where = decode_entities(piece, at or list(range(1, len(piece) + 1)))
        fixed, cols = _repair(decoded)
        kept = where if cols is None else [where[c - 1] for c in cols]
        same = kept == list(range(1, len(fixed) + 1))
        out.append(Line(number, fixed, None if same else tuple(kept)))
    return tuple(out)


def _bounded(text: str, source: str) -> tuple[Line, ...]:
    """The text's lines, or an InputError when it is longer than a posting or CV can be."""
    if len(text) > MAX_TEXT_CHARS:
        raise _problem(
            source,
            f"the text is longer than {MAX_TEXT_CHARS:,} characters (about 100 pages)",
            "a posting or a CV is a few pages: give the part that is one",
        )
    return lines_of(text)


def _problem(source: str, message: str, hint: str | None = None) -> InputError:
    return InputError([Problem(source, 0, 0, message, hint)])


def _decode(raw: bytes, source: str) -> str:
    if b"\x00" in raw[:8192]:
        raise _problem(
            source,
            "the file is binary, not text",
            "give a .txt, .md, .pdf or .docx file (or text on stdin)",
        )
    return decode(raw, source, "save it as UTF-8 text, or give the .pdf or .docx it came from")


#: The files read as postings and CVs (``postings DIR`` reads a folder's of these).
TEXT_SUFFIXES: Final = (".txt", ".md", ".pdf", ".docx")
#: Word processors' other formats: read as text, they give control words, not the CV.
OTHER_FORMATS: Final = (".rtf", ".doc", ".odt", ".pages", ".wpd")


def _kind(raw: bytes, suffix: str) -> str:
    """What the bytes are: their magic number first, the file's extension second."""
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    return "md" if suffix in (".md", ".markdown") else "txt"


def document_from_bytes(raw: bytes, source: str, suffix: str = "") -> TextDocument:
    """Bytes of a text, PDF or Word file as a :class:`TextDocument`."""
    if len(raw) > MAX_TEXT_FILE_BYTES:
        raise _problem(
            source,
            f"the file is larger than the limit of {MAX_TEXT_FILE_BYTES:,} bytes",
            _LIMIT_HINT,
        )
    if suffix.lower() in OTHER_FORMATS or raw.startswith((b"{\\rtf", b"\xd0\xcf\x11\xe0")):
        raise _problem(
            source,
            "the file is a format skillgap does not read (RTF, an old .doc, OpenDocument, Pages)",
            "save it as .docx or .pdf (or copy its text into a .txt file) and give that",
        )
    kind = _kind(raw, suffix.lower())
    if kind == "pdf":
        lines = _pdf_lines(raw, source)
    elif kind == "docx":
        lines = _docx_lines(raw, source)
    else:
        lines = _bounded(_decode(raw, source), source)
    if not any(line.text.strip() for line in lines):
        raise _problem(
            source,
            "the file holds no text" + (" (a scanned image?)" if kind == "pdf" else ""),
            "a PDF of scanned pages needs OCR first (e.g. ocrmypdf); then give its text"
            if kind == "pdf"
            else "give the posting or CV as text",
        )
    return TextDocument(source, kind, lines, sha256_hex(raw))


def read_document(path: Path | str, source: str | None = None) -> TextDocument:
    """Read a posting or CV file; any problem is an InputError naming the file (exit 3)."""
    name = source or str(path)
    raw = read_bytes(path, name, limit=MAX_TEXT_FILE_BYTES, too_large_hint=_LIMIT_HINT)
    return document_from_bytes(raw, name, Path(path).suffix)


# --- PDF ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    x: float
    y: float
    text: str


def _pdf_lines(raw: bytes, source: str) -> tuple[Line, ...]:
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise _problem(source, "reading PDF needs the 'pypdf' package") from exc
    import logging
    import warnings

    # pypdf logs what it repairs in a damaged file; the user gets one clear error or none.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    texts: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(raw), strict=False)
            texts = _pdf_pages(reader, source)
    except InputError:
        raise
    except Exception as exc:  # a damaged PDF raises anything from pypdf's parser
        raise _problem(
            source,
            f"the PDF cannot be read: {type(exc).__name__}: {str(exc)[:200]}",
            "open it in a PDF viewer and save it again, or give its text as .txt",
        ) from exc
    return _bounded("\n".join(texts), source)


def _opens(reader: Any) -> bool:
    """Whether an encrypted PDF opens without a password (many only restrict printing)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001  # an unsupported cipher is a file we cannot open either
        return False


def _pdf_pages(reader: Any, source: str) -> list[str]:
    texts: list[str] = []
    if reader.is_encrypted and not _opens(reader):
        raise _problem(
            source,
            "the PDF is encrypted (password-protected)",
            "save an unprotected copy (or its text) and give that",
        )
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES:
            break
        texts.append(_page_text(page))
        if sum(map(len, texts)) > MAX_TEXT_CHARS:  # at most 200 pages: a short sum
            break
    return texts


def _page_text(page: Any) -> str:
    """A page's text in reading order: a two-column page left column first, then right."""
    pieces: list[_Piece] = []

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], *_: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            for part in text.splitlines():
                if part.strip():
                    pieces.append(_Piece(round(x, 1), round(y, 1), part))

    page.extract_text(visitor_text=visit)
    if not pieces:
        return ""
    split = _column_split(pieces)
    columns = (
        [[p for p in pieces if p.x < split], [p for p in pieces if p.x >= split]]
        if split is not None
        else [pieces]
    )
    out: list[str] = []
    for column in columns:
        rows: dict[float, list[_Piece]] = {}
        for p in column:
            rows.setdefault(round(p.y), []).append(p)
        for y in sorted(rows, reverse=True):
            out.append(" ".join(p.text.strip() for p in sorted(rows[y], key=lambda p: p.x)))
    return "\n".join(out)


def _column_split(pieces: Sequence[_Piece]) -> float | None:
    """The x where a second column starts, if the page has two; else None.

    Two columns show as many printed rows holding two pieces, the second starting at
    (nearly) the same x each time: that x is the split.
    """
    rows: dict[float, list[_Piece]] = {}
    for p in pieces:
        rows.setdefault(round(p.y), []).append(p)
    starts: dict[float, int] = {}
    for row in rows.values():
        if len(row) >= 2:
            for p in sorted(row, key=lambda p: p.x)[1:]:
                starts[round(p.x / 5) * 5] = starts.get(round(p.x / 5) * 5, 0) + 1
    if not starts:
        return None
    x, count = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    lefts = min(p.x for p in pieces)
    if count >= 3 and x - lefts > 100:
        return x - 3
    return None


# --- Word ---------------------------------------------------------------------------------


def _docx_lines(raw: bytes, source: str) -> tuple[Line, ...]:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _problem(
            source,
            "the file is not a Word document (.docx): it is not a valid zip archive",
            "save it from Word or LibreOffice as .docx, or give its text as .txt",
        ) from exc
    if "word/document.xml" not in names:
        raise _problem(
            source,
            "the file is a zip archive, but not a Word document (no word/document.xml)",
            "save it from Word or LibreOffice as .docx, or give its text as .txt",
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise _problem(
            source,
            f"the Word document unpacks to {unpacked:,} bytes, over the limit of "
            f"{MAX_UNPACKED_BYTES:,}",
            "a CV or a posting is a few pages: save those pages alone, or as .txt",
        )
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(raw))
        texts: list[str] = []
        size = 0
        # Paragraphs and tables in the order the page shows them: a CV's jobs in a table
        # belong under the heading above the table, not after the last paragraph.
        for line in _lines(document, Table):
            texts.append(line)
            size += len(line) + 1
            if size > MAX_TEXT_CHARS:
                break
    except Exception as exc:  # a damaged .docx raises anything from its parser
        raise _problem(
            source,
            f"the Word document cannot be read: {type(exc).__name__}: {str(exc)[:200]}",
            "open it in Word or LibreOffice and save it again, or give its text as .txt",
        ) from exc
    return _bounded("\n".join(texts), source)


def _paragraph(paragraph: Paragraph) -> list[str]:
    """A Word paragraph's lines, a heading as ``#`` and a list item as ``-`` as in Markdown."""
    text = paragraph.text
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    if style.startswith("Heading") and text.strip():
        level = style.removeprefix("Heading").strip()
        text = "#" * (int(level) if level.isdigit() else 1) + " " + text
    elif style.startswith("List") and text.strip():
        text = "- " + text
    return text.splitlines() or [""]


def _lines(container: Any, table: type[Table]) -> Iterator[str]:
    """The lines of a Word document (or a table's cell), paragraphs and tables in page order.

    A table of short cells is data (``Dates | Role | Company``): each row one Markdown row,
    as a CV written in Markdown has it, a merged cell (repeated by python-docx) once. A table
    whose cells hold paragraphs lays the page out (a sidebar beside the main column): its
    cells are read one after the other, as columns.
    """
    for block in container.iter_inner_content():
        if not isinstance(block, table):
            yield from _paragraph(block)
            continue
        for row in block.rows:
            cells: list[_Cell] = []
            for cell in row.cells:
                if not cells or cell._tc is not cells[-1]._tc:  # a merged cell, once
                    cells.append(cell)
            if any(len(c.paragraphs) > 1 or c.tables for c in cells):
                for cell in cells:
                    yield from _lines(cell, table)
            else:
                yield "| " + " | ".join(" ".join(c.text.split()) for c in cells) + " |"


def read_stdin(source: str = "<stdin>") -> TextDocument:
    """Text (or a PDF or Word file) piped on standard input, read up to the size limit."""
    import sys

    raw = sys.stdin.buffer.read(MAX_TEXT_FILE_BYTES + 1)
    return document_from_bytes(raw, source)
