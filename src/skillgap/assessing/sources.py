"""A command's input files: checked to exist, read, and listed for its output to spare."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from skillgap.assessing.load import Reviewed, load_catalog, load_profile, load_review
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.output import real_path


def taken(path: Path) -> bool:
    """Whether a name is in use: a file, or a symlink even when it points nowhere."""
    return path.exists() or path.is_symlink()


def need_path(path: Path, what: str) -> None:
    """A usage error (exit 2) naming ``what`` when nothing is at ``path``."""
    # A link that leads nowhere (broken, or a loop) exists as a name: reading it says
    # what is wrong with it (exit 3), as batch and folder searches do.
    if not path.exists() and not path.is_symlink():
        raise UsageError(f"{what} '{path}' does not exist", "check the path and try again")


def read_catalog(catalog: Path | None) -> CatalogIndex:
    """The catalog given with --catalog (which must exist), else the shipped one."""
    if catalog is not None:
        need_path(catalog, "catalog")
    return load_catalog(catalog)


class Inputs:
    """Every input file of a command: the files named, then each file of the catalog read.

    Lazy, and read afresh each time it is iterated: the catalog's files are listed only
    when there is an output to check them against.
    """

    def __init__(self, *files: Path | None, catalog: Path | None) -> None:
        self.files = [f for f in files if f is not None]
        self.catalog = catalog

    def __iter__(self) -> Iterator[Path]:
        from skillgap.catalog.read import builtin_catalog_dir, catalog_paths

        yield from self.files
        yield from catalog_paths(
            self.catalog if self.catalog is not None else builtin_catalog_dir()
        )


def open_profile(
    profile: Path, catalog: Path | None, review: Path | None = None
) -> tuple[CatalogIndex, Profile, Document, Inputs]:
    """Check the paths, read the catalog and the profile; also the files --output spares."""
    if str(profile) != "-":  # "-": standard input
        need_path(profile, "profile")
    index = read_catalog(catalog)
    prof, doc = load_profile(profile, index)
    return index, prof, doc, Inputs(profile, review, catalog=catalog)


def read_review(path: Path | None, profile: Path, *, force: bool = False) -> Reviewed | None:
    """The review file given with --review, read; never the profile itself."""
    if path is None:
        return None
    need_path(path, "review")
    if real_path(path) == real_path(profile):
        raise UsageError(f"--review '{path}' is the profile", "pass the review file it has")
    return load_review(path, force=force)
