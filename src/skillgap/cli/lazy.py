"""Typer, extended: command families imported when one of their commands runs, and help tidied.

A family is a module of this package holding a ``commands`` :class:`typer.Typer` on which
its commands (and groups, such as ``roles``) are registered as typer does. The application
knows each command only by name and module (click's lazy groups): a run imports the family
it runs and builds that one command's click options, not all fourteen commands'.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

import typer
import typer.core
import typer.main
from typer._click import Command, Context
from typer.models import CommandInfo, TyperInfo

from skillgap.cli.running import around_app, around_group_main, checked_values

# Typer shows "<bool>" as the type of every flag (--force, --help ...); a flag takes no value,
# so it shows none.
_display_type = typer.core.TyperOption.display_type_rich


def _flag_type(self: typer.core.TyperOption, ctx: typer.Context) -> str | None:
    return None if self.is_flag else _display_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_type  # type: ignore[method-assign,assignment]

_argument_type = typer.core.TyperArgument.display_type_rich


def _named_argument_type(self: typer.core.TyperArgument, ctx: typer.Context) -> str | None:
    # An argument with a name of its own (PROFILE, ROLE) says what it is; "<path>" adds nothing.
    return None if self.metavar else _argument_type(self, ctx)


typer.core.TyperArgument.display_type_rich = _named_argument_type  # type: ignore[method-assign,assignment]


class LazyApp(typer.Typer):
    """The command, its subcommands in family modules imported on first use.

    ``families`` maps each subcommand's name to its module, in the order help lists them
    (typer's: commands first, then groups). Failing stdout outside a command's body
    (``--help``, usage errors) is handled by :func:`~skillgap.cli.running.around_app`.
    """

    def __init__(self, *, families: Mapping[str, str], **kwargs: Any) -> None:
        app = self

        class Group(LazyGroup):
            source = app

        super().__init__(cls=Group, **kwargs)
        self.families = dict(families)

    def registration(self, name: str) -> CommandInfo | TyperInfo:
        """The registration of subcommand ``name``, its family imported; KeyError if none."""
        family: typer.Typer = importlib.import_module(self.families[name]).commands
        for command in family.registered_commands:
            callback = command.callback
            own = command.name or (callback and typer.main.get_command_name(callback.__name__))
            if own == name:
                return command
        for group in family.registered_groups:
            if group.name == name:
                return group
        raise KeyError(name)

    def build(self, name: str) -> Command:
        """The click command of subcommand ``name``, its values checked; KeyError if none."""
        info = self.registration(name)
        if isinstance(info, TyperInfo):
            group = typer.main.get_group_from_info(
                info,
                pretty_exceptions_short=self.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode,
                suggest_commands=self.suggest_commands,
            )
            for sub in group.commands.values():
                checked_values(sub)
            return group
        return checked_values(
            typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=self.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode,
            )
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run the command line, as typer does, with failing stdout mapped to exit codes."""
        return around_app(lambda: super(LazyApp, self).__call__(*args, **kwargs))


class LazyCommands(MutableMapping[str, "Command"]):
    """A group's subcommands by name, each built from its family when first looked up.

    Names are listed without importing anything (typos are matched against them); help
    and shell completion look up each command they show, for its one-line help.
    """

    def __init__(self, source: LazyApp, built: MutableMapping[str, Command]) -> None:
        self.source = source
        self.built = dict(built)

    def __getitem__(self, name: str) -> Command:
        command = self.built.get(name)
        if command is None:
            command = self.built[name] = self.source.build(name)
        return command

    def __setitem__(self, name: str, command: Command) -> None:
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        found = self.built.pop(name, None) or self.source.families.get(name)
        if found is None:
            raise KeyError(name)
        self.source.families.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        yield from self.source.families
        yield from (n for n in self.built if n not in self.source.families)

    def __len__(self) -> int:
        return len(self.source.families.keys() | self.built.keys())


class LazyGroup(typer.core.TyperGroup):
    """The top-level group, over :class:`LazyCommands`.

    Building the click options of every subcommand costs more than some runs do.
    """

    source: LazyApp

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = LazyCommands(self.source, self.commands)

    def list_commands(self, ctx: Context) -> list[str]:
        """The subcommands' names, in typer's order, without building them."""
        return list(self.commands)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run as typer does, usage errors said as skillgap says errors (see running)."""
        standalone = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False
        return around_group_main(lambda: super(LazyGroup, self).main(*args, **kwargs), standalone)
