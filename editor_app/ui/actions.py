"""The window's actions, with the stable objectNames of docs/ui-contract.md and standard shortcuts.

No window shortcut repeats another or takes a key the body editor uses for formatting (Ctrl+B, Ctrl+I...):
``tests/ship/test_ship_conventions.py`` checks every action of the window. The Edit menu's Undo, Redo, Cut, Copy,
Paste and Select All show the platform's keys, but the focused text field handles those keys itself (their
shortcut is bound to the window, which never holds focus), so the photo list's own Paste stays unambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from editor_app.ui.icons import icon as mdi_icon


@dataclass
class Actions:
    new_article: QAction
    save: QAction
    import_: QAction
    import_folder: QAction
    import_archive: QAction
    export: QAction
    delete: QAction
    history: QAction
    quit: QAction
    about: QAction
    manual: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    select_all: QAction
    preferences: QAction

    @property
    def edit_actions(self) -> tuple[QAction, ...]:
        """The standard editing actions, which act on the focused text field."""
        return (self.undo, self.redo, self.cut, self.copy, self.paste, self.select_all)


def _action(
    parent: QWidget,
    name: str,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(mdi_icon(icon))
    action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
    action.setToolTip(
        f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})".replace(" ()", "")
    )
    return action


def build_actions(parent: QWidget) -> Actions:
    return Actions(
        new_article=_action(
            parent,
            "actionNewArticle",
            QCoreApplication.translate("Actions", "&New Article"),
            QKeySequence.StandardKey.New,
            "file-document-plus-outline",
            QCoreApplication.translate("Actions", "Start a new article"),
        ),
        save=_action(
            parent,
            "actionSave",
            QCoreApplication.translate("Actions", "&Save"),
            QKeySequence.StandardKey.Save,
            "content-save-outline",
            QCoreApplication.translate("Actions", "Save now (edits also save by themselves as you type)"),
        ),
        import_=_action(
            parent,
            "actionImport",
            QCoreApplication.translate("Actions", "&Import Articles…"),
            QKeySequence.StandardKey.Open,
            "file-import-outline",
            QCoreApplication.translate("Actions", "Import Markdown or text articles"),
        ),
        import_folder=_action(
            parent,
            "actionImportFolder",
            QCoreApplication.translate("Actions", "Import &Folder…"),
            "Ctrl+Shift+O",
            "folder-download-outline",
            QCoreApplication.translate(
                "Actions", "Import a folder of articles (sub-folders become sections)"
            ),
        ),
        import_archive=_action(
            parent,
            "actionImportArchive",
            QCoreApplication.translate("Actions", "Import &Archive…"),
            None,
            "archive-arrow-down-outline",
            QCoreApplication.translate(
                "Actions",
                "Import articles published elsewhere as references: original dates, never sent to the site",
            ),
        ),
        export=_action(
            parent,
            "actionExport",
            QCoreApplication.translate("Actions", "&Export Article…"),
            "Ctrl+E",
            "export",
            QCoreApplication.translate("Actions", "Export the article as Markdown or HTML"),
        ),
        delete=_action(
            parent,
            "actionDeleteArticle",
            QCoreApplication.translate("Actions", "&Delete Article…"),
            "Ctrl+Shift+Delete",
            "delete-outline",
            QCoreApplication.translate("Actions", "Move the article to Deleted (it can be restored)"),
        ),
        history=_action(
            parent,
            "actionHistory",
            QCoreApplication.translate("Actions", "&History…"),
            "Ctrl+Shift+H",
            "history",
            QCoreApplication.translate(
                "Actions", "Earlier versions of the article, what changed, and restore"
            ),
        ),
        quit=_action(
            parent,
            "actionQuit",
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence.StandardKey.Quit,
            "exit-to-app",
            QCoreApplication.translate("Actions", "Save and quit"),
        ),
        about=_action(
            parent,
            "actionAbout",
            QCoreApplication.translate("Actions", "&About Editorial Workstation"),
            None,
            "information-outline",
        ),
        manual=_action(
            parent,
            "actionManual",
            QCoreApplication.translate("Actions", "&Manual"),
            QKeySequence.StandardKey.HelpContents,
            "book-open-page-variant-outline",
            QCoreApplication.translate("Actions", "How to use Editorial Workstation"),
        ),
        preferences=_preferences_action(parent),
        **_edit_actions(parent),
    )


def _preferences_action(parent: QWidget) -> QAction:
    """Edit ▸ Preferences…: the platform's key (macOS and some desktops have one), else Ctrl+,."""
    action = _action(
        parent,
        "actionPreferences",
        QCoreApplication.translate("Actions", "Pre&ferences…"),
        None,
        None,
        QCoreApplication.translate("Actions", "Change the preferences"),
    )
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    action.setShortcuts(keys)
    action.setToolTip(
        QCoreApplication.translate("Actions", "Preferences ({0})").format(
            keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        )
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    return action


def _edit_actions(parent: QWidget) -> dict[str, QAction]:
    key = QKeySequence.StandardKey
    table = {
        "undo": ("actionUndo", QCoreApplication.translate("Actions", "&Undo"), key.Undo, "undo"),
        "redo": ("actionRedo", QCoreApplication.translate("Actions", "&Redo"), key.Redo, "redo"),
        "cut": ("actionCut", QCoreApplication.translate("Actions", "Cu&t"), key.Cut, "content-cut"),
        "copy": ("actionCopy", QCoreApplication.translate("Actions", "&Copy"), key.Copy, "content-copy"),
        "paste": ("actionPaste", QCoreApplication.translate("Actions", "&Paste"), key.Paste, "content-paste"),
        "select_all": (
            "actionSelectAll",
            QCoreApplication.translate("Actions", "Select &All"),
            key.SelectAll,
            "select-all",
        ),
    }
    made = {}
    for field, (name, text, shortcut, icon_name) in table.items():
        action = _action(parent, name, text, shortcut, icon_name)
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
        )  # shown in the menu; the field handles it
        made[field] = action
    return made


def app_icon() -> QIcon:
    from importlib import resources

    path = resources.files("editor_app") / "resources" / "icons" / "editor-app.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
