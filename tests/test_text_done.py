"""Issue 27's done-when, each as a user meets it through the command line.

A PDF and a Word CV written here import to a profile ``validate`` accepts, with their jobs'
months; a bad file is refused with exit 3 by every command that reads free text; the same
input gives the same bytes twice; ``postings DIR`` leaves a CV in the folder aside and says so.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from skillgap.cli import app

runner = CliRunner()
DATA = Path(__file__).resolve().parent / "data" / "text-2026-12"
POSTING = DATA / "posting-ml-engineer.txt"
AS_OF = ["--as-of", "2026-12-07"]

CV_LINES = [
    ("h", "Jordan Reyes"),
    ("p", "Data analyst moving into machine learning."),
    ("h", "Experience"),
    ("b", "Data Analyst — Northwind Retail, Leeds"),
    ("p", "Mar 2022 – Present"),
    ("l", "Built Power BI dashboards and SQL models for 40 stores"),
    ("l", "Forecast weekly demand in Python with pandas and scikit-learn"),
    ("b", "Barista — Corner Coffee (weekends)"),
    ("p", "2019 – 2021"),
    ("h", "Education"),
    ("p", "BSc Mathematics — University of York — 2018–2021"),
    ("h", "Skills"),
    ("l", "SQL — proficient"),
    ("l", "Python — working knowledge"),
    ("l", "Power BI — expert"),
]


def _docx() -> bytes:
    import docx

    document = docx.Document()
    for kind, text in CV_LINES:
        if kind == "h":
            document.add_heading(text, level=1 if text == "Jordan Reyes" else 2)
        elif kind == "l":
            document.add_paragraph(text, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = kind == "b"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=_font())
    for kind, text in CV_LINES:
        pdf.set_font("DejaVu", size=14 if kind == "h" else 10)
        pdf.cell(0, 7, ("- " if kind == "l" else "") + text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _font() -> str:
    """A TrueType font with dashes and accents (fpdf2's own fonts are Latin-1 only)."""
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.is_file():
        pytest.skip("no DejaVu Sans on this machine to write an en dash into a PDF")
    return str(font)


@pytest.mark.parametrize(("name", "make"), [("cv.docx", _docx), ("cv.pdf", _pdf)])
def test_a_word_and_a_pdf_cv_import_to_a_valid_profile(
    tmp_path: Path, name: str, make: Callable[[], bytes]
) -> None:
    """The profile validates; the analyst job counts 58 months, the barista's none."""
    cv = tmp_path / name
    cv.write_bytes(make())
    profile = tmp_path / "me.yaml"
    result = runner.invoke(app, ["import", str(cv), "-o", str(profile), *AS_OF])
    assert result.exit_code == 0, result.output
    checked = runner.invoke(app, ["validate", str(profile)])
    assert checked.exit_code == 0, checked.output
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    jobs = [e for e in data["experience"] if e.get("kind") == "job"]
    assert [(j["title"].split(" — ")[0], j["months"]) for j in jobs] == [("Data Analyst", 58)]
    levels = data["skills"]
    assert (levels["sql"], levels["python"], levels["power-bi"]) == (4, 3, 5)
    assert "Barista" in result.stderr  # named as not counted, in the mapping report


def test_a_word_cvs_jobs_in_a_table_are_read_where_the_table_stands(tmp_path: Path) -> None:
    """Jobs in a Word table under Experience count, though Education follows the table."""
    import docx

    document = docx.Document()
    document.add_heading("Sam Okoro", level=1)
    document.add_heading("Experience", level=2)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Dates", "Role", "Company"),
        ("03/2021 – Present", "Data Scientist", "Harbour Analytics"),
        ("09/2018 – 02/2021", "Data Analyst", "Kestrel Bank"),
    ]
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    document.add_heading("Education", level=2)
    document.add_paragraph("BSc Statistics, University of Leeds, 2015 – 2018")
    cv = tmp_path / "cv.docx"
    document.save(str(cv))
    profile = tmp_path / "me.yaml"
    result = runner.invoke(app, ["import", str(cv), "-o", str(profile), *AS_OF])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    jobs = sorted(e["months"] for e in data["experience"] if e.get("kind") == "job")
    assert jobs == [30, 70]  # Sep 2018 - Feb 2021; Mar 2021 - Dec 2026


def test_a_word_cv_laid_out_in_a_table_is_read_column_by_column(tmp_path: Path) -> None:
    """A template's sidebar and main column, two cells of one table: each read as a column."""
    import docx

    document = docx.Document()
    document.add_heading("Ana Ruiz", level=1)
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS"
    for line in ("Python — expert", "SQL — basic", "LANGUAGES", "Spanish, English"):
        left.add_paragraph(line)
    right.text = "EXPERIENCE"
    for line in (
        "Machine Learning Engineer, Corvid Labs",
        "Jan 2022 – Present",
        "Trained and shipped PyTorch models",
        "EDUCATION",
        "MSc Computer Science, 2019 – 2021",
    ):
        right.add_paragraph(line)
    cv = tmp_path / "cv.docx"
    document.save(str(cv))
    profile = tmp_path / "me.yaml"
    result = runner.invoke(app, ["import", str(cv), "-o", str(profile), *AS_OF])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    assert [e["months"] for e in data["experience"] if e.get("kind") == "job"] == [60]
    assert (data["skills"]["python"], data["skills"]["sql"]) == (5, 2)


def _image_pdf() -> bytes:
    """A scanned page: one image, no text."""
    from fpdf import FPDF
    from PIL import Image

    picture = io.BytesIO()
    Image.new("L", (120, 160), 200).save(picture, format="PNG")
    picture.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=120)
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_not_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a Word file")
    return out.getvalue()


BAD = [
    ("scan.pdf", _image_pdf, "no text (a scanned image?)"),
    ("locked.pdf", _encrypted_pdf, "encrypted"),
    ("cv.docx", _zip_not_docx, "not a Word document"),
    ("junk.md", lambda: bytes(range(256)) * 64, "binary"),
    ("cv.rtf", lambda: b"{\\rtf1\\ansi Python and SQL}", "a format skillgap does not read"),
    ("cv.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "does not read"),
]
COMMANDS = [
    ["import", "{file}", "-o", "{out}"],
    ["posting", "{file}"],
    ["assess", "profiles/student.yaml", "--no-plan", "--posting", "{file}"],
    ["extract", "{file}"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize(("name", "make", "message"), BAD, ids=lambda x: str(x)[:12])
def test_a_bad_file_is_refused_by_every_command_with_exit_3(
    tmp_path: Path, command: list[str], name: str, make: Callable[[], bytes], message: str
) -> None:
    """An image-only or encrypted PDF, a zip that is not Word, junk: one clear line, exit 3."""
    path = tmp_path / name
    path.write_bytes(make())
    args = [a.format(file=path, out=tmp_path / "out.yaml") for a in command]
    dated = command[0] in ("import", "assess")
    result = runner.invoke(app, [*args, *AS_OF] if dated else args)
    assert result.exit_code == 3, result.output
    assert message in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_a_50_mb_cv_is_refused_by_import_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = runner.invoke(app, ["import", str(path), "-o", str(tmp_path / "me.yaml"), *AS_OF])
    assert result.exit_code == 3
    assert "larger than the limit" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["import", str(DATA / "cv-daniel.pdf"), *AS_OF],
        ["import", str(DATA / "cv-priya.docx"), *AS_OF],
        ["posting", str(POSTING)],
        ["assess", "profiles/student.yaml", "--posting", str(POSTING), "--details", *AS_OF],
        ["assess", "profiles/student.yaml", "--posting", str(POSTING), "-f", "json", *AS_OF],
    ],
    ids=["import-pdf", "import-docx", "posting", "assess-terminal", "assess-json"],
)
def test_the_same_input_gives_the_same_bytes(command: list[str]) -> None:
    first = runner.invoke(app, command)
    second = runner.invoke(app, command)
    assert first.exit_code in (0, 1), first.output
    assert first.stdout_bytes == second.stdout_bytes
    assert first.stderr_bytes == second.stderr_bytes


def test_assess_with_a_posting_explains_each_requirement_by_its_sentence() -> None:
    """Every skill requirement of the report cites a line of the posting it came from."""
    result = runner.invoke(
        app, ["assess", "profiles/student.yaml", "--posting", str(POSTING), "-f", "json", *AS_OF]
    )
    report = json.loads(result.stdout)
    skills = [r for r in report["requirements"] if r["kind"] == "skill"]
    assert skills
    lines = POSTING.read_text(encoding="utf-8").splitlines()
    for row in skills:
        where, sentence = row["source"].split(": ", 1)
        number = int(where.rsplit(":", 1)[1])
        assert sentence.split()[0] in lines[number - 1], row["source"]


def test_postings_leaves_a_cv_in_the_folder_aside_and_says_so(tmp_path: Path) -> None:
    """A CV among the postings is not counted as one; the report and a warning name it."""
    for name in ("posting-ml-engineer.txt", "cv-tomasz.md"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "notes.md").write_text("# Notes\n\nPostings saved on Monday.\n")
    result = runner.invoke(app, ["postings", str(tmp_path), "-f", "json", *AS_OF])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [p["file"] for p in report["postings"]] == ["posting-ml-engineer.txt"]
    assert report["skipped"] == [
        {"file": "cv-tomasz.md", "reason": "a CV"},
        {"file": "notes.md", "reason": "no requirements"},
    ]
    assert "cv-tomasz.md left aside, not a posting: a CV" in result.stderr
    shown = runner.invoke(app, ["postings", str(tmp_path), *AS_OF])
    shown_text = " ".join(shown.stdout.split())
    assert "left aside: cv-tomasz.md reads as a CV" in shown_text
    assert "left aside: notes.md asks for nothing the catalog knows" in shown_text


@pytest.mark.parametrize("command", ["assess", "plan", "match"])
def test_a_posting_that_asks_for_no_skill_is_refused_not_ready(
    tmp_path: Path, command: str
) -> None:
    """Scored against nothing, anyone is "ready": a barista posting is refused with exit 3."""
    posting = tmp_path / "barista.txt"
    posting.write_text("Barista\n\nRequirements\n- 2+ years of coffee experience\n")
    result = runner.invoke(app, [command, "profiles/student.yaml", "--posting", str(posting)])
    assert result.exit_code == 3, result.output
    assert "asks for no skill the catalog knows" in result.stderr
    assert "READY" not in result.stdout.upper()


def test_a_cv_given_as_the_posting_is_refused_and_redacted(tmp_path: Path) -> None:
    """A CV passed as --posting: exit 3, 'reads as a CV', and under --redact no file name."""
    cv = tmp_path / "zqx-marta-cv.md"
    cv.write_text(
        "# Marta\n\n## Experience\n- Data Analyst, Kappa — 2020 – now\n\n"
        "## Education\n- BSc Mathematics, 2016 – 2019\n\n## Skills\n- Python, SQL\n"
    )
    result = runner.invoke(app, ["assess", "profiles/student.yaml", "--posting", str(cv)])
    assert result.exit_code == 3, result.output
    assert "reads as a CV" in result.stderr
    result = runner.invoke(
        app, ["assess", "profiles/student.yaml", "--posting", str(cv), "--redact"]
    )
    assert result.exit_code == 3
    assert "zqx" not in result.stderr
    assert result.stderr.startswith("<posting>: error: this reads as a CV")


def test_a_postings_years_count_only_work_in_the_field_they_name(tmp_path: Path) -> None:
    """'3+ years building machine learning systems': an analyst's years count for nothing."""
    posting = tmp_path / "p.txt"
    posting.write_text(
        "ML Engineer\n\nRequirements\n- Python\n- 3+ years building machine learning systems\n"
    )
    drafted = runner.invoke(app, ["posting", str(posting)])
    assert "relevance: ml-engineering" in drafted.stdout
    profile = tmp_path / "me.yaml"
    job = "{kind: job, title: Senior Data Analyst, months: 60, skills: [sql, tableau]}"
    profile.write_text(f"name: A\nskills: {{python: 3}}\nexperience:\n  - {job}\n")
    result = runner.invoke(
        app, ["assess", str(profile), "--posting", str(posting), "-f", "json", *AS_OF]
    )
    assert result.exit_code == 0, result.output
    years = next(r for r in json.loads(result.stdout)["requirements"] if r["kind"] == "experience")
    assert years["status"] == "missing"


def test_a_posting_given_to_import_is_refused_not_a_person_with_no_skills(
    tmp_path: Path,
) -> None:
    """`import posting.md` said nothing and wrote a profile named after the job: now exit 3."""
    posting = tmp_path / "ml-engineer.md"
    posting.write_text(
        "# Machine Learning Engineer — Fjordpay\n\n## Requirements\n- Python and SQL\n"
        "- PyTorch or TensorFlow\n\n## Nice to have\n- Kubernetes\n"
    )
    out = tmp_path / "me.yaml"
    result = runner.invoke(app, ["import", str(posting), "-o", str(out), *AS_OF])
    assert result.exit_code == 3, result.output
    assert "reads as a job posting" in result.stderr
    assert f"'skillgap posting {posting}'" in result.stderr
    assert not out.exists()


def test_a_posting_of_key_skills_and_education_is_a_posting_not_a_cv(tmp_path: Path) -> None:
    """CV-like headings alone do not make a CV: one without dated jobs drafts its role."""
    posting = tmp_path / "analyst.txt"
    posting.write_text("Junior Data Analyst\n\nKey skills\n- SQL\n- Power BI\n\nEducation\n- BSc\n")
    result = runner.invoke(app, ["posting", str(posting)])
    assert result.exit_code == 0, result.output
    assert "{skill: sql," in result.stdout
