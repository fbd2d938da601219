"""One profile's batch record: scored from its text, and as JSONL and CSV write it.

:func:`score_text` is the per-profile work, a pure function of the text, the catalog and
the roles. A record is plain JSON data in the shape of
:class:`skillgap.models.batch.BatchRecord` (``skillgap schema batch``): building a model per
record would cost a few percent of a run, so the hot path builds the dict and the tests
validate every record they make against the schema.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from typing import Any, Final, NamedTuple

from pydantic_core import to_json

from skillgap.catalog.index import DEFAULT_ROLE, CatalogIndex
from skillgap.errors import InputError, Problem
from skillgap.inputs.loader import decode, parse, parse_data, read_bytes, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.common import CATEGORIES
from skillgap.models.profile import Profile
from skillgap.models.result import Warning
from skillgap.plan.options import profile_wishes
from skillgap.renderers.redact import Personal, Redactor, personal_of
from skillgap.scoring.evidence import counted_levels
from skillgap.scoring.quick import scorer
from skillgap.scoring.standing import Standing, resolve, unknown_target_role
from skillgap.untrusted import csv_cell, json_text, path_text

#: A batch record as JSONL and JSON print it (plus, inside a run, the cohort's inputs).
Record = dict[str, Any]


def error_record(file: str, problems: Sequence[Problem]) -> Record:
    """The record of a file that cannot be scored: its first problem, and how many."""
    first = problems[0]
    return {
        "file": file,
        "name": None,
        "results": [],
        "warnings": [],
        "error": {
            "line": first.line,
            "column": first.column,
            "message": first.message,
            "hint": first.hint,
            "problems": len(problems),
        },
    }


def internal_record(file: str, message: str, hint: str) -> Record:
    """The record of a file skillgap itself failed on: ``error.internal`` says so."""
    record = error_record(file, [Problem(file, 0, 0, message, hint)])
    record["error"]["internal"] = True
    return record


def output_record(file: str, message: str) -> Record:
    """The record of a file whose report could not be written: ``error.output`` says so."""
    record = error_record(
        file, [Problem(file, 0, 0, message, "check the --report-dir folder and try again")]
    )
    record["error"]["output"] = True
    return record


def review_path(path: str, review_dir: str | None = None) -> str:
    """Where a profile's review is: ``NAME.review.yaml`` beside it, or in ``review_dir``."""
    stem = os.path.splitext(path)[0]
    if review_dir is not None:
        stem = os.path.join(review_dir, os.path.basename(stem))
    return stem + ".review.yaml"


def reviewed_levels(
    profile: Profile, text: str, review: str, catalog: CatalogIndex
) -> tuple[dict[str, int], str, dict[str, str] | None]:
    """The levels a mentor's review sets for this profile, a warning saying so, and whose.

    Whose: ``{"by": reviewer, "on": date}`` when the review applies, for the cohort's pages.

    As ``assess --review`` applies it: by the profile's hash, or, for a profile edited
    since, the answers whose claims did not change. A review that does not apply is
    named in the warning, and the claimed levels count.
    """
    from pathlib import Path

    from skillgap.inputs.loader import load_file
    from skillgap.models.review import Review
    from skillgap.scoring.evidence import fingerprinted, review_levels, still_applies

    try:
        found = validate(load_file(Path(review)), Review)
    except InputError as exc:
        return {}, f"the mentor's review was not applied: {exc.problems[0].message}", None
    reopened: list[str] = []
    if found.profile_sha256 != sha256_hex(text.encode()):
        if fingerprinted(found):
            found, reopened = still_applies(found, profile, catalog)
        if not found.skills:
            return (
                {},
                "the mentor's review was not applied: it is of another profile, or of an "
                "earlier version of this one (review it again with 'skillgap review')",
                None,
            )
    levels = {s: lvl for s, (lvl, _) in review_levels(found, catalog).items() if lvl is not None}
    note = f"a mentor's review applies: {len(levels)} level(s) verified"
    if reopened:
        note += f"; {len(reopened)} answer(s) no longer apply, as the profile changed since"
    return levels, note, {"by": found.reviewer, "on": found.date.isoformat()}


def _positioned(
    text: str, source: str, catalog: CatalogIndex, as_of: dt.date
) -> tuple[Profile, Standing, list[Warning]]:
    """The slow path: parse with positions, so that any problem is located."""
    doc = parse(text, source, sha256_hex(text.encode()))
    profile = validate(doc, Profile)
    day = as_of
    standing, warnings = resolve(profile, catalog, doc, as_of=day)
    standing = counted_levels(profile, standing, catalog, day, doc)
    return profile, standing, warnings


#: How many unknown names of one file stderr lists before "and N more" (as assess does).
SHOWN_UNKNOWN: Final = 5


def notices(found: Sequence[Warning], source: str) -> list[str]:
    """The file's names the catalog did not know, for stderr, each with its "did you mean".

    Five at most, then a count, as assess gives them; located when the slow path read
    positions (the fast path, most files, names the file alone).
    """
    unknown = [w for w in found if w.code.startswith("unknown-")]
    lines = [
        f"{source}:{w.line}:{w.column}: warning: " if w.line else f"{source}: warning: "
        for w in unknown[:SHOWN_UNKNOWN]
    ]
    lines = [
        where + w.message + (f" ({w.hint})" if w.hint else "")
        for where, w in zip(lines, unknown, strict=False)
    ]
    if len(unknown) > SHOWN_UNKNOWN:
        lines.append(f"{source}: and {len(unknown) - SHOWN_UNKNOWN} more unknown name(s)")
    return lines


#: Warnings whose message names places in the file: only the slow path knows them.
_PLACED: Final = frozenset({"same-skill"})


class _NeedsPositions(Exception):
    """The fast path's result needs the file's positions: take the slow path."""


def score_text(
    text: str,
    source: str,
    catalog: CatalogIndex,
    roles: Sequence[str] | None = None,
    *,
    keep_levels: bool = False,
    gaps: bool = False,
    as_of: dt.date,
    review: str | None = None,
) -> Record:
    """One profile's batch record: per role, score, readiness, blockers, category scores.

    Pure: text in, record out; by default exactly the record JSONL prints. A broken
    profile gives a record whose ``error`` has the line and column. ``roles`` None means
    the profile's ``target_role`` (else ml-engineer). Levels are counted as of ``as_of``,
    with recency applied as ``assess`` does. For the cohort summary,
    ``gaps`` adds each role's unmet requirement ids and ``keep_levels`` the counted
    levels, whose review set them (``reviewed``) and the names not understood, for stderr
    (``notices``); :func:`public_record` takes them off again. ``review`` is the path of a
    mentor's review: when the file is there, its levels count (see :func:`reviewed_levels`).
    """
    day = as_of
    try:
        try:
            # Fast path: the same strict rules without keeping positions.
            profile = Profile.model_validate(parse_data(text, source))
            standing, found = resolve(profile, catalog, None, as_of=day)
            if any(w.code in _PLACED for w in found):
                raise _NeedsPositions
            standing = counted_levels(profile, standing, catalog, day)
        except Exception:  # noqa: BLE001  # any doubt: redo it with positions to locate it
            profile, standing, found = _positioned(text, source, catalog, day)
    except InputError as exc:
        return error_record(source, exc.problems)
    warnings = [w.message for w in found]
    reviewed = None
    if review is not None and os.path.isfile(review):
        levels, note, reviewed = reviewed_levels(profile, text, review, catalog)
        standing = standing._replace(skills={**standing.skills, **levels})
        warnings = [*warnings, note]
    if not roles:
        unknown = unknown_target_role(profile, catalog, None, source)
        if unknown is not None:
            # Rare: only now are positions worth a second parse.
            return error_record(
                source, [unknown_target_role(profile, catalog, parse(text, source)) or unknown]
            )
    if profile.plan is not None:  # one rule with assess and plan: its wishes must be known
        try:
            profile_wishes(catalog, profile)
        except InputError:
            try:  # positions are worth a second parse only now
                profile_wishes(catalog, profile, parse(text, source))
            except InputError as exc:
                return error_record(source, exc.problems)
    own = catalog.find_role(profile.target_role) if profile.target_role else None
    wanted = list(roles) if roles else [own or DEFAULT_ROLE]
    results = []
    scores = scorer(catalog, wanted).score(standing, gaps=gaps)
    for role_id, quick in zip(wanted, scores, strict=True):
        entry: Record = {
            "role": role_id,
            "score": quick.score,
            "readiness": quick.readiness,
            "blockers": list(quick.blockers),
            "categories": dict(quick.categories),
        }
        if gaps:
            entry["gaps"] = list(quick.unmet)
        results.append(entry)
    record: Record = {
        "file": source,
        "name": profile.name,
        "results": results,
        "warnings": warnings,
        "error": None,
    }
    if keep_levels:  # for the cohort's pages and stderr (public_record takes them off)
        record["levels"] = dict(standing.skills)
        record |= {"notices": told} if (told := notices(found, source)) else {}
        record |= {"reviewed": reviewed} if reviewed else {}
    return record


def read_text(path: str) -> str | Record:
    """A profile file's text, or the error record of a file that cannot be read as text."""
    name = path_text(path)
    try:
        return decode(read_bytes(path, name), name)
    except InputError as exc:
        return error_record(name, exc.problems)


def public_record(record: Record) -> Record:
    """A record as JSONL and JSON print it: without the per-person levels and gap lists.

    Those feed the cohort summary (common gaps, heat map); a record keeps to what a
    script needs per profile, and stays small enough to stream fast.
    """
    # "notices" and "reviewed" come only with "levels" (keep_levels)
    if "levels" not in record and not any("gaps" in r for r in record["results"]):
        return record  # already public, as streaming records are: no copy
    private = ("levels", "notices", "reviewed")
    results = [{k: v for k, v in r.items() if k != "gaps"} for r in record["results"]]
    return {**{k: v for k, v in record.items() if k not in private}, "results": results}


def jsonl_line(record: Record) -> str:
    """One JSONL line: compact JSON, UTF-8 as it is, the record's public fields."""
    # Written by pydantic's Rust serialiser: twice as fast as the json module, which
    # formats every float through a Python call.
    return json_text(to_json(public_record(record)).decode()) + "\n"


class Outcome(NamedTuple):
    """What a worker sends back per profile: small, already scored, already serialised."""

    text: str  # the profile's JSONL line or CSV rows ("" for other formats)
    error: str | None  # "file:line:col: error: message" for a broken file
    scores: tuple[float, ...]
    record: Record | None  # only when the parent builds a summary or a JSON document
    internal: bool = False  # the error is a bug in skillgap, not in the file
    unwritten: bool = False  # the error is the file's report, which could not be written
    notices: tuple[str, ...] = ()  # names the catalog did not know, for stderr


def personal_in(text: str, source: str, catalog: CatalogIndex) -> Personal:
    """The personal strings of a profile's text, for --redact (whatever its data, valid or not)."""
    try:
        data = parse_data(text, source)
    except Exception:  # noqa: BLE001  # text that does not parse has no values to quote
        data = None
    return personal_of([("<profile>", source, data)], catalog)


def outcome(
    record: Record,
    stream: str | None,
    redactor: Redactor | None,
    *,
    keep: bool,
    personal: Personal | None = None,
    levelled: bool = False,
) -> Outcome:
    """A record made ready for the parent: its output text (``stream`` jsonl or csv) and counts.

    ``keep`` sends the whole record along, for a summary or a JSON document. Under
    --redact the record is redacted here, once, for every output (stderr's message too),
    knowing the profile's ``personal`` strings. ``levelled`` (a run with ``--level`` or
    ``--all-levels``) gives CSV rows their level column.
    """
    if redactor is not None:
        if "reviewed" in record:  # the reviewer is a person too, named as assess names them
            record = {**record, "reviewed": {**record["reviewed"], "by": "the reviewer"}}
        record = redactor.record(record, personal or Personal())
    error = record["error"]
    message = None
    if error:
        # A file that cannot be read at all has no position: its name alone, as assess says it.
        where = (
            f"{record['file']}:{error['line']}:{error['column']}"
            if error["line"]
            else record["file"]
        )
        message = f"{where}: error: {error['message']}"
    if stream == "jsonl":
        text = jsonl_line(record)
    elif stream == "csv":
        text = "".join(csv_line(row) for row in csv_rows(record, levelled=levelled))
    else:
        text = ""
    scores = tuple(r["score"] for r in record["results"])
    internal = bool(error and error.get("internal"))
    unwritten = bool(error and error.get("output"))
    told = tuple(record.get("notices", ()))
    return Outcome(text, message, scores, record if keep else None, internal, unwritten, told)


def csv_line(row: Sequence[str]) -> str:
    """One CSV line, quoted as needed; a cell a spreadsheet would run as a formula is text."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


CSV_HEADER: Final = (
    "file",
    "name",
    "role",
    "score",
    "readiness",
    "blockers",
    *CATEGORIES,
    "warnings",
    "error_line",
    "error_column",
    "error",
)


def csv_header(*, levelled: bool = False) -> tuple[str, ...]:
    """The CSV header; a run with levels has a ``level`` column after ``role``."""
    return (*CSV_HEADER[:3], "level", *CSV_HEADER[3:]) if levelled else CSV_HEADER


def csv_rows(record: Record, *, levelled: bool = False) -> Iterator[list[str]]:
    """A record as CSV rows: one per role (and level), or one for a broken file."""
    error = record["error"]
    if error is not None:
        yield [
            record["file"],
            "",
            "",
            *([""] if levelled else []),
            "",
            "",
            "",
            *([""] * len(CATEGORIES)),
            "",
            str(error["line"]),
            str(error["column"]),
            error["message"],
        ]
        return
    for entry in record["results"]:
        cats = entry["categories"]
        yield [
            record["file"],
            record["name"],
            entry["role"],
            *([entry.get("level") or ""] if levelled else []),
            f"{entry['score']:g}",
            entry["readiness"],
            ";".join(entry["blockers"]),
            *(f"{cats[c]:g}" if c in cats else "" for c in CATEGORIES),
            "; ".join(record["warnings"]),
            "",
            "",
            "",
        ]
