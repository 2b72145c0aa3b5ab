"""What every command module shares."""

from __future__ import annotations

import sys

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandFailed(Exception):
    """A command could not do what was asked; the message is the one line shown."""


def command_error(command: str | None, exc: BaseException) -> int:
    """Say why a command failed in one line on stderr (a full disk, a busy or read-only profile, a refusal)."""
    prefix = f"editor-app {command}" if command else "editor-app"
    message = " ".join(str(exc).split()) or type(exc).__name__
    print(f"{prefix}: {message}", file=sys.stderr)
    return EXIT_FAILURE


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def warn(text: str) -> None:
    print(text, file=sys.stderr)
