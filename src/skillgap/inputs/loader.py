"""YAML text to plain data, keeping the line and column of every key and value.

This is the only module that imports ``yaml``. It composes the node tree with
libyaml's C parser where present and builds plain Python data from it itself,
so that it can refuse what PyYAML would silently accept: duplicate keys, tags
that construct objects, alias bombs, absurd nesting, impossible dates. Every
refusal is a :class:`~skillgap.errors.Problem` with a 1-based position.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

import yaml

from skillgap.errors import InputError, Problem
from skillgap.inputs.document import Document, Loc, Positions
from skillgap.inputs.files import MAX_FILE_BYTES, decode, read_bytes, sha256_hex, too_large
from skillgap.untrusted import path_text

__all__ = [
    "MAX_DEPTH",
    "MAX_EXPANDED",
    "MAX_FILE_BYTES",  # reading a file lives in inputs/files; its names keep this path too
    "STDIN",
    "STDIN_SOURCE",
    "Document",
    "Loc",
    "Positions",
    "check_nesting",
    "decode",
    "load_file",
    "load_input",
    "load_stdin",
    "parse",
    "parse_data",
    "read_bytes",
    "sha256_hex",
]

MAX_DEPTH: Final = 64
#: Values a document may hold, aliases followed ("billion laughs" guard). Nodes are
#: counted while libyaml composes them, so a file of many tiny values is refused before
#: its node tree is built.
MAX_EXPANDED: Final = 200_000

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR: Final = "tag:yaml.org,2002:str"
_MAP: Final = "tag:yaml.org,2002:map"
_SEQ: Final = "tag:yaml.org,2002:seq"
_INT: Final = "tag:yaml.org,2002:int"
_NUMBERS: Final = frozenset({_INT, "tag:yaml.org,2002:float"})
_SCALAR_TAGS: Final = {
    _STR: "text",
    "tag:yaml.org,2002:int": "an integer",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "a date",
}


#: Tags of plain scalars by text: see ``_Loader.resolve``.
_RESOLVED: dict[str, str] = {}
_RESOLVED_MAX: Final = 4096
_ScalarNode: Final = yaml.ScalarNode
_MappingNode: Final = yaml.MappingNode


class _TooManyNodes(Exception):
    """The composer met more nodes than a document may have values."""


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader whose booleans are YAML 1.2's: only true and false.

    YAML 1.1 reads ``no``, ``off`` and ``y`` as booleans, which turns a name
    like ``NO`` into False; people writing profiles mean the text.

    It has no path resolvers (PyYAML's ``add_path_resolver``; a test keeps it so), so a
    tag depends only on the node's kind, its text and whether it is plain. libyaml calls
    back into Python for every node; this class makes those calls as cheap as they go.
    """

    # Called for every node to track path resolvers, of which there are none: C callables
    # that accept the same arguments and do nothing cost a third of a Python no-op.
    descend_resolver = slice  # (parent, index) -> a throwaway slice
    ascend_resolver = tuple  # () -> the empty tuple

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        #: Nodes the composer may still build: see ``resolve``.
        self.nodes_left = MAX_EXPANDED

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        """PyYAML's tag resolution, remembered per plain scalar's text.

        PyYAML tries a list of regular expressions on every plain scalar; keys and
        levels repeat across profiles, so a bounded memo saves a third of a parse.
        Quoted scalars are text, and collections are maps and sequences.

        It is called once for every node libyaml composes, before the node is built, so
        it also counts them: a document of more nodes than the value budget is refused
        while it is composed, before a node tree of hundreds of megabytes exists.
        """
        self.nodes_left -= 1
        if self.nodes_left < 0:
            raise _TooManyNodes
        if kind is _ScalarNode:
            if not implicit[0]:
                return _STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = str(super().resolve(kind, value, implicit))
                if tag in _NUMBERS and ":" in value:
                    # YAML 1.1 base 60: `1:30` would be 90. YAML 1.2 has no such numbers,
                    # and people mean a time or a ratio: keep the text, so a number field
                    # refuses it (with a hint) and a text field keeps what was written.
                    tag = _STR
                # Keys and levels recur and arrive early; once full, stop adding (memory
                # stays flat over any number of profiles) rather than evicting those.
                if len(_RESOLVED) < _RESOLVED_MAX:
                    _RESOLVED[value] = tag
            return tag
        return _MAP if kind is _MappingNode else _SEQ


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)

_CONSTRUCTOR: Final = yaml.constructor.SafeConstructor()


class _Abort(Exception):
    """Stops the walk at the first problem that makes the rest meaningless."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Builds plain data from a composed node tree, with bounds and strict keys."""

    def __init__(self, source: str, *, record: bool = True) -> None:
        self.source = source
        self.record = record
        self.positions = Positions()
        self.problems: list[Problem] = []
        self.budget = MAX_EXPANDED

    def _problem(self, node: yaml.Node, message: str, hint: str | None = None) -> Problem:
        line, column = _mark(node)
        return Problem(self.source, line, column, message, hint)

    def build(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        self.budget -= 1
        if isinstance(node, yaml.ScalarNode):
            self.budget -= len(node.value) // 64
        if self.budget < 0:
            raise _Abort(_too_many(self.source, *_mark(node)))
        if depth > MAX_DEPTH:
            raise _Abort(
                self._problem(
                    node,
                    f"nesting deeper than {MAX_DEPTH} levels",
                    "a profile or catalog needs only a few levels; check the indentation",
                )
            )
        if self.record:
            self.positions.values[loc] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise _Abort(self._tag_problem(node))
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        if node.tag != _MAP:
            raise _Abort(self._tag_problem(node))
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Abort(
                    self._problem(key_node, "a key must be plain text, not a list or mapping")
                )
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Abort(
                    self._problem(
                        key_node,
                        "merge keys (<<) are not supported",
                        "write the keys out in full",
                    )
                )
            # Keys are names: keep their text as written, so `no:` or `3:` stay text.
            key = str(key_node.value)
            # A key is a node too: counted as the composer counts it (see _Loader.resolve).
            self.budget -= 1
            if key in first_seen:
                self.problems.append(
                    self._problem(
                        key_node,
                        f"duplicate key '{key}' (first given on line {first_seen[key]})",
                        "YAML keeps only one of them; remove or merge the duplicate",
                    )
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            if self.record:
                self.positions.keys[(*loc, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*loc, key), depth + 1)
        return result

    def _tag_problem(self, node: yaml.Node) -> Problem:
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        return self._problem(
            node,
            f"the tag '{tag}' is not allowed",
            "skillgap reads plain YAML data only; remove the tag",
        )

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        kind = _SCALAR_TAGS.get(node.tag)
        if kind is None:
            raise _Abort(self._tag_problem(node))
        if node.tag == _STR:
            return node.value
        try:
            return _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)
        except Exception as exc:  # noqa: BLE001  # PyYAML raises bare ValueError, AttributeError …
            # Only ValueError carries words worth showing (e.g. "day is out of range").
            detail = str(exc).splitlines()[0] if isinstance(exc, ValueError) and str(exc) else ""
            if "digits" in detail:
                detail = f"{len(node.value):,} digits is too many"
            detail = f" ({detail})" if detail else ""
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            if node.tag.endswith("timestamp"):
                message = f"'{shown}' is not a valid date{detail}"
                hint = "write dates as YYYY-MM-DD with a real day of the month"
            else:
                message = f"'{shown}' cannot be read as {kind}{detail}"
                hint = "quote it to keep it as text, or correct the value"
            self.problems.append(self._problem(node, message, hint))
            return None


def _syntax_problem(source: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    message = f"YAML syntax error: {problem}"
    if context:
        message += f" ({context}"
        if context_mark is not None and context_mark is not mark:
            message += (
                f" that starts at line {context_mark.line + 1}, column {context_mark.column + 1}"
            )
        message += ")"
    hint = "check the indentation and punctuation at this spot"
    if (
        "\t" in str(problem)
        or "tab" in str(problem).lower()
        or "cannot start any token" in str(problem)
    ):
        hint = "YAML does not allow tab characters for indentation; indent with spaces"
    if "nesting depth" in str(problem):
        hint = "a profile or catalog needs only a few levels of nesting"
    return Problem(source, line, column, message, hint)


class _Slow(Exception):
    """The fast path met something only the strict builder may judge."""


def _plain(node: yaml.Node) -> Any:
    """Plain data from a node tree with the builder's rules, minus positions and bounds.

    Used only on text without aliases, tags or merge keys and under the size limit,
    where those bounds cannot bite; anything else unusual raises for the slow path.
    """
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR:
            return node.value
        if node.tag == _INT:
            text = node.value
            # Plain decimals, the common case, without PyYAML's octal/sexagesimal handling.
            if text.isdigit() and (text[0] != "0" or len(text) == 1) and len(text) < 19:
                return int(text)
        if node.tag not in _SCALAR_TAGS:
            raise _Slow
        return _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)
    if isinstance(node, yaml.MappingNode):
        if node.tag != _MAP:
            raise _Slow
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value in out:
                raise _Slow
            # Text values, the most common leaves, without a call each.
            if value_node.tag == _STR and isinstance(value_node, yaml.ScalarNode):
                out[str(key_node.value)] = value_node.value
            else:
                out[str(key_node.value)] = _plain(value_node)
        return out
    if node.tag != _SEQ:
        raise _Slow
    return [_plain(item) for item in node.value]


#: Text that may hold what only the strict builder handles right: aliases, tags, merges.
_SLOW_MARKERS: Final = ("*", "!", "<<")
_FAST_LIMIT: Final = 64 * 1024


def parse_data(text: str, source: str = "<text>") -> Any:
    """Plain data only, no positions: the fast path for batch runs.

    It returns exactly what ``parse(text).data`` would, or raises; it never accepts what
    :func:`parse` refuses. Callers that get an exception call :func:`parse` to locate it.
    """
    if len(text) <= _FAST_LIMIT and "\t" not in text and not any(m in text for m in _SLOW_MARKERS):
        try:
            node = yaml.compose(text, Loader=_Loader)
            if node is not None:
                return _plain(node)
        except Exception:  # noqa: BLE001  # whatever it was, the strict path says it well
            pass
    return parse(text, source, record=False).data


def parse(text: str, source: str, sha256: str = "", *, record: bool = True) -> Document:
    """Parse YAML text into a :class:`Document`, or raise an InputError listing every problem."""
    if "\t" in text:
        tab_problem = _leading_tab(text, source)
        if tab_problem is not None:
            raise InputError([tab_problem])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise InputError([_syntax_problem(source, exc)]) from exc
    except _TooManyNodes:
        line, column = _nth_node(text, MAX_EXPANDED + 1)
        raise InputError([_too_many(source, line, column)]) from None
    except RecursionError as exc:
        raise InputError(
            [Problem(source, 1, 1, f"nesting deeper than {MAX_DEPTH} levels")]
        ) from exc
    if node is None:
        raise InputError(
            [Problem(source, 1, 1, "the file is empty", "write a YAML mapping (key: value)")]
        )
    builder = _Builder(source, record=record)
    try:
        data = builder.build(node, (), 0)
    except _Abort as abort:
        raise InputError([*builder.problems, abort.problem]) from None
    if builder.problems:
        raise InputError(builder.problems)
    return Document(source, data, builder.positions, sha256)


def _too_many(source: str, line: int, column: int) -> Problem:
    return Problem(
        source,
        line,
        column,
        f"the document expands to more than {MAX_EXPANDED:,} values",
        "a profile or catalog needs far fewer; aliases (*name) that repeat large anchors "
        "multiply the size: write the values out instead",
    )


def _nth_node(text: str, n: int) -> tuple[int, int]:
    """Where the ``n``-th node of ``text`` starts: events only, so memory stays flat."""
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            count += 1
            if count >= n and event.start_mark is not None:
                return (event.start_mark.line + 1, event.start_mark.column + 1)
    return (1, 1)


def _leading_tab(text: str, source: str) -> Problem | None:
    """A tab in the indentation: libyaml's own message for it is cryptic."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            column = len(line) - len(stripped) + 1
            return Problem(
                source,
                number,
                column,
                "tab character used for indentation",
                "YAML allows only spaces for indentation; replace the tab with spaces",
            )
    return None


#: The path that means standard input, for every command that reads a profile.
STDIN: Final = "-"
#: The name problems give a profile read from standard input.
STDIN_SOURCE: Final = "<stdin>"


def stdin_bytes() -> bytes:
    """Standard input (``-``), bounded as a file is."""
    import sys

    raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise InputError([too_large(STDIN_SOURCE)])
    return raw


def load_stdin() -> Document:
    """Read a YAML document from standard input (``-``), bounded as a file is."""
    raw = stdin_bytes()
    return parse(decode(raw, STDIN_SOURCE), STDIN_SOURCE, sha256_hex(raw))


def load_input(path: Path | str, source: str | None = None) -> Document:
    """Read and parse a YAML file, or standard input when ``path`` is ``-``."""
    if str(path) == STDIN:
        return load_stdin()
    return load_file(Path(path), source)


def load_file(path: Path, source: str | None = None) -> Document:
    """Read and parse one YAML file."""
    name = path_text(source or path)
    raw = read_bytes(path, name)
    return parse(decode(raw, name), name, sha256_hex(raw))


def check_nesting(data: object, source: str) -> None:
    """Refuse plain data (a library caller's dict) nested deeper than YAML may be.

    Walked without recursion, so data nested 100,000 deep is an InputError, not a
    RecursionError from whoever walks it next.
    """
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError([Problem(source, 0, 0, f"nesting deeper than {MAX_DEPTH} levels")])
        if isinstance(value, dict):
            stack += [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list | tuple):
            stack += [(v, depth + 1) for v in value]
