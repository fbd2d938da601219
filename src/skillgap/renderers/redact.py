"""``--redact``: reports to share without personal data.

One redactor, made once per run (:meth:`Redactor.with_key`), and one pass over every string
a result carries (:meth:`Redactor.scrub` for a result model, :meth:`Redactor.record` for a
batch record): messages, hints and explanations included.

* Fields that are the person's own words go: notes, skill notes, evidence links, review
  comments, the overall comment; the reviewer becomes "the reviewer".
* The person's name becomes a pseudonym: ``person-`` and ten hex digits of a keyed hash
  (HMAC-SHA-256), the same under the same key, unlinkable without it; a file whose person
  is not known (a broken one) becomes ``file-`` and ten hex digits of its path.
* Paths become what they are (``<profile>``, ``<review>``, ``<catalog>``; the shipped
  catalog keeps its name), wherever they appear, in a message too.
* Every other string keeps its words, but any text the person wrote that the catalog does
  not know (a title, an organisation, an unknown skill, a misspelt value; numbers, dates
  and the schema's own words are kept) shows as ``<redacted>``, and an error never quotes
  the value it refused: ``(got ...)`` goes, the location and the kind of error stay.

Pure: results in, results out; the renderers never see the personal strings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel

from skillgap.catalog.index import BUILTIN_NAME, CatalogIndex
from skillgap.errors import Problem, UsageError
from skillgap.models.batch import BatchReport
from skillgap.models.common import LEVEL_WORDS, STATUS_WORDS, ExperienceKind, Status
from skillgap.models.profile import Profile
from skillgap.models.result import Assessment
from skillgap.models.review import Review
from skillgap.models.views import Comparison, MatchReport, PlanReport
from skillgap.text.read import TEXT_SUFFIXES

REVIEWER: Final = "the reviewer"
HIDDEN: Final = "<redacted>"

M = TypeVar("M", bound=BaseModel)

#: Fields that hold the person's own words: they go (None, or an empty list).
_DROPPED: Final = frozenset({"notes", "note", "evidence", "review_comment", "overall"})
#: Fields that hold the person's name, by the model that has them.
_PERSON: Final = frozenset({"profile"})
#: Fields that hold a file's path, by model and field.
_PATHS: Final = frozenset({("InputFile", "path"), ("Warning", "file"), ("Snapshot", "source")})


def _schema_words(model: type[BaseModel]) -> set[str]:
    """Every field name and fixed word (``Literal``) of ``model`` and of the models inside it."""
    words: set[str] = set()
    seen: set[type[BaseModel]] = set()
    todo: list[Any] = [model]
    while todo:
        ann = todo.pop()
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            if ann in seen:
                continue
            seen.add(ann)
            for name, info in ann.model_fields.items():
                words.add(name)
                todo.append(info.annotation)
        elif get_origin(ann) is Literal:
            words.update(a for a in get_args(ann) if isinstance(a, str))
        else:
            todo.extend(get_args(ann))
    return words


#: The inputs and outputs whose words (field names, fixed values such as a readiness) are
#: nobody's: a title that happens to read ``not_ready`` must not change a record's readiness.
_SCHEMAS: Final = (Profile, Review, Assessment, PlanReport, MatchReport, Comparison, BatchReport)
#: Words that are nobody's: the scale's and the schemas' (the catalog's names are looked up).
_PUBLIC: Final = frozenset(
    w.casefold().replace("_", " ")
    for w in (
        *LEVEL_WORDS,
        *STATUS_WORDS,
        *get_args(Status),
        *get_args(ExperienceKind),
        *(w for model in _SCHEMAS for w in _schema_words(model)),
    )
)

#: What a value must look like to be kept as it is: a number, a date or a month.
_PLAIN: Final = re.compile(r"^[-+]?\d[\d_.:-]*$")
#: An error's quotation of the value it refused, to the end of the message.
_GOT: Final = re.compile(r" \(got .*", re.DOTALL)
#: A syntax error's quotation of what the person wrote: a key given twice, a YAML tag (the
#: loader's and the JSON reader's wording). Greedy, to the known end: a quote inside the
#: key cannot end it early.
_QUOTED: Final = re.compile(
    r"(?P<kind>duplicate key|the tag) '.*'(?P<end> \(first given on line \d+\)| is not allowed|)$",
    re.DOTALL,
)
#: The shortest text of the person's worth replacing inside other text.
_SHORTEST: Final = 3


@dataclass(frozen=True)
class Personal:
    """The person's strings a result may repeat, and what each becomes."""

    names: frozenset[str] = frozenset()  # become the person's pseudonym
    paths: Mapping[str, str] = field(default_factory=dict)  # path -> <kind>
    texts: frozenset[str] = frozenset()  # become <redacted>

    def __or__(self, other: Personal) -> Personal:
        return Personal(
            self.names | other.names, {**self.paths, **other.paths}, self.texts | other.texts
        )


def _known(text: str, index: CatalogIndex | None) -> bool:
    """Whether the catalog names ``text``: a skill, degree, field, certification or role."""
    if index is None:
        return False
    return any(
        find(text) is not None
        for find in (
            index.find_skill,
            index.find_degree,
            index.find_field,
            index.find_certification,
            index.find_role,
        )
    )


def personal_texts(data: Any, index: CatalogIndex | None) -> frozenset[str]:
    """Every text in an input's data (keys and values) that is the person's, not the catalog's.

    Kept as public: what the catalog names, the scale's and the schema's words, numbers and
    dates. Everything else a person wrote may be personal.
    """
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            text = value.strip()
            if (
                text
                and text.casefold().replace("_", " ") not in _PUBLIC
                and not _PLAIN.match(text)
                and not _known(text, index)
            ):
                found.add(text)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(data)
    return frozenset(found)


@dataclass(frozen=True)
class Redactor:
    """Pseudonyms under one key, and the one pass that takes personal strings out."""

    key: bytes

    @classmethod
    def with_key(cls, key: str | None) -> Redactor:
        """The given key, or a random one for this run only: the one way a redactor is made."""
        return cls(key.encode() if key else secrets.token_bytes(32))

    @classmethod
    def from_options(cls, option: str | None, environment: str | None) -> Redactor:
        """The redactor of ``--redact-key`` (else $SKILLGAP_REDACT_KEY, else random).

        An empty ``--redact-key ''`` is a usage error, not a random key: pseudonyms the
        user meant to be stable would change on every run. A key must be UTF-8 text.
        """
        from skillgap.errors import UsageError
        from skillgap.inputs.arguments import option_problem

        if option == "":
            raise UsageError(
                "--redact-key is empty", "give a key, or leave --redact-key out for a random one"
            )
        if option is None and environment:
            problem = option_problem("redact_key", "$SKILLGAP_REDACT_KEY", environment)
            if problem is not None:
                raise problem
        return cls.with_key(option or environment or None)

    def _tag(self, kind: str, text: str) -> str:
        # surrogatepass: a file's name that is not UTF-8 gets a pseudonym too
        message = f"{kind}\0{text}".encode("utf-8", "surrogatepass")
        digest = hmac.new(self.key, message, hashlib.sha256).hexdigest()
        return f"{kind}-{digest[:10]}"

    def person(self, name: str) -> str:
        """A person's stable pseudonym: ``person-`` and ten hex digits."""
        return self._tag("person", " ".join(name.split()).casefold())

    def file(self, path: str) -> str:
        """A file's stable pseudonym, for a file whose person is not known (a broken one)."""
        return self._tag("file", path)

    # --- the one pass ---------------------------------------------------------------------

    def scrub(self, model: M, personal: Personal = Personal()) -> M:
        """A result model (assessment, plan, match, comparison) with every string redacted."""
        known = harvest(model) | personal  # what the caller knows wins
        return _Pass(self, known).model(model)

    def record(self, record: Mapping[str, Any], personal: Personal = Personal()) -> dict[str, Any]:
        """A batch record to share: the same pass over its name, file, warnings and error."""
        name = record.get("name")
        path = str(record["file"])
        label = self.person(name) if name else self.file(path)
        known = personal | Personal(
            names=frozenset({name}) if name else frozenset(), paths={path: label}
        )
        out: dict[str, Any] = _Pass(self, known).value(dict(record))
        out["file"] = label
        out["name"] = self.person(name) if name else None
        if record.get("report"):  # named by a pseudonym already; the folder's path goes
            out["report"] = str(record["report"]).replace("\\", "/").rsplit("/", 1)[-1]
        return out

    def usage_error(self, error: UsageError, personal: Personal) -> UsageError:
        """A usage error to show under --redact: the same pass over its message and hint."""
        one = _Pass(self, personal)
        return UsageError(one.text(str(error)), one.text(error.hint) if error.hint else None)

    def problems(self, problems: Sequence[Problem], personal: Personal) -> list[Problem]:
        """Input problems to show under --redact: the same pass; a personal file by its kind."""
        one = _Pass(self, personal)
        return [
            dataclasses.replace(
                p,
                file=personal.paths.get(p.file, p.file),
                message=one.text(p.message),
                hint=one.text(p.hint) if p.hint else None,
            )
            for p in problems
        ]


def harvest(model: BaseModel) -> Personal:
    """The personal strings a result holds in its own fields: names, paths, notes, comments."""
    names: set[str] = set()
    paths: dict[str, str] = {}
    inputs: dict[str, str] = {}  # an input file's own kind wins over a guess
    texts: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, BaseModel):
            kind = type(value).__name__
            for name in type(value).model_fields:
                item = getattr(value, name)
                if name in _PERSON and isinstance(item, str):
                    names.add(item)
                elif (kind, name) in _PATHS and isinstance(item, str):
                    (inputs if kind == "InputFile" else paths)[item] = _placeholder(value, item)
                elif name in _DROPPED or name == "reviewer":
                    texts.update(i for i in _strings(item) if i)
                else:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)

    walk(model)
    return Personal(frozenset(names), {**paths, **inputs}, frozenset(texts))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _placeholder(owner: BaseModel, path: str) -> str:
    """What a path becomes: its kind (``<profile>``); the shipped catalog keeps its name."""
    kind = getattr(owner, "kind", None)
    if kind == "catalog" and path.startswith(BUILTIN_NAME):
        return path
    if kind == "catalog" and path.lower().endswith(TEXT_SUFFIXES):
        return "<posting>"  # a posting read as a role (--posting): a catalog of one role
    if isinstance(kind, str):
        return f"<{kind}>"
    return "<file>"


class _Pass:
    """One walk over a value: field rules first, then every remaining string's text."""

    def __init__(self, redactor: Redactor, personal: Personal) -> None:
        self.redactor = redactor
        self.paths = dict(personal.paths)
        swaps: dict[str, str] = {t: HIDDEN for t in personal.texts if len(t) >= _SHORTEST}
        swaps.update({n: redactor.person(n) for n in personal.names if n.strip()})
        swaps.update({p: r for p, r in self.paths.items() if p != r})
        # A file is quoted by its name alone too ("posting ml-engineer-acme.md:15: ..."):
        # the name goes where the path goes.
        for path, placeholder in self.paths.items():
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            if path not in (name, placeholder) and len(name) >= _SHORTEST:
                swaps.setdefault(name, placeholder)
        self.swaps = swaps
        # Longest first, so a path wins over a name inside it; never inside a word.
        alternatives = "|".join(re.escape(s) for s in sorted(swaps, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if swaps else None

    def text(self, text: str) -> str:
        text = _QUOTED.sub(rf"\g<kind> '{HIDDEN}'\g<end>", _GOT.sub("", text))
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.swaps[m.group(0)], text)

    def model(self, model: M) -> M:
        kind = type(model).__name__
        update: dict[str, Any] = {}
        for name in type(model).model_fields:
            item = getattr(model, name)
            if name in _DROPPED:
                new: Any = [] if isinstance(item, list) else None
            elif name == "reviewer" and isinstance(item, str):
                new = REVIEWER
            elif name in _PERSON and isinstance(item, str):
                new = self.redactor.person(item)
            elif (kind, name) in _PATHS and isinstance(item, str):
                new = self.paths.get(item) or _placeholder(model, item)
            else:
                new = self.value(item)
            if new is not item and new != item:
                update[name] = new
        return model.model_copy(update=update) if update else model

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, BaseModel):
            return self.model(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, dict):  # keys are ids and field names, never the person's text
            return {k: self.value(v) for k, v in value.items()}
        return value


def personal_of(inputs: Iterable[tuple[str, str, Any]], index: CatalogIndex | None) -> Personal:
    """The personal strings of some inputs, each given as (placeholder, path, parsed data)."""
    texts: frozenset[str] = frozenset()
    paths: dict[str, str] = {}
    for placeholder, path, data in inputs:
        texts |= personal_texts(data, index)
        paths[path] = placeholder
    return Personal(texts=texts, paths=paths)
