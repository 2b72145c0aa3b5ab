"""The editor controller: which article is open, and saving it so that no keystroke is ever lost.

Edits save at most ``MAX_DELAY_MS`` after the first unsaved change (1.5 s unless Preferences set 0.5 to 2 s: the
promise is 2 s, with room for the write) (sooner once typing pauses for
``PAUSE_MS``), when a field loses focus, when another article is opened, on Ctrl+S and at quit. Saves run on
the task runner's single writer thread, in order; the form is never reloaded by its own save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editor_app.domain import Article
from editor_app.domain.language import normalise_language
from editor_app.services import Changes
from editor_app.ui.articles.form import ArticleForm
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from editor_app.services import ArticleService

log = logging.getLogger(__name__)

PAUSE_MS = 700
MAX_DELAY_MS = 1500
SETTLE_MS = 300
"""Typing pause after which counters and suggestions follow the text."""


class EditorController(QObject):
    saved = Signal(object)
    """Emitted with the Changes of every completed save (origin: this controller)."""
    saveFailed = Signal(str)
    articleChanged = Signal(object)
    """The Article shown, on load and when its stored version or status changes (never per keystroke)."""
    fieldsEdited = Signal(object)
    """The Article with the form's values after the user changed a header field (not the body)."""
    textSettled = Signal(object)
    """The Article with the form's values once typing pauses (word count, related suggestions)."""

    def __init__(self, form: ArticleForm, runner: TaskRunner, articles: ArticleService | None = None) -> None:
        super().__init__(form)
        self.form = form
        self.articles = articles
        """Set once the profile is open (the window paints before the database is loaded)."""
        self._runner = runner
        self._article: Article | None = None
        self._dirty = False
        self._edited = False
        self._in_flight = 0
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._pause.timeout.connect(self.save)
        self._deadline.timeout.connect(self.save)
        self._settle.timeout.connect(self._settled)
        form.edited.connect(self._on_edit)
        form.fieldEdited.connect(self._on_field_edit)
        form.focusLeft.connect(self._on_focus_left)

    def set_max_delay(self, msecs: int) -> None:
        """The autosave deadline after the first unsaved change (Preferences: 0.5 to 2 s, ``MAX_DELAY_MS`` until
        the window applies the profile's choice)."""
        self._deadline.setInterval(msecs)

    @property
    def max_delay(self) -> int:
        return self._deadline.interval()

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def edited(self) -> bool:
        """The user changed the form since the article was loaded into it (saved or not)."""
        return self._edited

    @property
    def saving(self) -> bool:
        return self._in_flight > 0

    def open(self, article: Article) -> None:
        """Show another article; the one being edited is saved first."""
        self.save()
        article = self._in_language(article)
        self._article, self._edited = article, False
        self.form.load(article)
        self.form.setEnabled(True)
        self.articleChanged.emit(article)

    def close_article(self) -> None:
        self.save()
        self._article = None
        self.form.setEnabled(False)

    def refresh_from(self, article: Article) -> None:
        """Take a newer stored version (changed elsewhere) unless the user has unsaved edits."""
        if self._article is None or article.id != self._article.id or self._dirty:
            return
        article = self._in_language(article)
        if article == self._article:
            return  # the form shows it already
        self._article, self._edited = article, False
        self.form.load(article)
        self.articleChanged.emit(article)

    def take_stored(self, article: Article | None) -> None:
        """A stored version changed elsewhere: the form takes it, or only the status while edits are unsaved."""
        if article is None:
            return
        if self._dirty or self.saving:
            self.take_status(article)
        else:
            self.refresh_from(article)

    def _in_language(self, article: Article) -> Article:
        """An old "en" (or none) reads as the profile's language, for the preview's ``lang`` too; it is stored
        with the next save."""
        language = normalise_language(article.language, self.form.default_language)
        return article if language == article.language else article.with_changes(language=language)

    def take_status(self, article: Article) -> None:
        """Adopt a new workflow status, note and length target without touching the fields being typed in."""
        if self._article is None or article.id != self._article.id:
            return
        self._article = self._article.with_changes(
            status=article.status, note=article.note, length_target=article.length_target
        )
        self.form.show_note(article.note)
        self.articleChanged.emit(self.form.apply_to(self._article))

    def _on_edit(self) -> None:
        """Every edit: arm autosave and the settle timer; nothing else (the body's text reaches the preview
        through ``EditorLink``, header fields through ``_on_field_edit``)."""
        if self._article is None:
            return
        self._edited = True
        if not self._dirty:
            self._dirty = True
            self._deadline.start()
        self._pause.start()
        self._settle.start()

    def _on_field_edit(self) -> None:
        if self._article is not None:
            self.fieldsEdited.emit(self.form.apply_to(self._article))

    def _settled(self) -> None:
        if self._article is not None:
            self.textSettled.emit(self.form.apply_to(self._article))

    def _on_focus_left(self) -> None:
        if self._dirty:
            self.save()

    def save(self, on_done: Callable[[Changes], None] | None = None) -> None:
        """Queue a save of the current fields (no-op when nothing changed)."""
        self._pause.stop()
        self._deadline.stop()
        articles = self.articles
        if self._article is None or not self._dirty or articles is None:
            return
        article = self.form.apply_to(self._article)
        self._article = article
        self._dirty = False
        self._in_flight += 1

        def done(changes: Changes) -> None:
            self._in_flight -= 1
            self.saved.emit(changes)
            if on_done is not None:
                on_done(changes)

        def failed(exc: BaseException) -> None:
            from editor_app.store.errors import ProfileReadOnly  # only now: sqlite3 stays off the start path

            self._in_flight -= 1
            self._dirty = True  # keep the edit: it is still in the form and will be saved again
            log.error("saving %s failed: %s", article.id, exc)
            self.saveFailed.emit(
                self.tr("Could not save “{title}”: {error}. Your text is kept; retrying.").format(
                    title=article.title, error=exc
                )
            )
            if not isinstance(exc, ProfileReadOnly):  # a read-only profile stays so: no retrying
                self._deadline.start()

        fields = article.content()
        self._runner.write(lambda: articles.edit(article.id, fields, origin=self), done, failed)

    def flush(self) -> None:
        """Save now and wait for every queued save to reach the disk (quit, tests)."""
        self.save()
        self._runner.wait()
