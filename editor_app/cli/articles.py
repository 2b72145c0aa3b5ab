"""Article commands: list, search, check, import, export, and publishing an archive article to the site."""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.cli.common import EXIT_FAILURE, CommandFailed, out
from editor_app.domain import Role, Status

if TYPE_CHECKING:  # the services import SQLAlchemy: keep --help and --version instant
    from editor_app.services import Services
    from editor_app.store import ArticleSummary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list articles")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--section")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("search", help="full-text search over the local archive")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("check", help="database integrity, schema version, outbox and conflict counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "import",
        help="import article files or folders (Markdown with front matter or text); a folder is an archive",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument(
        "--archive",
        dest="archive",
        action="store_const",
        const=True,
        help="import as archive references published elsewhere: original dates, never sent to the site "
        "(the default for folders)",
    )
    kind.add_argument(
        "--drafts",
        dest="archive",
        action="store_const",
        const=False,
        help="import as new drafts to work on, folders too (they sync like any draft)",
    )
    p.set_defaults(handler=cmd_import, archive=None)

    p = sub.add_parser(
        "publish-to-site",
        aliases=["push"],
        help="publish an archive article on the site with the next sync (desk only)",
    )
    p.add_argument("id")
    p.set_defaults(handler=cmd_publish_to_site)

    p = sub.add_parser("export", help="export one article")
    p.add_argument("id")
    p.add_argument("--format", choices=["md", "html"], default="md")
    p.add_argument("-o", "--output", type=Path)
    p.set_defaults(handler=cmd_export)


def cmd_list(services: Services, args: argparse.Namespace) -> int:
    from editor_app.store import ArticleQuery

    rows = services.articles.summaries(
        ArticleQuery(status=Status(args.status) if args.status else None, section=args.section)
    )
    pending = {aid: "pending" for aid in services.articles.unsynced_ids()}
    if args.json:
        out(json.dumps([_summary_json(r, pending) for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            out(
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
    """The same ranked search as the related picker (words only: FTS syntax typed by users is never an error)."""
    hits = services.related.search(args.query, limit=args.limit)
    if args.json:
        rows = [
            {
                "id": hit.id,
                "headline": hit.headline,
                "section": hit.section,
                "status": hit.status.value,
                "date": hit.date.isoformat(),
                "snippet": _plain(hit.snippet_html),
            }
            for hit in hits
        ]
        out(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for hit in hits:
            out(f"{hit.id}  {hit.section:<13.13}  {hit.title}")
    return 0


def _plain(snippet_html: str) -> str:
    return html.unescape(snippet_html.replace("<b>", "").replace("</b>", ""))


def cmd_check(services: Services, args: argparse.Namespace) -> int:

    report = services.db.check()
    if args.json:
        out(
            json.dumps(
                {
                    "database": str(services.paths.database),
                    "ok": report.ok,
                    "integrity": report.integrity,
                    "schema": report.schema_revision,
                    "head": report.head_revision,
                    "articles": report.articles,
                    "outbox": report.outbox,
                    "conflicts": report.conflicts,
                    "sqlite": report.sqlite_version,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        if not report.ok:
            raise CommandFailed(f"the database check failed: {report.integrity}")
        return 0
    out(f"database:  {services.paths.database}")
    out(f"integrity: {report.integrity}")
    out(f"schema:    {report.schema_revision} (this version: {report.head_revision})")
    out(f"articles:  {report.articles}")
    out(f"outbox:    {report.outbox} pending")
    out(f"conflicts: {report.conflicts}")
    out(f"sqlite:    {report.sqlite_version}")
    if not report.ok:
        raise CommandFailed(f"the database check failed: {report.integrity}")
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:

    def progress(done: int, total: int) -> None:
        if total > 1:  # a batch: show how far it got; a single file needs no progress line
            print(f"processed {done}/{total} files", file=sys.stderr)

    report = services.importer.import_paths(args.paths, archive=args.archive, progress=progress)
    for item in report.imported:
        out(item.article_id)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in report.failures:
        print(f"editor-app import: {failure.message}", file=sys.stderr)
    if report.archived:
        print(report.summary(), file=sys.stderr)
    if report.failures:
        return EXIT_FAILURE
    return 0


def cmd_publish_to_site(services: Services, args: argparse.Namespace) -> int:
    """An archive article goes to the site only when the desk asks: it becomes published and is queued."""
    from editor_app.domain import TransitionError

    article = services.articles.get(args.id)
    if article is None:
        raise CommandFailed(f"no article with id {args.id}.")
    if article.status is not Status.ARCHIVED:
        raise CommandFailed(
            f"'{article.title}' is {article.status.label.lower()}, not in the archive: it syncs with the "
            "workflow (submit, approve)."
        )
    workflow = services.workflow
    role = workflow.role()
    if role is not Role.DESK:
        raise CommandFailed(
            f"only the desk can publish an archive article to the site (your role is {role.label.lower()})."
        )
    try:
        workflow.apply(args.id, "publish_to_site", role)
    except TransitionError as exc:
        raise CommandFailed(str(exc)) from exc
    out(f"{args.id} published")
    print("It goes to the site with the next sync (editor-app sync).", file=sys.stderr)
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
