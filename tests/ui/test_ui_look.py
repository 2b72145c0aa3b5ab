"""The look: one icon set on the toolbars and menus, drawn in the palette's colours; View ▸ Appearance (System,
Light, Dark) sets a dark palette the app is readable in; the dark preview darkens only the workstation's view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from editor_app.ui import theme

ROLE = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _light_again() -> Iterator[None]:
    """The palette is the application's: every test here leaves it light, as the other tests expect it."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(theme.Appearance.LIGHT)


def ink(icon: QIcon) -> QColor:
    """The average colour of an icon's drawn pixels."""
    image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    r = g = b = n = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                r, g, b, n = r + pixel.red(), g + pixel.green(), b + pixel.blue(), n + 1
    assert n > 20, "the icon draws nothing"
    return QColor(r // n, g // n, b // n)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_toolbar_action_has_an_icon_and_text_beside_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    qtbot.waitUntil(lambda: window.attached)
    names = [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()]
    assert "actionSync" in names and "workspaceDesk" in names
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.objectName()
    for toolbar in window.findChildren(QToolBar):
        if toolbar.objectName() in ("mainToolbar", "photoToolbar"):
            assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    photo = window.findChild(QToolBar, "photoToolbar")
    for action in photo.actions():
        if not action.isSeparator() and action.objectName():
            assert not action.icon().isNull(), action.objectName()


def test_menu_actions_with_a_natural_icon_have_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.attached)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    expected = {
        "File": ["actionNewArticle", "actionSave", "actionImport", "actionExport", "actionQuit"],
        "Edit": ["actionUndo", "actionCopy", "actionFind", "actionHistory"],
        "Article": ["actionSubmit", "actionApprove", "actionReturn"],
        "Sync": ["actionSync", "actionSyncLog", "actionSyncSites", "actionResolveConflicts"],
        "Help": ["actionManual", "actionAbout"],
    }
    for title, names in expected.items():
        found = {a.objectName(): a for a in menus[title].actions()}
        for name in names:
            assert not found[name].icon().isNull(), f"{title}: {name}"


def test_icons_follow_the_palette(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.icons import icon

    save = window.acts.save.icon()
    theme.apply(theme.Appearance.LIGHT)
    light_ink = ink(save)
    theme.apply(theme.Appearance.DARK)
    dark_ink = ink(save)  # the same QIcon, drawn again
    assert light_ink.lightness() < 100 < dark_ink.lightness()
    assert contrast(dark_ink, QApplication.palette().color(ROLE.Window)) >= 4.5
    assert icon("no-such-icon-anywhere").isNull()


def test_the_clear_button_is_the_app_s_icon_in_the_palette_s_ink(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStyle, QToolButton

    from editor_app.ui.icons import icon

    clear = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
    assert clear.pixmap(QSize(16, 16)).toImage() == icon("close-circle").pixmap(QSize(16, 16)).toImage()
    theme.apply(theme.Appearance.LIGHT)
    light_ink = ink(clear)
    theme.apply(theme.Appearance.DARK)
    assert light_ink.lightness() < 100 < ink(clear).lightness()
    field = window.list_panel.filter_edit
    field.setText("harbour")  # the field's own clear button has it, and clears the field
    button = field.findChild(QAction, "_q_qlineeditclearaction")
    assert button is not None and button.isEnabled()
    assert ink(button.icon()).lightness() > 100  # the dark palette's ink
    side = field.findChild(QToolButton)
    assert side is not None and side.defaultAction() is button
    side.click()
    assert field.text() == ""


def test_the_appearance_choice_sets_a_readable_dark_palette_and_is_remembered(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    menu = window.findChild(QMenu, "appearanceMenu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["appearanceSystem", "appearanceLight", "appearanceDark", "actionDarkPreview"]
    window.appearance.actions[theme.Appearance.DARK].trigger()
    palette = QApplication.palette()
    assert theme.is_dark(palette)
    assert palette.color(ROLE.Window).lightness() < 70
    for text, back in (
        (ROLE.WindowText, ROLE.Window),
        (ROLE.Text, ROLE.Base),
        (ROLE.ButtonText, ROLE.Button),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= 7
    for tone in theme.TONES:  # every signal colour reads on the dark window and base
        assert contrast(theme.tone(tone), palette.color(ROLE.Window)) >= 4.5, tone
    assert window.settings.value(theme.SETTINGS_KEY) == "dark"
    window.close()
    theme.apply(theme.Appearance.LIGHT)
    again = make_window()
    assert again.appearance.actions[theme.Appearance.DARK].isChecked()
    assert theme.is_dark()
    again.appearance.actions[theme.Appearance.LIGHT].trigger()
    assert not theme.is_dark()
    for tone in theme.TONES:
        assert contrast(theme.tone(tone), QApplication.palette().color(ROLE.Window)) >= 4.5, tone


def test_system_follows_the_desktops_colour_scheme(window) -> None:  # type: ignore[no-untyped-def]
    window.appearance.set_choice(theme.Appearance.SYSTEM)
    assert window.appearance.effective is theme.resolve(theme.Appearance.SYSTEM)
    assert theme.is_dark() is theme.system_is_dark()


def test_the_status_bar_and_sync_status_take_the_palettes_tones(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    light_style = window.status.badge.styleSheet()
    theme.apply(theme.Appearance.DARK)
    qtbot.waitUntil(lambda: window.status.badge.styleSheet() != light_style)
    assert theme.tone("muted").name() in window.status.badge.styleSheet()  # a draft, in the dark tone


def test_the_dark_preview_darkens_the_view_and_not_the_published_page(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.render import page_data_for, render_page
    from editor_app.ui.preview.dark import STYLE_ID
    from editor_app.ui.preview.page import SCRIPT_WORLD

    window = demo_window
    preview = window.preview
    qtbot.waitUntil(lambda: preview.controller.is_loaded, timeout=15000)

    def background() -> str:
        seen: list[str] = []
        preview.page.runJavaScript(
            "getComputedStyle(document.body).backgroundColor", SCRIPT_WORLD, seen.append
        )
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        return seen[0]

    assert background() == "rgb(255, 255, 255)"
    window.appearance.dark_preview.setChecked(True)
    qtbot.waitUntil(lambda: background() == "rgb(27, 28, 30)", timeout=5000)
    assert window.settings.value("preview/dark") in (True, "true")
    window.open_demo()  # a page loaded later is dark too
    qtbot.waitUntil(lambda: preview.controller.is_loaded, timeout=15000)
    qtbot.waitUntil(lambda: background() == "rgb(27, 28, 30)", timeout=5000)
    published = render_page(page_data_for(window.editor.article, None, (), None, body_html=""))
    assert STYLE_ID not in published and "#1b1c1e" not in published  # the page itself is unchanged
    window.appearance.dark_preview.setChecked(False)
    qtbot.waitUntil(lambda: background() == "rgb(255, 255, 255)", timeout=5000)


def test_a_window_opened_in_dark_highlights_the_body_in_dark_colours(make_window, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    settings.setValue(theme.SETTINGS_KEY, "dark")
    settings.sync()
    window = make_window()  # the body's highlighter picks its colours when it is made
    body = window.form.body
    body.setPlainText("A [plain-language guide](https://example.org/guide) for readers")
    qtbot.waitUntil(lambda: bool(body.document().firstBlock().layout().formats()))
    colours = [r.format.foreground().color() for r in body.document().firstBlock().layout().formats()]
    link = [c for c in colours if c.isValid() and c.alpha() > 0]
    assert link and all(c.lightness() > 140 for c in link)  # light text on the dark base


def _edge(widget: QWidget) -> QColor:
    """The colour of a widget's left edge (as drawn) that stands out most from the palette's base."""
    image = widget.grab().toImage()
    base = widget.palette().color(ROLE.Base)
    y = image.height() // 2
    return max((image.pixelColor(x, y) for x in range(3)), key=lambda c: contrast(c, base))


@pytest.mark.parametrize("appearance", [theme.Appearance.DARK, theme.Appearance.LIGHT])
def test_text_fields_have_a_visible_edge_in_dark_and_light(demo_window, qtbot, appearance) -> None:  # type: ignore[no-untyped-def]
    """Line, text, spin box and editable combo: an edge of at least 3:1 against the field and the window (WCAG
    non-text contrast); Fusion drew it a shade off the dark window, the same colour as the field."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    from editor_app.domain import Role
    from editor_app.ui.window.workspaces import Workspace

    window = demo_window
    window.workflow_bar.set_role(Role.DESK)  # the desk sets the length target (a spin box)
    qtbot.waitUntil(lambda: window.workspaces.current is Workspace.DESK)
    window.workspaces.switch(Workspace.WRITE)  # with the article's fields
    qtbot.waitUntil(lambda: window.form.isVisible() and window.form.width() > 200)
    window.appearance.set_choice(appearance)
    assert theme.is_dark() is (appearance is theme.Appearance.DARK)
    window.list_panel.setFocus()  # no field has the focus (its edge is the highlight then)
    fields = [
        window.findChild(QLineEdit, "bylineEdit"),
        window.findChild(QPlainTextEdit, "standfirstEdit"),
        window.findChild(QComboBox, "sectionCombo"),
        window.findChild(QAbstractSpinBox, "lengthTargetSpin"),
    ]
    palette = QApplication.palette()
    # the new palette reaches the widgets through events: measure once they paint with it
    qtbot.waitUntil(lambda: all(f.palette().color(ROLE.Base) == palette.color(ROLE.Base) for f in fields))
    # Write's sizes settle after the switch from the Desk (which folds the form to nothing): measure laid-out fields
    qtbot.waitUntil(lambda: all(f is not None and f.width() > 40 for f in fields))
    for field in fields:
        assert field is not None and field.isVisible()
        edge = _edge(field)
        assert contrast(edge, palette.color(ROLE.Base)) >= 3, (field.objectName(), edge.name())
        assert contrast(edge, palette.color(ROLE.Window)) >= 3, (field.objectName(), edge.name())
