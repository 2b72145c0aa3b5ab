"""The Credits & Codes manager (``creditsCodesDialog``): the saved credits offered while typing a credit, and
the ``=code=`` replacements that expand in any photo field; add, edit (double-click), remove, and carry them
to another workstation as a JSON file. Every change is written at once through the task runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.services.photo_texts import TextsImported
from editor_app.services.photos import PhotoService
from editor_app.ui.plain_text import plain
from editor_app.ui.task_runner import TaskRunner


class CreditsCodesDialog(QDialog):
    changed = Signal()
    """Something was saved (the panel reloads its completion and codes)."""

    def __init__(self, service: PhotoService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsCodesDialog")
        self.setWindowTitle(self.tr("Credits & Codes"))
        self.setAccessibleName(self.tr("Credits and code replacements"))
        self.service, self.runner = service, runner
        self._filling = False
        self.busy = False
        tabs = QTabWidget(self)
        tabs.addTab(self._credits_tab(), self.tr("Saved credits"))
        tabs.addTab(self._codes_tab(), self.tr("=code= replacements"))
        self.message = plain(QLabel(self))
        self.message.setObjectName("creditsCodesMessage")
        self.message.setWordWrap(True)
        import_button = QPushButton(self.tr("Import…"), self)
        import_button.setObjectName("importTextsButton")
        import_button.clicked.connect(self._choose_import)
        export_button = QPushButton(self.tr("Export…"), self)
        export_button.setObjectName("exportTextsButton")
        export_button.clicked.connect(self._choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def _credits_tab(self) -> QWidget:
        page = QWidget(self)
        self.credit_list = QListWidget(page)
        self.credit_list.setObjectName("savedCreditsList")
        self.credit_list.setAccessibleName(self.tr("Saved credits, most used first"))
        self.credit_list.itemChanged.connect(self._credit_edited)
        self.new_credit = QLineEdit(page)
        self.new_credit.setObjectName("newCreditEdit")
        self.new_credit.setPlaceholderText(self.tr("A credit, e.g. AFP / Getty Images"))
        self.new_credit.setAccessibleName(self.tr("New saved credit"))
        add = QPushButton(self.tr("Add"), page)
        add.setObjectName("addCreditButton")
        add.clicked.connect(self.add_credit)
        self.new_credit.returnPressed.connect(self.add_credit)
        remove = QPushButton(self.tr("Remove"), page)
        remove.setObjectName("removeCreditButton")
        remove.clicked.connect(self.remove_credit)
        row = QHBoxLayout()
        row.addWidget(self.new_credit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        hint = plain(QLabel(self.tr("Offered while you type a credit. Double-click one to edit it."), page))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.credit_list, 1)
        layout.addLayout(row)
        return page

    def _codes_tab(self) -> QWidget:
        page = QWidget(self)
        self.code_table = QTableWidget(0, 2, page)
        self.code_table.setObjectName("codesTable")
        self.code_table.setAccessibleName(self.tr("Codes and the texts they expand to"))
        self.code_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Expands to")])
        self.code_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.code_table.verticalHeader().hide()
        self.code_table.itemChanged.connect(self._code_edited)
        self.new_code = QLineEdit(page)
        self.new_code.setObjectName("newCodeEdit")
        self.new_code.setPlaceholderText(self.tr("code, e.g. ap"))
        self.new_code.setAccessibleName(self.tr("New code"))
        self.new_code.setMaximumWidth(120)
        self.new_text = QLineEdit(page)
        self.new_text.setObjectName("newCodeTextEdit")
        self.new_text.setPlaceholderText(self.tr("expands to, e.g. The Associated Press"))
        self.new_text.setAccessibleName(self.tr("Text of the new code"))
        self.new_text.returnPressed.connect(self.add_code)
        add = QPushButton(self.tr("Add"), page)
        add.setObjectName("addCodeButton")
        add.clicked.connect(self.add_code)
        remove = QPushButton(self.tr("Remove"), page)
        remove.setObjectName("removeCodeButton")
        remove.clicked.connect(self.remove_code)
        row = QHBoxLayout()
        row.addWidget(self.new_code)
        row.addWidget(self.new_text, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        hint = plain(QLabel(self.tr("Type =code= in any photo field and it becomes the text."), page))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.code_table, 1)
        layout.addLayout(row)
        return page

    # loading and writing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.service
        self.runner.run(lambda: (service.saved_credits(), service.code_replacements()), self._show)

    def _show(self, texts: tuple[list[str], dict[str, str]]) -> None:
        credits, codes = texts
        self._filling = True
        try:
            self.credit_list.clear()
            for credit in credits:
                item = QListWidgetItem(credit, self.credit_list)
                item.setData(Qt.ItemDataRole.UserRole, credit)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.code_table.setRowCount(len(codes))
            for row, (code, text) in enumerate(sorted(codes.items())):
                key = QTableWidgetItem(code)
                key.setData(Qt.ItemDataRole.UserRole, code)
                self.code_table.setItem(row, 0, key)
                self.code_table.setItem(row, 1, QTableWidgetItem(text))
        finally:
            self._filling = False
        self.busy = False

    def _write(self, job: Callable[[], object], done: Callable[[object], str] | None = None) -> None:
        self.busy = True

        def ok(result: object) -> None:
            if done is not None:
                self.message.setText(done(result))
            self.changed.emit()
            self.reload()

        def failed(exc: BaseException) -> None:
            self.message.setText(str(exc))
            self.reload()

        self.runner.write(job, ok, failed)

    def add_credit(self) -> None:
        credit = self.new_credit.text().strip()
        if credit:
            self.new_credit.clear()
            self._write(lambda: self.service.remember_credit(credit))

    def remove_credit(self) -> None:
        item = self.credit_list.currentItem()
        if item is not None:
            credit = str(item.data(Qt.ItemDataRole.UserRole))
            self._write(lambda: self.service.forget_credit(credit))

    def _credit_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        old, new = str(item.data(Qt.ItemDataRole.UserRole)), item.text().strip()
        if new and new != old:
            self._write(lambda: self.service.rename_credit(old, new))
        elif not new:
            self.reload()

    def add_code(self) -> None:
        code, text = self.new_code.text().strip(), self.new_text.text()
        if code and text.strip():
            self.new_code.clear()
            self.new_text.clear()
            self._write(lambda: self.service.set_code(code, text))

    def remove_code(self) -> None:
        row = self.code_table.currentRow()
        item = self.code_table.item(row, 0) if row >= 0 else None
        if item is not None:
            code = str(item.data(Qt.ItemDataRole.UserRole))
            self._write(lambda: self.service.remove_code(code))

    def _code_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        key, value = self.code_table.item(row, 0), self.code_table.item(row, 1)
        if key is None or value is None:
            return
        old, code, text = str(key.data(Qt.ItemDataRole.UserRole)), key.text().strip(), value.text()

        def job() -> None:
            self.service.set_code(code, text)  # checks the new code first: nothing is lost if it is refused
            if code.strip("=") != old:
                self.service.remove_code(old)

        self._write(job)

    # the file ---------------------------------------------------------------------------------------------
    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Credits & Codes"), "", self._filter())
        if name:
            self.import_file(Path(name))

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Credits & Codes"), "credits-and-codes.json", self._filter()
        )
        if name:
            self.export_file(Path(name))

    def _filter(self) -> str:
        return self.tr("Credits & Codes (*.json);;All files (*)")

    def import_file(self, path: Path) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError, ValueError) as exc:
            self.message.setText(self.tr("Could not read {0}: {1}").format(path.name, exc))
            return
        service = self.service

        def job() -> object:
            return service.import_texts(document)

        def done(result: object) -> str:
            assert isinstance(result, TextsImported)
            return self.tr("From {0}: {1} credits and {2} codes.").format(
                path.name, result.credits, result.codes
            )

        self._write(job, done)

    def export_file(self, path: Path) -> None:
        def job() -> None:
            text = json.dumps(self.service.export_texts(), ensure_ascii=False, indent=2)
            path.write_text(text + "\n", encoding="utf-8")

        def ok(_result: object) -> None:
            self.message.setText(self.tr("Saved to {0}.").format(path.name))
            self.busy = False

        def failed(exc: BaseException) -> None:
            self.message.setText(self.tr("Could not save {0}: {1}").format(path.name, exc))
            self.busy = False

        self.busy = True
        self.runner.run(job, ok, failed)
