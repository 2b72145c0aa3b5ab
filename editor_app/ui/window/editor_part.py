"""The window's article editor: the form, its autosave, its link to the preview, the file commands and focus
mode, with their connections. The window builds it with itself when an article shows at start; with none (the
welcome page shows), ``open_workstation`` has it made once the list's first rows are on screen, unless anything
asked for it before: at 10,000 articles its modules and widgets held up the first paint by ~14 ms and the list's
rows by ~25 ms. Light to import: the editor's modules load when it is made."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.domain import Article
    from editor_app.ui.articles.autosave import EditorController
    from editor_app.ui.articles.form import ArticleForm
    from editor_app.ui.file_commands import FileCommands
    from editor_app.ui.preview.editor_link import EditorLink
    from editor_app.ui.window.focus_mode import FocusMode
    from editor_app.ui.window.main_window import MainWindow

EDITOR = 1
"""The form's page in the window's stack (after the welcome page)."""


@dataclass
class EditorPart:
    form: ArticleForm
    editor: EditorController
    preview_link: EditorLink
    files: FileCommands
    focus_mode: FocusMode = field(init=False)
    """Made once the window reaches the form through the part (``EditorHost._editor_part``)."""


class EditorHost:
    """The main window's side of the part: its attributes, made on first use (``MainWindow`` sets
    ``_part`` to None and ``_spelling_root`` before anything asks)."""

    _part: EditorPart | None
    _spelling_root: Path | None
    _show_when_made = False

    def build_editor(self) -> None:
        """Make the part now (when nothing asked for it yet)."""
        self._editor_part()

    def _editor_part(self) -> EditorPart:
        if self._part is None:
            window: MainWindow = self  # type: ignore[assignment]
            self._part = _make(window, self._spelling_root)
            _connect(window, self._part)  # through the window, which has the part now
            if self._show_when_made:
                window.stack.setCurrentIndex(EDITOR)
                window.update_actions()
        return self._part

    @property
    def editor_made(self) -> bool:
        return self._part is not None

    @property
    def form(self) -> ArticleForm:
        return self._editor_part().form

    @property
    def editor(self) -> EditorController:
        return self._editor_part().editor

    @property
    def preview_link(self) -> EditorLink:
        return self._editor_part().preview_link

    @property
    def files(self) -> FileCommands:
        return self._editor_part().files

    @property
    def focus_mode(self) -> FocusMode:
        return self._editor_part().focus_mode

    @property
    def article(self) -> Article | None:
        """The article open in the editor; None with none, or before the editor is made."""
        return self._part.editor.article if self._part is not None else None

    @property
    def editor_page_pending(self) -> bool:
        """The editor's page was asked for ``when_made``: the welcome page shows meanwhile, disabled."""
        return self._show_when_made and self._part is None

    def show_editor(self, *, when_made: bool = False) -> None:
        """Show the editor's page; with ``when_made``, once the part is made (by ``build_editor``), not now."""
        if when_made and self._part is None:
            self._show_when_made = True
            return
        self._editor_part()
        window: MainWindow = self  # type: ignore[assignment]
        window.stack.setCurrentIndex(EDITOR)


def _make(w: MainWindow, spelling_root: Path | None) -> EditorPart:
    """The form (disabled until an article opens; its dictionary loading when ``spelling_root`` is given), in
    the window's stack after the welcome page, and what works on it."""
    from editor_app.ui.articles.autosave import EditorController
    from editor_app.ui.articles.form import ArticleForm
    from editor_app.ui.file_commands import FileCommands
    from editor_app.ui.preview.editor_link import EditorLink

    form = ArticleForm(w)
    if spelling_root is not None:  # ready when the last article's text comes (else its check waits for it)
        form.prepare_spelling(spelling_root)
    form.setEnabled(False)
    editor = EditorController(form, w.runner)
    w.stack.addWidget(form)
    files = FileCommands(w, w.runner, editor)
    files.imported.connect(w.imported)
    return EditorPart(form, editor, EditorLink(form.body, w.preview), files)


def _connect(w: MainWindow, part: EditorPart) -> None:
    """The part's place in the window: the Edit menu's find commands, focus mode, the signals that follow the
    article shown, and the preferences that apply to it."""
    from editor_app.ui.window.focus_mode import FocusMode
    from editor_app.ui.window.wiring import wire_editor

    w.edit_commands.add_find_actions(list(part.form.body.find_actions.values()))
    part.focus_mode = FocusMode(w)
    wire_editor(w)
    w.length_target.follow(part.editor)
    w.preferences.apply_to_editor(w.preferences.current)
