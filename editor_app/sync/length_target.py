"""The desk's length target (``Article.length_target``) on the site: the ``ew_length_target`` post meta, which the
companion plugin lets only the desk set. The server is the authority, so the target travels beside the article's
content, never through its three-way merge (it is not a revision's content and never a conflict):

- a push sends it only from a desk profile on a site with the plugin; any other profile never sends it, so its
  push can never be refused because of the target;
- every post a pull stores, and every push's answer, brings the server's target into the local article, except
  a desk's own change not sent yet, which is kept and goes with the next push (between two desks, the last one to
  sync wins);
- a post that carries no target (no plugin, or a post read in view context) leaves the local one as it is.

The link's base keeps the value last agreed with the server under ``_length_target`` (a bookkeeping key, kept
when a pull replaces the base).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from editor_app.domain import Article, Role
from editor_app.domain.article import MAX_LENGTH_TARGET, utcnow
from editor_app.store import UnitOfWork
from editor_app.sync.backend import RemoteUser
from editor_app.sync.roles import role_for, role_from_label

META = "ew_length_target"
BASE_KEY = "_length_target"


def may_set(user: RemoteUser) -> bool:
    """Whether this site user's pushes carry the target (the desk, with the plugin that stores it)."""
    return user.plugin and role_for(user).role is Role.DESK


def desk_site(uow: UnitOfWork, site_id: int) -> bool:
    """Whether the user last signed in to this site is the desk (a pull keeps their unsent target)."""
    site = next((s for s in uow.sync_state.sites() if s.id == site_id), None)
    return site is not None and role_from_label(site.role) is Role.DESK


def remote_target(meta: Mapping[str, Any]) -> int | None:
    """The post's target in words, or None when the post carries none."""
    value = meta.get(META)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    try:
        words = int(value)
    except ValueError:
        return None
    return max(0, min(MAX_LENGTH_TARGET, words))


def outgoing(
    state: dict[str, Any], article: Article, base: Mapping[str, Any] | None, *, desk: bool
) -> dict[str, Any]:
    """The push's meta for the target (only the desk's), noting in ``state`` what the push compares with the
    base: the desk's own value, or for anyone else the value last agreed (never a difference of theirs)."""
    if desk:
        state[BASE_KEY] = article.length_target
        return {META: article.length_target}
    if base is not None and BASE_KEY in base:
        state[BASE_KEY] = base[BASE_KEY]
    return {}


def take(uow: UnitOfWork, site_id: int, article_id: str, meta: Mapping[str, Any], *, desk: bool) -> bool:
    """Bring the server's target into the local article (in the caller's transaction); True when the article
    changed. A desk's change not sent yet is kept and queued instead."""
    remote = remote_target(meta)
    state = uow.sync_state
    link = state.link(site_id, article_id)
    article = uow.articles.get(article_id)  # a deleted copy is left alone (its deletion is what gets sent)
    if remote is None or link is None or article is None:
        return False
    base = dict(link.base or {})
    known = base.get(BASE_KEY)
    local = article.length_target
    if desk and local != remote and (local != known if known is not None else remote == 0):
        uow.outbox.enqueue(article_id, "save")  # the desk's own new target goes with the next push
        return False
    if link.base is not None and known != remote:
        state.put_link(site_id, article_id, base={**base, BASE_KEY: remote})
    if local == remote:
        return False
    uow.articles.save(article.with_changes(length_target=remote, updated_at=utcnow()), current=article)
    return True
