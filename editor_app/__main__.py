"""``editor-app`` and ``python -m editor_app``: the workstation with no command, a headless command otherwise.

``editor-app FILE...`` (how the desktop entry opens files) starts the workstation with those files.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from editor_app.cli import build_parser, run_command

    parser = build_parser()
    argv, files = split_files(sys.argv[1:] if argv is None else argv, parser)
    args = parser.parse_args(argv)
    if args.command is None:
        from editor_app.app import run_gui

        return run_gui(args.data_dir, files)
    return run_command(args)


def split_files(argv: list[str], parser: object) -> tuple[list[str], list[Path]]:
    """Separate file arguments from the options when the first positional argument is not a command."""
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    rest: list[str] = []
    files: list[Path] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--data-dir" and i + 1 < len(argv):
            rest += argv[i : i + 2]
            i += 2
            continue
        if arg.startswith("-") and arg != "-":
            rest.append(arg)
        elif not files and arg in commands:
            return argv, []  # a command: its own parser takes the rest
        else:
            files.append(Path(arg))
        i += 1
    return rest, files


if __name__ == "__main__":
    sys.exit(main())
