"""Sync commands: ``site add``, ``site remove``, ``site list`` and ``sync`` (one run, progress on stderr)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

from editor_app.cli.common import EXIT_FAILURE, CommandFailed, out, warn

if TYPE_CHECKING:  # the services import SQLAlchemy: keep --help and --version instant
    from editor_app.services import Services
    from editor_app.services.sync import SyncService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = sub.add_parser("site", help="publishing sites (WordPress)")
    site_sub = site.add_subparsers(dest="site_command", metavar="SITE_COMMAND", required=True)
    p = site_sub.add_parser("add", help="add or change a site; the application password is read from stdin")
    p.add_argument("name")
    p.add_argument("--url", required=True, help="the site's address, e.g. https://news.example.org")
    p.add_argument("--user", required=True, help="the WordPress user name")
    p.add_argument(
        "--allow-http",
        action="store_true",
        help="accept plain http to a site on another machine (the password then travels unencrypted)",
    )
    p.set_defaults(handler=cmd_site_add)
    p = site_sub.add_parser("remove", help="forget a site, its sync records and its stored password")
    p.add_argument("name")
    p.set_defaults(handler=cmd_site_remove)
    p = site_sub.add_parser("list", help="list the configured sites")
    p.add_argument("--json", action="store_true", help="one JSON array of the sites")
    p.set_defaults(handler=cmd_site_list)

    p = sub.add_parser("sync", help="one sync run with the publishing site (progress on stderr)")
    p.add_argument("--site", help="the site's name (default: the first one added)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the application password from stdin for this run only (headless machines, CI)",
    )
    p.set_defaults(handler=cmd_sync)


def _service(services: Services) -> SyncService:
    return services.sync


def read_password(prompt: str, *, from_stdin: bool) -> str:
    """One line from stdin (piped, or asked for), or a hidden prompt on a terminal."""
    if from_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(prompt)
    if not password.strip():
        raise CommandFailed("no application password was given.")
    return password.strip()


def cmd_site_add(services: Services, args: argparse.Namespace) -> int:
    from editor_app.sync.backend import AuthFailed, Offline, SyncError
    from editor_app.sync.origin import normalise_site_url

    try:  # a bad address is refused before the password is asked for
        normalise_site_url(args.url)
    except ValueError as exc:
        raise CommandFailed(str(exc)) from exc
    sync = _service(services)
    password = read_password(f"Application password for {args.user}: ", from_stdin=False)
    try:
        added = sync.add_site(args.name, args.url, args.user, allow_http=args.allow_http)
    except ValueError as exc:
        raise CommandFailed(str(exc)) from exc
    if added.warning:  # before the password is sent: plain http is said first
        warn(f"warning: {added.warning}")
    try:
        user = sync.sign_in(added.site.name, password)
    except AuthFailed as exc:
        raise CommandFailed(
            f"site '{added.site.name}' saved, but {exc} The password was not stored."
        ) from exc
    except Offline as exc:
        warn(f"{exc} Saved without checking the sign-in.")
    except SyncError as exc:
        raise CommandFailed(f"site '{added.site.name}' saved, but signing in failed: {exc}") from exc
    else:
        out(f"Signed in to {added.site.name} as {user.name or args.user} ({user.role_label}).")
        if not user.plugin:
            warn("The Editorial Workstation plugin is not installed on this site.")
    if sync.credentials.store(added.site.url, added.site.username, password):
        out(f"The application password is stored in the keyring ({sync.credentials.describe()}).")
    else:
        warn(
            "No secure keyring is available, so the password was not stored: "
            "run 'editor-app sync --password-stdin' and give it each time."
        )
    return 0


def cmd_site_remove(services: Services, args: argparse.Namespace) -> int:
    try:
        site = _service(services).remove_site(args.name)
    except LookupError as exc:
        raise CommandFailed(str(exc)) from exc
    out(
        f"Removed site {site.name} ({site.url}); its stored application password is forgotten. "
        "The articles stay in the local database."
    )
    return 0


def cmd_site_list(services: Services, args: argparse.Namespace) -> int:
    sites = _service(services).sites()
    if args.json:
        rows = [
            {
                "name": site.name,
                "url": site.url,
                "user": site.username,
                "role": site.role or None,
                "allow_http": site.allow_http,
                "api_root": site.api_root or None,
                "pulled_until": site.pull_after,
            }
            for site in sites
        ]
        out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for site in sites:
        http = "  (plain http allowed)" if site.allow_http else ""
        out(f"{site.name}  {site.url}  {site.username}  {site.role or '-'}{http}")
    return 0


def cmd_sync(services: Services, args: argparse.Namespace) -> int:
    """One run; its report (the sync log window's, article by article) on stdout, its steps on stderr."""
    from editor_app.sync.backend import SyncError

    sync = _service(services)
    password = read_password("Application password: ", from_stdin=True) if args.password_stdin else None
    try:
        run = sync.run("command line", lambda step: warn(f"sync: {step}"), site=args.site, password=password)
    except SyncError as exc:
        raise CommandFailed(str(exc)) from exc
    for line in run.report_text():
        out(line)
    report = run.report
    if report.failures:
        what = "offline" if report.offline else f"{len(report.failures)} failed"
        raise CommandFailed(f"sync with {report.site} did not complete ({what}): {report.failures[0]}")
    return 0 if report.ok else EXIT_FAILURE
