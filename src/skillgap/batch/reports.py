"""Per-profile reports of a batch run (``--report-dir``): safe unique names, and writing one.

Making a report means assessing the profile with its learning plan
(:func:`skillgap.assessing.assess.assess_text`, the stage below this one).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.batch.spool import Mapped
from skillgap.errors import InputError
from skillgap.output import file_identity, real_path, write_file
from skillgap.untrusted import relative_link

if TYPE_CHECKING:
    from skillgap.assessing.load import Reviewed
    from skillgap.batch.spool import Spool
    from skillgap.catalog.index import CatalogIndex
    from skillgap.models.batch import PersonRow
    from skillgap.models.result import Assessment
    from skillgap.plan import PlanOptions
    from skillgap.renderers import OutputFormat
    from skillgap.renderers.redact import Redactor


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class ReportNames:
    """Unique, safe file names inside one folder, derived from profile paths."""

    folder: Path
    suffix: str
    inputs: set[Path] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    identities: set[tuple[int, int]] = field(default_factory=set)  # inputs' (device, inode)

    def add_input(self, path: str | Path) -> None:
        """Keep reports off this input file: by its resolved path, and by device and inode."""
        self.inputs.add(real_path(path))
        identity = file_identity(path)
        if identity is not None:
            self.identities.add(identity)

    def name_for(self, label: str) -> Path:
        """``team/ana.yaml`` → ``DIR/team__ana.md``: never outside DIR, twice, or an input."""
        parts = [p for p in Path(label).with_suffix("").parts if p not in ("", ".", "..", "/")]
        stem = "__".join(_UNSAFE.sub("_", p).strip("._") or "_" for p in parts)[-150:] or "report"
        candidate, n = stem, 1
        while True:
            target = self.folder / f"{candidate}{self.suffix}"
            if (
                candidate.casefold() not in self.taken
                # the folder resolved, the name not: a symlink at the name is refused on writing
                and real_path(target.parent) / target.name not in self.inputs
                # a hard link to an input is stepped around; a symlink is refused when written
                and file_identity(target, follow_symlinks=False) not in self.identities
            ):
                self.taken.add(candidate.casefold())
                return target
            n += 1
            candidate = f"{stem}-{n}"


def write_report(
    text: str,
    source: str,
    report: Path,
    *,
    catalog: CatalogIndex,
    role: str | None,
    plan: PlanOptions,
    as_of: dt.date,
    fmt: OutputFormat,
    redactor: Redactor | None,
    review: str | None = None,
) -> None:
    """Assess one profile and write its report; InputError or OutputError if it cannot be.

    ``review`` is where the profile's review would be (``NAME.review.yaml``): when it is
    there and applies, as it does to the record's scores, the report shows the reviewed
    levels and says whose review they are; when it does not apply, the claimed levels.
    """
    from skillgap.assessing.assess import assess
    from skillgap.inputs.loader import parse, sha256_hex
    from skillgap.inputs.validation import validate
    from skillgap.models.profile import Profile
    from skillgap.renderers import render_assessment

    doc = parse(text, source, sha256_hex(text.encode()))
    profile = validate(doc, Profile)
    reviewed = _review(review)

    def assessed(applied: Reviewed | None) -> Assessment:
        return assess(profile, catalog, role, document=doc, plan=plan, as_of=as_of, review=applied)

    try:
        result = assessed(reviewed)
    except InputError:
        if reviewed is None:
            raise
        reviewed = None  # a review of another profile: the record counts the claims too
        result = assessed(None)
    if redactor is not None:
        from skillgap.batch.records import personal_in
        from skillgap.renderers.redact import personal_of

        known = personal_in(text, source, catalog)
        if reviewed is not None:  # the reviewer's name and comments are personal too
            known = known | personal_of(
                [("<review>", reviewed.document.source, reviewed.document.data)], catalog
            )
        result = redactor.scrub(result, known)
    # The name is skillgap's own, in a folder others may write to: a symlink planted there
    # is refused, never written through, and the old report is replaced only when whole.
    write_file(report, render_assessment(result, fmt), follow_symlinks=False)


def _review(path: str | None) -> Reviewed | None:
    """The review file at ``path``, read; None when there is none or it cannot be read."""
    if path is None or not os.path.isfile(path):
        return None
    from skillgap.assessing.load import load_review

    try:
        return load_review(path)
    except InputError:  # the record says it was not applied, and why
        return None


def report_links(
    persons: Spool[PersonRow], output: Path | None, report_dir: Path | None
) -> Mapped[PersonRow, PersonRow]:
    """Each person's report as a link relative to the page at ``output`` (stdout: here).

    Links are ``./`` paths with every part percent-encoded (:func:`relative_link`): a
    report folder named ``javascript:…`` or ``reports:2026`` is a folder, not a scheme.
    The rows are made as the page is written, one at a time.
    """
    base = real_path(output.parent if output is not None else Path())
    folder = real_path(report_dir or Path())

    def linked(person: PersonRow) -> PersonRow:
        link = None
        if person.get("report"):
            target = folder / Path(str(person["report"])).name
            link = relative_link(Path(os.path.relpath(target, base)).parts)
        return {**person, "link": link}

    return Mapped(persons, linked)
