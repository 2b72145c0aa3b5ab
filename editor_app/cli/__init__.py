"""Headless commands over the same services as the GUI: exit 0 on success, one clear line on stderr otherwise.

Each area registers its own sub-commands (``register(subparsers)``); a sub-command's parser carries its handler
as ``handler(services, args) -> int``.
"""

from editor_app.cli.common import CommandFailed
from editor_app.cli.main import build_parser, main, run_command
from editor_app.paths import data_paths

__all__ = ["CommandFailed", "build_parser", "data_paths", "main", "run_command"]
