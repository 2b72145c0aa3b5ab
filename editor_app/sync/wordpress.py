"""The WordPress REST client (API v2 plus the companion plugin's routes), over httpx2 with stamina retries (what
the answers mean, and which failures are retried: ``rest_answers``).

Only idempotent requests are retried (transport errors, 429 and 5xx, honouring ``Retry-After``); creates and
uploads are sent once and an uncertain outcome raises :class:`Ambiguous`, so the caller looks the item up by its
client key before creating again. Every request has timeouts; uploads get a long write timeout.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx2
import stamina

from editor_app.sync.backend import (
    Ambiguous,
    BadResponse,
    Forbidden,
    NoteOut,
    NotFound,
    Offline,
    Rejected,
    RemoteMedia,
    RemotePost,
    RemoteRef,
    RemoteUser,
    Step,
)
from editor_app.sync.origin import InsecureSite, check_same_origin, check_transport, origin
from editor_app.sync.proxy import NO_PROXY, ProxySettings
from editor_app.sync.rest_answers import Retryable, RetryPolicy, backoff, decode_answer, transport_reason
from editor_app.sync.rest_json import (
    media_from_json,
    post_from_json,
    shift_seconds,
    utc_stamp,
    z_suffix,
)

log = logging.getLogger(__name__)

API_REL = "https://api.w.org/"
PULL_STATUSES = "publish,future,draft,pending,private,trash"
POST_FIELDS = "id,modified_gmt,status,title,content,excerpt,meta,categories,tags,featured_media"
TIMEOUT = httpx2.Timeout(30.0, connect=10.0)
UPLOAD_TIMEOUT = httpx2.Timeout(60.0, connect=10.0, write=600.0)
USER_AGENT = "EditorialWorkstation/0.1"
CLIENT_HEADER = {"X-EW-Client": USER_AGENT}
"""Sent with every write: tells the companion plugin the write comes from the app, which must then name the
version it was based on (``If-Match: "<version>"``; missing or malformed: 428, stale: 412)."""


def discover_api_root(
    url: str, *, transport: httpx2.BaseTransport | None = None, proxy: ProxySettings = NO_PROXY
) -> str:
    """The REST API root announced by the site's ``Link: <...>; rel="https://api.w.org/"`` header.

    No credentials are sent. The root must have the site's own origin (InsecureSite otherwise): a site, a proxy
    or a redirect on the way cannot steer the password to another host, port or scheme."""
    try:
        with httpx2.Client(
            timeout=TIMEOUT, follow_redirects=True, transport=transport, **proxy.client_options()
        ) as client:
            response = client.head(url.rstrip("/") + "/")
            if API_REL not in response.links:
                response = client.get(url.rstrip("/") + "/")
    except httpx2.TransportError as exc:
        raise Offline(f"Cannot reach {url}: {transport_reason(exc)}.") from exc
    link = response.links.get(API_REL, {}).get("url")
    if not link:
        raise BadResponse(
            f'{url} does not announce a WordPress REST API (no Link rel="{API_REL}" header). '
            "Check the address of the site."
        )
    link = urljoin(str(response.url), link)
    check_same_origin(link, url)
    return link if link.endswith("/") or "rest_route=" in link else link + "/"


class WordPressClient:
    """One signed-in user on one site. ``requests`` counts HTTP requests sent (benchmarks read it).

    The password goes only to the API root's origin, which must be the site's (``site_url``), over https or to
    a loopback address unless ``allow_http``; the constructor raises InsecureSite before anything is sent.
    Redirects are never followed: a 3xx answer is an error that names where the server pointed."""

    def __init__(
        self,
        api_root: str,
        username: str,
        password: str,
        *,
        site_url: str | None = None,
        allow_http: bool = False,
        retry: RetryPolicy | None = None,
        transport: httpx2.BaseTransport | None = None,
        timeout: httpx2.Timeout = TIMEOUT,
        proxy: ProxySettings = NO_PROXY,
    ) -> None:
        check_transport(api_root, allow_http=allow_http)
        if site_url is not None:
            check_same_origin(api_root, site_url)
        self.api_root = api_root
        self.retry = retry or RetryPolicy()
        self.requests = 0
        self._counting = threading.Lock()
        self._user: RemoteUser | None = None
        """Who signed in (``sign_in``): the edit listing asks only for the posts this user may edit."""
        self._origin = origin(api_root)
        self._client = httpx2.Client(
            auth=(username, password),
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            transport=transport,
            **proxy.client_options(),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # plumbing -----------------------------------------------------------------------------------------------
    def _url(self, route: str) -> str:
        route = route.lstrip("/")
        if "rest_route=" in self.api_root:
            return self.api_root.rstrip("/") + "/" + route
        return self.api_root + route

    def _send(self, method: str, route: str, **kwargs: Any) -> httpx2.Response:
        url = self._url(route)
        if origin(url) != self._origin:  # cannot happen with routes built here; checked before every send
            raise InsecureSite(f"{url} is not on the site's origin; the password is not sent there.")
        with self._counting:  # the pull's listing is read on its own thread, other requests beside it
            self.requests += 1
        return self._client.request(method, url, **kwargs, follow_redirects=False)

    def _once(self, method: str, route: str, **kwargs: Any) -> Any:
        """One attempt; transient failures raise Retryable, others their SyncError."""
        return self._exchange(method, route, **kwargs)[0]

    def _exchange(self, method: str, route: str, **kwargs: Any) -> tuple[Any, httpx2.Headers]:
        """One attempt: the decoded body and the response's headers."""
        try:
            response = self._send(method, route, **kwargs)
        except httpx2.TransportError as exc:
            raise Retryable(Offline(f"Cannot reach {self._where()}: {transport_reason(exc)}.")) from exc
        return decode_answer(method, route, response, self.retry), response.headers

    def _idempotent(self, method: str, route: str, **kwargs: Any) -> Any:
        return self._retried(method, route, **kwargs)[0]

    def _retried(self, method: str, route: str, **kwargs: Any) -> tuple[Any, httpx2.Headers]:
        try:
            for attempt in stamina.retry_context(
                on=backoff,
                attempts=self.retry.attempts,
                timeout=self.retry.timeout,
                wait_initial=self.retry.wait_initial,
                wait_max=self.retry.wait_max,
            ):
                with attempt:
                    return self._exchange(method, route, **kwargs)
        except Retryable as exc:
            raise exc.final from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _not_retried(self, method: str, route: str, **kwargs: Any) -> Any:
        """Send once; anything that leaves the outcome unknown raises Ambiguous."""
        try:
            return self._once(method, route, **kwargs)
        except Retryable as exc:
            raise Ambiguous(f"{exc.final} It may or may not have been applied.") from exc.final
        except BadResponse as exc:
            raise Ambiguous(f"{exc} It may or may not have been applied.") from exc

    def _where(self) -> str:
        return urlsplit(self.api_root).netloc or self.api_root

    # the Backend protocol -----------------------------------------------------------------------------------
    def sign_in(self) -> RemoteUser:
        # The two requests go together: neither needs the other's answer (~10 ms less per run). The user's
        # own failure (a wrong password, the site offline) is the one raised.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in") as pool:
            asked = pool.submit(self._idempotent, "GET", "editorial-workstation/v1/me")
            me = self._idempotent("GET", "wp/v2/users/me", params={"context": "edit"})
            newsroom: dict[str, Any] = {}
            try:
                newsroom = asked.result()
            except (NotFound, Rejected):
                log.warning("the Editorial Workstation plugin is not installed on %s", self.api_root)
        roles = tuple(str(r) for r in me.get("roles", ()))
        caps = {str(k): bool(v) for k, v in (me.get("capabilities") or {}).items()}
        self._user = RemoteUser(
            id=int(me["id"]),
            name=str(me.get("name", "")),
            roles=roles,
            capabilities=caps,
            newsroom_role=newsroom.get("newsroom_role"),
            plugin=bool(newsroom),
        )
        return self._user

    def changed_posts(
        self, after: str | None, per_page: int = 100, *, archive: bool = False
    ) -> Iterator[list[RemotePost]]:
        # context=edit lists only the posts this user may edit; the archive is read in view context.
        params: dict[str, Any] = {
            "context": "view" if archive else "edit",
            **({"status": "publish"} if archive else self._editable()),
            "orderby": "modified",
            "order": "asc",
            "per_page": per_page,
            "_fields": POST_FIELDS,
        }
        # Keyset paging on modified_gmt: page numbers over an order with ties (many posts in one second) can skip
        # posts. Each request starts one second before the newest post seen, leaving out the posts of that second
        # it has listed (``exclude``: listing them again took a fifth request for 303 posts made in a few seconds);
        # a full page inside one second is swept by id with modified_before.
        cursor = after
        seen: list[int] = []
        while True:
            query = {**params, "page": 1}
            if cursor:
                query["modified_after"] = z_suffix(cursor)
            if seen:
                query["exclude"] = ",".join(map(str, seen))
            items = self._idempotent("GET", "wp/v2/posts", params=query)
            if not isinstance(items, list):
                raise BadResponse("Listing wp/v2/posts did not return a list.")
            posts = [post_from_json(item, raw=not archive) for item in items]
            yield posts
            if len(posts) < per_page:
                return
            newest = max(p.modified_gmt for p in posts)
            if min(p.modified_gmt for p in posts) == newest:
                second = {**params, "orderby": "id", "modified_after": z_suffix(shift_seconds(newest, -1)),
                          "modified_before": z_suffix(shift_seconds(newest, 1))}  # fmt: skip
                for page in self._pages("wp/v2/posts", second):
                    yield [post_from_json(item, raw=not archive) for item in page]
                cursor, seen = newest, []
            else:
                cursor = shift_seconds(newest, -1)
                seen = [p.id for p in posts if p.modified_gmt == newest]

    def _editable(self) -> dict[str, Any]:
        """The edit listing's query narrowed to the posts this user may edit. WordPress leaves out the others only
        after it has paged the query: a page of the desk's drafts came back empty for a reporter, and the keyset
        paging below cannot step past posts it never sees, so the reporter's later posts were never pulled."""
        user = self._user
        if user is None:
            return {"status": PULL_STATUSES}
        caps = user.capabilities
        statuses = PULL_STATUSES if caps.get("edit_published_posts") else "draft,pending,private,trash"
        scope: dict[str, Any] = {"status": statuses}
        if not caps.get("edit_others_posts"):
            scope["author"] = user.id
        return scope

    def _pages(self, route: str, params: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """Every page of a listing. WordPress counts and pages a post listing before it leaves out the posts the
        user may not read, so a page can come back short, even empty, with more pages after it: the end is the
        page count the server sends (``X-WP-TotalPages``), not a short page (the fallback without that header)."""
        page = 1
        while True:
            try:
                items, headers = self._retried("GET", route, params={**params, "page": page})
            except Rejected as exc:
                if exc.code == "rest_post_invalid_page_number":
                    return
                raise
            if not isinstance(items, list):
                raise BadResponse(f"Listing {route} did not return a list.")
            yield items
            total = headers.get("X-WP-TotalPages", "")
            last = page >= int(total) if total.isdigit() else len(items) < int(params["per_page"])
            if last:
                return
            page += 1

    def post_ids(self) -> set[int]:
        # view context: the posts the user may read (edit context would hide the ones they may not edit)
        params = {"status": PULL_STATUSES, "per_page": 100, "_fields": "id", "orderby": "id"}
        return {int(item["id"]) for page in self._pages("wp/v2/posts", params) for item in page}

    def post_status(self, post_id: int) -> str:
        data = self._idempotent("GET", f"wp/v2/posts/{post_id}", params={"_fields": "id,status"})
        status = data.get("status") if isinstance(data, dict) else None
        if not isinstance(status, str):
            raise BadResponse(f"Reading wp/v2/posts/{post_id} did not return a post.")
        return status

    def get_post(self, post_id: int) -> RemotePost:
        data = self._idempotent(
            "GET", f"wp/v2/posts/{post_id}", params={"context": "edit", "_fields": POST_FIELDS}
        )
        return post_from_json(data)

    def find_by_uuid(self, client_uuid: str) -> RemoteRef | None:
        try:
            data = self._idempotent("GET", f"editorial-workstation/v1/posts/by-uuid/{client_uuid}")
        except NotFound:
            return None
        return RemoteRef(
            int(data["id"]),
            utc_stamp(data["modified_gmt"]),
            str(data["status"]),
            int(data.get("version") or 0),
        )

    def create_post(self, payload: Mapping[str, Any]) -> RemotePost:
        answer = self._not_retried("POST", "wp/v2/posts", json=dict(payload), headers=CLIENT_HEADER)
        return post_from_json(answer)

    def update_post(self, post_id: int, payload: Mapping[str, Any], version: int | None) -> RemotePost:
        answer = self._idempotent(
            "POST", f"wp/v2/posts/{post_id}", json=dict(payload), headers=_precondition(version)
        )
        return post_from_json(answer)

    def trash_post(self, post_id: int, version: int | None) -> None:
        try:
            self._idempotent("DELETE", f"wp/v2/posts/{post_id}", headers=_precondition(version))
        except Rejected as exc:
            if exc.code != "rest_already_trashed":
                raise

    def transition(self, post_id: int, step: Step, version: int | None) -> RemotePost:
        body: dict[str, Any] = {"action": step.action, "id": step.entry_id, "note": step.note}
        if step.at:
            body["at"] = step.at
        if step.reviewed_hash:
            body["reviewed_hash"] = step.reviewed_hash
        # Idempotent: the server answers a retry of an entry it already recorded with the post as it is.
        route = f"editorial-workstation/v1/posts/{post_id}/transition"
        return post_from_json(self._idempotent("POST", route, json=body, headers=_precondition(version)))

    def add_note(self, post_id: int, note: NoteOut, version: int | None) -> RemotePost:
        body = {"id": note.note_id, "text": note.text, "reply_to": note.reply_to}
        route = f"editorial-workstation/v1/posts/{post_id}/notes"
        return post_from_json(self._idempotent("POST", route, json=body, headers=_precondition(version)))

    def terms(self, taxonomy: str) -> dict[int, str]:
        params = {"per_page": 100, "_fields": "id,name", "hide_empty": "false"}
        return {
            int(t["id"]): str(t["name"]) for page in self._pages(f"wp/v2/{taxonomy}", params) for t in page
        }

    def create_term(self, taxonomy: str, name: str) -> int:
        try:
            data = self._idempotent("POST", f"wp/v2/{taxonomy}", json={"name": name})
        except Rejected as exc:
            if exc.code == "term_exists" and "term_id" in exc.data:
                return int(exc.data["term_id"])
            raise
        return int(data["id"])

    def find_media(self, slug: str) -> int | None:
        items = self._idempotent(
            "GET", "wp/v2/media", params={"slug": slug, "_fields": "id", "context": "edit"}
        )
        return int(items[0]["id"]) if items else None

    def upload_media(self, path: Path, filename: str, fields: Mapping[str, Any]) -> int:
        with path.open("rb") as handle:
            data = self._not_retried(
                "POST",
                "wp/v2/media",
                files={"file": (filename, handle, "image/jpeg")},
                data=_form_fields(fields),
                timeout=UPLOAD_TIMEOUT,
            )
        return int(data["id"])

    def update_media(self, media_id: int, fields: Mapping[str, Any]) -> None:
        self._idempotent("POST", f"wp/v2/media/{media_id}", json=dict(fields))

    def rest_get(self, route: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET one of the plugin's routes (retried); the decoded JSON."""
        return self._idempotent("GET", route, params=dict(params or {}))

    def rest_put(self, route: str, body: Mapping[str, Any]) -> Any:
        """PUT a whole resource to one of the plugin's routes (idempotent, so retried); the decoded JSON."""
        return self._idempotent("PUT", route, json=dict(body))

    def get_media(self, media_id: int) -> RemoteMedia:
        fields = "id,caption,alt_text,meta,source_url"
        try:
            data = self._idempotent(
                "GET", f"wp/v2/media/{media_id}", params={"context": "edit", "_fields": fields}
            )
        except Forbidden:  # someone else's photo: read it as the public sees it
            data = self._idempotent("GET", f"wp/v2/media/{media_id}", params={"_fields": fields})
        return media_from_json(data)


def _precondition(version: int | None) -> dict[str, str]:
    """The app's write headers; the version the write is based on when known (the server needs it from the app:
    without it a write is refused with 428, so an unknown version is a bug, not a way round the check)."""
    return {**CLIENT_HEADER, "If-Match": f'"{version}"'} if version is not None else dict(CLIENT_HEADER)


def _form_fields(fields: Mapping[str, Any]) -> dict[str, str]:
    """Multipart form fields; ``meta`` becomes ``meta[key]`` entries."""
    form: dict[str, str] = {}
    for key, value in fields.items():
        if key == "meta":
            for meta_key, meta_value in value.items():
                form[f"meta[{meta_key}]"] = str(meta_value)
        else:
            form[key] = str(value)
    return form
