"""Running a command: the one place where errors become messages and exit codes.

A command's body returns its exit code; :func:`run` maps everything it raises (README's
"Exit codes"). :func:`around_group_main` says the option parser's usage errors as
skillgap says errors, and :func:`around_app` maps what fails outside any body: help or a
usage error printed to a closed pipe or a full disk.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer._click import Command
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.exceptions import Abort

from skillgap import __version__
from skillgap.cli.collector import collecting
from skillgap.errors import REPORT_BUG, ExitCode, SkillgapError, UsageError
from skillgap.output import (
    CLOSED_PIPE_EXIT,
    ClosedPipe,
    Terminated,
    file_identity,
    setup_streams,
    silence_stdout,
    stop_on_signals,
    write_stderr,
    write_stdout,
)
from skillgap.untrusted import safe_text

if TYPE_CHECKING:
    from skillgap.authoring.sessions import Stopped


def err(text: str) -> None:
    """A message on stderr; names from files in it show control characters visibly."""
    write_stderr(safe_text(text.rstrip("\n")) + "\n")


def run(debug: bool, action: Callable[[], int], *, grows: bool = False) -> None:
    """Run a command body, mapping every error to its message and exit code.

    ``grows``: the work grows with the input (many files): see :mod:`.collector`.
    """
    with collecting(grows):
        _mapped(debug, action)


def _mapped(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run the body; every error becomes its message and exit code (``typer.Exit``)."""
    setup_streams()
    try:
        with stop_on_signals():
            code = action()
    except typer.Exit:
        raise
    except ClosedPipe:
        raise typer.Exit(CLOSED_PIPE_EXIT) from None  # quiet, as cat and grep are
    except SkillgapError as exc:
        if debug:
            err(traceback.format_exc())  # its messages may quote a file: shown safely
        err(exc.render())
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err("skillgap: interrupted")
        raise typer.Exit(130) from None
    except Terminated as exc:
        # Everything is cleaned up by now (temporary files, workers); leave at once, as the
        # signal's default action would, rather than wait on anything still winding down.
        err(f"skillgap: stopped by {exc}")
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        os._exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001  # the last line of defence: exit 70, not a traceback
        if debug:
            err(traceback.format_exc())  # its messages may quote a file: shown safely
        err(
            f"skillgap: internal error: {type(exc).__name__}: {exc}\n"
            f"  This is a bug in skillgap; {REPORT_BUG}."
        )
        raise typer.Exit(ExitCode.INTERNAL) from None
    raise typer.Exit(code)


def checked_values(command: Command) -> Command:
    """``command``, whose text values are refused (exit 2, naming the option) unless text."""
    from skillgap.inputs.arguments import combination_problem, option_problem

    run = command.callback
    params = {p.name: p for p in command.params}

    def checked(**values: Any) -> Any:
        clash = combination_problem(values)
        if clash is not None:
            err(clash.render())
            raise typer.Exit(clash.exit_code)
        for name, value in values.items():
            param = params.get(name)
            label = name
            if param is not None:
                option = param.param_type_name == "option"
                label = param.opts[0] if option else (param.metavar or name.upper())
            problem = option_problem(name, label, value)
            if problem is not None:
                err(problem.render())
                raise typer.Exit(problem.exit_code)
        return run(**values) if run is not None else None

    command.callback = checked
    return command


def ended(stopped: Stopped | None) -> int:
    """The exit code of a session (init, review): 0, or how it stopped early (2, or 130)."""
    if stopped is None:
        return ExitCode.OK
    return ExitCode.USAGE if stopped.end_of_input else 130


def around_app(call: Callable[[], Any]) -> Any:
    """Run the whole command line (``app(...)``), its streams set up, failing stdout mapped.

    ``--help`` and usage errors are printed by the option parser before any body runs, so
    a closed pipe or a full disk there is caught here, by the same rules: 141 quietly, or
    exit 4 with the reason.
    """
    setup_streams()
    stdout_id = file_identity(1)
    try:
        return call()
    except BrokenPipeError:
        silence_stdout()
        sys.exit(CLOSED_PIPE_EXIT)
    except SystemExit as exc:
        # Help is printed by rich, which on a closed pipe points stdout at /dev/null and
        # exits 1 ('skillgap --help | head'); a closed pipe is 141 everywhere else.
        if exc.code == 1 and stdout_id != file_identity(1) == file_identity(os.devnull):
            sys.exit(CLOSED_PIPE_EXIT)
        raise
    except OSError as exc:
        silence_stdout()
        err(f"skillgap: error: cannot write the output: {exc.strerror or exc}")
        sys.exit(ExitCode.OUTPUT)


def around_group_main(main: Callable[..., Any], standalone: bool) -> Any:
    """Run the top-level group as typer does, with every usage error in skillgap's words.

    ``main`` is the group's own, run with ``standalone_mode=False``: an unknown option, a
    missing argument and a bad option value (a range, a format) read ``skillgap: error: …``
    with a hint, one line, exit 2, as every other error does; no box.
    """
    try:
        code = main()
    except NoArgsIsHelpError as exc:  # 'skillgap' alone: the help, as typer shows it
        if not standalone:
            raise
        from typer import rich_utils

        rich_utils.rich_format_error(exc)
        sys.exit(exc.exit_code)
    except ClickException as exc:
        if not standalone:
            raise
        err(_usage_message(exc))
        sys.exit(exc.exit_code)
    except Abort:
        if not standalone:
            raise
        err("skillgap: aborted")
        sys.exit(1)
    if not standalone:
        return code
    sys.exit(code if isinstance(code, int) else 0)


def _usage_message(exc: ClickException) -> str:
    """A click error as skillgap says errors: the message, and where to find help."""
    message = exc.format_message().strip().rstrip(".")
    message = message[:1].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    hint = f"see '{ctx.command_path} --help'" if ctx is not None else None
    return UsageError(message, hint).render()


def print_version() -> NoReturn:
    """``--version``: print it and exit, a closed pipe or a full disk mapped as everywhere."""
    try:
        write_stdout(f"skillgap {__version__}\n")
    except ClosedPipe:
        raise typer.Exit(CLOSED_PIPE_EXIT) from None
    except SkillgapError as exc:
        err(exc.render())
        raise typer.Exit(exc.exit_code) from None
    raise typer.Exit(ExitCode.OK)
