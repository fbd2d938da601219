"""Free text in: reading postings and CVs, the skills they name, and a posting as a role."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from skillgap import api
from skillgap.cli import app
from skillgap.schemas import json_schema
from skillgap.text.read import document_from_bytes, read_document

DATA = Path(__file__).resolve().parent / "data" / "text-2026-12"
runner = CliRunner()
CATALOG = api.load_catalog()
SUFFIXES = (".txt", ".md", ".pdf", ".docx", "")


@pytest.fixture(scope="module")
def catalog() -> api.CatalogIndex:  # type: ignore[name-defined]
    return api.load_catalog()


def _skills(text: str, catalog: object) -> list[tuple[str, str]]:
    doc = document_from_bytes(text.encode(), "<t>")
    return [(s.id, s.text) for s in api.extract_text(doc, catalog).skills]  # type: ignore[arg-type]


def test_whole_phrases_are_found_longest_first(catalog: object) -> None:
    """'Apache Spark', 'Hugging Face Transformers', 'A/B tests' are found whole, once."""
    found = _skills("Apache Spark, Hugging Face Transformers and online A/B tests", catalog)
    assert found == [
        ("spark", "Apache Spark"),
        ("hugging-face", "Hugging Face Transformers"),
        ("ab-testing", "A/B tests"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Team offsites: last time we went go-karting in Eindhoven.",
        "If you think you'd excel in this role, apply anyway.",
        "Our R&D budget is small on purpose.",
        "Send us your CV and a few lines about a model.",
        "Our ML team reports to Ray Oduya and Julia Brandt.",
        "A monthly book club that somehow ended up reading Kafka this spring.",
        "You will join the ML Platform team under Hannah Jenkins, Head of Platform.",
        "Spark & Ember Studio, Kraków; member of Leeds Go Club.",
        "Turn analyses into clear recommendations for go/no-go investment decisions.",
        "you'll be at the helm of technical decisions",
        "R. de Vries, A. Santos. English (C1), German (B2).",
        "Our models were inspired by tree search in Go and chess engines.",
        "Detecting leaf rust in wheat images with our models.",
        "Winner of the Spark Award for data projects.",
    ],
)
def test_ordinary_words_names_and_abbreviations_are_not_skills(text: str, catalog: object) -> None:
    """go-karting, to excel, R&D, your CV, people's and companies' names name no skill."""
    assert _skills(text, catalog) == []


def test_the_same_words_count_in_a_technical_context(catalog: object) -> None:
    """Go, R, Excel, Kafka and Spark count where the sentence is about skills."""
    found = _skills(
        "Fluency in Python or R for analysis. Go — basic. Strong PowerPoint and Excel skills. "
        "Kafka or another streaming platform. Spark (PySpark) — 4 years.",
        catalog,
    )
    assert [i for i, _ in found] == [
        "python",
        "r",
        "go",
        "excel",
        "streaming",
        "streaming",
        "spark",
        "spark",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You will report to **Julia van Dam**, Lead Data Scientist, and write Python.",
        "Our mentor Ray van der Berg reviews your Python code.",
        "Stan de Groot and Julia von Berg review your Python code.",
        "You will report to **Julia**, Lead Data Scientist, and write Python daily.",
        "**Julia** (Head of Data Science) reviews your Python code.",
    ],
)
def test_a_name_with_a_particle_or_in_bold_before_a_title_is_a_person(
    text: str, catalog: object
) -> None:
    """'Julia van Dam', 'Ray van der Berg', '**Julia**, Lead Data Scientist': people, not skills.

    Python in the sentence would make an ordinary 'Julia' the language: the name alone says no.
    """
    assert _skills(text, catalog) == [("python", "Python")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Experience with Julia, a programming language we don't use, is NOT", []),
        ("Help us retire the last R scripts (you won't have to write any, promise)", []),
        ("Python is required, Java is not required.", ["python"]),
        ("Python, and you won't need any Java.", ["python"]),
        ("Strong Python and SQL; we don't use Spark.", ["python", "sql"]),
        (
            "Build Python reports, and we're not talking Excel files, we mean live telemetry",
            ["python"],
        ),
        ("We are not talking about Tableau here; SQL is the daily tool.", ["sql"]),
        ("Our existing finance dashboard (Tableau) stays; you build the SQL behind it.", ["sql"]),
    ],
)
def test_words_after_a_name_that_negate_it_make_it_no_skill(
    text: str, found: list[str], catalog: object
) -> None:
    """'Julia, a language we don't use', 'Java is not required': named as not asked.

    The words after a name up to the next one: 'you won't need any Java' negates Java,
    not the Python before it.
    """
    assert [i for i, _ in _skills(text, catalog)] == found


def test_written_or_spoken_communication_is_the_skill(catalog: object) -> None:
    """'Clear written communication' names the skill; 'communication' alone needs a skill near."""
    assert _skills("Clear written and spoken communication in English", catalog) == [
        ("communication", "communication")
    ]
    assert _skills("We value open communication.", catalog) == []


@pytest.mark.parametrize("bullet", ["o  ", "➤ ", "🔹 ", "+ ", "- "])
def test_a_bullet_of_any_kind_starts_its_item(bullet: str, catalog: object) -> None:
    """'o  Advanced Excel': the capital after a bullet starts a sentence, not a name's."""
    assert _skills(f"{bullet}Advanced Excel and PowerPoint", catalog) == [("excel", "Excel")]


def test_multi_gpu_and_a_ci_pipeline_are_their_skills(catalog: object) -> None:
    """'multi-GPU / multi-node training' is distributed training, 'a CI pipeline' CI/CD."""
    found = _skills("Large-scale runs (multi-GPU / multi-node training); a CI pipeline", catalog)
    assert [i for i, _ in found] == ["gpu-computing", "gpu-computing", "ci-cd"]


def test_a_glued_prefix_makes_another_term(catalog: object) -> None:
    """'self-supervised learning' and 'semi-supervised' are not supervised learning."""
    found = _skills("Depth in self-supervised and semi-supervised learning; Python.", catalog)
    assert found == [("python", "Python")]
    found = _skills("Supervised learning with scikit-learn", catalog)
    assert [i for i, _ in found] == ["model-development", "scikit-learn"]


def test_a_name_in_a_list_of_skills_is_still_the_skill(catalog: object) -> None:
    """Bold or before a family name's particle only in a person's name: 'Python, **Julia**, R'."""
    found = _skills("Python, **Julia**, R and SQL. Experience with Julia or Go.", catalog)
    assert [i for i, _ in found] == ["python", "julia", "r", "sql", "julia", "go"]


def test_positions_point_into_the_file_after_mojibake_is_repaired(catalog: object) -> None:
    """A line with 'â€™' damage is repaired, and columns still count the file's characters."""
    raw = "We’re hiring â€“ youâ€™ll write Python daily".encode()
    doc = document_from_bytes(raw, "<t>")
    assert doc.lines[0].text == "We’re hiring – you’ll write Python daily"
    (found,) = api.extract_text(doc, catalog).skills  # type: ignore[arg-type]
    assert found.column == raw.decode().index("Python") + 1


def test_extract_json_follows_its_schema_and_cites_the_sentence() -> None:
    """`extract -f json` prints id, name, text, line, column and sentence, as its schema says."""
    result = runner.invoke(app, ["extract", str(DATA / "posting-ml-engineer.txt"), "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    jsonschema.validate(report, json_schema("extract"))
    python = next(s for s in report["skills"] if s["id"] == "python")
    assert (python["line"], python["column"], python["text"]) == (21, 11, "Python")
    assert python["sentence"].startswith("Strong Python and solid software engineering habits")
    assert python["name"] == "Python"


def test_extract_reads_stdin_and_is_byte_for_byte_the_same() -> None:
    """`extract -` reads standard input; two runs print the same bytes."""
    text = (DATA / "posting-data-scientist.md").read_bytes()
    first = runner.invoke(app, ["extract", "-", "-f", "json"], input=text)
    second = runner.invoke(app, ["extract", "-", "-f", "json"], input=text)
    assert first.exit_code == 0
    assert first.stdout == second.stdout
    assert '"source": "<stdin>"' in first.stdout


def test_two_column_pdf_is_read_column_by_column() -> None:
    """The two-column PDF CV reads its left column whole, then the right one."""
    text = read_document(DATA / "cv-daniel.pdf").text
    assert text.index("Core skills") < text.index("- Python — expert (12 years)")
    assert text.index("Yoruba") < text.index("Experience") < text.index("Jan 2022 – Present")
    assert "- Python — expert (12 years)\n- PyTorch — expert" in text


def test_word_file_is_read_with_headings_and_lists() -> None:
    """The .docx CV reads as its Markdown: headings and bullets in order."""
    text = read_document(DATA / "cv-priya.docx").text
    assert "## Skills\n- SQL (Snowflake, SQL Server, PostgreSQL) — expert, 7 years" in text


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_bomb() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w>" + " " * (51 * 1024 * 1024) + "</w>")
    return out.getvalue()


def _not_docx() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a Word file")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("locked.pdf", _encrypted_pdf, "encrypted"),
        ("scan.pdf", _blank_pdf, "no text (a scanned image?)"),
        ("cv.docx", _not_docx, "not a Word document"),
        ("junk.docx", lambda: b"\x00\x01garbage" * 50, "not a valid zip"),
        ("junk.txt", lambda: b"\x00\xff\xfe" * 100, "binary"),
        ("broken.pdf", lambda: b"%PDF-1.7\n" + b"\x00garbage" * 100, "PDF"),
        ("book.txt", lambda: b"We use Python daily. " * 15000, "longer than 300,000 characters"),
        ("bomb.docx", _zip_bomb, "unpacks to"),
    ],
)
def test_bad_files_are_refused_with_exit_3(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    """Encrypted, image-only, fake and junk files: one clear line naming the file, exit 3."""
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 3, result.output
    assert str(path) in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 50 MB file is over the 20 MiB limit: refused at once, exit 3."""
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = runner.invoke(app, ["posting", str(path)])
    assert result.exit_code == 3
    assert "larger than the limit" in result.stderr


def test_posting_gives_a_role_that_validates_and_cites_sentences(tmp_path: Path) -> None:
    """`posting -o role.yaml` writes a role `validate` accepts; each requirement cites a line."""
    role = tmp_path / "role.yaml"
    result = runner.invoke(app, ["posting", str(DATA / "posting-ml-engineer.txt"), "-o", str(role)])
    assert result.exit_code == 0, result.output
    text = role.read_text(encoding="utf-8")
    assert "any_of: [pytorch, tensorflow]" in text
    assert "any_of: [aws, gcp, azure]" in text
    assert "min_months: 36" in text
    assert "level: bachelor, fields: [computer-science, mathematics], importance: important" in text
    assert "{skill: spark, level: 2, importance: useful" in text
    assert "posting-ml-engineer.txt:22: Hands-on experience with PyTorch or TensorFlow" in text
    assert "excel" not in text
    assert "linux" not in text  # a perk, not a requirement
    checked = runner.invoke(app, ["validate", str(role)])
    assert checked.exit_code == 0, checked.output


def test_two_of_met_by_members_required_alone_asks_nothing_more(catalog: object) -> None:
    """'two of the following' with two items required alone asks no more, and says so.

    XGBoost and statsmodels (statistics) are required on their own: someone holding them
    holds two of the four the posting names, so no group of the others is added (it asked
    'scikit-learn or LightGBM' of them before); both requirements' notes name the list.
    """
    doc = read_document(DATA / "posting-data-scientist.md")
    text = api.posting_role(doc, catalog)  # type: ignore[arg-type]
    assert "any_of: [scikit-learn" not in text
    for skill, item in (("xgboost", "XGBoost"), ("statistics", "statsmodels")):
        line = next(x for x in text.splitlines() if f"{{skill: {skill}, " in x)
        assert "posting-data-scientist.md:28 asks 2 of its items; the catalog reads 1" in line
        assert f"({item}) as this skill, required here, so the list asks nothing more" in line


def test_assess_with_a_posting_names_it(tmp_path: Path) -> None:
    """`assess PROFILE --posting FILE` scores against the posting's draft role."""
    result = runner.invoke(
        app,
        [
            "assess",
            "profiles/student.yaml",
            "--posting",
            str(DATA / "posting-ml-engineer.txt"),
            "-f",
            "json",
            "--no-plan",
            "--as-of",
            "2026-12-01",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["role"]["name"].startswith("Machine Learning Engineer (Mid-Level)")
    sources = [r["source"] for r in report["requirements"]]
    assert any(s and "posting-ml-engineer.txt:21: Strong Python" in s for s in sources)
    assert report["role"]["name"].endswith("(posting posting-ml-engineer.txt)")
    shown = runner.invoke(
        app, ["plan", "profiles/student.yaml", "--posting", str(DATA / "posting-ml-engineer.txt")]
    )
    assert shown.exit_code == 0, shown.output
    posting = str(DATA / "posting-ml-engineer.txt")
    terminal = runner.invoke(
        app, ["assess", "profiles/student.yaml", "--no-plan", "--details", "--posting", posting]
    )
    assert "asked in posting posting-ml-engineer.txt:22: Hands-on experience" in " ".join(
        terminal.stdout.split()
    )


def test_assess_does_not_import_the_pdf_or_word_reader() -> None:
    """A plain `assess` starts without pypdf or python-docx."""
    command = [sys.executable, "-X", "importtime", "-m", "skillgap", "assess"]
    done = subprocess.run(
        [*command, "profiles/student.yaml", "-f", "json", "--no-plan"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not {m for m in modules if m.split(".")[0] in ("pypdf", "docx", "fpdf")}


@pytest.mark.parametrize("name", ["cv-daniel.pdf", "cv-priya.docx", "cv-tomasz.md"])
def test_import_of_a_cv_writes_a_profile_that_assesses(tmp_path: Path, name: str) -> None:
    """`import cv.pdf|.docx|.md -o me.yaml` writes a profile `assess` accepts, with a report."""
    profile = tmp_path / "me.yaml"
    result = runner.invoke(
        app, ["import", str(DATA / name), "-o", str(profile), "--as-of", "2026-12-07"]
    )
    assert result.exit_code == 0, result.output
    assert "Mapped:" in result.stderr
    assert "estimate" in profile.read_text(encoding="utf-8")
    assessed = runner.invoke(app, ["assess", str(profile), "--no-plan", "--as-of", "2026-12-07"])
    assert assessed.exit_code in (0, 1), assessed.output


def test_cv_levels_jobs_and_evidence(catalog: object) -> None:
    """Words set levels (expert 5, rusty one lower), jobs count months once, skills link jobs."""
    import datetime as dt

    from skillgap.text.cv import read_cv

    reading = read_cv(read_document(DATA / "cv-daniel.pdf"), catalog, dt.date(2026, 12, 7))  # type: ignore[arg-type]
    levels = {k: c.level for k, c in reading.skills.items()}
    assert (levels["python"], levels["tensorflow"], levels["go"], levels["iac"]) == (5, 3, 2, 2)
    months = {j.title.split(" — ")[0]: (j.months, j.relevant, j.kind) for j in reading.jobs}
    assert months["Staff Machine Learning Engineer"] == (60.0, True, "job")  # Jan 2022 - Dec 2026
    assert (
        months["Part-time Lecturer, Applied Machine Learning"][0] == 0
    )  # inside the full-time job
    assert months["Sabbatical"][2] == "break"
    assert reading.core_months == 108  # ML roles: 60 + 48
    assert reading.relevant_months == 154  # and the software engineer's 46 months
    staff = next(j for j in reading.jobs if j.title.startswith("Staff"))
    assert {"pytorch", "kubernetes", "streaming"} <= set(staff.skills)
    assert [d["degree"] for d in reading.degrees] == ["master", "bachelor"]
    assert len(reading.publications) == 2


def test_part_time_work_and_leave_are_counted_as_the_reader_does(catalog: object) -> None:
    """A 20 h/week job counts half; a volunteer's 5 h/week an eighth; parental leave nothing."""
    import datetime as dt

    from skillgap.text.cv import read_cv

    day = dt.date(2026, 12, 7)
    marisol = read_cv(read_document(DATA / "cv-marisol.md"), catalog, day)  # type: ignore[arg-type]
    shares = {j.title.split(" (")[0]: j.fte for j in marisol.jobs}
    assert shares["Junior Data Analyst"] == 0.5
    assert shares["Volunteer Data Analyst"] == 0.125
    ines = read_cv(read_document(DATA / "cv-ines.md"), catalog, day)  # type: ignore[arg-type]
    assert ines.jobs[0].months == 21  # Oct 2024 - Dec 2026, 27 months less six of leave


@pytest.mark.parametrize(
    "note", ["(parental leave 02/2024 – 07/2024)", "Maternity leave: 02/2024 - 07/2024"]
)
def test_leave_on_a_line_of_its_own_under_a_job_is_not_counted(
    note: str, catalog: object, tmp_path: Path
) -> None:
    """A leave written under the job it interrupts is that job's leave, not a job."""
    import datetime as dt

    from skillgap.text.cv import read_cv

    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Ada Example\n\nEXPERIENCE\n\n"
        "10/2023 – present    Postdoctoral Researcher, Probabilistic ML Group\n"
        "                     Hallwyl Institute of Technology, Zürich\n"
        f"                     {note}\n"
        "  - Self-supervised learning for wearable-sensor data (PyTorch)\n",
        encoding="utf-8",
    )
    day = dt.date(2026, 12, 7)
    reading = read_cv(read_document(cv), catalog, day)  # type: ignore[arg-type]
    assert [j.title.split(",")[0] for j in reading.jobs] == ["Postdoctoral Researcher"]
    assert reading.jobs[0].months == 39 - 6  # Oct 2023 - Dec 2026 less Feb - Jul 2024


def test_postings_rank_skills_by_demand_and_gaps_by_postings(tmp_path: Path) -> None:
    """`postings DIR --profile` counts each skill once a posting and weighs gaps by postings."""
    import shutil

    for name in ("posting-ml-engineer.txt", "posting-mlops-engineer.md", "posting-ai-engineer.txt"):
        shutil.copy(DATA / name, tmp_path / name)
    options = ["--profile", "profiles/newcomer.yaml", "-f", "json", "--as-of", "2026-12-07"]
    result = runner.invoke(app, ["postings", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    demand = {s["id"]: (s["required"], s["nice"]) for s in report["skills"]}
    assert demand["python"] == (3, 0)
    assert demand["docker"] == (3, 0)
    assert demand["kubernetes"] == (2, 1)
    weights = [g["postings"] for g in report["gaps"]]
    assert weights == sorted(weights, reverse=True)
    assert report["gaps"][0]["postings"] == 3
    assert len(report["postings"]) == 3


def test_postings_gaps_include_an_either_or_requirement_not_met(tmp_path: Path) -> None:
    """A required "PyTorch or TensorFlow" the person lacks is a gap, counted once a posting."""
    for n in (1, 2):
        (tmp_path / f"p{n}.txt").write_text(
            f"ML Engineer {n}\n\nRequirements\n- Python\n- PyTorch or TensorFlow\n",
            encoding="utf-8",
        )
    profile = tmp_path / "me.yaml"
    profile.write_text("name: A\nskills: {python: 3}\n", encoding="utf-8")
    options = ["--profile", str(profile), "-f", "json", "--as-of", "2026-12-07"]
    result = runner.invoke(app, ["postings", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    gaps = {g["name"]: (g["postings"], g["essential"]) for g in json.loads(result.stdout)["gaps"]}
    assert gaps == {"PyTorch or TensorFlow": (2, 2)}


def test_postings_of_a_folder_without_postings_says_so(tmp_path: Path) -> None:
    """No empty tables: one line names the folder and the files it reads; one posting is one."""
    result = runner.invoke(app, ["postings", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("No posting read in ")
    assert "Skills asked for" not in result.stdout
    (tmp_path / "p.txt").write_text("ML Engineer\n\nRequirements\n- Python\n", encoding="utf-8")
    result = runner.invoke(app, ["postings", str(tmp_path)])
    assert "Skills asked for in 1 posting of" in " ".join(result.stdout.split())


def test_postings_reads_on_past_a_bad_file(tmp_path: Path) -> None:
    """A broken file among the postings is named, the others are read, and the exit is 3."""
    (tmp_path / "a.txt").write_text("Data Engineer\n\nRequirements\n- Strong SQL\n")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00" * 100)
    result = runner.invoke(app, ["postings", str(tmp_path), "-f", "json"])
    assert result.exit_code == 3
    assert "b.pdf" in result.stderr
    assert json.loads(result.stdout)["skills"][0]["id"] == "sql"


def test_small_letters_count_only_in_a_list_of_skills(catalog: object) -> None:
    """'java' and 'go' in small letters are skills in a list of skills, not in a sentence."""
    assert [i for i, _ in _skills("Technologies: javascript, python, java, go", catalog)] == [
        "typescript",
        "python",
        "java",
        "go",
    ]
    assert _skills("Grab a java and go home early.", catalog) == []


_PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"# CV\n"])


@settings(max_examples=60, deadline=None)
@given(prefix=_PREFIXES, body=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_are_read_or_refused(prefix: bytes, body: bytes, suffix: str) -> None:
    """Whatever a file holds, it is read and matched, or refused with an InputError: no crash."""
    from skillgap.errors import InputError

    name = "f" + suffix
    try:
        doc = document_from_bytes(prefix + body, name, suffix)
    except InputError as exc:
        files = {p.file for p in exc.problems}
    else:
        api.extract_text(doc, CATALOG)
        files = {name}
    assert files == {name}


def test_match_ranks_the_posting_among_the_roles() -> None:
    """`match --posting FILE` ranks the posting's draft role with the catalog's roles."""
    posting = str(DATA / "posting-mlops-engineer.md")
    result = runner.invoke(
        app, ["match", "profiles/platform-engineer.yaml", "--posting", posting, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    roles = [r["role"]["id"] for r in json.loads(result.stdout)["ranking"]]
    assert "posting-mlops-engineer-ml-platform" in roles
    assert "mlops-engineer" in roles
