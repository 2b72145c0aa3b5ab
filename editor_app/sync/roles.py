"""The signed-in site user's newsroom role, decided by what the site lets them do (their capabilities), never by
the name of their WordPress role; with what that user cannot do said in plain words.

``ROLE_CAPABILITIES`` is the one definition: the companion plugin reads the same rows from its ``workflow.json``
(see ``sync/workflow_table.py``), so the app and the server agree on who is the desk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from editor_app.domain import Role
from editor_app.sync.backend import RemoteUser

ROLE_CAPABILITIES: tuple[tuple[Role, frozenset[str]], ...] = (
    (Role.DESK, frozenset({"edit_posts", "edit_others_posts", "publish_posts"})),
    (Role.PHOTO_EDITOR, frozenset({"edit_posts", "edit_others_posts"})),
    (Role.REPORTER, frozenset({"edit_posts"})),
)
"""The first row whose capabilities the user all has gives the role (a stock author, who may publish but not edit
others' posts, is a reporter; an editor or administrator is the desk)."""
NEWSROOM_ROLES: dict[str, Role] = {
    "admin": Role.DESK,
    "desk": Role.DESK,
    "photo_editor": Role.PHOTO_EDITOR,
    "reporter": Role.REPORTER,
}


@dataclass(frozen=True, slots=True)
class SiteRole:
    role: Role
    limits: tuple[str, ...] = ()
    """What this user cannot do, one sentence each (shown beside the role)."""


def role_for_capabilities(capabilities: Mapping[str, bool]) -> Role | None:
    """The newsroom role these capabilities amount to, or None when the user may not even write."""
    held = {name for name, value in capabilities.items() if value}
    return next((role for role, needed in ROLE_CAPABILITIES if needed <= held), None)


def role_for(user: RemoteUser) -> SiteRole:
    """The newsroom role of a signed-in site user and the limits that come with it."""
    caps = user.capabilities
    role = role_for_capabilities(caps) or Role.REPORTER
    limits: list[str] = []
    if not user.plugin:
        limits.append(
            "The site has no Editorial Workstation plugin: there is no photo editor role, and editorial notes, "
            "the audit trail and Editor's choice are not shared through it."
        )
    if not caps.get("edit_posts", False):
        limits.append("This user cannot write articles on the site.")
    if not caps.get("upload_files", False):
        limits.append("This user cannot upload photos to the site.")
    if role is Role.REPORTER and caps.get("publish_posts"):
        limits.append("WordPress would let this user publish; the newsroom leaves publishing to the desk.")
    return SiteRole(role, tuple(limits))


def role_from_label(label: str) -> Role | None:
    """A stored role label (a Role value or a newsroom role) as a Role, or None."""
    try:
        return Role(label)
    except ValueError:
        return NEWSROOM_ROLES.get(label)


def stronger(role: Role, than: Role) -> bool:
    """Whether ``role`` may do more than ``than`` (desk > photo editor > reporter)."""
    order = [r for r, _ in ROLE_CAPABILITIES]
    return order.index(role) < order.index(than)
