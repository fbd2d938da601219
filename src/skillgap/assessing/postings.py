"""Free text in: a posting or CV read, the skills it names, a posting as a draft role."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.assessing.sources import Inputs, need_path
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, UsageError
from skillgap.inputs.loader import parse
from skillgap.inputs.validation import validate
from skillgap.models.catalog import Catalog, Role

if TYPE_CHECKING:
    from skillgap.models.text import ExtractReport
    from skillgap.text.draft import PostingDraft
    from skillgap.text.read import TextDocument


def read_text(path: Path | str) -> TextDocument:
    """A posting or CV (.txt, .md, .pdf, .docx; ``-`` for stdin) read into lines."""
    from skillgap.text.read import read_document, read_stdin

    return read_stdin() if str(path) == "-" else read_document(path)


def extract_text(document: TextDocument, catalog: CatalogIndex) -> ExtractReport:
    """The skills a text names, each with its id, the words, line, column and sentence.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"Strong Python or R; you'd excel here.", "<text>")
    >>> [(s.id, s.text, s.column) for s in extract_text(doc, load_catalog()).skills]
    [('python', 'Python', 8), ('r', 'R', 18)]
    """
    from skillgap.text.extract import extract_report

    return extract_report(document, catalog)


def posting_role(document: TextDocument, catalog: CatalogIndex) -> str:
    r"""A posting as a draft catalog role (YAML): requirements citing their sentences.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"Data Engineer\n\nRequirements\n- Strong SQL\n", "p.txt")
    >>> print(posting_role(doc, load_catalog()).splitlines()[-1])
            - {skill: sql, level: 4, importance: essential, source: "posting p.txt:4: Strong SQL"}
    """
    return _drafted(document, catalog)[0]


def _drafted(document: TextDocument, catalog: CatalogIndex) -> tuple[str, Role]:
    """The draft role's YAML and the role it reads as, parsed once."""
    from skillgap.models.catalog import Weights, all_requirements
    from skillgap.scoring.rule import ready_bar
    from skillgap.text.posting import read_posting
    from skillgap.text.role_file import render_role

    draft = read_posting(document, catalog)
    _check_asks(document, draft)
    for req in draft.requirements:
        if req.kind == "experience":
            sentence = _CITATION.sub("", req.source)
            req.relevance = field_of_work(sentence, draft.title, catalog)
    # The bar is the rule's, of the requirements as the catalog reads them: the draft is
    # read back once to know them, and the role is that reading with its bar.
    role = validate(parse(render_role(draft, catalog), document.source), Catalog).roles[0]
    bar = ready_bar(all_requirements(role.requirements), role.weights or Weights())
    return render_role(draft, catalog, bar), role.model_copy(update={"ready_score": bar})


def _check_asks(document: TextDocument, draft: PostingDraft) -> None:
    """A posting that asks for no skill the catalog knows (or a CV) is refused (exit 3).

    Scored against nothing, anyone would be "ready"; ``postings DIR`` leaves such a file
    aside, and a single ``--posting`` or ``posting`` refuses it the same way.
    """
    from skillgap.errors import Problem
    from skillgap.text.sections import looks_like_cv

    if looks_like_cv(document.lines):
        message = "this reads as a CV (experience, education, skills), not a job posting"
        hint = f"a CV is read by 'skillgap import {document.source} -o profile.yaml'"
    elif not any(r.kind == "skill" for r in draft.requirements):
        message = "the posting asks for no skill the catalog knows, so nothing can be scored"
        hint = (
            f"'skillgap extract {document.source}' lists the skills it names; a posting "
            "outside ML and data work, or in a language the reader does not know, gives none"
        )
    else:
        return
    raise InputError([Problem(document.source, 0, 0, message, hint)])


def field_of_work(sentence: str, title: str, catalog: CatalogIndex) -> str | None:
    """The catalog's field of work a posting's years are asked in, from their words.

    The sentence first ("3+ years building machine learning systems"), then the posting's
    title ("MLOps Engineer"): the first field, in the catalog's order, that either shows in
    full (the field of seniority, ``leading``, is a rung, not a field). None, so that any
    job counts, when neither names one.
    """
    from skillgap.scoring.relevance import verdict

    for words in (sentence, title):
        for field in catalog.catalog.relevance:
            if field.id != SENIORITY_FIELD and verdict(words, (), field) == "full":
                return field.id
    return None


#: The shipped catalog's field of work that is a rung of seniority (catalog/50-levels.yaml).
SENIORITY_FIELD = "leading"
#: A draft requirement's citation before its sentence: ``posting FILE:LINE: ``.
_CITATION = re.compile(r"^posting .*?:\d+: ")


def with_posting(catalog: CatalogIndex, document: TextDocument) -> tuple[CatalogIndex, str]:
    r"""The catalog with the posting's draft role added, and that role's id.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"ML Engineer\n\nRequirements\n- Python\n", "p.txt")
    >>> index, role = with_posting(load_catalog(), doc)
    >>> role, [r.skill for r in index.role(role).requirements.skills]
    ('posting-ml-engineer', ['python'])
    """
    from skillgap.catalog.index import CatalogSource

    _, drafted = _drafted(document, catalog)
    merged = catalog.catalog.model_copy(
        update={"roles": [*(r for r in catalog.catalog.roles if r.id != drafted.id), drafted]}
    )
    source = CatalogSource(document.source, document.sha256)
    return CatalogIndex(merged, [*catalog.sources, source]), drafted.id


def posting_picked(
    index: CatalogIndex, posting: Path | None, role: str | None, inputs: Inputs
) -> tuple[CatalogIndex, str | None]:
    """The catalog with --posting's draft role added and that role picked, or as it was."""
    if posting is None:
        return index, role
    if role is not None:
        raise UsageError("--role and --posting both name the role", "give one of them")
    need_path(posting, "posting")
    inputs.files.append(posting)
    return with_posting(index, read_text(posting))
