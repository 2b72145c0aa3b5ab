"""Taking photos out of an article from the photo panel: a question first (how many, and a warning when the
featured photo is among them), then the removal, and Undo (the undo bar's button or Ctrl+Z in the grid) that
puts them back with their order and featured slot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editor_app.services.changes import Changes
from editor_app.services.photos import PhotoRemoval
from editor_app.ui.plain_text import tip

if TYPE_CHECKING:
    from editor_app.ui.photos.panel import PhotoPanel


class PhotoRemover(QObject):
    def __init__(self, panel: PhotoPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.removal: PhotoRemoval | None = None
        """The last removal, while it can be undone."""
        self.confirm_box: QMessageBox | None = None
        """The open question, if any."""

    def forget(self) -> None:
        """Another article is shown: its removal can no longer be undone from here."""
        self.removal = None
        self.panel.undo_bar.hide()
        self.panel.action_undo.setEnabled(False)

    def ask(self, ids: list[str]) -> None:
        panel, article_id = self.panel, self.panel.article_id
        if not ids or article_id is None:
            return
        featured = any(slot.featured and slot.photo.id in ids for slot in panel.model.slots())
        question = (
            self.tr("Remove this photo from the article?")
            if len(ids) == 1
            else self.tr("Remove %n photos from this article?", "", len(ids))
        )
        detail = self.tr("The photos stay in the library; Undo (Ctrl+Z) puts them back.")
        if featured:
            detail = self.tr(
                "The featured photo is among them: the article will have no featured photo. "
                "The photos stay in the library; Undo (Ctrl+Z) puts them back."
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove photos"), tip(question), parent=panel)
        box.setObjectName("confirmRemovePhotos")
        box.setInformativeText(tip(detail))
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is remove:
                self.remove_now(article_id, ids)
            box.deleteLater()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()  # window-modal, without a nested event loop

    def remove_now(self, article_id: str, ids: list[str]) -> None:
        """Take ``ids`` out of the article without asking, keeping what Undo needs."""
        panel = self.panel
        panel.flush()

        def job() -> Changes:
            removal = panel.service.remove(article_id, ids, origin=panel)
            self.removal = removal
            return removal.changes

        def then() -> None:
            removal = self.removal
            if removal is not None:
                panel.undo_bar.show_removed(len(removal.removed), removal.featured_removed)
                panel.action_undo.setEnabled(True)
            panel.view.clearSelection()
            panel.reload()

        panel.write(job, then)

    def undo(self) -> None:
        panel, removal = self.panel, self.removal
        if removal is None or removal.article_id != panel.article_id:
            return
        self.removal = None
        panel.undo_bar.hide()
        panel.action_undo.setEnabled(False)
        panel.write(
            lambda: panel.service.restore(removal, origin=panel), lambda: panel.reload(removal.removed)
        )
