"""A newsroom member for end-to-end tests: their own data folder and services, signed in to the real local
WordPress as one of its newsroom users (no proxy, fast retries)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2

from editor_app.paths import DataPaths
from editor_app.services.context import Services, open_services
from editor_app.services.photos import PhotoService
from editor_app.services.related import RelatedService
from editor_app.services.review import ReviewService
from editor_app.services.sync import SyncService
from editor_app.services.workflow import WorkflowService
from editor_app.store.sync_state import Site
from editor_app.sync.credentials import Credentials
from editor_app.sync.report import SyncReport
from editor_app.sync.rest_answers import RetryPolicy
from editor_app.sync.wordpress import WordPressClient

FAST = RetryPolicy(attempts=3, timeout=20.0, wait_initial=0.05, wait_max=0.3, max_retry_after=5.0)


@dataclass
class Member:
    key: str
    services: Services
    sync: SyncService
    workflow: WorkflowService
    review: ReviewService
    photos: PhotoService
    related: RelatedService

    def synced(self) -> SyncReport:
        report = self.sync.sync_once().report
        assert report.failures == [], f"{self.key}: {report.failures}"
        return report

    def remote_id(self, article_id: str) -> int:
        with self.services.db.read() as uow:
            state = uow.sync_state
            link = state.link(state.sites()[0].id, article_id)
        assert link is not None and link.remote_id is not None, f"{article_id} is not on the server"
        return link.remote_id

    def article_for(self, remote_id: int) -> str:
        with self.services.db.read() as uow:
            state = uow.sync_state
            link = state.link_by_remote(state.sites()[0].id, remote_id)
        assert link is not None, f"post {remote_id} was not pulled by {self.key}"
        return link.article_id

    def close(self) -> None:
        self.services.close()


def member(wp: Any, key: str, folder: Path) -> Member:
    """``key`` is a user of the harness (reporter, photo_editor, desk, ...); ``folder`` their data folder."""
    login, password = wp.users[key].login, wp.users[key].app_password

    def backend(site: Site, secret: str) -> WordPressClient:
        return WordPressClient(wp.api_root, site.username, secret, retry=FAST, timeout=httpx2.Timeout(20.0))

    services = open_services(
        DataPaths(folder),
        credentials=Credentials(use_keyring=False),
        backend_factory=backend,
        photo_workers=1,
    )
    sync = services.sync
    sync.add_site("newsroom", wp.url, login)
    sync.credentials.remember_for_session(wp.url, login, password)
    return Member(
        key,
        services,
        sync,
        services.workflow,
        services.review,
        services.photos,
        services.related,
    )


@contextmanager
def members(
    wp: Any, folder: Path, keys: Sequence[str], *, synced: bool = True
) -> Iterator[dict[str, Member]]:
    """One workstation per site user in ``keys`` (each in its own profile under ``folder``), synced once unless
    ``synced`` is False; closed afterwards."""
    opened = {key: member(wp, key, folder / key) for key in keys}
    try:
        if synced:
            for m in opened.values():
                m.synced()
        yield opened
    finally:
        for m in opened.values():
            m.close()


def server_post(wp: Any, post_id: int) -> dict[str, Any]:
    """The post as the administrator reads it (context=edit: notes and the audit trail included)."""
    with httpx2.Client(base_url=wp.api_root, auth=wp.users["admin"].auth, trust_env=False, timeout=30) as c:
        response = c.get(f"wp/v2/posts/{post_id}", params={"context": "edit"})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def server_media(wp: Any, media_id: int) -> dict[str, Any]:
    with httpx2.Client(base_url=wp.api_root, auth=wp.users["admin"].auth, trust_env=False, timeout=30) as c:
        response = c.get(f"wp/v2/media/{media_id}", params={"context": "edit"})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def download(url: str) -> bytes:
    with httpx2.Client(trust_env=False, timeout=30) as client:
        response = client.get(url)
        response.raise_for_status()
        return bytes(response.content)
