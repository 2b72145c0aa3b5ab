"""View ▸ Appearance: System, Light or Dark (``ui/appearance`` in QSettings) and the dark preview option
(``preview/dark``); and the icons of the actions the panels make, set here by their objectNames."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolBar

from editor_app.ui import theme
from editor_app.ui.icons import icon, set_icons
from editor_app.ui.theme import Appearance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from editor_app.ui.window.main_window import MainWindow

DARK_PREVIEW_KEY = "preview/dark"

ACTION_ICONS = {
    "actionSync": "sync",
    "actionSyncSites": "web",
    "actionSyncLog": "text-box-search-outline",
    "actionResolveConflicts": "alert-circle-outline",
    "editorsChoiceAction": "star-outline",
    "actionSubmit": "send-outline",
    "actionApprove": "check-decagram-outline",
    "actionPublish": "publish",
    "actionReturn": "arrow-u-left-top",
    "actionTake": "clipboard-check-outline",
    "actionWithdraw": "hand-back-left-outline",
    "actionKill": "cancel",
    "actionRestore": "restore",
    "actionUnschedule": "calendar-remove-outline",
    "actionPublishToSite": "file-send-outline",
    "actionFind": "magnify",
    "actionReplace": "find-replace",
    "actionBold": "format-bold",
    "actionItalic": "format-italic",
    "actionLink": "link-variant",
    "actionHeading1": "format-header-1",
    "actionHeading2": "format-header-2",
    "actionHeading3": "format-header-3",
    "actionQuote": "format-quote-close",
    "actionBulletList": "format-list-bulleted",
    "actionAddPhotos": "image-plus-outline",
    "actionSetFeatured": "star-outline",
    "actionInsertPhoto": "image-edit-outline",
    "actionRemovePhoto": "delete-outline",
    "actionPastePhoto": "content-paste",
    "actionPhotoLoupe": "magnify-plus-outline",
    "actionUndoRemovePhoto": "undo-variant",
    "actionCreditsCodes": "card-account-details-outline",
    "actionPreferences": "cog-outline",
}
"""MDI names for the actions the panels build (the window's own actions get theirs in ``ui/actions.py``)."""


_CHOICES = {
    Appearance.SYSTEM: (str(QT_TRANSLATE_NOOP("Appearance", "&System")), "monitor"),
    Appearance.LIGHT: (str(QT_TRANSLATE_NOOP("Appearance", "&Light")), "white-balance-sunny"),
    Appearance.DARK: (str(QT_TRANSLATE_NOOP("Appearance", "&Dark")), "weather-night"),
}


def saved_choice(settings: QSettings) -> Appearance:
    try:
        return Appearance(str(settings.value(theme.SETTINGS_KEY, Appearance.SYSTEM.value)))
    except ValueError:
        return Appearance.SYSTEM


def apply_saved(settings: QSettings) -> Appearance:
    """Set the saved appearance before the panels are built (some choose their colours once, when made)."""
    return theme.apply(saved_choice(settings))


def dress(actions: Iterable[QAction]) -> None:
    """Icons on those of ``actions`` that have a natural one (``ACTION_ICONS``, by object name)."""
    set_icons({a: ACTION_ICONS[a.objectName()] for a in actions if a.objectName() in ACTION_ICONS})


def menu_at_top(view_menu: QMenu, menu: QMenu) -> None:
    """Put a submenu at the top of View, above a separator and the dock toggles."""
    actions = view_menu.actions()
    first = actions[0] if actions else None
    view_menu.insertMenu(first, menu) if first is not None else view_menu.addMenu(menu)
    if first is not None and not first.isSeparator() and first.menu() is None:
        view_menu.insertSeparator(first)


def dress_actions(window: MainWindow) -> None:
    """Icons on every named action of the window that has a natural one; icon and text in every toolbar."""
    dress(window.findChildren(QAction))
    for toolbar in window.findChildren(QToolBar):
        if toolbar.objectName() in ("mainToolbar", "photoToolbar"):
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


class AppearanceMenu(QObject):
    """Offers the appearance in View ▸ Appearance and applies a new choice at once."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._w = window
        self._settings = settings
        self.choice = saved_choice(settings)
        menu = QMenu(QCoreApplication.translate("Appearance", "&Appearance"), window.view_menu)
        menu.setIcon(icon("theme-light-dark"))
        menu_at_top(window.view_menu, menu)
        menu.setObjectName("appearanceMenu")
        self.group = QActionGroup(self)
        self.actions: dict[Appearance, QAction] = {}
        for choice, (text, icon_name) in _CHOICES.items():
            action = QAction(icon(icon_name), QCoreApplication.translate("Appearance", text), self.group)
            action.setObjectName(f"appearance{choice.value.capitalize()}")
            action.setCheckable(True)
            action.setChecked(choice is self.choice)
            action.triggered.connect(lambda _=False, c=choice: self.set_choice(c))
            self.actions[choice] = action
            menu.addAction(action)
        menu.addSeparator()
        self.dark_preview = QAction(
            icon("newspaper-variant-outline"), QCoreApplication.translate("Appearance", "Dark &Preview"), self
        )
        self.dark_preview.setObjectName("actionDarkPreview")
        self.dark_preview.setCheckable(True)
        self.dark_preview.setStatusTip(
            QCoreApplication.translate(
                "Appearance", "Show the preview in dark colours (the published page is unchanged)"
            )
        )
        self.dark_preview.setChecked(bool(settings.value(DARK_PREVIEW_KEY, False, type=bool)))
        self.dark_preview.toggled.connect(self.set_dark_preview)
        menu.addAction(self.dark_preview)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.effective = theme.resolve(self.choice)  # applied by ``apply_saved`` when the window began
        self._show_preview()

    def set_choice(self, choice: Appearance) -> None:
        self.choice = choice
        self.actions[choice].setChecked(True)
        self._settings.setValue(theme.SETTINGS_KEY, choice.value)
        self.effective = theme.apply(choice)

    def set_dark_preview(self, dark: bool) -> None:
        self._settings.setValue(DARK_PREVIEW_KEY, dark)
        self._show_preview()

    def _show_preview(self) -> None:
        set_dark = getattr(self._w.preview, "set_dark", None)  # the plain preview has no dark option
        if set_dark is not None:
            set_dark(self.dark_preview.isChecked())

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is Appearance.SYSTEM:
            self.effective = theme.apply(self.choice)
