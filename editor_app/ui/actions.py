"""The window's actions, with the stable objectNames of docs/ui-contract.md and standard shortcuts.

No window shortcut repeats another or takes a key the body editor uses for formatting (Ctrl+B, Ctrl+I...):
``tests/ship/test_ship_conventions.py`` checks every action of the window. The Edit menu's Undo, Redo, Cut, Copy,
Paste and Select All show the platform's keys, but the focused text field handles those keys itself (their
shortcut is bound to the window, which never holds focus), so the photo list's own Paste stays unambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
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
            "&New Article",
            QKeySequence.StandardKey.New,
            "file-document-plus-outline",
            "Start a new article",
        ),
        save=_action(
            parent,
            "actionSave",
            "&Save",
            QKeySequence.StandardKey.Save,
            "content-save-outline",
            "Save now (edits also save by themselves as you type)",
        ),
        import_=_action(
            parent,
            "actionImport",
            "&Import Articles…",
            QKeySequence.StandardKey.Open,
            "file-import-outline",
            "Import Markdown or text articles",
        ),
        import_folder=_action(
            parent,
            "actionImportFolder",
            "Import &Folder…",
            "Ctrl+Shift+O",
            "folder-download-outline",
            "Import a folder of articles (sub-folders become sections)",
        ),
        import_archive=_action(
            parent,
            "actionImportArchive",
            "Import &Archive…",
            None,
            "archive-arrow-down-outline",
            "Import articles published elsewhere as references: original dates, never sent to the site",
        ),
        export=_action(
            parent,
            "actionExport",
            "&Export Article…",
            "Ctrl+E",
            "export",
            "Export the article as Markdown or HTML",
        ),
        delete=_action(
            parent,
            "actionDeleteArticle",
            "&Delete Article…",
            "Ctrl+Shift+Delete",
            "delete-outline",
            "Move the article to Deleted (it can be restored)",
        ),
        history=_action(
            parent,
            "actionHistory",
            "&History…",
            "Ctrl+Shift+H",
            "history",
            "Earlier versions of the article, what changed, and restore",
        ),
        quit=_action(
            parent, "actionQuit", "&Quit", QKeySequence.StandardKey.Quit, "exit-to-app", "Save and quit"
        ),
        about=_action(parent, "actionAbout", "&About Editorial Workstation", None, "information-outline"),
        manual=_action(
            parent,
            "actionManual",
            "&Manual",
            QKeySequence.StandardKey.HelpContents,
            "book-open-page-variant-outline",
            "How to use Editorial Workstation",
        ),
        **_edit_actions(parent),
    )


def _edit_actions(parent: QWidget) -> dict[str, QAction]:
    key = QKeySequence.StandardKey
    table = {
        "undo": ("actionUndo", "&Undo", key.Undo, "undo"),
        "redo": ("actionRedo", "&Redo", key.Redo, "redo"),
        "cut": ("actionCut", "Cu&t", key.Cut, "content-cut"),
        "copy": ("actionCopy", "&Copy", key.Copy, "content-copy"),
        "paste": ("actionPaste", "&Paste", key.Paste, "content-paste"),
        "select_all": ("actionSelectAll", "Select &All", key.SelectAll, "select-all"),
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
