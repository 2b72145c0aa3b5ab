"""Related-article commands: ``related ID`` (the chosen list), ``--suggest`` and ``--set ID2,ID3``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from editor_app.cli.common import CommandFailed, out

if TYPE_CHECKING:  # the services import SQLAlchemy: keep --help and --version instant
    from editor_app.services import Services
    from editor_app.services.related import RelatedHit


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("related", help="the chosen related articles, suggestions for them, or set them")
    p.add_argument("id")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--suggest", action="store_true", help='"more like this" suggestions')
    action.add_argument("--set", metavar="ID2,ID3,...", help="set the ordered related list ('' clears it)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10, help="how many suggestions (default 10)")
    p.set_defaults(handler=cmd_related)


def _hit_json(hit: RelatedHit) -> dict[str, object]:
    return {
        "id": hit.id,
        "headline": hit.headline,
        "section": hit.section,
        "status": hit.status.value,
        "date": hit.date.isoformat(),
        "url": hit.url,
    }


def cmd_related(services: Services, args: argparse.Namespace) -> int:
    related = services.related
    try:
        if args.set is not None:
            related.set_related(args.id, [i for i in args.set.split(",") if i.strip()])
            hits = related.chosen(args.id)
        elif args.suggest:
            hits = related.suggest(args.id, limit=max(1, args.limit))
        else:
            if services.articles.get(args.id) is None:
                raise LookupError(f"No article with id {args.id}.")
            hits = related.chosen(args.id)
    except (LookupError, ValueError) as exc:
        raise CommandFailed(str(exc).strip("'\"")) from exc
    if args.json:
        out(json.dumps([_hit_json(h) for h in hits], ensure_ascii=False, indent=1))
    else:
        for hit in hits:
            out(f"{hit.id}  {hit.section:<13.13}  {hit.title}")
    return 0
