"""South-East Asian CVs: Thai Buddhist-era years, Indonesian, Malay and Vietnamese words.

``Jan 2022 (B.E. 2565) - Present``, ``03/2020 - nay``, ``Januari 2025 - sekarang``, headings
such as ``PENGALAMAN KERJA`` and ``Kinh nghiệm làm việc``, a heading's "about 20 h/week".

Each CV here is made up for the form it shows (none is copied from a text set). Months count
to 2026-12-07, both end months included.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cvs import jobs_of, read_cv_text
from skillgap.text.dates import find_span
from skillgap.text.sections import kind_of


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar 2019 (B.E. 2562) - Present", dt.date(2019, 3, 1), None),
        ("Feb 2016 (B.E. 2559) - Oct 2018 (B.E. 2561)", dt.date(2016, 2, 1), dt.date(2018, 10, 1)),
        ("Mar 2019 (พ.ศ. 2562) - Present", dt.date(2019, 3, 1), None),
        ("04/2021 - nay", dt.date(2021, 4, 1), None),
        ("04/2021 - hiện tại", dt.date(2021, 4, 1), None),
        ("Maret 2020 - sekarang", dt.date(2020, 3, 1), None),
        ("Ogos 2019 - Disember 2021", dt.date(2019, 8, 1), dt.date(2021, 12, 1)),
        ("Agustus 2019 - saat ini", dt.date(2019, 8, 1), None),
    ],
)
def test_south_east_asian_date_ranges(text: str, start: dt.date, end: dt.date | None) -> None:
    """A Buddhist-era year beside the Gregorian one is passed over; "nay", "sekarang" are now."""
    span = find_span(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_a_since_in_a_note_gives_way_to_the_jobs_range() -> None:
    """``Engineer (Lead since 01/2023) | 03/2020 - nay``: the job began in 2020."""
    span = find_span("Data Engineer (Lead since 01/2023) | 03/2020 - nay")
    assert span is not None
    assert (span.start, span.end) == (dt.date(2020, 3, 1), None)
    alone = find_span("Data Engineer (since 01/2023)")
    assert alone is not None
    assert alone.start == dt.date(2023, 1, 1)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("PENGALAMAN KERJA", "experience"),
        ("Kinh nghiệm làm việc", "experience"),
        ("PENGALAMAN ORGANISASI", "volunteering"),
        ("PENDIDIKAN", "education"),
        ("Học vấn", "education"),
        ("KEAHLIAN", "skills"),
        ("SERTIFIKAT", "certifications"),
        ("PUBLIKASI", "publications"),
        ("### Acme Labs — part-time, about 20 h/week", "other"),
        ("About me", "about"),
    ],
)
def test_south_east_asian_headings(heading: str, kind: str) -> None:
    """Indonesian, Malay and Vietnamese headings; "about 20 h/week" is not "About"."""
    assert kind_of(heading) == kind


BAHASA = """\
NURUL HIDAYAH
Bandung | nurul.h@example.com

PENGALAMAN KERJA
Maret 2023 - sekarang
   Data Analyst - PT Sinar Data Teknologi, Bandung
   - Dashboard penjualan dengan SQL dan Python

Juli - Agustus 2022
   Data Science Intern - PT Maju Bersama
   - Model klasifikasi dengan Python

PENGALAMAN ORGANISASI
2021 - 2022   Ketua Divisi Acara, Himpunan Mahasiswa Statistika

KEAHLIAN
- Python (menengah / intermediate)
- SQL - menengah / intermediate
"""


def test_an_indonesian_cv_counts_its_jobs_not_its_student_clubs() -> None:
    """Mar 2023 - now is 46 months, Jul - Aug 2022 two; the student club is not a job."""
    reading = read_cv_text(BAHASA)
    assert [(t.split(" - ")[0], m, r) for t, m, r in jobs_of(reading)] == [
        ("Data Analyst", 46.0, True),
        ("Data Science Intern", 2.0, True),
    ]
    assert reading.skills["python"].level == 3


VIETNAMESE = """\
# NGUYỄN VĂN AN

## KINH NGHIỆM LÀM VIỆC / WORK EXPERIENCE

### Saigon Vision JSC

**Data Engineer** (Team Lead từ / since 01/2024) | **05/2021 - nay**

- Spark pipelines on Airflow

### Freelance (Upwork) — part-time, about 20 h/week

**Python Developer** | **01/2019 - 12/2019**

- Scrapers in Python

### Hanoi Soft Co., Ltd.

**Software Engineer** | **06/2017 - 04/2021**

- Java backend services
"""


def test_a_vietnamese_cv_reads_each_job_under_its_employer() -> None:
    """``05/2021 - nay`` is 68 months to Dec 2026; "about 20 h/week" opens no section."""
    reading = read_cv_text(VIETNAMESE, "cv.md")
    titles = [t for t, _, _ in jobs_of(reading)]
    assert [t.split(" (")[0] for t in titles] == [
        "Data Engineer",
        "Python Developer",
        "Software Engineer",
    ]
    assert jobs_of(reading)[0][1] == 68.0


LEAVE_WITH_REASON = """\
## Experience

**Data Engineer** — Acme Bank, Kuala Lumpur
*Jan 2024 – Dec 2024*
- Feature pipelines in Python
- *Unpaid leave Mar 2024 – Apr 2024 (2 months, family matters)*
"""


def test_a_leave_with_its_length_and_reason_in_brackets_comes_off_the_job() -> None:
    """``Unpaid leave Mar 2024 – Apr 2024 (2 months, ...)``: twelve months less two."""
    reading = read_cv_text(LEAVE_WITH_REASON, "cv.md")
    assert [m for _, m, _ in jobs_of(reading)] == [10.0]
