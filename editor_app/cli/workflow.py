"""Workflow commands for scripted newsrooms: submit, approve, return, and the local role."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from editor_app.cli.common import CommandFailed, out
from editor_app.domain import Role, TransitionError

if TYPE_CHECKING:
    from editor_app.services import Services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("submit", help="send an article to the desk (the reporter's checklist must pass)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_submit)

    p = sub.add_parser("approve", help="approve and publish now, or schedule with --at (desk only)")
    p.add_argument("id")
    p.add_argument("--at", type=_when, help="ISO time with zone, e.g. 2026-12-01T07:00:00+00:00")
    p.set_defaults(handler=cmd_approve)

    p = sub.add_parser("return", help="return an article to its reporter with a note (desk only)")
    p.add_argument("id")
    p.add_argument("--note", required=True)
    p.set_defaults(handler=cmd_return)

    p = sub.add_parser("role", help="show or set the role used for local work (a signed-in site decides it)")
    p.add_argument("role", nargs="?", choices=[r.value for r in Role])
    p.set_defaults(handler=cmd_role)


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date and time: {text}") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time zone, e.g. 2026-12-01T07:00:00+01:00")
    return value


def _run(services: Services, action: str, article_id: str, **kwargs: object) -> int:
    workflow = services.workflow
    role = workflow.role()  # the signed-in site user's role, or the one picked for local work
    try:
        if action == "approve":
            at = kwargs.get("at")
            workflow.approve(article_id, role, at=at if isinstance(at, datetime) else None)
        else:
            workflow.apply(article_id, action, role, note=str(kwargs.get("note", "")))
    except TransitionError as exc:
        raise CommandFailed(str(exc)) from exc
    article = services.articles.get(article_id)
    shown = workflow.status_text(article) if article else ""
    out(
        f"{article_id} {article.status.value if article else ''}" + (f" ({shown})" if "sync" in shown else "")
    )
    return 0


def cmd_submit(services: Services, args: argparse.Namespace) -> int:
    return _run(services, "submit", args.id)


def cmd_approve(services: Services, args: argparse.Namespace) -> int:
    return _run(services, "approve", args.id, at=args.at)


def cmd_return(services: Services, args: argparse.Namespace) -> int:
    return _run(services, "return", args.id, note=args.note)


def cmd_role(services: Services, args: argparse.Namespace) -> int:
    workflow = services.workflow
    if args.role:
        try:
            workflow.set_local_role(Role(args.role))
        except TransitionError as exc:
            raise CommandFailed(str(exc)) from exc
    out(workflow.role().value)
    return 0
