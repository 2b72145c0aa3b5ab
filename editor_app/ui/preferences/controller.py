"""Preferences in the window: read from the profile's QSettings at start and applied (autosave delay, the language
of new articles, the preview's width), Edit ▸ Preferences… to change them, applied at once on OK (the proxy
to the sync service, its password to the keyring); the program's language at the next start."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor_app.services.preferences import Preferences
from editor_app.sync.proxy import ProxyMode, proxy_key
from editor_app.ui.preferences.settings import load_preferences, save_preferences

if TYPE_CHECKING:
    from editor_app.ui.preferences.dialog import PreferencesDialog
    from editor_app.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class PreferencesController(QObject):
    applied = Signal(object)
    """The ``Preferences`` just saved and applied."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current = load_preferences(window.settings)
        self.dialog: PreferencesDialog | None = None
        window.acts.preferences.triggered.connect(lambda: self.open())
        self._apply(self.current, starting=True)

    def open(self) -> PreferencesDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        if self.dialog is not None:  # closed earlier; kept until now so its Sites dialog could finish loading
            self.dialog.deleteLater()
        from editor_app.ui.preferences.dialog import PreferencesDialog  # not before the first paint

        dialog = PreferencesDialog(
            self.current, self.window, proxy_password_known=bool(self.current.proxy.username)
        )
        dialog.sitesRequested.connect(lambda: self.open_sites(dialog))
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_sites(self, over: PreferencesDialog) -> None:
        if not self.window.attached:
            self.window.statusBar().showMessage(
                self.tr("The profile is still opening; try again in a moment.")
            )
            return
        self.window.sync.open_sites(parent=over)

    def _accepted(self, dialog: PreferencesDialog) -> None:
        preferences = dialog.preferences()
        save_preferences(self.window.settings, preferences)
        password, proxy = dialog.typed_proxy_password, preferences.proxy
        if password and proxy.mode is ProxyMode.MANUAL and proxy.username and self.window.attached:
            credentials = self.window.services.sync.credentials
            key = proxy_key(proxy)
            self.window.runner.run(
                lambda: credentials.store(key, proxy.username, password), self._password_stored
            )
        self._apply(preferences, starting=False)
        self.current = preferences
        self.applied.emit(preferences)

    def _password_stored(self, in_keyring: bool) -> None:
        if not in_keyring:
            self.window.statusBar().showMessage(
                self.tr("No secure keyring: the proxy's password is kept for this session only."), 10000
            )

    def apply_to_editor(self, preferences: Preferences) -> None:
        """The article editor's preferences: the autosave delay and the language of new articles."""
        self.window.editor.set_max_delay(preferences.autosave_ms)
        self.window.form.default_language = preferences.article_language

    def _apply(self, preferences: Preferences, *, starting: bool) -> None:
        w = self.window
        if w.editor_made:  # else it takes them when made
            self.apply_to_editor(preferences)
        if starting or preferences.preview_width != self.current.preview_width:
            w.preview.set_width(preferences.preview_width)
        if w.attached:
            w.services.sync.proxy = preferences.proxy
