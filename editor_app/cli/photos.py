"""Photo commands: ``photos add``, ``photos list`` and ``photos rendition`` (the same service as the panel)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.cli.common import EXIT_FAILURE, CommandFailed, out, warn

if TYPE_CHECKING:  # the services import SQLAlchemy: keep --help instant
    from editor_app.domain import ArticlePhoto
    from editor_app.services import Services
    from editor_app.services.photos import PhotoService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    photos = sub.add_parser("photos", help="import photos, list them, write the rendition that is uploaded")
    commands = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)

    p = commands.add_parser("add", help="import photos and attach them to an article; prints photo ids")
    p.add_argument("id", help="the article")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--caption", help="caption (instead of the one in the file)")
    p.add_argument("--credit", help="credit line (instead of the one in the file)")
    p.add_argument("--alt", help="alt text for screen readers")
    p.add_argument("--featured", action="store_true", help="make the first photo the featured one")
    p.set_defaults(handler=cmd_add)

    p = commands.add_parser("list", help="photos of an article with all their metadata")
    p.add_argument("id", help="the article")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("rendition", help="write the web rendition (sRGB JPEG, metadata, no location)")
    p.add_argument("photo_id")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=cmd_rendition)


def _service(services: Services) -> PhotoService:
    return services.photos


def cmd_add(services: Services, args: argparse.Namespace) -> int:
    fields = {
        name: value
        for name, value in (("caption", args.caption), ("credit", args.credit), ("alt_text", args.alt))
        if value is not None
    }

    def progress(done: int, total: int) -> None:
        if total > 1:
            print(f"processed {done}/{total} files", file=sys.stderr)

    try:
        report = _service(services).add_files(
            args.id, args.files, featured=args.featured, fields=fields, progress=progress
        )
    except LookupError as exc:
        raise CommandFailed(str(exc).strip("'\"")) from exc
    for item in report.imported:
        out(item.photo.id)
        if not item.new or item.warnings:
            warn(f"note: {item.message}")
    for failure in report.failures:
        warn(f"editor-app photos add: {failure.message}")
    return EXIT_FAILURE if report.failures else 0


def photo_json(slot: ArticlePhoto) -> dict[str, object]:
    photo = slot.photo
    return {
        "id": photo.id,
        "position": slot.position,
        "featured": slot.featured,
        **{("alt" if name == "alt_text" else name): value for name, value in photo.credit_values().items()},
        "date_taken": photo.date_taken,
        "city": photo.city,
        "country": photo.country,
        "keywords": list(photo.keywords),
        "rating": photo.rating,
        "label": photo.label,
        "has_gps": photo.has_gps,
        "width": photo.width,
        "height": photo.height,
        "filename": photo.filename,
        "sha256": photo.content_hash,
        "missing": photo.missing_for_publishing(),
    }


def cmd_list(services: Services, args: argparse.Namespace) -> int:
    if services.articles.get(args.id) is None:
        raise CommandFailed(f"No article with id {args.id}.")
    slots = _service(services).photos(args.id)
    if args.json:
        out(json.dumps([photo_json(slot) for slot in slots], ensure_ascii=False, indent=1))
        return 0
    for slot in slots:
        photo = slot.photo
        flags = ["featured"] if slot.featured else []
        if photo.has_gps:
            flags.append("GPS in original")
        missing = photo.missing_for_publishing()
        if missing:
            flags.append(f"no {', '.join(missing)}")
        line = photo.caption_line() or photo.filename or "(no caption)"
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        out(f"{photo.id}  {photo.width}x{photo.height}  {line}{extra}")
    return 0


def cmd_rendition(services: Services, args: argparse.Namespace) -> int:
    from editor_app.media.probe import PhotoRejected

    try:
        result = _service(services).rendition(args.photo_id, args.output)
    except LookupError as exc:
        raise CommandFailed(str(exc).strip("'\"")) from exc
    except PhotoRejected as exc:
        raise CommandFailed(str(exc)) from exc
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    for warning in result.warnings:
        warn(f"warning: {warning}")
    out(f"{result.path}  {result.width}x{result.height}")
    return 0
