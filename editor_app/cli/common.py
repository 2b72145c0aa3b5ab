"""What every command module shares."""

from __future__ import annotations

import sys

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandFailed(Exception):
    """A command could not do what was asked; the message is the one line shown."""


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def warn(text: str) -> None:
    print(text, file=sys.stderr)
