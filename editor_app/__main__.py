"""``editor-app`` and ``python -m editor_app``: the workstation with no command (or with article files to
open, as a desktop launcher passes them), a headless command otherwise."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from editor_app.cli.main import parse

    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from editor_app.app import run_gui

        return run_gui(args.data_dir, files=args.open_files)
    from editor_app.cli import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
