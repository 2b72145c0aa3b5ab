"""Headless commands over the same services as the GUI: exit 0 on success, one clear line on stderr otherwise."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app import __version__
from editor_app.domain import Status
from editor_app.paths import DataPaths, default_data_dir

if TYPE_CHECKING:  # the services import SQLAlchemy: keep --help and --version instant
    from editor_app.services import Services
    from editor_app.store import ArticleSummary

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandFailed(Exception):
    """A command could not do what was asked; the message is the one line shown."""


def build_parser() -> argparse.ArgumentParser:
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

    p = sub.add_parser("list", help="list articles")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--section")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="full-text search over the local archive")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)

    sub.add_parser("check", help="database integrity, schema version, outbox and conflict counts")

    p = sub.add_parser("import", help="import article files or folders (Markdown with front matter or text)")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")

    p = sub.add_parser("export", help="export one article")
    p.add_argument("id")
    p.add_argument("--format", choices=["md", "html"], default="md")
    p.add_argument("-o", "--output", type=Path)
    return parser


def data_paths(data_dir: Path | None) -> DataPaths:
    return DataPaths((data_dir or default_data_dir()).expanduser().resolve())


def run_command(args: argparse.Namespace) -> int:
    from editor_app.services import open_services
    from editor_app.store import StoreError

    handler = COMMANDS[args.command]
    try:
        services = open_services(data_paths(args.data_dir))
    except StoreError as exc:
        print(f"editor-app: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        return handler(services, args)
    except CommandFailed as exc:
        print(f"editor-app {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        services.close()


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_list(services: Services, args: argparse.Namespace) -> int:
    from editor_app.store import ArticleQuery

    rows = services.articles.summaries(
        ArticleQuery(status=Status(args.status) if args.status else None, section=args.section)
    )
    pending = {aid: "pending" for aid in services.articles.unsynced_ids()}
    if args.json:
        _out(json.dumps([_summary_json(r, pending) for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            _out(
                f"{r.id}  {r.status.value:<9}  {r.section:<13.13}  {pending.get(r.id, 'local'):<7}  {r.title}"
            )
    return 0


def _summary_json(row: ArticleSummary, pending: dict[str, str]) -> dict[str, object]:
    return {
        "id": row.id,
        "headline": row.headline,
        "section": row.section,
        "status": row.status.value,
        "editors_choice": row.editors_choice,
        "updated": row.updated_at.isoformat(),
        "sync": pending.get(row.id, "local"),
    }


def cmd_search(services: Services, args: argparse.Namespace) -> int:
    from editor_app.store import ArticleQuery

    rows = services.articles.summaries(ArticleQuery(text=args.query, limit=args.limit))
    if args.json:
        _out(json.dumps([_summary_json(r, {}) for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            _out(f"{r.id}  {r.section:<13.13}  {r.title}")
    return 0


def cmd_check(services: Services, args: argparse.Namespace) -> int:

    report = services.db.check()
    _out(f"database:  {services.paths.database}")
    _out(f"integrity: {report.integrity}")
    _out(f"schema:    {report.schema_revision} (this version: {report.head_revision})")
    _out(f"articles:  {report.articles}")
    _out(f"outbox:    {report.outbox} pending")
    _out(f"conflicts: {report.conflicts}")
    _out(f"sqlite:    {report.sqlite_version}")
    if not report.ok:
        raise CommandFailed(f"the database check failed: {report.integrity}")
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:

    def progress(done: int, total: int) -> None:
        if total > 1:  # a batch: show how far it got; a single file needs no progress line
            print(f"processed {done}/{total} files", file=sys.stderr)

    report = services.importer.import_paths(args.paths, progress=progress)
    for item in report.imported:
        _out(item.article_id)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in report.failures:
        print(f"editor-app import: {failure.message}", file=sys.stderr)
    if report.failures:
        return EXIT_FAILURE
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:

    try:
        if args.format == "md":
            text = services.importer.export_markdown(args.id)
        else:
            text = services.exporter.page_html(args.id)
    except LookupError as exc:
        raise CommandFailed(str(exc).strip("'\"")) from exc
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CommandFailed(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(text)
    return 0


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "list": cmd_list,
    "search": cmd_search,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    return run_command(args)
