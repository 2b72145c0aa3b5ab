"""The length the desk sets per article ("600 words"), and the writer's progress towards it in the status bar
("412 / 600 words").

The target is stored with the article (``length_target``) and travels through the site as the post's
``ew_length_target``, which only the desk may set there (``editor_app/sync/length_target.py``): a desk's sync sends
it, and a reporter's sync brings the desk's target into their copy. The field (``lengthTargetSpin``, in the status
bar) is editable for the desk role and read-only for everyone else, with a tooltip saying the desk sets it; everyone
sees the progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox

from editor_app.domain import Article, Role
from editor_app.domain.article import MAX_LENGTH_TARGET

if TYPE_CHECKING:
    from editor_app.ui.articles.autosave import EditorController
    from editor_app.ui.window.main_window import MainWindow

SAVE_DELAY_MS = 600


class LengthTarget(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._article_id: str | None = None
        self._loading = False
        self._role = Role.REPORTER
        self.spin = QSpinBox(window.status)
        self.spin.setObjectName("lengthTargetSpin")
        self.spin.setAccessibleName(self.tr("Length target in words"))
        self.spin.setRange(0, MAX_LENGTH_TARGET)
        self.spin.setSingleStep(50)
        self.spin.setPrefix(self.tr("Target: "))
        self.spin.setSuffix(self.tr(" words"))
        self.spin.setSpecialValueText(self.tr("No length target"))
        self.spin.setEnabled(False)
        window.status.insertPermanentWidget(0, self.spin)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self.spin.valueChanged.connect(self._edited)
        window.workflow_bar.roleChanged.connect(self.set_role)
        self.set_role(window.workflow_bar.role)

    def follow(self, editor: EditorController) -> None:
        """Show the target of the article the editor shows (the editor may come after the window's first paint)."""
        editor.articleChanged.connect(self.show_article)

    def set_role(self, role: Role) -> None:
        """The desk edits the target; everyone else sees it read-only."""
        self._role = role
        desk = role is Role.DESK
        if not desk and self._save_timer.isActive():
            self.save()  # a change the desk made just before the role changed is kept
        self.spin.setReadOnly(not desk)
        self.spin.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows if desk else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.spin.setToolTip(
            self.tr("The length the desk asks for; it goes to the site with the article at the next sync")
            if desk
            else self.tr("The desk sets the length target; it comes from the site with the article")
        )

    def show_article(self, article: Article | None) -> None:
        if article is None:
            self._article_id = None
            self.spin.setEnabled(False)
            self._window.status.set_target(0)
            return
        if self._save_timer.isActive() and article.id == self._article_id:
            return  # our own edit is on its way
        if self._save_timer.isActive():
            self.save()
        self._article_id = article.id
        self._loading = True
        try:
            self.spin.setValue(article.length_target)
        finally:
            self._loading = False
        self.spin.setEnabled(True)
        self._window.status.set_target(article.length_target)

    def _edited(self, value: int) -> None:
        if self._loading or self._article_id is None or self._role is not Role.DESK:
            return
        self._window.status.set_target(value)
        self._save_timer.start()

    def save(self) -> None:
        self._save_timer.stop()
        article_id, value = self._article_id, self.spin.value()
        if article_id is None:
            return
        articles = self._window.services.articles
        self._window.runner.write(
            lambda: articles.edit(article_id, {"length_target": value}, origin=self), lambda _: None
        )
