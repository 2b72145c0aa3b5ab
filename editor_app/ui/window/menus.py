"""The main window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from editor_app import __version__
from editor_app.ui.actions import Actions
from editor_app.ui.edit_menu import EditCommands


@dataclass(frozen=True)
class WindowMenus:
    """The menus and toolbar that panels attached later add their actions to."""

    view: QMenu
    help: QMenu
    toolbar: QToolBar
    edit_commands: EditCommands


def build_menus(
    window: QMainWindow,
    a: Actions,
    *,
    workflow_menu: QMenu,
    find_actions: Sequence[QAction],
    view_actions: Sequence[QAction],
    sync_actions: Sequence[QAction],
) -> WindowMenus:
    """File, the workflow's menu, Edit, View, Sync and Help, and the main toolbar."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a.new_article, a.save])
    file_menu.addSeparator()
    file_menu.addActions([a.import_, a.import_folder, a.import_archive, a.export])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    bar.addMenu(workflow_menu)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_commands = EditCommands(window, a)
    edit_commands.build_menu(edit_menu, list(find_actions), [a.history])
    edit_menu.addSeparator()
    edit_menu.addAction(a.delete)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions(list(view_actions))
    sync_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "S&ync"))
    sync_menu.addActions(sync_actions)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a.manual)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a.new_article, a.save, a.import_, a.export])
    window.addToolBar(toolbar)
    return WindowMenus(view_menu, help_menu, toolbar, edit_commands)


def show_manual(parent: QWidget) -> None:
    from editor_app.ui.manual import ManualDialog

    ManualDialog(parent).open()


def show_about(parent: QWidget, data_root: Path) -> None:
    import html  # here, not before the first paint (~1 ms)

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Editorial Workstation"),
        QCoreApplication.translate(
            "MainWindow", "<b>Editorial Workstation</b> {0}<br>Data folder: {1}"
        ).format(__version__, html.escape(str(data_root))),
    )
