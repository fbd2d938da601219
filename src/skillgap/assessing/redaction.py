"""``--redact``: the run's one redactor, a report scrubbed, and input errors that quote nothing."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from skillgap.assessing.sources import read_catalog
from skillgap.errors import InputError, SkillgapError, UsageError
from skillgap.untrusted import path_text

if TYPE_CHECKING:
    from pydantic import BaseModel

    from skillgap.assessing.load import Reviewed
    from skillgap.catalog.index import CatalogIndex
    from skillgap.inputs.loader import Document
    from skillgap.renderers.redact import Personal, Redactor

M = TypeVar("M", bound="BaseModel")
T = TypeVar("T")


def redactor(redact: bool, key: str | None) -> Redactor | None:
    """The run's one redactor for --redact, or None; --redact-key alone is a usage error.

    $SKILLGAP_REDACT_KEY is read only under --redact: exported, it never stops a run without.
    """
    if not redact:
        if key is not None:
            raise UsageError("--redact-key needs --redact", "add --redact")
        return None
    from skillgap.renderers.redact import Redactor

    return Redactor.from_options(key, os.environ.get("SKILLGAP_REDACT_KEY"))


def redact(
    redactor: Redactor | None,
    model: M,
    index: CatalogIndex,
    doc: Document,
    reviewed: Reviewed | None,
) -> M:
    """``model`` as --redact shares it: the one pass, knowing the profile's and review's text."""
    if redactor is None:
        return model
    from skillgap.renderers.redact import personal_of

    inputs = [("<profile>", doc.source, doc.data)]
    if reviewed is not None:
        inputs.append(("<review>", reviewed.document.source, reviewed.document.data))
    return redactor.scrub(model, personal_of(inputs, index))


def redacting(
    redact: bool, body: Callable[[], T], catalog: Path | None, **inputs: Path | None
) -> Callable[[], T]:
    """``body``, whose input and usage errors under --redact quote nothing of the person's.

    Wrapped around a command's whole body: the refusals of its output name no input either.

    The catalog's names are not the person's: they stay (when the catalog can be read).
    """
    if not redact:
        return body

    def personal() -> Personal:
        from skillgap.inputs.loader import decode, parse_data, read_bytes
        from skillgap.renderers.redact import personal_of

        index = None
        with contextlib.suppress(SkillgapError):  # the error may be the catalog's own
            index = read_catalog(catalog)
        found = []
        for kind, path in inputs.items():
            data = None
            if path is None:
                continue
            if kind != "posting":  # a posting's words are the job's, not the person's
                with contextlib.suppress(Exception):  # unreadable: nothing of it to quote
                    data = parse_data(decode(read_bytes(path), str(path)), str(path))
            found.append((f"<{kind}>", path_text(path), data))
        return personal_of(found, index)

    def redacted() -> T:
        from skillgap.renderers.redact import Redactor

        try:
            return body()
        except InputError as exc:
            exc.problems = Redactor.with_key(None).problems(exc.problems, personal())
            raise
        except UsageError as exc:  # e.g. two results for different roles: their files, ids
            raise Redactor.with_key(None).usage_error(exc, personal()) from None

    return redacted
