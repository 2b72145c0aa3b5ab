"""The signed-in site user's newsroom role: the companion plugin's newsroom roles when it answers, else a sensible
reading of WordPress's stock roles, with what that user cannot do said in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.domain import Role
from editor_app.sync.backend import RemoteUser

NEWSROOM_ROLES: dict[str, Role] = {
    "admin": Role.DESK,
    "desk": Role.DESK,
    "photo_editor": Role.PHOTO_EDITOR,
    "reporter": Role.REPORTER,
}
STOCK_ROLES: tuple[tuple[str, Role], ...] = (
    ("administrator", Role.DESK),
    ("editor", Role.DESK),
    ("ew_desk", Role.DESK),
    ("ew_photo_editor", Role.PHOTO_EDITOR),
    ("author", Role.REPORTER),
    ("ew_reporter", Role.REPORTER),
    ("contributor", Role.REPORTER),
)
"""Stock WordPress roles, most powerful first (a user with several takes the first that matches)."""


@dataclass(frozen=True, slots=True)
class SiteRole:
    role: Role
    limits: tuple[str, ...] = ()
    """What this user cannot do, one sentence each (shown beside the role)."""


def role_for(user: RemoteUser) -> SiteRole:
    """The newsroom role of a signed-in site user and the limits that come with it."""
    role = NEWSROOM_ROLES.get(user.newsroom_role or "")
    if role is None:
        role = next((r for name, r in STOCK_ROLES if name in user.roles), Role.REPORTER)
    limits: list[str] = []
    caps = user.capabilities
    if not user.plugin:
        limits.append(
            "The site has no Editorial Workstation plugin: there is no photo editor role, and editorial notes, "
            "the audit trail and Editor's choice are not shared through it."
        )
    if not caps.get("edit_posts", True):
        limits.append("This user cannot write articles on the site.")
    if not caps.get("upload_files", True):
        limits.append("This user cannot upload photos to the site.")
    if role is Role.DESK and not caps.get("publish_posts", True):
        limits.append("This user cannot publish on the site.")
    if role is Role.DESK and not caps.get("edit_others_posts", True):
        limits.append("This user cannot edit colleagues' articles on the site.")
    if role is Role.REPORTER and caps.get("publish_posts") and "author" in user.roles:
        limits.append("WordPress would let this author publish; the app leaves publishing to the desk.")
    return SiteRole(role, tuple(limits))


def role_from_label(label: str) -> Role | None:
    """A stored role label (a Role value, a newsroom role or a stock role) as a Role, or None."""
    try:
        return Role(label)
    except ValueError:
        pass
    return NEWSROOM_ROLES.get(label) or dict(STOCK_ROLES).get(label)
