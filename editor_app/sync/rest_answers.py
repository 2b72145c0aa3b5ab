"""What the REST API's answers mean: the decoded body of a success, or the ``SyncError`` that names the failure;
and which failures are worth another try of an idempotent request (transport errors, 429 and 5xx, honouring
``Retry-After`` up to ``RetryPolicy.max_retry_after``)."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from typing import Any

import httpx2

from editor_app.sync.backend import (
    AuthFailed,
    BadResponse,
    Forbidden,
    NotFound,
    PreconditionFailed,
    Rejected,
    ServerFailed,
    SyncError,
)
from editor_app.sync.origin import InsecureSite
from editor_app.sync.rest_json import error_fields

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    timeout: float = 90.0
    """Give up retrying after this many seconds in total."""
    wait_initial: float = 0.5
    wait_max: float = 10.0
    max_retry_after: float = 60.0
    """A longer ``Retry-After`` is not waited for: the sync stops with a clear error instead."""


class Retryable(SyncError):
    """A failure worth another try of an idempotent request; ``final`` is the error if no try succeeds."""

    def __init__(self, final: SyncError, retry_after: float | None = None) -> None:
        super().__init__(str(final))
        self.final = final
        self.retry_after = retry_after


def backoff(exc: Exception) -> bool | float:
    """stamina's ``on``: retry a Retryable, after its ``Retry-After`` when the server sent one."""
    if isinstance(exc, Retryable):
        return exc.retry_after if exc.retry_after is not None else True
    return False


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def transport_reason(exc: httpx2.TransportError) -> str:
    if isinstance(exc, httpx2.ConnectError):
        return "connection refused or no route (offline?)"
    if isinstance(exc, httpx2.TimeoutException):
        return "the server did not answer in time"
    return f"the connection failed ({type(exc).__name__})"


def decode_answer(method: str, route: str, response: httpx2.Response, policy: RetryPolicy) -> Any:
    """The JSON body of a successful answer (None for 204); else the error it means (Retryable for a failure
    worth another try)."""
    status = response.status_code
    body = _json(response) if status != 204 else None
    if 200 <= status < 300:
        if status != 204 and body is None:
            raise BadResponse(_not_json(response))
        return body
    if 300 <= status < 400:
        raise InsecureSite(
            f"The server redirected {method} {route} ({status}) to "
            f"{response.headers.get('Location') or 'nowhere'}; the password is not sent on. Check the "
            "site's address (has it moved, to https or another host?)."
        )
    code, message, data = error_fields(body)
    what = message or response.reason_phrase
    if status in RETRY_STATUSES:
        after = parse_retry_after(response.headers.get("Retry-After"))
        final = ServerFailed(f"The server failed ({status} {what}) on {method} {route}.")
        if after is not None and after > policy.max_retry_after:
            raise ServerFailed(f"The server is busy and asks to wait {after:.0f} s; try again later.")
        raise Retryable(final, after)
    if status == 401:
        raise AuthFailed(
            f"The site refused the sign-in ({code or status}): check the user name and application password."
        )
    if status == 403:
        raise Forbidden(f"The site does not allow this for your role: {what}", code)
    if status in (404, 410):
        raise NotFound(f"Not on the server: {what}")
    if status == 412:
        known = data if isinstance(data, dict) else {}
        version = known.get("version")
        raise PreconditionFailed(
            what, known.get("modified_gmt"), int(version) if isinstance(version, int) else None
        )
    if body is None:
        raise BadResponse(_not_json(response))
    raise Rejected(f"The server refused {method} {route} ({status} {code}): {what}", code, data)


def _json(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _not_json(response: httpx2.Response) -> str:
    kind = response.headers.get("Content-Type", "no content type").split(";")[0]
    return (
        f"The server answered {response.status_code} with {kind} instead of the REST API's JSON "
        "(an error page, a login page or a proxy in the way?)."
    )
