"""The ``editor-app`` parser and the runner that opens the profile for a command."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor_app import __version__
from editor_app.cli.common import EXIT_USAGE, CommandFailed, command_error
from editor_app.paths import DataPaths, default_data_dir

AREAS = ("articles", "related", "workflow", "photos", "sync")
"""Modules under editor_app.cli that register commands, in help order."""


def build_parser() -> argparse.ArgumentParser:
    from importlib import import_module

    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="Editorial Workstation. With no command it opens the workstation.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="profile folder (database, media, settings); default: the platform's app-data folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        import_module(f"editor_app.cli.{area}").register(sub)
    return parser


def data_paths(data_dir: Path | None) -> DataPaths:
    return DataPaths((data_dir or default_data_dir()).expanduser().resolve())


def run_command(args: argparse.Namespace) -> int:
    from editor_app.services import open_services
    from editor_app.store import StoreError

    try:
        services = open_services(data_paths(args.data_dir))
    except StoreError as exc:
        return command_error(None, exc)
    try:
        return int(args.handler(services, args))
    except (CommandFailed, StoreError) as exc:
        return command_error(args.command, exc)
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    return run_command(args)
