"""Single dates where CVs put them: in a left margin, and in italics on a Markdown item.

A German- or Swiss-style CV sets every date in a left margin and the job's title after a
wide gap, a season for an internship among the ranges (``Summer 2025      Data Science
Intern``); a Markdown CV writes ``- **Research Intern**, Lab — *Summer 2018*`` with the
description on the next, indented line, which Markdown reads as the same item.

Certifications and degrees too: a certification's month in numbers (``— 08/2023``) is its
month; a name a column wrapped over lines (``AWS Certified Solutions Architect –`` /
``Associate — 03/2021``) is one; a degree's field after a comma or a bracket
(``Ph.D., Computer Science``, ``Licencjat (Bachelor's degree) in Logistics``).

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included; a month counts once, at most full time.
"""

from __future__ import annotations

from cvs import read_cv_text
from skillgap.text.dates import leading_date, marked_date

MARGIN = """\
JAN KOWALCZYK
Zürich · jan.k@example.ch

BERUFSERFAHRUNG / EXPERIENCE

01/2026 – now       Junior Data Scientist
                    Alpenlicht Versicherung AG, Zürich
                    - pricing models with scikit-learn and pandas

Spring 2025         Machine Learning Intern (full-time)
                    Seeblick Robotics GmbH, Luzern
                    - object detection for pallet robots in PyTorch

2019 – 2020         Barista, Café Rosenhof, Bern

EDUCATION

09/2023 – 12/2025   M.Sc. Data Science, Hochschule Aare
"""


def test_a_season_in_the_left_margin_dates_the_job_after_the_gap() -> None:
    reading = read_cv_text(MARGIN)
    jobs = {j.title.split(" (")[0]: (j.months, j.relevant) for j in reading.jobs}
    assert jobs["Machine Learning Intern"] == (3.0, True)  # Spring 2025: Mar-May
    assert jobs["Junior Data Scientist"] == (12.0, True)
    assert jobs["Barista, Café Rosenhof, Bern"][1] is False
    assert reading.relevant_months == 12 + 3


def test_a_leading_date_needs_a_separator_or_a_wide_gap_after_it() -> None:
    assert leading_date("Summer 2025      Data Science Intern") is not None
    assert leading_date("Summer 2025 (12 weeks)") is not None
    # a date opening a sentence is no margin: one space, then words
    assert leading_date("Summer 2025 I cycled to Istanbul") is None


ITALIC_ITEMS = """\
# Mira Castell

### Experience

- **Research Scientist**, Halden AI, Oslo — *Mar 2023 – present*
  Offline reinforcement learning for ship routing.
- **Research Intern**, Nordlys Labs, Bergen — *Summer 2021*
  Imitation learning for robotic grasping.
- **Applied Scientist**, Fjord Analytics, Oslo — *Jan 2019 – Dec 2020*
  Demand forecasting models.
"""


def test_an_italic_single_date_dates_a_markdown_item_its_description_joined() -> None:
    reading = read_cv_text(ITALIC_ITEMS, "cv.md")
    jobs = {j.title.split(",")[0]: j.months for j in reading.jobs}
    assert jobs["Research Intern"] == 3.0  # Summer 2021: Jun-Aug
    assert jobs["Research Scientist"] == 46.0
    assert reading.relevant_months == 46 + 3 + 24


def test_a_marked_date_is_fenced_by_its_marks() -> None:
    found = marked_date("- **Intern**, Lab — *Summer 2018* Grasping with imitation learning.")
    assert found is not None
    assert found[0].text == "Summer 2018"
    assert marked_date("- **Intern**, Lab — _Mar 2024_") is not None
    assert marked_date("Shipped the 2024 roadmap") is None  # no marks: no date field


ACADEMIC = """\
# Ines Varga, PhD

### Appointments

- **Research Scientist**, Kestrel Robotics, Vienna — *Jan 2022 – present*
  Model-based reinforcement learning.
- **Software Engineer**, Danubia Telecom, Budapest — *Jan 2014 – Aug 2017*
  Billing services in Java.

### Education

- **PhD in Computer Science**, Technical University of Pannonia — *Oct 2017 – Dec 2021*
- **MSc in Computer Science**, Pannonia University — *2012 – 2014*
"""


def test_the_years_of_a_doctorate_join_the_work_before_it_to_the_research_after() -> None:
    reading = read_cv_text(ACADEMIC, "cv.md")
    jobs = {j.title.split(",")[0]: (j.months, j.relevant) for j in reading.jobs}
    # one month (Sep 2017) without work, then the PhD's years: research, not a gap
    assert jobs["Software Engineer"] == (44.0, True)
    assert reading.relevant_months == 60 + 44


def test_a_taught_masters_years_still_part_an_earlier_career() -> None:
    text = ACADEMIC.replace("PhD in Computer Science", "MSc in Machine Learning").replace(
        "MSc in Computer Science", "BSc in Computer Science"
    )
    reading = read_cv_text(text, "cv.md")
    jobs = {j.title.split(",")[0]: j.relevant for j in reading.jobs}
    assert jobs["Software Engineer"] is False  # a backend developer who took an ML master's


LINKEDIN_SABBATICAL = """\
Contact
karin.holm@example.se

Karin Holm
Staff ML Platform Engineer at Granskog Energy

Experience

Granskog Energy AB
ML Platform Engineer
March 2023 - Present (3 years 10 months)
Luleå, Sweden
MLflow registry and model serving on Kubernetes.

Tallbacka Consulting AB
DevOps Consultant
April 2022 - February 2023 (11 months)
Terraform and Kubernetes migrations.

Career break
October 2021 - March 2022 (6 months)
Sabbatical: sailed from Luleå to Lisbon.

Kronbank AB
Backend Developer
September 2018 - September 2021 (3 years 1 month)
Payment APIs in Java.

Kronbank AB
Software Developer (part-time, 50%, during studies)
January 2017 - August 2018 (1 year 8 months)

Café Norrsken
Barista
2015 - 2017 (3 years)

Education

Luleå Institute of Technology
Bachelor of Science (BSc), Computer Engineering · (2015 - 2018)
"""


def test_a_sabbatical_pauses_a_software_career_it_does_not_end_it() -> None:
    reading = read_cv_text(LINKEDIN_SABBATICAL)
    jobs = {j.title.split(" (")[0].split(" — ")[-1]: (j.months, j.relevant) for j in reading.jobs}
    assert jobs["Backend Developer"] == (37.0, True)
    # 20 months at half time; the barista job beside it (not relevant) takes nothing from it
    assert jobs["Software Developer"] == (10.0, True)
    assert jobs["Barista"][1] is False
    assert reading.relevant_months == 46 + 11 + 37 + 10


def test_systems_administration_before_a_break_stays_an_earlier_career() -> None:
    text = LINKEDIN_SABBATICAL.replace("Backend Developer", "Systems Administrator").replace(
        "Software Developer (part-time, 50%, during studies)", "IT Support (part-time, 50%)"
    )
    reading = read_cv_text(text)
    assert reading.relevant_months == 46 + 11  # the administrator's years: another trade


GROUPED_PDF = """\
NOOR HADDAD
SKILLS
Expert
Kubernetes · Docker
Proficient
Python · MLflow ·
Terraform
Basic
Go
EXPERIENCE
MLOps Engineer — Cedar Payments, Leeds
03/2021 – now
- Model serving on Kubernetes.
"""


def test_a_level_word_alone_over_a_pdfs_skill_list_gives_its_items_that_level() -> None:
    reading = read_cv_text(GROUPED_PDF)
    levels = {k: c.level for k, c in reading.skills.items()}
    assert levels["kubernetes"] == 5  # "Expert" on its own line: the bold a PDF's text lost
    assert levels["docker"] == 5
    assert levels["python"] == 4
    assert levels["iac"] == 4  # "Terraform", wrapped onto the next line of the group
    assert levels["go"] == 2
    assert reading.skills["kubernetes"].why.startswith("Expert")


CREDENTIALS = """\
Ola Brandt

Experience
Platform Engineer — Kelpie Cloud — 03/2019 – now

Certifications
Certified Kubernetes Administrator (CKA) — 08/2023
HashiCorp Certified: Terraform Associate — 2022-10
Microsoft Certified: Azure AI Engineer Associate (AI-102) - 08/2024
Google Cloud Professional Machine Learning Engineer (Oct 2024)
AWS Certified Machine Learning - Specialty                issued June 2021
AWS Certified Solutions Architect –
Associate — 03/2021
Deep Learning Specialization,
DeepLearning.AI / Coursera — Feb
2024
Tableau Desktop Specialist
Google Analytics Individual Qualification

Education
- **Ph.D., Computer Science** (machine learning), Université de Lorin — Sep 2022 – present
- **M.Sc., Applied Mathematics**, Université de Lorin — 2020 – 2022
- Licencjat (Bachelor's degree) in Logistics, WSL Poznań — 2013
- B.Tech Electronics and Communication Engineering, Kerala — 2012 – 2016
- Bachelor of Science in Business Administration, Umeå — 2011
- Masterarbeit: "Drift in Bildklassifikatoren", Note 1,3
"""


def test_a_certifications_month_is_its_month_however_written() -> None:
    reading = read_cv_text(CREDENTIALS)
    assert reading.certifications == [
        {"name": "Certified Kubernetes Administrator (CKA)", "earned": "2023-08-01"},
        {"name": "HashiCorp Certified: Terraform Associate", "earned": "2022-10-01"},
        # its date after a hyphen, in brackets, after a gap: still its date
        {"name": "Microsoft Certified: Azure AI Engineer Associate", "earned": "2024-08-01"},
        {"name": "Google Cloud Professional Machine Learning Engineer", "earned": "2024-10-01"},
        {"name": "AWS Certified Machine Learning - Specialty", "earned": "2021-06-01"},
    ]


def test_a_certifications_name_wrapped_over_lines_is_one() -> None:
    reading = read_cv_text(CREDENTIALS)
    assert reading.unknown_certifications == [
        "AWS Certified Solutions Architect – Associate — 03/2021",
        "Deep Learning Specialization, DeepLearning.AI / Coursera — Feb 2024",
        # two names without dates, one a line: two certifications, not one wrapped
        "Tableau Desktop Specialist",
        "Google Analytics Individual Qualification",
    ]


def test_a_degrees_field_after_a_comma_or_a_bracket_is_its_field() -> None:
    reading = read_cv_text(CREDENTIALS)
    assert [(d["degree"], d.get("field"), d["status"]) for d in reading.degrees] == [
        ("phd", "Computer Science", "in_progress"),
        ("master", "Applied Mathematics", "completed"),
        ("bachelor", "Logistics", "completed"),
        ("bachelor", "Electronics and Communication Engineering", "completed"),
        ("bachelor", "Business Administration", "completed"),
        # a master's thesis is no degree of its own
    ]


def test_a_degrees_abbreviation_or_honours_before_its_field_is_passed_over() -> None:
    reading = read_cv_text(
        "Ola Brandt\n\nEducation\n\n"
        "* **PhD, Computer Science** (machine learning), Harwick University, 2016 – 2020\n"
        "  Thesis: *Learning without labels*\n"
        "* **BSc (Hons), Physics**, first class, Lagoon University, 2008 – 2012\n"
        "* Bachelor of Engineering - BE, Computer Engineering, 2013 - 2016\n"
        "* Bachelor of Science (BSc), Computer Engineering · (2015 - 2018)\n"
        "* **Master's degree (mgr), Finance and Accounting**, 2009 – 2014\n"
    )
    # the thesis line indented under its item is the item's, not a heading over the rest
    assert [(d["degree"], d.get("field")) for d in reading.degrees] == [
        ("phd", "Computer Science"),
        ("bachelor", "Physics"),
        ("bachelor", "Computer Engineering"),
        ("bachelor", "Computer Engineering"),
        ("master", "Finance and Accounting"),
    ]
