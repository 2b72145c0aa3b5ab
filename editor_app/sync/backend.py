"""What the sync engine needs from a publishing backend, and the errors it can raise (messages in plain words)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


class SyncError(Exception):
    """A sync step failed; ``str(error)`` is the one line shown to the user."""


class Offline(SyncError):
    """The server could not be reached (refused, timed out, cut) even after the retries."""


class AuthFailed(SyncError):
    """401: the user name or application password was refused. Never retried."""


class Forbidden(SyncError):
    """403: the backend's roles refuse this (for example a contributor publishing)."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class NotFound(SyncError):
    """404/410: the item is not (or no longer) on the server."""


class PreconditionFailed(SyncError):
    """412: the post changed on the server after our copy was taken."""

    def __init__(self, message: str, modified_gmt: str | None = None, version: int | None = None) -> None:
        super().__init__(message)
        self.modified_gmt = modified_gmt
        self.version = version


class Rejected(SyncError):
    """Another 4xx: the server refused the request as invalid."""

    def __init__(self, message: str, code: str = "", data: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.data: Mapping[str, Any] = data or {}


class ServerFailed(SyncError):
    """5xx or 429 that outlasted the retries."""


class BadResponse(SyncError):
    """The answer was not the JSON the API promises (an HTML error page, truncated or malformed data)."""


class Ambiguous(SyncError):
    """A non-idempotent request may or may not have been applied (the connection failed after sending it)."""


@dataclass(frozen=True, slots=True)
class RemoteUser:
    id: int
    name: str
    roles: tuple[str, ...]
    capabilities: Mapping[str, bool]
    newsroom_role: str | None = None
    plugin: bool = False
    """Whether the companion plugin answers (idempotent creates, the 412 guard)."""

    @property
    def role_label(self) -> str:
        return self.newsroom_role or (self.roles[0] if self.roles else "no role")


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as the sync engine needs it (``context=edit``)."""

    id: int
    modified_gmt: str
    status: str
    title: str = ""
    content: str = ""
    """``content.raw``: the HTML as stored."""
    excerpt: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    featured_media: int = 0
    raw: bool = True
    """False for a post read in view context (the archive): ``content`` is then the rendered HTML."""
    version: int = 0
    """The companion plugin's ``ew_version``: +1 on every write (0 without the plugin)."""


@dataclass(frozen=True, slots=True)
class RemoteMedia:
    """A photo in the site's media library, as a pulled article's featured photo."""

    id: int
    caption: str = ""
    alt_text: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    """``ew_credit``, ``ew_creator``, ``ew_copyright``, ``ew_source``, ``ew_instructions``."""
    filename: str = ""
    source_url: str = ""
    """The URL of the uploaded file (what an inline photo's ``src`` points at)."""


@dataclass(frozen=True, slots=True)
class RemoteRef:
    id: int
    modified_gmt: str
    status: str
    version: int = 0


@dataclass(frozen=True, slots=True)
class Step:
    """One workflow transition as the server is asked to make it (``entry_id``: the local audit entry's id)."""

    action: str
    entry_id: str
    note: str = ""
    at: str | None = None
    """For a schedule: the publication time, ISO 8601 with zone."""
    reviewed_hash: str | None = None
    """For an approval: sha256 of the title and content the desk read (see ``rest_json.text_hash``)."""


@dataclass(frozen=True, slots=True)
class NoteOut:
    note_id: str
    text: str
    reply_to: str | None = None


class Backend(Protocol):
    """The publishing backend as the engine sees it. Implementations do all HTTP; nothing else does."""

    def sign_in(self) -> RemoteUser: ...

    def changed_posts(
        self, after: str | None, per_page: int = 100, *, archive: bool = False
    ) -> Iterator[list[RemotePost]]:
        """Pages of posts modified strictly after ``after`` (UTC ``YYYY-MM-DDTHH:MM:SS``), oldest first: the
        posts the user may edit, trash included; with ``archive`` the published posts the user may read."""
        ...

    def post_ids(self) -> set[int]:
        """The ids of the posts on the site that the user may read, trash included. A post missing here may
        still exist (one the user may no longer read): ask ``post_status`` before calling it gone."""
        ...

    def post_status(self, post_id: int) -> str:
        """The post's status, read by its own address: NotFound when the server has no such post (deleted for
        good), Forbidden when it exists but the user may not read it."""
        ...

    def get_post(self, post_id: int) -> RemotePost: ...

    def find_by_uuid(self, client_uuid: str) -> RemoteRef | None: ...

    def create_post(self, payload: Mapping[str, Any]) -> RemotePost:
        """Never retried: a failure after sending raises Ambiguous."""
        ...

    def update_post(self, post_id: int, payload: Mapping[str, Any], version: int | None) -> RemotePost:
        """Update the post if it is still at ``version`` (else PreconditionFailed)."""
        ...

    def trash_post(self, post_id: int, version: int | None) -> None: ...

    def transition(self, post_id: int, step: Step, version: int | None) -> RemotePost:
        """Make one workflow transition on the server, which checks it and writes the audit entry."""
        ...

    def add_note(self, post_id: int, note: NoteOut, version: int | None) -> RemotePost:
        """Append an editorial note; the server records its author and time."""
        ...

    def terms(self, taxonomy: str) -> dict[int, str]:
        """All terms of ``categories`` or ``tags``: id -> name."""
        ...

    def create_term(self, taxonomy: str, name: str) -> int:
        """The id of a new term, or of the existing one with that name."""
        ...

    def find_media(self, slug: str) -> int | None: ...

    def upload_media(self, path: Path, filename: str, fields: Mapping[str, Any]) -> int:
        """Never retried: a failure after sending raises Ambiguous."""
        ...

    def update_media(self, media_id: int, fields: Mapping[str, Any]) -> None: ...

    def get_media(self, media_id: int) -> RemoteMedia:
        """A media item's caption, alt text and photo meta (NotFound when gone)."""
        ...
