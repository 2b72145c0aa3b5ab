"""Three saved workspaces: Write (editor and preview), Photos (a large photo dock) and Desk (the review queue
beside the preview). Each is a dock arrangement the user may change; the change is kept per workspace
(``workspaces/<name>/state`` and ``/splitter`` in QSettings). The role picks the workspace at start; the toolbar's
segmented group and View ▸ Workspace (Alt+1/2/3) switch. ``fit_to_screen`` sizes the window at first start."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea

from editor_app.domain import Role
from editor_app.ui.icons import icon
from editor_app.ui.window.appearance import menu_at_top
from editor_app.ui.window.layout import restore_docks

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
MAXIMISE_UP_TO = QSize(1920, 1200)
"""Screens up to this size open the window maximised at first start."""
PHOTOS_PREVIEW_BESIDE = 1600
"""From this window width Photos shows the preview beside the photos; narrower, as a tab beside them."""
DOCK_MIN_WIDTH = 260
START_KEY = "workspaces/atStart"
"""The workspace the role opened at the last start: the window is laid out in it before the profile (and so the
role) is known."""
"""A dock's content may be narrower than its panel's own minimum: it scrolls instead of widening the window."""


class Workspace(StrEnum):
    WRITE = "write"
    PHOTOS = "photos"
    DESK = "desk"


FOR_ROLE = {Role.REPORTER: Workspace.WRITE, Role.PHOTO_EDITOR: Workspace.PHOTOS, Role.DESK: Workspace.DESK}
_TEXT = {
    Workspace.WRITE: (
        str(QT_TRANSLATE_NOOP("Workspace", "&Write")),
        str(QT_TRANSLATE_NOOP("Workspace", "Write: the editor and the preview")),
    ),
    Workspace.PHOTOS: (
        str(QT_TRANSLATE_NOOP("Workspace", "&Photos")),
        str(QT_TRANSLATE_NOOP("Workspace", "Photos: a large photo grid with the metadata form")),
    ),
    Workspace.DESK: (
        str(QT_TRANSLATE_NOOP("Workspace", "&Desk")),
        str(QT_TRANSLATE_NOOP("Workspace", "Desk: the review queue and notes beside the preview")),
    ),
}
_ICON = {
    Workspace.WRITE: "pencil-outline",
    Workspace.PHOTOS: "image-multiple-outline",
    Workspace.DESK: "inbox-full-outline",
}
_OBJECT = {
    Workspace.WRITE: "workspaceWrite",
    Workspace.PHOTOS: "workspacePhotos",
    Workspace.DESK: "workspaceDesk",
}
_KEY = {Workspace.WRITE: "Alt+1", Workspace.PHOTOS: "Alt+2", Workspace.DESK: "Alt+3"}


def fit_to_screen(window: QMainWindow) -> None:
    """First start (no saved geometry): maximised on a laptop or a full-HD screen (up to 1920x1200, where a
    newsroom tool is the one window in use), most of a larger one, centred. The size is set as well, so a
    desktop without a window manager to maximise shows the same."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 720)
        return
    area = screen.availableGeometry()
    frame = 32  # a title bar the window manager adds (unknown before the first show)
    maximise = area.width() <= MAXIMISE_UP_TO.width() and area.height() <= MAXIMISE_UP_TO.height()
    if maximise:
        size = QSize(area.width(), area.height() - frame)
    else:
        size = QSize(min(round(area.width() * 0.9), 2200), min(round(area.height() * 0.9), 1400))
    window.resize(size)
    window.move(
        area.x() + (area.width() - size.width()) // 2, area.y() + (area.height() - size.height() - frame) // 2
    )
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fit_dock(dock: QDockWidget) -> None:
    """Hold the dock's panel in a scroll area, so a panel with a wide minimum never widens the window."""
    panel = dock.widget()
    if panel is None or isinstance(panel, QScrollArea):
        return
    area = QScrollArea(dock)
    area.setObjectName(f"{dock.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    area.setMinimumWidth(DOCK_MIN_WIDTH)
    dock.setWidget(area)


class Workspaces(QObject):
    """The workspace actions (a checkable group), the arrangements and the per-workspace memory."""

    switched = Signal(object)

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._w = window
        self._settings = settings
        self.current: Workspace | None = None
        self._role_chosen = False
        self._rearranging = False
        self._placed: tuple[Workspace, bool, Sizer | None] | None = None
        """The workspace and shape (tall, wide) the docks stand in, and the sizer of its arrangement (None when the
        user's saved state placed them): a resize or ``attach`` that keeps both only sizes again."""
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Workspace, QAction] = {}
        for workspace in Workspace:
            text, tip = _TEXT[workspace]
            action = QAction(
                icon(_ICON[workspace]), QCoreApplication.translate("Workspace", text), self.group
            )
            action.setObjectName(_OBJECT[workspace])
            action.setCheckable(True)
            action.setShortcut(QKeySequence(_KEY[workspace]))
            tip = QCoreApplication.translate("Workspace", tip)
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({_KEY[workspace]})")
            action.triggered.connect(lambda _=False, ws=workspace: self.switch(ws))
            self.actions[workspace] = action
        menu = QMenu(QCoreApplication.translate("Workspace", "&Workspace"), window.view_menu)
        menu.setObjectName("workspaceMenu")
        menu.addActions(self.group.actions())
        menu_at_top(window.view_menu, menu)
        window.toolbar.addSeparator()
        window.toolbar.addActions(self.group.actions())

    # -- starting ------------------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Before the first paint, with the profile's docks still empty: the workspace the role opened at the last
        start (Write at the first), so the first frame has the layout ``attach`` will most likely open."""
        last = str(self._settings.value(START_KEY, Workspace.WRITE.value))
        workspace = Workspace(last) if last in {w.value for w in Workspace} else Workspace.WRITE
        if workspace in ARRANGED_EMPTY:
            self.switch(workspace)
            self._w.installEventFilter(self)  # arranged again for the size the window is shown at

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Until ``attach``, a resize (the window shown maximised, a window manager's placement) arranges the
        empty docks again for the new size, so ``attach`` finds them where it would put them."""
        if event.type() == QEvent.Type.Resize and watched is self._w and not self._rearranging:
            self._rearranging = True
            QTimer.singleShot(0, self, self._arrange_early_again)
        return False

    def _arrange_early_again(self) -> None:
        self._rearranging = False
        workspace = self.current
        if self._w.attached or workspace not in ARRANGED_EMPTY:
            return
        # As ``attach`` will place them at this size (arranging afresh would undo the user's saved state until
        # ``attach``, and the preview then changes width twice: a page laid out three times).
        self._place_again(workspace)

    def attach(self) -> None:
        """The profile's docks are filled: open the workspace of the role known now (arranged again, as the
        panels went into their docks)."""
        self._w.removeEventFilter(self)
        self._w.workflow_bar.roleChanged.connect(self.follow_role)
        self._w.review_panel.openRequested.connect(self._open_from_desk)
        workspace = FOR_ROLE.get(self._w.workflow_bar.role, Workspace.WRITE)
        self._settings.setValue(START_KEY, workspace.value)
        self._place_again(workspace)

    def _place_again(self, workspace: Workspace) -> None:
        """Place ``workspace`` over the placeholders' arrangement (not the user's: never saved). Where the docks
        already stand as it places them at this size, only its sizes or the user's saved state apply again."""
        self.current = None
        self.switch(workspace, placed=self._stands_in(workspace))

    def follow_role(self, role: Role) -> None:
        """The role became known (or the user picked another): its workspace."""
        self.switch(FOR_ROLE.get(role, Workspace.WRITE))

    def _open_from_desk(self, _article_id: str) -> None:
        """ "Open in editor" from the review queue: to Write when Desk has folded the form away."""
        if self.current is Workspace.DESK and self._w.splitter.sizes()[1] == 0:
            self.switch(Workspace.WRITE)

    # -- switching -----------------------------------------------------------------------------------------

    def switch(self, workspace: Workspace, *, placed: bool = False) -> None:
        """Arrange ``workspace`` (as the user left it, or afresh); ``placed``: the docks already stand as it
        places them (its arrangement is not made again)."""
        if workspace is self.current:
            self.actions[workspace].setChecked(True)
            return
        self.save()
        self.current = workspace
        self.actions[workspace].setChecked(True)
        state = self._settings.value(f"workspaces/{workspace.value}/state")
        splitter = self._settings.value(f"workspaces/{workspace.value}/splitter")
        saved = isinstance(state, QByteArray) and isinstance(splitter, QByteArray)
        size = self._placed[2] if placed and self._placed is not None else None
        if size is None and not (placed and saved):
            size = ARRANGE[workspace](self._w)
        if saved:
            restore_docks(self._w, state)  # as the user left it
            self._w.splitter.restoreState(splitter)
        elif size is not None:
            size()
            self._size_again(size)
        self._placed = (workspace, SHAPE[workspace](self._w), None if saved else size)
        self.switched.emit(workspace)

    def _stands_in(self, workspace: Workspace) -> bool:
        """The docks stand as ``workspace`` places them at the window's size."""
        return self._placed is not None and self._placed[:2] == (workspace, SHAPE[workspace](self._w))

    def _size_again(self, size: Sizer) -> None:
        """Size once more when the layout has settled, if the workspace is still the current one (a quick switch,
        Desk then Write, must not have Desk's sizes land on Write)."""
        workspace = self.current
        QTimer.singleShot(
            0, self, lambda: size() if self.current is workspace else None
        )  # not once self is gone

    def save(self) -> None:
        """Keep the current workspace's arrangement as the user left it (not the empty docks' before ``attach``)."""
        if self.current is None or not self._w.attached:
            return
        key = f"workspaces/{self.current.value}"
        self._settings.setValue(f"{key}/state", self._w.saveState())
        self._settings.setValue(f"{key}/splitter", self._w.splitter.saveState())

    def reset(self) -> None:
        """Forget the user's changes to the current workspace and arrange it afresh."""
        if self.current is None:
            return
        self._settings.remove(f"workspaces/{self.current.value}")
        size = ARRANGE[self.current](self._w)
        size()
        self._size_again(size)


# -- the arrangements ------------------------------------------------------------------------------------
# Each places the docks and returns how to size them; sizing runs again once the layout has settled (the
# first pass only knows the sizes from before the docks moved).


def _dock_all(w: MainWindow) -> list[QDockWidget]:
    docks = [w.preview_dock, w.photo_dock, w.related_dock, w.review_dock]
    for dock in docks:
        dock.setFloating(False)
        w.addDockWidget(RIGHT, dock)
        dock.show()
    return docks


def _fold(w: MainWindow, *, list_folded: bool = False, form_folded: bool = False) -> None:
    """A folded part of the list/editor splitter may shrink to nothing, so its minimum does not take room."""
    w.list_panel.setMinimumWidth(1 if list_folded else 0)
    w.stack.setMinimumWidth(1 if form_folded else 0)


def _width(w: MainWindow, share: float) -> int:
    return round(w.width() * share)


Sizer = Callable[[], None]


WRITE_TALL_FROM = 1150
"""A Write window at least this tall has the photos under the preview, not in a tab behind it."""


def arrange_write(w: MainWindow) -> Sizer:
    """The list, the form, and the preview as large as it can be (photos, related, review as its tabs; under
    it when the window is tall)."""
    preview, photo, related, review = _dock_all(w)
    tall = w.height() >= WRITE_TALL_FROM
    if tall:
        w.splitDockWidget(preview, photo, VERTICAL)
        w.tabifyDockWidget(photo, related)
        w.tabifyDockWidget(related, review)
        photo.raise_()
    else:
        for dock in (photo, related, review):
            w.tabifyDockWidget(preview, dock)
    preview.raise_()
    _fold(w)

    def size() -> None:
        w.resizeDocks([preview], [max(440, _width(w, 0.40))], HORIZONTAL)
        if tall:  # shares of the dock area's height (the window's would over-ask; Qt then splits by minimums)
            central = w.centralWidget()
            area = central.height() if central is not None else w.height()
            w.resizeDocks([preview, photo], [area * 3 // 5, area * 2 // 5], VERTICAL)
        w.splitter.setSizes([_width(w, 0.2), _width(w, 0.4)])

    return size


def arrange_photos(w: MainWindow) -> Sizer:
    """The article list and the photo dock (the grid and the form beside it, behind a splitter) as wide as the
    window allows. A wide window keeps the preview (related, review) beside it at a readable width; on a laptop
    the preview is a tab beside Photos, a click away at full size, rather than a strip too narrow to read."""
    preview, photo, related, review = _dock_all(w)
    wide = w.width() >= PHOTOS_PREVIEW_BESIDE
    if wide:
        w.splitDockWidget(photo, preview, HORIZONTAL)
        w.tabifyDockWidget(preview, related)
        w.tabifyDockWidget(related, review)
        preview.raise_()
    else:
        for dock in (preview, related, review):
            w.tabifyDockWidget(photo, dock)
    photo.raise_()
    _fold(w, form_folded=True)

    def size() -> None:
        listed = _width(w, 0.2)  # as wide as in Write
        w.splitter.setSizes([listed, 0])  # the form folds away; the list picks the article
        if wide:
            shown = max(440, _width(w, 0.3))
            w.resizeDocks([photo, preview], [w.width() - listed - shown, shown], HORIZONTAL)
        else:
            w.resizeDocks([photo], [w.width() - listed], HORIZONTAL)
        w.photo_panel.give_form_room()

    return size


DESK_FORM_FROM = 2000
"""A Desk window at least this wide keeps the form beside the review (room for a two-line headline); narrower
ones fold it away, so the queue, the diff and notes, and the preview have the room."""


def arrange_desk(w: MainWindow) -> Sizer:
    """The review dock (queue, diff, notes) large beside the preview; the list folded (the queue is the desk's
    list), and the form too unless the window is very wide: "Open in editor" goes to Write."""
    preview, photo, related, review = _dock_all(w)
    w.splitDockWidget(review, preview, HORIZONTAL)
    w.tabifyDockWidget(preview, photo)
    w.tabifyDockWidget(photo, related)
    preview.raise_()
    review.raise_()
    with_form = w.width() >= DESK_FORM_FROM
    _fold(w, list_folded=True, form_folded=not with_form)

    def size() -> None:
        width = w.width()
        form = max(540, round(width * 0.25)) if with_form else 0
        w.splitter.setSizes([0, form])
        # the page at a readable width; the rest to the review (the queue's columns, the diff beside the notes)
        shown = max(440, round((width - form) * (0.34 if width < 1600 else 0.4)))
        w.resizeDocks([review, preview], [width - form - shown - 16, shown], HORIZONTAL)

    return size


ARRANGED_EMPTY = frozenset({Workspace.WRITE, Workspace.DESK})
"""The workspaces ``prepare`` arranges before the profile's panels exist (Photos sizes its panel's form, so it is
arranged once the panel is there)."""

SHAPE: dict[Workspace, Callable[[MainWindow], bool]] = {
    Workspace.WRITE: lambda w: w.height() >= WRITE_TALL_FROM,
    Workspace.PHOTOS: lambda w: w.width() >= PHOTOS_PREVIEW_BESIDE,
    Workspace.DESK: lambda w: w.width() >= DESK_FORM_FROM,
}
"""Which way each arrangement places the docks at the window's size (tall, wide): its only size-dependent choice."""

ARRANGE: dict[Workspace, Callable[[MainWindow], Sizer]] = {
    Workspace.WRITE: arrange_write,
    Workspace.PHOTOS: arrange_photos,
    Workspace.DESK: arrange_desk,
}
