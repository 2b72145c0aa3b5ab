"""``wordpress-plugin -o FILE.zip``: the companion plugin as a zip for wp-admin's "Upload Plugin" page."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.cli.common import CommandFailed, out

if TYPE_CHECKING:
    from editor_app.services import Services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "wordpress-plugin",
        help="write the WordPress companion plugin as a zip to upload in wp-admin (Plugins > Add New)",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    p.set_defaults(handler=cmd_wordpress_plugin, needs_profile=False)


def cmd_wordpress_plugin(_services: Services | None, args: argparse.Namespace) -> int:
    from editor_app.shipped import wordpress_plugin_dir, write_plugin_zip

    source = wordpress_plugin_dir()
    if source is None:
        raise CommandFailed("the WordPress plugin is not installed with this copy of the app")
    output: Path = args.output
    if output.is_dir():
        output = output / "editorial-workstation.zip"
    try:
        names = write_plugin_zip(source, output)
    except OSError as exc:
        raise CommandFailed(f"cannot write {output}: {exc.strerror or exc}") from exc
    out(f"{output}  ({len(names)} files; upload it in wp-admin: Plugins > Add New Plugin > Upload Plugin)")
    return 0
