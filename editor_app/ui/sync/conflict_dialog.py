"""Side by side, this computer | the server, for each field and each paragraph both sides changed; a choice per
item, a preview of the result, and Apply, which saves it (``resolve_conflict``). Until then nothing is lost."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.sync.merge import TEXT_FIELDS, Chunk, join_chunks
from editor_app.ui.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.plain_text import plain_label
from editor_app.ui.theme import text_style, tint

if TYPE_CHECKING:
    from editor_app.services.sync import Conflict, SyncService
    from editor_app.ui.task_runner import TaskRunner

LABELS = {
    "headline": QT_TRANSLATE_NOOP("ConflictDialog", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("ConflictDialog", "Standfirst"),
    "body": QT_TRANSLATE_NOOP("ConflictDialog", "Body"),
    "editors_choice": QT_TRANSLATE_NOOP("ConflictDialog", "Editor's choice"),
}
CHOICES = (
    ("local", QT_TRANSLATE_NOOP("ConflictDialog", "Keep mine")),
    ("remote", QT_TRANSLATE_NOOP("ConflictDialog", "Keep the server's")),
    ("both", QT_TRANSLATE_NOOP("ConflictDialog", "Keep both (mine first)")),
)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to choose: a whole field (``index`` None) or one disputed paragraph of a text field."""

    field: str
    index: int | None
    chunk: Chunk
    title: str


def field_label(name: str) -> str:
    """The field's name in the interface's language."""
    return (
        QCoreApplication.translate("ConflictDialog", LABELS[name])
        if name in LABELS
        else name.replace("_", " ").capitalize()
    )


def items_of(conflict: Conflict) -> list[Item]:
    items: list[Item] = []
    for name, chunks in conflict.fields.items():
        label = field_label(name)
        if name not in TEXT_FIELDS:
            items.append(Item(name, None, chunks[0], label))
            continue
        for i, chunk in enumerate(chunks):
            if chunk.disputed:
                items.append(
                    Item(
                        name,
                        i,
                        chunk,
                        QCoreApplication.translate("ConflictDialog", "{}, paragraph {}").format(label, i + 1),
                    )
                )
    return items


def word_diff(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, the words only in ``old`` marked red, those only in ``new`` green."""
    a, b = old.split(" "), new.split(" ")
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        one, two = escape(" ".join(a[i1:i2])), escape(" ".join(b[j1:j2]))
        if op == "equal":
            left.append(one)
            right.append(two)
            continue
        if one:
            left.append(f'<span style="background:{tint("error", 0.25).name()};">{one}</span>')
        if two:
            right.append(f'<span style="background:{tint("success", 0.25).name()};">{two}</span>')
    return " ".join(left).replace("\n", "<br>"), " ".join(right).replace("\n", "<br>")


class ConflictDialog(QDialog):
    resolved = Signal(object)
    """``Changes`` once the choice is saved."""

    def __init__(
        self, conflict: Conflict, service: SyncService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setAccessibleName(self.tr("Sync conflict"))
        self.conflict, self.service, self.runner = conflict, service, runner
        headline = str(
            conflict.local.get("headline") or conflict.remote.get("headline") or self.tr("Untitled")
        )
        self.setWindowTitle(self.tr("Choose between two versions: {}").format(headline))
        self.resize(1100, 780)
        self.items = items_of(conflict)
        self.groups: list[QButtonGroup] = []
        intro = QLabel(
            self.tr(
                "“{headline}” was changed on this computer and on {site} in the same places. Choose which "
                "version to keep for each difference. Paragraphs only one side changed are already merged. "
                "<b>Nothing is discarded until you press Apply.</b>"
            ).format(headline=escape(headline), site=escape(conflict.site or self.tr("the server"))),
            self,
        )
        intro.setWordWrap(True)
        rows = QWidget(self)
        column = QVBoxLayout(rows)
        for item in self.items:
            column.addWidget(self._item_box(item))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("conflictItems")
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("conflictPreview")
        self.preview.setAccessibleName(self.tr("The result with your choices"))
        self.preview.setReadOnly(True)
        preview_box = QGroupBox(self.tr("Result with these choices"), self)
        QVBoxLayout(preview_box).addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_box)
        splitter.setSizes([520, 220])
        self.error = plain_label("", self)
        self.error.setObjectName("conflictError")
        self.error.setStyleSheet(text_style("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("conflictApplyButton")
        later = self.buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("conflictLaterButton")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.update_preview()

    def _item_box(self, item: Item) -> QGroupBox:
        box = QGroupBox(item.title, self)
        box.setObjectName(f"conflict_{item.field}_{item.index if item.index is not None else 'field'}")
        grid = QGridLayout(box)
        mine, theirs = word_diff(item.chunk.local, item.chunk.remote)
        sides = ((self.tr("On this computer"), mine), (self.tr("On the server"), theirs))
        for col, (heading, html) in enumerate(sides):
            grid.addWidget(QLabel(f"<b>{heading}</b>", box), 0, col)
            view = QTextBrowser(box)
            view.setHtml(html or "<i>{}</i>".format(self.tr("(empty)")))
            view.setMaximumHeight(110 if item.index is not None else 60)
            grid.addWidget(view, 1, col)
        if item.chunk.base:
            before = plain_label(self.tr("Before both edits: {}").format(_short(item.chunk.base)), box)
            before.setStyleSheet(text_style("muted"))
            before.setWordWrap(True)
            grid.addWidget(before, 2, 0, 1, 2)
        group = QButtonGroup(box)
        row = QHBoxLayout()
        for value, text in CHOICES if item.index is not None else CHOICES[:2]:
            button = QRadioButton(self.tr(text), box)
            button.setObjectName(f"choice_{value}")
            button.setProperty("choice", value)
            button.setChecked(value == "local")
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 3, 0, 1, 2)
        group.buttonToggled.connect(lambda *_: self.update_preview())
        self.groups.append(group)
        return box

    # choices ---------------------------------------------------------------------------------------------
    def choice(self, n: int) -> str:
        button = self.groups[n].checkedButton()
        return str(button.property("choice")) if button is not None else "local"

    def choose(self, n: int, value: str) -> None:
        for button in self.groups[n].buttons():
            if button.property("choice") == value:
                button.setChecked(True)

    def selections(self) -> tuple[dict[str, str], dict[str, dict[int, str]]]:
        """What ``resolve_conflict`` takes: whole fields, and per text field the choice per disputed chunk."""
        fields: dict[str, str] = {}
        paragraphs: dict[str, dict[int, str]] = {}
        for n, item in enumerate(self.items):
            if item.index is None:
                fields[item.field] = self.choice(n)
            else:
                paragraphs.setdefault(item.field, {})[item.index] = self.choice(n)
        return fields, paragraphs

    def result_fields(self) -> dict[str, str]:
        """The disputed fields as they will be saved."""
        fields, paragraphs = self.selections()
        out: dict[str, str] = {}
        for name, chunks in self.conflict.fields.items():
            if name in paragraphs:
                out[name] = join_chunks(chunks, paragraphs[name])
            else:
                out[name] = chunks[0].remote if fields.get(name) == "remote" else chunks[0].local
        return out

    def update_preview(self) -> None:
        parts = []
        for name, text in self.result_fields().items():
            label = field_label(name)
            parts.append(f"{label}:\n{text}" if name in TEXT_FIELDS else f"{label}: {text}")
        self.preview.setPlainText("\n\n".join(parts))

    # apply -----------------------------------------------------------------------------------------------
    def apply(self) -> None:
        fields, paragraphs = self.selections()
        self.apply_button.setEnabled(False)
        self.error.hide()
        service, article_id = self.service, self.conflict.article_id
        self.runner.write(
            lambda: service.resolve_conflict(article_id, fields, paragraphs, origin=self),
            self._applied,
            self._failed,
        )

    def _applied(self, changes: object) -> None:
        self.resolved.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self.error.setText(
            self.tr("Your choice could not be saved: {}. Both versions are still kept.").format(error)
        )
        self.error.show()


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
