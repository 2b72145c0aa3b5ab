"""``editor-app`` and ``python -m editor_app``: the workstation with no command, a headless command otherwise."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from editor_app.cli import build_parser, run_command

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from editor_app.app import run_gui

        return run_gui(args.data_dir)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
