"""The sync state the status bar shows, and its words (offline / syncing n of m / synced at hh:mm ...)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from editor_app.ui.core_text import core_text
from editor_app.ui.plain_text import tip
from editor_app.ui.theme import text_style, tone

CONFLICTS_LINK = "conflicts"
"""The link target in the status text that opens the conflict dialog (``QLabel.linkActivated``)."""


class Phase(StrEnum):
    NO_SITE = "no_site"
    IDLE = "idle"
    """A site is set up but no run has finished in this session."""
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    SIGN_IN = "sign_in"
    FAILED = "failed"


TONES = {
    Phase.SYNCED: "success",
    Phase.SYNCING: "info",
    Phase.OFFLINE: "muted",
    Phase.SIGN_IN: "warning",
    Phase.FAILED: "error",
}
"""The tone (``ui/theme.py``) the status bar gives each phase; the others take the palette's text colour."""


@dataclass(frozen=True, slots=True)
class SyncState:
    phase: Phase = Phase.NO_SITE
    site: str = ""
    pending: int = 0
    """Local changes not yet on the server."""
    conflicts: int = 0
    done: int = 0
    total: int = 0
    last_synced: datetime | None = None
    """Local time of the last run that finished without failures."""
    message: str = ""
    """The step being run, or what went wrong, in plain words."""

    def but(self, **changes: object) -> SyncState:
        return replace(self, **changes)  # type: ignore[arg-type]

    def text(self) -> str:
        return " · ".join(self._parts())

    def _parts(self) -> list[str]:
        pending, conflicts = (
            self.pending,
            self.conflicts,
        )  # lupdate reads a plain name as the count, not self.x
        if self.phase is Phase.NO_SITE:
            local = QCoreApplication.translate("SyncState", "Local only")
            return (
                [local, QCoreApplication.translate("SyncState", "%n change(s) not synced", "", pending)]
                if self.pending
                else [local]
            )
        if self.phase is Phase.SYNCING:
            head = (
                QCoreApplication.translate("SyncState", "syncing {} of {}").format(self.done, self.total)
                if self.total
                else QCoreApplication.translate("SyncState", "syncing…")
            )
        elif self.phase is Phase.SYNCED:
            head = (
                QCoreApplication.translate("SyncState", "synced at {}").format(f"{self.last_synced:%H:%M}")
                if self.last_synced
                else QCoreApplication.translate("SyncState", "synced")
            )
        else:
            head = {
                Phase.IDLE: QCoreApplication.translate("SyncState", "not synced yet"),
                Phase.OFFLINE: QCoreApplication.translate("SyncState", "offline"),
                Phase.SIGN_IN: QCoreApplication.translate("SyncState", "sign-in needed"),
                Phase.FAILED: QCoreApplication.translate("SyncState", "sync failed"),
            }[self.phase]
        parts = [
            QCoreApplication.translate("SyncState", "{site}: {state}").format(site=self.site, state=head)
        ]
        if self.pending:
            parts.append(QCoreApplication.translate("SyncState", "%n pending", "", pending))
        if self.conflicts:
            parts.append(QCoreApplication.translate("SyncState", "%n conflict(s)", "", conflicts))
        return parts

    def tooltip(self) -> str:
        if self.phase is Phase.NO_SITE:
            return QCoreApplication.translate(
                "SyncState", "No publishing site is set up: everything is saved on this computer."
            )
        lines = [self.text()]
        if self.message:
            lines.append(core_text(self.message))
        if self.phase is Phase.OFFLINE:
            lines.append(
                QCoreApplication.translate(
                    "SyncState",
                    "Your work is saved here and will be sent when the site can be reached again.",
                )
            )
        if self.last_synced and self.phase is not Phase.SYNCED:
            lines.append(
                QCoreApplication.translate("SyncState", "Last synced at {}.").format(
                    f"{self.last_synced:%H:%M}"
                )
            )
        if self.conflicts:
            lines.append(
                QCoreApplication.translate(
                    "SyncState", "Click the conflict count to choose between the two versions."
                )
            )
        return "\n".join(lines)

    def rich_text(self) -> str:
        """The text with the conflict count as a link (see ``CONFLICTS_LINK``)."""
        parts = [escape(p) for p in self._parts()]
        if self.conflicts:
            parts[-1] = f'<a href="{CONFLICTS_LINK}" style="color:{tone("error").name()};">{parts[-1]}</a>'
        return " · ".join(parts)


def show_state(label: QLabel, state: SyncState) -> None:
    """Render the state in the status bar's ``syncStatus`` label."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(state.rich_text())
    label.setToolTip(tip(state.tooltip()))
    label.setAccessibleDescription(state.text())
    name = TONES.get(state.phase)
    label.setStyleSheet(text_style(name) if name else "")
