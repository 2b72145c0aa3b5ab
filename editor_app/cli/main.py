"""The ``editor-app`` parser and the runner that opens the profile for a command.

``--data-dir`` is accepted before or after the command; files given instead of a command (``editor-app
story.md``, what a desktop launcher's ``Exec=editor-app %F`` does) are opened in the workstation. A command
logs to ``<profile>/logs/cli.log``; a closed pipe (``editor-app list | head -1``) ends it quietly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from editor_app import __version__
from editor_app.cli.common import EXIT_FAILURE, EXIT_USAGE, CommandFailed, command_error
from editor_app.paths import DataPaths, data_paths

AREAS = ("articles", "related", "workflow", "photos", "sync", "plugin")
"""Modules under editor_app.cli that register commands, in help order."""

EXIT_PIPE_CLOSED = 141
"""What shells report for a program stopped by a closed pipe (128 + SIGPIPE), as ``git log | head`` does."""

log = logging.getLogger("editor_app.cli")


def program_name() -> str:
    """``editor-app`` or ``editor-app-cli``, as the user called it (``python -m editor_app`` is editor-app)."""
    called = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return called if called.startswith("editor-app") else "editor-app"


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    from importlib import import_module

    parser = argparse.ArgumentParser(
        prog=prog or program_name(),
        description="Editorial Workstation. With no command it opens the workstation; "
        "with article files instead of a command it opens the workstation and imports them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_data_dir(parser, default=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        import_module(f"editor_app.cli.{area}").register(sub)
    for command_parser in _subparsers(parser):
        _add_data_dir(command_parser, default=argparse.SUPPRESS)  # never overrides one given before
    return parser


def _add_data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="profile folder (database, media, settings); default: the platform's app-data folder",
    )


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command's parser, nested ones (``photos add``) included, each once."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += [child, *_subparsers(child)]
    return found


def commands(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def looks_like_file(token: str) -> bool:
    """A launcher passes paths; a mistyped command (``lsit``) must still get argparse's usage error."""
    if token.startswith("file://"):
        return True
    return os.sep in token or Path(token).suffix != "" or Path(token).exists()


def parse(argv: list[str], parser: argparse.ArgumentParser | None = None) -> argparse.Namespace:
    """Parse a command line; ``args.open_files`` holds the files given instead of a command (else empty)."""
    if parser is None and (window := window_only(argv)) is not None:
        return window
    parser = parser or build_parser()
    first = _first_positional(argv)
    if first is None or argv[first] in commands(parser) or not looks_like_file(argv[first]):
        return _with_files(parser.parse_args(argv), [])
    options: list[str] = []
    files: list[Path] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            files += [_local_path(t) for t in argv[index + 1 :]]
            break
        if token == "--data-dir":
            options += argv[index : index + 2]
            index += 2
            continue
        if token.startswith("-"):
            options.append(token)  # only --data-dir goes with files: argparse says so for anything else
        else:
            files.append(_local_path(token))
        index += 1
    return _with_files(parser.parse_args(options), files)


def window_only(argv: list[str]) -> argparse.Namespace | None:
    """The workstation's own start, with at most ``--data-dir DIR``, parsed as the full parser would, without
    building every command's parser (that imports every command's module: ~15 ms before the window); None for
    anything else, which the full parser reads (and explains when it is wrong)."""
    data_dir: Path | None = None
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--data-dir" and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            data_dir, index = Path(argv[index + 1]), index + 2
        elif token.startswith("--data-dir=") and token != "--data-dir=":
            data_dir, index = Path(token.partition("=")[2]), index + 1
        else:
            return None
    return argparse.Namespace(data_dir=data_dir, command=None, open_files=[])


def _first_positional(argv: list[str]) -> int | None:
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            return index + 1 if index + 1 < len(argv) else None
        if token == "--data-dir":
            index += 2
            continue
        if not token.startswith("-"):
            return index
        index += 1
    return None


def _with_files(args: argparse.Namespace, files: list[Path]) -> argparse.Namespace:
    args.open_files = files
    return args


def _local_path(token: str) -> Path:
    if token.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return Path(unquote(urlparse(token).path))
    return Path(token).expanduser().absolute()


def configure_cli_logging(paths: DataPaths) -> Path | None:
    """Log the command's run to ``logs/cli.log`` in the profile (warnings and errors with their detail)."""
    from editor_app.app import configure_logging

    return configure_logging(paths.logs, "cli.log", to_stderr=False)


def run_command(args: argparse.Namespace) -> int:
    """Run ``args``'s command: one clear line on stderr for a failure, the detail in the CLI log."""
    try:
        return _run_command(args)
    except BrokenPipeError:
        return pipe_closed()


def _run_command(args: argparse.Namespace) -> int:
    if not getattr(args, "needs_profile", True):
        try:
            return int(args.handler(None, args))
        except CommandFailed as exc:
            return command_error(args.command, exc)
    from editor_app.services import open_services
    from editor_app.store import StoreError

    paths = data_paths(args.data_dir)
    try:
        services = open_services(paths)
    except StoreError as exc:
        return command_error(None, exc)
    log_file = configure_cli_logging(paths)
    log.info("command: %s", " ".join(sys.argv[1:]) or args.command)
    try:
        return int(args.handler(services, args))
    except (CommandFailed, StoreError) as exc:
        log.warning("%s failed: %s", args.command, exc)
        return command_error(args.command, exc)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:
        log.exception("%s crashed", args.command)
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"editor-app {args.command}: unexpected error: {exc}{where}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        services.close()


def pipe_closed() -> int:
    """The reader of our output went away (``| head``): stop quietly, like other command-line tools."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not raise again
    except (OSError, ValueError):
        pass
    return EXIT_PIPE_CLOSED


def main(argv: list[str] | None = None) -> int:
    """``editor-app-cli``: the commands only (a console program on every platform; no workstation window)."""
    parser = build_parser()
    args = parse(sys.argv[1:] if argv is None else argv, parser)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return run_command(args)
